/**
 * Destruction after the retention term on ten years of generated history (issue 17 part 2, decision 013).
 *
 *   npx tsx bench/vernietiging.ts [--schaal klein|middel] [--db <file>]
 *
 * The database comes from --db, or is generated once with `demo-data --jaren 10 --schaal <schaal>` into
 * bench/.data/vernietiging-<schaal>.db. Each run works on two fresh copies of it, with the business clock today:
 *
 *  (a) the app: `stelLijstOp` (what is past its term) and `keurGoed` (one transaction: anonymise, delete, FTS
 *      merge, declaration + signature), then the checkpoint, and VACUUM separately (forced, whatever the size);
 *  (b) the baseline on the other copy: the same records' rows deleted with plain prepared statements in one
 *      transaction (events, messages, notes, letters, attachments rows) with secure_delete OFF — what a naive
 *      "DELETE WHERE" costs, without the statistics trace, the search index, the audit lines or the signature.
 *
 * Prints a table: records, ms, ms per record, and the ratio (a)/(b); plus the file size and the VACUUM time.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const optie = (naam: string): string | undefined => {
  const i = args.indexOf(`--${naam}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const schaal = optie("schaal") ?? "klein";
const bron = optie("db") ?? path.join(root, "bench/.data", `vernietiging-${schaal}.db`);

export async function main(): Promise<void> {
  if (!existsSync(bron)) {
    mkdirSync(path.dirname(bron), { recursive: true });
    console.log(`genereer ${bron} (demo-data --jaren 10 --schaal ${schaal}) …`);
    const r = spawnSync("npm", ["run", "--silent", "afspraak", "--", "demo-data", "--jaren", "10", "--schaal", schaal], {
      cwd: root,
      env: { ...process.env, AFSPRAAK_DB: bron, AFSPRAAK_DEMO_HISTORIE: "0" },
      stdio: "inherit",
    });
    if (r.status !== 0) throw new Error("demo-data mislukte");
  }
  const werk = path.join(os.tmpdir(), `afspraak-bench-vernietiging-${process.pid}`);
  mkdirSync(werk, { recursive: true });
  const a = path.join(werk, "app.db");
  const b = path.join(werk, "basis.db");
  copyFileSync(bron, a);
  copyFileSync(bron, b);
  process.env.AFSPRAAK_ROOT = root;
  process.env.AFSPRAAK_BIJLAGEN = path.join(werk, "bijlagen");
  process.env.AFSPRAAK_VERKLARING_SLEUTEL = "";
  process.env.AFSPRAAK_VACUUM_DIRECT_MB = "0"; // VACUUM measured separately below

  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  const { stelLijstOp, keurGoed, lijst, geplandeVacuum } = await import("../app/features/bewaren/vernietiging.server");

  // (a) the app
  process.env.AFSPRAAK_DB = a;
  setDatabase(openDatabase(a));
  const archief = getDatabase().sqlite.prepare("SELECT id, naam FROM medewerkers WHERE email = 'gerda@voorbeeld.nl'").get() as
    | { id: string; naam: string }
    | undefined;
  const actor = archief ?? (getDatabase().sqlite.prepare("SELECT id, naam FROM medewerkers LIMIT 1").get() as { id: string; naam: string });
  const grootte = statSync(a).size;
  let t0 = performance.now();
  const r = stelLijstOp(actor, "bench");
  const lijstMs = performance.now() - t0;
  if (!r.ok) throw new Error(r.melding);
  const items = lijst(r.id)!.items;
  const perSoort: Record<string, number> = {};
  for (const i of items) perSoort[i.soort] = (perSoort[i.soort] ?? 0) + 1;
  t0 = performance.now();
  const g = keurGoed(r.id, lijst(r.id)!.lijst.versie, actor, "bench");
  const appMs = performance.now() - t0;
  if (!g.ok) throw new Error(g.melding);
  t0 = performance.now();
  const nacht = Date.UTC(2030, 0, 2, 1, 30); // 02:30 Amsterdam
  geplandeVacuum(nacht);
  const vacuumMs = performance.now() - t0;
  closeDatabase();

  // (b) the baseline: plain deletes of the same records' rows
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(b);
  db.pragma("journal_mode = WAL");
  db.pragma("secure_delete = OFF");
  db.pragma("foreign_keys = OFF");
  const afspraakIds = items.filter((i) => ["klacht", "terugbelafspraak", "overdracht"].includes(i.soort)).map((i) => i.ref);
  const klachtIds = items.filter((i) => i.soort === "klacht").map((i) => i.ref);
  db.exec("DROP TRIGGER IF EXISTS afspraak_gebeurtenissen_geen_delete");
  t0 = performance.now();
  db.transaction(() => {
    const st = ["afspraak_gebeurtenissen", "burgerberichten", "outbox", "berichten", "inwoner_statuslinks"].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE afspraak_id = ?`),
    );
    for (const id of afspraakIds) for (const s of st) s.run(id);
    const ks = ["klacht_notities", "klacht_brieven", "klacht_bijlagen"].map((t) => db.prepare(`DELETE FROM ${t} WHERE klacht_id = ?`));
    for (const id of klachtIds) for (const s of ks) s.run(id);
  })();
  const basisMs = performance.now() - t0;
  db.close();
  rmSync(werk, { recursive: true, force: true });

  const fmt = (n: number) => n.toFixed(1).padStart(9);
  console.log(`database: ${bron} (${(grootte / 2 ** 20).toFixed(0)} MiB), load ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
  console.log(`op de lijst: ${items.length} (${Object.entries(perSoort).map(([s, n]) => `${s} ${n}`).join(", ")})`);
  console.log("| stap | ms | ms per record |");
  console.log("|---|---:|---:|");
  console.log(`| lijst opstellen (stelLijstOp) | ${fmt(lijstMs)} | ${fmt(lijstMs / items.length)} |`);
  console.log(`| goedkeuren + vernietigen (keurGoed, incl. checkpoint) | ${fmt(appMs)} | ${fmt(appMs / items.length)} |`);
  console.log(`| baseline: kale DELETEs van dezelfde rijen | ${fmt(basisMs)} | ${fmt(basisMs / items.length)} |`);
  console.log(`| VACUUM daarna | ${fmt(vacuumMs)} | |`);
  console.log(`verhouding keurGoed / baseline: ${(appMs / basisMs).toFixed(1)}×`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
