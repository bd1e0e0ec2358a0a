/**
 * Makes a database big, fast, for the backup-under-load test and bench/duurzaamheid.ts: rows in the audit log
 * (in production the largest table by far: every read of personal data and every change leaves a line), with
 * realistic widths, inserted by SQLite itself (a recursive CTE, one transaction per batch, no fsync) until the
 * file has the size asked for. The database must not be open elsewhere. No vitest imports (bench uses it).
 */
import Database from "better-sqlite3";
import { statSync } from "node:fs";

export function maakGroot(
  file: string,
  mb: number
): { ms: number; bytes: number; rijen: number } {
  const t0 = Date.now();
  const db = new Database(file);
  db.pragma("journal_mode = DELETE");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const doel = mb * 1024 * 1024;
  const grootte = () =>
    (db.pragma("page_count", { simple: true }) as number) *
    (db.pragma("page_size", { simple: true }) as number);
  const start =
    (
      db.prepare("SELECT coalesce(max(op), 0) AS op FROM audit_log").get() as {
        op: number;
      }
    ).op || Date.parse("2024-01-01T08:00:00Z");
  const batch = db.prepare(
    `INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, object_id, resultaat, oorsprong, details)
     WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 20000)
     SELECT ? + i * 3000, 'bench-' || (i % 40), 'Medewerker ' || (i % 40),
            CASE i % 4 WHEN 0 THEN 'afspraak.bekijken' WHEN 1 THEN 'afspraak.stap' WHEN 2 THEN 'klacht.bekijken' ELSE 'zoeken' END,
            CASE i % 2 WHEN 0 THEN 'afspraak' ELSE 'klacht' END, lower(hex(randomblob(16))), 'ok',
            '10.0.' || (i % 250) || '.' || (i % 200) || ' req=' || lower(hex(randomblob(8))),
            '{"velden":"' || lower(hex(randomblob(250))) || '"}'
     FROM r`
  );
  let rijen = 0;
  let basis = start;
  while (grootte() < doel) {
    db.transaction(() => batch.run(basis))();
    basis += 20000 * 3000;
    rijen += 20000;
  }
  db.pragma("journal_mode = WAL");
  db.close();
  return { ms: Date.now() - t0, bytes: statSync(file).size, rijen };
}
