/**
 * Beheer › Berichten aan inwoners: the SMS gateway ("niet ingesteld" visible), e-mail (SMTP) state, quiet hours,
 * the queue and the templates (B1 Dutch and English). Works without JavaScript.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel, vertaal } from "~/platform/i18n/vertaal";
import { berichtenBeheer, bewaarGateway, bewaarStilleUren, type BeheerResultaat } from "~/features/berichten/beheer.server";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:kaart.berichten", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data({ ...berichtenBeheer(), opgeslagen: new URL(request.url).searchParams.get("opgeslagen") });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const invoer = await leesInvoer(request);
  const actor = { id: user.id, naam: user.naam };
  const taal = taalVan(request);
  const r =
    invoer.intent === "gateway"
      ? bewaarGateway(actor, invoer, origin(context), taal)
      : invoer.intent === "stille_uren"
        ? bewaarStilleUren(actor, invoer, origin(context), taal)
        : ({ ok: false, fouten: { _form: [vertaal(taal, "beheer:berichten.fout.onbekendeActie")] }, waarden: {} } as BeheerResultaat);
  return data({ intent: invoer.intent ?? "", ...r }, { status: r.ok ? 200 : 400 });
}

export default function BerichtenBeheer() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("beheer");
  const fout = (intent: string, veld: string) => (ad && !ad.ok && ad.intent === intent ? (ad.fouten as Record<string, string[] | undefined>)[veld] : undefined);
  const waarde = (intent: string, veld: string, standaard: string) => (ad && !ad.ok && ad.intent === intent ? (ad.waarden as Record<string, string>)[veld] ?? standaard : standaard);
  // the address is shown as code inside the translated sentence: split it at its placeholder
  const smsNaar = d.sms.ingesteld
    ? t("berichten.smsNaar", {
        url: "{{url}}",
        bron: t(d.sms.bron === "beheer" ? "berichten.bronBeheer" : "berichten.bronOmgeving"),
        token: t(d.sms.tokenIngesteld ? "berichten.metToken" : "berichten.zonderToken"),
      }).split("{{url}}")
    : [];
  return (
    <>
      <PageTitle intro={t("berichten.intro")}>{t("kaart.berichten")}</PageTitle>
      {ad?.ok ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{ad.melding}</p>
        </Melding>
      ) : ad && !ad.ok && ad.fouten._form ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{ad.fouten._form[0]}</p>
        </Melding>
      ) : null}

      <h2 className="utrecht-heading-2" id="sms">{t("berichten.sms")}</h2>
      {d.sms.ingesteld ? (
        <Melding soort="ok" titel={t("berichten.ingesteld")}>
          <p className="utrecht-paragraph">
            {smsNaar[0]}
            <code>{d.sms.url}</code>
            {smsNaar[1]}
          </p>
        </Melding>
      ) : (
        <Melding soort="waarschuwing" titel={t("berichten.nietIngesteld")}>
          <p className="utrecht-paragraph">{t("berichten.geenGateway")}</p>
        </Melding>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="gateway" />
        <TekstVeld id="url" label={t("berichten.url")} hint={t("berichten.urlHint")} defaultValue={waarde("gateway", "url", d.sms.ingesteld && d.sms.bron === "beheer" ? d.sms.url : "")} fout={fout("gateway", "url")} />
        <TekstVeld id="token" label={t("berichten.token")} type="password" autoComplete="off" hint={t("berichten.tokenHint")} fout={fout("gateway", "token")} />
        <Knop>{t("berichten.gatewayOpslaan")}</Knop>
      </Form>

      <h2 className="utrecht-heading-2">{t("berichten.email")}</h2>
      <p className="utrecht-paragraph">{d.email.ingesteld ? t("berichten.emailAan") : t("berichten.emailUit")}</p>

      <h2 className="utrecht-heading-2" id="stille-uren">{t("berichten.stilleUren")}</h2>
      <p className="utrecht-paragraph">{t("berichten.stilleUrenUitleg")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="stille_uren" />
        <TekstVeld id="van" label={t("berichten.van")} inputMode="numeric" defaultValue={waarde("stille_uren", "van", d.stilleUren.van)} fout={fout("stille_uren", "van")} />
        <TekstVeld id="tot" label={t("berichten.tot")} inputMode="numeric" defaultValue={waarde("stille_uren", "tot", d.stilleUren.tot)} fout={fout("stille_uren", "tot")} />
        <Knop>{t("berichten.stilleUrenOpslaan")}</Knop>
      </Form>

      <h2 className="utrecht-heading-2">{t("berichten.wachtrij")}</h2>
      {d.telling.length ? (
        <ul className="utrecht-unordered-list">
          {d.telling.map((r) => (
            <li key={`${r.status}-${r.kanaal}`}>
              {t(`berichten.status.${r.status}`, { defaultValue: r.status })} ({t(r.kanaal === "sms" ? "berichten.kanaal.sms" : "berichten.kanaal.email")}): {r.n}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("berichten.geenBerichten")}</p>
      )}

      <h2 className="utrecht-heading-2">{t("berichten.sjablonen")}</h2>
      {d.opgeslagen ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{t("berichten.ok.sjabloon")}</p>
        </Melding>
      ) : null}
      <table className="utrecht-table afs-tabel">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("berichten.kolom.bericht")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("berichten.kolom.taal")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("berichten.kolom.onderwerp")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("berichten.kolom.tekst")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {d.sjablonen.map((s) => (
            <tr key={`${s.soort}-${s.taal}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <Link to={`/beheer/berichten/${s.soort}/${s.taal}`} className="utrecht-link">
                  {t(`berichten.soort.${s.soort}`, { defaultValue: s.titel })}
                </Link>
              </td>
              <td className="utrecht-table__cell">{t(`berichten.taal.${s.taal}`)}</td>
              <td className="utrecht-table__cell">{s.onderwerp}</td>
              <td className="utrecht-table__cell">{s.aangepast ? t("berichten.aangepast", { versie: s.versie }) : t("berichten.standaardtekst")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
