/** The monthly trend of the service profile: a decorative SVG chart and the table it duplicates. */
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { ProfielPaginaData } from "../profiel.server";
import { Getal, Mediaan } from "./getallen";

type TrendMaanden = ProfielPaginaData["profiel"]["trend"];

/** Bars = the employee's on-time percentage per month; ticks = team median. Decorative duplicate of the table. */
export function TrendGrafiek({ trend, id }: { trend: TrendMaanden; id: string }) {
  const { t } = useTranslation("coaching");
  const f = useDatum();
  const B = 640;
  const H = 220;
  const links = 36;
  const onder = 40;
  const boven = 10;
  const hoogte = H - onder - boven;
  const breedte = (B - links - 8) / trend.length;
  const y = (pct: number) => boven + hoogte - (pct / 100) * hoogte;
  return (
    <figure className="coaching-grafiek">
      <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} className="coaching-grafiek__svg">
        <title id={`${id}-titel`}>{t("trend.grafiek")}</title>
        <desc id={`${id}-uitleg`}>{t("trend.grafiekUitleg")}</desc>
        {[0, 50, 100].map((p) => (
          <g key={p}>
            <line x1={links} x2={B - 4} y1={y(p)} y2={y(p)} className="coaching-grafiek__raster" />
            <text x={links - 4} y={y(p) + 4} textAnchor="end" className="coaching-grafiek__as">
              {p}%
            </text>
          </g>
        ))}
        {trend.map((m, i) => {
          const x = links + i * breedte;
          return (
            <g key={m.sleutel}>
              {m.pctOpTijd !== null ? (
                <rect x={x + breedte * 0.2} width={breedte * 0.6} y={y(m.pctOpTijd)} height={Math.max(1, y(0) - y(m.pctOpTijd))} className="coaching-grafiek__staaf" />
              ) : null}
              {m.teamPctOpTijd !== null ? (
                <line
                  x1={x + breedte * 0.1}
                  x2={x + breedte * 0.9}
                  y1={y(m.teamPctOpTijd)}
                  y2={y(m.teamPctOpTijd)}
                  className="coaching-grafiek__mediaan"
                />
              ) : null}
              <text x={x + breedte / 2} y={H - onder + 16} textAnchor="middle" className="coaching-grafiek__as">
                {f.maandLabel(m.label).split(" ")[0]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="afs-zacht">{t("trend.grafiekUitleg")}</figcaption>
    </figure>
  );
}

/** Heading, chart and table of the last months. */
export function Trend({ trend }: { trend: TrendMaanden }) {
  const { t } = useTranslation("coaching");
  const f = useDatum();
  return (
    <>
      <h3 className="utrecht-heading-3">{t("trend.titel")}</h3>
      <TrendGrafiek trend={trend} id="trend" />
      <div className="afs-tabel-container">
        <table className="afs-tabel utrecht-table">
          <caption>{t("trend.titel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trend.maand")}</th>
              <th scope="col">{t("trend.genomen")}</th>
              <th scope="col">{t("trend.pct")}</th>
              <th scope="col">{t("trend.teamPct")}</th>
              <th scope="col">{t("trend.teLaat")}</th>
              <th scope="col">{t("trend.complimenten")}</th>
              <th scope="col">{t("trend.klachten")}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((m) => (
              <tr key={m.sleutel}>
                <th scope="row">{f.maandLabel(m.label)}</th>
                <td>{m.genomen}</td>
                <td>
                  <Getal v={m.pctOpTijd} pct />
                </td>
                <td>
                  <Mediaan v={m.teamPctOpTijd} pct />
                </td>
                <td>{m.teLaat}</td>
                <td>
                  <Getal v={m.complimenten} />
                </td>
                <td>
                  <Getal v={m.klachtenBeslist} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
