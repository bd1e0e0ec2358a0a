/**
 * Scheduler sweep at scale: N open commitments (default 1,000,000) with a running deadline each, of which
 * D (default 10,000) are due. Measures the "nothing due" check (one probe of the partial index) and the
 * time to sweep the due ones (each firing: event through the runtime, phase + next firing, inbox/outbox rows).
 *
 *   npx tsx bench/sweep.ts [open=1000000] [due=10000]
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function main(n = Number(process.argv[2] ?? 1_000_000), due = Number(process.argv[3] ?? 10_000)) {
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_ROOT ??= root;
  const file = path.join("/tmp", `afspraak-bench-sweep-${process.pid}.db`);
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  setDatabase(openDatabase(file));
  const { seed } = await import("../app/server/seed.server");
  await seed();
  const { setNow } = await import("../app/lib/clock");
  const { registreerFixture, FIXTURE_SOORT } = await import("../app/server/engine/test-fixture.server");
  const { startAfspraak } = await import("../app/server/engine/runtime.server");
  const { sweep, ietsTeDoen } = await import("../app/server/engine/scheduler.server");
  registreerFixture();
  const start = Date.parse("2026-03-02T10:00:00+01:00");
  setNow(start);
  const { sqlite } = getDatabase();
  // Page cache for a large database (db/client.ts leaves SQLite's 2 MB default): BENCH_CACHE_MB, default 256.
  const cacheMb = Number(process.env.BENCH_CACHE_MB ?? 256);
  sqlite.pragma(`cache_size = -${cacheMb * 1024}`);
  const mw = sqlite.prepare("SELECT id, naam, team_id AS teamId FROM medewerkers WHERE actief = 1").all() as {
    id: string;
    naam: string;
    teamId: number;
  }[];
  // One real commitment as template, then N rows copied with raw inserts (fast generation).
  const tpl = startAfspraak(FIXTURE_SOORT, { titel: "Sjabloon", eigenaarId: mw[0]!.id, teamId: mw[0]!.teamId, mijlpaal: "terugbellen" }, mw[0]!);
  const a = sqlite.prepare("SELECT * FROM afspraken WHERE id = ?").get(tpl.id) as Record<string, unknown>;
  const t = sqlite.prepare("SELECT * FROM termijnen WHERE afspraak_id = ?").get(tpl.id) as Record<string, unknown>;
  const insA = sqlite.prepare(
    `INSERT INTO afspraken (id, soort, status, open, titel, eigenaar_id, team_id, termijn_op, termijn_status, norm_versie_ids,
       handvest_peil_op, versie, snapshot, aangemaakt_op, gewijzigd_op) VALUES (?, ?, 'beloofd', 1, ?, ?, ?, ?, 'op_tijd', ?, ?, 1, ?, ?, ?)`,
  );
  const insE = sqlite.prepare(
    "INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, op, naar_status) VALUES (?, 1, 'AANGEMAAKT', ?, 'beloofd')",
  );
  const insT = sqlite.prepare(
    `INSERT INTO termijnen (afspraak_id, mijlpaal, norm_versie_id, start_op, waarschuwing_op, termijn_op, oorspronkelijk_op, status, fase, volgende_actie_op)
     VALUES (?, 'terugbellen', ?, ?, ?, ?, ?, 'lopend', ?, ?)`,
  );
  const nuSweep = Date.parse("2026-03-04T10:00:00+01:00");
  const ver = Date.parse("2027-01-01T10:00:00+01:00");
  const g0 = performance.now();
  const BATCH = 20_000;
  for (let b = 0; b < n; b += BATCH) {
    sqlite.transaction(() => {
      for (let i = b; i < Math.min(n, b + BATCH); i++) {
        const id = `bench-${i}`;
        const m = mw[i % mw.length]!;
        const isDue = i % Math.floor(n / due) === 0 && i / Math.floor(n / due) < due;
        const op = isDue ? (t.termijn_op as number) : ver + i * 1000;
        insA.run(id, FIXTURE_SOORT, `Bench ${i}`, m.id, m.teamId, op, a.norm_versie_ids, start, a.snapshot, start, start);
        insE.run(id, start);
        insT.run(id, t.norm_versie_id, start, isDue ? op : op - 3_600_000, op, op, isDue ? "gewaarschuwd" : "gepland", isDue ? op : op - 3_600_000);
      }
    })();
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  const genMs = performance.now() - g0;
  const dueCount = (sqlite.prepare("SELECT count(*) n FROM termijnen WHERE volgende_actie_op <= ?").get(nuSweep) as { n: number }).n;

  // "Nothing due" check: median of 1,000 probes at a moment before anything is due.
  const probes: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p0 = performance.now();
    ietsTeDoen(start);
    probes.push(performance.now() - p0);
  }
  probes.sort((x, y) => x - y);
  const plan = (sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM termijnen WHERE volgende_actie_op IS NOT NULL AND volgende_actie_op <= ? ORDER BY volgende_actie_op LIMIT 1").all(start) as { detail: string }[]).map((r) => r.detail).join("; ");

  setNow(nuSweep);
  const r = sweep({ nu: nuSweep });
  const leeg = performance.now();
  const nogIets = ietsTeDoen(nuSweep);
  const naMs = performance.now() - leeg;

  console.log(`\nScheduler sweep: ${n.toLocaleString("nl-NL")} open commitments, ${dueCount.toLocaleString("nl-NL")} due (generated in ${(genMs / 1000).toFixed(1)} s)\n`);
  console.log("| measurement | result | goal |");
  console.log("|---|---:|---:|");
  console.log(`| "nothing due" check (median of 1,000) | ${(probes[500]! * 1000).toFixed(0)} µs | < 5 ms |`);
  console.log(`| "nothing due" check (p99) | ${(probes[990]! * 1000).toFixed(0)} µs | |`);
  console.log(`| sweep of the due deadlines | ${r.ms.toFixed(0)} ms (${r.gevuurd} firings, ${((r.ms / Math.max(1, r.gevuurd)) * 1000).toFixed(0)} µs each) | < 2 s |`);
  console.log(`| check after the sweep | ${(naMs * 1000).toFixed(0)} µs, still due: ${nogIets} | |`);
  console.log(`\nplan: ${plan}\npage cache: ${cacheMb} MB`);
  closeDatabase();
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return { sweepMs: r.ms, gevuurd: r.gevuurd, nietsTeDoenUs: probes[500]! * 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
