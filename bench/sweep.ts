/**
 * Scheduler sweep at scale: N open commitments (default 1,000,000) with a running deadline each, of which
 * D (default 10,000) are due. Measures the "nothing due" check (one probe of the partial index) and the
 * time to sweep the due ones (each firing: event through the runtime, phase + next firing, inbox/outbox rows).
 *
 * Same-run baseline: before the sweep, the generated database file is copied; a hand-written loop of raw
 * better-sqlite3 prepared statements then does the same logical writes on the copy (re-read the deadline and
 * the commitment, move the phase, two event lines, the commitment's version/snapshot/deadline status, one
 * audit line, three inbox + three outbox rows, batches of 500 per transaction). Both run on a freshly opened
 * connection with the app's own settings (db/client.ts: WAL, synchronous=NORMAL, 64 MiB cache, 256 MiB mmap);
 * BENCH_CACHE_MB overrides the page cache for both. The machine's load average is printed with the results.
 *
 *   npx tsx bench/sweep.ts [open=1000000] [due=10000]
 */
import { closeSync, copyFileSync, fsyncSync, openSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type Database from "better-sqlite3";

const root = fileURLToPath(new URL("..", import.meta.url));

function belasting(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}

/**
 * The raw baseline: what the scheduler writes for one batch of due deadlines of the bench data (VERLOPEN +
 * teamleider escalation), with plain prepared statements and no engine. Returns firings and milliseconds.
 */
export function rawSweep(sqlite: Database.Database, nu: number, batch = 500): { gevuurd: number; ms: number } {
  const t0 = performance.now();
  const due = sqlite.prepare(
    "SELECT id FROM termijnen WHERE volgende_actie_op IS NOT NULL AND volgende_actie_op <= ? ORDER BY volgende_actie_op LIMIT ?",
  );
  const rij = sqlite.prepare("SELECT * FROM termijnen WHERE id = ? AND status = 'lopend' AND volgende_actie_op IS NOT NULL AND volgende_actie_op <= ?");
  const afspraak = sqlite.prepare("SELECT * FROM afspraken WHERE id = ?");
  const updT = sqlite.prepare("UPDATE termijnen SET fase = 'verlopen', verlopen_op = ?, escalatie_teamleider_op = ?, volgende_actie_op = ? WHERE id = ?");
  const maxNr = sqlite.prepare("SELECT ifnull(max(volgnummer), 0) AS n FROM afspraak_gebeurtenissen WHERE afspraak_id = ?");
  const ev = sqlite.prepare(
    `INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, payload, actor_id, actor_naam, op, van_status, naar_status)
     VALUES (?, ?, ?, ?, NULL, 'Afspraak (automatisch)', ?, ?, ?)`,
  );
  const updA = sqlite.prepare("UPDATE afspraken SET versie = ?, snapshot = ?, gewijzigd_op = ?, termijn_status = 'te_laat' WHERE id = ?");
  const au = sqlite.prepare(
    `INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, object_id, resultaat, oorsprong, details)
     VALUES (?, NULL, 'Afspraak (automatisch)', 'afspraak.TERMIJN.VERLOPEN', ?, ?, 'ok', NULL, ?)`,
  );
  const ber = sqlite.prepare(
    "INSERT INTO berichten (medewerker_id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const mail = sqlite.prepare(
    `INSERT INTO outbox (soort, payload, sleutel, urgent, status, aangemaakt_op, niet_voor, pogingen, volgende_poging_op, afspraak_id)
     VALUES ('email', ?, NULL, ?, 'wachtend', ?, ?, 0, ?, ?)`,
  );
  const persoon = sqlite.prepare("SELECT id, email, naam FROM medewerkers WHERE id = ?");
  const teamleider = sqlite.prepare("SELECT m.id, m.email, m.naam FROM teams t JOIN medewerkers m ON m.id = t.teamleider_id WHERE t.id = ?");
  type P = { id: string; email: string; naam: string };
  const personen = new Map<string, P>();
  const leiders = new Map<number, P>();
  const regieMoment = nu + 3 * 86_400_000;
  let gevuurd = 0;
  for (;;) {
    const ids = (due.all(nu, batch) as { id: number }[]).map((r) => r.id);
    if (ids.length === 0) break;
    sqlite.transaction(() => {
      for (const id of ids) {
        const t = rij.get(id, nu) as { id: number; afspraak_id: string; mijlpaal: string; termijn_op: number } | undefined;
        if (!t) continue;
        const a = afspraak.get(t.afspraak_id) as { id: string; titel: string; status: string; versie: number; snapshot: string; eigenaar_id: string; team_id: number };
        let eigenaar = personen.get(a.eigenaar_id);
        if (!eigenaar) personen.set(a.eigenaar_id, (eigenaar = persoon.get(a.eigenaar_id) as P));
        let leider = leiders.get(a.team_id);
        if (!leider) leiders.set(a.team_id, (leider = teamleider.get(a.team_id) as P));
        const link = `/afspraken/${a.id}`;
        const berichten: [P, string, string, number][] = [
          [eigenaar, `Te laat: ${a.titel}`, `De termijn voor ${t.mijlpaal} is verlopen op maandag 2 maart 2026 17:00. Neem zo snel mogelijk actie.`, 0],
          [leider, `Escalatie: ${a.titel}`, `Een afspraak in uw team is te laat: de termijn voor ${t.mijlpaal} verliep op maandag 2 maart 2026 17:00.`, 1],
        ];
        for (const [p, titel, tekst, urgent] of berichten) {
          ber.run(p.id, titel, tekst, link, a.id, urgent, nu);
          mail.run(JSON.stringify({ to: p.email, subject: `Afspraak: ${titel}`, text: `Beste ${p.naam},\n\n${tekst}\n\nBekijk de afspraak: http://localhost:3000${link}` }), urgent, nu, nu, nu, a.id);
        }
        updT.run(nu, nu, regieMoment, t.id);
        const nr = (maxNr.get(a.id) as { n: number }).n;
        ev.run(a.id, nr + 1, "TERMIJN.VERLOPEN", JSON.stringify({ mijlpaal: t.mijlpaal, termijnOp: t.termijn_op }), nu, a.status, a.status);
        const snapshot = a.snapshot; // the machine's reaction leaves the context as it is
        const titel = `Machine zag verlopen: ${a.titel}`;
        ber.run(leider.id, titel, "Extra bericht uit de machine.", link, a.id, 0, nu);
        mail.run(JSON.stringify({ to: leider.email, subject: `Afspraak: ${titel}`, text: `Beste ${leider.naam},\n\nExtra bericht uit de machine.\n\nBekijk de afspraak: http://localhost:3000${link}` }), 0, nu, nu, nu, a.id);
        au.run(nu, "test-fixture", a.id, JSON.stringify({ van: a.status, naar: a.status, versie: a.versie + 1 }));
        ev.run(a.id, nr + 2, "TERMIJN.ESCALATIE", JSON.stringify({ mijlpaal: t.mijlpaal, niveau: "teamleider" }), nu, a.status, a.status);
        updA.run(a.versie + 1, snapshot, nu, a.id);
        gevuurd++;
      }
    }).immediate();
  }
  return { gevuurd, ms: performance.now() - t0 };
}

export async function main(n = Number(process.argv[2] ?? 1_000_000), due = Number(process.argv[3] ?? 10_000)) {
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_ROOT ??= root;
  const file = path.join("/tmp", `afspraak-bench-sweep-${process.pid}.db`);
  const kopie = path.join("/tmp", `afspraak-bench-sweep-raw-${process.pid}.db`);
  const loadStart = belasting();
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  setDatabase(openDatabase(file));
  const { seed } = await import("../app/features/demodata/seed.server");
  await seed();
  const { setNow } = await import("../app/platform/clock");
  const { registreerFixture, FIXTURE_SOORT } = await import("../app/platform/engine/test-fixture.server");
  const { startAfspraak } = await import("../app/platform/engine/runtime.server");
  const { sweep, ietsTeDoen } = await import("../app/platform/engine/scheduler.server");
  registreerFixture();
  const start = Date.parse("2026-03-02T10:00:00+01:00");
  setNow(start);
  let { sqlite } = getDatabase();
  const cacheMb = process.env.BENCH_CACHE_MB ? Number(process.env.BENCH_CACHE_MB) : null;
  const zetCache = (db: Database.Database) => {
    if (cacheMb) db.pragma(`cache_size = -${cacheMb * 1024}`);
  };
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
       handvest_peil_op, versie, snapshot, aangemaakt_op, gewijzigd_op) VALUES (?, ?, 'beloofd', 1, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
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
        // Consistent projection: a due row is in phase gewaarschuwd ("bijna"), the others gepland ("op_tijd").
        insA.run(id, FIXTURE_SOORT, `Bench ${i}`, m.id, m.teamId, op, isDue ? "bijna" : "op_tijd", a.norm_versie_ids, start, a.snapshot, start, start);
        insE.run(id, start);
        insT.run(id, t.norm_versie_id, start, isDue ? op : op - 3_600_000, op, op, isDue ? "gewaarschuwd" : "gepland", isDue ? op : op - 3_600_000);
      }
    })();
  }
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const genMs = performance.now() - g0;
  const dueCount = (sqlite.prepare("SELECT count(*) n FROM termijnen WHERE volgende_actie_op <= ?").get(nuSweep) as { n: number }).n;

  // Same file for the raw baseline; both sides then start on a fresh connection.
  closeDatabase();
  copyFileSync(file, kopie);
  // Flush the copy now: otherwise the kernel writes its ~1 GB back during the sweep and the sweep's
  // checkpoint fsyncs wait for that (unrelated) writeback.
  const fd = openSync(kopie, "r+");
  fsyncSync(fd);
  closeSync(fd);
  setDatabase(openDatabase(file, { migrate: false }));
  sqlite = getDatabase().sqlite;
  zetCache(sqlite);

  // "Nothing due" check: median of 1,000 probes at a moment before anything is due.
  const probes: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p0 = performance.now();
    ietsTeDoen(start);
    probes.push(performance.now() - p0);
  }
  probes.sort((x, y) => x - y);
  const plan = (sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM termijnen WHERE volgende_actie_op IS NOT NULL AND volgende_actie_op <= ? ORDER BY volgende_actie_op LIMIT 1").all(start) as { detail: string }[]).map((r) => r.detail).join("; ");

  const loadSweep = belasting();
  setNow(nuSweep);
  const r = sweep({ nu: nuSweep });
  const leeg = performance.now();
  const nogIets = ietsTeDoen(nuSweep);
  const naMs = performance.now() - leeg;
  const berichten = (sqlite.prepare("SELECT count(*) n FROM berichten WHERE aangemaakt_op >= ?").get(nuSweep) as { n: number }).n;
  closeDatabase();

  const raw = openDatabase(kopie, { migrate: false });
  zetCache(raw.sqlite);
  const rr = rawSweep(raw.sqlite, nuSweep);
  const rawBerichten = (raw.sqlite.prepare("SELECT count(*) n FROM berichten WHERE aangemaakt_op >= ?").get(nuSweep) as { n: number }).n;
  raw.sqlite.close();
  const loadEind = belasting();

  console.log(`\nScheduler sweep: ${n.toLocaleString("nl-NL")} open commitments, ${dueCount.toLocaleString("nl-NL")} due (generated in ${(genMs / 1000).toFixed(1)} s)\n`);
  console.log("| measurement | result | goal |");
  console.log("|---|---:|---:|");
  console.log(`| "nothing due" check (median of 1,000) | ${(probes[500]! * 1000).toFixed(0)} µs | < 5 ms |`);
  console.log(`| "nothing due" check (p99) | ${(probes[990]! * 1000).toFixed(0)} µs | |`);
  console.log(`| sweep of the due deadlines | ${r.ms.toFixed(0)} ms (${r.gevuurd} firings, ${((r.ms / Math.max(1, r.gevuurd)) * 1000).toFixed(0)} µs each, ${berichten} inbox rows) | < 2 s |`);
  console.log(`| raw prepared statements, same writes (baseline) | ${rr.ms.toFixed(0)} ms (${rr.gevuurd} firings, ${((rr.ms / Math.max(1, rr.gevuurd)) * 1000).toFixed(0)} µs each, ${rawBerichten} inbox rows) | |`);
  console.log(`| sweep / raw | ${((r.ms / rr.ms) * 100).toFixed(0)}% of the raw time | |`);
  console.log(`| check after the sweep | ${(naMs * 1000).toFixed(0)} µs, still due: ${nogIets} | |`);
  console.log(`\nplan: ${plan}\npage cache: ${cacheMb ? `${cacheMb} MB (BENCH_CACHE_MB)` : "app default (db/client.ts)"}`);
  console.log(`load average (1/5/15 min): start ${loadStart}; before the sweep ${loadSweep}; end ${loadEind} — ${os.cpus().length} cores`);
  for (const f of [file, kopie]) for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true });
  return { sweepMs: r.ms, gevuurd: r.gevuurd, rawMs: rr.ms, nietsTeDoenUs: probes[500]! * 1000, load: loadSweep };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
