/**
 * The page /beheer/kalender: what its loader shows and what its action does with a posted form. The route only
 * asks who is there and reads the form; the year, the intent dispatch and the result mapping live here.
 */
import type { AppLoadContext } from "@remix-run/node";
import { lokaleDelen } from "../../domain/kalender/tijd";
import { now } from "../../platform/clock";
import type { Invoer } from "../../platform/web/formulier.server";
import {
  kalenderOverzicht,
  MAX_JAAR,
  MIN_JAAR,
  verwijderKalenderDag,
  voegGelijkgesteldeDagToe,
  voegOrganisatieDagToe,
  wijzigOpeningstijden,
  wijzigVrijeDagen,
  type Fouten,
  type Resultaat,
} from "./beheer.server";
import { origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";

/** The notices after a change (?ok=), handvest:kalenderOk.* */
const OK_CODES = ["tijden", "instellingen", "dag", "gelijk", "verwijderd"] as const;
type OkCode = (typeof OK_CODES)[number];

export type KalenderIntent = "tijden" | "instellingen" | "dag" | "gelijk" | "verwijder";

/** What the action answers when a form was refused: the form that was sent shows it. */
export interface KalenderActieFout {
  intent: KalenderIntent;
  fouten: Fouten;
  melding: string;
  invoer: Record<string, string>;
}

function jaarUit(w: string | null | undefined): number {
  const j = Number(w);
  return Number.isInteger(j) && j >= MIN_JAAR && j <= MAX_JAAR ? j : lokaleDelen(now()).jaar;
}

/** The loader's data: the year from ?jaar= (this year when absent or out of range) and the ?ok= notice. */
export function kalenderPagina(url: URL, taal: Taal = "nl") {
  const ok = url.searchParams.get("ok");
  return {
    minJaar: MIN_JAAR,
    maxJaar: MAX_JAAR,
    overzicht: kalenderOverzicht(jaarUit(url.searchParams.get("jaar"))),
    ok: ok && (OK_CODES as readonly string[]).includes(ok) ? vertaal(taal, `handvest:kalenderOk.${ok}`) : null,
  };
}

/**
 * Carries out one posted form (field `intent`). Success gives where to go next (the year of the added day, so
 * it is in view); a refusal gives the answer for the form plus its HTTP status. An unknown intent is a 400.
 */
export function voerKalenderActieUit(
  user: AppUser,
  invoer: Invoer,
  context: AppLoadContext | undefined,
  taal: Taal = "nl",
): { naar: string } | { status: number; antwoord: KalenderActieFout } {
  const wie = { actor: { id: user.id, naam: user.naam }, oorsprong: origin(context) };
  const intent = (invoer.intent ?? "") as KalenderIntent;
  let jaar = jaarUit(invoer.jaar ?? null);
  let r: Resultaat;
  let ok: OkCode;
  switch (intent) {
    case "tijden":
      r = wijzigOpeningstijden(invoer, wie, taal);
      ok = "tijden";
      break;
    case "instellingen":
      r = wijzigVrijeDagen(invoer, wie, taal);
      ok = "instellingen";
      break;
    case "dag":
    case "gelijk":
      r = intent === "dag" ? voegOrganisatieDagToe(invoer, wie, taal) : voegGelijkgesteldeDagToe(invoer, wie, taal);
      ok = intent;
      if (r.ok && typeof invoer.datum === "string") jaar = jaarUit(invoer.datum.slice(0, 4));
      break;
    case "verwijder":
      r = verwijderKalenderDag(Number(invoer.id), wie, taal);
      ok = "verwijderd";
      break;
    default:
      throw new Response("Onbekende actie.", { status: 400, statusText: "Ongeldig verzoek" });
  }
  if (r.ok) return { naar: `/beheer/kalender?jaar=${jaar}&ok=${ok}` };
  return { status: r.status, antwoord: { intent, fouten: r.fouten, melding: r.melding, invoer: r.invoer } };
}
