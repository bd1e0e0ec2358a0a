/**
 * The dashboards' tables as export Tabellen (A's library, app/platform/export/tabel.ts): one sheet per table,
 * the same numbers as on the page. Percentages are fractions (soort "percentage").
 */
import type { Celwaarde, Tabel } from "../../platform/export/tabel";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";
import type { StatFilter } from "./filter";
import type { KlachtenDashboard, VerdelingRij } from "./klachten-dashboard.server";
import type { Nakoming, NakomingRij, TermijnLijstRij } from "./nakoming.server";
import type { KlachtExportRij } from "../klachten/klachten.server";

/** The column names and sheet names of the downloads (statistiek:export.…, the dashboard's texts for the rest). */
function ex(taal: Taal) {
  return (k: string, w?: Record<string, string | number>) => vertaal(taal, `statistiek:${k}`, w);
}

function verdeling(naam: string, soort: string, rijen: VerdelingRij[], d: KlachtenDashboard, taal: Taal): Tabel {
  const t = ex(taal);
  return {
    naam,
    titel: `${t(`dashboard.verdeling.${soort}.titel`)}, ${d.periode.tekst}`,
    kolommen: [
      { sleutel: "label", kop: t(`dashboard.verdeling.${soort}.kop`) },
      { sleutel: "nu", kop: d.periode.tekst, soort: "getal" },
      { sleutel: "vorig", kop: d.vorigJaar.tekst, soort: "getal" },
      { sleutel: "verschil", kop: t("dashboard.kolom.verschil"), soort: "getal" },
    ],
    rijen: rijen.map((r) => ({ label: r.label, nu: r.nu, vorig: r.vorig, verschil: r.nu - r.vorig })),
  };
}

/** Every table of the complaints dashboard; `d` was built in the same `taal` (its labels are worded). */
export function dashboardTabellen(d: KlachtenDashboard, f: StatFilter, taal: Taal = "nl"): Tabel[] {
  const t = ex(taal);
  const kwartaal = f.indeling === "kwartaal";
  return [
    {
      naam: t("export.blad.trend"),
      titel: t("export.trendTitel", { per: t(kwartaal ? "dashboard.kwartaal" : "dashboard.maand"), periode: d.periode.tekst }),
      kolommen: [
        { sleutel: "periode", kop: t(kwartaal ? "dashboard.kolom.kwartaal" : "dashboard.kolom.maand") },
        { sleutel: "nu", kop: t("dashboard.kolom.aantal"), soort: "getal" },
        { sleutel: "vorig", kop: t("dashboard.kolom.jaarEerder"), soort: "getal" },
      ],
      rijen: d.trend.map((x) => ({ periode: x.labelLang, nu: x.nu, vorig: x.vorig })),
    },
    verdeling(t("export.blad.norm"), "norm", d.perNorm, d, taal),
    verdeling(t("export.blad.afdeling"), "afdeling", d.perAfdeling, d, taal),
    verdeling(t("export.blad.team"), "team", d.perTeam, d, taal),
    verdeling(t("export.blad.kanaal"), "kanaal", d.perKanaal, d, taal),
    verdeling(t("export.blad.oordeel"), "oordeel", d.perOordeel, d, taal),
    verdeling(t("export.blad.afloop"), "afloop", d.perAfloop, d, taal),
    {
      naam: t("export.blad.themas"),
      titel: `${t("dashboard.themas.kop")}, ${d.themaVenster.tekst}`,
      kolommen: [
        { sleutel: "norm", kop: t("dashboard.verdeling.norm.kop") },
        { sleutel: "afdeling", kop: t("dashboard.verdeling.afdeling.kop") },
        ...[0, 1, 2, 3].map((i) => ({ sleutel: `k${i}`, kop: d.themas[0]?.kwartalen[i]?.label ?? t("export.kwartaalNr", { n: i + 1 }), soort: "getal" as const })),
        { sleutel: "trend", kop: t("export.kolom.trend") },
        { sleutel: "acties", kop: t("export.kolom.lopendeActies"), soort: "getal" },
      ],
      rijen: d.themas.map((x) => ({
        norm: `${x.norm}. ${x.normNaam}`,
        afdeling: x.afdelingNaam ?? t("export.alleAfdelingen"),
        k0: x.kwartalen[0]?.aantal ?? 0,
        k1: x.kwartalen[1]?.aantal ?? 0,
        k2: x.kwartalen[2]?.aantal ?? 0,
        k3: x.kwartalen[3]?.aantal ?? 0,
        trend: t(`export.trend.${x.trend}`),
        acties: x.lopendeActies,
      })),
    },
    {
      naam: t("export.blad.kengetallen"),
      titel: t("export.kengetallenTitel", { periode: d.periode.tekst, vorige: d.vorigePeriode.tekst }),
      kolommen: [
        { sleutel: "principe", kop: t("export.kolom.principe") },
        { sleutel: "kpi", kop: t("export.kolom.kpi") },
        { sleutel: "waarde", kop: t("export.kolom.waarde"), soort: "getal" },
        { sleutel: "vorig", kop: t("export.kolom.vorig"), soort: "getal" },
        { sleutel: "eenheid", kop: t("export.kolom.eenheid") },
        { sleutel: "opmerking", kop: t("export.kolom.opmerking") },
      ],
      rijen: d.principes.flatMap((p) =>
        p.kpis.map((k) => ({
          principe: `${p.nr}. ${p.naam}`,
          kpi: k.naam,
          waarde: k.waarde === null ? null : k.soort === "percentage" ? Math.round(k.waarde * 1000) / 10 : Math.round(k.waarde * 100) / 100,
          vorig: k.vorig === null ? null : k.soort === "percentage" ? Math.round(k.vorig * 1000) / 10 : Math.round(k.vorig * 100) / 100,
          eenheid: k.soort === "percentage" ? "%" : t(k.soort === "per1000" ? "export.eenheid.per1000" : "export.eenheid.aantal"),
          opmerking: k.geenWaarde ?? "",
        })),
      ),
    },
  ];
}

function nakomingTabel(per: "norm" | "team", rijen: NakomingRij[], n: Nakoming, taal: Taal): Tabel {
  const t = ex(taal);
  return {
    naam: t(per === "norm" ? "export.blad.handvestnorm" : "export.blad.team"),
    titel: t(`export.nakomingTitel.${per}`, { periode: n.periode.tekst }),
    kolommen: [
      { sleutel: "label", kop: t(`nakoming.per.${per}.kolom`) },
      { sleutel: "aantal", kop: t("nakoming.kolom.gehaald"), soort: "getal" },
      { sleutel: "opTijd", kop: t("nakoming.kolom.opTijd"), soort: "getal" },
      { sleutel: "teLaat", kop: t("nakoming.kolom.teLaatGehaald"), soort: "getal" },
      { sleutel: "pct", kop: t("nakoming.kolom.pct"), soort: "percentage" },
      { sleutel: "pctVorig", kop: t("export.kolom.pctVorig", { periode: n.vorigePeriode.tekst }), soort: "percentage" },
      { sleutel: "mediaan", kop: t("export.kolom.mediaan"), soort: "getal" },
      { sleutel: "teLaatNu", kop: t("nakoming.kolom.teLaatNu"), soort: "getal" },
    ],
    rijen: rijen.map((r) => ({
      label: r.label,
      aantal: r.aantal,
      opTijd: r.opTijd,
      teLaat: r.teLaatGehaald,
      pct: r.pct,
      pctVorig: r.pctVorig,
      mediaan: r.mediaanMinuten === null ? null : Math.round(r.mediaanMinuten),
      teLaatNu: r.teLaatNu,
    })),
  };
}

/** Per charter norm and per team; `n` was built in the same `taal`. */
export function nakomingTabellen(n: Nakoming, taal: Taal = "nl"): Tabel[] {
  return [nakomingTabel("norm", n.perNorm, n, taal), nakomingTabel("team", n.perTeam, n, taal)];
}

function soortIn(taal: Taal, soort: string, nl: string): string {
  const sleutel = `werk:soort.${soort}`;
  const w = vertaal(taal, sleutel, {});
  return w === sleutel ? nl : w;
}

export function termijnenTabel(rijen: TermijnLijstRij[], titel: string, taal: Taal = "nl"): Tabel {
  const t = ex(taal);
  return {
    naam: t("termijnen.titel"),
    titel,
    kolommen: [
      { sleutel: "titel", kop: t("termijnen.afspraak") },
      { sleutel: "soortNaam", kop: t("termijnen.soort") },
      { sleutel: "team", kop: t("termijnen.team") },
      { sleutel: "eigenaar", kop: t("termijnen.eigenaar") },
      { sleutel: "norm", kop: t("termijnen.norm") },
      { sleutel: "startOp", kop: t("termijnen.start"), soort: "datumtijd" },
      { sleutel: "termijnOp", kop: t("termijnen.uiterlijk"), soort: "datumtijd" },
      { sleutel: "gehaaldOp", kop: t("termijnen.gehaald"), soort: "datumtijd" },
      { sleutel: "opTijd", kop: t("termijnen.opTijd") },
    ],
    rijen: rijen.map((r) => ({
      ...r,
      // in Dutch the code's Dutch name and ja/nee as before; in another language the werk namespace's name
      soortNaam: taal === "nl" ? r.soortNaam : soortIn(taal, r.soort, r.soortNaam),
      opTijd: taal === "nl" || r.opTijd === null ? r.opTijd : t(r.opTijd ? "jaarverslag.ja" : "jaarverslag.nee"),
      norm: `${r.normCode} – ${r.normTitel}`,
    })),
  };
}

/**
 * The complaints list download (without complainant data). Column names in `taal`; the cells are as the caller
 * gives them (app/features/klachten/lijst.server.ts words status, channel, outcome and judgement).
 */
export function klachtenTabel(rijen: KlachtExportRij[], taal: Taal = "nl"): Tabel {
  const t = (k: string) => vertaal(taal, `statistiek:export.klachten.${k}`);
  return {
    naam: t("naam"),
    titel: t("titel"),
    kolommen: [
      { sleutel: "nummer", kop: t("nummer") },
      { sleutel: "status", kop: t("status") },
      { sleutel: "ontvangenOp", kop: t("ontvangenOp"), soort: "datum" },
      { sleutel: "kanaal", kop: t("kanaal") },
      { sleutel: "schriftelijk", kop: t("schriftelijk") },
      { sleutel: "afdeling", kop: t("afdeling") },
      { sleutel: "team", kop: t("team") },
      { sleutel: "behandelaar", kop: t("behandelaar") },
      { sleutel: "afloop", kop: t("afloop") },
      { sleutel: "oordeel", kop: t("oordeel") },
      { sleutel: "normen", kop: t("normen") },
      { sleutel: "termijnOp", kop: t("termijnOp"), soort: "datumtijd" },
      { sleutel: "afgeslotenOp", kop: t("afgeslotenOp"), soort: "datum" },
      { sleutel: "binnenTermijn", kop: t("binnenTermijn") },
    ],
    rijen: rijen.map((r) => (taal === "nl" ? { ...r } : klachtCellen(r, taal))),
  };
}

/**
 * A complaint row with its interface words in `taal` (codes → keys): status, channel, outcome, judgement and the
 * yes/no cells. The Dutch download keeps the rows as klachtenVoorExport words them.
 */
function klachtCellen(r: KlachtExportRij, taal: Taal): Record<string, Celwaarde> {
  const woord = (sleutel: string, anders: string) => {
    const v = vertaal(taal, sleutel);
    return v === sleutel ? anders : v;
  };
  const janee = (b: boolean | null) => (b === null ? null : vertaal(taal, b ? "statistiek:jaarverslag.ja" : "statistiek:jaarverslag.nee"));
  return {
    ...r,
    status: woord(`klachten:status.${r.statusCode}`, r.status),
    kanaal: woord(`afspraken:kanaal.${r.kanaalCode}`, r.kanaal),
    afloop: woord(`klachten:afloop.${r.afloopCode}`, r.afloop),
    oordeel: r.oordeel === null ? null : woord(`klachten:oordeel.${r.oordeel}`, r.oordeel),
    schriftelijk: janee(r.schriftelijk),
    binnenTermijn: janee(r.binnenTermijn),
  };
}
