/**
 * Model-based testing helper for workflow machines: walks every shortest path (xstate/graph
 * getShortestPaths) from the initial state to each reachable state and replays each path through the
 * durable runtime (startAfspraak + pasToe), asserting that every step is accepted and that the stored
 * status and context equal what the pure machine computed.
 *
 *   import { doorloopAllePaden } from "../../unit/engine/model-based";
 *   const r = doorloopAllePaden({ soort: "terugbelafspraak", machine, input, events: [...], actor });
 *   expect(r.toestanden).toContain("nagekomen");
 *
 * The workflow must be registered (registreerWorkflow) before calling. Needs the per-test database
 * (tests/setup/per-file.ts), so use it from a vitest test file.
 */
import { expect } from "vitest";
import type { AnyStateMachine, EventFromLogic, InputFrom, SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { startAfspraak, pasToe, laadAfspraakRij, herstelSnapshot, statusTekst, type Actor } from "../../../app/platform/engine/runtime.server";

export interface ModelOpties<M extends AnyStateMachine> {
  soort: string;
  machine: M;
  input: InputFrom<M>;
  /** Sample events, or a function giving the events to try in a state. */
  events: readonly EventFromLogic<M>[] | ((s: SnapshotFrom<M>) => readonly EventFromLogic<M>[]);
  actor: Actor;
  /** Extra checks after each step (e.g. deadline rows), with the commitment id. */
  naStap?: (id: string, stap: { event: EventFromLogic<M>; state: SnapshotFrom<M> }) => void;
  /** Called before each path (e.g. to reset the test clock). */
  voorPad?: () => void;
  /** Passed to getShortestPaths (keep traversal finite for machines with counters). */
  limit?: number;
  /** Context fields to ignore when comparing (e.g. generated ids or timestamps). */
  negeerContext?: string[];
}

export interface ModelResultaat {
  paden: number;
  stappen: number;
  /** Every status reached by some path. */
  toestanden: string[];
}

function zonder(ctx: unknown, velden: string[] | undefined): unknown {
  if (!velden?.length || !ctx || typeof ctx !== "object") return ctx;
  const c = { ...(ctx as Record<string, unknown>) };
  for (const v of velden) delete c[v];
  return JSON.parse(JSON.stringify(c));
}

export function doorloopAllePaden<M extends AnyStateMachine>(o: ModelOpties<M>): ModelResultaat {
  const paden = getShortestPaths(o.machine, {
    input: o.input,
    // A finished actor takes no events (the pure transition() would still follow root-level `on`).
    events: ((s: SnapshotFrom<M>) => ((s as unknown as { status: string }).status !== "active" ? [] : typeof o.events === "function" ? o.events(s) : o.events)) as never,
    ...(o.limit ? { limit: o.limit } : {}),
  });
  expect(paden.length, "de machine heeft geen bereikbare toestanden").toBeGreaterThan(0);
  const toestanden = new Set<string>();
  let stappen = 0;
  for (const pad of paden) {
    o.voorPad?.();
    const { id } = startAfspraak(o.soort, o.input, o.actor);
    let versie = 1;
    const beschrijving = pad.steps.map((s) => s.event.type).join(" → ") || "(begin)";
    for (const stap of pad.steps) {
      if (stap.event.type === "xstate.init") continue;
      const r = pasToe(id, versie, stap.event as never, o.actor);
      expect(r, `pad ${beschrijving}: stap ${stap.event.type}`).toMatchObject({ ok: true });
      if (r.ok) versie = r.versie;
      const rij = laadAfspraakRij(id)!;
      const opgeslagen = herstelSnapshot(o.machine, rij.snapshot) as unknown as { context: unknown };
      expect(rij.status, `pad ${beschrijving}: status na ${stap.event.type}`).toBe(statusTekst(stap.state.value));
      expect(zonder(opgeslagen.context, o.negeerContext), `pad ${beschrijving}: context na ${stap.event.type}`).toEqual(
        zonder(JSON.parse(JSON.stringify(stap.state.context)), o.negeerContext),
      );
      o.naStap?.(id, stap as never);
      stappen++;
    }
    const eind = laadAfspraakRij(id)!;
    expect(eind.status).toBe(statusTekst(pad.state.value));
    expect(eind.open === 1, `pad ${beschrijving}: open`).toBe(pad.state.status === "active");
    toestanden.add(eind.status);
  }
  return { paden: paden.length, stappen, toestanden: [...toestanden].sort() };
}
