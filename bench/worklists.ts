/**
 * Worklist benchmark: 100,000 open commitments (+ 100,000 closed ones as history) in a temporary database,
 * then the Mijn werk and Team queries as the pages run them (app/features/werklijsten/werklijsten.server.ts), timed as p50/p95,
 * against baselines measured in the same run:
 *   - "zonder 030-indexen": the same functions after dropping db/sql/030-werklijsten-indexen.sql (only the engine's
 *     own indexes on afspraken remain);
 *   - "volledige scan": the Mijn werk page query with NOT INDEXED (what an unindexed table costs).
 * Also prints EXPLAIN QUERY PLAN of every list statement. Run: npx tsx bench/worklists.ts [aantalOpen]
 * Results go to docs/benchmarks.md by hand (machine + date). Only the ratios are stable on shared machines.
 */
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";

process.env.AFSPRAAK_ROOT ??= process.cwd();
process.env.AFSPRAAK_BACKGROUND = "0";

const AANTAL_OPEN = Number(process.argv[2] ?? 100_000);
const AANTAL_GESLOTEN = AANTAL_OPEN;
const TEAMS = 50;
const PER_TEAM = 20;
const HERHALINGEN = 300;

const dir = path.resolve("bench/.tmp");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `worklists-${process.pid}.db`);
process.env.AFSPRAAK_DB = file;

const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
setDatabase(openDatabase(file));
const { seed } = await import("../app/features/demodata/seed.server");
await seed();
const { now } = await import("../app/platform/clock");
const w = await import("../app/features/werklijsten/werklijsten.server");

// ------------------------------------------------------------------------------------------------ data
let rnd = 42;
function random(): number {
  rnd = (rnd * 1_103_515_245 + 12_345) % 2 ** 31;
  return rnd / 2 ** 31;
}
const kies = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

const { sqlite } = getDatabase();
const t0 = now();
const UUR = 3_600_000;
const teamIds: number[] = [];
const leden = new Map<number, string[]>();
const genereerStart = performance.now();
sqlite.transaction(() => {
  const afd = sqlite.prepare("INSERT INTO afdelingen (naam) VALUES (?)").run(`Benchafdeling ${process.pid}`).lastInsertRowid;
  const insTeam = sqlite.prepare("INSERT INTO teams (afdeling_id, naam) VALUES (?, ?)");
  const insMw = sqlite.prepare("INSERT INTO medewerkers (id, email, naam, team_id, actief) VALUES (?, ?, ?, ?, ?)");
  for (let t = 0; t < TEAMS; t++) {
    const id = Number(insTeam.run(afd, `Benchteam ${t}`).lastInsertRowid);
    teamIds.push(id);
    const ids: string[] = [];
    for (let m = 0; m < PER_TEAM; m++) {
      const mid = `bench-${t}-${m}`;
      insMw.run(mid, `${mid}@bench.nl`, `Medewerker ${t}-${m}`, id, m === PER_TEAM - 1 ? 0 : 1);
      ids.push(mid);
    }
    leden.set(id, ids);
    sqlite.prepare("UPDATE teams SET teamleider_id = ? WHERE id = ?").run(ids[0], id);
  }
  const insBurger = sqlite.prepare(
    "INSERT INTO burgers (id, naam, naam_zoek, achternaam_zoek, telefoon_e164, email, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const burgers: string[] = [];
  for (let b = 0; b < 50_000; b++) {
    const id = `burger-${b}`;
    insBurger.run(id, `Inwoner ${b}`, `inwoner ${b}`, String(b), `+316${String(10_000_000 + b)}`, null, t0, t0);
    burgers.push(id);
  }
  const insAfspraak = sqlite.prepare(
    `INSERT INTO afspraken (id, soort, status, open, titel, eigenaar_id, team_id, burger_id, kanaal, termijn_op, termijn_status,
       handvest_peil_op, versie, snapshot, aangemaakt_op, aangemaakt_door, gewijzigd_op, gesloten_op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'telefoon', ?, ?, ?, 1, '{}', ?, ?, ?, ?)`,
  );
  for (let i = 0; i < AANTAL_OPEN + AANTAL_GESLOTEN; i++) {
    const open = i < AANTAL_OPEN;
    const team = kies(teamIds);
    const zonderEigenaar = random() < 0.1;
    const eigenaar = zonderEigenaar ? null : kies(leden.get(team)!);
    const termijnOp = open && random() > 0.03 ? t0 + Math.floor((random() * 25 - 5) * 24 * UUR) : null;
    const status = termijnOp == null ? null : termijnOp < t0 ? "te_laat" : termijnOp < t0 + 8 * UUR ? "bijna" : "op_tijd";
    const soort = random() < 0.7 ? "terugbelafspraak" : "overdracht";
    const aangemaakt = t0 - Math.floor(random() * 400 * 24 * UUR);
    insAfspraak.run(
      `a-${i.toString(36).padStart(6, "0")}`,
      soort,
      open ? "beloofd" : "nagekomen",
      open ? 1 : 0,
      `Afspraak ${i}`,
      eigenaar,
      zonderEigenaar || random() < 0.5 ? team : null,
      kies(burgers),
      termijnOp,
      status,
      aangemaakt,
      aangemaakt,
      kies(leden.get(team)!),
      aangemaakt,
      open ? null : aangemaakt + 2 * 24 * UUR,
    );
  }
})();
sqlite.exec("ANALYZE");
const genereerMs = performance.now() - genereerStart;

// ------------------------------------------------------------------------------------------------ timing
function percentiel(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

interface Meting {
  naam: string;
  p50: number;
  p95: number;
}

function meet(naam: string, fn: (i: number) => unknown): Meting {
  for (let i = 0; i < 10; i++) fn(i); // warm up (statement cache, page cache)
  const tijden: number[] = [];
  for (let i = 0; i < HERHALINGEN; i++) {
    const s = performance.now();
    fn(i);
    tijden.push(performance.now() - s);
  }
  return { naam, p50: percentiel(tijden, 50), p95: percentiel(tijden, 95) };
}

const medewerkers = [...leden.values()].flat();
const mw = (i: number) => medewerkers[(i * 7919) % medewerkers.length]!;
const tm = (i: number) => teamIds[(i * 31) % teamIds.length]!;

function scenario(): Meting[] {
  const m: Meting[] = [];
  m.push(meet("Mijn werk: eerste pagina", (i) => w.mijnAfspraken(mw(i))));
  m.push(
    meet("Mijn werk: 3e pagina (keyset)", (i) => {
      const a = w.mijnAfspraken(mw(i), {}, null, 10);
      const b = w.mijnAfspraken(mw(i), {}, a.volgende, 10);
      return w.mijnAfspraken(mw(i), {}, b.volgende, 10);
    }),
  );
  m.push(meet("Mijn werk: filter te laat", (i) => w.mijnAfspraken(mw(i), { status: "te_laat" })));
  m.push(meet("Mijn werk: tellingen", (i) => w.mijnTellingen(mw(i))));
  m.push(meet("Voor mijn team (zonder eigenaar)", (i) => w.voorMijnTeam(tm(i))));
  m.push(meet("Team: open lijst, eerste pagina", (i) => w.teamAfspraken(tm(i))));
  m.push(
    meet("Team: open lijst, 2e pagina", (i) => {
      const a = w.teamAfspraken(tm(i));
      return w.teamAfspraken(tm(i), {}, a.volgende);
    }),
  );
  m.push(meet("Team: per medewerker", (i) => w.teamOverzicht(tm(i))));
  m.push(meet("Team: tellingen", (i) => w.teamTellingen(tm(i))));
  m.push(meet("Team: escalaties", (i) => w.escalaties(leden.get(tm(i))![0]!, [tm(i)])));
  return m;
}

// EXPLAIN QUERY PLAN of every statement the worklists prepare.
const gezien = new Map<string, Record<string, unknown>>();
const origPrepare = sqlite.prepare.bind(sqlite);
(sqlite as { prepare: Database.Database["prepare"] }).prepare = ((sql: string) => {
  if (/FROM afspraken/.test(sql) && !gezien.has(sql)) gezien.set(sql, {});
  return origPrepare(sql);
}) as Database.Database["prepare"];
const met = scenario();
(sqlite as { prepare: Database.Database["prepare"] }).prepare = origPrepare;

const plannen: string[] = [];
const dummy = { me: mw(1), team: tm(1), nu: t0, soort: null, status: null, limiet: 26, cop: t0, cid: "a", teams: JSON.stringify([tm(1)]), ids: "[]", sinds: 0 };
for (const sql of gezien.keys()) {
  if (sql.includes("?")) continue;
  const namen = [...sql.matchAll(/@(\w+)/g)].map((x) => x[1]!);
  const params = Object.fromEntries(namen.map((n) => [n, (dummy as Record<string, unknown>)[n] ?? null]));
  const plan = origPrepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  plannen.push(`${sql.replace(/\s+/g, " ").slice(0, 160)}…\n  ${plan.map((p) => p.detail).join("\n  ")}`);
}

// Baseline 1: full scan for the Mijn werk page query.
const volledig = origPrepare(
  `SELECT a.id, a.termijn_op FROM afspraken a NOT INDEXED WHERE a.eigenaar_id = ? AND a.open = 1 AND a.termijn_op IS NOT NULL
   ORDER BY a.termijn_op, a.id LIMIT 26`,
);
const scan = meet("BASELINE Mijn werk: volledige scan (NOT INDEXED)", (i) => volledig.all(mw(i)));

// Baseline 2: the same functions without the worklist indexes (the engine's indexes remain).
for (const idx of ["afspraken_werk_eigenaar", "afspraken_werk_team", "afspraken_werk_aangemaakt_door"]) {
  sqlite.exec(`DROP INDEX IF EXISTS ${idx}`);
}
sqlite.exec("ANALYZE");
// A fresh connection so no statement prepared against the dropped indexes lingers.
closeDatabase();
setDatabase(openDatabase(file, { migrate: false }));
const zonder = scenario();

// ------------------------------------------------------------------------------------------------ report
const f = (x: number) => x.toFixed(3).padStart(9);
console.log(`\nWorklists — ${AANTAL_OPEN.toLocaleString("nl-NL")} open + ${AANTAL_GESLOTEN.toLocaleString("nl-NL")} gesloten afspraken, ${TEAMS} teams × ${PER_TEAM} medewerkers`);
console.log(`${os.cpus()[0]?.model ?? "?"} · ${os.cpus().length} cpu · Node ${process.version} · ${new Date().toISOString()} · genereren ${(genereerMs / 1000).toFixed(1)} s`);
console.log(`${HERHALINGEN} herhalingen per query, tijden in ms\n`);
console.log(`${"query".padEnd(40)} ${"p50".padStart(9)} ${"p95".padStart(9)} | ${"p50 zonder".padStart(10)} ${"p95 zonder".padStart(10)} | factor p50`);
met.forEach((m, i) => {
  const z = zonder[i]!;
  console.log(`${m.naam.padEnd(40)} ${f(m.p50)} ${f(m.p95)} | ${f(z.p50).padStart(10)} ${f(z.p95).padStart(10)} | ${(z.p50 / m.p50).toFixed(1)}×`);
});
console.log(`${scan.naam.padEnd(40)} ${f(scan.p50)} ${f(scan.p95)} | factor t.o.v. Mijn werk eerste pagina: ${(scan.p50 / met[0]!.p50).toFixed(0)}×`);
console.log("\nEXPLAIN QUERY PLAN (met 030-indexen):\n");
console.log(plannen.join("\n\n"));

closeDatabase();
for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
