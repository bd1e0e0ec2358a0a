/**
 * The sections of the charter-compliance dashboard: the one-minute summary and, per charter norm and per team,
 * the share of deadlines met on time against the target, with the table behind the chart.
 */
import { Getal, PercentageBalken, TabelBijGrafiek, pctTekst } from "~/platform/ui/grafiek";
import { useTranslation } from "react-i18next";
import type { StatFilter } from "../filter";
import type { Nakoming, NakomingRij } from "../nakoming.server";

function onderStreef(n: Nakoming, rijen: NakomingRij[]): NakomingRij[] {
  return rijen.filter((r) => r.pct !== null && r.pct < n.streefwaarde);
}

function NakomingTabel({ titel, kop, rijen, periode }: { titel: string; kop: string; rijen: NakomingRij[]; periode: string }) {
  const { t, i18n } = useTranslation("statistiek");
  return (
    <table className="db-tabel">
      <caption>{titel}</caption>
      <thead>
        <tr>
          <th scope="col">{kop}</th>
          <th scope="col" className="gr-getal">{t("nakoming.kolom.gehaald")}</th>
          <th scope="col" className="gr-getal">{t("nakoming.kolom.opTijd")}</th>
          <th scope="col" className="gr-getal">{t("nakoming.kolom.teLaatGehaald")}</th>
          <th scope="col" className="gr-getal">{t("nakoming.kolom.pct")}</th>
          <th scope="col" className="gr-getal">{t("nakoming.kolom.pctVorig")}</th>
          <th scope="col">{t("nakoming.kolom.mediaan")}</th>
          <th scope="col" className="gr-getal">{t("nakoming.kolom.teLaatNu")}</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.sleutel}>
            <th scope="row">{r.label}</th>
            <td className="gr-getal"><Getal n={r.aantal} link={r.linkAantal} label={t("nakoming.aria.gehaald", { label: r.label, periode })} /></td>
            <td className="gr-getal"><Getal n={r.opTijd} link={r.linkOpTijd} label={t("nakoming.aria.opTijd", { label: r.label, periode })} /></td>
            <td className="gr-getal"><Getal n={r.teLaatGehaald} link={r.linkTeLaat} label={t("nakoming.aria.teLaat", { label: r.label, periode })} /></td>
            <td className="gr-getal">{pctTekst(r.pct, 1, i18n.language)}</td>
            <td className="gr-getal">{pctTekst(r.pctVorig, 1, i18n.language)}</td>
            <td>{r.mediaanTekst}</td>
            <td className="gr-getal"><Getal n={r.teLaatNu} link={r.linkTeLaatNu} label={t("nakoming.aria.teLaatNu", { label: r.label })} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NakomingSamenvatting({ n, filter }: { n: Nakoming; filter: StatFilter }) {
  const onder = (rijen: NakomingRij[]) => onderStreef(n, rijen);
  const { t, i18n } = useTranslation("statistiek");
  const getal = (x: number) => x.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL");
  const slechtste = [...n.perNorm].filter((r) => r.pct !== null).sort((a, b) => (a.pct ?? 0) - (b.pct ?? 0))[0];
  return (
      <section className="db-samenvatting" aria-labelledby="nk-samenvatting">
        <h2 id="nk-samenvatting" className="utrecht-heading-2">{t("nakoming.minuut")}</h2>
        <ol>
          <li>
            {t("nakoming.zin1", { pct: pctTekst(n.totaal.pct, 1, i18n.language), aantal: getal(n.totaal.aantal), streef: pctTekst(n.streefwaarde, 0, i18n.language) })}
          </li>
          <li>
            {t("nakoming.zin2", {
              normen: t(onder(n.perNorm).length === 1 ? "nakoming.normen1" : "nakoming.normenN", { n: onder(n.perNorm).length }),
              teams: t(onder(n.perTeam).length === 1 ? "nakoming.teams1" : "nakoming.teamsN", { n: onder(n.perTeam).length }),
            })}
            {slechtste ? t("nakoming.laagste", { label: slechtste.label, pct: pctTekst(slechtste.pct, 1, i18n.language) }) : ""}.
          </li>
          <li>
            <a className="utrecht-link" href={`/regieteam/termijnen?nu=te_laat${filter.afdelingId ? `&afdeling=${filter.afdelingId}` : ""}${filter.teamId ? `&team=${filter.teamId}` : ""}`}>
              {t(n.totaal.teLaatNu === 1 ? "nakoming.nuTeLaat1" : "nakoming.nuTeLaatN", { n: getal(n.totaal.teLaatNu) })}
            </a>
            .
          </li>
        </ol>
      </section>
  );
}

const PER = {
  norm: { open: true, max: Infinity },
  team: { open: false, max: 30 },
} as const;

/** Per charter norm (all, table open) or per team (the first 30 in the chart, all in the table). */
export function NakomingSectie({ n, per }: { n: Nakoming; per: keyof typeof PER }) {
  const { t, i18n } = useTranslation("statistiek");
  const v = PER[per];
  const k = (s: string) => t(`nakoming.per.${per}.${s}`);
  const rijen = per === "norm" ? n.perNorm : n.perTeam;
  return (
    <section className="db-sectie" aria-labelledby={`nk-${per}`}>
      <h2 id={`nk-${per}`} className="utrecht-heading-2">{k("kop")}</h2>
      <PercentageBalken
        id={`pct-${per}`}
        titel={k("grafiek")}
        beschrijving={t("nakoming.onderStreef", { onder: onderStreef(n, rijen).length, totaal: rijen.filter((r) => r.pct !== null).length, meervoud: k("meervoud"), streef: pctTekst(n.streefwaarde, 0, i18n.language) })}
        rijen={rijen.slice(0, v.max).map((r) => ({ label: r.label, pct: r.pct, aantal: r.aantal }))}
        streefwaarde={n.streefwaarde}
        tabel={
          <TabelBijGrafiek open={v.open || undefined}>
            <NakomingTabel titel={k("tabel")} kop={k("kolom")} rijen={rijen} periode={n.periode.tekst} />
          </TabelBijGrafiek>
        }
      />
    </section>
  );
}
