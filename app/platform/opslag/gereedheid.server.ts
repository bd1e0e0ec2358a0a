/**
 * Readiness (/readyz), separate from liveness (/healthz): the process is alive as long as it answers; it is
 * ready for users only when booting (migrations, seeding) is done, the database answers and can be written,
 * and the disk is not full. A load balancer or Kubernetes sends no users to an instance that is not ready.
 */
import { getDatabase } from "../../../db/client";
import { schijfVol } from "./schijf.mjs";

const KEY = Symbol.for("afspraak.gereed");
type G = typeof globalThis & { [KEY]?: boolean };

/** Called by app/boot once migrations and seeding are done. */
export function markeerGereed(gereed = true): void {
  (globalThis as G)[KEY] = gereed;
}

export interface Gereedheid {
  gereed: boolean;
  redenen: string[];
}

export function gereedheid(): Gereedheid {
  const redenen: string[] = [];
  // false while app/boot runs (migrations, seeding) and after shutdown began; undefined when this process has no
  // boot lifecycle at all (a test harness), which is no reason to refuse.
  if ((globalThis as G)[KEY] === false) redenen.push("opstarten of stoppen: migraties en voorbereiding lopen, of de server stopt");
  try {
    const { sqlite } = getDatabase();
    sqlite.prepare("SELECT 1").get();
    if (sqlite.readonly) redenen.push("database alleen-lezen");
  } catch {
    redenen.push("database onbereikbaar");
  }
  if (schijfVol()) redenen.push("schijf vol: schrijven wordt geweigerd");
  return { gereed: redenen.length === 0, redenen };
}
