/**
 * Builds one migrated and seeded base database per test run (in a folder of its own, so that runs started at
 * the same time do not disturb each other); every test file gets its own copy (tests/setup/per-file.ts).
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const root = fileURLToPath(new URL("../..", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    testTmpDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = path.join(root, "tests/.tmp", `run-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const baseDb = path.join(dir, "base.db");
  process.env.AFSPRAAK_ROOT = root;
  process.env.AFSPRAAK_DB = baseDb;
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../../db/client");
  setDatabase(openDatabase(baseDb));
  const { seed } = await import("../../app/features/demodata/seed.server");
  await seed();
  getDatabase().sqlite.pragma("wal_checkpoint(TRUNCATE)");
  closeDatabase();
  project.provide("testTmpDir", dir);
  return () => {
    rmSync(dir, { recursive: true, force: true });
  };
}
