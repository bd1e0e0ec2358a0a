/**
 * Durable events per second through pasToe (one transaction per event: version check, transition(),
 * snapshot + projection, event log line, audit line) versus raw better-sqlite3 prepared statements writing
 * the same rows in the same run. WAL, synchronous=NORMAL (db/client.ts openSqlite).
 *
 *   npx tsx bench/runtime.ts [events=5000]
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function main(n = Number(process.argv[2] ?? 5000)): Promise<{ pasToePerS: number; rawPerS: number; ratio: number }> {
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_ROOT ??= root;
  const file = path.join("/tmp", `afspraak-bench-runtime-${process.pid}.db`);
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  setDatabase(openDatabase(file));
  const { seed } = await import("../app/server/seed.server");
  await seed();
  const { setNow } = await import("../app/lib/clock");
  const { registreerFixture, FIXTURE_SOORT } = await import("../app/server/engine/test-fixture.server");
  const { startAfspraak, pasToe } = await import("../app/server/engine/runtime.server");
  registreerFixture();
  setNow(Date.parse("2026-03-02T10:00:00+01:00"));
  const { sqlite } = getDatabase();
  const f = sqlite.prepare("SELECT id, naam, team_id AS teamId FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'").get() as {
    id: string;
    naam: string;
    teamId: number;
  };
  const AANTAL = 200;
  const ids: { id: string; versie: number }[] = [];
  for (let i = 0; i < AANTAL; i++) ids.push(startAfspraak(FIXTURE_SOORT, { titel: `Bench ${i}`, eigenaarId: f.id, teamId: f.teamId }, f));

  // Warm-up
  for (let i = 0; i < 200; i++) {
    const a = ids[i % AANTAL]!;
    const r = pasToe(a.id, a.versie, { type: "OPMERKING", tekst: `w${i}` }, f);
    if (r.ok) a.versie = r.versie;
  }

  let t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const a = ids[i % AANTAL]!;
    const r = pasToe(a.id, a.versie, { type: "OPMERKING", tekst: `opmerking ${i}` }, f);
    if (!r.ok) throw new Error(r.melding);
    a.versie = r.versie;
  }
  const pasToeMs = performance.now() - t0;

  // Raw baseline: the same rows (afspraak update with snapshot, event line, audit line) per transaction.
  const snapshot = (sqlite.prepare("SELECT snapshot FROM afspraken WHERE id = ?").get(ids[0]!.id) as { snapshot: string }).snapshot;
  const upd = sqlite.prepare(
    "UPDATE afspraken SET status = ?, open = 1, titel = ?, versie = versie + 1, snapshot = ?, gewijzigd_op = ? WHERE id = ? AND versie = ?",
  );
  const sel = sqlite.prepare("SELECT versie FROM afspraken WHERE id = ?");
  const ev = sqlite.prepare(
    `INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, payload, actor_id, actor_naam, op, van_status, naar_status)
     VALUES (?, (SELECT ifnull(max(volgnummer),0)+1 FROM afspraak_gebeurtenissen WHERE afspraak_id = ?), 'OPMERKING', ?, ?, ?, ?, 'beloofd', 'beloofd')`,
  );
  const au = sqlite.prepare(
    "INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, object_id, resultaat, details) VALUES (?, ?, ?, 'afspraak.OPMERKING', 'test-fixture', ?, 'ok', ?)",
  );
  const rawTx = sqlite.transaction((id: string, i: number) => {
    const v = (sel.get(id) as { versie: number }).versie;
    upd.run("beloofd", "Bench", snapshot, Date.now(), id, v);
    ev.run(id, id, JSON.stringify({ tekst: `opmerking ${i}` }), f.id, f.naam, Date.now());
    au.run(Date.now(), f.id, f.naam, id, JSON.stringify({ van: "beloofd", naar: "beloofd", versie: v + 1 }));
  });
  t0 = performance.now();
  for (let i = 0; i < n; i++) rawTx(ids[i % AANTAL]!.id, i);
  const rawMs = performance.now() - t0;

  const pasToePerS = (n / pasToeMs) * 1000;
  const rawPerS = (n / rawMs) * 1000;
  const ratio = pasToePerS / rawPerS;
  console.log("\nDurable events through the runtime (WAL, synchronous=NORMAL)\n");
  console.log("| pad | events | ms | events/s | µs/event |");
  console.log("|---|---:|---:|---:|---:|");
  console.log(`| pasToe (transition + snapshot + log + audit) | ${n} | ${pasToeMs.toFixed(0)} | ${pasToePerS.toFixed(0)} | ${((pasToeMs / n) * 1000).toFixed(0)} |`);
  console.log(`| raw prepared inserts, same rows | ${n} | ${rawMs.toFixed(0)} | ${rawPerS.toFixed(0)} | ${((rawMs / n) * 1000).toFixed(0)} |`);
  console.log(`\npasToe / raw = ${(ratio * 100).toFixed(0)}%  (goal ≥ 2,000 events/s and ≥ 40% of raw)`);
  closeDatabase();
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return { pasToePerS, rawPerS, ratio };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
