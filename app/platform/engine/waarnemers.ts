/**
 * Step observers: code a feature registers (at start-up) to act on every successful workflow step inside the
 * step's own transaction — e.g. queueing the message to the citizen that a status change causes, so the message
 * and the step commit together. The engine calls them after the step's own effects; an observer that throws rolls
 * the step back, so observers must not throw for ordinary data (only for real faults).
 */
import type { EffectContext } from "./effect";

export interface Stap {
  /** null for the start of a commitment ("AANGEMAAKT") */
  event: { type: string; [k: string]: unknown } | null;
  van: string | null;
  naar: string;
}

export type StapWaarnemer = (ctx: EffectContext, stap: Stap) => void;

const KEY = Symbol.for("afspraak.stapwaarnemers");
function lijst(): Map<string, StapWaarnemer> {
  const g = globalThis as typeof globalThis & { [KEY]?: Map<string, StapWaarnemer> };
  return (g[KEY] ??= new Map());
}

/** Registers (or replaces, for dev reloads) the observer named `naam`. */
export function registreerStapWaarnemer(naam: string, fn: StapWaarnemer): void {
  lijst().set(naam, fn);
}

export function meldStap(ctx: EffectContext, stap: Stap): void {
  const l = lijst();
  if (l.size === 0) return;
  for (const fn of l.values()) fn(ctx, stap);
}
