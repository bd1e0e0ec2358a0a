/**
 * Generic read API over commitments for lists and dashboards (the pages themselves live with each area).
 * Every query here is served by an index on afspraken (eigenaar/team + open + termijn_op, soort + status).
 */
import { getDatabase } from "../../../db/client";
import type { AfspraakRij } from "./runtime.server";
import { herstelSnapshot, workflowDefinitie } from "./runtime.server";
import { termijnenVan, type TermijnRij } from "./termijnen.server";

export interface AfspraakFilter {
  eigenaarId?: string;
  teamId?: number;
  burgerId?: string;
  soort?: string | string[];
  status?: string | string[];
  termijnStatus?: "op_tijd" | "bijna" | "te_laat" | "geen";
  /** true (default) = open only, false = closed only, "alle" = both. */
  open?: boolean | "alle";
  limit?: number;
  offset?: number;
}

export type AfspraakLijstRij = Omit<AfspraakRij, "snapshot" | "open"> & { open: boolean };

export interface AfspraakLijst {
  rijen: AfspraakLijstRij[];
  totaal: number;
  perTermijnStatus: { op_tijd: number; bijna: number; te_laat: number; geen: number };
}

function lijst(v: string | string[] | undefined): string[] | null {
  if (v === undefined) return null;
  return Array.isArray(v) ? v : [v];
}

/** Commitments matching the filter, ordered by due moment (those without a deadline last). */
export function afsprakenVoor(f: AfspraakFilter): AfspraakLijst {
  const { sqlite } = getDatabase();
  const waar: string[] = [];
  const args: unknown[] = [];
  if (f.eigenaarId !== undefined) (waar.push("eigenaar_id = ?"), args.push(f.eigenaarId));
  if (f.teamId !== undefined) (waar.push("team_id = ?"), args.push(f.teamId));
  if (f.burgerId !== undefined) (waar.push("burger_id = ?"), args.push(f.burgerId));
  const open = f.open ?? true;
  if (open !== "alle") (waar.push("open = ?"), args.push(open ? 1 : 0));
  const soorten = lijst(f.soort);
  if (soorten) (waar.push(`soort IN (${soorten.map(() => "?").join(",")})`), args.push(...soorten));
  const statussen = lijst(f.status);
  if (statussen) (waar.push(`status IN (${statussen.map(() => "?").join(",")})`), args.push(...statussen));
  const basis = waar.length ? `WHERE ${waar.join(" AND ")}` : "";
  const tellingen = sqlite
    .prepare(`SELECT ifnull(termijn_status, 'geen') AS s, count(*) AS n FROM afspraken ${basis} GROUP BY 1`)
    .all(...args) as { s: keyof AfspraakLijst["perTermijnStatus"]; n: number }[];
  const perTermijnStatus = { op_tijd: 0, bijna: 0, te_laat: 0, geen: 0 };
  for (const t of tellingen) perTermijnStatus[t.s] = t.n;
  const metStatus = [...waar];
  const metArgs = [...args];
  if (f.termijnStatus) {
    if (f.termijnStatus === "geen") metStatus.push("termijn_status IS NULL");
    else (metStatus.push("termijn_status = ?"), metArgs.push(f.termijnStatus));
  }
  const w = metStatus.length ? `WHERE ${metStatus.join(" AND ")}` : "";
  const totaal = f.termijnStatus
    ? perTermijnStatus[f.termijnStatus]
    : Object.values(perTermijnStatus).reduce((a, b) => a + b, 0);
  const rijen = sqlite
    .prepare(
      `SELECT id, soort, status, open, titel, eigenaar_id, team_id, afdeling_id, burger_id, kanaal, termijn_op, termijn_status,
              norm_versie_ids, handvest_peil_op, versie, aangemaakt_op, aangemaakt_door, gewijzigd_op, gesloten_op
       FROM afspraken ${w} ORDER BY termijn_op IS NULL, termijn_op, aangemaakt_op LIMIT ? OFFSET ?`,
    )
    .all(...metArgs, Math.min(f.limit ?? 50, 500), f.offset ?? 0) as (Omit<AfspraakRij, "snapshot">)[];
  return { rijen: rijen.map((r) => ({ ...r, open: r.open === 1 })), totaal, perTermijnStatus };
}

export interface Gebeurtenis {
  id: number;
  volgnummer: number;
  type: string;
  payload: Record<string, unknown> | null;
  actorId: string | null;
  actorNaam: string | null;
  op: number;
  vanStatus: string | null;
  naarStatus: string;
}

/** One commitment with its machine context, deadline rows and event log (null when unknown). */
export function afspraakDetail(id: string): {
  afspraak: AfspraakLijstRij;
  context: unknown;
  termijnen: TermijnRij[];
  gebeurtenissen: Gebeurtenis[];
} | null {
  const { sqlite } = getDatabase();
  const rij = sqlite.prepare("SELECT * FROM afspraken WHERE id = ?").get(id) as AfspraakRij | undefined;
  if (!rij) return null;
  const def = workflowDefinitie(rij.soort);
  const context = def ? herstelSnapshot(def.machine, rij.snapshot).context : (JSON.parse(rij.snapshot) as { context: unknown }).context;
  const { snapshot: _s, ...rest } = rij;
  const gebeurtenissen = (
    sqlite
      .prepare("SELECT * FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer")
      .all(id) as {
      id: number;
      volgnummer: number;
      type: string;
      payload: string | null;
      actor_id: string | null;
      actor_naam: string | null;
      op: number;
      van_status: string | null;
      naar_status: string;
    }[]
  ).map((g) => ({
    id: g.id,
    volgnummer: g.volgnummer,
    type: g.type,
    payload: g.payload ? (JSON.parse(g.payload) as Record<string, unknown>) : null,
    actorId: g.actor_id,
    actorNaam: g.actor_naam,
    op: g.op,
    vanStatus: g.van_status,
    naarStatus: g.naar_status,
  }));
  return { afspraak: { ...rest, open: rij.open === 1 }, context, termijnen: termijnenVan(sqlite, id), gebeurtenissen };
}
