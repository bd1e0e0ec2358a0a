/**
 * The route-facing mechanics the callback and handover pages share, so their loaders and actions are one call:
 * - a detail page is found, not found, or refused (with the audit action and the text the route's `weiger` uses);
 * - a form ends in a redirect or in an answer for the form that was sent (`verder` / `antwoord`);
 * - a step form (`intent` + `versie`, see app/platform/ui/stapformulier.tsx) is checked for completeness once,
 *   and a step's refusal becomes { intent, fouten, melding, invoer } — or a `geweigerd` the route audits.
 * Shared mechanics: the callback and handover pages use it, and any detail page with step forms can.
 */
import type { Fouten, Invoer } from "./formulier.server";
import type { Taal } from "../i18n/i18n";
import { vertaal } from "../i18n/vertaal";

/** A detail page's data, or why there is none. `geweigerd` carries what the route passes to `weiger`. */
export type PaginaToegang<T> =
  | { soort: "ok"; data: T }
  | { soort: "niet_gevonden" }
  | { soort: "geweigerd"; actie: string; melding: string };

/** How a form's action ends: go on to another page, or answer the form (status and body for `data`). */
export type Afhandeling<A> = { soort: "verder"; naar: string } | { soort: "antwoord"; antwoord: A; status: number };

/** What a step form gets back when it did not go through: its own errors and message, and what was typed. */
export interface StapAntwoord {
  intent: string;
  fouten: Fouten;
  melding: string | null;
  invoer: Invoer;
}

/** A step form's outcome; `geweigerd` is a refusal the route audits with `weiger(user, context, actie, id)`. */
export type StapUitkomst = Afhandeling<StapAntwoord> | { soort: "geweigerd"; actie: string };

export const ONVOLLEDIG = "Dit formulier is onvolledig. Laad de pagina opnieuw.";

/**
 * Checks a step form's `intent` (one of `intents`) and `versie` (an integer) and hands both to `voerUit`;
 * an incomplete form is answered with 400 and the "onvolledig" message.
 */
export function stapFormulier<I extends string>(
  invoer: Invoer,
  intents: readonly I[],
  voerUit: (intent: I, versie: number) => StapUitkomst,
  taal: Taal = "nl",
): StapUitkomst {
  const intent = invoer.intent as I;
  const versie = Number(invoer.versie);
  if (!Number.isInteger(versie) || !intents.includes(intent)) {
    const melding = taal === "nl" ? ONVOLLEDIG : vertaal(taal, "engine:weigering.onvolledig");
    return { soort: "antwoord", antwoord: { intent, fouten: {}, melding, invoer }, status: 400 };
  }
  return voerUit(intent, versie);
}

/** A step that did not go through: refused and audited when `weigerActie` is given, else answered to its form. */
export function stapAfgewezen(
  intent: string,
  invoer: Invoer,
  r: { fouten: Fouten; melding: string | null; status: number },
  weigerActie: string | null = null,
): StapUitkomst {
  if (weigerActie) return { soort: "geweigerd", actie: weigerActie };
  return { soort: "antwoord", antwoord: { intent, fouten: r.fouten, melding: r.melding, invoer }, status: r.status };
}

/** The "done" message for `?gedaan=<stap>` from the page's own table; null for anything else. */
export function gedaanMelding(zoek: URLSearchParams, teksten: Readonly<Record<string, string>>): string | null {
  const gedaan = zoek.get("gedaan");
  return gedaan && Object.hasOwn(teksten, gedaan) ? teksten[gedaan]! : null;
}
