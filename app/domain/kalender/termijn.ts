/**
 * Termijnberekening volgens de semantiek van het kwaliteitshandvest (docs/deadlines.md). Alle functies
 * zijn puur: invoer en uitvoer zijn epoch-ms instants (UTC); de kalenders rekenen in Europe/Amsterdam.
 */
import { TermijnFout } from "./fout";
import type { Kalenders } from "./kalenders";
import { dagenInMaand, dagVanDatum, datumVanDag, lokaleDag } from "./tijd";

export const TERMIJN_EENHEDEN = ["minuten", "werkuren", "werkdagen", "kalenderdagen", "weken", "maanden"] as const;
export type TermijnEenheid = (typeof TERMIJN_EENHEDEN)[number];

export const KALENDER_SOORTEN = ["organisatie", "atw"] as const;
export type KalenderSoort = (typeof KALENDER_SOORTEN)[number];

/** Het rekenkundige deel van een servicenorm. */
export interface TermijnNorm {
  /** Geheel getal ≥ 0. */
  duur: number;
  eenheid: TermijnEenheid;
  kalender: KalenderSoort;
}

/** Grootste toegestane duur (in de eenheid van de norm). */
export const MAX_DUUR = 1_000_000;

const MS_MINUUT = 60_000;

function duurFout(duur: unknown): TermijnFout {
  return new TermijnFout(
    "ONGELDIGE_DUUR",
    `Ongeldige duur ${JSON.stringify(duur) ?? String(duur)}: de duur moet een geheel getal van 0 tot en met ${MAX_DUUR} zijn.`,
  );
}

function eenheidFout(eenheid: unknown): TermijnFout {
  return new TermijnFout(
    "ONBEKENDE_EENHEID",
    `Onbekende eenheid ${JSON.stringify(eenheid) ?? String(eenheid)}; kies uit ${TERMIJN_EENHEDEN.join(", ")}.`,
  );
}

function kalenderFout(kalender: unknown): TermijnFout {
  return new TermijnFout(
    "ONBEKENDE_KALENDER",
    `Onbekende kalender ${JSON.stringify(kalender) ?? String(kalender)}; kies "organisatie" of "atw".`,
  );
}

function werkurenAtwFout(): TermijnFout {
  return new TermijnFout(
    "ONGELDIGE_COMBINATIE",
    "Een termijn in werkuren kan alleen met de organisatiekalender: de Atw-kalender kent geen kantoortijden " +
      "(en de Algemene termijnenwet geldt niet voor termijnen in uren, art. 4).",
  );
}

function tijdstipFout(naam: string, waarde: unknown): TermijnFout {
  return new TermijnFout("ONGELDIG_TIJDSTIP", `Ongeldig tijdstip voor ${naam}: ${String(waarde)}.`);
}

function controleerInstant(naam: string, t: unknown): void {
  if (typeof t !== "number" || !Number.isFinite(t)) throw tijdstipFout(naam, t);
}

/**
 * Controleert een norm en gooit `TermijnFout` met een Nederlandse melding als hij ongeldig is: duur geen
 * geheel getal in 0…MAX_DUUR, onbekende eenheid of kalender, of werkuren op de Atw-kalender.
 */
export function valideerNorm(norm: unknown): asserts norm is TermijnNorm {
  if (typeof norm !== "object" || norm === null) {
    throw new TermijnFout("ONGELDIGE_DUUR", "Er is geen norm opgegeven (duur, eenheid en kalender).");
  }
  const n = norm as Record<string, unknown>;
  const duur = n.duur;
  if (typeof duur !== "number" || !Number.isInteger(duur) || duur < 0 || duur > MAX_DUUR) throw duurFout(duur);
  if (!(TERMIJN_EENHEDEN as readonly unknown[]).includes(n.eenheid)) throw eenheidFout(n.eenheid);
  if (!(KALENDER_SOORTEN as readonly unknown[]).includes(n.kalender)) throw kalenderFout(n.kalender);
  if (n.eenheid === "werkuren" && n.kalender === "atw") throw werkurenAtwFout();
}

/**
 * Het uiterste moment (epoch-ms) van een termijn die begint op `startMs`.
 *
 * - werkdagen N (organisatie): sluitingstijd van de N-de werkdag ná de startdatum (deeldag: de vroege
 *   sluiting). N = 0: sluitingstijd van de startdag als dat een werkdag is en de start vóór sluiting ligt,
 *   anders van de volgende werkdag. Op de Atw-kalender: 23:59:59 van de N-de Atw-werkdag.
 * - werkuren N (alleen organisatie): N uur kantoortijd vanaf de start, buiten kantoortijd vanaf de
 *   volgende opening; eindigt het precies bij sluiting, dan is het die sluitingstijd. N = 0: de start
 *   zelf als de organisatie open is, anders de volgende opening.
 * - minuten N: start + N × 60 s (kalendertijd), op beide kalenders.
 * - kalenderdagen/weken N, atw: 23:59:59 van de dag N dagen/weken na de startdatum, verlengd volgens
 *   Atw art. 1 (en art. 2, art. 4 als ingeschakeld in de configuratie). N = 0 met een start ná 23:59:59
 *   (de laatste seconde van de dag) schuift naar de volgende werkdag, zodat de uitkomst nooit vóór de start ligt.
 * - maanden N: als kalenderdagen tot dezelfde datum N maanden later (of de laatste dag van die maand:
 *   31 januari + 1 maand = 28/29 februari); op de Atw-kalender verlengd volgens art. 1 en 2, en niet bij
 *   meer dan drie maanden (art. 4).
 * - kalenderdagen/weken N, organisatie: sluitingstijd van die dag, of van de eerstvolgende werkdag.
 *   N = 0 zoals werkdagen 0 (na sluitingstijd: de volgende werkdag), zodat de uitkomst nooit vóór de start ligt.
 *
 * Gooit `TermijnFout` bij ongeldige invoer of een uitkomst buiten 1900–2200.
 */
export function berekenTermijn(kalenders: Kalenders, startMs: number, norm: TermijnNorm): number {
  if (typeof startMs !== "number" || startMs - startMs !== 0) throw tijdstipFout("de start", startMs);
  const n = norm.duur;
  if (!(Number.isInteger(n) && n >= 0 && n <= MAX_DUUR)) throw duurFout(n);
  const kal = norm.kalender;
  if (kal !== "organisatie" && kal !== "atw") throw kalenderFout(kal);
  switch (norm.eenheid) {
    case "werkdagen":
      return kal === "organisatie"
        ? kalenders.organisatie.werkdagenNa(startMs, n)
        : kalenders.atw.werkdagenNa(startMs, n);
    case "werkuren":
      if (kal !== "organisatie") throw werkurenAtwFout();
      return kalenders.organisatie.werkurenNa(startMs, n);
    case "kalenderdagen":
      return kal === "atw"
        ? kalenders.atw.termijnEinde(startMs, n, false)
        : kalenders.organisatie.kalenderdagenNa(startMs, n);
    case "weken":
      return kal === "atw"
        ? kalenders.atw.termijnEinde(startMs, 7 * n, true)
        : kalenders.organisatie.kalenderdagenNa(startMs, 7 * n);
    case "maanden": {
      const nDagen = dagenVoorMaanden(startMs, n);
      return kal === "atw"
        ? kalenders.atw.termijnEinde(startMs, nDagen, false, n > 3)
        : kalenders.organisatie.kalenderdagenNa(startMs, nDagen);
    }
    case "minuten":
      return startMs + n * MS_MINUUT;
    default:
      throw eenheidFout(norm.eenheid);
  }
}

/**
 * Het aantal kalenderdagen van de startdatum tot dezelfde datum `n` maanden later; bestaat die datum niet
 * (31 januari + 1 maand), dan de laatste dag van die maand (28 of 29 februari). Zo rekenen de
 * Termijnenverordening (EEG, Euratom) nr. 1182/71 art. 3 lid 2 onder c en het BW voor maanden.
 */
export function dagenVoorMaanden(startMs: number, n: number): number {
  const s = lokaleDag(startMs);
  const d = datumVanDag(s);
  const m0 = d.maand - 1 + n;
  const jaar = d.jaar + Math.floor(m0 / 12);
  const maand = (m0 % 12) + 1;
  return dagVanDatum(jaar, maand, Math.min(d.dag, dagenInMaand(jaar, maand))) - s;
}

/** Meet deze norm in werktijd (true) of in kalendertijd (false)? */
function inWerktijd(norm: TermijnNorm): boolean {
  return norm.eenheid === "werkuren" || norm.eenheid === "werkdagen";
}

function werkkalender(kalenders: Kalenders, norm: TermijnNorm) {
  return norm.kalender === "atw" ? kalenders.atw : kalenders.organisatie;
}

/**
 * Het moment waarop `pct` procent van de termijn [startMs, dueMs] verstreken is, gemeten in de eigen
 * tijdsoort van de norm: kantoortijd voor werkuren/werkdagen op de organisatiekalender, tijd binnen
 * Atw-werkdagen voor werkdagen op de Atw-kalender, en kalendertijd voor minuten, kalenderdagen en weken.
 * Afgerond naar beneden op hele ms en begrensd tot [startMs, dueMs]. pct 0 → startMs, 100 → dueMs.
 */
export function berekenWaarschuwing(
  kalenders: Kalenders,
  startMs: number,
  dueMs: number,
  norm: TermijnNorm,
  pct: number,
): number {
  controleerInstant("de start", startMs);
  controleerInstant("het uiterste moment", dueMs);
  valideerNorm(norm);
  if (typeof pct !== "number" || !Number.isFinite(pct) || pct < 0 || pct > 100) {
    throw new TermijnFout("ONGELDIG_PERCENTAGE", `Ongeldig waarschuwingspercentage ${String(pct)}: kies 0 tot en met 100.`);
  }
  if (dueMs <= startMs) return dueMs;
  if (pct === 100) return dueMs;
  let r: number;
  if (inWerktijd(norm)) {
    const kal = werkkalender(kalenders, norm);
    const totaal = kal.werktijdTussen(startMs, dueMs);
    r = kal.voegWerktijdToe(startMs, Math.floor((totaal * pct) / 100));
  } else {
    r = startMs + Math.floor(((dueMs - startMs) * pct) / 100);
  }
  return r < startMs ? startMs : r > dueMs ? dueMs : r;
}

/**
 * Verlengt een uiterste moment met een pauze [pauzeVanMs, pauzeTotMs), gemeten in de eigen tijdsoort van
 * de norm:
 * - werkuren/werkdagen (organisatie): de kantoortijd binnen de pauze wordt vanaf `dueMs` opnieuw als
 *   kantoortijd toegevoegd (een pauze buiten kantoortijd verlengt dus niets; het nieuwe moment kan
 *   midden op een werkdag liggen; eindigt het precies bij sluiting, dan is het die sluitingstijd);
 * - werkdagen (atw): idem met de tijd binnen Atw-werkdagen;
 * - minuten, kalenderdagen, weken: dueMs + (pauzeTotMs − pauzeVanMs) in ms kalendertijd, zonder opnieuw
 *   Atw art. 1 toe te passen.
 * Pauzes stapelen: twee opeenvolgende verlengingen geven hetzelfde als één met de som. Een lege pauze
 * (tot = van) verlengt niets; tot < van gooit `TermijnFout`.
 */
export function verlengMetPauze(
  kalenders: Kalenders,
  dueMs: number,
  pauzeVanMs: number,
  pauzeTotMs: number,
  norm: TermijnNorm,
): number {
  controleerInstant("het uiterste moment", dueMs);
  controleerInstant("het begin van de pauze", pauzeVanMs);
  controleerInstant("het einde van de pauze", pauzeTotMs);
  valideerNorm(norm);
  if (pauzeTotMs < pauzeVanMs) {
    throw new TermijnFout("ONGELDIGE_PAUZE", "Het einde van de pauze ligt vóór het begin.");
  }
  if (inWerktijd(norm)) {
    const kal = werkkalender(kalenders, norm);
    return kal.voegWerktijdToe(dueMs, kal.werktijdTussen(pauzeVanMs, pauzeTotMs));
  }
  return dueMs + (pauzeTotMs - pauzeVanMs);
}

/** De gepauzeerde tijd in de eigen tijdsoort van de norm (ms kantoortijd, Atw-werktijd of kalendertijd). */
export function gepauzeerdeTijd(
  kalenders: Kalenders,
  pauzeVanMs: number,
  pauzeTotMs: number,
  norm: TermijnNorm,
): number {
  controleerInstant("het begin van de pauze", pauzeVanMs);
  controleerInstant("het einde van de pauze", pauzeTotMs);
  valideerNorm(norm);
  if (pauzeTotMs <= pauzeVanMs) return 0;
  return inWerktijd(norm)
    ? werkkalender(kalenders, norm).werktijdTussen(pauzeVanMs, pauzeTotMs)
    : pauzeTotMs - pauzeVanMs;
}
