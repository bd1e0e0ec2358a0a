/**
 * The pages /beheer/organisatie (afdelingen and teams), /beheer/organisatie/afdelingen/:id and …/teams/:id:
 * what their loaders show and what their actions do with a posted form. Routes only ask who is there, read
 * the form and call one function here.
 */
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { valideer, type Invoer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";
import {
  actieveMedewerkers,
  afdeling,
  lijstAfdelingen,
  lijstTeams,
  maakAfdeling,
  maakTeam,
  team,
  wijzigAfdeling,
  wijzigTeam,
  type Actor,
  type Fouten,
  type Uitkomst,
} from "./organisatie.server";

type Naar = { naar: string };
type Antwoord<T> = { status: number; antwoord: T };

function nietGevonden(): Response {
  return new Response("Niet gevonden", { status: 404 });
}

/** A positive numeric id from the URL, or a 404. */
export function idUitUrl(waarde: string | undefined): number {
  const id = Number(waarde);
  if (!Number.isSafeInteger(id) || id <= 0) throw nietGevonden();
  return id;
}

/** A refused change: a 404 becomes the not-found page, the rest the form's answer. */
function geweigerd<T>(r: Extract<Uitkomst, { ok: false }>, antwoord: (r: Extract<Uitkomst, { ok: false }>) => T): Antwoord<T> {
  if (r.status === 404) throw nietGevonden();
  return { status: r.status, antwoord: antwoord(r) };
}

// ——— /beheer/organisatie ———————————————————————————————————————————————————————————

export function organisatiePagina(url: URL) {
  return {
    afdelingen: lijstAfdelingen(),
    teams: lijstTeams(),
    medewerkers: actieveMedewerkers(),
    aangemaakt: url.searchParams.get("aangemaakt"),
  };
}

const TeamSchema = z.object({
  naam: z.string().max(500).default(""),
  afdelingId: z.coerce.number().int().nonnegative().catch(0),
  teamleiderId: z.string().max(100).default(""),
});

export interface NieuwAntwoord {
  intent: string;
  fouten: Fouten;
  melding: string | null;
  invoer: { naam: string; afdelingId: string; teamleiderId: string };
}

/**
 * Creates an afdeling (intent "afdeling") or a team (intent "team"). An afdeling name is cut at 500 characters
 * (the name check then says it is too long); a team form with an overlong field counts as empty.
 */
export function voerOrganisatieActieUit(user: Actor, invoer: Invoer, context: AppLoadContext, taal: Taal = "nl"): Naar | Antwoord<NieuwAntwoord> {
  const intent = invoer.intent ?? "";
  if (intent === "afdeling") {
    const naam = (invoer.naam ?? "").slice(0, 500);
    const r = maakAfdeling(user, naam, context, taal);
    if (!r.ok) return geweigerd(r, () => ({ intent, fouten: r.fouten, melding: r.melding, invoer: { naam, afdelingId: "", teamleiderId: "" } }));
    return { naar: "/beheer/organisatie?aangemaakt=afdeling" };
  }
  if (intent === "team") {
    const v = valideer(TeamSchema, { naam: invoer.naam ?? "", afdelingId: invoer.afdelingId, teamleiderId: invoer.teamleiderId ?? "" });
    const t = v.ok ? v.data : { naam: "", afdelingId: 0, teamleiderId: "" };
    const r = maakTeam(user, { naam: t.naam, afdelingId: t.afdelingId, teamleiderId: t.teamleiderId || null }, context, taal);
    if (!r.ok)
      return geweigerd(r, () => ({
        intent,
        fouten: r.fouten,
        melding: r.melding,
        invoer: { naam: t.naam, afdelingId: String(t.afdelingId || ""), teamleiderId: t.teamleiderId },
      }));
    return { naar: "/beheer/organisatie?aangemaakt=team" };
  }
  return { status: 400, antwoord: { intent, fouten: {}, melding: vertaal(taal, "beheer:org.fout.onbekend"), invoer: { naam: "", afdelingId: "", teamleiderId: "" } } };
}

// ——— /beheer/organisatie/afdelingen/:id ————————————————————————————————————————————

export function afdelingPagina(id: number, url: URL) {
  const a = afdeling(id);
  if (!a) throw nietGevonden();
  return { afdeling: { id: a.id, naam: a.naam, actief: a.actief, versie: a.versie }, opgeslagen: url.searchParams.has("opgeslagen") };
}

const Status = z.enum(["ja", "nee"]).catch("ja");
const Versie = z.coerce.number().int().catch(-1);
const AfdelingWijzigSchema = z.object({ naam: z.string().max(500).catch(""), actief: Status, versie: Versie });

export interface WijzigAntwoord<T> {
  fouten: Fouten;
  melding: string | null;
  invoer: T;
}

/** Saves an afdeling's name and status, checked against the version the form was loaded with. */
export function bewaarAfdeling(
  user: Actor,
  id: number,
  invoer: Invoer,
  context: AppLoadContext,
  taal: Taal = "nl",
): Naar | Antwoord<WijzigAntwoord<z.output<typeof AfdelingWijzigSchema>>> {
  const v = valideer(AfdelingWijzigSchema, invoer);
  // Every field falls back to a default, so this only fails on a body that is no form at all.
  const w = v.ok ? v.data : { naam: "", actief: "ja" as const, versie: -1 };
  const r = wijzigAfdeling(user, id, w.versie, { naam: w.naam, actief: w.actief === "ja" }, context, taal);
  if (!r.ok) return geweigerd(r, () => ({ fouten: r.fouten, melding: r.melding, invoer: w }));
  return { naar: `/beheer/organisatie/afdelingen/${id}?opgeslagen=1` };
}

// ——— /beheer/organisatie/teams/:id ———————————————————————————————————————————————————

export function teamPagina(id: number, url: URL) {
  const tm = team(id);
  if (!tm) throw nietGevonden();
  // The current teamleider stays choosable even if no longer active, so nothing changes unnoticed.
  return {
    team: { id: tm.id, naam: tm.naam, afdelingId: tm.afdelingId, teamleiderId: tm.teamleiderId, actief: tm.actief, versie: tm.versie },
    afdelingen: lijstAfdelingen(),
    medewerkers: actieveMedewerkers(),
    opgeslagen: url.searchParams.has("opgeslagen"),
  };
}

const TeamWijzigSchema = z.object({
  naam: z.string().max(500).catch(""),
  afdelingId: z.coerce.number().int().nonnegative().catch(0),
  teamleiderId: z.string().max(100).catch(""),
  actief: Status,
  versie: Versie,
});

/** Saves a team's name, afdeling, teamleider and status, checked against the version the form was loaded with. */
export function bewaarTeam(
  user: Actor,
  id: number,
  invoer: Invoer,
  context: AppLoadContext,
  taal: Taal = "nl",
): Naar | Antwoord<WijzigAntwoord<{ naam: string; afdelingId: string; teamleiderId: string; actief: "ja" | "nee"; versie: number }>> {
  const v = valideer(TeamWijzigSchema, invoer);
  const w = v.ok ? v.data : { naam: "", afdelingId: 0, teamleiderId: "", actief: "ja" as const, versie: -1 };
  const r = wijzigTeam(
    user,
    id,
    w.versie,
    { naam: w.naam, afdelingId: w.afdelingId, teamleiderId: w.teamleiderId || null, actief: w.actief === "ja" },
    context,
    taal,
  );
  if (!r.ok) return geweigerd(r, () => ({ fouten: r.fouten, melding: r.melding, invoer: { ...w, afdelingId: String(w.afdelingId) } }));
  return { naar: `/beheer/organisatie/teams/${id}?opgeslagen=1` };
}
