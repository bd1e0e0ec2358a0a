import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import * as schema from "./schema/index";
import { registreerSqlFuncties } from "./functies";

export type Schema = typeof schema;
export type Db = BetterSQLite3Database<Schema>;
export interface Database_ {
  sqlite: Database.Database;
  db: Db;
  path: string;
}

export const DEFAULT_DB_PATH = "./data/afspraak.db";

/** Where the database file lives: AFSPRAAK_DB, or ./data/afspraak.db. */
export function databasePath(): string {
  return process.env.AFSPRAAK_DB || DEFAULT_DB_PATH;
}

/** The repository root: migrations and SQL files are read from there at run time. */
function projectRoot(): string {
  return process.env.AFSPRAAK_ROOT || process.cwd();
}

/**
 * `synchronous` in WAL mode (docs/decisions/009-synchronous.md): NORMAL (default) survives a crash of
 * the process; FULL also survives a power loss at the price of an fsync per commit. AFSPRAAK_SYNCHRONOUS=FULL.
 */
export function synchronousModus(): "NORMAL" | "FULL" {
  return (process.env.AFSPRAAK_SYNCHRONOUS ?? "").trim().toUpperCase() === "FULL" ? "FULL" : "NORMAL";
}

/**
 * How long a connection waits for another connection's write lock before it answers "database is locked"
 * (ms): AFSPRAAK_BUSY_TIMEOUT_MS, default 5000. Backups, Litestream's checkpoints and the app's own writers
 * all take the lock only briefly, so 5 s leaves a wide margin.
 */
export function busyTimeoutMs(): number {
  const n = Number(process.env.AFSPRAAK_BUSY_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 5000;
}

/**
 * SQLite's memory per connection, in MiB: the page cache (AFSPRAAK_SQLITE_CACHE_MB) and the memory-mapped part of
 * the file (AFSPRAAK_SQLITE_MMAP_MB; mapped pages count in the process's resident memory once read). Defaults and
 * what they cost: docs/benchmarks.md, "HTTP end to end".
 */
export function geheugenInstellingen(): { cacheMb: number; mmapMb: number } {
  const mb = (naam: string, standaard: number) => {
    const n = Number(process.env[naam]);
    return process.env[naam] !== undefined && process.env[naam] !== "" && Number.isFinite(n) && n >= 0 ? Math.floor(n) : standaard;
  };
  return { cacheMb: mb("AFSPRAAK_SQLITE_CACHE_MB", STANDAARD_CACHE_MB), mmapMb: mb("AFSPRAAK_SQLITE_MMAP_MB", STANDAARD_MMAP_MB) };
}
const STANDAARD_CACHE_MB = 16;
const STANDAARD_MMAP_MB = 64;

/** Opens a SQLite file with the settings the app relies on. Does not migrate. */
export function openSqlite(file: string, opts: { readonly?: boolean } = {}): Database.Database {
  if (file !== ":memory:" && !opts.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, opts.readonly ? { readonly: true, fileMustExist: true } : undefined);
  if (!opts.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${synchronousModus()}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs()}`);
  sqlite.pragma("temp_store = MEMORY");
  // Deleted and overwritten content is zeroed in the file, so a destroyed record (app/features/bewaren) leaves no
  // older copy behind in free space (AVG art. 5(1)(e); docs/decisions/013-bewaren-en-vernietigen.md).
  sqlite.pragma("secure_delete = ON");
  // A page cache and memory-mapped reads keep the hot indexes of a large database in memory (sizes: geheugenInstellingen).
  const { cacheMb, mmapMb } = geheugenInstellingen();
  sqlite.pragma(`cache_size = -${cacheMb * 1024}`);
  sqlite.pragma(`mmap_size = ${mmapMb * 2 ** 20}`);
  // Functions the statistics triggers call (db/sql/050-statistiek.sql): every connection that writes needs them.
  registreerSqlFuncties(sqlite);
  if (!opts.readonly) schrijfTransactiesDirect(sqlite);
  return sqlite;
}

/**
 * `sqlite.transaction(fn)()` begins IMMEDIATE instead of DEFERRED on this connection: the write lock is taken at
 * BEGIN, where busy_timeout applies. A deferred transaction that reads first and then writes cannot wait: when
 * another connection (Litestream's checkpoints, a CLI command) wrote in between, SQLite answers "database is
 * locked" at once, and a user's request fails. Within this process transactions are synchronous and so never
 * overlap, so taking the lock at the start costs no concurrency. `.deferred`/`.default` give the same
 * immediate variant; `.exclusive` stays available.
 */
function schrijfTransactiesDirect(sqlite: Database.Database): void {
  const gewoon = sqlite.transaction.bind(sqlite);
  sqlite.transaction = function transactie(fn) {
    const t = gewoon(fn);
    const direct = t.immediate;
    const f = function (this: unknown, ...args: unknown[]) {
      return direct.apply(this, args as never);
    };
    Object.defineProperties(f, {
      default: { value: direct },
      deferred: { value: direct },
      immediate: { value: direct },
      exclusive: { value: t.exclusive },
      database: { value: sqlite, enumerable: true },
    });
    return f as unknown as typeof t;
  } as typeof sqlite.transaction;
}

/**
 * Applies the committed drizzle-kit migrations, then the idempotent SQL in db/sql (triggers, FTS),
 * then refreshes planner statistics.
 */
export function migrateDatabase(sqlite: Database.Database): void {
  const root = projectRoot();
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(root, "db/migrations") });
  const sqlDir = path.join(root, "db/sql");
  if (existsSync(sqlDir)) {
    for (const f of readdirSync(sqlDir).filter((n) => n.endsWith(".sql")).sort()) {
      sqlite.exec(readFileSync(path.join(sqlDir, f), "utf8"));
    }
  }
  sqlite.pragma("optimize = 0x10002");
}

export function openDatabase(file = databasePath(), opts: { migrate?: boolean } = {}): Database_ {
  const sqlite = openSqlite(file);
  if (opts.migrate !== false) migrateDatabase(sqlite);
  return { sqlite, db: drizzle(sqlite, { schema }), path: file };
}

/**
 * Opens the live database of a running server for a tool (backup, checks) without disturbing it: no
 * migrations, no re-run of db/sql (which drops and recreates triggers), no `PRAGMA optimize`, and not the
 * process-wide handle (so closeDatabase() does not optimise it either). The file must exist; close it with
 * `sqlite.close()`. With `readonly` the connection cannot write at all.
 */
export function openLiveDatabase(file = databasePath(), opts: { readonly?: boolean } = {}): Database_ {
  if (!existsSync(file)) throw new Error(`De database ${file} bestaat niet.`);
  const sqlite = openSqlite(file, { readonly: opts.readonly });
  return { sqlite, db: drizzle(sqlite, { schema }), path: file };
}

const GLOBAL_KEY = Symbol.for("afspraak.database");
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Database_ };

/**
 * The process-wide database handle, kept on globalThis so that dev reloads (and a second copy of this
 * module, e.g. the server bundle next to a CLI import) share one connection.
 */
export function getDatabase(): Database_ {
  const g = globalThis as GlobalWithDb;
  let handle = g[GLOBAL_KEY];
  if (!handle || !handle.sqlite.open) {
    handle = openDatabase();
    g[GLOBAL_KEY] = handle;
  }
  return handle;
}

/** Replaces the process-wide handle (tests) or clears it (shutdown). */
export function setDatabase(handle: Database_ | undefined): void {
  (globalThis as GlobalWithDb)[GLOBAL_KEY] = handle;
}

export function closeDatabase(): void {
  const g = globalThis as GlobalWithDb;
  const handle = g[GLOBAL_KEY];
  if (handle?.sqlite.open) {
    try {
      handle.sqlite.pragma("optimize");
    } catch {
      /* closing anyway */
    }
    handle.sqlite.close();
  }
  g[GLOBAL_KEY] = undefined;
}
