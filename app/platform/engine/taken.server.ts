/** The engine's background jobs (registered in app/boot/background.server.ts). */
import type { BackgroundJob } from "./jobs.server";
import { sweep } from "./scheduler.server";
import { bezorgOutbox } from "./outbox.server";
import { verstuurDigests } from "./digest.server";

export function engineTaken(): BackgroundJob[] {
  return [
    // The first tick runs at start: catch-up of everything that fell due while the server was down.
    { naam: "termijnen", intervalMs: 15_000, run: () => void sweep() },
    { naam: "outbox", intervalMs: 15_000, run: async () => void (await bezorgOutbox()) },
    { naam: "dagoverzicht", intervalMs: 60_000, run: () => void verstuurDigests() },
  ];
}

/** Sweep + digest + mail delivery now (the test clock calls this after moving time). */
export async function voerEngineTakenUit(): Promise<{ gevuurd: number; verzonden: number }> {
  const s = sweep();
  verstuurDigests();
  const b = await bezorgOutbox();
  return { gevuurd: s.gevuurd, verzonden: b.verzonden };
}
