/**
 * A new lesson (regieteam): the form's prefill from its entry point (?klacht=, ?afspraak=, ?compliment=) and the
 * saving of the posted form — with the linked item and an optional klachtnummer —, errors per field with what
 * was typed.
 */
import type { AppUser } from "~/platform/auth/permissions.server";
import { invoerVan, type Fouten } from "~/platform/web/formulier.server";
import type { Taal } from "~/platform/i18n/i18n";
import { vertaal } from "~/platform/i18n/vertaal";
import { keuzes, klachtOpNummer, leesKoppeling, leesLes, lesWaarden, maakLes, voorinvulling, type Koppeling, type LesWaarden } from "./leerlogboek.server";

export function nieuweLesPagina(user: AppUser, zoek: URLSearchParams) {
  return { ...keuzes(), ...voorinvulling(user, { klacht: zoek.get("klacht"), afspraak: zoek.get("afspraak"), compliment: zoek.get("compliment") }) };
}

/** The answer to a lesson that was not saved: the typed values, the link it carried, the errors. */
export type NieuweLesAntwoord = { waarden: LesWaarden; koppeling: string; klachtnummer: string; fouten: Fouten; melding: string | null };

export type NieuweLesUitkomst = { ok: true; naar: string } | { ok: false; status: number; antwoord: NieuweLesAntwoord };

export function bewaarNieuweLes(user: AppUser, formulier: FormData, oorsprong: string | null, taal: Taal = "nl"): NieuweLesUitkomst {
  const invoer = invoerVan(formulier);
  const waarden = lesWaarden(formulier);
  const koppelingWaarde = invoer.koppeling ?? "";
  const klachtnummer = (invoer.klachtnummer ?? "").trim();
  const terug = { waarden, koppeling: koppelingWaarde, klachtnummer };
  const fouten: Fouten = {};
  const koppelingen: Koppeling[] = [];
  if (koppelingWaarde) {
    const k = leesKoppeling(koppelingWaarde);
    if (k) koppelingen.push(k);
  }
  if (klachtnummer) {
    const k = klachtOpNummer(klachtnummer);
    if (k) koppelingen.push({ soort: "klacht", ref: k.id });
    else fouten.klachtnummer = [vertaal(taal, "leerlogboek:fout.klachtnummer")];
  }
  const p = leesLes(waarden, taal);
  if (!p.ok || Object.keys(fouten).length) {
    return { ok: false, status: 400, antwoord: { ...terug, fouten: { ...(p.ok ? {} : p.fouten), ...fouten }, melding: null } };
  }
  const r = maakLes(user, p.invoer, koppelingen, oorsprong);
  if (!r.ok) return { ok: false, status: r.reden === "geweigerd" ? 403 : 400, antwoord: { ...terug, fouten: r.fouten ?? {}, melding: r.melding } };
  const q = new URLSearchParams({ nieuw: "1" });
  if (r.klachtenVerder.length) q.set("klachten", r.klachtenVerder.join(","));
  return { ok: true, naar: `/leerlogboek/${r.id}?${q.toString()}` };
}
