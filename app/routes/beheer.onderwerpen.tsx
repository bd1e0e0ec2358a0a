import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { leesInvoer } from "~/platform/web/formulier.server";
import { bewaarOnderwerp, onderwerpenPagina, type BeheerOnderwerp } from "~/features/inwoner/onderwerpen-beheer.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:kaart.onderwerpen", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(onderwerpenPagina(new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = bewaarOnderwerp(user, await leesInvoer(request), context);
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

type Fouten = Record<string, string[] | undefined>;

function Velden({ o, invoer, fouten, teams, nieuw }: { o?: BeheerOnderwerp; invoer?: Record<string, string>; fouten: Fouten; teams: { id: number; naam: string }[]; nieuw: boolean }) {
  const { t } = useTranslation("beheer");
  const teamOpties = teams.map((tm) => ({ value: String(tm.id), label: tm.naam }));
  if (o && !teams.some((tm) => tm.id === o.teamId)) teamOpties.unshift({ value: String(o.teamId), label: `${o.teamNaam ?? o.teamId} (${t("inactief")})` });
  const p = nieuw ? "nieuw-" : "";
  return (
    <>
      {nieuw ? (
        <TekstVeld id={`${p}code`} name="code" label={t("onderwerpen.code")} hint={t("onderwerpen.codeHint")} required maxLength={40} defaultValue={invoer?.code ?? ""} fout={fouten.code} />
      ) : (
        <input type="hidden" name="code" value={o!.code} />
      )}
      <TekstVeld id={`${p}naam`} name="naam" label={t("onderwerpen.naam")} required maxLength={120} defaultValue={invoer?.naam ?? o?.naam ?? ""} fout={fouten.naam} />
      <TekstVeld id={`${p}naamEn`} name="naamEn" label={t("onderwerpen.naamEn")} hint={t("onderwerpen.naamEnHint")} maxLength={120} defaultValue={invoer?.naamEn ?? o?.naamEn ?? ""} fout={fouten.naamEn} lang="en" />
      <Keuzelijst id={`${p}teamId`} name="teamId" label={t("onderwerpen.team")} required defaultValue={invoer?.teamId ?? (o ? String(o.teamId) : "")} fout={fouten.teamId} opties={[...(o ? [] : [{ value: "", label: "—" }]), ...teamOpties]} />
      <TekstVeld id={`${p}volgorde`} name="volgorde" label={t("onderwerpen.volgorde")} hint={t("onderwerpen.volgordeHint")} inputMode="numeric" defaultValue={invoer?.volgorde ?? String(o?.volgorde ?? 0)} fout={fouten.volgorde} />
      <Keuzelijst id={`${p}actief`} name="actief" label={t("onderwerpen.actief")} defaultValue={invoer?.actief ?? (o && !o.actief ? "nee" : "ja")} fout={fouten.actief} opties={[{ value: "ja", label: t("ja") }, { value: "nee", label: t("nee") }]} />
    </>
  );
}

export default function Onderwerpen() {
  const { onderwerpen, teams, bewerk, opgeslagen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Fouten;
  const open = actionData ? actionData.code : bewerk;
  const bezig = nav.state === "submitting";
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("onderwerpen.intro")}>{t("onderwerpen.titel")}</PageTitle>
      {opgeslagen && !actionData ? <Melding soort="ok">{t("onderwerpen.opgeslagen", { code: opgeslagen })}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <table className="utrecht-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("onderwerpen.volgorde")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("onderwerpen.code")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("onderwerpen.naam")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("onderwerpen.team")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("onderwerpen.status")}</th>
            <th className="utrecht-table__header-cell" scope="col"><span className="afs-sr">{t("onderwerpen.wijzigen")}</span></th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {onderwerpen.map((o) => (
            <tr key={o.code} className="utrecht-table__row">
              <td className="utrecht-table__cell">{o.volgorde}</td>
              <td className="utrecht-table__cell"><code>{o.code}</code></td>
              <td className="utrecht-table__cell">
                {o.naam}
                {o.naamEn ? <span lang="en"> / {o.naamEn}</span> : null}
              </td>
              <td className="utrecht-table__cell">
                {o.teamNaam ?? o.teamId}
                {o.actief && !o.teamActief ? <strong> ({t("onderwerpen.teamInactief")})</strong> : null}
              </td>
              <td className="utrecht-table__cell">{o.actief ? t("actief") : t("inactief")}</td>
              <td className="utrecht-table__cell">
                <Link to={`?bewerk=${encodeURIComponent(o.code)}#wijzig`} className="utrecht-link">
                  {t("onderwerpen.wijzigen")} <span className="afs-sr">{o.naam}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open
        ? (() => {
            const o = onderwerpen.find((x) => x.code === open);
            if (!o) return null;
            return (
              <section aria-labelledby="wijzig" className="afs-beheer-formulier">
                <h2 id="wijzig" className="utrecht-heading-2">
                  {t("onderwerpen.wijzigen")}: {o.naam}
                </h2>
                <Form method="post" noValidate key={`${o.code}-${o.versie}`}>
                  <input type="hidden" name="intent" value="wijzig" />
                  <input type="hidden" name="versie" value={o.versie} />
                  <Velden o={o} invoer={actionData?.code === o.code ? actionData.invoer : undefined} fouten={actionData?.code === o.code ? fouten : {}} teams={teams} nieuw={false} />
                  <Knop disabled={bezig}>{t("opslaan")}</Knop>
                </Form>
              </section>
            );
          })()
        : null}
      <section aria-labelledby="nieuw" className="afs-beheer-formulier">
        <h2 id="nieuw" className="utrecht-heading-2">
          {t("onderwerpen.nieuw")}
        </h2>
        {teams.length === 0 ? (
          <Melding soort="waarschuwing">{t("onderwerpen.geenTeams")}</Melding>
        ) : (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="nieuw" />
            <Velden invoer={actionData && actionData.code === null ? actionData.invoer : undefined} fouten={actionData && actionData.code === null ? fouten : {}} teams={teams} nieuw />
            <Knop disabled={bezig}>{t("aanmaken")}</Knop>
          </Form>
        )}
      </section>
    </>
  );
}
