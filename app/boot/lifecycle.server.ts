import { getDatabase, closeDatabase } from "../../db/client";
import { JobRunner } from "../platform/engine/jobs.server";
import { achtergrondTaken } from "./background.server";
import { seedAlsNieuw } from "../features/demodata/seed.server";
import { log } from "../platform/web/log.server";
import { registreerMetrics } from "../platform/metrics/metrics.server";
import { startReplicatie, stopReplicatie } from "../platform/replicatie/supervisor.server";
import { markeerGereed } from "../platform/opslag/gereedheid.server";

const KEY = Symbol.for("afspraak.jobs");
type G = typeof globalThis & { [KEY]?: JobRunner };

/**
 * Opens (and migrates) the database, seeds the demo municipality when the database is new, registers the
 * metrics and starts continuous replication when AFSPRAAK_REPLICA is set; then /readyz reports ready.
 */
export async function boot(): Promise<void> {
  const t0 = Date.now();
  markeerGereed(false);
  const { path } = getDatabase();
  const seeded = await seedAlsNieuw();
  registreerMetrics();
  const replicatie = await startReplicatie(path);
  markeerGereed(true);
  log("info", "database klaar", { path, ms: Date.now() - t0, demoGeseed: seeded, replicatie });
}

export function jobRunner(): JobRunner {
  const g = globalThis as G;
  return (g[KEY] ??= new JobRunner(achtergrondTaken()));
}

export function startBackground(): void {
  if (process.env.AFSPRAAK_BACKGROUND === "0") return;
  jobRunner().start();
}

export async function stopBackground(): Promise<void> {
  const g = globalThis as G;
  await g[KEY]?.stop();
}

export async function shutdown(): Promise<void> {
  markeerGereed(false);
  await stopReplicatie();
  closeDatabase();
}
