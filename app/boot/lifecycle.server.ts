import { getDatabase, closeDatabase } from "../../db/client";
import { JobRunner } from "../platform/engine/jobs.server";
import { achtergrondTaken } from "./background.server";
import { seedAlsNieuw } from "../features/demodata/seed.server";
import { log } from "../platform/web/log.server";

const KEY = Symbol.for("afspraak.jobs");
type G = typeof globalThis & { [KEY]?: JobRunner };

/** Opens (and migrates) the database and seeds the demo municipality when the database is new. */
export async function boot(): Promise<void> {
  const t0 = Date.now();
  const { path } = getDatabase();
  const seeded = await seedAlsNieuw();
  log("info", "database klaar", { path, ms: Date.now() - t0, demoGeseed: seeded });
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
  closeDatabase();
}
