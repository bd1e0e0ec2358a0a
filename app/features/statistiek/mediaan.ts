/**
 * Medians from the time-to-meet histogram (stat_termijn_duur): bucket = floor(8·log2(1 + minutes)), about 9 %
 * wide, so the median read from it is the bucket's geometric middle — within ±5 % of the exact one. Shown with
 * "≈". Pure (db/functies.ts only holds pure math).
 */
import { bucketMinuten, duurBucket } from "../../../db/functies";

export interface HistogramBak {
  bucket: number;
  aantal: number;
}

/**
 * The median in minutes, or null when there is nothing to measure. Uses the lower median (the ⌈n/2⌉-th value)
 * and returns the representative duration of the bucket it falls in. Buckets may come unsorted and repeated
 * (several teams/months); non-positive counts are ignored.
 */
export function mediaanMinuten(bakken: readonly HistogramBak[]): number | null {
  const perBak = new Map<number, number>();
  let n = 0;
  for (const b of bakken) {
    if (!(b.aantal > 0)) continue;
    perBak.set(b.bucket, (perBak.get(b.bucket) ?? 0) + b.aantal);
    n += b.aantal;
  }
  if (n === 0) return null;
  const doel = Math.ceil(n / 2);
  let som = 0;
  for (const bucket of [...perBak.keys()].sort((a, b) => a - b)) {
    som += perBak.get(bucket)!;
    if (som >= doel) return bucketMinuten(bucket);
  }
  return null;
}

/** The histogram bucket of a duration in minutes (same formula as the SQL function duur_bucket). */
export function bakVan(minuten: number): number {
  return duurBucket(minuten) ?? 0;
}

/** "≈ 45 min", "≈ 3,5 uur", "≈ 2,1 dagen" — a rounded, approximate duration for a median from buckets. */
export function duurTekst(minuten: number | null, taal: "nl" | "en" = "nl"): string {
  if (minuten === null) return "—";
  if (minuten < 1) return "≈ 1 min";
  if (minuten < 90) return `≈ ${Math.round(minuten)} min`;
  const uren = minuten / 60;
  const getal = (n: number) => n.toLocaleString(taal === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 });
  if (uren < 48) return taal === "en" ? `≈ ${getal(uren)} hours` : `≈ ${getal(uren)} uur`;
  const dagen = uren / 24;
  return taal === "en" ? `≈ ${getal(dagen)} days` : `≈ ${getal(dagen)} dagen`;
}
