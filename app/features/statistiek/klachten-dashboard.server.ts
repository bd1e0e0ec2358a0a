/**
 * The regieteam's complaints dashboard (issue 6): trends, distributions, recurring themes, the KPIs of the four
 * service principles and a ranked summary. Reads ONLY the rollup tables (db/schema/statistiek.ts) and small
 * tables (afdelingen, teams, normen, verbeteracties, leerlogboek, contactvolumes) — never a GROUP BY over
 * klachten/termijnen/afspraken — so it answers in milliseconds on ten years of a large city.
 *
 * Every number comes with the link to the list behind it (app/features/statistiek/links.ts).
 */
import { getDatabase } from "../../../db/client";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, OORDEEL_TEKST, normNaam, type KlachtKanaal, type Oordeel } from "../klachten/recht";
import { now } from "../../platform/clock";
import { aandeel, afdelingenLijst, codeLabel, dimWhere, handvestNormen, teamsLijst } from "./basis.server";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";
import {
  kwartaalMaanden,
  kwartaalTekst,
  kwartaalVan,
  maandBegin,
  maandEinde,
  maandKort,
  maandenTussen,
  maandTekst,
  periodeTekst,
  plusMaanden,
  vorigJaar,
  vorigePeriode,
  type StatFilter,
} from "./filter";
import { AFLOOP_TEKST, AFLOPEN, klachtenLink, termijnenLink, verbeteractiesLink, type Afloop } from "./links";

type Periode = { van: number; tot: number };
type Dims = Pick<StatFilter, "afdelingId" | "teamId">;

/**
 * Which behoorlijkheidsnormen count as "klachten over bejegening" (principle 3, personal service): only norm 7
 * "Fatsoenlijke bejegening" — the ombudsman's norm for how staff treat people (courtesy, respect, helpfulness).
 * Norms 3 (luisteren) and 15 (de-escalatie) are about the handling process and are already in the per-norm
 * chart; counting several norms would also count one complaint more than once (the rollup counts violations).
 */
export const BEJEGENING_NORMEN: readonly number[] = [7];

export interface TrendPunt {
  sleutel: number;
  label: string;
  labelLang: string;
  nu: number;
  vorig: number;
  linkNu: string;
  linkVorig: string;
}

export interface VerdelingRij {
  sleutel: string;
  label: string;
  nu: number;
  vorig: number;
  linkNu: string;
  linkVorig: string;
}

export interface ActieKort {
  nummer: string;
  titel: string;
  status: string;
  statusTekst: string;
  deadline: string;
  teLaat: boolean;
  afdelingId: number | null;
}

export interface Thema {
  sleutel: string;
  norm: number;
  normNaam: string;
  afdelingId: number | null;
  afdelingNaam: string | null;
  kwartalen: { kwartaal: number; label: string; aantal: number; link: string }[];
  /** in how many of the 4 quarters the theme came back */
  aanwezig: number;
  totaal: number;
  trend: "stijgend" | "dalend" | "gelijk";
  acties: ActieKort[];
  lopendeActies: number;
  actiesLink: string;
}

export interface Kpi {
  sleutel: string;
  naam: string;
  soort: "percentage" | "getal" | "per1000";
  waarde: number | null;
  vorig: number | null;
  /** "geen contactvolume ingevoerd" and the like, instead of a number */
  geenWaarde?: string;
  vorigGeenWaarde?: string;
  toelichting: string;
  link?: string;
  teller?: number;
  noemer?: number;
}

export interface Principe {
  nr: 1 | 2 | 3 | 4;
  naam: string;
  kpis: Kpi[];
}

export interface Samenvatting {
  totaal: number;
  totaalVorigJaar: number;
  topNorm: { norm: number; naam: string; aantal: number; link: string } | null;
  topNormAfdeling: { id: number; naam: string; aantal: number; link: string } | null;
  lopendeActies: number;
  actiesLink: string | null;
  topAfdeling: { id: number; naam: string; aantal: number; link: string } | null;
  topKanaal: { kanaal: string; naam: string; aantal: number; link: string } | null;
  terugkerend: number;
}

export interface KlachtenDashboard {
  periode: Periode & { tekst: string };
  vorigJaar: Periode & { tekst: string };
  vorigePeriode: Periode & { tekst: string };
  samenvatting: Samenvatting;
  trend: TrendPunt[];
  perNorm: VerdelingRij[];
  perAfdeling: VerdelingRij[];
  perTeam: VerdelingRij[];
  perKanaal: VerdelingRij[];
  perOordeel: VerdelingRij[];
  perAfloop: VerdelingRij[];
  themas: Thema[];
  themaVenster: { van: number; tot: number; tekst: string };
  principes: Principe[];
}

const ACTIE_STATUS_TEKST: Record<string, string> = {
  voorgesteld: "Voorgesteld",
  in_uitvoering: "In uitvoering",
  gerealiseerd: "Gerealiseerd",
  geevalueerd: "Geëvalueerd",
  afgewezen: "Afgewezen",
};
const LOPEND = new Set(["voorgesteld", "in_uitvoering"]);

function som(sql: string, params: Record<string, unknown>): number {
  const r = getDatabase().sqlite.prepare(sql).pluck().get(params) as number | null | undefined;
  return r ?? 0;
}

function groep(sql: string, params: Record<string, unknown>): Map<string, number> {
  const rijen = getDatabase().sqlite.prepare(sql).raw().all(params) as [string | number, number][];
  return new Map(rijen.map(([k, n]) => [String(k), n]));
}

function rangeParams(p: Periode, d: Dims) {
  const w = dimWhere(d);
  return { where: w.sql, params: { van: p.van, tot: p.tot, ...w.params } };
}

/** Complaints received per month (yyyymm → count) in a period. */
export function klachtenPerMaand(p: Periode, d: Dims): Map<number, number> {
  const { where, params } = rangeParams(p, d);
  const m = groep(`SELECT maand, sum(aantal) FROM stat_klachten WHERE maand BETWEEN @van AND @tot${where} GROUP BY maand`, params);
  return new Map([...m].map(([k, v]) => [Number(k), v]));
}

/** Complaints received in a period, grouped by one dimension of stat_klachten. */
export function klachtenPer(kolom: "afdeling_id" | "team_id" | "kanaal" | "oordeel" | "afloop", p: Periode, d: Dims): Map<string, number> {
  const { where, params } = rangeParams(p, d);
  return groep(`SELECT ${kolom}, sum(aantal) FROM stat_klachten WHERE maand BETWEEN @van AND @tot${where} GROUP BY ${kolom}`, params);
}

/** Violations per behoorlijkheidsnorm of complaints received in a period. */
export function klachtenPerNorm(p: Periode, d: Dims): Map<string, number> {
  const { where, params } = rangeParams(p, d);
  return groep(`SELECT norm, sum(aantal) FROM stat_klacht_normen WHERE maand BETWEEN @van AND @tot${where} GROUP BY norm`, params);
}

export interface KlachtTotalen {
  aantal: number;
  afgerond: number;
  metLes: number;
  informeel: number;
  binnenTermijn: number;
}

export function klachtTotalen(p: Periode, d: Dims): KlachtTotalen {
  const { where, params } = rangeParams(p, d);
  const r = getDatabase()
    .sqlite.prepare(
      `SELECT coalesce(sum(aantal), 0) AS aantal, coalesce(sum(afgerond), 0) AS afgerond, coalesce(sum(met_les), 0) AS metLes,
              coalesce(sum(CASE WHEN afloop = 'informeel' THEN aantal ELSE 0 END), 0) AS informeel,
              coalesce(sum(binnen_termijn), 0) AS binnenTermijn
       FROM stat_klachten WHERE maand BETWEEN @van AND @tot${where}`,
    )
    .get(params) as KlachtTotalen;
  return r;
}

/** Deadlines met / met on time in a period, optionally only for some charter norms (normen.id). */
export function termijnTotalen(p: Periode, d: Dims, normIds?: number[]): { aantal: number; opTijd: number } {
  const { where, params } = rangeParams(p, d);
  if (normIds && normIds.length === 0) return { aantal: 0, opTijd: 0 };
  const normSql = normIds ? ` AND norm_id IN (${normIds.map((n) => Number(n)).join(",")})` : "";
  return getDatabase()
    .sqlite.prepare(
      `SELECT coalesce(sum(aantal), 0) AS aantal, coalesce(sum(op_tijd), 0) AS opTijd FROM stat_termijnen WHERE maand BETWEEN @van AND @tot${where}${normSql}`,
    )
    .get(params) as { aantal: number; opTijd: number };
}

/** Met / on time per charter norm (normen.id) in a period: one scan of stat_termijnen for all KPI subsets. */
function termijnenPerNorm(p: Periode, d: Dims): Map<number, { aantal: number; opTijd: number }> {
  const { where, params } = rangeParams(p, d);
  const rijen = getDatabase()
    .sqlite.prepare(`SELECT norm_id, sum(aantal), sum(op_tijd) FROM stat_termijnen WHERE maand BETWEEN @van AND @tot${where} GROUP BY norm_id`)
    .raw()
    .all(params) as [number, number, number][];
  return new Map(rijen.map(([n, a, o]) => [n, { aantal: a, opTijd: o }]));
}

function somNormen(m: Map<number, { aantal: number; opTijd: number }>, normIds?: number[]): { aantal: number; opTijd: number } {
  const uit = { aantal: 0, opTijd: 0 };
  for (const [n, t] of m) {
    if (normIds && !normIds.includes(n)) continue;
    uit.aantal += t.aantal;
    uit.opTijd += t.opTijd;
  }
  return uit;
}

/**
 * The months to read for a period and the same months a year earlier: one range when they overlap (a period
 * longer than a year), else the two ranges apart — never the months in between.
 */
function bereiken(nu: Periode, vorig: Periode): Periode[] {
  return vorig.tot >= nu.van ? [{ van: Math.min(nu.van, vorig.van), tot: Math.max(nu.tot, vorig.tot) }] : [vorig, nu];
}

type Telling = Map<string, number>;
const telOp = (m: Telling, k: string | number, n: number) => m.set(String(k), (m.get(String(k)) ?? 0) + n);

/** Everything the complaints dashboard reads from stat_klachten and stat_klacht_normen, for a period and a year earlier. */
interface KlachtBlik {
  perMaand: { nu: Map<number, number>; vorig: Map<number, number> };
  per: Record<"afdeling_id" | "team_id" | "kanaal" | "oordeel" | "afloop" | "norm", { nu: Telling; vorig: Telling }>;
  /** norm → department → violations in the period (for "where" in the summary) */
  normAfdeling: Map<number, Map<number, number>>;
  totalen: KlachtTotalen;
}

/**
 * Reads the complaints rollups in three streaming scans over the months needed (covering indexes
 * stat_klachten_per_soort and stat_klachten_per_team, GROUP BY in index order) instead of one GROUP BY per
 * dimension and period; the groupings are summed in JS. Same numbers as klachtenPer/klachtenPerMaand/klachtTotalen.
 */
function klachtBlik(f: Periode, vj: Periode, d: Dims): KlachtBlik {
  const { sqlite } = getDatabase();
  const w = dimWhere(d);
  const leeg = () => ({ nu: new Map<string, number>(), vorig: new Map<string, number>() });
  const blik: KlachtBlik = {
    perMaand: { nu: new Map(), vorig: new Map() },
    per: { afdeling_id: leeg(), team_id: leeg(), kanaal: leeg(), oordeel: leeg(), afloop: leeg(), norm: leeg() },
    normAfdeling: new Map(),
    totalen: { aantal: 0, afgerond: 0, metLes: 0, informeel: 0, binnenTermijn: 0 },
  };
  const inNu = (m: number) => m >= f.van && m <= f.tot;
  const inVorig = (m: number) => m >= vj.van && m <= vj.tot;
  const soort = sqlite.prepare(
    `SELECT maand, kanaal, oordeel, afloop, sum(aantal), sum(afgerond), sum(met_les), sum(binnen_termijn) FROM stat_klachten
     WHERE maand BETWEEN @van AND @tot${w.sql} GROUP BY maand, kanaal, oordeel, afloop`,
  );
  const team = sqlite.prepare(
    `SELECT maand, afdeling_id, team_id, sum(aantal) FROM stat_klachten WHERE maand BETWEEN @van AND @tot${w.sql} GROUP BY maand, afdeling_id, team_id`,
  );
  const normen = sqlite.prepare(
    `SELECT maand BETWEEN @nvan AND @ntot, maand BETWEEN @vvan AND @vtot, norm, afdeling_id, sum(aantal) FROM stat_klacht_normen
     WHERE maand BETWEEN @van AND @tot${w.sql} GROUP BY 1, 2, norm, afdeling_id`,
  );
  for (const b of bereiken(f, vj)) {
    const params = { van: b.van, tot: b.tot, ...w.params };
    for (const [maand, kanaal, oordeel, afloop, n, afgerond, metLes, binnen] of soort.raw().all(params) as [number, string, string, string, number, number, number, number][]) {
      for (const [hoort, kant] of [[inNu(maand), "nu"], [inVorig(maand), "vorig"]] as const) {
        if (!hoort) continue;
        blik.perMaand[kant].set(maand, (blik.perMaand[kant].get(maand) ?? 0) + n);
        telOp(blik.per.kanaal[kant], kanaal, n);
        telOp(blik.per.oordeel[kant], oordeel, n);
        telOp(blik.per.afloop[kant], afloop, n);
      }
      if (inNu(maand)) {
        const t = blik.totalen;
        t.aantal += n;
        t.afgerond += afgerond;
        t.metLes += metLes;
        t.binnenTermijn += binnen;
        if (afloop === "informeel") t.informeel += n;
      }
    }
    for (const [maand, afd, tm, n] of team.raw().all(params) as [number, number, number, number][]) {
      for (const [hoort, kant] of [[inNu(maand), "nu"], [inVorig(maand), "vorig"]] as const) {
        if (!hoort) continue;
        telOp(blik.per.afdeling_id[kant], afd, n);
        telOp(blik.per.team_id[kant], tm, n);
      }
    }
    const np = { ...params, nvan: f.van, ntot: f.tot, vvan: vj.van, vtot: vj.tot };
    for (const [isNu, isVorig, norm, afd, n] of normen.raw().all(np) as [number, number, number, number, number][]) {
      if (isVorig) telOp(blik.per.norm.vorig, norm, n);
      if (isNu) {
        telOp(blik.per.norm.nu, norm, n);
        let m = blik.normAfdeling.get(norm);
        if (!m) blik.normAfdeling.set(norm, (m = new Map()));
        m.set(afd, (m.get(afd) ?? 0) + n);
      }
    }
  }
  return blik;
}

function metTekst(p: Periode, taal: Taal) {
  return { ...p, tekst: periodeTekst(p.van, p.tot, taal) };
}

/** The dashboard's own texts (statistiek:dashboard.…). */
function db(taal: Taal) {
  return (k: string, w?: Record<string, string | number>) => vertaal(taal, `statistiek:dashboard.${k}`, w);
}

function labelAfdeling(namen: Map<number, string>, id: number, taal: Taal): string {
  return id === 0 ? db(taal)("afdelingOnbekend") : namen.get(id) ?? db(taal)("afdelingNr", { id });
}

/** "14. Voortvarendheid" (the ombudsman norm's name in `taal`). */
function normLabel(nr: number, taal: Taal): string {
  return codeLabel(taal, normNaam(nr), `klachten:norm.${nr}`);
}

// ------------------------------------------------------------------------------------------------ trend

function trend(f: StatFilter, d: Dims, perMaand?: KlachtBlik["perMaand"], taal: Taal = "nl"): TrendPunt[] {
  const vj = vorigJaar(f);
  const nu = perMaand?.nu ?? klachtenPerMaand(f, d);
  const vorig = perMaand?.vorig ?? klachtenPerMaand(vj, d);
  const basis = { afdeling: d.afdelingId, team: d.teamId };
  if (f.indeling === "maand") {
    return maandenTussen(f.van, f.tot).map((m) => ({
      sleutel: m,
      label: `${maandKort(m, taal)} ${String(Math.floor(m / 100)).slice(2)}`,
      labelLang: maandTekst(m, taal),
      nu: nu.get(m) ?? 0,
      vorig: vorig.get(m - 100) ?? 0,
      linkNu: klachtenLink({ ...basis, van: m, tot: m }),
      linkVorig: klachtenLink({ ...basis, van: m - 100, tot: m - 100 }),
    }));
  }
  const kwartalen: TrendPunt[] = [];
  for (let k = kwartaalVan(f.van); k <= kwartaalVan(f.tot); k = kwartaalVan(plusMaanden(kwartaalMaanden(k).tot, 1))) {
    const km = kwartaalMaanden(k);
    const van = Math.max(km.van, f.van);
    const tot = Math.min(km.tot, f.tot);
    let a = 0;
    let b = 0;
    for (const m of maandenTussen(van, tot)) {
      a += nu.get(m) ?? 0;
      b += vorig.get(m - 100) ?? 0;
    }
    const deel = van !== km.van || tot !== km.tot ? ` (${periodeTekst(van, tot, taal)})` : "";
    kwartalen.push({
      sleutel: k,
      label: kwartaalTekst(k, taal),
      labelLang: kwartaalTekst(k, taal) + deel,
      nu: a,
      vorig: b,
      linkNu: klachtenLink({ ...basis, van, tot }),
      linkVorig: klachtenLink({ ...basis, van: van - 100, tot: tot - 100 }),
    });
  }
  return kwartalen;
}

// ------------------------------------------------------------------------------------------------ distributions

function verdeling(
  nu: Map<string, number>,
  vorig: Map<string, number>,
  label: (k: string) => string,
  link: (k: string, p: Periode) => string,
  f: StatFilter,
  vaste?: readonly string[],
): VerdelingRij[] {
  const vj = vorigJaar(f);
  const sleutels = new Set<string>([...(vaste ?? []), ...[...nu.keys()], ...[...vorig.keys()]]);
  return [...sleutels]
    .map((k) => ({ sleutel: k, label: label(k), nu: nu.get(k) ?? 0, vorig: vorig.get(k) ?? 0, linkNu: link(k, f), linkVorig: link(k, vj) }))
    .filter((r) => vaste?.includes(r.sleutel) || r.nu > 0 || r.vorig > 0)
    .sort((a, b) => b.nu - a.nu || b.vorig - a.vorig || a.label.localeCompare(b.label, "nl"));
}

// ------------------------------------------------------------------------------------------------ themes

interface ActieRij {
  id: string;
  nummer: string;
  titel: string;
  status: string;
  deadline: string;
  termijn_op: number;
  afd: number | null;
  norm: number;
}

function actiesOpNormen(normen: number[]): ActieRij[] {
  if (!normen.length) return [];
  return getDatabase()
    .sqlite.prepare(
      `SELECT v.id, v.nummer, v.titel, v.status, v.deadline, v.termijn_op, coalesce(v.afdeling_id, l.afdeling_id) AS afd, n.norm
       FROM verbeteracties v JOIN leerlogboek_normen n ON n.les_id = v.les_id LEFT JOIN leerlogboek l ON l.id = v.les_id
       WHERE n.norm IN (${normen.map((n) => Number(n)).join(",")})
       ORDER BY CASE v.status WHEN 'in_uitvoering' THEN 0 WHEN 'voorgesteld' THEN 1 ELSE 2 END, v.termijn_op`,
    )
    .all() as ActieRij[];
}

/** The 4 quarters ending with the quarter that contains `tot`. */
export function themaVenster(tot: number): { kwartalen: number[]; van: number; tot: number } {
  const laatste = kwartaalVan(tot);
  const kwartalen: number[] = [];
  let k = laatste;
  for (let i = 0; i < 4; i++) {
    kwartalen.unshift(k);
    k = kwartaalVan(plusMaanden(kwartaalMaanden(k).van, -1));
  }
  return { kwartalen, van: kwartaalMaanden(kwartalen[0]!).van, tot };
}

/**
 * Recurring themes: a behoorlijkheidsnorm, or a norm within one department, present in at least `minKwartalen`
 * of the last 4 quarters (up to the filter's end month). Ranked by count, then by trend (last quarter against
 * the one before). Each with the improvement actions on that norm (and department).
 */
export function terugkerendeThemas(tot: number, d: Dims, minKwartalen = 3, nu = now(), taal: Taal = "nl"): { themas: Thema[]; venster: { van: number; tot: number } } {
  const venster = themaVenster(tot);
  const w = dimWhere(d);
  const rijen = getDatabase()
    .sqlite.prepare(
      `SELECT norm, afdeling_id, maand, sum(aantal) FROM stat_klacht_normen WHERE maand BETWEEN @van AND @tot${w.sql}
       GROUP BY norm, afdeling_id, maand`,
    )
    .raw()
    .all({ van: venster.van, tot: venster.tot, ...w.params }) as [number, number, number, number][];
  const telling = new Map<string, { norm: number; afdelingId: number | null; perKw: Map<number, number> }>();
  const tel = (sleutel: string, norm: number, afdelingId: number | null, kw: number, n: number) => {
    let t = telling.get(sleutel);
    if (!t) telling.set(sleutel, (t = { norm, afdelingId, perKw: new Map() }));
    t.perKw.set(kw, (t.perKw.get(kw) ?? 0) + n);
  };
  for (const [norm, afd, maand, n] of rijen) {
    if (n <= 0) continue;
    const kw = kwartaalVan(maand);
    tel(`n${norm}`, norm, null, kw, n);
    if (afd) tel(`n${norm}-a${afd}`, norm, afd, kw, n);
  }
  const afdNamen = new Map(afdelingenLijst().map((a) => [a.id, a.naam]));
  const kandidaten = [...telling.entries()]
    .map(([sleutel, t]) => {
      const reeks = venster.kwartalen.map((k) => t.perKw.get(k) ?? 0);
      const aanwezig = reeks.filter((n) => n > 0).length;
      const totaal = reeks.reduce((a, b) => a + b, 0);
      const laatste = reeks[3] ?? 0;
      const ervoor = reeks[2] ?? 0;
      const trend: Thema["trend"] = laatste > ervoor ? "stijgend" : laatste < ervoor ? "dalend" : "gelijk";
      return { sleutel, t, reeks, aanwezig, totaal, trend };
    })
    .filter((x) => x.aanwezig >= minKwartalen)
    // when filtered on a department, the norm-level theme equals the department theme: keep one
    .filter((x) => !(d.afdelingId && x.t.afdelingId === null))
    .sort((a, b) => b.totaal - a.totaal || (b.reeks[3] ?? 0) - (b.reeks[2] ?? 0) - ((a.reeks[3] ?? 0) - (a.reeks[2] ?? 0)) || a.t.norm - b.t.norm)
    .slice(0, 12);
  const acties = actiesOpNormen([...new Set(kandidaten.map((k) => k.t.norm))]);
  const themas = kandidaten.map(({ sleutel, t, reeks, aanwezig, totaal, trend }) => {
    const afdeling = t.afdelingId ?? d.afdelingId ?? null;
    const eigen = acties.filter((a) => a.norm === t.norm && (afdeling === null || a.afd === afdeling));
    return {
      sleutel,
      norm: t.norm,
      normNaam: normLabel(t.norm, taal),
      afdelingId: t.afdelingId,
      afdelingNaam: t.afdelingId ? labelAfdeling(afdNamen, t.afdelingId, taal) : null,
      kwartalen: venster.kwartalen.map((k, i) => {
        const km = kwartaalMaanden(k);
        return {
          kwartaal: k,
          label: kwartaalTekst(k, taal),
          aantal: reeks[i] ?? 0,
          link: klachtenLink({ van: km.van, tot: Math.min(km.tot, venster.tot), norm: t.norm, afdeling, team: d.teamId }),
        };
      }),
      aanwezig,
      totaal,
      trend,
      acties: eigen.slice(0, 5).map((a) => ({
        nummer: a.nummer,
        titel: a.titel,
        status: a.status,
        statusTekst: ACTIE_STATUS_TEKST[a.status] ? codeLabel(taal, ACTIE_STATUS_TEKST[a.status]!, `leerlogboek:verbetering.toestand.${a.status}`) : a.status,
        deadline: a.deadline,
        teLaat: LOPEND.has(a.status) && a.termijn_op < nu,
        afdelingId: a.afd,
      })),
      lopendeActies: eigen.filter((a) => LOPEND.has(a.status)).length,
      actiesLink: verbeteractiesLink(t.norm, afdeling),
    };
  });
  return { themas, venster };
}

// ------------------------------------------------------------------------------------------------ KPIs

function contactvolume(p: Periode, d: Dims, taal: Taal): { perMaand: Map<number, number>; geen: string | null } {
  if (d.teamId) return { perMaand: new Map(), geen: db(taal)("geenVolumePerTeam") };
  const { sqlite } = getDatabase();
  const afd = d.afdelingId ?? 0;
  let rijen = sqlite
    .prepare("SELECT maand, sum(aantal) FROM contactvolumes WHERE maand BETWEEN @van AND @tot AND afdeling_id = @afd GROUP BY maand")
    .raw()
    .all({ van: p.van, tot: p.tot, afd }) as [number, number][];
  // whole organisation: when only per-department volumes were entered, their sum is the total
  if (!rijen.length && !d.afdelingId) {
    rijen = sqlite.prepare("SELECT maand, sum(aantal) FROM contactvolumes WHERE maand BETWEEN @van AND @tot GROUP BY maand").raw().all({ van: p.van, tot: p.tot }) as [
      number,
      number,
    ][];
  }
  const perMaand = new Map(rijen.filter(([, n]) => n > 0));
  return { perMaand, geen: perMaand.size ? null : db(taal)("geenVolume") };
}

/** Complaints about conduct (BEJEGENING_NORMEN) per 1,000 contacts, over the months that have a volume. */
export function bejegeningPer1000(
  p: Periode,
  d: Dims,
  taal: Taal = "nl",
): { waarde: number | null; geen: string | null; klachten: number; contacten: number; maanden: number; maandenTotaal: number } {
  const cv = contactvolume(p, d, taal);
  const maandenTotaal = maandenTussen(p.van, p.tot).length;
  if (cv.geen) return { waarde: null, geen: cv.geen, klachten: 0, contacten: 0, maanden: 0, maandenTotaal };
  const maanden = [...cv.perMaand.keys()];
  const contacten = [...cv.perMaand.values()].reduce((a, b) => a + b, 0);
  const w = dimWhere(d);
  const klachten = som(
    `SELECT sum(aantal) FROM stat_klacht_normen WHERE maand IN (${maanden.map(Number).join(",")}) AND norm IN (${BEJEGENING_NORMEN.join(",")})${w.sql}`,
    w.params,
  );
  return { waarde: (klachten / contacten) * 1000, geen: null, klachten, contacten, maanden: maanden.length, maandenTotaal };
}

function verbeteractiesOpTijd(p: Periode, d: Dims): { aantal: number; opTijd: number } {
  const params: Record<string, number> = { van: maandBegin(p.van), tot: maandEinde(p.tot) };
  let extra = "";
  if (d.afdelingId) {
    extra = " AND coalesce(v.afdeling_id, (SELECT l.afdeling_id FROM leerlogboek l WHERE l.id = v.les_id)) = @afd";
    params.afd = d.afdelingId;
  }
  return getDatabase()
    .sqlite.prepare(
      `SELECT count(*) AS aantal, coalesce(sum(v.op_tijd), 0) AS opTijd FROM verbeteracties v
       WHERE v.gerealiseerd_op >= @van AND v.gerealiseerd_op < @tot${extra}`,
    )
    .get(params) as { aantal: number; opTijd: number };
}

function feedbackAantal(p: Periode, d: Dims, soort: "compliment" | "suggestie"): number {
  const { where, params } = rangeParams(p, d);
  return som(`SELECT sum(aantal) FROM stat_feedback WHERE soort = @soort AND maand BETWEEN @van AND @tot${where}`, { ...params, soort });
}

interface KpiMeting {
  termijnen: { aantal: number; opTijd: number };
  overdracht: { aantal: number; opTijd: number };
  geinformeerd: { aantal: number; opTijd: number };
  klachten: KlachtTotalen;
  bejegening: ReturnType<typeof bejegeningPer1000>;
  complimenten: number;
  acties: { aantal: number; opTijd: number };
  terugkerend: number;
  herhaalklachten: number;
}

/** Already read by the dashboard for the same period: not read again. */
interface Vooraf {
  klachten?: KlachtTotalen;
  themas?: Thema[];
}

function meet(p: Periode, d: Dims, nu: number, vooraf: Vooraf = {}, taal: Taal = "nl"): KpiMeting {
  const normen = handvestNormen();
  const metMijlpaal = (m: string) => normen.filter((n) => n.mijlpaal === m).map((n) => n.id);
  const th = (vooraf.themas ?? terugkerendeThemas(p.tot, d, 3, nu).themas).filter((t) => t.afdelingId === null || d.afdelingId);
  const perNorm = termijnenPerNorm(p, d);
  return {
    termijnen: somNormen(perNorm),
    overdracht: somNormen(perNorm, metMijlpaal("overdracht_opgepakt")),
    geinformeerd: somNormen(perNorm, metMijlpaal("klant_geinformeerd")),
    klachten: vooraf.klachten ?? klachtTotalen(p, d),
    bejegening: bejegeningPer1000(p, d, taal),
    complimenten: feedbackAantal(p, d, "compliment"),
    acties: verbeteractiesOpTijd(p, d),
    terugkerend: th.length,
    herhaalklachten: th.reduce((a, t) => a + (t.kwartalen[3]?.aantal ?? 0), 0),
  };
}

function normLink(normIds: number[], f: StatFilter, p: Periode, opTijd?: 0 | 1): string | undefined {
  if (normIds.length !== 1) return undefined;
  const code = handvestNormen().find((n) => n.id === normIds[0])?.code;
  return code ? termijnenLink({ norm: code, afdeling: f.afdelingId, team: f.teamId, van: p.van, tot: p.tot, opTijd }) : undefined;
}

/** The KPIs of the four service principles (product.md "What gets measured"), with the previous period. */
export function principes(f: StatFilter, nu = now(), vooraf: Vooraf = {}, taal: Taal = "nl"): Principe[] {
  const d: Dims = { afdelingId: f.afdelingId, teamId: f.teamId };
  const vp = vorigePeriode(f);
  const a = meet(f, d, nu, vooraf, taal);
  const b = meet(vp, d, nu, {}, taal);
  const t = db(taal);
  const kpi = (sleutel: string) => ({ sleutel, naam: t(`kpi.${sleutel}.naam`), toelichting: t(`kpi.${sleutel}.toelichting`) });
  const normen = handvestNormen();
  const ids = (m: string) => normen.filter((n) => n.mijlpaal === m).map((n) => n.id);
  const basis = { afdeling: f.afdelingId, team: f.teamId, van: f.van, tot: f.tot };
  const nakomingLink = `/regieteam/nakoming?${new URLSearchParams({ van: `${Math.floor(f.van / 100)}-${String(f.van % 100).padStart(2, "0")}`, tot: `${Math.floor(f.tot / 100)}-${String(f.tot % 100).padStart(2, "0")}`, ...(f.afdelingId ? { afdeling: String(f.afdelingId) } : {}), ...(f.teamId ? { team: String(f.teamId) } : {}) }).toString()}`;
  return [
    {
      nr: 1,
      naam: t("principe.1"),
      kpis: [
        {
          ...kpi("op_tijd"),
          soort: "percentage",
          waarde: aandeel(a.termijnen.opTijd, a.termijnen.aantal),
          vorig: aandeel(b.termijnen.opTijd, b.termijnen.aantal),
          teller: a.termijnen.opTijd,
          noemer: a.termijnen.aantal,
          link: nakomingLink,
        },
      ],
    },
    {
      nr: 2,
      naam: t("principe.2"),
      kpis: [
        {
          ...kpi("informeel"),
          soort: "percentage",
          waarde: aandeel(a.klachten.informeel, a.klachten.aantal),
          vorig: aandeel(b.klachten.informeel, b.klachten.aantal),
          teller: a.klachten.informeel,
          noemer: a.klachten.aantal,
          link: klachtenLink({ ...basis, afloop: "informeel" }),
        },
        {
          ...kpi("overdracht"),
          soort: "percentage",
          waarde: aandeel(a.overdracht.opTijd, a.overdracht.aantal),
          vorig: aandeel(b.overdracht.opTijd, b.overdracht.aantal),
          teller: a.overdracht.opTijd,
          noemer: a.overdracht.aantal,
          link: normLink(ids("overdracht_opgepakt"), f, f) ?? nakomingLink,
        },
        {
          ...kpi("geinformeerd"),
          soort: "percentage",
          waarde: aandeel(a.geinformeerd.opTijd, a.geinformeerd.aantal),
          vorig: aandeel(b.geinformeerd.opTijd, b.geinformeerd.aantal),
          teller: a.geinformeerd.opTijd,
          noemer: a.geinformeerd.aantal,
          link: normLink(ids("klant_geinformeerd"), f, f) ?? nakomingLink,
        },
      ],
    },
    {
      nr: 3,
      naam: t("principe.3"),
      kpis: [
        {
          ...kpi("bejegening"),
          soort: "per1000",
          waarde: a.bejegening.waarde,
          vorig: b.bejegening.waarde,
          geenWaarde: a.bejegening.geen ?? undefined,
          vorigGeenWaarde: b.bejegening.geen ?? undefined,
          teller: a.bejegening.klachten,
          noemer: a.bejegening.contacten,
          toelichting:
            t("kpi.bejegening.toelichting") +
            (a.bejegening.geen === null && a.bejegening.maanden < a.bejegening.maandenTotaal
              ? t("kpi.bejegening.deel", { maanden: a.bejegening.maanden, totaal: a.bejegening.maandenTotaal })
              : ""),
          link: klachtenLink({ ...basis, norm: 7 }),
        },
        {
          ...kpi("complimenten"),
          soort: "getal",
          waarde: a.complimenten,
          vorig: b.complimenten,
        },
      ],
    },
    {
      nr: 4,
      naam: t("principe.4"),
      kpis: [
        {
          ...kpi("met_les"),
          soort: "percentage",
          waarde: aandeel(a.klachten.metLes, a.klachten.afgerond),
          vorig: aandeel(b.klachten.metLes, b.klachten.afgerond),
          teller: a.klachten.metLes,
          noemer: a.klachten.afgerond,
        },
        {
          ...kpi("acties_op_tijd"),
          soort: "percentage",
          waarde: aandeel(a.acties.opTijd, a.acties.aantal),
          vorig: aandeel(b.acties.opTijd, b.acties.aantal),
          teller: a.acties.opTijd,
          noemer: a.acties.aantal,
          link: f.afdelingId ? `/verbeteracties?afdeling=${f.afdelingId}` : "/verbeteracties",
        },
        {
          ...kpi("herhaal"),
          soort: "getal",
          waarde: a.terugkerend,
          vorig: b.terugkerend,
          teller: a.herhaalklachten,
          toelichting: t("kpi.herhaal.toelichting", { n: a.herhaalklachten }),
          link: "#themas",
        },
      ],
    },
  ];
}

// ------------------------------------------------------------------------------------------------ the page

export function klachtenDashboard(f: StatFilter, nu = now(), taal: Taal = "nl"): KlachtenDashboard {
  const t = db(taal);
  const d: Dims = { afdelingId: f.afdelingId, teamId: f.teamId };
  const vj = vorigJaar(f);
  const afdNamen = new Map(afdelingenLijst().map((a) => [a.id, a.naam]));
  const teams = teamsLijst();
  const teamNamen = new Map(teams.map((t) => [t.id, `${t.naam} (${afdNamen.get(t.afdelingId) ?? "?"})`]));
  const basis = (p: Periode) => ({ van: p.van, tot: p.tot, afdeling: d.afdelingId, team: d.teamId });

  const blik = klachtBlik(f, vj, d);
  const perNorm = verdeling(
    blik.per.norm.nu,
    blik.per.norm.vorig,
    (k) => `${k}. ${normLabel(Number(k), taal)}`,
    (k, p) => klachtenLink({ ...basis(p), norm: Number(k) }),
    f,
  );
  const perAfdeling = verdeling(
    blik.per.afdeling_id.nu,
    blik.per.afdeling_id.vorig,
    (k) => labelAfdeling(afdNamen, Number(k), taal),
    (k, p) => klachtenLink({ ...basis(p), afdeling: Number(k) || null }),
    f,
  );
  const perTeam = verdeling(
    blik.per.team_id.nu,
    blik.per.team_id.vorig,
    (k) => (k === "0" ? t("teamOnbekend") : teamNamen.get(Number(k)) ?? t("teamNr", { id: k })),
    (k, p) => klachtenLink({ ...basis(p), team: Number(k) || null }),
    f,
  );
  const perKanaal = verdeling(
    blik.per.kanaal.nu,
    blik.per.kanaal.vorig,
    (k) => (KANAAL_TEKST[k as KlachtKanaal] ? codeLabel(taal, KANAAL_TEKST[k as KlachtKanaal], `afspraken:kanaal.${k}`) : k),
    (k, p) => klachtenLink({ ...basis(p), kanaal: k }),
    f,
  );
  const perOordeel = verdeling(
    blik.per.oordeel.nu,
    blik.per.oordeel.vorig,
    (k) =>
      k === ""
        ? codeLabel(taal, "(Nog) geen oordeel", "klachten:oordeel.geen")
        : OORDEEL_TEKST[k as Oordeel]
          ? codeLabel(taal, OORDEEL_TEKST[k as Oordeel], `klachten:oordeel.${k}`)
          : k,
    (k, p) => klachtenLink({ ...basis(p), oordeel: k }),
    f,
  );
  const perAfloop = verdeling(
    blik.per.afloop.nu,
    blik.per.afloop.vorig,
    (k) => (AFLOOP_TEKST[k as Afloop] ? codeLabel(taal, AFLOOP_TEKST[k as Afloop], `klachten:afloop.${k}`) : k),
    (k, p) => klachtenLink({ ...basis(p), afloop: k as Afloop }),
    f,
    AFLOPEN,
  );
  const { themas, venster } = terugkerendeThemas(f.tot, d, 3, nu, taal);
  const tr = trend(f, d, blik.perMaand, taal);
  const totaal = tr.reduce((a, t) => a + t.nu, 0);
  const totaalVorigJaar = tr.reduce((a, t) => a + t.vorig, 0);

  // summary: the most violated norm, where, and what is being done about it
  const top = perNorm.find((r) => r.nu > 0) ?? null;
  let topNormAfdeling: Samenvatting["topNormAfdeling"] = null;
  let lopendeActies = 0;
  let actiesLink: string | null = null;
  if (top) {
    const norm = Number(top.sleutel);
    if (!d.afdelingId) {
      // the department with the most violations of this norm (ties: lowest id), as ORDER BY n DESC, afdeling_id
      let r: [number, number] | undefined;
      for (const [afd, n] of blik.normAfdeling.get(norm) ?? []) if (n > 0 && (!r || n > r[1] || (n === r[1] && afd < r[0]))) r = [afd, n];
      if (r && r[0]) topNormAfdeling = { id: r[0], naam: labelAfdeling(afdNamen, r[0], taal), aantal: r[1], link: klachtenLink({ ...basis(f), norm, afdeling: r[0] }) };
    }
    const afd = d.afdelingId ?? topNormAfdeling?.id ?? null;
    lopendeActies = actiesOpNormen([norm]).filter((a) => LOPEND.has(a.status) && (afd === null || a.afd === afd)).length;
    actiesLink = verbeteractiesLink(norm, afd);
  }
  const topAfd = perAfdeling.find((r) => r.nu > 0 && r.sleutel !== "0");
  const topKan = perKanaal.find((r) => r.nu > 0);
  const samenvatting: Samenvatting = {
    totaal,
    totaalVorigJaar,
    topNorm: top ? { norm: Number(top.sleutel), naam: normLabel(Number(top.sleutel), taal), aantal: top.nu, link: top.linkNu } : null,
    topNormAfdeling,
    lopendeActies,
    actiesLink,
    topAfdeling: topAfd && !d.afdelingId ? { id: Number(topAfd.sleutel), naam: topAfd.label, aantal: topAfd.nu, link: topAfd.linkNu } : null,
    topKanaal: topKan ? { kanaal: topKan.sleutel, naam: topKan.label, aantal: topKan.nu, link: topKan.linkNu } : null,
    terugkerend: themas.filter((t) => t.afdelingId === null || d.afdelingId).length,
  };

  return {
    periode: metTekst(f, taal),
    vorigJaar: metTekst(vj, taal),
    vorigePeriode: metTekst(vorigePeriode(f), taal),
    samenvatting,
    trend: tr,
    perNorm,
    perAfdeling,
    perTeam,
    perKanaal,
    perOordeel,
    perAfloop,
    themas,
    themaVenster: { ...venster, tekst: periodeTekst(venster.van, venster.tot, taal) },
    principes: principes(f, nu, { klachten: blik.totalen, themas }, taal),
  };
}

/** All 22 norms with their group, for legends. */
export const NORMEN = BEHOORLIJKHEIDSNORMEN;
