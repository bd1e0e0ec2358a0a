/**
 * Durable events per second through pasToe (one transaction per event: version check, transition(),
 * snapshot + projection, event log line, audit line) versus raw better-sqlite3 prepared statements doing the
 * same logical writes in the same run (same columns, same snapshot JSON, same log and audit lines). WAL,
 * synchronous=NORMAL (db/client.ts openSqlite). Prints the machine's load average with the results.
 *
 *   npx tsx bench/runtime.ts [events=5000]
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function belasting(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}

export async function main(n = Number(process.argv[2] ?? 5000)): Promise<{ pasToePerS: number; rawPerS: number; ratio: number; load: string }> {
  const loadStart = belasting();
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_ROOT ??= root;
  const file = path.join("/tmp", `afspraak-bench-runtime-${process.pid}.db`);
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  setDatabase(openDatabase(file));
  const { seed } = await import("../app/features/demodata/seed.server");
  await seed();
  const { setNow } = await import("../app/platform/clock");
  const { registreerFixture, FIXTURE_SOORT } = await import("../app/platform/engine/test-fixture.server");
  const { startAfspraak, pasToe } = await import("../app/platform/engine/runtime.server");
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

  // Raw baseline: the same logical writes per transaction, hand-written with prepared statements — version
  // check, the commitment's new version + snapshot (same JSON as the runtime writes, including the remark) +
  // change time, the event line (next number), the audit line with the same details. Only the changed columns
  // are set, as the runtime does. (The first run of each id set the versions; the baseline continues them.)
  const snapshotVan = (sqlite.prepare("SELECT snapshot FROM afspraken WHERE id = ?").get(ids[0]!.id) as { snapshot: string }).snapshot;
  const basis = JSON.parse(snapshotVan) as { context: { opmerking: string | null } };
  const [voor, na] = JSON.stringify({ ...basis, context: { ...basis.context, opmerking: "\u0000" } }).split('"\\u0000"');
  const sel = sqlite.prepare("SELECT versie, status FROM afspraken WHERE id = ?");
  const upd = sqlite.prepare("UPDATE afspraken SET versie = ?, snapshot = ?, gewijzigd_op = ? WHERE id = ? AND versie = ?");
  const ev = sqlite.prepare(
    `INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, payload, actor_id, actor_naam, op, van_status, naar_status)
     VALUES (?, (SELECT ifnull(max(volgnummer), 0) + 1 FROM afspraak_gebeurtenissen WHERE afspraak_id = ?), 'OPMERKING', ?, ?, ?, ?, ?, ?)`,
  );
  const au = sqlite.prepare(
    `INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, object_id, resultaat, oorsprong, details)
     VALUES (?, ?, ?, 'afspraak.OPMERKING', 'test-fixture', ?, 'ok', NULL, ?)`,
  );
  const rawTx = sqlite.transaction((id: string, i: number) => {
    const r = sel.get(id) as { versie: number; status: string };
    const tekst = `opmerking ${i}`;
    const op = Date.now();
    upd.run(r.versie + 1, voor + JSON.stringify(tekst) + na, op, id, r.versie);
    ev.run(id, id, JSON.stringify({ tekst }), f.id, f.naam, op, r.status, r.status);
    au.run(op, f.id, f.naam, id, JSON.stringify({ van: r.status, naar: r.status, versie: r.versie + 1 }));
  });
  for (let i = 0; i < 200; i++) rawTx(ids[i % AANTAL]!.id, i); // warm-up, as for pasToe
  t0 = performance.now();
  for (let i = 0; i < n; i++) rawTx(ids[i % AANTAL]!.id, i);
  const rawMs = performance.now() - t0;
  const loadEind = belasting();

  const pasToePerS = (n / pasToeMs) * 1000;
  const rawPerS = (n / rawMs) * 1000;
  const ratio = pasToePerS / rawPerS;
  console.log("\nDurable events through the runtime (WAL, synchronous=NORMAL)\n");
  console.log("| pad | events | ms | events/s | µs/event |");
  console.log("|---|---:|---:|---:|---:|");
  console.log(`| pasToe (transition + snapshot + log + audit) | ${n} | ${pasToeMs.toFixed(0)} | ${pasToePerS.toFixed(0)} | ${((pasToeMs / n) * 1000).toFixed(0)} |`);
  console.log(`| raw prepared statements, same logical writes | ${n} | ${rawMs.toFixed(0)} | ${rawPerS.toFixed(0)} | ${((rawMs / n) * 1000).toFixed(0)} |`);
  console.log(`\npasToe / raw = ${(ratio * 100).toFixed(0)}%  (goal ≥ 2,000 events/s and ≥ 40% of raw)`);
  console.log(`load average (1/5/15 min): start ${loadStart}; end ${loadEind} — ${os.cpus().length} cores`);
  closeDatabase();
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return { pasToePerS, rawPerS, ratio, load: loadStart };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
