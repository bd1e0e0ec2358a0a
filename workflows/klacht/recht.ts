/**
 * Awb hoofdstuk 9 as pure data and functions, shared by the klacht machine (workflows/klacht/machine.ts), the
 * server module and the pages (re-exported from app/features/klachten/recht). No imports: usable everywhere.
 */

/** The channels a complaint can come in through (glossary "kanaal"). */
export const KLACHT_KANALEN = ["telefoon", "e-mail", "balie", "website", "post", "sociale media", "chat", "webformulier"] as const;
export type KlachtKanaal = (typeof KLACHT_KANALEN)[number];
export const KANAAL_TEKST: Record<KlachtKanaal, string> = {
  telefoon: "Telefoon",
  "e-mail": "E-mail",
  balie: "Balie",
  website: "Website / formulier",
  post: "Post",
  "sociale media": "Sociale media",
  chat: "Chat / WhatsApp",
  webformulier: "Webformulier (door de inwoner zelf)",
};

/** Awb 9:8 lid 1 a–f and lid 2: grounds not to handle a complaint. */
export const GRONDEN_9_8 = ["a", "b", "c", "d", "e", "f", "lid2"] as const;
export type Grond98 = (typeof GRONDEN_9_8)[number];
export const GROND_TEKST: Record<Grond98, string> = {
  a: "9:8 lid 1 a — de gedraging is al eerder als klacht behandeld (afdeling 9.1.2)",
  b: "9:8 lid 1 b — de gedraging vond meer dan een jaar vóór het indienen van de klacht plaats",
  c: "9:8 lid 1 c — tegen de gedraging stond of staat bezwaar open",
  d: "9:8 lid 1 d — tegen de gedraging staat of stond beroep open (behalve niet tijdig beslissen)",
  e: "9:8 lid 1 e — de gedraging ligt of lag ter beoordeling voor bij een (niet-bestuurs)rechter",
  f: "9:8 lid 1 f — er loopt een strafrechtelijk onderzoek of vervolging over de gedraging",
  lid2: "9:8 lid 2 — het belang van de klager of het gewicht van de gedraging is kennelijk onvoldoende",
};

/** Awb 9:10 lid 2: the legal reasons not to hear the klager. */
export const HOREN_OVERSLAAN_REDENEN = ["kennelijk_ongegrond", "afgezien", "geen_reactie"] as const;
export type HorenOverslaanReden = (typeof HOREN_OVERSLAAN_REDENEN)[number];
export const HOREN_OVERSLAAN_TEKST: Record<HorenOverslaanReden, string> = {
  kennelijk_ongegrond: "De klacht is kennelijk ongegrond (9:10 lid 2 a)",
  afgezien: "De klager heeft verklaard geen gebruik te maken van het recht te worden gehoord (9:10 lid 2 b)",
  geen_reactie: "De klager heeft niet binnen de gestelde redelijke termijn verklaard te willen worden gehoord (9:10 lid 2 c)",
};

export const OORDELEN = ["gegrond", "deels_gegrond", "ongegrond", "geen_oordeel"] as const;
export type Oordeel = (typeof OORDELEN)[number];
export const OORDEEL_TEKST: Record<Oordeel, string> = {
  gegrond: "Gegrond",
  deels_gegrond: "Deels gegrond",
  ongegrond: "Ongegrond",
  geen_oordeel: "Geen oordeel",
};

/** The 22 behoorlijkheidsnormen of the Nationale ombudsman, in 4 groups (domain.md §2). */
export const BEHOORLIJKHEIDSNORMEN: readonly { nr: number; naam: string; groep: string }[] = [
  { nr: 1, naam: "Transparant", groep: "Open en duidelijk" },
  { nr: 2, naam: "Goede informatieverstrekking", groep: "Open en duidelijk" },
  { nr: 3, naam: "Luisteren naar de burger", groep: "Open en duidelijk" },
  { nr: 4, naam: "Goede motivering", groep: "Open en duidelijk" },
  { nr: 5, naam: "Respecteren van grondrechten", groep: "Respectvol" },
  { nr: 6, naam: "Bevorderen van actieve deelname door de burger", groep: "Respectvol" },
  { nr: 7, naam: "Fatsoenlijke bejegening", groep: "Respectvol" },
  { nr: 8, naam: "Fair play", groep: "Respectvol" },
  { nr: 9, naam: "Evenredigheid", groep: "Respectvol" },
  { nr: 10, naam: "Bijzondere zorg", groep: "Respectvol" },
  { nr: 11, naam: "Maatwerk", groep: "Betrokken en oplossingsgericht" },
  { nr: 12, naam: "Samenwerking", groep: "Betrokken en oplossingsgericht" },
  { nr: 13, naam: "Coulante opstelling", groep: "Betrokken en oplossingsgericht" },
  { nr: 14, naam: "Voortvarendheid", groep: "Betrokken en oplossingsgericht" },
  { nr: 15, naam: "De-escalatie", groep: "Betrokken en oplossingsgericht" },
  { nr: 16, naam: "Integriteit", groep: "Eerlijk en betrouwbaar" },
  { nr: 17, naam: "Betrouwbaarheid", groep: "Eerlijk en betrouwbaar" },
  { nr: 18, naam: "Onpartijdigheid", groep: "Eerlijk en betrouwbaar" },
  { nr: 19, naam: "Redelijkheid", groep: "Eerlijk en betrouwbaar" },
  { nr: 20, naam: "Goede voorbereiding", groep: "Eerlijk en betrouwbaar" },
  { nr: 21, naam: "Goede organisatie", groep: "Eerlijk en betrouwbaar" },
  { nr: 22, naam: "Professionaliteit", groep: "Eerlijk en betrouwbaar" },
];
export const NORM_GROEPEN = ["Open en duidelijk", "Respectvol", "Betrokken en oplossingsgericht", "Eerlijk en betrouwbaar"] as const;

export function normNaam(nr: number): string {
  return BEHOORLIJKHEIDSNORMEN.find((n) => n.nr === nr)?.naam ?? `Norm ${nr}`;
}

/** 9:11 lid 2: verdaging ten hoogste 4 weken. */
export const MAX_VERDAGING_WEKEN = 4;
/** 9:11 lid 1: 6 weken, of 10 weken met een klachtadviescommissie (afdeling 9.1.3). */
export function afhandelWeken(klachtadviescommissie: boolean): 6 | 10 {
  return klachtadviescommissie ? 10 : 6;
}

// ------------------------------------------------------------------------------------------------ dates

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDatum(s: string | null | undefined): s is string {
  if (!s) return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mnd < 1 || mnd > 12 || d < 1) return false;
  return d <= dagenInMaand(j, mnd);
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The same calendar date one year earlier (29 February → 28 February). */
export function eenJaarEerder(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Geen datum: ${iso}`);
  const jaar = Number(m[1]) - 1;
  const maand = Number(m[2]);
  const dag = Math.min(Number(m[3]), dagenInMaand(jaar, maand));
  return `${jaar}-${pad(maand)}-${pad(dag)}`;
}

export function nlDatum(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}`;
}

export interface EenJaarToets {
  /** Whether the conduct took place MORE than one year before the complaint was filed (9:8 lid 1 b). */
  verstreken: boolean;
  /** Conduct on or after this date is within the year. */
  grens: string;
  uitleg: string;
}

/**
 * 9:8 lid 1 b: the conduct took place more than one year before the complaint was filed. Both dates are local
 * calendar dates (YYYY-MM-DD). Conduct exactly one year before the filing date is NOT more than a year.
 */
export function eenJaarToets(gedragingDatum: string, ontvangenDatum: string): EenJaarToets {
  const grens = eenJaarEerder(ontvangenDatum);
  const verstreken = gedragingDatum < grens;
  const uitleg = verstreken
    ? `De gedraging (${nlDatum(gedragingDatum)}) ligt meer dan een jaar vóór de ontvangst (${nlDatum(ontvangenDatum)}); de grens is ${nlDatum(grens)}. Grond 9:8 lid 1 b kan worden gebruikt.`
    : `De gedraging (${nlDatum(gedragingDatum)}) ligt niet meer dan een jaar vóór de ontvangst (${nlDatum(ontvangenDatum)}); de grens is ${nlDatum(grens)}. Grond 9:8 lid 1 b is niet van toepassing.`;
  return { verstreken, grens, uitleg };
}

// ------------------------------------------------------------------------------------------------ retention

/** Selectielijst gemeenten 2020, procestype 13 "Geschillen behandelen" (domain.md §7). */
export const BEWAARKLASSEN = ["afgehandeld", "afgehandeld_ombudsman", "niet_in_behandeling", "afgebroken"] as const;
export type Bewaarklasse = (typeof BEWAARKLASSEN)[number];
export const BEWAARJAREN: Record<Bewaarklasse, number> = {
  afgehandeld: 5,
  afgehandeld_ombudsman: 10,
  niet_in_behandeling: 1,
  afgebroken: 1,
};
export const BEWAARKLASSE_TEKST: Record<Bewaarklasse, string> = {
  afgehandeld: "Afgehandeld (Selectielijst 2020, procestype 13): vernietigen na 5 jaar",
  afgehandeld_ombudsman: "Afgehandeld via de ombudsman (Selectielijst 2020, procestype 13): vernietigen na 10 jaar",
  niet_in_behandeling: "Niet in behandeling genomen (Selectielijst 2020, procestype 13): vernietigen na 1 jaar",
  afgebroken: "Afgebroken (Selectielijst 2020, procestype 13): vernietigen na 1 jaar",
};

/** The destruction date: the same calendar date N years after the closing date (29 Feb → 28 Feb). */
export function vernietigingsdatum(klasse: Bewaarklasse, afgeslotenDatum: string): string {
  let d = afgeslotenDatum;
  const m = ISO.exec(afgeslotenDatum);
  if (!m) throw new Error(`Geen datum: ${afgeslotenDatum}`);
  const jaar = Number(m[1]) + BEWAARJAREN[klasse];
  const maand = Number(m[2]);
  d = `${jaar}-${pad(maand)}-${pad(Math.min(Number(m[3]), dagenInMaand(jaar, maand)))}`;
  return d;
}
