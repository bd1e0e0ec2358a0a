/** One theme of the charter as staff read it on /handvest: its norms with promise, term and a worked example. */
import { useTranslation } from "react-i18next";
import type { HandvestNorm, Thema } from "../beheer.server";

function NormKaart({ n }: { n: HandvestNorm }) {
  const { t } = useTranslation("handvest");
  return (
    <li className="afs-handvest-norm" aria-labelledby={`norm-${n.code}`}>
      <h3 id={`norm-${n.code}`} className="utrecht-heading-3">
        {n.titel}
      </h3>
      <p className="utrecht-paragraph afs-handvest-belofte">{n.belofte}</p>
      <dl className="afs-handvest-feiten">
        <dt>{t("pagina.termijn")}</dt>
        <dd>{n.termijn}</dd>
        <dt>{t("pagina.voorbeeld")}</dt>
        <dd>
          {n.voorbeeld ? (
            <>
              {t(`voorbeeldZin.${n.mijlpaal}`)} <span className="afs-handvest-voorbeeld">{n.voorbeeld}</span>.
            </>
          ) : (
            t("pagina.voorbeeldOnbekend")
          )}
        </dd>
        <dt>{t("pagina.code")}</dt>
        <dd>{n.code}</dd>
      </dl>
      <p className="utrecht-paragraph afs-handvest-zacht">
        {t("pagina.versie", { versie: n.versie, sinds: n.geldigVanafTekst })}
        {n.gepland ? (
          <>
            {" "}
            {t("pagina.gepland", { vanaf: n.gepland.geldigVanafTekst, versie: n.gepland.versie, termijn: n.gepland.termijn })}
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
