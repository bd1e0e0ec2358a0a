/**
 * SQL functions registered on every connection (db/client.ts) for the statistics triggers in
 * db/sql/050-statistiek.sql. Pure and fast: a trigger calls them once per written row.
 *
 * Europe/Amsterdam is UTC+1, and UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC (the EU rule since 1996). Computed arithmetically instead of through Intl, which is ~100× slower.
 */

const UUR = 3_600_000;
const DAG = 86_400_000;

/** 01:00 UTC on the last Sunday of the given month (0-based) of year y. */
function laatsteZondag0100(y: number, maand: number): number {
  const eindeMaand = Date.UTC(y, maand + 1, 0); // last day, 00:00 UTC
  const wd = new Date(eindeMaand).getUTCDay(); // 0 = Sunday
  return eindeMaand - wd * DAG + UUR;
}

const zomertijdCache = new Map<number, [number, number]>();

/** Offset of Europe/Amsterdam from UTC at instant `ms`, in ms. */
export function amsterdamOffset(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  let z = zomertijdCache.get(y);
  if (!z) {
    z = [laatsteZondag0100(y, 2), laatsteZondag0100(y, 9)];
    zomertijdCache.set(y, z);
  }
  return ms >= z[0] && ms < z[1] ? 2 * UUR : UUR;
}

/** yyyymm of the Amsterdam calendar month that contains `ms` (null in, null out). */
export function maandNl(ms: number | null): number | null {
  if (ms === null || ms === undefined) return null;
  const d = new Date(ms + amsterdamOffset(ms));
  return d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
}

/** Amsterdam day number (days since 1970-01-01 local). */
export function dagNl(ms: number): number {
  return Math.floor((ms + amsterdamOffset(ms)) / DAG);
}

/** Calendar days between two instants' Amsterdam dates (0 = same day). */
export function dagenNl(van: number | null, tot: number | null): number | null {
  if (van === null || tot === null || van === undefined || tot === undefined) return null;
  return dagNl(tot) - dagNl(van);
}

/** Histogram bucket of a duration in minutes: floor(8·log2(1 + minutes)); about 9 % wide. */
export function duurBucket(minuten: number | null): number | null {
  if (minuten === null || minuten === undefined) return null;
  return Math.floor(8 * Math.log2(1 + Math.max(0, minuten)));
}

/** The representative (geometric middle) duration in minutes of a bucket. */
export function bucketMinuten(bucket: number): number {
  return Math.pow(2, (bucket + 0.5) / 8) - 1;
}

/** Registers the functions on a better-sqlite3 connection. */
export function registreerSqlFuncties(sqlite: {
  function(naam: string, opties: { deterministic: boolean }, fn: (...args: never[]) => unknown): unknown;
}): void {
  sqlite.function("maand_nl", { deterministic: true }, ((ms: number | null) => maandNl(ms)) as never);
  sqlite.function("dagen_nl", { deterministic: true }, ((van: number | null, tot: number | null) => dagenNl(van, tot)) as never);
  sqlite.function("duur_bucket", { deterministic: true }, ((min: number | null) => duurBucket(min)) as never);
}
