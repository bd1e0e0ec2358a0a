/**
 * Builds one migrated and seeded base database per test run; every test file gets its own copy
 * (tests/setup/per-file.ts), so integration tests run against a real SQLite file without sharing state.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const TMP = path.join(root, "tests/.tmp");
export const BASE_DB = path.join(TMP, "base.db");

export default async function setup() {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  process.env.AFSPRAAK_ROOT = root;
  process.env.AFSPRAAK_DB = BASE_DB;
  const { openDatabase, setDatabase, closeDatabase } = await import("../../db/client");
  setDatabase(openDatabase(BASE_DB));
  const { seed } = await import("../../app/server/seed.server");
  await seed();
  const { getDatabase } = await import("../../db/client");
  getDatabase().sqlite.pragma("wal_checkpoint(TRUNCATE)");
  closeDatabase();
  return () => {
    rmSync(TMP, { recursive: true, force: true });
  };
}
