/**
 * Messages that reach the citizen (issue 13): what was sent for a commitment, for the dossier and the citizen's
 * status page. Composing and queueing: app/features/berichten/verzenden.server.ts; delivery:
 * app/platform/engine/outbox.server.ts (table burgerberichten).
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";

export interface VerstuurdBericht {
  id: number;
  kanaal: string;
  onderwerp: string;
  tekst: string;
  verstuurdOp: number | null;
  status: string;
  /** Bounce, gateway failure, uncertain delivery or a failed attempt that is being retried. */
  probleem: boolean;
  laatsteFout: string | null;
  aan: string;
  aangemaaktOp: number;
  pogingen: number;
}

/** The personal links are made at send time and never stored: the stored text shows where they were. */
export const LINK_WEERGAVE = "[uw persoonlijke link]";

export function zonderLinks(tekst: string): string {
  return tekst.replace(/\{\{(statuslink|ktolink)\}\}/g, LINK_WEERGAVE);
}

interface Rij {
  id: number;
  kanaal: string;
  onderwerp: string;
  tekst: string;
  verzonden_op: number | null;
  status: string;
  laatste_fout: string | null;
  aan: string;
  aangemaakt_op: number;
  pogingen: number;
}

/** Every message for commitment `afspraakId`, oldest first, with the exact text (links shown as a placeholder). */
export function berichtenVoorAfspraak(afspraakId: string, opts: { sqlite?: Database.Database } = {}): VerstuurdBericht[] {
  const sqlite = opts.sqlite ?? getDatabase().sqlite;
  const rijen = sqlite
    .prepare(
      `SELECT id, kanaal, onderwerp, tekst, verzonden_op, status, laatste_fout, aan, aangemaakt_op, pogingen
       FROM burgerberichten WHERE afspraak_id = ? ORDER BY aangemaakt_op, id`,
    )
    .all(afspraakId) as Rij[];
  return rijen.map((r) => ({
    id: r.id,
    kanaal: r.kanaal,
    onderwerp: r.onderwerp,
    tekst: zonderLinks(r.tekst),
    verstuurdOp: r.verzonden_op,
    status: r.status,
    probleem: heeftProbleem(r),
    laatsteFout: r.laatste_fout,
    aan: r.aan,
    aangemaaktOp: r.aangemaakt_op,
    pogingen: r.pogingen,
  }));
}

function heeftProbleem(r: { status: string; laatste_fout: string | null }): boolean {
  return r.status === "opgegeven" || r.status === "onzeker" || (r.status === "wachtend" && r.laatste_fout !== null);
}

/** Whether a message for this commitment bounced, failed or is uncertain (the dossier's failure flag). */
export function berichtProbleem(afspraakId: string): boolean {
  const { sqlite } = getDatabase();
  return !!sqlite
    .prepare(
      `SELECT 1 FROM burgerberichten WHERE afspraak_id = ?
         AND (status IN ('opgegeven', 'onzeker') OR (status = 'wachtend' AND laatste_fout IS NOT NULL)) LIMIT 1`,
    )
    .get(afspraakId);
}
