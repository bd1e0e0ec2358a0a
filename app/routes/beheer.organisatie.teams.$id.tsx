import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { bewaarTeam, idUitUrl, teamPagina } from "~/features/organisatie/structuur-pagina.server";
import { StatusKeuze } from "~/features/organisatie/components/status";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:org.teamBewerken", "beheer:titel");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(teamPagina(idUitUrl(params.id), new URL(request.url)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const id = idUitUrl(params.id);
  const r = bewaarTeam(user, id, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function TeamBewerken() {
  const { team: tm, afdelingen, medewerkers, opgeslagen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;
  const invoer = actionData?.invoer;
  const tlOpties = medewerkers.map((m) => ({ value: m.id, label: m.naam }));
  if (tm.teamleiderId && !tlOpties.some((o) => o.value === tm.teamleiderId)) tlOpties.unshift({ value: tm.teamleiderId, label: `${tm.teamleiderId} (${t("inactief")})` });
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/organisatie" className="utrecht-link">
          {t("org.titel")}
        </Link>
      </p>
      <PageTitle>
        {t("org.teamBewerken")}: {tm.naam}
      </PageTitle>
      {opgeslagen && !actionData ? <Melding soort="ok">{t("opgeslagen")}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <input type="hidden" name="versie" value={tm.versie} />
        <TekstVeld id="naam" label={t("org.naam")} required maxLength={120} defaultValue={invoer?.naam ?? tm.naam} fout={fouten.naam} />
        <Keuzelijst
          id="afdelingId"
          label={t("org.afdeling")}
          required
          defaultValue={invoer?.afdelingId ?? String(tm.afdelingId)}
          fout={fouten.afdelingId}
          opties={afdelingen.map((a) => ({ value: String(a.id), label: a.actief ? a.naam : `${a.naam} (${t("inactief")})` }))}
        />
        <Keuzelijst
          id="teamleiderId"
          label={t("org.teamleider")}
          hint={t("org.teamleiderHint")}
          defaultValue={invoer?.teamleiderId ?? tm.teamleiderId ?? ""}
          fout={fouten.teamleiderId}
          opties={[{ value: "", label: t("geen") }, ...tlOpties]}
        />
        <StatusKeuze waarde={invoer?.actief ?? (tm.actief ? "ja" : "nee")} fout={fouten.actief} />
        <Knop disabled={nav.state === "submitting"}>{t("opslaan")}</Knop>
      </Form>
    </>
  );
}
