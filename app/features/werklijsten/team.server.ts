/**
 * The teamleider's pages: the team list (/team: per-employee counts, the open list with filters, bulk
 * reassign) and the escalations (/team/escalaties). Routes call one function here per loader or action.
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import { alleWaarden } from "../../platform/web/formulier.server";
import { now } from "../../platform/clock";
import { auditWerklijst, leesFilters, naarRij } from "./lijst.server";
import {
  bekendeSoorten,
  bevestigEscalatie,
  escalatieRegels,
  escalaties,
  geleideTeams,
  hertoewijsDoelen,
  hertoewijzenBulk,
  teamAfspraken,
  teamOverzicht,
  teamTellingen,
  type EscalatieScope,
  type HertoewijsUitkomst,
  type TeamInfo,
} from "./werklijsten.server";

function kiesTeam(url: URL, teams: TeamInfo[]) {
  const gevraagd = Number(url.searchParams.get("team"));
  return teams.find((t) => t.id === gevraagd) ?? teams[0] ?? null;
}

/** The team and filters of the team list from the URL (the page and its export); null when no team is led. */
export function teamLijstKeuze(url: URL, medewerkerId: string) {
  const teams = geleideTeams(medewerkerId);
  const team = kiesTeam(url, teams);
  if (!team) return null;
  const f = leesFilters(url);
  const overzicht = teamOverzicht(team.id);
  const eigenaarParam = url.searchParams.get("eigenaar");
  const eigenaar =
    eigenaarParam === "geen" || overzicht.leden.some((l) => l.id === eigenaarParam) ? eigenaarParam : null;
  return { teams, team, f, overzicht, eigenaar };
}

/** Everything the /team page shows, with the audit line for the citizens named in the list. */
export function teamPagina(user: AppUser, url: URL, oorsprong: string | null) {
  const keuze = teamLijstKeuze(url, user.id);
  if (!keuze) return { geenTeam: true as const };
  const { teams, team, f, overzicht, eigenaar } = keuze;
  const nu = now();
  const pagina = teamAfspraken(team.id, { soort: f.soort, status: f.status, eigenaar }, f.na);
  const teamIds = teams.map((t) => t.id);
  const openEscalaties = escalaties(user.id, teamIds).filter((e) => e.bevestigdOp == null).length;
  auditWerklijst(user, "werklijst.team", pagina.items, oorsprong, { teamId: team.id });
  return {
    geenTeam: false as const,
    teams,
    team,
    filters: { ...f, eigenaar },
    overzicht,
    tellingen: teamTellingen(team.id, f.soort),
    rijen: pagina.items.map((i) => naarRij(i, nu)),
    volgende: pagina.volgende,
    openEscalaties,
    doelen: hertoewijsDoelen(teamIds),
    soorten: bekendeSoorten(),
  };
}

export type TeamPaginaData = Extract<ReturnType<typeof teamPagina>, { geenTeam: false }>;

export type HertoewijsData =
  | { ok: true; uitkomsten: HertoewijsUitkomst[] }
  | { ok: false; fouten: { item?: string; doel?: string }; doel: string };

/**
 * The bulk reassign form of /team: the ticked items ("id:versie", at most 200) and the target ("m:<id>" for an
 * employee, "t:<id>" for a team, only within the teams this teamleider leads). Field errors in Dutch.
 */
export function hertoewijzenFormulier(user: AppUser, formulier: FormData, oorsprong: string | null): HertoewijsData {
  const teamIds = geleideTeams(user.id).map((t) => t.id);
  const items = alleWaarden(formulier, "item")
    .map((v) => {
      const i = v.lastIndexOf(":");
      return { id: v.slice(0, i), versie: Number(v.slice(i + 1)) };
    })
    .filter((x) => x.id && Number.isInteger(x.versie) && x.versie > 0)
    .slice(0, 200);
  const doelRaw = alleWaarden(formulier, "doel")[0] ?? "";
  const doelen = hertoewijsDoelen(teamIds);
  let doel: { eigenaarId: string | null; teamId: number | null } | null = null;
  if (doelRaw.startsWith("m:")) {
    const m = doelen.medewerkers.find((x) => x.id === doelRaw.slice(2));
    if (m) doel = { eigenaarId: m.id, teamId: null };
  } else if (doelRaw.startsWith("t:")) {
    const t = doelen.teams.find((x) => x.id === doelRaw.slice(2));
    if (t) doel = { eigenaarId: null, teamId: t.teamId };
  }
  const fouten: { item?: string; doel?: string } = {};
  if (!items.length) fouten.item = "Selecteer eerst één of meer afspraken.";
  if (!doel) fouten.doel = "Kies aan wie u de afspraken toewijst.";
  if (!doel || !items.length) return { ok: false, fouten, doel: doelRaw };
  return { ok: true, uitkomsten: hertoewijzenBulk(user, teamIds, items, doel, oorsprong) };
}

/** The escalations of the teams this teamleider leads, as table rows. */
export function escalatiePagina(user: AppUser) {
  const teams = geleideTeams(user.id);
  const lijst = escalaties(user.id, teams.map((t) => t.id));
  return { teams: teams.map((t) => t.naam), escalaties: escalatieRegels(lijst, now()) };
}

export type BevestigData = { ok: true; melding: null } | { ok: false; melding: string; reden: "ongeldig" | "geweigerd" };

/**
 * "Gezien, ik pak dit op" from an escalation table: `termijn` (the deadline row) and an optional `notitie`
 * (at most 1000 characters). `scope` "team" = the teams the user leads; "regieteam" = the regieteam's list.
 */
export function bevestigEscalatieFormulier(
  user: AppUser,
  scope: "team" | "regieteam",
  invoer: Record<string, string>,
  oorsprong: string | null,
): BevestigData {
  const termijnId = Number(invoer.termijn);
  if (!Number.isInteger(termijnId) || termijnId <= 0) return { ok: false, reden: "ongeldig", melding: "Deze escalatie bestaat niet (meer)." };
  const bereik: EscalatieScope = scope === "regieteam" ? "regieteam" : geleideTeams(user.id).map((t) => t.id);
  const notitie = scope === "regieteam" ? null : (invoer.notitie ?? "").slice(0, 1000);
  const r = bevestigEscalatie(user, bereik, termijnId, notitie, oorsprong);
  return r.ok ? { ok: true, melding: null } : { ok: false, reden: "geweigerd", melding: r.melding };
}
