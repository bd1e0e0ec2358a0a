/** One theme of the charter as staff read it on /handvest: its norms with promise, term and a worked example. */
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { HandvestNorm, Thema } from "../beheer.server";

/** "binnen 2 werkdagen (Algemene termijnenwet)" in the page's language. */
export function useTermijnTekst() {
  const { t } = useTranslation("handvest");
  return (v: { duur: number; eenheid: string; kalender: string }) => {
    const basis = t("termijnTekst.binnen", { duur: v.duur, eenheid: t(`termijnTekst.${v.eenheid}${v.duur === 1 ? "1" : ""}`) });
    return v.kalender === "atw" ? `${basis} ${t("termijnTekst.atw")}` : basis;
  };
}

function NormKaart({ n }: { n: HandvestNorm }) {
  const { t } = useTranslation("handvest");
  const f = useDatum();
  const termijn = useTermijnTekst();
  return (
    <li className="afs-handvest-norm" aria-labelledby={`norm-${n.code}`}>
      <h3 id={`norm-${n.code}`} className="utrecht-heading-3">
        {n.titel}
      </h3>
      <p className="utrecht-paragraph afs-handvest-belofte">{n.belofte}</p>
      <dl className="afs-handvest-feiten">
        <dt>{t("pagina.termijn")}</dt>
        <dd>{termijn(n)}</dd>
        <dt>{t("pagina.voorbeeld")}</dt>
        <dd>
          {n.voorbeeld ? (
            <>
              {t(`voorbeeldZin.${n.mijlpaal}`)} <span className="afs-handvest-voorbeeld">{n.voorbeeldMoment !== null ? f.relatief(n.voorbeeldMoment, n.nu) : n.voorbeeld}</span>.
            </>
          ) : (
            t("pagina.voorbeeldOnbekend")
          )}
        </dd>
        <dt>{t("pagina.code")}</dt>
        <dd>{n.code}</dd>
      </dl>
      <p className="utrecht-paragraph afs-handvest-zacht">
        {t("pagina.versie", { versie: n.versie, sinds: f.datumTijd(n.geldigVanaf) })}
        {n.gepland ? (
          <>
            {" "}
            {t("pagina.gepland", { vanaf: f.datumTijd(n.gepland.geldigVanaf), versie: n.gepland.versie, termijn: termijn(n.gepland) })}
          </>
        ) : null}
      </p>
    </li>
  );
}

export function HandvestThema({ thema, normen }: { thema: Thema; normen: HandvestNorm[] }) {
  const { t } = useTranslation("handvest");
  return (
    <section aria-labelledby={`thema-${thema}`}>
      <h2 id={`thema-${thema}`} className="utrecht-heading-2 afs-handvest-thema">
        {t(`thema.${thema}`)}
      </h2>
      <ul className="afs-handvest-normen">
        {normen.map((n) => (
          <NormKaart key={n.code} n={n} />
        ))}
      </ul>
    </section>
  );
}
