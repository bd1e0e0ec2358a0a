/** All versions of one norm on /beheer/handvest/:code, newest first, the one in force marked. */
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { NormVersieWeergave } from "../pagina.server";
import { useTermijnTekst } from "./handvest-thema";

function NormVersie({ v }: { v: NormVersieWeergave }) {
  const { t } = useTranslation("handvest");
  const f = useDatum();
  const termijn = useTermijnTekst();
  const ja = t("detail.ja");
  const nee = t("detail.nee");
  return (
    <article className={`afs-handvest-versie${v.stand === "nu" ? " afs-handvest-versie--nu" : ""}`} aria-labelledby={`versie-${v.versie}`}>
      <h3 id={`versie-${v.versie}`} className="utrecht-heading-3">
        {t("detail.versieKop", { versie: v.versie })}
        <span className={`afs-handvest-label afs-handvest-label--${v.stand}`}>
          {v.stand === "nu" ? t("detail.nu") : v.stand === "toekomst" ? t("detail.toekomst") : t("detail.vervangen")}
        </span>
      </h3>
      <dl className="afs-handvest-feiten">
        <dt>{t("detail.geldigVanaf")}</dt>
        <dd>{f.datumTijd(v.geldigVanafOp)}</dd>
        <dt>{t("veld.titel")}</dt>
        <dd>{v.titel}</dd>
        <dt>{t("veld.mijlpaal")}</dt>
        <dd>{t(`mijlpaal.${v.mijlpaalCode}`, { defaultValue: v.mijlpaal })}</dd>
        <dt>{t("pagina.termijn")}</dt>
        <dd>{termijn({ duur: v.duurGetal, eenheid: v.eenheid, kalender: v.kalenderCode })}</dd>
        <dt>{t("veld.kalender")}</dt>
        <dd>{t(`beheer:normKalender.${v.kalenderCode}`, { defaultValue: v.kalender })}</dd>
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
        <dd>{f.datumTijd(v.gemaaktOpMs)}</dd>
      </dl>
    </article>
  );
}

export function VersieGeschiedenis({ versies }: { versies: NormVersieWeergave[] }) {
  const { t } = useTranslation("handvest");
  return (
    <section aria-labelledby="geschiedenis">
      <h2 id="geschiedenis" className="utrecht-heading-2">
        {t("detail.geschiedenis")}
      </h2>
      <p className="utrecht-paragraph">{t("detail.geschiedenisIntro")}</p>
      {versies.map((v) => (
        <NormVersie key={v.id} v={v} />
      ))}
    </section>
  );
}
