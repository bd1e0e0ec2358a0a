/**
 * The downloads of the worklist pages (CSV/XLSX): Mijn werk, the team list and the team's escalations, each
 * with the page's permission and filters (?formaat=csv|xlsx plus the page's own parameters).
 */
import type { AppLoadContext } from "@remix-run/node";
import type { AppUser } from "../../platform/auth/permissions.server";
import { leesFormaat } from "../../platform/export/export.server";
import { escalatieTabel, werkTabel } from "./export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat } from "../../platform/export/lijst.server";
import { leesFilters } from "./lijst.server";
import { teamLijstKeuze } from "./team.server";
import { escalaties, geleideTeams, mijnAfspraken, teamAfspraken, teamVanMedewerker, voorMijnTeam } from "./werklijsten.server";

function formaatVan(url: URL) {
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  return formaat;
}

/** Mijn werk: my open commitments (soort/status filters) and my team's unowned work. */
export async function exporteerMijnWerk(user: AppUser, context: AppLoadContext | undefined, url: URL): Promise<Response> {
  const formaat = formaatVan(url);
  const f = leesFilters(url);
  const mijn = mijnAfspraken(user.id, { soort: f.soort, status: f.status }, null, EXPORT_LIMIET + 1).items;
  const team = voorMijnTeam(teamVanMedewerker(user.id), {}, null, EXPORT_LIMIET + 1).items;
  return exporteerLijst({
    user,
    context,
    lijst: "mijn_werk",
    formaat,
    bestandsnaam: "mijn-werk",
    filter: { soort: f.soort, status: f.status },
    tabellen: [werkTabel("Mijn afspraken", "Mijn afspraken", mijn), werkTabel("Voor mijn team", "Voor mijn team (nog niet opgepakt)", team)],
    burgerIds: [...mijn, ...team].map((i) => i.burgerId),
  });
}

/** The team list with the same team, owner, soort and status choice as /team. */
export async function exporteerTeamlijst(user: AppUser, context: AppLoadContext | undefined, url: URL): Promise<Response> {
  const formaat = formaatVan(url);
  const keuze = teamLijstKeuze(url, user.id);
  if (!keuze) throw new Response("U leidt geen team.", { status: 404 });
  const { team, f, eigenaar } = keuze;
  const items = teamAfspraken(team.id, { soort: f.soort, status: f.status, eigenaar }, null, EXPORT_LIMIET + 1).items;
  return exporteerLijst({
    user,
    context,
    lijst: "team",
    formaat,
    bestandsnaam: `team-${team.naam}`,
    filter: { team: team.id, soort: f.soort, status: f.status, eigenaar },
    tabellen: [werkTabel("Teamlijst", `Open afspraken van ${team.naam}`, items)],
    burgerIds: items.map((i) => i.burgerId),
  });
}

/** The escalations of the teams this teamleider leads. */
export async function exporteerTeamEscalaties(user: AppUser, context: AppLoadContext | undefined, url: URL): Promise<Response> {
  const formaat = formaatVan(url);
  const teams = geleideTeams(user.id);
  const lijst = escalaties(user.id, teams.map((t) => t.id), EXPORT_LIMIET + 1);
  return exporteerLijst({
    user,
    context,
    lijst: "team_escalaties",
    formaat,
    bestandsnaam: "escalaties",
    filter: { teams: teams.map((t) => t.id) },
    tabellen: [escalatieTabel("Escalaties", `Escalaties van ${teams.map((t) => t.naam).join(", ") || "mijn teams"}`, lijst)],
  });
}
