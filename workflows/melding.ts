/**
 * A dictionary key with values, as the machines answer a refusal: `ns:key?naam=waarde` (the app words it in the page's
 * language with vertaalMelding, app/platform/i18n/vertaal.ts; the machines stay free of the app and its dictionaries).
 */
export function melding(sleutel: string, waarden: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(Object.entries(waarden).map(([k, v]) => [k, String(v)])).toString();
  return q ? `${sleutel}?${q}` : sleutel;
}
