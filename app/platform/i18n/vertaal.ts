/**
 * Translating outside React: server modules that word a message for the page (field errors, notices) and the
 * routes' `meta` (the <title>). Keys are "namespace:pad.sleutel" (default namespace common), the same
 * dictionaries as t() in components, with {{naam}} interpolation. An unknown key falls back to Dutch, then to
 * the key itself, as i18next does.
 */
import { resources, STANDAARD_TAAL, type Taal } from "./i18n";

function zoek(taal: Taal, sleutel: string): string | undefined {
  const [ns, pad] = sleutel.includes(":") ? (sleutel.split(":", 2) as [string, string]) : ["common", sleutel];
  let v: unknown = (resources[taal] as Record<string, unknown>)[ns];
  for (const deel of pad.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[deel] : undefined;
  return typeof v === "string" ? v : undefined;
}

export function vertaal(taal: Taal, sleutel: string, waarden: Record<string, string | number> = {}): string {
  const tekst = zoek(taal, sleutel) ?? zoek(STANDAARD_TAAL, sleutel) ?? sleutel;
  return tekst.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in waarden ? String(waarden[k]) : m));
}

/** A `t` for one language: `const t = vertaler(taal); t("werk:team.titel")`. */
export function vertaler(taal: Taal) {
  return (sleutel: string, waarden?: Record<string, string | number>) => vertaal(taal, sleutel, waarden);
}

/** The page language from a route's `meta` matches (the root loader's `taal`). */
export function taalVanMatches(matches: readonly { id: string; data?: unknown }[]): Taal {
  const d = matches.find((m) => m.id === "root")?.data as { taal?: string } | undefined;
  return d?.taal === "en" ? "en" : "nl";
}

/**
 * The <title> of a page: its parts translated, most specific first, then the app name —
 * `paginaTitel(matches, "werk:team.titel")` → "Team – Afspraak". A part without ":" or "." is used as is.
 */
export function paginaTitel(matches: readonly { id: string; data?: unknown }[], ...delen: string[]): { title: string }[] {
  const taal = taalVanMatches(matches);
  const tekst = delen.map((d) => (/[:.]/.test(d) ? vertaal(taal, d) : d));
  return [{ title: [...tekst, "Afspraak"].join(" – ") }];
}

const SLEUTEL = /^([a-z]\w*):([\w.]+)(?:\?(.*))?$/;

const KALE_SLEUTEL = /^[a-z]\w*:[\w.]+$/;

/**
 * A message a server module wrote as a dictionary key ("afspraken:fout.naam", with values as a query:
 * "common:fout.max?max=200"), in `taal`; any other text (not yet a key) is returned as it is. A value that is
 * itself a key ("status=engine:terugbelStatus.nagekomen") is worded in `taal` too.
 */
export function vertaalMelding(taal: Taal, melding: string): string {
  const m = SLEUTEL.exec(melding);
  if (!m) return melding;
  const waarden = Object.fromEntries(
    [...new URLSearchParams(m[3] ?? "")].map(([k, v]) => [k, KALE_SLEUTEL.test(v) ? vertaal(taal, v) : v]),
  );
  return vertaal(taal, `${m[1]}:${m[2]}`, waarden);
}

/** A keyed message with values, for vertaalMelding: `melding("engine:x", { door: "Jan" })` → "engine:x?door=Jan". */
export { melding } from "../../../workflows/melding";

/** Field errors (zod or hand-made) with every keyed message in `taal`. */
export function vertaalFouten<F extends Record<string, string[] | undefined>>(fouten: F, taal: Taal): F {
  const uit: Record<string, string[] | undefined> = {};
  for (const [veld, lijst] of Object.entries(fouten)) uit[veld] = lijst?.map((x) => vertaalMelding(taal, x));
  return uit as F;
}
