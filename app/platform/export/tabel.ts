/**
 * Tabellen voor export (CSV en XLSX). Puur: geen server-imports, dus ook bruikbaar in tests en op de client.
 *
 * - `veiligeTekst` neutraliseert spreadsheet-formule-injectie (OWASP "CSV injection"): tekst die (eventueel na
 *   witruimte) begint met = + - @ of met TAB/CR, of met de full-width varianten ＝＋－＠, krijgt een apostrof
 *   ervoor. Getallen blijven getallen.
 * - `naarCsv` schrijft het CSV-dialect dat Nederlandse Excel zonder importwizard opent: UTF-8 met BOM,
 *   puntkomma als scheidingsteken, decimale komma, RFC 4180-quoting, CRLF. Zie docs/decisions/005-exports.md.
 */
import { lokaleDelen } from "../../domain/kalender/tijd";

export type Celwaarde = string | number | boolean | null | undefined;

export type KolomSoort = "tekst" | "getal" | "percentage" | "datum" | "datumtijd";

export interface Kolom {
  sleutel: string;
  kop: string;
  /** percentage: waarde is een fractie 0..1; datum/datumtijd: epoch ms (weergegeven in Europe/Amsterdam). */
  soort?: KolomSoort;
}

export interface Tabel {
  /** Bladnaam in XLSX (≤ 31 tekens, geen []:*?/\ — wordt anders opgeschoond). */
  naam: string;
  titel?: string;
  kolommen: Kolom[];
  rijen: Record<string, Celwaarde>[];
}

/** Tekens waarmee een spreadsheet een cel als formule (of DDE-commando) kan opvatten. */
const GEVAARLIJK_BEGIN = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Neutraliseert formule-injectie: gevaarlijke tekst krijgt een apostrof ervoor; andere tekst blijft gelijk. */
export function veiligeTekst(s: string): string {
  if (s.length === 0) return s;
  const eerste = s.charCodeAt(0);
  if (eerste === 0x09 || eerste === 0x0d || GEVAARLIJK_BEGIN.test(s)) return "'" + s;
  return s;
}

function twee(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** "23-11-2026" (Amsterdam). */
export function csvDatum(t: number): string {
  const d = lokaleDelen(t);
  return `${twee(d.dag)}-${twee(d.maand)}-${d.jaar}`;
}

/** "23-11-2026 17:05" (Amsterdam). */
export function csvDatumTijd(t: number): string {
  const d = lokaleDelen(t);
  return `${twee(d.dag)}-${twee(d.maand)}-${d.jaar} ${twee(d.uur)}:${twee(d.minuut)}`;
}

/** Getal met decimale komma, zonder duizendtallen (Nederlandse Excel leest het als getal). */
function csvGetal(n: number): string {
  if (!Number.isFinite(n)) return "";
  const afgerond = Math.round(n * 1e6) / 1e6;
  return String(afgerond).replace(".", ",");
}

/** De tekst van één cel in CSV, vóór quoting. Tekst wordt altijd door `veiligeTekst` gehaald. */
export function celTekst(waarde: Celwaarde, soort: KolomSoort = "tekst"): string {
  if (waarde === null || waarde === undefined) return "";
  if (typeof waarde === "boolean") return waarde ? "ja" : "nee";
  if (typeof waarde === "number") {
    if (!Number.isFinite(waarde)) return "";
    switch (soort) {
      case "datum":
        return csvDatum(waarde);
      case "datumtijd":
        return csvDatumTijd(waarde);
      case "percentage":
        return csvGetal(waarde * 100) + "%";
      default:
        return csvGetal(waarde);
    }
  }
  return veiligeTekst(waarde);
}

function quote(veld: string): string {
  return /[;"\r\n]/.test(veld) ? `"${veld.replace(/"/g, '""')}"` : veld;
}

function regel(velden: string[]): string {
  return velden.map(quote).join(";");
}

/**
 * CSV van één of meer tabellen. Bij meer tabellen staat vóór elke tabel een regel met de titel (of naam) en
 * tussen tabellen een lege regel.
 */
export function naarCsv(tabellen: Tabel[]): string {
  const meer = tabellen.length > 1;
  const blokken = tabellen.map((t) => {
    const regels: string[] = [];
    if (meer) regels.push(regel([veiligeTekst(t.titel ?? t.naam)]));
    regels.push(regel(t.kolommen.map((k) => veiligeTekst(k.kop))));
    for (const rij of t.rijen) regels.push(regel(t.kolommen.map((k) => celTekst(rij[k.sleutel], k.soort))));
    return regels.join("\r\n") + "\r\n";
  });
  return "\uFEFF" + blokken.join("\r\n");
}

/** Bladnaam die Excel accepteert: zonder []:*?/\, niet leeg, niet met een apostrof aan begin/eind, ≤ 31 tekens. */
export function veiligeBladnaam(naam: string): string {
  let s = naam.replace(/[[\]:*?/\\\u0000-\u001f]/g, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.length > 31) s = s.slice(0, 31).trim();
  return s || "Blad";
}

/** Harde bovengrens van het aantal rijen per geëxporteerde tabel. */
export const EXPORT_LIMIET = 50_000;

/**
 * Kapt een tabel af op `limiet` rijen. Haal in de query `limiet + 1` rijen op: zijn het er meer, dan komt er
 * een laatste rij bij die zegt dat de export is afgekapt (`tekst` geeft die melding in een andere taal).
 */
export function begrens(
  tabel: Tabel,
  limiet: number = EXPORT_LIMIET,
  tekst?: (limiet: number) => string,
): { tabel: Tabel; afgekapt: boolean; aantal: number } {
  if (tabel.rijen.length <= limiet) return { tabel, afgekapt: false, aantal: tabel.rijen.length };
  const eerste = tabel.kolommen[0]?.sleutel ?? "melding";
  const melding = tekst ? tekst(limiet) : `Export afgekapt: alleen de eerste ${limiet.toLocaleString("nl-NL")} rijen. Verfijn de filters voor de rest.`;
  return {
    tabel: { ...tabel, rijen: [...tabel.rijen.slice(0, limiet), { [eerste]: melding }] },
    afgekapt: true,
    aantal: limiet,
  };
}
