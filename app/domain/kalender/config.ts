/**
 * Configuratie van de twee kalenders (organisatie en Atw). Alles is data en JSON-serialiseerbaar, zodat
 * de database (tabellen openingstijden, kalender_dagen, instellingen) er één kan opleveren.
 */
import { TermijnFout } from "./fout";
import {
  BEKENDE_GELIJKGESTELDE_DAGEN,
  FEESTDAG_CODES,
  type FeestdagCode,
  type GelijkgesteldeDag,
} from "./feestdagen";
import { dagVanIso, minutenVanKloktijd } from "./tijd";

/** Kantoortijden van één weekdag, lokale tijd "UU:MM" (sluit mag "24:00" zijn). */
export interface Kantooruren {
  open: string;
  sluit: string;
}

/** ISO-weekdag: 1 = maandag … 7 = zondag. */
export type IsoWeekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Een nationale feestdag die per organisatie vrij kan zijn (Goede Vrijdag en 5 mei hebben een eigen vlag). */
export type VrijeFeestdagCode = Exclude<FeestdagCode, "goedeVrijdag" | "bevrijdingsdag">;

export interface Sluitingsdag {
  /** ISO-datum "JJJJ-MM-DD" */
  datum: string;
  omschrijving?: string;
}

export interface Deeldag {
  /** ISO-datum "JJJJ-MM-DD" */
  datum: string;
  /** Vroege sluitingstijd "UU:MM", bijv. "12:00". Is die niet later dan de opening, dan is de dag dicht. */
  sluit: string;
  omschrijving?: string;
}

export interface KalenderConfig {
  /**
   * Kantoortijden per ISO-weekdag (1 = maandag … 7 = zondag); null = gesloten. Een werkdag is een dag met
   * kantoortijd die geen vrije feestdag of sluitingsdag is.
   */
  kantooruren: Readonly<Record<IsoWeekdag, Kantooruren | null>>;
  /** Dagen waarop de organisatie de hele dag dicht is (naast de vrije feestdagen). */
  sluitingsdagen: readonly Sluitingsdag[];
  /** Dagen waarop de organisatie eerder sluit (bijv. 24 december 12:00). Op een vrije dag zonder effect. */
  deeldagen: readonly Deeldag[];
  /** 5 mei is elk jaar vrij (true, Cao Gemeenten 2023 art. 6.6) of nooit (false). */
  bevrijdingsdagVrij: boolean;
  /** Goede Vrijdag is vrij. Standaard false: voor gemeenten (Cao Gemeenten) een gewone werkdag. */
  goedeVrijdagVrij: boolean;
  /** Welke overige nationale feestdagen vrij zijn. Standaard alle. */
  vrijeFeestdagen: readonly VrijeFeestdagCode[];
  /** Bij besluit gelijkgestelde dagen (Atw art. 3 lid 3), alleen voor de Atw-kalender. */
  gelijkgesteldeDagen: readonly GelijkgesteldeDag[];
  /**
   * Atw art. 2: een termijn van ten minste drie dagen wordt zo nodig verlengd zodat er ten minste twee
   * dagen in zitten die geen zaterdag, zondag of feestdag zijn (de aanvangsdag telt niet mee). Standaard aan.
   */
  atwArtikel2: boolean;
  /**
   * Atw art. 4: de verlenging (art. 1 en 2) geldt niet voor termijnen langer dan 90 dagen of 12 weken.
   * Standaard aan. Zet uit om elke Atw-termijn te verlengen.
   */
  atwArtikel4: boolean;
}

export const ALLE_VRIJE_FEESTDAGEN: readonly VrijeFeestdagCode[] = FEESTDAG_CODES.filter(
  (c): c is VrijeFeestdagCode => c !== "goedeVrijdag" && c !== "bevrijdingsdag",
);

const KANTOOR: Kantooruren = { open: "08:30", sluit: "17:00" };

/**
 * Standaardconfiguratie: maandag–vrijdag 08:30–17:00; vrij op alle nationale feestdagen behalve Goede
 * Vrijdag; 5 mei elk jaar vrij (Cao Gemeenten 2023); geen sluitings- of deeldagen; de bekende
 * gelijkgestelde dagen; Atw art. 2 en art. 4 aan.
 */
export const STANDAARD_KALENDER_CONFIG: Readonly<KalenderConfig> = Object.freeze({
  kantooruren: Object.freeze({ 1: KANTOOR, 2: KANTOOR, 3: KANTOOR, 4: KANTOOR, 5: KANTOOR, 6: null, 7: null }),
  sluitingsdagen: [],
  deeldagen: [],
  bevrijdingsdagVrij: true,
  goedeVrijdagVrij: false,
  vrijeFeestdagen: ALLE_VRIJE_FEESTDAGEN,
  gelijkgesteldeDagen: BEKENDE_GELIJKGESTELDE_DAGEN,
  atwArtikel2: true,
  atwArtikel4: true,
});

function configFout(bericht: string): TermijnFout {
  return new TermijnFout("ONGELDIGE_CONFIG", `Ongeldige kalenderinstelling: ${bericht}`);
}

function controleerDatum(datum: unknown, waar: string): void {
  if (typeof datum !== "string") throw configFout(`${waar}: datum ontbreekt.`);
  try {
    dagVanIso(datum);
  } catch {
    throw configFout(`${waar}: "${datum}" is geen geldige datum (JJJJ-MM-DD).`);
  }
}

/**
 * Vult een gedeeltelijke configuratie aan met de standaard en controleert hem. Gooit `TermijnFout`
 * (code "ONGELDIGE_CONFIG") met een Nederlandse melding.
 */
export function normaliseerConfig(invoer: Partial<KalenderConfig> = {}): KalenderConfig {
  const c: KalenderConfig = { ...STANDAARD_KALENDER_CONFIG };
  for (const [sleutel, waarde] of Object.entries(invoer ?? {})) {
    if (waarde !== undefined) (c as unknown as Record<string, unknown>)[sleutel] = waarde;
  }
  for (const lijst of ["sluitingsdagen", "deeldagen", "gelijkgesteldeDagen", "vrijeFeestdagen"] as const) {
    if (!Array.isArray(c[lijst])) throw configFout(`${lijst} moet een lijst zijn.`);
  }
  if (typeof c.kantooruren !== "object" || c.kantooruren === null) throw configFout("kantooruren ontbreken.");
  const dagNamen = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
  let ergensOpen = false;
  for (let wd = 1 as IsoWeekdag; wd <= 7; wd = (wd + 1) as IsoWeekdag) {
    const k = c.kantooruren?.[wd];
    if (k === undefined) throw configFout(`kantoortijden voor ${dagNamen[wd]} ontbreken (gebruik null voor gesloten).`);
    if (k === null) continue;
    const open = minutenVanKloktijd(k.open);
    const sluit = minutenVanKloktijd(k.sluit);
    if (open === null || sluit === null) {
      throw configFout(`kantoortijden voor ${dagNamen[wd]} moeten de vorm UU:MM hebben.`);
    }
    if (sluit <= open) throw configFout(`op ${dagNamen[wd]} moet de sluitingstijd na de openingstijd liggen.`);
    ergensOpen = true;
  }
  if (!ergensOpen) throw configFout("de organisatie moet op ten minste één weekdag open zijn.");
  for (const s of c.sluitingsdagen) controleerDatum(s?.datum, "sluitingsdag");
  for (const d of c.deeldagen) {
    controleerDatum(d?.datum, "deeldag");
    if (minutenVanKloktijd(d.sluit) === null) throw configFout(`deeldag ${d.datum}: sluitingstijd moet UU:MM zijn.`);
  }
  for (const g of c.gelijkgesteldeDagen) controleerDatum(g?.datum, "gelijkgestelde dag");
  for (const f of c.vrijeFeestdagen) {
    if (!ALLE_VRIJE_FEESTDAGEN.includes(f)) throw configFout(`onbekende feestdag "${String(f)}".`);
  }
  for (const vlag of ["bevrijdingsdagVrij", "goedeVrijdagVrij", "atwArtikel2", "atwArtikel4"] as const) {
    if (typeof c[vlag] !== "boolean") throw configFout(`${vlag} moet true of false zijn.`);
  }
  return c;
}
