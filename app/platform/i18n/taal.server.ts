import { TALEN, STANDAARD_TAAL, type Taal } from "./i18n";

/** The interface language: the `taal` cookie when set to a supported language, otherwise Dutch. */
export function taalVan(request: Request): Taal {
  const cookie = request.headers.get("Cookie") ?? "";
  const m = /(?:^|;\s*)taal=([a-z]{2})/.exec(cookie);
  const v = m?.[1] as Taal | undefined;
  return v && (TALEN as readonly string[]).includes(v) ? v : STANDAARD_TAAL;
}

export function taalCookie(taal: Taal): string {
  return `taal=${taal}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
