/**
 * The team dashboard (/team/dashboard) for teamleiders: per team they lead, the workload per employee
 * (alphabetical — never a ranking), at risk, overdue, escalations and trends per week and month.
 * Scope of a team: commitments owned by its members or waiting in the team's queue; coaching agreements
 * are private and never counted here.
 */
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { laatsteMaanden, laatsteWeken, percentage, periodeIndex, type Periode } from "./rekenregels";
import { mijnMedewerkers, SOORT_COACHINGSAFSPRAAK } from "./coaching.server";
import { geleideTeams } from "../werklijsten/werklijsten.server";

export interface LidWerk {
  id: string;
  naam: string;
  open: number;
  bijna: number;
  teLaat: number;
  /** The viewer is this employee's own leidinggevende: the profile link is shown. */
  profielLink: string | null;
}

export interface TrendPeriode {
  sleutel: string;
  label: string;
  nieuw: number;
  gehaald: number;
  pctOpTijd: number | null;
  verlopen: number;
  escalaties: number;
}

export interface TeamDashboard {
  id: number;
  naam: string;
  leden: LidWerk[];
  wachtrij: { open: number; bijna: number; teLaat: number };
  totaal: { open: number; bijna: number; teLaat: number; escalaties30d: number };
  weken: TrendPeriode[];
  maanden: TrendPeriode[];
}

const DAG = 86_400_000;

function trend(perioden: Periode[], feiten: { aangemaakt: number[]; gehaald: { op: number; opTijd: boolean }[]; verlopen: number[]; escalaties: number[] }): TrendPeriode[] {
  return perioden.map((p, i) => {
    const gehaald = feiten.gehaald.filter((g) => periodeIndex(perioden, g.op) === i);
    const opTijd = gehaald.filter((g) => g.opTijd).length;
    const verlopen = feiten.verlopen.filter((v) => periodeIndex(perioden, v) === i).length;
    return {
      sleutel: p.sleutel,
      label: p.label,
      nieuw: feiten.aangemaakt.filter((a) => periodeIndex(perioden, a) === i).length,
      gehaald: gehaald.length,
      pctOpTijd: percentage(opTijd, gehaald.length + verlopen),
      verlopen,
      escalaties: feiten.escalaties.filter((e) => periodeIndex(perioden, e) === i).length,
    };
  });
}

/** The dashboards of the teams the viewer leads (teams.teamleider_id); nothing about other teams. */
export function mijnTeamDashboards(viewerId: string): TeamDashboard[] {
  return teamDashboards(viewerId, geleideTeams(viewerId));
}

/** Dashboards for the given teams (the caller passes only teams the viewer leads). */
export function teamDashboards(viewerId: string, teams: { id: number; naam: string }[], nu = now()): TeamDashboard[] {
  const { sqlite } = getDatabase();
  const eigen = new Set(mijnMedewerkers(viewerId).map((m) => m.id));
  const weken = laatsteWeken(nu, 8);
  const maanden = laatsteMaanden(nu, 6);
  const sinds = Math.min(weken[0]!.vanOp, maanden[0]!.vanOp);
  const ledenStmt = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE team_id = ? AND actief = 1 ORDER BY naam COLLATE NOCASE, id");
  const openStmt = sqlite.prepare(
    `SELECT eigenaar_id AS id, count(*) AS open,
            sum(termijn_status = 'bijna') AS bijna, sum(termijn_status = 'te_laat') AS teLaat
     FROM afspraken WHERE open = 1 AND soort <> ? AND eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = ?)
     GROUP BY eigenaar_id`,
  );
  const wachtrijStmt = sqlite.prepare(
    `SELECT count(*) AS open, ifnull(sum(termijn_status = 'bijna'), 0) AS bijna, ifnull(sum(termijn_status = 'te_laat'), 0) AS teLaat
     FROM afspraken WHERE open = 1 AND soort <> ? AND eigenaar_id IS NULL AND team_id = ?`,
  );
  const scope = `(a.team_id = @team OR a.eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = @team)) AND a.soort <> @soort`;
  const aangemaaktStmt = sqlite.prepare(`SELECT a.aangemaakt_op AS op FROM afspraken a WHERE ${scope} AND a.aangemaakt_op >= @sinds`);
  const termijnStmt = sqlite.prepare(
    `SELECT t.gehaald_op, t.op_tijd, t.verlopen_op, t.escalatie_teamleider_op, t.escalatie_regieteam_op
     FROM afspraken a JOIN termijnen t ON t.afspraak_id = a.id
     WHERE ${scope} AND (t.gehaald_op >= @sinds OR t.verlopen_op >= @sinds OR t.escalatie_teamleider_op >= @sinds OR t.escalatie_regieteam_op >= @sinds)`,
  );

  return teams.map((team) => {
    const leden = ledenStmt.all(team.id) as { id: string; naam: string }[];
    const open = new Map(
      (openStmt.all(SOORT_COACHINGSAFSPRAAK, team.id) as { id: string; open: number; bijna: number; teLaat: number }[]).map((r) => [r.id, r]),
    );
    const w = wachtrijStmt.get(SOORT_COACHINGSAFSPRAAK, team.id) as { open: number; bijna: number; teLaat: number };
    const p = { team: team.id, soort: SOORT_COACHINGSAFSPRAAK, sinds };
    const aangemaakt = (aangemaaktStmt.all(p) as { op: number }[]).map((r) => r.op);
    const t = termijnStmt.all(p) as {
      gehaald_op: number | null;
      op_tijd: number | null;
      verlopen_op: number | null;
      escalatie_teamleider_op: number | null;
      escalatie_regieteam_op: number | null;
    }[];
    const feiten = {
      aangemaakt,
      gehaald: t.filter((r) => r.gehaald_op !== null).map((r) => ({ op: r.gehaald_op!, opTijd: r.op_tijd === 1 })),
      verlopen: t.filter((r) => r.verlopen_op !== null).map((r) => r.verlopen_op!),
      escalaties: t.flatMap((r) => [r.escalatie_teamleider_op, r.escalatie_regieteam_op].filter((x): x is number => x !== null)),
    };
    const ledenWerk: LidWerk[] = leden.map((l) => {
      const o = open.get(l.id);
      return {
        id: l.id,
        naam: l.naam,
        open: o?.open ?? 0,
        bijna: o?.bijna ?? 0,
        teLaat: o?.teLaat ?? 0,
        profielLink: eigen.has(l.id) ? `/team/profielen/${encodeURIComponent(l.id)}` : null,
      };
    });
    const som = (k: "open" | "bijna" | "teLaat") => ledenWerk.reduce((s, l) => s + l[k], 0) + (w[k] ?? 0);
    return {
      id: team.id,
      naam: team.naam,
      leden: ledenWerk,
      wachtrij: { open: w.open ?? 0, bijna: w.bijna ?? 0, teLaat: w.teLaat ?? 0 },
      totaal: {
        open: som("open"),
        bijna: som("bijna"),
        teLaat: som("teLaat"),
        escalaties30d: feiten.escalaties.filter((e) => e >= nu - 30 * DAG).length,
      },
      weken: trend(weken, feiten),
      maanden: trend(maanden, feiten),
    };
  });
}
