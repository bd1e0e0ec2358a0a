import type Database from "better-sqlite3";

const CACHE = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The prepared statement for this SQL on this connection, prepared once: preparing costs more than running a small
 * query, and many run on every request (session, health, inbox count). Only for fixed SQL texts (parameters, not
 * interpolated values), or the cache grows without bound.
 */
export function voorbereid(sqlite: Database.Database, sql: string): Database.Statement {
  let m = CACHE.get(sqlite);
  if (!m) {
    m = new Map();
    CACHE.set(sqlite, m);
  }
  let s = m.get(sql);
  if (!s) {
    s = sqlite.prepare(sql);
    m.set(sql, s);
  }
  return s;
}
