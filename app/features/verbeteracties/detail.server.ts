/**
 * The detail page of one improvement action: what its loader shows (the effect measured over the chosen window,
 * the owner choices when the owner may be changed) and what its step forms do (intent and version checked, the
 * step read and carried out, the outcome as a redirect target or an answer for the form that was sent).
 */
import { isoDatum } from "~/domain/kalender/tijd";
import { now } from "~/platform/clock";
import { invoerVan, type Fouten, type Invoer } from "~/platform/web/formulier.server";
import {
  EFFECTEN,
  EFFECT_TEKST,
  EVALUATIE_VENSTERS,
  STAP_INTENTS,
  effectVoorActie,
  eigenaarKeuzes,
  leesStap,
  voerActieStapUit,
  type ActieDetail,
  type StapIntent,
} from "./verbeteracties.server";
import type { AppUser } from "~/platform/auth/permissions.server";
import type { Taal } from "~/platform/i18n/i18n";
import { vertaal } from "~/platform/i18n/vertaal";

/** What the page shows for action `d`; `?venster=3|6|12` picks the measuring window, `?nieuw`/`?gedaan=` a notice. */
export function actiePagina(d: ActieDetail, zoek: URLSearchParams) {
  const gevraagd = Number(zoek.get("venster"));
  const venster = (EVALUATIE_VENSTERS as readonly number[]).includes(gevraagd) ? gevraagd : (d.actie.vensterMaanden ?? 6);
  return {
    d,
    venster,
    meting: d.actie.gerealiseerdOp !== null ? effectVoorActie(d.actie.id, venster) : null,
    eigenaren: d.stappen.includes("WIJZIGEN") ? eigenaarKeuzes() : [],
    // Constants travel with the data: *.server modules are not in the browser bundle.
    effecten: EFFECTEN.map((e) => ({ value: e, label: EFFECT_TEKST[e] })),
    vensters: [...EVALUATIE_VENSTERS] as number[],
    vandaag: isoDatum(now()),
    nieuw: zoek.has("nieuw"),
    gedaan: zoek.get("gedaan"),
  };
}

/** The answer to a step form that was not carried out: shown at that form, with what was typed. */
export type StapAntwoord = { intent: string; fouten: Fouten; melding: string | null; invoer: Invoer };

export type StapUitkomst = { ok: true; naar: string } | { ok: false; status: number; antwoord: StapAntwoord };

/** One step form posted on action `id`: 400 incomplete/invalid, 409 stale, 403 not this user's step, 422 not now. */
export function voerStapFormulierUit(user: AppUser, id: string, formulier: FormData, oorsprong: string | null, taal: Taal = "nl"): StapUitkomst {
  const invoer = invoerVan(formulier);
  const intent = invoer.intent ?? "";
  const versie = Number(invoer.versie);
  const fout = (status: number, fouten: Fouten, melding: string | null): StapUitkomst => ({ ok: false, status, antwoord: { intent, fouten, melding, invoer } });
  if (!Number.isInteger(versie) || !(STAP_INTENTS as readonly string[]).includes(intent)) {
    return fout(400, {}, vertaal(taal, "leerlogboek:actie.onvolledig"));
  }
  const stap = leesStap(id, intent as StapIntent, formulier, now(), taal);
  if (!stap.ok) return fout(400, stap.fouten, null);
  const r = voerActieStapUit(user, id, versie, stap.event, oorsprong, taal);
  if (r.ok) return { ok: true, naar: `/verbeteracties/${id}?gedaan=${intent}` };
  return fout(r.reden === "verouderd" ? 409 : r.reden === "geweigerd" ? 403 : 422, r.fouten ?? {}, r.melding);
}
