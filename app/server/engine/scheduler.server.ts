/**
 * The deadline scheduler. Deadlines are rows, not timers: a sweep selects `termijnen` whose
 * `volgende_actie_op <= now` (partial index termijnen_volgende_actie) and fires each in its own
 * transaction (a savepoint inside the batch's transaction): the event goes through the runtime (appended to the log, machine may react), the row's phase
 * and next firing instant move on, inbox/outbox rows are queued — all commit together, so a firing happens
 * exactly once, also when the process dies mid-sweep (the next sweep, e.g. at boot, picks up the rest).
 *
 * Phases: gepland → (waarschuwing_op) TERMIJN.WAARSCHUWING → gewaarschuwd → (termijn_op) TERMIJN.VERLOPEN
 * [+ TERMIJN.ESCALATIE niveau teamleider when the norm says so] → verlopen → (N working days later)
 * TERMIJN.ESCALATIE niveau regieteam → geescaleerd.
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../lib/clock";
import { logError, log } from "../log.server";
import { formatDatumTijd } from "../../domain/kalender/format";
import { pasToeInTransactie, stmts as runtimeStmts, SYSTEEM, workflowDefinitie, type AfspraakRij, type EffectContext } from "./runtime.server";
import { normMetId, updateTermijn, volgendeActie, regieteamMoment, herberekenTermijnProjectie, type TermijnRij } from "./termijnen.server";
import { verstuurBericht } from "./notificaties.server";

export interface SweepResultaat {
  gevuurd: number;
  fouten: number;
  ms: number;
}

const cache = new WeakMap<Database.Database, { due: Database.Statement; rij: Database.Statement; volgende: Database.Statement }>();
function stmts(sqlite: Database.Database) {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      due: sqlite.prepare(
        "SELECT id FROM termijnen WHERE volgende_actie_op IS NOT NULL AND volgende_actie_op <= ? ORDER BY volgende_actie_op LIMIT ?",
      ),
      rij: sqlite.prepare(
        "SELECT * FROM termijnen WHERE id = ? AND status = 'lopend' AND volgende_actie_op IS NOT NULL AND volgende_actie_op <= ?",
      ),
      volgende: sqlite.prepare("SELECT min(volgende_actie_op) AS op FROM termijnen WHERE volgende_actie_op IS NOT NULL"),
    };
    cache.set(sqlite, s);
  }
  return s;
}

/** Is anything due at `nu`? (One index probe — the "nothing due" check.) */
export function ietsTeDoen(nu = now()): boolean {
  const { sqlite } = getDatabase();
  return stmts(sqlite).due.all(nu, 1).length > 0;
}

/** The next instant anything is due (null = nothing scheduled). */
export function volgendeMoment(): number | null {
  const { sqlite } = getDatabase();
  return (stmts(sqlite).volgende.get() as { op: number | null }).op;
}

function mijlpaalTekst(m: string): string {
  return m.replace(/_/g, " ");
}

/**
 * Fires one deadline row if (still) due; returns whether it fired. One transaction. Exported for tests
 * and the crash test; the sweep calls it for each due row.
 */
export function vuurTermijn(termijnId: number, nu = now()): boolean {
  const { sqlite } = getDatabase();
  const s = stmts(sqlite);
  return sqlite.transaction(() => {
    const rij = s.rij.get(termijnId, nu) as TermijnRij | undefined;
    if (!rij) return false; // already fired (by another sweep), met, stopped or moved: exactly once
    const afspraak = runtimeStmts(sqlite).laad.get(rij.afspraak_id) as AfspraakRij | undefined;
    if (!afspraak) return false;
    const norm = normMetId(sqlite, rij.norm_versie_id);
    const def = workflowDefinitie(afspraak.soort);
    const ctx: EffectContext = {
      sqlite,
      afspraak,
      op: nu,
      link: def?.link ? def.link(afspraak.id) : `/afspraken/${afspraak.id}`,
    };
    const naam = afspraak.titel;
    const events: { type: string; [k: string]: unknown }[] = [];
    const volgend: TermijnRij = { ...rij };

    if (rij.fase === "gepland" && rij.waarschuwing_op < rij.termijn_op && nu < rij.termijn_op) {
      volgend.fase = "gewaarschuwd";
      volgend.gewaarschuwd_op = nu;
      events.push({ type: "TERMIJN.WAARSCHUWING", mijlpaal: rij.mijlpaal, termijnOp: rij.termijn_op });
      verstuurBericht(ctx, {
        aan: "eigenaar",
        titel: `Bijna verlopen: ${naam}`,
        tekst: `De termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) verloopt ${formatDatumTijd(rij.termijn_op)}.`,
      });
    } else if (rij.fase === "gepland" || rij.fase === "gewaarschuwd") {
      volgend.fase = "verlopen";
      volgend.verlopen_op = nu;
      events.push({ type: "TERMIJN.VERLOPEN", mijlpaal: rij.mijlpaal, termijnOp: rij.termijn_op });
      verstuurBericht(ctx, {
        aan: "eigenaar",
        titel: `Te laat: ${naam}`,
        tekst: `De termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) is verlopen op ${formatDatumTijd(rij.termijn_op)}. Neem zo snel mogelijk actie.`,
      });
      if (norm.escalatieTeamleider) {
        volgend.escalatie_teamleider_op = nu;
        events.push({ type: "TERMIJN.ESCALATIE", mijlpaal: rij.mijlpaal, niveau: "teamleider" });
        verstuurBericht(ctx, {
          aan: "teamleider",
          titel: `Escalatie: ${naam}`,
          tekst: `Een afspraak in uw team is te laat: de termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) verliep op ${formatDatumTijd(rij.termijn_op)}.`,
          urgent: true,
        });
      }
    } else if (rij.fase === "verlopen") {
      volgend.fase = "geescaleerd";
      volgend.escalatie_regieteam_op = nu;
      events.push({ type: "TERMIJN.ESCALATIE", mijlpaal: rij.mijlpaal, niveau: "regieteam" });
      verstuurBericht(ctx, {
        aan: "regieteam",
        titel: `Escalatie naar het regieteam: ${naam}`,
        tekst: `Deze afspraak is nog steeds niet nagekomen: de termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) verliep op ${formatDatumTijd(rij.termijn_op)}.`,
        urgent: true,
      });
    } else {
      volgend.volgende_actie_op = null;
      updateTermijn(sqlite, volgend);
      return false;
    }
    const volgendeOp = volgendeActie(volgend, norm);
    volgend.volgende_actie_op = volgendeOp;
    updateTermijn(sqlite, volgend);
    for (const e of events) pasToeInTransactie(sqlite, afspraak.id, null, e, SYSTEEM, { systeem: true });
    herberekenTermijnProjectie(sqlite, afspraak.id);
    return true;
  })();
}

/**
 * Fires everything due at `nu`, in batches (each firing its own transaction). A row that fails is logged
 * and skipped for the rest of this sweep (it stays due and is retried next sweep).
 */
export function sweep(opts: { nu?: number; batch?: number; maxRondes?: number } = {}): SweepResultaat {
  const t0 = performance.now();
  const { sqlite } = getDatabase();
  const s = stmts(sqlite);
  const nu = opts.nu ?? now();
  const batch = opts.batch ?? 500;
  const maxRondes = opts.maxRondes ?? 10_000;
  const mislukt = new Set<number>();
  let gevuurd = 0;
  let fouten = 0;
  for (let ronde = 0; ronde < maxRondes; ronde++) {
    const ids = (s.due.all(nu, batch + mislukt.size) as { id: number }[]).map((r) => r.id).filter((id) => !mislukt.has(id));
    if (ids.length === 0) break;
    let voortgang = false;
    // One outer transaction per batch, one savepoint per firing: a failing firing rolls back only itself,
    // and a crash loses at most the uncommitted batch (which the next sweep fires) — never fires twice.
    sqlite.transaction(() => {
      for (const id of ids) {
        try {
          if (vuurTermijn(id, nu)) {
            gevuurd++;
            voortgang = true;
          } else {
            mislukt.add(id); // nothing to do for it (any more): do not pick it again this sweep
          }
        } catch (err) {
          mislukt.add(id);
          fouten++;
          logError("termijn vuren mislukt", err, { termijn: id });
        }
      }
    })();
    if (!voortgang) break;
  }
  const ms = performance.now() - t0;
  if (gevuurd > 0 || fouten > 0) log("info", "termijnen gevuurd", { gevuurd, fouten, ms: Math.round(ms) });
  return { gevuurd, fouten, ms };
}

export { regieteamMoment };
