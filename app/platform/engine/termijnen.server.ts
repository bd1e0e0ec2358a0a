/**
 * Deadline rows (`termijnen`): created and changed by the runtime's termijn.* actions, fired by the
 * scheduler. A row's `volgende_actie_op` is the next instant the scheduler must act on it (warning, due,
 * regieteam escalation) and NULL when nothing is left (met, stopped, paused, fully escalated).
 */
import type Database from "better-sqlite3";
import { kalenders, normVersieMetId, normVersieOp, termijnNorm, type NormVersie } from "./normen.server";
import { berekenTermijn, berekenWaarschuwing, verlengMetPauze } from "../../domain/kalender/termijn";
import { WorkflowFout, type EffectContext } from "./effect";

export type TermijnActie =
  | {
      type: "termijn.start";
      /**
       * termijnOp: an explicitly agreed due moment (e.g. a coaching agreement's date, or a moment the server computed
       * from the law such as 10 weeks with a klachtadviescommissie) instead of the norm's duration; the norm still
       * gives the warning percentage and the escalation chain.
       */
      params: { mijlpaal: string; normCode?: string; startOp?: number | string; termijnOp?: number | string };
    }
  | { type: "termijn.gehaald"; params: { mijlpaal: string } }
  | { type: "termijn.stop"; params: { mijlpaal: string } }
  | { type: "termijn.verzet"; params: { mijlpaal: string; nieuwOp: number | string } }
  | { type: "termijn.pauzeer"; params: { mijlpaal: string } }
  | { type: "termijn.hervat"; params: { mijlpaal: string } };

export interface TermijnRij {
  id: number;
  afspraak_id: string;
  mijlpaal: string;
  norm_versie_id: number;
  start_op: number;
  waarschuwing_op: number;
  termijn_op: number;
  oorspronkelijk_op: number;
  verzet: number;
  gepauzeerd_sinds: number | null;
  status: "lopend" | "gehaald" | "gestopt";
  gehaald_op: number | null;
  op_tijd: number | null;
  fase: "gepland" | "gewaarschuwd" | "verlopen" | "geescaleerd";
  volgende_actie_op: number | null;
  gewaarschuwd_op: number | null;
  verlopen_op: number | null;
  escalatie_teamleider_op: number | null;
  escalatie_regieteam_op: number | null;
}

// Norm versions never change once written (an edit is a new version): cache them by id.
const normCache = new WeakMap<Database.Database, Map<number, NormVersie>>();
export function normMetId(sqlite: Database.Database, id: number): NormVersie {
  let m = normCache.get(sqlite);
  if (!m) normCache.set(sqlite, (m = new Map()));
  let n = m.get(id);
  if (!n) {
    const gevonden = normVersieMetId(id);
    if (!gevonden) throw new Error(`Normversie ${id} bestaat niet.`);
    m.set(id, (n = gevonden));
  }
  return n;
}

interface Stmts {
  lopend: Database.Statement;
  insert: Database.Statement;
  zetStatus: Database.Statement;
  update: Database.Statement;
  stopAlle: Database.Statement;
  projectie: Database.Statement;
  updateProjectie: Database.Statement;
  normIds: Database.Statement;
  zetNormIds: Database.Statement;
}
const cache = new WeakMap<Database.Database, Stmts>();
function stmts(sqlite: Database.Database): Stmts {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      lopend: sqlite.prepare(
        "SELECT * FROM termijnen WHERE afspraak_id = ? AND mijlpaal = ? AND status = 'lopend' ORDER BY id DESC LIMIT 1",
      ),
      insert: sqlite.prepare(
        `INSERT INTO termijnen (afspraak_id, mijlpaal, norm_versie_id, start_op, waarschuwing_op, termijn_op, oorspronkelijk_op,
           status, fase, volgende_actie_op)
         VALUES (@afspraakId, @mijlpaal, @normVersieId, @startOp, @waarschuwingOp, @termijnOp, @termijnOp, 'lopend', 'gepland', @volgende)`,
      ),
      zetStatus: sqlite.prepare(
        `UPDATE termijnen SET status = @status, gehaald_op = @gehaaldOp, op_tijd = @opTijd, volgende_actie_op = NULL,
           gepauzeerd_sinds = NULL,
           team_id = CASE WHEN @status = 'gehaald' THEN (SELECT coalesce(a.team_id, m.team_id) FROM afspraken a
             LEFT JOIN medewerkers m ON m.id = a.eigenaar_id WHERE a.id = termijnen.afspraak_id) END,
           afdeling_id = CASE WHEN @status = 'gehaald' THEN (SELECT coalesce(a.afdeling_id, tm.afdeling_id) FROM afspraken a
             LEFT JOIN medewerkers m ON m.id = a.eigenaar_id LEFT JOIN teams tm ON tm.id = coalesce(a.team_id, m.team_id)
             WHERE a.id = termijnen.afspraak_id) END
         WHERE id = @id`,
      ),
      update: sqlite.prepare(
        `UPDATE termijnen SET waarschuwing_op = ?, termijn_op = ?, verzet = ?, gepauzeerd_sinds = ?, fase = ?,
           volgende_actie_op = ?, gewaarschuwd_op = ?, verlopen_op = ?, escalatie_teamleider_op = ?, escalatie_regieteam_op = ?
         WHERE id = ?`,
      ),
      stopAlle: sqlite.prepare(
        "UPDATE termijnen SET status = 'gestopt', volgende_actie_op = NULL WHERE afspraak_id = ? AND status = 'lopend'",
      ),
      projectie: sqlite.prepare(
        `SELECT min(termijn_op) AS op,
                max(CASE fase WHEN 'gepland' THEN 0 WHEN 'gewaarschuwd' THEN 1 ELSE 2 END) AS niveau
         FROM termijnen WHERE afspraak_id = ? AND status = 'lopend'`,
      ),
      updateProjectie: sqlite.prepare("UPDATE afspraken SET termijn_op = ?, termijn_status = ? WHERE id = ?"),
      normIds: sqlite.prepare("SELECT norm_versie_ids FROM afspraken WHERE id = ?"),
      zetNormIds: sqlite.prepare("UPDATE afspraken SET norm_versie_ids = ? WHERE id = ?"),
    };
    cache.set(sqlite, s);
  }
  return s;
}

function instant(v: number | string | undefined, naam: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const t = typeof v === "number" ? v : Date.parse(v);
  if (!Number.isFinite(t)) throw new WorkflowFout(`Ongeldig tijdstip voor ${naam}.`);
  return t;
}

/** The instant the regieteam escalation is due: N working days (organisation calendar) after the due moment. */
export function regieteamMoment(norm: NormVersie, termijnOp: number): number | null {
  const n = norm.escalatieRegieteamNaWerkdagen;
  if (n === null || n === undefined) return null;
  if (n <= 0) return termijnOp;
  return berekenTermijn(kalenders(), termijnOp, { duur: n, eenheid: "werkdagen", kalender: "organisatie" });
}

/** The next firing instant of a running row in a given phase (null = nothing left to do). */
export function volgendeActie(rij: Pick<TermijnRij, "fase" | "waarschuwing_op" | "termijn_op" | "gepauzeerd_sinds">, norm: NormVersie): number | null {
  if (rij.gepauzeerd_sinds !== null) return null;
  switch (rij.fase) {
    case "gepland":
      return rij.waarschuwing_op < rij.termijn_op ? rij.waarschuwing_op : rij.termijn_op;
    case "gewaarschuwd":
      return rij.termijn_op;
    case "verlopen":
      return regieteamMoment(norm, rij.termijn_op);
    case "geescaleerd":
      return null;
  }
}

export function updateTermijn(sqlite: Database.Database, rij: TermijnRij): void {
  stmts(sqlite).update.run(
    rij.waarschuwing_op,
    rij.termijn_op,
    rij.verzet,
    rij.gepauzeerd_sinds,
    rij.fase,
    rij.volgende_actie_op,
    rij.gewaarschuwd_op,
    rij.verlopen_op,
    rij.escalatie_teamleider_op,
    rij.escalatie_regieteam_op,
    rij.id,
  );
}

function normVoorMijlpaal(ctx: EffectContext, mijlpaal: string, normCode: string | undefined): NormVersie {
  const s = stmts(ctx.sqlite);
  const ids = JSON.parse((s.normIds.get(ctx.afspraak.id) as { norm_versie_ids: string }).norm_versie_ids) as Record<string, number>;
  const bekend = ids[mijlpaal];
  if (bekend !== undefined) {
    const n = normMetId(ctx.sqlite, bekend);
    if (!normCode || n.code === normCode) return n;
  }
  const n = normVersieOp({ code: normCode ?? null, mijlpaal }, ctx.afspraak.handvest_peil_op);
  if (!n) {
    throw new WorkflowFout(
      normCode
        ? `De servicenorm ${normCode} gold niet op het moment dat deze afspraak begon; kies een andere norm.`
        : `Er is geen servicenorm voor de mijlpaal ‘${mijlpaal}’ in het kwaliteitshandvest.`,
    );
  }
  ids[mijlpaal] = n.id;
  s.zetNormIds.run(JSON.stringify(ids), ctx.afspraak.id);
  return n;
}

function lopendeRij(ctx: EffectContext, mijlpaal: string): TermijnRij | undefined {
  return stmts(ctx.sqlite).lopend.get(ctx.afspraak.id, mijlpaal) as TermijnRij | undefined;
}

/** Carries out one termijn.* action (inside the runtime's transaction). */
export function voerTermijnActieUit(ctx: EffectContext, type: TermijnActie["type"], params: Record<string, unknown>): void {
  const s = stmts(ctx.sqlite);
  const mijlpaal = String(params.mijlpaal ?? "");
  if (!mijlpaal) throw new Error(`${type} zonder mijlpaal`);
  const op = ctx.op;
  switch (type) {
    case "termijn.start": {
      const norm = normVoorMijlpaal(ctx, mijlpaal, params.normCode as string | undefined);
      const startOp = instant(params.startOp as number | string | undefined, "de start") ?? op;
      const k = kalenders();
      const tn = termijnNorm(norm);
      const afgesproken = instant(params.termijnOp as number | string | undefined, "het afgesproken moment");
      if (afgesproken !== undefined && afgesproken < startOp) {
        throw new WorkflowFout("Het afgesproken moment ligt vóór de start van de termijn.");
      }
      const termijnOp = afgesproken ?? berekenTermijn(k, startOp, tn);
      const waarschuwingOp = berekenWaarschuwing(k, startOp, termijnOp, tn, norm.waarschuwingPct);
      const bestaand = lopendeRij(ctx, mijlpaal);
      if (bestaand) s.zetStatus.run({ id: bestaand.id, status: "gestopt", gehaaldOp: null, opTijd: null });
      s.insert.run({
        afspraakId: ctx.afspraak.id,
        mijlpaal,
        normVersieId: norm.id,
        startOp,
        waarschuwingOp,
        termijnOp,
        volgende: waarschuwingOp < termijnOp ? waarschuwingOp : termijnOp,
      });
      return;
    }
    case "termijn.gehaald": {
      const r = lopendeRij(ctx, mijlpaal);
      if (!r) return;
      s.zetStatus.run({ id: r.id, status: "gehaald", gehaaldOp: op, opTijd: op <= r.termijn_op ? 1 : 0 });
      return;
    }
    case "termijn.stop": {
      const r = lopendeRij(ctx, mijlpaal);
      if (!r) return;
      s.zetStatus.run({ id: r.id, status: "gestopt", gehaaldOp: null, opTijd: null });
      return;
    }
    case "termijn.verzet": {
      const r = lopendeRij(ctx, mijlpaal);
      if (!r) throw new WorkflowFout("Er loopt geen termijn die verzet kan worden.");
      const nieuwOp = instant(params.nieuwOp as number | string | undefined, "het nieuwe moment");
      if (nieuwOp === undefined) throw new WorkflowFout("Geef het nieuwe moment op.");
      const norm = normMetId(ctx.sqlite, r.norm_versie_id);
      const start = Math.min(op, nieuwOp);
      const nieuw: TermijnRij = {
        ...r,
        termijn_op: nieuwOp,
        waarschuwing_op: berekenWaarschuwing(kalenders(), start, nieuwOp, termijnNorm(norm), norm.waarschuwingPct),
        verzet: 1,
        fase: "gepland",
        gepauzeerd_sinds: null,
      };
      nieuw.volgende_actie_op = volgendeActie(nieuw, norm);
      updateTermijn(ctx.sqlite, nieuw);
      return;
    }
    case "termijn.pauzeer": {
      const r = lopendeRij(ctx, mijlpaal);
      if (!r || r.gepauzeerd_sinds !== null) return;
      const norm = normMetId(ctx.sqlite, r.norm_versie_id);
      if (!norm.pauzeerbaar) {
        throw new WorkflowFout(`De termijn van de norm ‘${norm.titel}’ mag niet gepauzeerd worden.`);
      }
      updateTermijn(ctx.sqlite, { ...r, gepauzeerd_sinds: op, volgende_actie_op: null });
      return;
    }
    case "termijn.hervat": {
      const r = lopendeRij(ctx, mijlpaal);
      if (!r || r.gepauzeerd_sinds === null) return;
      const norm = normMetId(ctx.sqlite, r.norm_versie_id);
      const k = kalenders();
      const tn = termijnNorm(norm);
      const nieuw: TermijnRij = {
        ...r,
        termijn_op: verlengMetPauze(k, r.termijn_op, r.gepauzeerd_sinds, op, tn),
        waarschuwing_op: verlengMetPauze(k, r.waarschuwing_op, r.gepauzeerd_sinds, op, tn),
        gepauzeerd_sinds: null,
      };
      nieuw.volgende_actie_op = volgendeActie(nieuw, norm);
      updateTermijn(ctx.sqlite, nieuw);
      return;
    }
  }
}

/** A closed commitment has no running deadlines. */
export function stopAlleTermijnen(sqlite: Database.Database, afspraakId: string): void {
  stmts(sqlite).stopAlle.run(afspraakId);
}

/** afspraken.termijn_op / termijn_status as they follow from the running deadline rows. */
export function termijnProjectie(
  sqlite: Database.Database,
  afspraakId: string,
): { termijnOp: number | null; termijnStatus: "op_tijd" | "bijna" | "te_laat" | null } {
  const r = stmts(sqlite).projectie.get(afspraakId) as { op: number | null; niveau: number | null };
  const termijnStatus = r.op === null ? null : r.niveau === 2 ? "te_laat" : r.niveau === 1 ? "bijna" : "op_tijd";
  return { termijnOp: r.op, termijnStatus };
}

/** afspraken.termijn_op / termijn_status from the running deadline rows (writes them). */
export function herberekenTermijnProjectie(sqlite: Database.Database, afspraakId: string): void {
  const p = termijnProjectie(sqlite, afspraakId);
  stmts(sqlite).updateProjectie.run(p.termijnOp, p.termijnStatus, afspraakId);
}

/** The deadline rows of one commitment (newest first), for detail pages. */
export function termijnenVan(sqlite: Database.Database, afspraakId: string): TermijnRij[] {
  return sqlite.prepare("SELECT * FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC").all(afspraakId) as TermijnRij[];
}
