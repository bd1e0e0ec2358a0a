/**
 * The Mijn werk page (/mijn-werk): my open commitments (filtered, paged), my team's unowned work, and the
 * handovers I have not let go yet — with one audit line for the citizens named on the page.
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import { now } from "../../platform/clock";
import { formatRelatief } from "../../domain/kalender/format";
import { nogNietLosgelaten } from "../overdracht/overdracht.server";
import { auditWerklijst, leesFilters, naarRij } from "./lijst.server";
import { bekendeSoorten, mijnAfspraken, mijnTellingen, teamVanMedewerker, voorMijnTeam } from "./werklijsten.server";

export function mijnWerkPagina(user: AppUser, url: URL, oorsprong: string | null) {
  const f = leesFilters(url);
  const nu = now();
  const pagina = mijnAfspraken(user.id, { soort: f.soort, status: f.status }, f.na);
  const tellingen = mijnTellingen(user.id, f.soort);
  const teamId = teamVanMedewerker(user.id);
  const team = voorMijnTeam(teamId, {}, null);
  const losgelaten = nogNietLosgelaten(user.id);
  auditWerklijst(user, "werklijst.mijn_werk", [...pagina.items, ...team.items], oorsprong);
  return {
    naam: user.naam,
    filters: f,
    rijen: pagina.items.map((i) => naarRij(i, nu)),
    volgende: pagina.volgende,
    tellingen,
    teamNaam: team.items[0]?.teamNaam ?? null,
    teamRijen: team.items.map((i) => naarRij(i, nu)),
    teamMeer: team.volgende != null,
    losgelaten: losgelaten.map((l) => ({
      id: l.id,
      titel: l.titel,
      statusTekst: l.statusTekst,
      ontvanger: l.ontvanger,
      termijnStatus: l.termijnOp != null && l.termijnOp <= nu ? ("te_laat" as const) : l.termijnStatus,
      termijnTekst: l.termijnOp != null ? formatRelatief(l.termijnOp, nu) : null,
      status: l.status,
      termijnOp: l.termijnOp,
      nu,
    })),
    soorten: bekendeSoorten(),
  };
}

export type MijnWerkData = ReturnType<typeof mijnWerkPagina>;
