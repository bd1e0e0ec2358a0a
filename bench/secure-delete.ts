/**
 * What `PRAGMA secure_delete = ON` (db/client.ts, decision 013) costs on the hot write path: a callback created and
 * two attempts logged (the snapshot row is rewritten at every step), N per round, rounds alternating ON/OFF on fresh
 * copies of one seeded database. `npx tsx bench/secure-delete.ts`.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
const root = fileURLToPath(new URL("..", import.meta.url));
const werk = path.join(os.tmpdir(), `afspraak-bench-secure-delete-${process.pid}`);
mkdirSync(werk, { recursive: true });
process.env.AFSPRAAK_ROOT = root;
process.env.AFSPRAAK_DEMO_HISTORIE = "0";
process.env.AFSPRAAK_TEST_CLOCK = "1";
const base = path.join(werk, "basis.db");
rmSync(base, { force: true });
const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
setDatabase(openDatabase(base));
const { seed } = await import("../app/features/demodata/seed.server");
await seed();
getDatabase().sqlite.pragma("wal_checkpoint(TRUNCATE)");
closeDatabase();
const { maakTerugbelafspraak, terugbelStap } = await import("../app/features/terugbellen/terugbel.server");
const { laadAfspraakRij } = await import("../app/platform/engine/runtime.server");
const { setNow } = await import("../app/platform/clock");
const { parseTijdstip } = await import("../app/domain/kalender/tijd");
const N = 400;
const uit: { ON: number[]; OFF: number[] } = { ON: [], OFF: [] };
for (let ronde = 0; ronde < 10; ronde++) {
  const modus: "ON" | "OFF" = ronde % 2 === 0 ? "ON" : "OFF";
  const f = path.join(werk, `${modus}.db`);
  for (const x of ["", "-wal", "-shm"]) rmSync(f + x, { force: true });
  copyFileSync(base, f);
  setDatabase(openDatabase(f));
  getDatabase().sqlite.pragma(`secure_delete = ${modus}`);
  setNow(parseTijdstip("2026-11-23T10:00"));
  const m = getDatabase().sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'").get() as { id: string; naam: string; email: string };
  const user = { ...m, rollen: ["medewerker"] as never };
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const r = maakTerugbelafspraak({ naam: `Test ${i}`, telefoon: "06-12345678", email: "", vraag: "Vraag ".repeat(200), kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" }, user, null);
    if (!r.ok) throw new Error(JSON.stringify(r));
    terugbelStap(r.id, laadAfspraakRij(r.id)!.versie, "poging", { uitkomst: "geen_gehoor", notitie: "x".repeat(500) }, user, null);
    terugbelStap(r.id, laadAfspraakRij(r.id)!.versie, "poging", { uitkomst: "bereikt", notitie: "" }, user, null);
  }
  uit[modus].push((performance.now() - t0) / N);
  closeDatabase();
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`ms per callback (create + 2 attempts), median of 5 rounds: secure_delete ON ${med(uit.ON).toFixed(2)}, OFF ${med(uit.OFF).toFixed(2)}, ratio ${(med(uit.ON) / med(uit.OFF)).toFixed(2)}; rounds ON ${uit.ON.map((x) => x.toFixed(2))} OFF ${uit.OFF.map((x) => x.toFixed(2))}`);
rmSync(werk, { recursive: true, force: true });
