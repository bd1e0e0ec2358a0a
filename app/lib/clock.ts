/**
 * The one clock of Afspraak. Business time (deadlines, sweeps, letters) always comes from here, never from
 * Date.now() directly, so tests can move time. The offset lives on globalThis so that every copy of this
 * module in one process (server bundle, CLI) agrees.
 *
 * Moving the clock is only possible when AFSPRAAK_TEST_CLOCK=1 (see app/routes/__test.klok.tsx).
 */
const KEY = Symbol.for("afspraak.clock");
type ClockState = { offsetMs: number };
type G = typeof globalThis & { [KEY]?: ClockState };

function state(): ClockState {
  const g = globalThis as G;
  return (g[KEY] ??= { offsetMs: 0 });
}

/** Current business time in epoch milliseconds (UTC instant). */
export function now(): number {
  return Date.now() + state().offsetMs;
}

export function nowDate(): Date {
  return new Date(now());
}

export function testClockEnabled(): boolean {
  return process.env.AFSPRAAK_TEST_CLOCK === "1";
}

/** Sets business time to `instant` (epoch ms); time keeps running from there. Test clock only. */
export function setNow(instant: number): void {
  if (!testClockEnabled()) throw new Error("De testklok staat uit (AFSPRAAK_TEST_CLOCK=1 ontbreekt).");
  state().offsetMs = instant - Date.now();
}

/** Moves business time forward by `ms`. Test clock only. */
export function advance(ms: number): void {
  if (!testClockEnabled()) throw new Error("De testklok staat uit (AFSPRAAK_TEST_CLOCK=1 ontbreekt).");
  state().offsetMs += ms;
}

export function resetClock(): void {
  state().offsetMs = 0;
}
