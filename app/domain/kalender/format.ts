/**
 * Nederlandse weergave van instants (Europe/Amsterdam), zonder Intl. Tijden tonen uren en minuten; een
 * Atw-termijn die om 23:59:59 eindigt, verschijnt als 23:59.
 */
import { datumVanDag, lokaleDag, lokaleDelen, weekdagVanDag } from "./tijd";

export const WEEKDAGEN = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;
export const WEEKDAGEN_KORT = ["", "ma", "di", "wo", "do", "vr", "za", "zo"] as const;
export const MAANDEN = [
  "",
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;
export const MAANDEN_KORT = ["", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

function twee(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** "17:00" — lokale kloktijd van instant t. */
export function formatTijd(t: number): string {
  const p = lokaleDelen(t);
  return `${twee(p.uur)}:${twee(p.minuut)}`;
}

/** "maandag 23 november 2026" — lange datum van dagindex z (jaar weglaten met metJaar = false). */
export function formatDagLang(z: number, metJaar = true): string {
  const d = datumVanDag(z);
  return `${WEEKDAGEN[weekdagVanDag(z)]} ${d.dag} ${MAANDEN[d.maand]}${metJaar ? " " + d.jaar : ""}`;
}

/** "do 13 november 2025" — korte weekdag, volledige maand (jaar weglaten met metJaar = false). */
export function formatDagMiddel(z: number, metJaar = true): string {
  const d = datumVanDag(z);
  return `${WEEKDAGEN_KORT[weekdagVanDag(z)]} ${d.dag} ${MAANDEN[d.maand]}${metJaar ? " " + d.jaar : ""}`;
}

/** "ma 23 nov" — korte datum van dagindex z. */
export function formatDagKort(z: number): string {
  const d = datumVanDag(z);
  return `${WEEKDAGEN_KORT[weekdagVanDag(z)]} ${d.dag} ${MAANDEN_KORT[d.maand]}`;
}

/** "maandag 23 november 2026" — lange lokale datum van instant t. */
export function formatDatum(t: number): string {
  return formatDagLang(lokaleDag(t));
}

/** "maandag 23 november 2026, 17:00" */
export function formatDatumTijd(t: number): string {
  return `${formatDagLang(lokaleDag(t))}, ${formatTijd(t)}`;
}

/** "ma 23 nov, 17:00" */
export function formatKort(t: number): string {
  return `${formatDagKort(lokaleDag(t))}, ${formatTijd(t)}`;
}

/**
 * Het uiterste moment zoals een burger of medewerker het leest, ten opzichte van nu:
 * - zelfde dag: "uiterlijk vandaag, 17:00"
 * - volgende dag: "uiterlijk morgen, di 24 nov, 17:00"
 * - vorige dag: "uiterlijk gisteren, ma 23 nov, 17:00"
 * - anders: "uiterlijk maandag 23 november, 17:00" (met jaartal als het een ander jaar is dan nu).
 */
export function formatRelatief(dueMs: number, nowMs: number): string {
  const dz = lokaleDag(dueMs);
  const nz = lokaleDag(nowMs);
  const tijd = formatTijd(dueMs);
  const verschil = dz - nz;
  if (verschil === 0) return `uiterlijk vandaag, ${tijd}`;
  if (verschil === 1) return `uiterlijk morgen, ${formatDagKort(dz)}, ${tijd}`;
  if (verschil === -1) return `uiterlijk gisteren, ${formatDagKort(dz)}, ${tijd}`;
  const zelfdeJaar = datumVanDag(dz).jaar === datumVanDag(nz).jaar;
  return `uiterlijk ${formatDagLang(dz, !zelfdeJaar)}, ${tijd}`;
}
