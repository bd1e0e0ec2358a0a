/**
 * The dashboards' tables as export Tabellen (A's library, app/platform/export/tabel.ts): one sheet per table,
 * the same numbers as on the page. Percentages are fractions (soort "percentage").
 */
import type { Tabel } from "../../platform/export/tabel";
import type { StatFilter } from "./filter";
import type { KlachtenDashboard, VerdelingRij } from "./klachten-dashboard.server";
import type { Nakoming, NakomingRij, TermijnLijstRij } from "./nakoming.server";
import type { KlachtExportRij } from "../klachten/klachten.server";

function verdeling(naam: string, titel: string, kop: string, rijen: VerdelingRij[], d: KlachtenDashboard): Tabel {
  return {
    naam,
    titel: `${titel}, ${d.periode.tekst}`,
    kolommen: [
      { sleutel: "label", kop },
      { sleutel: "nu", kop: d.periode.tekst, soort: "getal" },
      { sleutel: "vorig", kop: d.vorigJaar.tekst, soort: "getal" },
      { sleutel: "verschil", kop: "Verschil", soort: "getal" },
    ],
    rijen: rijen.map((r) => ({ label: r.label, nu: r.nu, vorig: r.vorig, verschil: r.nu - r.vorig })),
  };
}

export function dashboardTabellen(d: KlachtenDashboard, f: StatFilter): Tabel[] {
  return [
    {
      naam: "Trend",
      titel: `Klachten per ${f.indeling}, ${d.periode.tekst}, met een jaar eerder`,
      kolommen: [
        { sleutel: "periode", kop: f.indeling === "kwartaal" ? "Kwartaal" : "Maand" },
        { sleutel: "nu", kop: "Aantal", soort: "getal" },
        { sleutel: "vorig", kop: "Een jaar eerder", soort: "getal" },
      ],
      rijen: d.trend.map((t) => ({ periode: t.labelLang, nu: t.nu, vorig: t.vorig })),
    },
    verdeling("Per norm", "Geschonden behoorlijkheidsnormen", "Norm", d.perNorm, d),
    verdeling("Per afdeling", "Klachten per afdeling", "Afdeling", d.perAfdeling, d),
    verdeling("Per team", "Klachten per team", "Team", d.perTeam, d),
    verdeling("Per kanaal", "Klachten per kanaal", "Kanaal", d.perKanaal, d),
    verdeling("Per oordeel", "Klachten per oordeel", "Oordeel", d.perOordeel, d),
    verdeling("Per afloop", "Klachten per afloop", "Afloop", d.perAfloop, d),
    {
      naam: "Terugkerende themas",
      titel: `Terugkerende thema's, ${d.themaVenster.tekst}`,
      kolommen: [
        { sleutel: "norm", kop: "Norm" },
        { sleutel: "afdeling", kop: "Afdeling" },
        ...[0, 1, 2, 3].map((i) => ({ sleutel: `k${i}`, kop: d.themas[0]?.kwartalen[i]?.label ?? `Kwartaal ${i + 1}`, soort: "getal" as const })),
        { sleutel: "trend", kop: "Trend" },
        { sleutel: "acties", kop: "Lopende verbeteracties", soort: "getal" },
      ],
      rijen: d.themas.map((t) => ({
        norm: `${t.norm}. ${t.normNaam}`,
        afdeling: t.afdelingNaam ?? "alle afdelingen",
        k0: t.kwartalen[0]?.aantal ?? 0,
        k1: t.kwartalen[1]?.aantal ?? 0,
        k2: t.kwartalen[2]?.aantal ?? 0,
        k3: t.kwartalen[3]?.aantal ?? 0,
        trend: t.trend,
        acties: t.lopendeActies,
      })),
    },
    {
      naam: "Kengetallen",
      titel: `Kengetallen van de vier dienstverleningsprincipes, ${d.periode.tekst} (periode ervoor: ${d.vorigePeriode.tekst})`,
      kolommen: [
        { sleutel: "principe", kop: "Principe" },
        { sleutel: "kpi", kop: "Kengetal" },
        { sleutel: "waarde", kop: "Waarde", soort: "getal" },
        { sleutel: "vorig", kop: "Periode ervoor", soort: "getal" },
        { sleutel: "eenheid", kop: "Eenheid" },
        { sleutel: "opmerking", kop: "Opmerking" },
      ],
      rijen: d.principes.flatMap((p) =>
        p.kpis.map((k) => ({
          principe: `${p.nr}. ${p.naam}`,
          kpi: k.naam,
          waarde: k.waarde === null ? null : k.soort === "percentage" ? Math.round(k.waarde * 1000) / 10 : Math.round(k.waarde * 100) / 100,
          vorig: k.vorig === null ? null : k.soort === "percentage" ? Math.round(k.vorig * 1000) / 10 : Math.round(k.vorig * 100) / 100,
          eenheid: k.soort === "percentage" ? "%" : k.soort === "per1000" ? "per 1.000 contacten" : "aantal",
          opmerking: k.geenWaarde ?? "",
        })),
      ),
    },
  ];
}

function nakomingTabel(naam: string, kop: string, rijen: NakomingRij[], n: Nakoming): Tabel {
  return {
    naam,
    titel: `Nakoming ${naam.toLowerCase()}, ${n.periode.tekst}`,
    kolommen: [
      { sleutel: "label", kop },
      { sleutel: "aantal", kop: "Gehaald", soort: "getal" },
      { sleutel: "opTijd", kop: "Op tijd", soort: "getal" },
      { sleutel: "teLaat", kop: "Te laat gehaald", soort: "getal" },
      { sleutel: "pct", kop: "% op tijd", soort: "percentage" },
      { sleutel: "pctVorig", kop: `% op tijd ${n.vorigePeriode.tekst}`, soort: "percentage" },
      { sleutel: "mediaan", kop: "Mediane tijd tot gehaald (minuten, ≈)", soort: "getal" },
      { sleutel: "teLaatNu", kop: "Nu te laat", soort: "getal" },
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

export function nakomingTabellen(n: Nakoming): Tabel[] {
  return [nakomingTabel("Per norm", "Norm", n.perNorm, n), nakomingTabel("Per team", "Team", n.perTeam, n)];
}

export function termijnenTabel(rijen: TermijnLijstRij[], titel: string): Tabel {
  return {
    naam: "Termijnen",
    titel,
    kolommen: [
      { sleutel: "titel", kop: "Afspraak" },
      { sleutel: "soortNaam", kop: "Soort" },
      { sleutel: "team", kop: "Team" },
      { sleutel: "eigenaar", kop: "Eigenaar" },
      { sleutel: "norm", kop: "Norm" },
      { sleutel: "startOp", kop: "Start", soort: "datumtijd" },
      { sleutel: "termijnOp", kop: "Uiterlijk", soort: "datumtijd" },
      { sleutel: "gehaaldOp", kop: "Gehaald", soort: "datumtijd" },
      { sleutel: "opTijd", kop: "Op tijd" },
    ],
    rijen: rijen.map((r) => ({ ...r, norm: `${r.normCode} – ${r.normTitel}` })),
  };
}

export function klachtenTabel(rijen: KlachtExportRij[]): Tabel {
  return {
    naam: "Klachten",
    titel: "Klachten (zonder gegevens van klagers)",
    kolommen: [
      { sleutel: "nummer", kop: "Nummer" },
      { sleutel: "status", kop: "Status" },
      { sleutel: "ontvangenOp", kop: "Ontvangen", soort: "datum" },
      { sleutel: "kanaal", kop: "Kanaal" },
      { sleutel: "schriftelijk", kop: "Schriftelijk" },
      { sleutel: "afdeling", kop: "Afdeling" },
      { sleutel: "team", kop: "Team" },
      { sleutel: "behandelaar", kop: "Behandelaar" },
      { sleutel: "afloop", kop: "Afloop" },
      { sleutel: "oordeel", kop: "Oordeel" },
      { sleutel: "normen", kop: "Geschonden normen" },
      { sleutel: "termijnOp", kop: "Uiterlijk", soort: "datumtijd" },
      { sleutel: "afgeslotenOp", kop: "Afgerond", soort: "datum" },
      { sleutel: "binnenTermijn", kop: "Binnen termijn" },
    ],
    rijen: rijen.map((r) => ({ ...r })),
  };
}
