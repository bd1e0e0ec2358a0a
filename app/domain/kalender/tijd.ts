/**
 * Tijdrekening voor Europe/Amsterdam zonder Intl.
 *
 * - Een *instant* is een getal: milliseconden sinds 1970-01-01T00:00:00Z (UTC), zoals `Date.now()`.
 * - Een *dagindex* is een geheel getal: het aantal kalenderdagen sinds 1970-01-01 (de lokale, burgerlijke
 *   datum; 0 = do 1 januari 1970, negatief ervoor). Alle kalendertabellen zijn op dagindex geïndexeerd.
 *
 * Zomertijd volgt de EU-regel (richtlijn 2000/84/EG): CEST (UTC+2) vanaf de laatste zondag van maart
 * 01:00 UTC tot de laatste zondag van oktober 01:00 UTC; daarbuiten CET (UTC+1). De regel wordt voor
 * alle jaren toegepast (ook vóór 1996, toen Nederland afwijkende regels had — historische termijnen
 * rekent deze app niet).
 *
 * Lokale tijden die niet bestaan (lente, 02:00–02:59 op de laatste zondag van maart) worden een uur
 * naar voren geschoven (02:30 → 03:30 CEST); lokale tijden die twee keer voorkomen (herfst, 02:00–02:59
 * op de laatste zondag van oktober) krijgen de eerste, vroegste betekenis (CEST, +02:00). Dit is
 * hetzelfde als `disambiguation: "compatible"` in Temporal.
 */
import { TermijnFout } from "./fout";

export const MS_SECONDE = 1000;
export const MS_MINUUT = 60_000;
export const MS_UUR = 3_600_000;
export const MS_DAG = 86_400_000;

/** Het jaarbereik waarvoor kalenders en termijnen worden berekend. */
export const MIN_JAAR = 1900;
export const MAX_JAAR = 2200;

// ---------------------------------------------------------------------------------------------
// Burgerlijke datums (proleptisch Gregoriaans), algoritmen van Howard Hinnant — alleen gehele getallen.
// ---------------------------------------------------------------------------------------------

/** Dagindex van een burgerlijke datum (maand 1–12). */
export function dagVanDatum(jaar: number, maand: number, dag: number): number {
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (maand + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Datum {
  jaar: number;
  /** 1–12 */
  maand: number;
  /** 1–31 */
  dag: number;
}

/** Burgerlijke datum van een dagindex. */
export function datumVanDag(z: number): Datum {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = yoe + era * 400 + (maand <= 2 ? 1 : 0);
  return { jaar, maand, dag };
}

/** ISO-weekdag van een dagindex: 1 = maandag … 7 = zondag. */
export function weekdagVanDag(z: number): number {
  const r = (z + 3) % 7;
  return (r < 0 ? r + 7 : r) + 1;
}

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

// ---------------------------------------------------------------------------------------------
// Jaartabellen: 1 januari en de zomertijdgrenzen per jaar, eenmalig berekend (ca. 600 jaar, <10 kB).
// ---------------------------------------------------------------------------------------------

const TABEL_EERSTE = 1800;
const TABEL_LAATSTE = 2400;
const TABEL_N = TABEL_LAATSTE - TABEL_EERSTE + 1;
/** JAAR_START[i] = dagindex van 1 januari van jaar TABEL_EERSTE + i (één extra voor de bovengrens). */
const JAAR_START = new Int32Array(TABEL_N + 1);
const ZOMER_START = new Float64Array(TABEL_N);
const ZOMER_EIND = new Float64Array(TABEL_N);

function laatsteZondag(jaar: number, maand: number): number {
  const laatste = dagVanDatum(jaar, maand, dagenInMaand(jaar, maand));
  return laatste - (weekdagVanDag(laatste) % 7);
}

/** De zomertijdgrenzen (instants) van een jaar: [begin, einde). */
export function zomertijdGrenzen(jaar: number): { begin: number; einde: number } {
  return {
    begin: laatsteZondag(jaar, 3) * MS_DAG + MS_UUR,
    einde: laatsteZondag(jaar, 10) * MS_DAG + MS_UUR,
  };
}

for (let i = 0; i <= TABEL_N; i++) {
  JAAR_START[i] = dagVanDatum(TABEL_EERSTE + i, 1, 1);
  if (i < TABEL_N) {
    const g = zomertijdGrenzen(TABEL_EERSTE + i);
    ZOMER_START[i] = g.begin;
    ZOMER_EIND[i] = g.einde;
  }
}
const EERSTE_DAG = JAAR_START[0]!;
const LAATSTE_DAG = JAAR_START[TABEL_N]! - 1;

/** Het jaar waarin dagindex `z` valt. */
export function jaarVanDag(z: number): number {
  if (z < EERSTE_DAG || z > LAATSTE_DAG) return datumVanDag(z).jaar;
  let i = ((z - EERSTE_DAG) / 365.2425) | 0;
  while (JAAR_START[i]! > z) i--;
  while (JAAR_START[i + 1]! <= z) i++;
  return TABEL_EERSTE + i;
}

/** Dagindex van 1 januari van `jaar`. */
export function eersteDagVanJaar(jaar: number): number {
  const i = jaar - TABEL_EERSTE;
  return i >= 0 && i <= TABEL_N ? JAAR_START[i]! : dagVanDatum(jaar, 1, 1);
}

/** Valt instant `t` in de zomertijd (CEST)? */
export function isZomertijd(t: number): boolean {
  const utcDag = Math.floor(t / MS_DAG);
  if (utcDag < EERSTE_DAG || utcDag > LAATSTE_DAG) {
    const g = zomertijdGrenzen(datumVanDag(utcDag).jaar);
    return t >= g.begin && t < g.einde;
  }
  let i = ((utcDag - EERSTE_DAG) / 365.2425) | 0;
  while (JAAR_START[i]! > utcDag) i--;
  while (JAAR_START[i + 1]! <= utcDag) i++;
  return t >= ZOMER_START[i]! && t < ZOMER_EIND[i]!;
}

/** UTC-offset van Amsterdam op instant `t`, in ms (3 600 000 of 7 200 000). */
export function utcOffsetMs(t: number): number {
  return isZomertijd(t) ? 2 * MS_UUR : MS_UUR;
}

/** Lokale dagindex (Amsterdam) van instant `t`. */
export function lokaleDag(t: number): number {
  return Math.floor((t + utcOffsetMs(t)) / MS_DAG);
}

/**
 * Instant van lokale dag `dag` plus `msInDag` milliseconden lokale wandkloktijd (0 = 00:00).
 * Niet-bestaande tijd (lentesprong) → een uur later; dubbele tijd (herfst) → de eerste (CEST).
 */
export function instantVanLokaleDag(dag: number, msInDag: number): number {
  const lokaal = dag * MS_DAG + msInDag;
  const alsZomer = lokaal - 2 * MS_UUR;
  return isZomertijd(alsZomer) ? alsZomer : lokaal - MS_UUR;
}

/** Instant van de lokale middernacht (00:00) aan het begin van dag `dag`. */
export function beginVanDag(dag: number): number {
  return instantVanLokaleDag(dag, 0);
}

export interface LokaleDelen extends Datum {
  uur: number;
  minuut: number;
  seconde: number;
  milliseconde: number;
  /** ISO-weekdag, 1 = maandag … 7 = zondag */
  weekdag: number;
  /** dagindex (dagen sinds 1970-01-01) van de lokale datum */
  dagIndex: number;
  /** UTC-offset in minuten: 60 (CET) of 120 (CEST) */
  offsetMinuten: number;
}

/** Lokale datum- en tijddelen (Amsterdam) van instant `t`. */
export function lokaleDelen(t: number): LokaleDelen {
  const offset = utcOffsetMs(t);
  const lokaal = t + offset;
  const dagIndex = Math.floor(lokaal / MS_DAG);
  let rest = lokaal - dagIndex * MS_DAG;
  const uur = Math.floor(rest / MS_UUR);
  rest -= uur * MS_UUR;
  const minuut = Math.floor(rest / MS_MINUUT);
  rest -= minuut * MS_MINUUT;
  const seconde = Math.floor(rest / MS_SECONDE);
  const milliseconde = rest - seconde * MS_SECONDE;
  return {
    ...datumVanDag(dagIndex),
    uur,
    minuut,
    seconde,
    milliseconde,
    weekdag: weekdagVanDag(dagIndex),
    dagIndex,
    offsetMinuten: offset / MS_MINUUT,
  };
}

/**
 * Instant van een lokale datum en tijd in Amsterdam (maand 1–12). Zie de moduledocumentatie voor
 * niet-bestaande en dubbele tijden rond de zomertijdwissel.
 */
export function instantVanLokaal(
  jaar: number,
  maand: number,
  dag: number,
  uur = 0,
  minuut = 0,
  seconde = 0,
  milliseconde = 0,
): number {
  return instantVanLokaleDag(
    dagVanDatum(jaar, maand, dag),
    uur * MS_UUR + minuut * MS_MINUUT + seconde * MS_SECONDE + milliseconde,
  );
}

function twee(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

function vier(n: number): string {
  return String(n).padStart(4, "0");
}

/** "2026-11-23" — ISO-datum van een dagindex. */
export function isoDatumVanDag(z: number): string {
  const d = datumVanDag(z);
  return `${vier(d.jaar)}-${twee(d.maand)}-${twee(d.dag)}`;
}

/** "2026-11-23" — lokale ISO-datum (Amsterdam) van instant `t`. */
export function isoDatum(t: number): string {
  return isoDatumVanDag(lokaleDag(t));
}

/**
 * ISO 8601 met Amsterdamse offset: "2026-11-23T17:00:00+01:00". Milliseconden alleen als ze niet 0 zijn
 * ("…T17:00:00.250+01:00").
 */
export function formatIso(t: number): string {
  const p = lokaleDelen(t);
  const ms = p.milliseconde ? "." + String(p.milliseconde).padStart(3, "0") : "";
  return (
    `${vier(p.jaar)}-${twee(p.maand)}-${twee(p.dag)}T${twee(p.uur)}:${twee(p.minuut)}:${twee(p.seconde)}${ms}` +
    `+${twee(p.offsetMinuten / 60)}:00`
  );
}

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dagindex van een ISO-datum "JJJJ-MM-DD". Gooit `TermijnFout` bij een ongeldige datum.
 */
export function dagVanIso(datum: string): number {
  const m = ISO_DATUM.exec(datum);
  if (!m) throw new TermijnFout("ONGELDIGE_DATUM", `Ongeldige datum "${datum}"; verwacht JJJJ-MM-DD.`);
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) {
    throw new TermijnFout("ONGELDIGE_DATUM", `Ongeldige datum "${datum}": die dag bestaat niet.`);
  }
  return dagVanDatum(jaar, maand, dag);
}

const TIJDSTIP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Leest een datum of datum-tijd. Geaccepteerd: "2026-11-20" (= 00:00 lokale tijd), "2026-11-20T16:45",
 * "2026-11-20 16:45", met of zonder seconden (en milliseconden), met of zonder offset ("Z", "+01:00",
 * "+0100", "+01"). Zonder offset is het Amsterdamse lokale tijd. Gooit `TermijnFout` (code
 * "ONGELDIG_TIJDSTIP") bij ongeldige invoer.
 */
export function parseTijdstip(tekst: string): number {
  const invoer = tekst.trim();
  const m = TIJDSTIP.exec(invoer);
  const fout = (reden: string) =>
    new TermijnFout(
      "ONGELDIG_TIJDSTIP",
      `Ongeldig tijdstip "${tekst}": ${reden}. Gebruik bijvoorbeeld 2026-11-20 of 2026-11-20T16:45.`,
    );
  if (!m) throw fout("onbekend formaat");
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  const uur = m[4] ? Number(m[4]) : 0;
  const minuut = m[5] ? Number(m[5]) : 0;
  const seconde = m[6] ? Number(m[6]) : 0;
  const milli = m[7] ? Number(m[7].padEnd(3, "0")) : 0;
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) throw fout("die datum bestaat niet");
  if (uur > 23 || minuut > 59 || seconde > 59) throw fout("die tijd bestaat niet");
  const offsetTekst = m[8];
  if (offsetTekst === undefined) return instantVanLokaal(jaar, maand, dag, uur, minuut, seconde, milli);
  const alsUtc = dagVanDatum(jaar, maand, dag) * MS_DAG + uur * MS_UUR + minuut * MS_MINUUT + seconde * 1000 + milli;
  if (offsetTekst.toUpperCase() === "Z") return alsUtc;
  const teken = offsetTekst[0] === "-" ? -1 : 1;
  const cijfers = offsetTekst.slice(1).replace(":", "");
  const oh = Number(cijfers.slice(0, 2));
  const om = cijfers.length > 2 ? Number(cijfers.slice(2)) : 0;
  if (oh > 18 || om > 59) throw fout("ongeldige offset");
  return alsUtc - teken * (oh * MS_UUR + om * MS_MINUUT);
}

/** "08:30" → minuten sinds middernacht (0–1440); null als het formaat niet klopt. */
export function minutenVanKloktijd(tekst: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(tekst);
  if (!m) return null;
  const u = Number(m[1]);
  const mi = Number(m[2]);
  if (mi > 59 || u > 24 || (u === 24 && mi !== 0)) return null;
  return u * 60 + mi;
}

/** Minuten sinds middernacht → "08:30". */
export function kloktijdVanMinuten(minuten: number): string {
  return `${twee(Math.floor(minuten / 60))}:${twee(minuten % 60)}`;
}
