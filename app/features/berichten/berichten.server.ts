/**
 * Messages that reach the citizen (issue 13): what was sent for a commitment, for the dossier and the citizen's
 * status page. Composing and queueing: app/features/berichten/verzenden.server.ts; delivery:
 * app/platform/engine/outbox.server.ts (table burgerberichten).
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { audit } from "../../platform/audit/audit.server";
import { zetOpnieuwKlaar } from "../../platform/engine/burgerberichten.server";

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

/**
 * "Opnieuw versturen" from a dossier by a medewerker who works on the commitment (its owner, a member of its team,
 * a teamleider, the regieteam or a complaint handler). Returns the dossier link, or why not.
 */
export function verstuurOpnieuw(
  user: { id: string; naam: string; rollen: readonly string[] },
  berichtId: number,
  oorsprong: string | null,
): { ok: true; afspraakId: string } | { ok: false; status: 403 | 404 | 409; melding: string } {
  const { sqlite } = getDatabase();
  const b = sqlite
    .prepare(
      `SELECT b.id, b.afspraak_id, b.status, a.eigenaar_id, a.team_id, a.soort,
              (SELECT team_id FROM medewerkers WHERE id = ?) AS mijn_team,
              (SELECT behandelaar_id FROM klachten WHERE id = b.afspraak_id) AS behandelaar_id
       FROM burgerberichten b JOIN afspraken a ON a.id = b.afspraak_id WHERE b.id = ?`,
    )
    .get(user.id, berichtId) as
    | { id: number; afspraak_id: string; status: string; eigenaar_id: string | null; team_id: number | null; soort: string; mijn_team: number | null; behandelaar_id: string | null }
    | undefined;
  if (!b) return { ok: false, status: 404, melding: "Dit bericht bestaat niet." };
  const mag =
    b.eigenaar_id === user.id ||
    b.behandelaar_id === user.id ||
    (b.team_id !== null && b.team_id === b.mijn_team) ||
    user.rollen.some((r) => r === "teamleider" || r === "regieteam");
  if (!mag) {
    audit({ actor: user, actie: "burgerbericht.opnieuw", objectType: "burgerbericht", objectId: berichtId, resultaat: "geweigerd", oorsprong });
    return { ok: false, status: 403, melding: "U werkt niet aan deze afspraak en kunt dit bericht niet opnieuw versturen." };
  }
  const gedaan = sqlite.transaction(() => {
    if (!zetOpnieuwKlaar(sqlite, berichtId)) return false;
    audit({ actor: user, actie: "burgerbericht.opnieuw", objectType: "burgerbericht", objectId: berichtId, resultaat: "ok", oorsprong, details: { afspraakId: b.afspraak_id } });
    return true;
  })();
  if (!gedaan) return { ok: false, status: 409, melding: "Dit bericht is intussen al verstuurd of staat al klaar om opnieuw te gaan." };
  return { ok: true, afspraakId: b.afspraak_id };
}
