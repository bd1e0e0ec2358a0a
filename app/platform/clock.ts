/**
 * The one clock of Afspraak. Business time (deadlines, sweeps, letters) always comes from here, never from
 * Date.now() directly, so tests can move time. The offset lives on globalThis so that every copy of this
 * module in one process (server bundle, CLI) agrees.
 *
 * Moving the clock is only possible when AFSPRAAK_TEST_CLOCK=1 (see app/routes/__test.klok.tsx).
 */
const KEY = Symbol.for("afspraak.clock");
type ClockState = { offsetMs: number; frozenAt: number | null };
type G = typeof globalThis & { [KEY]?: ClockState };

function state(): ClockState {
  const g = globalThis as G;
  return (g[KEY] ??= { offsetMs: 0, frozenAt: null });
}

/** Current business time in epoch milliseconds (UTC instant). */
export function now(): number {
  const s = state();
  return s.frozenAt ?? Date.now() + s.offsetMs;
}

export function nowDate(): Date {
  return new Date(now());
}

export function testClockEnabled(): boolean {
  return process.env.AFSPRAAK_TEST_CLOCK === "1";
}

/**
 * Sets business time to `instant` (epoch ms). Test clock only. Time keeps running from there, unless
 * AFSPRAAK_TEST_CLOCK_FROZEN=1 (the vitest suites): then it stands still until it is set or advanced again, so
 * a test's instants are exact.
 */
export function setNow(instant: number): void {
  if (!testClockEnabled()) throw new Error("De testklok staat uit (AFSPRAAK_TEST_CLOCK=1 ontbreekt).");
  const s = state();
  if (process.env.AFSPRAAK_TEST_CLOCK_FROZEN === "1") {
    s.frozenAt = instant;
  } else {
    s.frozenAt = null;
    s.offsetMs = instant - Date.now();
  }
}

/** Moves business time forward by `ms`. Test clock only. */
export function advance(ms: number): void {
  if (!testClockEnabled()) throw new Error("De testklok staat uit (AFSPRAAK_TEST_CLOCK=1 ontbreekt).");
  const s = state();
  if (s.frozenAt !== null) s.frozenAt += ms;
  else s.offsetMs += ms;
}

export function resetClock(): void {
  const s = state();
  s.offsetMs = 0;
  s.frozenAt = null;
}
