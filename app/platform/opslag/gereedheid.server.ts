/**
 * Readiness (/readyz), separate from liveness (/healthz): the process is alive as long as it answers; it is
 * ready for users only when booting (migrations, seeding) is done, the database answers and can be written,
 * and the disk is not full. A load balancer or Kubernetes sends no users to an instance that is not ready.
 */
import { getDatabase } from "../../../db/client";
import type Database from "better-sqlite3";
import { schijfVol } from "./schijf.mjs";
import { gereedMarkering, zetGereedMarkering } from "./opstart.mjs";

/** Called by app/boot: false when booting starts, true once migrations and seeding are done. */
export function markeerGereed(gereed = true): void {
  zetGereedMarkering(gereed);
}

/** How long readiness waits for another connection's write lock before it reports "not writable" (ms). */
const SCHRIJFPROEF_MS = 250;

/**
 * Can this connection take the write lock now? BEGIN IMMEDIATE + ROLLBACK: it takes the lock and writes
 * nothing (no WAL frame, nothing for Litestream). It fails when the connection or the file is read-only, or
 * when another process holds the write lock longer than SCHRIJFPROEF_MS (a stuck tool, a hung backup
 * writer): then users' writes would wait and fail too. Transactions in this process are synchronous, so none
 * is open here; the connection's own busy_timeout is restored afterwards.
 */
function schrijfProef(sqlite: Database.Database): string | null {
  if (sqlite.readonly) return "database alleen-lezen";
  if (sqlite.inTransaction) return null;
  const oud = sqlite.pragma("busy_timeout", { simple: true }) as number;
  try {
    sqlite.pragma(`busy_timeout = ${SCHRIJFPROEF_MS}`);
    sqlite.exec("BEGIN IMMEDIATE");
    sqlite.exec("ROLLBACK");
    return null;
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return `database niet schrijfbaar: een ander proces houdt de schrijfvergrendeling langer dan ${SCHRIJFPROEF_MS} ms vast`;
    if (code.startsWith("SQLITE_READONLY")) return "database niet schrijfbaar: alleen-lezen";
    return `database niet schrijfbaar (${code || "onbekende fout"})`;
  } finally {
    sqlite.pragma(`busy_timeout = ${oud}`);
  }
}

export interface Gereedheid {
  gereed: boolean;
  redenen: string[];
}

export function gereedheid(): Gereedheid {
  const redenen: string[] = [];
  // false while app/boot runs (migrations, seeding) and after shutdown began; undefined when this process has no
  // boot lifecycle at all (a test harness), which is no reason to refuse.
  if (gereedMarkering() === false) redenen.push("opstarten of stoppen: migraties en voorbereiding lopen, of de server stopt");
  try {
    const { sqlite } = getDatabase();
    sqlite.prepare("SELECT 1").get();
    const fout = schrijfProef(sqlite);
    if (fout) redenen.push(fout);
  } catch {
    redenen.push("database onbereikbaar");
  }
  if (schijfVol()) redenen.push("schijf vol: schrijven wordt geweigerd");
  return { gereed: redenen.length === 0, redenen };
}
