/**
 * Satisfaction of citizens (KTO, issue 13) for the regieteam: per team, charter norm, contact channel and kind of
 * promise, over a period of answer dates; each number links to the answers behind it (drill-down) and every table
 * downloads as CSV/XLSX. Reads kto_uitnodigingen (index kto_uitnodigingen_beantwoord on beantwoord_op).
 */
import { getDatabase } from "../../../db/client";
import type { Taal } from "~/platform/i18n/i18n";
import { vertaal } from "~/platform/i18n/vertaal";
import { now } from "../../platform/clock";
import { beginVanDag, dagVanIso, isoDatum, lokaleDag, lokaleDelen } from "../../domain/kalender/tijd";
import type { Tabel } from "../../platform/export/tabel";

export const DIMENSIES = ["team", "norm", "kanaal", "soort"] as const;
export type Dimensie = (typeof DIMENSIES)[number];

export const DIMENSIE_TITEL: Record<Dimensie, string> = { team: "Per team", norm: "Per norm", kanaal: "Per kanaal", soort: "Per soort afspraak" };
const SOORT_TEKST: Record<string, string> = { terugbelafspraak: "Terugbelafspraak", overdracht: "Warme overdracht", klacht: "Klacht" };

export interface KtoFilter {
  van: string;
  tot: string;
  team: number | null;
  norm: string | null;
  kanaal: string | null;
  soort: string | null;
}

export interface KtoRegel {
  sleutel: string;
  label: string;
  aantal: number;
  gemiddeld: number | null;
  ontevreden: number;
  tevreden: number;
  link: string;
}

export interface KtoOverzicht {
  filter: KtoFilter;
  fout: string | null;
  totaal: KtoRegel;
  uitgenodigd: number;
  per: Record<Dimensie, KtoRegel[]>;
}

/** ?van=YYYY-MM-DD&tot=YYYY-MM-DD (default: 1 January of this year up to today) plus optional drill-down filters. */
export function leesKtoFilter(url: URL, standaardJaar?: number, taal: Taal = "nl"): { filter: KtoFilter; fout: string | null } {
  const p = url.searchParams;
  const vandaag = isoDatum(now());
  const jaar = standaardJaar ?? lokaleDelen(now()).jaar;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  let fout: string | null = null;
  let van = p.get("van") ?? `${jaar}-01-01`;
  let tot = p.get("tot") ?? (standaardJaar ? `${jaar}-12-31` : vandaag);
  if (!iso.test(van) || !iso.test(tot) || van > tot) {
    fout = vertaal(taal, "statistiek:kto.fout");
    van = `${jaar}-01-01`;
    tot = vandaag;
  }
  const team = p.get("team");
  return {
    filter: {
      van,
      tot,
      team: team && /^\d+$/.test(team) ? Number(team) : null,
      norm: p.get("norm") || null,
      kanaal: p.get("kanaal") || null,
      soort: p.get("soort") || null,
    },
    fout,
  };
}

export function ktoZoek(f: KtoFilter, extra: Partial<Record<"team" | "norm" | "kanaal" | "soort", string>> = {}): string {
  const q = new URLSearchParams({ van: f.van, tot: f.tot });
  const alle = { team: f.team === null ? undefined : String(f.team), norm: f.norm ?? undefined, kanaal: f.kanaal ?? undefined, soort: f.soort ?? undefined, ...extra };
  for (const [k, v] of Object.entries(alle)) if (v) q.set(k, v);
  return `?${q.toString()}`;
}

function waar(f: KtoFilter): { sql: string; args: unknown[] } {
  const delen = ["k.beantwoord_op >= ?", "k.beantwoord_op < ?"];
  const args: unknown[] = [beginVanDag(dagVanIso(f.van)), beginVanDag(dagVanIso(f.tot) + 1)];
  if (f.team !== null) (delen.push("k.team_id = ?"), args.push(f.team));
  if (f.norm) (delen.push("coalesce(k.norm_code, '') = ?"), args.push(f.norm === "-" ? "" : f.norm));
  if (f.kanaal) (delen.push("coalesce(k.kanaal, '') = ?"), args.push(f.kanaal === "-" ? "" : f.kanaal));
  if (f.soort) (delen.push("k.soort = ?"), args.push(f.soort));
  return { sql: delen.join(" AND "), args };
}

const KOLOM: Record<Dimensie, { expr: string; label: string; join: string }> = {
  team: { expr: "coalesce(k.team_id, '-')", label: "coalesce(t.naam, 'Geen team')", join: "LEFT JOIN teams t ON t.id = k.team_id" },
  norm: { expr: "coalesce(k.norm_code, '-')", label: "coalesce(n.titel, k.norm_code, 'Zonder norm')", join: "LEFT JOIN (SELECT n.code, v.titel FROM normen n JOIN norm_versies v ON v.norm_id = n.id AND v.versie = (SELECT max(versie) FROM norm_versies WHERE norm_id = n.id)) n ON n.code = k.norm_code" },
  kanaal: { expr: "coalesce(k.kanaal, '-')", label: "coalesce(k.kanaal, 'Onbekend')", join: "" },
  soort: { expr: "k.soort", label: "k.soort", join: "" },
};

interface Telling {
  sleutel: string;
  label: string;
  aantal: number;
  som: number;
  ontevreden: number;
  tevreden: number;
}

function regel(t: Telling, link: string, label?: string): KtoRegel {
  return {
    sleutel: String(t.sleutel),
    label: label ?? t.label,
    aantal: t.aantal,
    gemiddeld: t.aantal ? Math.round((t.som / t.aantal) * 10) / 10 : null,
    ontevreden: t.ontevreden,
    tevreden: t.tevreden,
    link,
  };
}

const TELLING = "count(*) AS aantal, coalesce(sum(k.score), 0) AS som, coalesce(sum(k.score <= 2), 0) AS ontevreden, coalesce(sum(k.score >= 4), 0) AS tevreden";

export function ktoOverzicht(filter: KtoFilter, fout: string | null = null, pad = "/regieteam/tevredenheid"): KtoOverzicht {
  const { sqlite } = getDatabase();
  const w = waar(filter);
  const totaal = sqlite.prepare(`SELECT '' AS sleutel, 'Totaal' AS label, ${TELLING} FROM kto_uitnodigingen k WHERE ${w.sql}`).get(...w.args) as Telling;
  const vanT = beginVanDag(dagVanIso(filter.van));
  const totT = beginVanDag(dagVanIso(filter.tot) + 1);
  const uitgenodigd = (sqlite.prepare("SELECT count(*) AS n FROM kto_uitnodigingen WHERE aangemaakt_op >= ? AND aangemaakt_op < ?").get(vanT, totT) as { n: number }).n;
  const per = {} as Record<Dimensie, KtoRegel[]>;
  for (const d of DIMENSIES) {
    const k = KOLOM[d];
    const rijen = sqlite
      .prepare(`SELECT ${k.expr} AS sleutel, ${k.label} AS label, ${TELLING} FROM kto_uitnodigingen k ${k.join} WHERE ${w.sql} GROUP BY 1 ORDER BY aantal DESC, label`)
      .all(...w.args) as Telling[];
    per[d] = rijen.map((r) => regel(r, `${pad}${ktoZoek(filter, { [d]: String(r.sleutel) })}#antwoorden`, d === "soort" ? (SOORT_TEKST[r.label] ?? r.label) : undefined));
  }
  return { filter, fout, totaal: regel(totaal, `${pad}${ktoZoek(filter)}#antwoorden`), uitgenodigd, per };
}

export interface KtoAntwoord {
  id: number;
  beantwoordOp: number;
  score: number;
  opmerking: string | null;
  soort: string;
  /** the kind's code (terugbelafspraak, overdracht, klacht) */
  soortCode: string;
  titel: string;
  teamNaam: string | null;
  normCode: string | null;
  kanaal: string | null;
  opvolging: string | null;
  afspraakId: string;
}

/** The answers behind a number (newest first, at most `limiet`). */
export function ktoAntwoorden(filter: KtoFilter, limiet = 200): KtoAntwoord[] {
  const { sqlite } = getDatabase();
  const w = waar(filter);
  const rijen = sqlite
    .prepare(
      `SELECT k.id, k.beantwoord_op, k.score, k.opmerking, k.soort, a.titel, t.naam AS team_naam, k.norm_code, k.kanaal, k.opvolging, k.afspraak_id
       FROM kto_uitnodigingen k JOIN afspraken a ON a.id = k.afspraak_id LEFT JOIN teams t ON t.id = k.team_id
       WHERE ${w.sql} ORDER BY k.beantwoord_op DESC LIMIT ?`,
    )
    .all(...w.args, limiet) as {
    id: number;
    beantwoord_op: number;
    score: number;
    opmerking: string | null;
    soort: string;
    titel: string;
    team_naam: string | null;
    norm_code: string | null;
    kanaal: string | null;
    opvolging: string | null;
    afspraak_id: string;
  }[];
  return rijen.map((r) => ({
    id: r.id,
    beantwoordOp: r.beantwoord_op,
    score: r.score,
    opmerking: r.opmerking,
    soort: SOORT_TEKST[r.soort] ?? r.soort,
    soortCode: r.soort,
    titel: r.titel,
    teamNaam: r.team_naam,
    normCode: r.norm_code,
    kanaal: r.kanaal,
    opvolging: r.opvolging,
    afspraakId: r.afspraak_id,
  }));
}

export function heeftDrilldown(f: KtoFilter): boolean {
  return f.team !== null || !!f.norm || !!f.kanaal || !!f.soort;
}

/**
 * The tables of the overview (and the answers behind the current drill-down) for CSV/XLSX, in `taal`: the same
 * labels as the page (no group, kind of promise, channel); team and norm names stay as entered.
 */
export function ktoTabellen(o: KtoOverzicht, antwoorden: KtoAntwoord[] | null, limiet: number, taal: Taal = "nl"): Tabel[] {
  const t = (k: string, w?: Record<string, string | number>) => vertaal(taal, `statistiek:kto.export.${k}`, w);
  const nl = taal === "nl";
  const of = (sleutel: string, standaard: string) => {
    const w = vertaal(taal, sleutel, {});
    return w === sleutel ? standaard : w;
  };
  const label = (d: Dimensie, r: KtoRegel) =>
    nl
      ? r.label
      : r.sleutel === "-"
        ? of(`statistiek:kto.geenGroep.${d}`, r.label)
        : d === "soort"
          ? of(`werk:soort.${r.sleutel}`, r.label)
          : d === "kanaal"
            ? of(`afspraken:kanaal.${r.sleutel}`, r.label)
            : r.label;
  const kolommen = [
    { sleutel: "label", kop: t("groep") },
    { sleutel: "aantal", kop: t("antwoorden"), soort: "getal" as const },
    { sleutel: "gemiddeld", kop: t("gemiddeld"), soort: "getal" as const },
    { sleutel: "ontevreden", kop: t("ontevreden"), soort: "getal" as const },
    { sleutel: "tevreden", kop: t("tevreden"), soort: "getal" as const },
  ];
  const periode = t("periode", { van: o.filter.van, tot: o.filter.tot });
  const dimensie = (d: Dimensie) => (nl ? DIMENSIE_TITEL[d] : vertaal(taal, `statistiek:kto.per.${d}`));
  const tabellen: Tabel[] = [
    { naam: t("totaal"), titel: t("titel", { periode }), kolommen, rijen: [{ ...o.totaal, label: nl ? o.totaal.label : t("totaal") }] },
    ...DIMENSIES.map((d) => ({ naam: dimensie(d), titel: `${dimensie(d)} ${periode}`, kolommen, rijen: o.per[d].map((r) => ({ ...r, label: label(d, r) })) })),
  ];
  if (antwoorden) {
    tabellen.push({
      naam: t("antwoorden"),
      titel: `${t("antwoorden")} ${periode}`,
      kolommen: [
        { sleutel: "beantwoordOp", kop: t("beantwoord"), soort: "datumtijd" },
        { sleutel: "score", kop: t("cijfer"), soort: "getal" },
        { sleutel: "opmerking", kop: t("toelichting") },
        { sleutel: "soort", kop: t("soort") },
        { sleutel: "titel", kop: t("afspraak") },
        { sleutel: "teamNaam", kop: t("team") },
        { sleutel: "normCode", kop: t("norm") },
        { sleutel: "kanaal", kop: t("kanaal") },
        { sleutel: "opvolging", kop: t("opvolging") },
      ],
      rijen: antwoorden.slice(0, limiet + 1).map((a) => ({
        ...a,
        soort: nl ? a.soort : of(`werk:soort.${a.soortCode}`, a.soort),
        opvolging: nl || !a.opvolging ? a.opvolging : of(`werk:kto.status.${a.opvolging}`, a.opvolging),
      })),
    });
  }
  return tabellen;
}

/** The year's summary for the annual report (same numbers as the overview for 1 January – 31 December). */
export function ktoVoorJaar(jaar: number): KtoOverzicht {
  const f: KtoFilter = { van: `${jaar}-01-01`, tot: `${jaar}-12-31`, team: null, norm: null, kanaal: null, soort: null };
  return ktoOverzicht(f);
}

/** The dashboard's KPI: the same period as the page's filter would be awkward to map; the last 12 months. */
export function ktoVoorDashboard(): KtoOverzicht {
  const vandaag = lokaleDag(now());
  const f: KtoFilter = { van: isoDatum(beginVanDag(vandaag - 364)), tot: isoDatum(beginVanDag(vandaag)), team: null, norm: null, kanaal: null, soort: null };
  return ktoOverzicht(f);
}
