/**
 * Snapshot templates for bulk-inserted historic commitments. For every outcome the generator uses, the REAL
 * machine is run once (pure transitions, as the runtime does) through the exact event sequence of that
 * outcome; each event must be accepted, otherwise the outcome is not a lawful path and generation stops. The
 * persisted snapshot of the final state is then compiled into a template whose context fields are slots, so a
 * row's snapshot is the machine's own shape with that row's values filled in. `versie` is 1 + the number of
 * accepted events, as pasToe would have counted.
 */
import type { AnyStateMachine } from "xstate";
import { zuivereStart, zuivereTransitie, statusTekst } from "../../platform/engine/runtime.server";

export interface Sjabloon {
  /** afspraken.status of the final state */
  status: string;
  /** the value of afspraken.versie after the path */
  versie: number;
  /** whether the final state is a final state of the machine */
  klaar: boolean;
  delen: string[];
  sleutels: string[];
}

const SLOT = /"§([A-Za-z0-9_]+)§"/g;

/** Runs `events` through `machine` from `input`; throws when an event is not accepted. */
export function doorloop(machine: AnyStateMachine, input: unknown, events: { type: string }[]): { snapshot: unknown; versie: number } {
  let [s] = zuivereStart(machine, input) as [{ can(e: unknown): boolean; status: string; value: unknown }, unknown];
  let versie = 1;
  for (const e of events) {
    if (s.status !== "active" || !s.can(e)) {
      throw new Error(`Demo-data: de machine ${machine.id} weigert ${e.type} in ‘${statusTekst(s.value as never)}’`);
    }
    [s] = zuivereTransitie(machine, s as never, e) as unknown as [typeof s, unknown];
    versie++;
  }
  return { snapshot: s, versie };
}

/** Compiles the persisted snapshot with every context field turned into a slot. */
export function maakSjabloon(machine: AnyStateMachine, input: unknown, events: { type: string }[]): Sjabloon {
  const { snapshot, versie } = doorloop(machine, input, events);
  const s = snapshot as { value: unknown; status: string };
  const bewaard = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot as never))) as { context: Record<string, unknown> };
  for (const k of Object.keys(bewaard.context)) bewaard.context[k] = `§${k}§`;
  const json = JSON.stringify(bewaard);
  const delen: string[] = [];
  const sleutels: string[] = [];
  let laatste = 0;
  for (const m of json.matchAll(SLOT)) {
    delen.push(json.slice(laatste, m.index));
    sleutels.push(m[1]!);
    laatste = m.index! + m[0].length;
  }
  delen.push(json.slice(laatste));
  return { status: statusTekst(s.value as never), versie, klaar: s.status !== "active", delen, sleutels };
}

/** The persisted snapshot JSON of one row. Every context field of the machine must be given. */
export function vul(s: Sjabloon, context: Record<string, unknown>): string {
  let out = s.delen[0]!;
  for (let i = 0; i < s.sleutels.length; i++) {
    const v = context[s.sleutels[i]!];
    if (v === undefined) throw new Error(`Demo-data: contextveld ${s.sleutels[i]} ontbreekt`);
    out += JSON.stringify(v) + s.delen[i + 1]!;
  }
  return out;
}
