/**
 * Nederlandse feestdagen voor elk jaar 1900–2200, zonder externe gegevens.
 *
 * Pasen volgt het anonieme Gregoriaanse algoritme (Meeus/Jones/Butcher); de overige christelijke
 * feestdagen liggen vast ten opzichte van Pasen. Koningsdag: 27 april, of 26 april als de 27e een
 * zondag is (KB 30 januari 2013). Die regel wordt voor alle jaren gebruikt (vóór 2014 was het
 * Koninginnedag — historische termijnen rekent deze app niet).
 */
import { dagVanDatum, isoDatumVanDag, weekdagVanDag } from "./tijd";

export const FEESTDAG_CODES = [
  "nieuwjaarsdag",
  "goedeVrijdag",
  "eerstePaasdag",
  "tweedePaasdag",
  "koningsdag",
  "bevrijdingsdag",
  "hemelvaartsdag",
  "eerstePinksterdag",
  "tweedePinksterdag",
  "eersteKerstdag",
  "tweedeKerstdag",
] as const;
export type FeestdagCode = (typeof FEESTDAG_CODES)[number];

export const FEESTDAG_NAMEN: Readonly<Record<FeestdagCode, string>> = {
  nieuwjaarsdag: "Nieuwjaarsdag",
  goedeVrijdag: "Goede Vrijdag",
  eerstePaasdag: "Eerste Paasdag",
  tweedePaasdag: "Tweede Paasdag",
  koningsdag: "Koningsdag",
  bevrijdingsdag: "Bevrijdingsdag",
  hemelvaartsdag: "Hemelvaartsdag",
  eerstePinksterdag: "Eerste Pinksterdag",
  tweedePinksterdag: "Tweede Pinksterdag",
  eersteKerstdag: "Eerste Kerstdag",
  tweedeKerstdag: "Tweede Kerstdag",
};

/** The English names, for a staff member who chose English (also the `handvest:feestdag` keys of app/locales/en). */
export const FEESTDAG_NAMEN_EN: Readonly<Record<FeestdagCode, string>> = {
  nieuwjaarsdag: "New Year's Day",
  goedeVrijdag: "Good Friday",
  eerstePaasdag: "Easter Sunday",
  tweedePaasdag: "Easter Monday",
  koningsdag: "King's Day",
  bevrijdingsdag: "Liberation Day",
  hemelvaartsdag: "Ascension Day",
  eerstePinksterdag: "Whit Sunday",
  tweedePinksterdag: "Whit Monday",
  eersteKerstdag: "Christmas Day",
  tweedeKerstdag: "Boxing Day",
};

/** Dutch name → code (calendars store a holiday's Dutch name as the reason a day is free). */
export const FEESTDAG_CODE_VAN_NAAM: ReadonlyMap<string, FeestdagCode> = new Map(
  Object.entries(FEESTDAG_NAMEN).map(([code, naam]) => [naam, code as FeestdagCode]),
);

export interface Feestdag {
  code: FeestdagCode;
  naam: string;
  /** ISO-datum "JJJJ-MM-DD" */
  datum: string;
  /** dagindex (dagen sinds 1970-01-01) */
  dagIndex: number;
}

/** Paaszondag (anoniem Gregoriaans algoritme, Meeus/Jones/Butcher). */
export function paasdatum(jaar: number): { maand: number; dag: number } {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { maand: Math.floor(n / 31), dag: (n % 31) + 1 };
}

/** Dagindex van Koningsdag: 27 april, of 26 april als de 27e op zondag valt. */
export function koningsdagDag(jaar: number): number {
  const d27 = dagVanDatum(jaar, 4, 27);
  return weekdagVanDag(d27) === 7 ? d27 - 1 : d27;
}

/** Alle elf nationale feestdagen van een jaar, op datum gesorteerd. */
export function nederlandseFeestdagen(jaar: number): Feestdag[] {
  const p = paasdatum(jaar);
  const pasen = dagVanDatum(jaar, p.maand, p.dag);
  const lijst: [FeestdagCode, number][] = [
    ["nieuwjaarsdag", dagVanDatum(jaar, 1, 1)],
    ["goedeVrijdag", pasen - 2],
    ["eerstePaasdag", pasen],
    ["tweedePaasdag", pasen + 1],
    ["koningsdag", koningsdagDag(jaar)],
    ["bevrijdingsdag", dagVanDatum(jaar, 5, 5)],
    ["hemelvaartsdag", pasen + 39],
    ["eerstePinksterdag", pasen + 49],
    ["tweedePinksterdag", pasen + 50],
    ["eersteKerstdag", dagVanDatum(jaar, 12, 25)],
    ["tweedeKerstdag", dagVanDatum(jaar, 12, 26)],
  ];
  return lijst
    .map(([code, dagIndex]) => ({ code, naam: FEESTDAG_NAMEN[code], datum: isoDatumVanDag(dagIndex), dagIndex }))
    .sort((x, y) => x.dagIndex - y.dagIndex);
}

/**
 * De algemeen erkende feestdagen van Atw art. 3 lid 1, plus Goede Vrijdag (lid 2). Eerste Paas- en
 * Pinksterdag vallen altijd op zondag en tellen daarom ook mee (en krijgen zo hun naam in uitleg).
 * Bevrijdingsdag (5 mei) telt elk jaar.
 */
export const ATW_FEESTDAGEN: readonly FeestdagCode[] = FEESTDAG_CODES;

export interface GelijkgesteldeDag {
  /** ISO-datum "JJJJ-MM-DD" */
  datum: string;
  omschrijving: string;
}

/**
 * Bij besluit gelijkgestelde dagen (Atw art. 3 lid 3): "Besluit gelijkstelling van 2 januari 2026,
 * 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028". Dit is data: de beheerder voegt de dagen van
 * het volgende besluit toe (de database-seed gebruikt deze lijst).
 */
export const BEKENDE_GELIJKGESTELDE_DAGEN: readonly GelijkgesteldeDag[] = Object.freeze([
  { datum: "2026-01-02", omschrijving: "Vrijdag na Nieuwjaarsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2026-05-15", omschrijving: "Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2027-05-07", omschrijving: "Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2028-04-28", omschrijving: "Vrijdag na Koningsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2028-05-26", omschrijving: "Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)" },
]);
