/**
 * The klacht dossier page (/klachten/:id) for the route: what the page shows (the dossier with the lists its
 * step forms need) and what one of its forms does (a note or one workflow step, version-checked). The route
 * only checks who is asking, reads the form and answers with this module's result.
 */
import { heeft, type AppUser } from "../../platform/auth/permissions.server";
import { alleWaarden, invoerVan, type Invoer } from "../../platform/web/formulier.server";
import { lessenVoorKlacht } from "../leerlogboek/leerlogboek.server";
import { berichtenVoorAfspraak } from "../berichten/berichten.server";
import { klachtDossier, keuzelijsten, notitieToevoegen, ombudsmanInstelling, voerStapUit, weigeringInTaal } from "./klachten.server";
import { leesStap, STAP_INTENTS, type Fouten, type StapIntent } from "./formulieren.server";
import { vertaal } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";

/** The notice after a step (`?gedaan=<intent>`, klachten:gedaan.*); other steps get the general text. */
const GEDAAN = ["notitie", "ONTVANGST_BEVESTIGEN", "BERICHT_9_8_VERSTUURD", "VERDAGINGSBERICHT", "AFHANDELEN"];

function isStapIntent(intent: string): intent is StapIntent {
  return (STAP_INTENTS as readonly string[]).includes(intent);
}

/** Statuses after the decision, in which the regieteam records a lesson in the leerlogboek (issue 6). */
const LES_STATUSSEN = ["afgehandeld", "informeel_opgelost", "les", "gesloten"];

/**
 * Everything the dossier page shows; `undefined` when there is no such klacht, `null` when the user has no
 * access (the route refuses). Reading the dossier is audited by `klachtDossier`.
 */
export function dossierPagina(id: string, user: AppUser, zoek: URLSearchParams, oorsprong: string | null, taal: Taal = "nl") {
  const d = klachtDossier(id, user, oorsprong, taal);
  if (!d) return undefined;
  if (!d.toegang) return null;
  const gedaan = zoek.get("gedaan");
  return {
    // only the steps this page has a form for (a workflow event without one, e.g. a withdrawal by the
    // complainant on the status page, is not offered here: its form could never be accepted)
    d: { ...d, acties: d.acties.filter(isStapIntent) },
    nieuw: zoek.has("nieuw"),
    gedaan: gedaan ? vertaal(taal, `klachten:gedaan.${GEDAAN.includes(gedaan) ? gedaan : "stap"}`) : null,
    medewerkers: keuzelijsten().medewerkers,
    ombudsman: ombudsmanInstelling(),
    leerlogboek: heeft(user, "regieteam") ? { lessen: lessenVoorKlacht(id), kanVastleggen: LES_STATUSSEN.includes(d.status) } : null,
    berichten: berichtenVoorAfspraak(id), // messages to the complainant with their delivery state (issue 13)
  };
}

export type DossierPagina = NonNullable<ReturnType<typeof dossierPagina>>;
export type Dossier = DossierPagina["d"];

/** What a refused form gets back: its own errors and message, and what was typed (`normen` is repeated). */
export interface DossierAntwoord {
  intent: string;
  fouten: Fouten;
  melding: string | null;
  invoer: Invoer;
  normen: string[];
}

export type DossierUitkomst = { ok: true; gedaan: string } | { ok: false; status: 400 | 409 | 422; antwoord: DossierAntwoord };

/**
 * One form of the dossier page: `intent=notitie` adds a note, any other intent is a workflow step at the
 * `versie` the page was loaded with. A stale version answers 409, a step the law does not allow now 422.
 */
export function verwerkDossierFormulier(
  id: string,
  formulier: FormData,
  actor: { id: string; naam: string },
  oorsprong: string | null,
  taal: Taal = "nl",
): DossierUitkomst {
  const invoer = invoerVan(formulier);
  const intent = invoer.intent ?? "";
  const antwoord = (fouten: Fouten, melding: string | null): DossierAntwoord => ({ intent, fouten, melding, invoer, normen: alleWaarden(formulier, "normen") });
  if (intent === "notitie") {
    const tekst = (invoer.tekst ?? "").trim();
    if (!tekst) return { ok: false, status: 400, antwoord: antwoord({ notitie: [vertaal(taal, "klachten:stapFout.notitie")] }, null) };
    notitieToevoegen(id, tekst, actor, oorsprong);
    return { ok: true, gedaan: intent };
  }
  const versie = Number(formulier.get("versie"));
  if (!Number.isInteger(versie) || !isStapIntent(intent)) return { ok: false, status: 400, antwoord: antwoord({}, vertaal(taal, "klachten:stapFout.onvolledig")) };
  const stap = leesStap(id, intent, formulier, taal);
  if (!stap.ok) return { ok: false, status: 400, antwoord: antwoord(stap.fouten, null) };
  const r = voerStapUit(id, versie, stap.event, { id: actor.id, naam: actor.naam }, oorsprong);
  if (r.ok) return { ok: true, gedaan: intent };
  // the runtime words a refusal in Dutch; in English the law's reason is worded again (a stale version in general)
  const melding = taal === "nl" ? r.melding : r.reden === "verouderd" ? vertaal(taal, "klachten:stapFout.verouderd") : weigeringInTaal(id, stap.event, r.melding, taal);
  return { ok: false, status: r.reden === "verouderd" ? 409 : 422, antwoord: antwoord({}, melding) };
}
