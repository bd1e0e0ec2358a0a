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

/** Opens a SQLite file with the settings the app relies on. Does not migrate. */
export function openSqlite(file: string): Database.Database {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("temp_store = MEMORY");
  // A 64 MiB page cache and memory-mapped reads keep the hot indexes of a large database in memory.
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 268435456");
  // Functions the statistics triggers call (db/sql/050-statistiek.sql): every connection that writes needs them.
  registreerSqlFuncties(sqlite);
  return sqlite;
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
