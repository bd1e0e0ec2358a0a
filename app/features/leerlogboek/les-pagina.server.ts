/**
 * The page of one lesson: what its loader shows (the lesson, its improvement actions — owners named only to
 * the regieteam —, the regieteam's choices) and what its forms do: `bewerken` (optimistic `versie`), `koppel`
 * (a klachtnummer or a pick from recent items), `ontkoppel` and `actie` (a new improvement action). Each
 * outcome is a redirect target or the answer for the form that was sent, with what was typed.
 */
import { heeft, type AppUser } from "~/platform/auth/permissions.server";
import { alleWaarden, invoerVan, type Fouten } from "~/platform/web/formulier.server";
import { isoDatum } from "~/domain/kalender/tijd";
import { now } from "~/platform/clock";
import type { Taal } from "~/platform/i18n/i18n";
import { vertaal } from "~/platform/i18n/vertaal";
import { actiesVanLes, eigenaarKeuzes, leesNieuweActie, maakVerbeteractie, magActieZien } from "../verbeteracties/verbeteracties.server";
import {
  keuzes,
  klachtOpNummer,
  koppelKeuzes,
  korteDatum,
  leesKoppeling,
  leesLes,
  lesDetail,
  lesWaarden,
  verwijderKoppeling,
  voegKoppelingToe,
  wijzigLes,
  type Koppeling,
} from "./leerlogboek.server";

/** What the page shows for lesson `id` (null: no such lesson). `?nieuw`, `?gedaan=`, `?klachten=` give notices. */
export function lesPagina(user: AppUser, id: number, zoek: URLSearchParams, oorsprong: string | null, taal: Taal = "nl") {
  const les = lesDetail(user, id, oorsprong, taal);
  if (!les) return null;
  const regieteam = heeft(user, "regieteam");
  const acties = actiesVanLes(id).map((a) => ({
    id: a.id,
    nummer: a.nummer,
    titel: a.titel,
    status: a.status,
    statusTekst: a.statusTekst,
    deadline: a.termijnOp,
    teLaat: a.teLaat,
    // The owner is named only to those who may open the action (blameless: the log names processes).
    eigenaarNaam: regieteam ? a.eigenaarNaam : null,
    magOpenen: magActieZien(user, a.eigenaarId),
  }));
  return {
    les: { ...les, datum: korteDatum(les.aangemaaktOp) },
    acties,
    regieteam,
    keuzes: regieteam ? keuzes() : null,
    koppelKeuzes: regieteam ? koppelKeuzes(now(), taal) : null,
    eigenaren: regieteam ? eigenaarKeuzes() : [],
    vandaag: isoDatum(now()),
    nieuw: zoek.has("nieuw"),
    klachtenVerder: zoek.get("klachten")?.split(",").filter(Boolean) ?? [],
    gedaan: zoek.get("gedaan"),
  };
}

/** The answer to a form on the lesson page that was not carried out (`normen` is the list of checked norms). */
export type LesAntwoord = { intent: string; fouten: Fouten; melding: string | null; invoer: Record<string, string | string[]> };

export type LesUitkomst = { ok: true; naar: string } | { ok: false; status: number; antwoord: LesAntwoord };

function naarLes(id: number, gedaan: string, klachtenVerder: string[] = []): LesUitkomst {
  const q = new URLSearchParams({ gedaan });
  if (klachtenVerder.length) q.set("klachten", klachtenVerder.join(","));
  return { ok: true, naar: `/leerlogboek/${id}?${q.toString()}` };
}

/** One form posted on lesson `id` by the regieteam, dispatched on its `intent`. */
export function voerLesFormulierUit(user: AppUser, id: number, formulier: FormData, oorsprong: string | null, taal: Taal = "nl"): LesUitkomst {
  const t = (k: string) => vertaal(taal, k);
  const tekst = invoerVan(formulier);
  const intent = tekst.intent ?? "";
  const invoer: Record<string, string | string[]> = { ...tekst };
  if (formulier.has("normen")) invoer.normen = alleWaarden(formulier, "normen");
  const fout = (status: number, fouten: Fouten, melding: string | null): LesUitkomst => ({ ok: false, status, antwoord: { intent, fouten, melding, invoer } });
  switch (intent) {
    case "bewerken": {
      const p = leesLes(lesWaarden(formulier), taal);
      if (!p.ok) return fout(400, p.fouten, null);
      const r = wijzigLes(user, id, Number(tekst.versie), p.invoer, oorsprong);
      if (!r.ok) return fout(r.reden === "verouderd" ? 409 : r.reden === "niet_gevonden" ? 404 : 400, r.fouten ?? {}, r.melding);
      return naarLes(id, "bewerkt", r.klachtenVerder);
    }
    case "koppel": {
      const nummer = (tekst.klachtnummer ?? "").trim();
      let k: Koppeling | null = tekst.keuze ? leesKoppeling(tekst.keuze) : null;
      if (nummer) {
        const kl = klachtOpNummer(nummer);
        if (!kl) return fout(400, { klachtnummer: [t("leerlogboek:fout.klachtnummer")] }, null);
        k = { soort: "klacht", ref: kl.id };
      }
      if (!k) return fout(400, { keuze: [t("leerlogboek:detail.kiesOfNummer")] }, null);
      const r = voegKoppelingToe(user, id, k, oorsprong);
      if (!r.ok) return fout(400, r.fouten ?? {}, r.fouten ? null : r.melding);
      return naarLes(id, "gekoppeld", r.klachtenVerder);
    }
    case "ontkoppel": {
      const k = leesKoppeling(tekst.koppeling ?? "");
      if (!k) return fout(400, {}, t("leerlogboek:detail.koppelingWeg"));
      const r = verwijderKoppeling(user, id, k, oorsprong);
      if (!r.ok) return fout(400, {}, r.melding);
      return naarLes(id, "ontkoppeld");
    }
    case "actie": {
      const p = leesNieuweActie(formulier);
      if (!p.ok) return fout(400, p.fouten, null);
      const r = maakVerbeteractie(user, id, p.invoer, oorsprong);
      if (!r.ok) return fout(400, r.fouten ?? {}, r.melding);
      return { ok: true, naar: `/verbeteracties/${r.id}?nieuw=1` };
    }
    default:
      return fout(400, {}, t("leerlogboek:detail.onvolledig"));
  }
}
