/**
 * The background checkpointer (db/checkpoint.ts): the process's own connection no longer checkpoints inside a
 * COMMIT at 1,000 pages, a thread does it, the WAL stays bounded, nothing committed is lost when the thread or the
 * process stops at any moment, and the connection falls back to SQLite's own checkpoints when the thread is gone.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase, type Database_ } from "../../../db/client";
import { startCheckpointer, VEILIGHEIDSNET_PAGINAS } from "../../../db/checkpoint";

const mappen: string[] = [];
const handles: Database_[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) if (h.sqlite.open) h.sqlite.close();
  for (const m of mappen.splice(0)) rmSync(m, { recursive: true, force: true });
});

function nieuweDb(): Database_ {
  const map = mkdtempSync(path.join(os.tmpdir(), "afspraak-checkpoint-"));
  mappen.push(map);
  const file = path.join(map, "a.db");
  const h = openDatabase(file, { migrate: false });
  h.sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  handles.push(h);
  return h;
}
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const schrijf = (h: Database_, n: number) => {
  const ins = h.sqlite.prepare("INSERT INTO t (v) VALUES (?)");
  for (let i = 0; i < n; i++) h.sqlite.transaction(() => ins.run("x".repeat(3000)))();
};

describe("background checkpoints", () => {
  it("the thread copies the WAL into the file; the connection only checkpoints as a safety net", async () => {
    const h = nieuweDb();
    const cp = startCheckpointer(h, { intervalMs: 20 })!;
    expect(cp).not.toBeNull();
    expect(h.sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(VEILIGHEIDSNET_PAGINAS);
    schrijf(h, 2_000); // ~2,000 pages: past SQLite's default 1,000
    for (let i = 0; i < 100 && cp.gekopieerd < 2_000; i++) await wacht(20);
    expect(cp.gekopieerd).toBeGreaterThanOrEqual(2_000);
    // the database file itself now holds the rows: a reader of the file alone (the WAL removed) sees them
    await cp.stop();
    h.sqlite.close();
    const kopie = path.join(path.dirname(h.path), "alleen-bestand.db");
    const { copyFileSync } = await import("node:fs");
    copyFileSync(h.path, kopie);
    const los = new Database(kopie, { readonly: true });
    expect((los.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n).toBe(2_000);
    los.close();
  });

  it("the WAL stays bounded under a stream of commits (and far below the safety net alone)", async () => {
    const stroom = async (h: Database_) => {
      let max = 0;
      for (let ronde = 0; ronde < 20; ronde++) {
        schrijf(h, 200);
        await wacht(15);
        max = Math.max(max, statSync(h.path + "-wal").size);
      }
      return max;
    };
    const zonder = nieuweDb();
    zonder.sqlite.pragma(`wal_autocheckpoint = ${VEILIGHEIDSNET_PAGINAS}`);
    const maxZonder = await stroom(zonder);
    const h = nieuweDb();
    const cp = startCheckpointer(h, { intervalMs: 10 })!;
    const max = await stroom(h);
    await cp.stop();
    expect(maxZonder).toBeGreaterThan(8 * 2 ** 20); // 4,000 commits of a row of 3 kB pile up in the WAL
    expect(max).toBeLessThan(maxZonder / 2);
    expect((h.sqlite.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n).toBe(4_000);
  });

  it("a thread that is gone gives the connection back SQLite's own checkpoints", async () => {
    const h = nieuweDb();
    const cp = startCheckpointer(h, { intervalMs: 50 })!;
    await cp.stop();
    expect(h.sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    schrijf(h, 10);
    expect((h.sqlite.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n).toBe(10);
  });

  it("is off with AFSPRAAK_CHECKPOINT=sqlite and for :memory:", () => {
    const h = nieuweDb();
    process.env.AFSPRAAK_CHECKPOINT = "sqlite";
    try {
      expect(startCheckpointer(h)).toBeNull();
    } finally {
      delete process.env.AFSPRAAK_CHECKPOINT;
    }
    expect(startCheckpointer({ ...h, path: ":memory:" })).toBeNull();
    expect(h.sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });
});
