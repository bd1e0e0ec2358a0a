import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import {
  EENHEID_NAMEN,
  KALENDER_NAMEN,
  MIJLPAAL_NAMEN,
  normMetGeschiedenis,
  termijnTekst,
} from "~/features/handvest/beheer.server";
import { formatDatumTijd } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.code ?? "Norm"} – Kwaliteitshandvest – Beheer – Afspraak` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const nu = now();
  const norm = normMetGeschiedenis(params.code ?? "", nu);
  if (!norm) throw new Response("Deze norm bestaat niet.", { status: 404, statusText: "Niet gevonden" });
  const opgeslagen = Number(new URL(request.url).searchParams.get("opgeslagen"));
  const versies = norm.versies.map((v) => ({
    id: v.id,
    versie: v.versie,
    stand: norm.huidig?.id === v.id ? ("nu" as const) : v.geldigVanaf > nu ? ("toekomst" as const) : ("oud" as const),
    geldigVanaf: formatDatumTijd(v.geldigVanaf),
    gemaaktOp: formatDatumTijd(v.gemaaktOp),
    titel: v.titel,
    mijlpaal: MIJLPAAL_NAMEN[v.mijlpaal],
    termijn: termijnTekst(v),
    duur: `${v.duur} ${v.duur === 1 ? EENHEID_NAMEN[v.eenheid].een : EENHEID_NAMEN[v.eenheid].meer}`,
    kalender: KALENDER_NAMEN[v.kalender],
    waarschuwingPct: v.waarschuwingPct,
    escalatieTeamleider: v.escalatieTeamleider,
    escalatieRegieteamNaWerkdagen: v.escalatieRegieteamNaWerkdagen,
    pauzeerbaar: v.pauzeerbaar,
    belofte: v.belofte,
    actief: v.actief,
  }));
  return data({
    code: norm.code,
    versies,
    opgeslagen: versies.some((v) => v.versie === opgeslagen) ? opgeslagen : null,
    heeftHuidig: norm.huidig !== null,
  });
}

export default function NormDetail() {
  const { code, versies, opgeslagen, heeftHuidig } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  const ja = "Ja";
  const nee = "Nee";
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/handvest" className="utrecht-link">
          {t("detail.terug")}
        </Link>
      </p>
      <PageTitle intro={versies[0]?.titel}>{code}</PageTitle>
      {opgeslagen ? <Melding soort="ok">{t("beheer.opgeslagen", { versie: opgeslagen, code })}</Melding> : null}
      {!heeftHuidig ? <Melding soort="waarschuwing">{t("detail.geenHuidig")}</Melding> : null}
      <div className="afs-acties">
        <Link to={`/beheer/handvest/${code}/bewerken`} className="utrecht-button utrecht-button--primary-action">
          {t("detail.nieuweVersie")}
        </Link>
      </div>
      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis" className="utrecht-heading-2">
          {t("detail.geschiedenis")}
        </h2>
        <p className="utrecht-paragraph">{t("detail.geschiedenisIntro")}</p>
        {versies.map((v) => (
          <article
            key={v.id}
            className={`afs-handvest-versie${v.stand === "nu" ? " afs-handvest-versie--nu" : ""}`}
            aria-labelledby={`versie-${v.versie}`}
          >
            <h3 id={`versie-${v.versie}`} className="utrecht-heading-3">
              {t("detail.versieKop", { versie: v.versie })}
              <span className={`afs-handvest-label afs-handvest-label--${v.stand}`}>
                {v.stand === "nu" ? t("detail.nu") : v.stand === "toekomst" ? t("detail.toekomst") : t("detail.vervangen")}
              </span>
            </h3>
            <dl className="afs-handvest-feiten">
              <dt>{t("detail.geldigVanaf")}</dt>
              <dd>{v.geldigVanaf}</dd>
              <dt>{t("veld.titel")}</dt>
              <dd>{v.titel}</dd>
              <dt>{t("veld.mijlpaal")}</dt>
              <dd>{v.mijlpaal}</dd>
              <dt>{t("pagina.termijn")}</dt>
              <dd>{v.termijn}</dd>
              <dt>{t("veld.kalender")}</dt>
              <dd>{v.kalender}</dd>
              <dt>{t("veld.waarschuwingPct")}</dt>
              <dd>{v.waarschuwingPct}%</dd>
              <dt>{t("veld.escalatieTeamleider")}</dt>
              <dd>{v.escalatieTeamleider ? ja : nee}</dd>
              <dt>{t("veld.escalatieRegieteam")}</dt>
              <dd>{v.escalatieRegieteamNaWerkdagen == null ? nee : v.escalatieRegieteamNaWerkdagen}</dd>
              <dt>{t("veld.pauzeerbaar")}</dt>
              <dd>{v.pauzeerbaar ? ja : nee}</dd>
              <dt>{t("veld.actief")}</dt>
              <dd>{v.actief ? ja : nee}</dd>
              <dt>{t("veld.belofte")}</dt>
              <dd>{v.belofte}</dd>
              <dt>{t("detail.gemaakt")}</dt>
              <dd>{v.gemaaktOp}</dd>
            </dl>
          </article>
        ))}
      </section>
    </>
  );
}
