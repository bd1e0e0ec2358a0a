import { Worker } from "node:worker_threads";
import path from "node:path";
import { existsSync } from "node:fs";
import { synchronousModus, type Database_ } from "./client";

/**
 * Checkpoints off the request path (docs/decisions/015-checkpoints-in-de-achtergrond.md).
 *
 * SQLite's own automatic checkpoint runs inside the COMMIT that lets the WAL pass 1,000 pages: under a steady stream
 * of creates every few dozen requests one user waits while a thousand pages are copied into the database file and
 * the file is fsynced. With the checkpointer on, the process's own connection only checkpoints as a safety net (at
 * VEILIGHEIDSNET_PAGINAS, when the thread has stopped or fallen behind) and a worker thread with its own connection
 * runs a PASSIVE checkpoint every `intervalMs`. AFSPRAAK_CHECKPOINT=sqlite keeps SQLite's default instead.
 */
export const VEILIGHEIDSNET_PAGINAS = 10_000;
const STANDAARD_INTERVAL_MS = 250;

export interface Checkpointer {
  /** Frames copied so far by the thread (for tests and metrics). */
  readonly gekopieerd: number;
  readonly fouten: number;
  stop(): Promise<void>;
}

export function checkpointerAan(): boolean {
  return !["sqlite", "uit", "0"].includes((process.env.AFSPRAAK_CHECKPOINT ?? "").trim().toLowerCase());
}

function workerBestand(): string {
  const root = process.env.AFSPRAAK_ROOT || process.cwd();
  return path.join(root, "db/checkpoint-worker.mjs");
}

/**
 * Starts the thread for this handle's file (not for `:memory:`, not when switched off). The thread does not keep the
 * process alive; errors are reported through `melden` and the safety net keeps the WAL bounded in the meantime.
 */
export function startCheckpointer(
  handle: Database_,
  opts: { intervalMs?: number; melden?: (niveau: "warn" | "info", bericht: string, velden?: Record<string, unknown>) => void } = {},
): Checkpointer | null {
  if (!checkpointerAan() || handle.path === ":memory:" || !existsSync(handle.path)) return null;
  const bestand = workerBestand();
  if (!existsSync(bestand)) {
    opts.melden?.("warn", "checkpoint-thread niet gevonden; SQLite checkpoint zelf", { bestand });
    return null;
  }
  handle.sqlite.pragma(`wal_autocheckpoint = ${VEILIGHEIDSNET_PAGINAS}`);
  let gekopieerd = 0;
  let fouten = 0;
  let gestopt = false;
  let klaar: () => void = () => {};
  const weg = new Promise<void>((r) => (klaar = r));
  const worker = new Worker(bestand, {
    workerData: { file: path.resolve(handle.path), intervalMs: opts.intervalMs ?? STANDAARD_INTERVAL_MS, synchronous: synchronousModus() },
  });
  worker.unref();
  worker.on("message", (m: { soort: string; gekopieerd?: number; melding?: string }) => {
    if (m.soort === "ronde") gekopieerd += m.gekopieerd ?? 0;
    else if (m.soort === "fout") {
      fouten++;
      opts.melden?.("warn", "achtergrond-checkpoint mislukt", { fout: m.melding });
    }
  });
  const terugNaarSqlite = () => {
    // The thread is gone: the connection checkpoints by itself again at SQLite's default.
    if (handle.sqlite.open) handle.sqlite.pragma("wal_autocheckpoint = 1000");
    klaar();
  };
  worker.on("error", (e) => {
    fouten++;
    opts.melden?.("warn", "checkpoint-thread gestopt met een fout", { fout: String(e) });
  });
  worker.on("exit", () => {
    if (!gestopt) opts.melden?.("warn", "checkpoint-thread onverwacht gestopt; SQLite checkpoint weer zelf");
    terugNaarSqlite();
  });
  return {
    get gekopieerd() {
      return gekopieerd;
    },
    get fouten() {
      return fouten;
    },
    async stop() {
      if (gestopt) return weg;
      gestopt = true;
      worker.postMessage("stop");
      const hard = setTimeout(() => void worker.terminate(), 2_000);
      hard.unref();
      await weg;
      clearTimeout(hard);
    },
  };
}
