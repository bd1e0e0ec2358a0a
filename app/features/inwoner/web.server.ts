/**
 * What the public routes share: who sent the request (IP for the rate limits, origin for the audit line), the
 * headers of every status page, and turning a refused submission into a response (status 400/413/429, typed input
 * back to the form, Retry-After on a rate limit).
 */
import { data } from "@remix-run/node";
import { origin } from "../../platform/audit/audit.server";
import { weigeringHeaders } from "./beveiliging.server";
import type { Inzending } from "./intake.server";
import { taalVan } from "../../platform/i18n/taal.server";
import { foutenInTaal, inTaal, type Taal } from "./engels";

type Ctx = { clientIp?: string; requestId?: string } | undefined;

export function afzenderVan(context: unknown): { ip: string | null; oorsprong: string | null } {
  const c = context as Ctx;
  return { ip: c?.clientIp ?? null, oorsprong: origin(c) };
}

/** Status pages: never cached, never indexed, never leaking the token through a Referer. */
export const STATUS_HEADERS = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
} as const;

/** Public form pages: not cached (they carry a fresh fill-time stamp). */
export const FORMULIER_HEADERS = { "Cache-Control": "no-store" } as const;

/** The citizen's language for server messages (the language switch's cookie, else the browser's). */
export function inwonerTaal(request: Request): Taal {
  return taalVan(request) === "en" ? "en" : "nl";
}

/** A refused submission as the action's answer (the form shows it with everything typed), in the citizen's language. */
export function weigeringAntwoord(r: Extract<Inzending, { ok: false }>, request: Request) {
  const taal = inwonerTaal(request);
  return data(
    {
      fouten: foutenInTaal(r.fouten, taal),
      waarden: r.waarden,
      weigering: r.weigering ? { soort: r.weigering.soort, melding: inTaal(r.weigering.melding, taal) } : null,
      stempel: r.stempel,
    },
    { status: r.status, headers: r.weigering ? weigeringHeaders(r.weigering) : FORMULIER_HEADERS },
  );
}

/** Route `headers`: the loader's, overridden by the action's (Retry-After on a 429, no-store). */
export function samengevoegdeHeaders({ actionHeaders, loaderHeaders, errorHeaders }: { actionHeaders: Headers; loaderHeaders: Headers; errorHeaders?: Headers }): Headers {
  const h = new Headers(loaderHeaders);
  actionHeaders.forEach((v, k) => h.set(k, v));
  errorHeaders?.forEach((v, k) => h.set(k, v));
  return h;
}
