/**
 * The durable workflow runtime. Machines are pure XState v5 machines (workflows/<soort>/machine.ts); this
 * module persists their snapshots and carries out their side effects, which are *named actions with params*
 * (see docs/architecture.md, "Workflow engine contract", and docs/decisions/004-workflow-engine.md).
 *
 * One event = one synchronous SQLite transaction: version check → pure `transition()` → snapshot +
 * projection columns → event log line → deadline rows → inbox/outbox rows → audit line. Anything that throws
 * inside rolls the whole step back.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { createActor, createEmptyActor, type AnyStateMachine, type SnapshotFrom, type StateValue } from "xstate";
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import type { AuditEntry } from "../audit/audit.server";
import { logError } from "../web/log.server";
import {
  voerTermijnActieUit,
  termijnProjectie,
  stopAlleTermijnen,
  type TermijnActie,
} from "./termijnen.server";
import { verstuurBericht, type BerichtActie } from "./notificaties.server";
import { melding, vertaalMelding } from "../i18n/vertaal";
import { WorkflowFout, type AfspraakRij, type EffectCache, type EffectContext } from "./effect";
import { meldStap } from "./waarnemers";
import { verwerkingGeweigerd } from "./beperking.server";
export { WorkflowFout, type AfspraakRij, type EffectContext };

// ------------------------------------------------------------------------------------------------ types

/** Who did it. The scheduler acts as SYSTEEM. */
export interface Actor {
  id: string | null;
  naam: string | null;
}

export const SYSTEEM: Actor = { id: null, naam: "Afspraak (automatisch)" };

/** Columns that lists and dashboards read, computed from a snapshot by the workflow's `projectie`. */
export interface Projectie {
  titel: string;
  eigenaarId?: string | null;
  teamId?: number | null;
  afdelingId?: number | null;
  burgerId?: string | null;
  kanaal?: string | null;
  /** Defaults to "snapshot not in a final state". */
  open?: boolean;
}

export interface WorkflowEvent {
  type: string;
  [k: string]: unknown;
}

export interface WorkflowDefinitie<M extends AnyStateMachine = AnyStateMachine> {
  soort: string;
  machine: M;
  projectie(snapshot: SnapshotFrom<M>): Projectie;
  /**
   * Why `event` is not possible now (optional; the runtime has a generic one): a dictionary key with values
   * ("engine:weigering.terugbel.afgesloten?status=…", see vertaalMelding) or a Dutch text.
   */
  weigering?(snapshot: SnapshotFrom<M>, event: WorkflowEvent): string | null | undefined;
  /** Human name of a status for messages, e.g. "beloofd" → "Beloofd". */
  statusNaam?(status: string): string;
  /** Where the commitment's page is; default `/afspraken/<id>`. */
  link?(id: string): string;
}

export type PasToeResultaat =
  | { ok: true; versie: number; status: string }
  | {
      ok: false;
      reden: "verouderd" | "niet_toegestaan" | "niet_gevonden";
      /** in Dutch (the API and other callers show it as is) */
      melding: string;
      /** the same message as a dictionary key with values, for a page in another language (vertaalMelding) */
      sleutel?: string;
    };

/**
 * A refusal: the keyed message worded in Dutch, the key kept for other languages. `sleutel` is not enumerable,
 * so the result reads (and compares, and serialises) as the plain Dutch refusal it always was.
 */
function geweigerdMet(reden: "verouderd" | "niet_toegestaan" | "niet_gevonden", sleutel: string): PasToeResultaat {
  return Object.defineProperty({ ok: false as const, reden, melding: vertaalMelding("nl", sleutel) }, "sleutel", { value: sleutel, enumerable: false });
}

/** A refusal raised while carrying out effects (e.g. no norm for a milestone): the step is rolled back. */


// ------------------------------------------------------------------------------------------------ registry

const REG_KEY = Symbol.for("afspraak.workflows");
type G = typeof globalThis & { [REG_KEY]?: Map<string, WorkflowDefinitie> };
function registry(): Map<string, WorkflowDefinitie> {
  const g = globalThis as G;
  return (g[REG_KEY] ??= new Map());
}

/** Registers (or replaces, for dev reloads) the definition of a kind of commitment. */
export function registreerWorkflow<M extends AnyStateMachine>(def: WorkflowDefinitie<M>): void {
  registry().set(def.soort, def as unknown as WorkflowDefinitie);
}

export function workflowDefinitie(soort: string): WorkflowDefinitie | undefined {
  return registry().get(soort);
}

export function geregistreerdeSoorten(): string[] {
  return [...registry().keys()];
}

// ------------------------------------------------------------------------------------------------ helpers

/** "beloofd", or "behandeling.hoorzitting" for nested states, or "a+b" for parallel regions. */
export function statusTekst(value: StateValue): string {
  if (typeof value === "string") return value;
  const delen = Object.entries(value).map(([k, v]) => {
    if (v === undefined) return k;
    const binnen = statusTekst(v as StateValue);
    return binnen ? `${k}.${binnen}` : k;
  });
  return delen.join("+");
}

/** Restores a machine snapshot from its persisted JSON (round trip of getPersistedSnapshot). */
export function herstelSnapshot<M extends AnyStateMachine>(machine: M, json: string): SnapshotFrom<M> {
  const p = JSON.parse(json) as { value: StateValue; context: unknown; historyValue?: unknown };
  return machine.resolveState({ value: p.value, context: p.context as never }) as SnapshotFrom<M>;
}

export function bewaarSnapshot(machine: AnyStateMachine, snapshot: unknown): string {
  return JSON.stringify(machine.getPersistedSnapshot(snapshot as never));
}

// Pure transitions without xstate's per-call `createActor(machine)`. xstate's transition()/initialTransition()
// build an inert actor scope each call, and constructing that actor computes the machine's whole initial
// snapshot (context factory, entry actions) — ~35 µs that is thrown away. Here the `self` actor is made once
// per machine; every call still gets a fresh actor system (as createInertActorScope does) and collects the
// actions instead of executing them, so results are identical.
// The system is reused for the next call only while it stayed empty (no actor registered under a systemId and
// no children in the result) — machines do not spawn or invoke (contract), so that is the normal case; a
// machine that does gets a fresh system for every call, exactly like xstate.
type Systeem = { getAll(): Record<string, unknown> };
type InertScope = Record<string, unknown> & { self: { system: unknown }; actionExecutor: (a: unknown) => void };
const selfCache = new WeakMap<AnyStateMachine, { system: unknown; leeg?: Systeem }>();
function inertScope(machine: AnyStateMachine, acties: unknown[]): InertScope {
  let self = selfCache.get(machine);
  if (!self) {
    self = createActor(machine) as unknown as { system: unknown };
    selfCache.set(machine, self);
  }
  const system = self.leeg ?? (createEmptyActor() as unknown as { system: Systeem }).system;
  self.leeg = undefined;
  self.system = system;
  return {
    self,
    defer: () => {},
    id: "",
    logger: () => {},
    sessionId: "",
    stopChild: () => {},
    system,
    emit: () => {},
    actionExecutor: (a: unknown) => void acties.push(a),
  };
}

type Actie = { type: string; params?: unknown };

// Event types a machine has a transition for anywhere (null: it uses wildcards, so any type may match).
const eventTypenCache = new WeakMap<AnyStateMachine, Set<string> | null>();
type Knoop = { transitions: Map<string, unknown>; states?: Record<string, Knoop> };

/**
 * False when no state of `machine` has a transition for `type` — then `snapshot.can(event)` is false in
 * every state, and a system event can be logged without restoring the snapshot.
 */
function machineKentEvent(machine: AnyStateMachine, type: string): boolean {
  let typen = eventTypenCache.get(machine);
  if (typen === undefined) {
    const gevonden = new Set<string>();
    let wildcard = false;
    const loop = (k: Knoop) => {
      for (const d of k.transitions.keys()) {
        if (d.includes("*")) wildcard = true;
        gevonden.add(d);
      }
      for (const kind of Object.values(k.states ?? {})) loop(kind);
    };
    loop(machine.root as unknown as Knoop);
    typen = wildcard ? null : gevonden;
    eventTypenCache.set(machine, typen);
  }
  return typen === null || typen.has(type);
}

/** Same as xstate's `transition(machine, snapshot, event)`: next snapshot and the actions to carry out. */
export function zuivereTransitie<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: unknown): [SnapshotFrom<M>, Actie[]] {
  const acties: Actie[] = [];
  const scope = inertScope(machine, acties);
  const volgende = machine.transition(snapshot as never, event as never, scope as never) as SnapshotFrom<M>;
  bewaarLeegSysteem(machine, scope, volgende);
  return [volgende, acties];
}

/** Same as xstate's `initialTransition(machine, input)`. */
export function zuivereStart<M extends AnyStateMachine>(machine: M, input: unknown): [SnapshotFrom<M>, Actie[]] {
  const acties: Actie[] = [];
  const scope = inertScope(machine, acties);
  const s = machine.getInitialSnapshot(scope as never, input as never) as SnapshotFrom<M>;
  bewaarLeegSysteem(machine, scope, s);
  return [s, acties];
}

function bewaarLeegSysteem(machine: AnyStateMachine, scope: InertScope, resultaat: unknown): void {
  const system = scope.system as Systeem;
  const kinderen = (resultaat as { children?: Record<string, unknown> }).children;
  if (Object.keys(system.getAll()).length === 0 && (!kinderen || Object.keys(kinderen).length === 0)) {
    selfCache.get(machine)!.leeg = system;
  }
}

interface Stmts {
  laad: Database.Statement;
  /** The row plus its last event number (the scheduler's firings). */
  laadMetVolgnummer: Database.Statement;
  laatsteActor: Database.Statement;
  maxVolgnummer: Database.Statement;
  insertEvent: Database.Statement;
  insertAfspraak: Database.Statement;
  /** UPDATE afspraken for one set of changed columns (key: the column names). */
  updates: Map<string, Database.Statement>;
}
const stmtCache = new WeakMap<Database.Database, Stmts>();

export function stmts(sqlite: Database.Database): Stmts {
  let s = stmtCache.get(sqlite);
  if (!s) {
    s = {
      laad: sqlite.prepare("SELECT * FROM afspraken WHERE id = ?"),
      laadMetVolgnummer: sqlite.prepare(
        `SELECT a.*, (SELECT ifnull(max(g.volgnummer), 0) FROM afspraak_gebeurtenissen g WHERE g.afspraak_id = a.id) AS laatste_volgnummer
         FROM afspraken a WHERE a.id = ?`,
      ),
      laatsteActor: sqlite.prepare(
        "SELECT actor_naam FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer DESC LIMIT 1",
      ),
      maxVolgnummer: sqlite.prepare("SELECT ifnull(max(volgnummer), 0) AS n FROM afspraak_gebeurtenissen WHERE afspraak_id = ?"),
      insertEvent: sqlite.prepare(
        `INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, payload, actor_id, actor_naam, op, van_status, naar_status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertAfspraak: sqlite.prepare(
        `INSERT INTO afspraken (id, soort, status, open, titel, eigenaar_id, team_id, afdeling_id, burger_id, kanaal,
           norm_versie_ids, handvest_peil_op, versie, snapshot, aangemaakt_op, aangemaakt_door, gewijzigd_op, gesloten_op)
         VALUES (@id, @soort, @status, @open, @titel, @eigenaarId, @teamId, @afdelingId, @burgerId, @kanaal,
           '{}', @handvestPeilOp, 1, @snapshot, @op, @actorId, @op, @geslotenOp)`,
      ),
      updates: new Map(),
    };
    stmtCache.set(sqlite, s);
  }
  return s;
}

const auditCache = new WeakMap<Database.Database, Database.Statement>();

/**
 * The same audit line as audit() in app/platform/audit/audit.server.ts, through a cached prepared statement (the
 * hot path of every step; audit() builds its query with drizzle each time).
 */
export function auditRegel(sqlite: Database.Database, entry: AuditEntry, op = now()): void {
  let st = auditCache.get(sqlite);
  if (!st) {
    st = sqlite.prepare(
      `INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, object_id, resultaat, oorsprong, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    auditCache.set(sqlite, st);
  }
  st.run(
    op,
    entry.actor?.id ?? null,
    entry.actor?.naam ?? null,
    entry.actie,
    entry.objectType,
    entry.objectId == null ? null : String(entry.objectId),
    entry.resultaat,
    entry.oorsprong ?? null,
    entry.details ? JSON.stringify(entry.details) : null,
  );
}

function eventPayload(event: WorkflowEvent): string | null {
  const { type: _type, ...rest } = event;
  return Object.keys(rest).length ? JSON.stringify(rest) : null;
}

export function laadAfspraakRij(id: string): AfspraakRij | undefined {
  return stmts(getDatabase().sqlite).laad.get(id) as AfspraakRij | undefined;
}

/** Context handed to the effect interpreters (deadline rows, messages). */

const TERMIJN_ACTIES = new Set(["termijn.start", "termijn.gehaald", "termijn.stop", "termijn.verzet", "termijn.pauzeer", "termijn.hervat"]);

/** Carries out the named actions; returns whether deadline rows were touched. */
function voerActiesUit(ctx: EffectContext, acties: readonly { type: string; params?: unknown }[]): boolean {
  let termijnen = false;
  for (const a of acties) {
    if (TERMIJN_ACTIES.has(a.type)) {
      voerTermijnActieUit(ctx, a.type as TermijnActie["type"], (a.params ?? {}) as TermijnActie["params"]);
      termijnen = true;
    } else if (a.type === "bericht") {
      verstuurBericht(ctx, a.params as BerichtActie);
    }
    // Other actions (assign, raise, …) were already applied by transition(); unknown names are ignored.
  }
  return termijnen;
}

function linkVoor(def: WorkflowDefinitie | undefined, id: string): string {
  return def?.link ? def.link(id) : `/afspraken/${id}`;
}

function projectieWaarden(def: WorkflowDefinitie, snapshot: SnapshotFrom<AnyStateMachine>) {
  const p = def.projectie(snapshot);
  const klaar = snapshot.status !== "active";
  return {
    titel: p.titel,
    eigenaarId: p.eigenaarId ?? null,
    teamId: p.teamId ?? null,
    afdelingId: p.afdelingId ?? null,
    burgerId: p.burgerId ?? null,
    kanaal: p.kanaal ?? null,
    open: (p.open ?? !klaar) ? 1 : 0,
  };
}

// ------------------------------------------------------------------------------------------------ working row

/**
 * The columns of `afspraken` a step may change. A step works on an in-memory copy of the row and writes it
 * back once, at the end, setting only the columns whose value changed: an UPDATE that does not name an
 * indexed column leaves that index alone (afspraken carries many list indexes), and the deadline projection
 * (termijn_op, termijn_status) goes in the same statement. norm_versie_ids is written by termijn.start itself.
 */
const STAP_KOLOMMEN = [
  "status",
  "open",
  "titel",
  "eigenaar_id",
  "team_id",
  "afdeling_id",
  "burger_id",
  "kanaal",
  "versie",
  "snapshot",
  "gewijzigd_op",
  "gesloten_op",
  "termijn_op",
  "termijn_status",
] as const satisfies readonly (keyof AfspraakRij)[];

/** A commitment being worked on inside one transaction. @internal (runtime and scheduler) */
export interface Werkrij {
  /** The row as it is in the database. */
  db: AfspraakRij;
  /** The row as it will be. */
  rij: AfspraakRij;
  /** Last event number used (null = not looked up yet). */
  volgnummer: number | null;
  /** Deadline rows changed: the projection must be recomputed. */
  termijnen: boolean;
  cache?: EffectCache;
}

export function werkrij(rij: AfspraakRij, cache?: EffectCache): Werkrij {
  return { db: rij, rij: { ...rij }, volgnummer: null, termijnen: false, cache };
}

/** Recomputes the deadline projection when deadline rows changed and writes the changed columns. */
export function rondAf(sqlite: Database.Database, w: Werkrij): void {
  if (w.termijnen) {
    const p = termijnProjectie(sqlite, w.rij.id);
    w.rij.termijn_op = p.termijnOp;
    w.rij.termijn_status = p.termijnStatus;
    w.termijnen = false;
  }
  const s = stmts(sqlite);
  const kolommen = STAP_KOLOMMEN.filter((k) => w.db[k] !== w.rij[k]);
  if (kolommen.length === 0) return;
  const sleutel = kolommen.join(",");
  let st = s.updates.get(sleutel);
  if (!st) {
    st = sqlite.prepare(`UPDATE afspraken SET ${kolommen.map((k) => `${k} = ?`).join(", ")} WHERE id = ?`);
    s.updates.set(sleutel, st);
  }
  st.run(...kolommen.map((k) => w.rij[k]), w.rij.id);
  w.db = { ...w.rij };
}

// ------------------------------------------------------------------------------------------------ start

export interface StartOpties {
  /** Use this id (otherwise a random UUID). */
  id?: string;
  /** The instant whose charter applies (default: now). */
  handvestPeilOp?: number;
  /** For the audit line: "ip req=…". */
  oorsprong?: string | null;
}

/**
 * Creates a commitment of kind `soort` from `input`: initial snapshot, entry actions (deadlines, messages),
 * the first event ("AANGEMAAKT") and the audit line, in one transaction.
 */
export function startAfspraak(
  soort: string,
  input: unknown,
  actor: Actor | null,
  opts: StartOpties = {},
): { id: string; versie: number } {
  const def = workflowDefinitie(soort);
  if (!def) throw new Error(`Onbekende soort afspraak: ${soort}`);
  const { sqlite } = getDatabase();
  const s = stmts(sqlite);
  const id = opts.id ?? crypto.randomUUID();
  const a = actor ?? SYSTEEM;
  sqlite.transaction(() => {
    const op = now();
    const [snapshot, acties] = zuivereStart(def.machine, input);
    const status = statusTekst(snapshot.value);
    const pw = projectieWaarden(def, snapshot);
    // AVG art. 18: staff may not start new processing for a restricted citizen. A request the citizen files
    // themself (no staff actor) is processing with their consent (art. 18 lid 2) and is accepted.
    const beperkt = a.id !== null ? verwerkingGeweigerd(sqlite, pw.burgerId, soort) : null;
    if (beperkt) throw new WorkflowFout(beperkt);
    const json = bewaarSnapshot(def.machine, snapshot);
    const handvestPeilOp = opts.handvestPeilOp ?? op;
    const geslotenOp = pw.open ? null : op;
    s.insertAfspraak.run({ id, soort, status, ...pw, handvestPeilOp, snapshot: json, op, actorId: a.id, geslotenOp });
    s.insertEvent.run(id, 1, "AANGEMAAKT", null, a.id, a.naam, op, null, status);
    const afspraak: AfspraakRij = {
      id,
      soort,
      status,
      open: pw.open,
      titel: pw.titel,
      eigenaar_id: pw.eigenaarId,
      team_id: pw.teamId,
      afdeling_id: pw.afdelingId,
      burger_id: pw.burgerId,
      kanaal: pw.kanaal,
      termijn_op: null,
      termijn_status: null,
      norm_versie_ids: "{}",
      handvest_peil_op: handvestPeilOp,
      versie: 1,
      snapshot: json,
      aangemaakt_op: op,
      aangemaakt_door: a.id,
      gewijzigd_op: op,
      gesloten_op: geslotenOp,
    };
    const w = werkrij(afspraak);
    const startCtx: EffectContext = { sqlite, afspraak: w.rij, op, link: linkVoor(def, id) };
    w.termijnen = voerActiesUit(startCtx, acties);
    meldStap(startCtx, { event: null, van: null, naar: status });
    rondAf(sqlite, w);
    auditRegel(sqlite, {
      actor: a,
      actie: "afspraak.aangemaakt",
      objectType: soort,
      objectId: id,
      resultaat: "ok",
      oorsprong: opts.oorsprong ?? null,
      details: { status },
    });
  })();
  return { id, versie: 1 };
}

// ------------------------------------------------------------------------------------------------ pasToe

export interface PasToeOpties {
  oorsprong?: string | null;
}

function standaardWeigering(def: WorkflowDefinitie, status: string): string {
  const naam = def.statusNaam ? def.statusNaam(status) : status;
  return melding("engine:weigering.nietNu", { status: naam });
}

/**
 * The step itself, inside a transaction the caller opened. Returns the result; throws to roll back.
 * `verwachteVersie` null = no version check (system events from the scheduler).
 * `systeem` = an event the machine may ignore: when it does not handle it, the event is still logged
 * (and its effects done by the caller) but the version does not change.
 */
export function pasToeInTransactie(
  sqlite: Database.Database,
  id: string,
  verwachteVersie: number | null,
  event: WorkflowEvent,
  actor: Actor,
  opts: PasToeOpties & { systeem?: boolean } = {},
): PasToeResultaat {
  const s = stmts(sqlite);
  const rij = s.laad.get(id) as AfspraakRij | undefined;
  if (!rij) return geweigerdMet("niet_gevonden", "engine:weigering.bestaatNiet");
  if (verwachteVersie !== null && rij.versie !== verwachteVersie) {
    const laatste = (s.laatsteActor.get(id) as { actor_naam: string | null } | undefined)?.actor_naam ?? "engine:weigering.eenCollega";
    return geweigerdMet("verouderd", melding("engine:weigering.verouderd", { door: laatste }));
  }
  const w = werkrij(rij);
  const r = stapOpWerkrij(sqlite, w, event, actor, opts);
  rondAf(sqlite, w);
  return r;
}

/**
 * One event on a working row (no version check; the caller writes the row back with rondAf). Logs the
 * event, transitions, carries out the effects and writes the audit line. @internal (runtime and scheduler)
 */
export function stapOpWerkrij(
  sqlite: Database.Database,
  w: Werkrij,
  event: WorkflowEvent,
  actor: Actor,
  opts: PasToeOpties & { systeem?: boolean } = {},
): PasToeResultaat {
  const s = stmts(sqlite);
  const rij = w.rij;
  const id = rij.id;
  const def = workflowDefinitie(rij.soort);
  const op = now();
  const volgendNummer = () => (w.volgnummer = (w.volgnummer ?? (s.maxVolgnummer.get(id) as { n: number }).n) + 1);
  const logEvent = (vanStatus: string, naarStatus: string) =>
    s.insertEvent.run(id, volgendNummer(), event.type, eventPayload(event), actor.id, actor.naam, op, vanStatus, naarStatus);

  if (!def) {
    if (!opts.systeem) throw new Error(`Onbekende soort afspraak: ${rij.soort}`);
    logEvent(rij.status, rij.status);
    return { ok: true, versie: rij.versie, status: rij.status };
  }
  if (opts.systeem && !machineKentEvent(def.machine, event.type)) {
    logEvent(rij.status, rij.status); // the machine cannot react to it in any state
    return { ok: true, versie: rij.versie, status: rij.status };
  }
  if (!opts.systeem && actor.id !== null) {
    const beperkt = verwerkingGeweigerd(sqlite, rij.burger_id, rij.soort); // AVG art. 18 (staff steps)
    if (beperkt) return { ok: false, reden: "niet_toegestaan", melding: beperkt };
  }
  const vorige = herstelSnapshot(def.machine, rij.snapshot);
  const kan = vorige.status === "active" && vorige.can(event as never);
  if (!kan) {
    if (opts.systeem) {
      logEvent(rij.status, rij.status);
      return { ok: true, versie: rij.versie, status: rij.status };
    }
    const sleutel =
      (vorige.status === "active" ? def.weigering?.(vorige, event) : null) ??
      (vorige.status !== "active"
        ? melding("engine:weigering.afgesloten", { status: def.statusNaam ? def.statusNaam(rij.status) : rij.status })
        : standaardWeigering(def, rij.status));
    return geweigerdMet("niet_toegestaan", sleutel);
  }

  const [volgende, acties] = zuivereTransitie(def.machine, vorige, event);
  const van = rij.status;
  const status = statusTekst(volgende.value);
  const pw = projectieWaarden(def, volgende);
  const versie = rij.versie + 1;
  rij.status = status;
  rij.open = pw.open;
  rij.titel = pw.titel;
  rij.eigenaar_id = pw.eigenaarId;
  rij.team_id = pw.teamId;
  rij.afdeling_id = pw.afdelingId;
  rij.burger_id = pw.burgerId;
  rij.kanaal = pw.kanaal;
  rij.versie = versie;
  rij.snapshot = bewaarSnapshot(def.machine, volgende);
  rij.gewijzigd_op = op;
  rij.gesloten_op = pw.open ? null : (rij.gesloten_op ?? op);
  logEvent(van, status);
  const ctx: EffectContext = { sqlite, afspraak: rij, op, link: linkVoor(def, id), cache: w.cache };
  if (voerActiesUit(ctx, acties)) w.termijnen = true;
  if (volgende.status !== "active") {
    stopAlleTermijnen(sqlite, id);
    w.termijnen = true;
  }
  meldStap(ctx, { event, van, naar: status });
  auditRegel(sqlite, {
    actor,
    actie: `afspraak.${event.type}`,
    objectType: rij.soort,
    objectId: id,
    resultaat: "ok",
    oorsprong: opts.oorsprong ?? null,
    details: { van, naar: status, versie },
  });
  return { ok: true, versie, status };
}

/**
 * Applies `event` to commitment `id`, loaded with version `verwachteVersie`. One transaction; refusals
 * (stale version, step not allowed now, unknown id) come back as `{ ok: false, reden, melding }` with a
 * Dutch message for the form. Unexpected errors are rethrown after the rollback.
 */
export function pasToe(
  id: string,
  verwachteVersie: number,
  event: WorkflowEvent,
  actor: Actor | null,
  opts: PasToeOpties = {},
): PasToeResultaat {
  const { sqlite } = getDatabase();
  const a = actor ?? SYSTEEM;
  let resultaat: PasToeResultaat;
  try {
    resultaat = sqlite.transaction(() => pasToeInTransactie(sqlite, id, verwachteVersie, event, a, opts))();
  } catch (err) {
    if (err instanceof WorkflowFout) {
      resultaat = { ok: false, reden: "niet_toegestaan", melding: err.message };
    } else {
      logError("stap in afspraak mislukt", err, { afspraak: id, event: event.type });
      throw err;
    }
  }
  if (!resultaat.ok && resultaat.reden !== "niet_gevonden") {
    const rij = laadAfspraakRij(id);
    auditRegel(sqlite, {
      actor: a,
      actie: `afspraak.${event.type}`,
      objectType: rij?.soort ?? "afspraak",
      objectId: id,
      resultaat: "geweigerd",
      oorsprong: opts.oorsprong ?? null,
      details: { reden: resultaat.reden },
    });
  }
  return resultaat;
}
