import { getDatabase, closeDatabase } from "../../db/client";
import { JobRunner } from "../platform/engine/jobs.server";
import { achtergrondTaken } from "./background.server";
import { seedAlsNieuw } from "../features/demodata/seed.server";
import { log } from "../platform/web/log.server";
import { registreerMetrics } from "../platform/metrics/metrics.server";
import { startReplicatie, stopReplicatie } from "../platform/replicatie/supervisor.server";
import { markeerGereed } from "../platform/opslag/gereedheid.server";
import { startCheckpointer, type Checkpointer } from "../../db/checkpoint";

const KEY = Symbol.for("afspraak.jobs");
const CHECKPOINT = Symbol.for("afspraak.checkpointer");
type G = typeof globalThis & { [KEY]?: JobRunner; [CHECKPOINT]?: Checkpointer | null };

/**
 * Opens (and migrates) the database, seeds the demo municipality when the database is new, registers the
 * metrics and starts continuous replication when AFSPRAAK_REPLICA is set; then /readyz reports ready.
 */
export async function boot(): Promise<void> {
  const t0 = Date.now();
  markeerGereed(false);
  const handle = getDatabase();
  const { path } = handle;
  const seeded = await seedAlsNieuw();
  // WAL checkpoints in a thread of their own, not inside a user's COMMIT (db/checkpoint.ts)
  const g = globalThis as G;
  if (!g[CHECKPOINT]) g[CHECKPOINT] = startCheckpointer(handle, { melden: (niveau, bericht, velden) => log(niveau, bericht, velden) });
  registreerMetrics();
  const replicatie = await startReplicatie(path);
  markeerGereed(true);
  log("info", "database klaar", { path, ms: Date.now() - t0, demoGeseed: seeded, replicatie, checkpoint: g[CHECKPOINT] ? "achtergrond" : "sqlite" });
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
  const g = globalThis as G;
  await g[CHECKPOINT]?.stop();
  g[CHECKPOINT] = undefined;
  closeDatabase();
}
