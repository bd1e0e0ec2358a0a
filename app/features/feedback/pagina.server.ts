/**
 * The feedback pages for the routes: passing on a compliment or suggestion (/feedback/nieuw), the regieteam's
 * triage list of suggestions (/feedback/suggesties) and its download. Labels are computed here, because
 * *.server modules are not in the browser bundle.
 */
import { invoerVan, type Invoer } from "../../platform/web/formulier.server";
import type { Tabel } from "../../platform/export/tabel";
import { KANAAL_TEKST } from "../klachten/recht";
import {
  SUGGESTIE_STATUS_TEKST,
  VOLGENDE_STATUS,
  feedbackKeuzes,
  leesFeedback,
  registreerFeedback,
  suggesties,
  triageerSuggestie,
  type Fouten,
  type Suggestie,
} from "./feedback.server";

type Actor = { id: string; naam: string };

const kanaalTekst = (kanaal: string) => KANAAL_TEKST[kanaal as keyof typeof KANAAL_TEKST] ?? kanaal;

/** The form's choices and, after a redirect (`?klaar=compliment|suggestie`), what was passed on. */
export function feedbackPagina(zoek: URLSearchParams) {
  const klaar = zoek.get("klaar");
  return { ...feedbackKeuzes(), klaar: klaar === "compliment" || klaar === "suggestie" ? klaar : null };
}

export interface FeedbackAntwoord {
  fouten: Fouten;
  invoer: Invoer;
}

/** Validates and registers a compliment or suggestion; the errors with what was typed when refused. */
export function geefFeedbackDoor(
  formulier: FormData,
  actor: Actor,
  oorsprong: string | null,
  taal: "nl" | "en" = "nl",
): { ok: true; soort: string } | { ok: false; antwoord: FeedbackAntwoord } {
  const r = leesFeedback(formulier, taal);
  if (!r.ok) return { ok: false, antwoord: { fouten: r.fouten, invoer: invoerVan(formulier) } };
  registreerFeedback({ id: actor.id, naam: actor.naam }, r.invoer, oorsprong);
  return { ok: true, soort: r.invoer.soort };
}

/** The triage list with each suggestion's status label and the steps it may take next. */
export function suggestieLijst(actor: Actor, oorsprong: string | null) {
  return suggesties({ id: actor.id, naam: actor.naam }, oorsprong).map((sg) => ({
    ...sg,
    statusTekst: SUGGESTIE_STATUS_TEKST[sg.status],
    kanaalTekst: kanaalTekst(sg.kanaal),
    volgende: VOLGENDE_STATUS[sg.status].map((st) => ({ value: st, label: SUGGESTIE_STATUS_TEKST[st] })),
  }));
}

export type SuggestieRegel = ReturnType<typeof suggestieLijst>[number];

/** The answer to a triage form: which suggestion, its errors (or none) and what was typed. */
export type TriageAntwoord = { ok: boolean; id: number; fouten: Fouten; invoer: { status: string; notitie: string } };

/** One triage step from the form (`id`, `versie`, `status`, `notitie`), version-checked by `triageerSuggestie`. */
export function triageerUitFormulier(formulier: FormData, actor: Actor, oorsprong: string | null): { status: number; antwoord: TriageAntwoord } {
  const v = invoerVan(formulier);
  const id = Number(formulier.get("id"));
  const versie = Number(formulier.get("versie"));
  const invoer = { status: v.status ?? "", notitie: v.notitie ?? "" };
  if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(versie))
    return { status: 400, antwoord: { ok: false, id: 0, fouten: { _form: ["Deze suggestie bestaat niet (meer)."] }, invoer } };
  const r = triageerSuggestie({ id: actor.id, naam: actor.naam }, id, versie, invoer, oorsprong);
  if (!r.ok) return { status: r.status ?? 400, antwoord: { ok: false, id, fouten: r.fouten, invoer } };
  return { status: 200, antwoord: { ok: true, id, fouten: {}, invoer } };
}

/** The triage list as a download table (same rows as the page; suggesties() audits reading contact details). */
export function suggestiesTabel(lijst: Suggestie[]): Tabel {
  return {
    naam: "Suggesties",
    titel: "Suggesties",
    kolommen: [
      { sleutel: "id", kop: "Nummer", soort: "getal" },
      { sleutel: "aangemaaktOp", kop: "Binnengekomen", soort: "datumtijd" },
      { sleutel: "kanaal", kop: "Kanaal" },
      { sleutel: "status", kop: "Status" },
      { sleutel: "tekst", kop: "Suggestie" },
      { sleutel: "vanNaam", kop: "Inwoner" },
      { sleutel: "vanContact", kop: "Contact" },
      { sleutel: "doorNaam", kop: "Doorgegeven door" },
      { sleutel: "triageNotitie", kop: "Notitie" },
    ],
    rijen: lijst.map((s) => ({
      id: s.id,
      aangemaaktOp: s.aangemaaktOp,
      kanaal: kanaalTekst(s.kanaal),
      status: SUGGESTIE_STATUS_TEKST[s.status],
      tekst: s.tekst,
      vanNaam: s.vanNaam,
      vanContact: s.vanContact,
      doorNaam: s.doorNaam,
      triageNotitie: s.triageNotitie,
    })),
  };
}
