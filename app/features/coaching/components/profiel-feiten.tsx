/** The facts of the service profile: totals, per norm, complaints, compliments and the trend, beside the team median. */
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { ProfielPaginaData } from "../profiel.server";
import { Getal, Mediaan, Regel } from "./getallen";
import { Trend } from "./trend";

export function ProfielFeiten({ d }: { d: ProfielPaginaData }) {
  const { t } = useTranslation("coaching");
  const f = useDatum();
  const p = d.profiel;
  return (
    <section aria-labelledby="feiten-kop" className="coaching-sectie">
      <h2 id="feiten-kop" className="utrecht-heading-2">
        {t("feiten.titel")}
      </h2>
      <p className="utrecht-paragraph">{t("profiel.periode", { van: f.maandLabel(p.periode.van), tot: f.maandLabel(p.periode.tot) })}</p>
      <p className="utrecht-paragraph afs-zacht">{t("profiel.mediaanUitleg")}</p>
      <div className="afs-tabel-container">
        <table className="afs-tabel utrecht-table">
          <caption>{t("feiten.titel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("feiten.kengetal")}</th>
              <th scope="col">{t("feiten.waarde")}</th>
              <th scope="col">{t("feiten.mediaan")}</th>
            </tr>
          </thead>
          <tbody>
            <Regel label={t("feiten.genomen")} v={p.totaal.genomen} />
            <Regel label={t("feiten.pctOpTijd")} v={p.totaal.pctOpTijd} pct />
            <Regel label={t("feiten.teLaat")} v={p.totaal.teLaat} />
            <Regel label={t("feiten.overdrachtenOpTijd")} v={p.overdrachten.pctOpTijd} pct />
            {p.klachten.beschikbaar ? <Regel label={t("feiten.klachten")} v={p.klachten.beslist} /> : null}
            {p.complimenten.beschikbaar ? <Regel label={t("feiten.complimenten")} v={p.complimenten.aantal} /> : null}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph">
        {t("feiten.overdrachten")}: {p.overdrachten.opgepakt}
      </p>

      <h3 className="utrecht-heading-3">{t("feiten.perNorm")}</h3>
      {p.perNorm.length === 0 ? (
        <p className="utrecht-paragraph">{t("feiten.geenNormen")}</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption>{t("feiten.perNorm")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("feiten.norm")}</th>
                <th scope="col">{t("feiten.genomen")}</th>
                <th scope="col">{t("feiten.opTijd")}</th>
                <th scope="col">{t("feiten.teLaat")}</th>
                <th scope="col">{t("feiten.pctOpTijd")}</th>
                <th scope="col">{t("feiten.mediaan")}</th>
              </tr>
            </thead>
            <tbody>
              {p.perNorm.map((n) => (
                <tr key={n.code}>
                  <th scope="row">{n.titel}</th>
                  <td>{n.genomen}</td>
                  <td>{n.opTijd}</td>
                  <td>{n.teLaat}</td>
                  <td>
                    <Getal v={n.pctOpTijd.waarde} pct />
                  </td>
                  <td>
                    <Mediaan v={n.pctOpTijd.teamMediaan} pct />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 className="utrecht-heading-3">{t("feiten.klachten")}</h3>
      {p.klachten.beschikbaar ? (
        <>
          <p className="utrecht-paragraph afs-zacht">{t("feiten.klachtenUitleg")}</p>
          <div className="afs-tabel-container">
            <table className="afs-tabel utrecht-table">
              <caption>{t("feiten.klachten")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("feiten.oordeel")}</th>
                  <th scope="col">{t("feiten.aantal")}</th>
                </tr>
              </thead>
              <tbody>
                {p.klachten.perOordeel.map((o) => (
                  <tr key={o.oordeel}>
                    <th scope="row">{t(`oordeel.${o.oordeel}`, { defaultValue: o.naam })}</th>
                    <td>{o.aantal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="utrecht-paragraph">{t("feiten.nogGeenGegevens")}</p>
      )}
      <h3 className="utrecht-heading-3">{t("feiten.complimenten")}</h3>
      {p.complimenten.beschikbaar ? (
        <p className="utrecht-paragraph">
          {t("feiten.complimenten")}: <Getal v={p.complimenten.aantal.waarde} /> ({t("feiten.mediaan")}: <Mediaan v={p.complimenten.aantal.teamMediaan} />)
        </p>
      ) : (
        <p className="utrecht-paragraph">{t("feiten.nogGeenGegevens")}</p>
      )}

      <Trend trend={p.trend} />
    </section>
  );
}
