/**
 * The callback pages in one call each for their routes: the data of "Nieuwe terugbelafspraak" and of one
 * terugbelafspraak, creating one, the steps on it (including turning it into a warm handover), and the
 * due-moment preview of app/routes/api.termijn-voorbeeld.ts. The routes only authenticate, read the form and
 * turn the outcome into data, a redirect or a refusal.
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import type { Invoer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { now } from "../../platform/clock";
import { zetTerugbelOmNaarOverdracht } from "../overdracht/overdracht.server";
import {
  STAP_INTENTS,
  maakTerugbelafspraak,
  medewerkerInfo,
  normKeuzes,
  teamNaam,
  terugbelDetail,
  terugbelStap,
  keuzesVoorPagina,
  toewijzingsKeuzes,
  voorbeeldTermijn,
  type Fouten,
  type Keuze,
  type Keuzes,
  type NormKeuze,
  type TerugbelDetail,
} from "./terugbel.server";
import { gedaanMelding, stapAfgewezen, stapFormulier, type Afhandeling, type PaginaToegang, type StapUitkomst } from "../../platform/web/stapactie.server";

/** What the page says after a step went through (`?gedaan=<intent>`). */
const GEDAAN: Record<string, string> = {
  poging: "De poging is vastgelegd.",
  tijdstip: "Het nieuwe tijdstip is vastgelegd. Dit telt niet als overschrijding van de termijn.",
  toewijzen: "De terugbelafspraak is toegewezen.",
  nummer: "Het telefoonnummer is gecorrigeerd.",
  niet_bereikbaar: "Vastgelegd dat de inwoner niet bereikbaar is.",
  annuleren: "De terugbelafspraak is geannuleerd.",
};

const STANDAARD_NORM = "TERUGBELLEN";

/**
 * Colleagues (without the user: nobody hands work to themselves) and teams, all of them: for the forms that make a
 * new commitment, where a search that reloads the page would lose what was typed (the type-ahead narrows it there).
 */
export function keuzesZonderMij(user: AppUser): { collegas: Keuze[]; teams: Keuze[] } {
  const { collegas, teams } = toewijzingsKeuzes();
  return { collegas: collegas.filter((c) => c.value !== `m:${user.id}`), teams };
}

/** `?collega=` of a page's colleague search (no-JavaScript path; several pickers on a page share the name). */
export function collegaZoekterm(zoek: URLSearchParams | null): string | null {
  return zoek?.getAll("collega").find((v) => v.trim().length > 0) ?? null;
}

export interface TerugbelPaginaData {
  a: TerugbelDetail;
  /** Just created: the page confirms when the citizen is called back. */
  nieuw: boolean;
  gedaan: string | null;
  /** the step behind `gedaan`, so the page can word it in its own language */
  gedaanStap: string | null;
  collegas: Keuze[];
  teams: Keuze[];
  ingekort: Keuzes["ingekort"];
}

/** One callback promise for its detail page (the read is audited), with the choices its step forms offer. */
export function terugbelPagina(id: string, user: AppUser, oorsprong: string | null, zoek: URLSearchParams): PaginaToegang<TerugbelPaginaData> {
  const r = terugbelDetail(id, user, oorsprong);
  if (r.soort === "niet_gevonden") return r;
  if (r.soort === "geweigerd") {
    const melding = "U heeft geen toegang tot deze terugbelafspraak: hij hoort niet bij uw werk of dat van uw team.";
    return { soort: "geweigerd", actie: "terugbelafspraak.bekijken", melding };
  }
  const keuzes = keuzesVoorPagina(user, collegaZoekterm(zoek), { metMij: true });
  const gedaan = gedaanMelding(zoek, GEDAAN);
  return { soort: "ok", data: { a: r.data, nieuw: zoek.has("nieuw"), gedaan, gedaanStap: gedaan ? zoek.get("gedaan") : null, ...keuzes } };
}

const INTENTS = [...STAP_INTENTS, "overdracht"] as const;

/** One step form posted on a callback: a step of its workflow, or turning it into a warm handover. */
export function voerTerugbelStapUit(id: string, invoer: Invoer, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): StapUitkomst {
  return stapFormulier(invoer, INTENTS, (intent, versie) => {
    if (intent === "overdracht") {
      const r = zetTerugbelOmNaarOverdracht(id, versie, invoer, user, oorsprong, taal);
      if (r.ok) return { soort: "verder", naar: `/overdrachten/${r.id}?nieuw=1` };
      const status = r.status ?? 400;
      return stapAfgewezen(intent, invoer, { fouten: r.fouten, melding: r.melding ?? null, status }, r.status === 403 ? "terugbelafspraak.overdracht" : null);
    }
    const r = terugbelStap(id, versie, intent, invoer, user, oorsprong, taal);
    if (r.ok) return { soort: "verder", naar: `/terugbelafspraken/${id}?gedaan=${intent}` };
    return stapAfgewezen(intent, invoer, r, r.status === 403 ? `terugbelafspraak.${intent}` : null);
  }, taal);
}

export interface NieuweTerugbelPaginaData {
  normen: NormKeuze[];
  standaardNorm: string;
  /** The default norm's due moment if the promise were made now, in plain Dutch; the instant and now for other languages. */
  voorbeeld: string | null;
  voorbeeldOp: number | null;
  nu: number;
  mijnTeam: string | null;
  collegas: Keuze[];
  teams: Keuze[];
}

/** "Nieuwe terugbelafspraak": the norms (default TERUGBELLEN), its due moment now, the user's team, the choices. */
export function nieuweTerugbelPagina(user: AppUser): NieuweTerugbelPaginaData {
  const normen = normKeuzes("terugbellen");
  const standaard = normen.find((n) => n.code === STANDAARD_NORM)?.code ?? normen[0]?.code ?? STANDAARD_NORM;
  const ik = medewerkerInfo(user.id);
  const v = voorbeeldTermijn(standaard);
  return {
    normen,
    standaardNorm: standaard,
    voorbeeld: v?.tekst ?? null,
    voorbeeldOp: v?.op ?? null,
    nu: now(),
    mijnTeam: ik?.team_id != null ? teamNaam(ik.team_id) : null,
    ...keuzesZonderMij(user),
  };
}

export interface NieuweTerugbelAntwoord {
  fouten: Fouten;
  melding: string | null;
  invoer: Invoer;
  /** The due moment of the norm that was chosen, as the form shows it again. */
  voorbeeld: string | null;
  voorbeeldOp: number | null;
  nu: number;
}

/** Creates the callback promise, or answers the form with its field errors and the chosen norm's due moment. */
export function legTerugbelafspraakVast(invoer: Invoer, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): Afhandeling<NieuweTerugbelAntwoord> {
  const r = maakTerugbelafspraak(invoer, user, oorsprong, taal);
  if (r.ok) return { soort: "verder", naar: `/terugbelafspraken/${r.id}?nieuw=1` };
  const norm = typeof invoer.norm === "string" ? invoer.norm : STANDAARD_NORM;
  const v = voorbeeldTermijn(norm);
  return { soort: "antwoord", antwoord: { fouten: r.fouten, melding: r.melding ?? null, invoer, voorbeeld: v?.tekst ?? null, voorbeeldOp: v?.op ?? null, nu: now() }, status: 400 };
}

/** The live preview's answer for `?norm=`: null for a code that is malformed or not a norm now. */
export function termijnVoorbeeld(norm: string): { tekst: string; norm: string; op: number; nu: number } | null {
  const v = /^[A-Z0-9-]{1,40}$/.test(norm) ? voorbeeldTermijn(norm) : null;
  return v ? { tekst: v.tekst, norm: v.norm, op: v.op, nu: now() } : null;
}
