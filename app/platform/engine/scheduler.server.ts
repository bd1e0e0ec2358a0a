/**
 * The deadline scheduler. Deadlines are rows, not timers: a sweep selects `termijnen` whose
 * `volgende_actie_op <= now` (partial index termijnen_volgende_actie) and fires them in batches, one IMMEDIATE
 * transaction per batch (a savepoint per firing only when a batch is redone after a failure): the event goes
 * through the runtime (appended to the log, machine may react), the row's phase and next firing instant move
 * on, inbox/outbox rows are queued — all commit together, so a firing happens exactly once, also when the
 * process dies mid-sweep (the next sweep, e.g. at boot, picks up the rest).
 *
 * Phases: gepland → (waarschuwing_op) TERMIJN.WAARSCHUWING → gewaarschuwd → (termijn_op) TERMIJN.VERLOPEN
 * [+ TERMIJN.ESCALATIE niveau teamleider when the norm says so] → verlopen → (N working days later)
 * TERMIJN.ESCALATIE niveau regieteam → geescaleerd.
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import { logError, log } from "../web/log.server";
import { formatDatumTijd } from "../../domain/kalender/format";
import {
  rondAf,
  stapOpWerkrij,
  stmts as runtimeStmts,
  SYSTEEM,
  werkrij,
  workflowDefinitie,
  type AfspraakRij,
  type EffectContext,
} from "./runtime.server";
import { normMetId, updateTermijn, volgendeActie, regieteamMoment, type TermijnRij } from "./termijnen.server";
import { nieuweEffectCache, schrijfWachtrij, verstuurBericht, type EffectCache } from "./notificaties.server";

export interface SweepResultaat {
  gevuurd: number;
  fouten: number;
  ms: number;
}

const cache = new WeakMap<
  Database.Database,
  { due: Database.Statement; dueRijen: Database.Statement; rij: Database.Statement; volgende: Database.Statement }
>();
function stmts(sqlite: Database.Database) {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      due: sqlite.prepare(
        "SELECT id FROM termijnen WHERE volgende_actie_op IS NOT NULL AND volgende_actie_op <= ? ORDER BY volgende_actie_op LIMIT ?",
      ),
      // The due rows themselves, read inside the batch's IMMEDIATE transaction (nobody else can change them
      // before the batch commits).
      dueRijen: sqlite.prepare(
        `SELECT * FROM termijnen WHERE volgende_actie_op IS NOT NULL AND volgende_actie_op <= ? AND status = 'lopend'
         ORDER BY volgende_actie_op LIMIT ?`,
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

/** Per-transaction lookups of a sweep batch: recipients, mail timing, formatted due moments. */
interface VuurCache extends EffectCache {
  datums: Map<number, string>;
  /** Commitments fired in this batch: a later due row of the same one must be re-read. */
  geraakt: Set<string>;
}
function nieuweVuurCache(opts: { wachtrij?: boolean } = {}): VuurCache {
  return { ...nieuweEffectCache(opts), datums: new Map(), geraakt: new Set() };
}
function datumTekst(c: VuurCache, op: number): string {
  let t = c.datums.get(op);
  if (t === undefined) c.datums.set(op, (t = formatDatumTijd(op)));
  return t;
}

/**
 * Fires one deadline row inside the caller's transaction (no savepoint of its own): re-reads the row (so a
 * row that was met, stopped, moved or already fired in the meantime is left alone — exactly once), queues the
 * messages, moves the phase and the next firing instant, sends the timer events through the runtime and
 * writes the commitment row once.
 */
function vuur(sqlite: Database.Database, termijn: number | TermijnRij, nu: number, cache: VuurCache): boolean {
  const s = stmts(sqlite);
  // A row read by this batch's own transaction is current unless an earlier firing in the batch touched the
  // same commitment (its machine may have met, stopped or moved deadlines): then, and for a bare id, re-read.
  const rij =
    typeof termijn === "number" || cache.geraakt.has(termijn.afspraak_id)
      ? (s.rij.get(typeof termijn === "number" ? termijn : termijn.id, nu) as TermijnRij | undefined)
      : termijn;
  if (!rij) return false; // already fired (by another sweep), met, stopped or moved: exactly once
  cache.geraakt.add(rij.afspraak_id);
  const metNr = runtimeStmts(sqlite).laadMetVolgnummer.get(rij.afspraak_id) as (AfspraakRij & { laatste_volgnummer: number }) | undefined;
  if (!metNr) return false;
  const { laatste_volgnummer, ...geladen } = metNr;
  const w = werkrij(geladen, cache);
  w.volgnummer = laatste_volgnummer;
  const afspraak = w.rij;
  const norm = normMetId(sqlite, rij.norm_versie_id);
  const def = workflowDefinitie(afspraak.soort);
  const ctx: EffectContext = {
    sqlite,
    afspraak,
    op: nu,
    link: def?.link ? def.link(afspraak.id) : `/afspraken/${afspraak.id}`,
    cache,
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
      tekst: `De termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) verloopt ${datumTekst(cache, rij.termijn_op)}.`,
    });
  } else if (rij.fase === "gepland" || rij.fase === "gewaarschuwd") {
    volgend.fase = "verlopen";
    volgend.verlopen_op = nu;
    events.push({ type: "TERMIJN.VERLOPEN", mijlpaal: rij.mijlpaal, termijnOp: rij.termijn_op });
    verstuurBericht(ctx, {
      aan: "eigenaar",
      titel: `Te laat: ${naam}`,
      tekst: `De termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) is verlopen op ${datumTekst(cache, rij.termijn_op)}. Neem zo snel mogelijk actie.`,
    });
    if (norm.escalatieTeamleider) {
      volgend.escalatie_teamleider_op = nu;
      events.push({ type: "TERMIJN.ESCALATIE", mijlpaal: rij.mijlpaal, niveau: "teamleider" });
      verstuurBericht(ctx, {
        aan: "teamleider",
        titel: `Escalatie: ${naam}`,
        tekst: `Een afspraak in uw team is te laat: de termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) verliep op ${datumTekst(cache, rij.termijn_op)}.`,
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
      tekst: `Deze afspraak is nog steeds niet nagekomen: de termijn voor ${mijlpaalTekst(rij.mijlpaal)} (${norm.titel}) verliep op ${datumTekst(cache, rij.termijn_op)}.`,
      urgent: true,
    });
  } else {
    volgend.volgende_actie_op = null;
    updateTermijn(sqlite, volgend);
    return false;
  }
  volgend.volgende_actie_op = volgendeActie(volgend, norm);
  updateTermijn(sqlite, volgend);
  for (const e of events) stapOpWerkrij(sqlite, w, e, SYSTEEM, { systeem: true });
  const oud = w.db.termijn_status;
  if (!w.termijnen && w.db.termijn_op !== null && oud !== null) {
    // Only this row's phase moved forward (its due moment stays, it is still running) and the machine did not
    // touch deadlines: the projection keeps its due moment and its status is the worse of the old status and
    // this row's new phase — the same result as re-aggregating the commitment's deadline rows.
    w.rij.termijn_status = NIVEAU_STATUS[Math.max(STATUS_NIVEAU[oud], FASE_NIVEAU[volgend.fase])]!;
  } else {
    w.termijnen = true; // recompute from the deadline rows
  }
  rondAf(sqlite, w);
  return true;
}

const STATUS_NIVEAU = { op_tijd: 0, bijna: 1, te_laat: 2 } as const;
const NIVEAU_STATUS = ["op_tijd", "bijna", "te_laat"] as const;
const FASE_NIVEAU = { gepland: 0, gewaarschuwd: 1, verlopen: 2, geescaleerd: 2 } as const;

/**
 * Fires one deadline row if (still) due; returns whether it fired. One transaction. Exported for tests
 * and the crash test; the sweep fires its batches with the same code.
 */
export function vuurTermijn(termijnId: number, nu = now()): boolean {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => vuur(sqlite, termijnId, nu, nieuweVuurCache()))();
}

/**
 * Fires everything due at `nu`, in batches (one IMMEDIATE transaction per batch). A row that fails is logged
 * and skipped for the rest of this sweep (it stays due and is retried next sweep).
 *
 * A batch first runs without savepoints (the common case: nothing fails). If any firing throws, the whole
 * batch is rolled back and run again with one savepoint per firing, so that only the failing firing is
 * undone. Either way a firing and its row's next firing instant commit together: a crash loses at most the
 * uncommitted batch (which the next sweep fires) — never fires twice.
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
  // The fast path: one IMMEDIATE transaction reads the batch's due rows and fires them, no savepoints.
  const snel = sqlite.transaction(() => {
    const cache = nieuweVuurCache({ wachtrij: true });
    const rijen = (s.dueRijen.all(nu, batch + mislukt.size) as TermijnRij[]).filter((r) => !mislukt.has(r.id));
    const overslaan: number[] = [];
    let n = 0;
    for (const r of rijen) {
      if (vuur(sqlite, r, nu, cache)) n++;
      else overslaan.push(r.id);
    }
    schrijfWachtrij(sqlite, cache); // inbox + outbox rows of the whole batch, multi-row, before the commit
    return { ids: rijen.map((r) => r.id), n, overslaan, fouten: 0 };
  });
  // After a failure in the batch: the same ids again, each firing in its own savepoint.
  const veilig = sqlite.transaction((ids: number[]) => {
    const cache = nieuweVuurCache();
    const overslaan: number[] = [];
    let n = 0;
    let f = 0;
    for (const id of ids) {
      try {
        if (sqlite.transaction(() => vuur(sqlite, id, nu, cache))()) n++;
        else overslaan.push(id); // nothing to do for it (any more): do not pick it again this sweep
      } catch (err) {
        overslaan.push(id);
        f++;
        logError("termijn vuren mislukt", err, { termijn: id });
      }
    }
    return { ids, n, overslaan, fouten: f };
  });
  for (let ronde = 0; ronde < maxRondes; ronde++) {
    let r: { ids: number[]; n: number; overslaan: number[]; fouten: number };
    try {
      r = snel.immediate();
    } catch {
      const ids = (s.due.all(nu, batch + mislukt.size) as { id: number }[]).map((x) => x.id).filter((id) => !mislukt.has(id));
      r = veilig.immediate(ids);
    }
    if (r.ids.length === 0) break;
    gevuurd += r.n;
    fouten += r.fouten;
    for (const id of r.overslaan) mislukt.add(id);
    if (r.n === 0) break;
  }
  const ms = performance.now() - t0;
  if (gevuurd > 0 || fouten > 0) log("info", "termijnen gevuurd", { gevuurd, fouten, ms: Math.round(ms) });
  return { gevuurd, fouten, ms };
}

export { regieteamMoment };
