/**
 * Pure helpers for coaching profiles and the team dashboard: periods (months and ISO weeks in
 * Europe/Amsterdam), the median, and the aggregation of raw facts into per-period figures.
 * No database, no dates from the system clock: callers pass `nu`.
 */
import { dagVanDatum, datumVanDag, instantVanLokaal, lokaleDelen, beginVanDag } from "../../domain/kalender/tijd";
import { MAANDEN_KORT } from "../../domain/kalender/format";

export const STANDAARD_BEWAARTERMIJN_MAANDEN = 24;
/** Fewer team members with data than this: no team median is shown (it would reveal a colleague's figure). */
export const MIN_TEAM_VOOR_MEDIAAN = 3;

export interface Periode {
  sleutel: string;
  label: string;
  vanOp: number;
  totOp: number;
}

/** Median of the values (null when empty). Even count: mean of the two middle values. */
export function mediaan(waarden: readonly number[]): number | null {
  if (waarden.length === 0) return null;
  const s = [...waarden].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Percentage (0–100, rounded) or null when there is nothing to divide. */
export function percentage(deel: number, geheel: number): number | null {
  return geheel > 0 ? Math.round((deel / geheel) * 100) : null;
}

/** "2026-03" for the Amsterdam month of instant t. */
export function maandSleutel(t: number): string {
  const d = lokaleDelen(t);
  return `${d.jaar}-${String(d.maand).padStart(2, "0")}`;
}

/** The last `n` Amsterdam calendar months up to and including the month of `nu`, oldest first. */
export function laatsteMaanden(nu: number, n = 12): Periode[] {
  const d = lokaleDelen(nu);
  const uit: Periode[] = [];
  for (let i = n - 1; i >= 0; i--) {
    let jaar = d.jaar;
    let maand = d.maand - i;
    while (maand < 1) {
      maand += 12;
      jaar -= 1;
    }
    const volgendJaar = maand === 12 ? jaar + 1 : jaar;
    const volgendeMaand = maand === 12 ? 1 : maand + 1;
    uit.push({
      sleutel: `${jaar}-${String(maand).padStart(2, "0")}`,
      label: `${MAANDEN_KORT[maand]} ${jaar}`,
      vanOp: instantVanLokaal(jaar, maand, 1),
      totOp: instantVanLokaal(volgendJaar, volgendeMaand, 1),
    });
  }
  return uit;
}

/** ISO week number and its year for a day index. */
function isoWeek(dag: number): { jaar: number; week: number; maandag: number } {
  const wd = ((((dag + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
  const maandag = dag - (wd - 1);
  const donderdag = maandag + 3;
  const jaar = datumVanDag(donderdag).jaar;
  const week = Math.floor((donderdag - dagVanDatum(jaar, 1, 1)) / 7) + 1;
  return { jaar, week, maandag };
}

/** The last `n` ISO weeks (Monday 00:00 Amsterdam) up to and including the week of `nu`, oldest first. */
export function laatsteWeken(nu: number, n = 8): Periode[] {
  const vandaag = lokaleDelen(nu).dagIndex;
  const huidig = isoWeek(vandaag).maandag;
  const uit: Periode[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const maandag = huidig - i * 7;
    const w = isoWeek(maandag);
    uit.push({
      sleutel: `${w.jaar}-W${String(w.week).padStart(2, "0")}`,
      label: `week ${w.week} (${w.jaar})`,
      vanOp: beginVanDag(maandag),
      totOp: beginVanDag(maandag + 7),
    });
  }
  return uit;
}

/** Index of the period containing t, or -1. */
export function periodeIndex(perioden: readonly Periode[], t: number | null | undefined): number {
  if (t === null || t === undefined) return -1;
  for (let i = 0; i < perioden.length; i++) if (t >= perioden[i]!.vanOp && t < perioden[i]!.totOp) return i;
  return -1;
}

/** End of an ISO date ("2026-05-01") in Amsterdam: 23:59:59.999 that day. */
export function eindeVanIsoDag(jaar: number, maand: number, dag: number): number {
  // the next local midnight minus 1 ms: a daylight-saving Sunday has 23 or 25 hours, not MS_DAG
  return beginVanDag(dagVanDatum(jaar, maand, dag) + 1) - 1;
}

/** A deadline fact of one employee's commitment (from termijnen ⋈ afspraken). */
export interface TermijnFeit {
  medewerkerId: string;
  normCode: string;
  normTitel: string;
  mijlpaal: string;
  startOp: number;
  termijnOp: number;
  status: "lopend" | "gehaald" | "gestopt";
  opTijd: boolean | null;
  verlopenOp: number | null;
}

export interface TermijnTelling {
  genomen: number;
  opTijd: number;
  teLaat: number;
  /** percentage on time of the decided ones (met or overdue), null when none */
  pctOpTijd: number | null;
}

/** Counts for a set of deadline facts at moment `nu`: taken (not cancelled), met on time, late (met late or overdue now). */
export function telTermijnen(feiten: readonly TermijnFeit[], nu: number): TermijnTelling {
  let genomen = 0;
  let opTijd = 0;
  let teLaat = 0;
  for (const f of feiten) {
    if (f.status === "gestopt") continue;
    genomen++;
    if (f.status === "gehaald") {
      if (f.opTijd) opTijd++;
      else teLaat++;
    } else if (f.termijnOp < nu) teLaat++;
  }
  return { genomen, opTijd, teLaat, pctOpTijd: percentage(opTijd, opTijd + teLaat) };
}

/** Team median of a per-member figure; null when fewer than MIN_TEAM_VOOR_MEDIAAN members have a value. */
export function teamMediaan(perLid: ReadonlyMap<string, number | null>): number | null {
  const w = [...perLid.values()].filter((v): v is number => v !== null);
  if (w.length < MIN_TEAM_VOOR_MEDIAAN) return null;
  const m = mediaan(w);
  return m === null ? null : Math.round(m * 10) / 10;
}

/** Groups facts by member id (every id in `leden` gets an entry, also without facts). */
export function perLid<T extends { medewerkerId: string }>(leden: readonly string[], feiten: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>(leden.map((l) => [l, []]));
  for (const f of feiten) m.get(f.medewerkerId)?.push(f);
  return m;
}

/** Adds months to an instant (Amsterdam calendar), used for the retention term. */
export function maandenTerug(nu: number, maanden: number): number {
  const d = lokaleDelen(nu);
  let jaar = d.jaar;
  let maand = d.maand - maanden;
  while (maand < 1) {
    maand += 12;
    jaar -= 1;
  }
  const dag = Math.min(d.dag, new Date(Date.UTC(jaar, maand, 0)).getUTCDate());
  return instantVanLokaal(jaar, maand, dag, d.uur, d.minuut, d.seconde);
}
