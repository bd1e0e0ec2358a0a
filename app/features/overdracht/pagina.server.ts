/**
 * The handover pages in one call each for their routes: the data of "Nieuwe warme overdracht" and of one
 * overdracht, creating one, and its steps. The routes only authenticate, read the form and turn the outcome
 * into data, a redirect or a refusal.
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import type { Fouten, Invoer } from "../../platform/web/formulier.server";
import { now } from "../../platform/clock";
import type { Taal } from "../../platform/i18n/i18n";
import { datumTijdInvoer } from "../handvest/beheer.server";
import { keuzesVoorPagina, voorbeeldTermijn, type Keuze, type Keuzes } from "../terugbellen/terugbel.server";
import { collegaZoekterm, keuzesZonderMij } from "../terugbellen/pagina.server";
import { gedaanMelding, stapAfgewezen, stapFormulier, type Afhandeling, type PaginaToegang, type StapUitkomst } from "../../platform/web/stapactie.server";
import { maakOverdracht, overdrachtDetail, overdrachtStap, type OverdrachtActie, type OverdrachtDetail } from "./overdracht.server";

const ACTIES: readonly OverdrachtActie[] = ["oppakken", "weigeren", "intrekken", "opnieuw", "geinformeerd", "afronden"];

/** What the page says after a step went through (`?gedaan=<actie>`). */
const GEDAAN: Record<OverdrachtActie, string> = {
  oppakken: "U heeft de overdracht opgepakt. Informeer nu de inwoner over wie de vraag behandelt en wat er gebeurt.",
  weigeren: "U heeft de overdracht geweigerd; hij is terug bij de afzender.",
  intrekken: "De overdracht is ingetrokken.",
  opnieuw: "De overdracht is opnieuw aangeboden.",
  geinformeerd: "Vastgelegd dat de inwoner is geïnformeerd.",
  afronden: "De overdracht is afgerond.",
};

export interface OverdrachtPaginaData {
  o: OverdrachtDetail;
  /** Just offered: the page tells the sender they stay responsible until it is closed. */
  nieuw: boolean;
  gedaan: string | null;
  /** the step behind `gedaan`, so the page can word it in its own language */
  gedaanStap: string | null;
  collegas: Keuze[];
  teams: Keuze[];
  ingekort: Keuzes["ingekort"];
  /** "Now" as a datetime-local value, the default moment of "Inwoner geïnformeerd". */
  nuInvoer: string;
}

/** One handover for its detail page (the read of its context is audited), with the choices its step forms offer. */
export function overdrachtPagina(id: string, user: AppUser, oorsprong: string | null, zoek: URLSearchParams): PaginaToegang<OverdrachtPaginaData> {
  const r = overdrachtDetail(id, user, oorsprong);
  if (r.soort === "niet_gevonden") return r;
  if (r.soort === "geweigerd") {
    const melding = "U heeft geen toegang tot deze overdracht: u bent geen afzender of ontvanger en hij hoort niet bij uw team.";
    return { soort: "geweigerd", actie: "overdracht.bekijken", melding };
  }
  const gedaan = gedaanMelding(zoek, GEDAAN);
  return {
    soort: "ok",
    data: { o: r.data, nieuw: zoek.has("nieuw"), gedaan, gedaanStap: gedaan ? zoek.get("gedaan") : null, ...keuzesVoorPagina(user, collegaZoekterm(zoek)), nuInvoer: datumTijdInvoer(now()) },
  };
}

/**
 * One step form posted on a handover. A refusal because the user has no access at all is audited by the route;
 * "this step is not yours" is answered to the form (403) like any other refusal.
 */
export function voerOverdrachtStapUit(id: string, invoer: Invoer, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): StapUitkomst {
  return stapFormulier(invoer, ACTIES, (actie, versie) => {
    const r = overdrachtStap(id, versie, actie, invoer, user, oorsprong, taal);
    if (r.ok) return { soort: "verder", naar: `/overdrachten/${id}?gedaan=${actie}` };
    const geenToegang = r.status === 403 && !!r.melding?.startsWith("U heeft geen toegang");
    return stapAfgewezen(actie, invoer, r, geenToegang ? `overdracht.${actie}` : null);
  }, taal);
}

export interface NieuweOverdrachtPaginaData {
  collegas: Keuze[];
  teams: Keuze[];
  /** When the receiver must pick it up if it were offered now, in plain Dutch; the instant and now for other languages. */
  oppakken: string | null;
  oppakkenOp: number | null;
  nu: number;
}

/** "Nieuwe warme overdracht": whom it can go to, and the pick-up deadline it would get. */
export function nieuweOverdrachtPagina(user: AppUser): NieuweOverdrachtPaginaData {
  const v = voorbeeldTermijn("OVERDRACHT-OPGEPAKT");
  return { ...keuzesZonderMij(user), oppakken: v?.tekst ?? null, oppakkenOp: v?.op ?? null, nu: now() };
}

export interface NieuweOverdrachtAntwoord {
  fouten: Fouten;
  melding: string | null;
  invoer: Invoer;
}

/** Offers the handover, or answers the form with its field errors and what was typed. */
export function biedOverdrachtAan(invoer: Invoer, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): Afhandeling<NieuweOverdrachtAntwoord> {
  const r = maakOverdracht(invoer, user, oorsprong, taal);
  if (r.ok) return { soort: "verder", naar: `/overdrachten/${r.id}?nieuw=1` };
  return { soort: "antwoord", antwoord: { fouten: r.fouten, melding: r.melding ?? null, invoer }, status: 400 };
}
