/**
 * `afspraak backup <archief.tar>`: a consistent backup of the live database and every attachment it references,
 * as one tar archive with a SHA-256 per file (MANIFEST.json inside; the archive's own checksum next to it in
 * `<archief>.sha256`). Safe while the server runs and writes (docs/herstel.md):
 *
 * - the database is opened WITHOUT migrating, re-running db/sql or optimising it (openLiveDatabase), so the
 *   command never takes the write lock users need;
 * - the copy uses SQLite's backup API with all pages in one step: one read transaction, so concurrent writes
 *   (WAL) neither wait for it nor restart it, and the time is proportional to the file;
 * - the copy is checked (quick_check) before it goes into the archive; the archive appears under its name
 *   only when complete.
 *
 * Options: --zonder-bijlagen (database only), --bijlagen <map> (default AFSPRAAK_BIJLAGEN or data/bijlagen).
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openLiveDatabase, databasePath, synchronousModus } from "../../../db/client";
import { TarSchrijver } from "../../platform/archief/tar.server";
import { bijlagenIn, controleer } from "../../platform/archief/controle.server";
import { bronBijlagenMap } from "../../platform/replicatie/bijlagen.server";

function optie(args: string[], naam: string): string | undefined {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
}

export interface BackupResultaat {
  archief: string;
  ms: number;
  dbBytes: number;
  bijlagen: number;
  ontbrekend: number;
}

/** Copies the live database to `doel` through the backup API, all pages per step. */
export async function kopieerDatabase(bron: string, doel: string): Promise<void> {
  const { sqlite } = openLiveDatabase(bron);
  try {
    await sqlite.backup(doel, { progress: () => 1_000_000_000 });
  } finally {
    sqlite.close();
  }
}

export async function maakBackup(doel: string, opts: { bijlagen?: string | null; db?: string } = {}): Promise<BackupResultaat> {
  const t0 = Date.now();
  const archief = path.resolve(doel);
  const werk = `${archief}.deel-${process.pid}`;
  rmSync(werk, { recursive: true, force: true });
  mkdirSync(werk, { recursive: true, mode: 0o700 });
  try {
    const kopie = path.join(werk, "afspraak.db");
    await kopieerDatabase(opts.db ?? databasePath(), kopie);
    // The copy is a rollback-journal file of its own: no -wal next to it, readable by any SQLite.
    const k = new Database(kopie);
    k.pragma("journal_mode = DELETE");
    const ids = bijlagenIn(k);
    k.close();
    const c = controleer(kopie, null, { snel: true });
    if (c.integriteit !== "ok") throw new Error(`De kopie van de database is niet in orde: ${c.integriteit}`);
    const tarDeel = path.join(werk, "archief.tar");
    const tar = new TarSchrijver(tarDeel);
    const inhoud: Record<string, { sha256: string; grootte: number }> = {};
    inhoud["afspraak.db"] = tar.bestand("afspraak.db", kopie);
    let ontbrekend = 0;
    if (opts.bijlagen !== null) {
      const map = opts.bijlagen ?? bronBijlagenMap();
      for (const b of ids) {
        const p = path.join(map, b.id);
        if (!existsSync(p)) {
          ontbrekend += 1;
          continue;
        }
        inhoud[`bijlagen/${b.id}`] = tar.bestand(`bijlagen/${b.id}`, p);
      }
    }
    const manifest = {
      soort: "afspraak-backup",
      versie: 1,
      gemaaktOp: new Date().toISOString(),
      synchronous: synchronousModus(),
      tellingen: c.tellingen,
      bijlagen: { verwacht: opts.bijlagen === null ? null : ids.length, ontbrekend },
      bestanden: inhoud,
    };
    tar.tekst("MANIFEST.json", JSON.stringify(manifest, null, 2) + "\n");
    const archiefSha = tar.sluit();
    if (existsSync(archief)) throw new Error(`Het bestand ${doel} bestaat intussen; er is niets overschreven.`);
    renameSync(tarDeel, archief);
    writeFileSync(`${archief}.sha256`, `${archiefSha}  ${path.basename(archief)}\n`, { mode: 0o600 });
    return { archief, ms: Date.now() - t0, dbBytes: statSync(kopie).size, bijlagen: Object.keys(inhoud).length - 1, ontbrekend };
  } finally {
    rmSync(werk, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<number> {
  const target = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--bijlagen");
  if (!target) {
    process.stderr.write("Geef het doelbestand op: backup <archief.tar> [--zonder-bijlagen] [--bijlagen <map>]\n");
    return 2;
  }
  if (existsSync(target)) {
    process.stderr.write(`Het bestand ${target} bestaat al; kies een nieuwe naam.\n`);
    return 2;
  }
  const r = await maakBackup(target, { bijlagen: args.includes("--zonder-bijlagen") ? null : optie(args, "--bijlagen") });
  process.stdout.write(
    `Back-up geschreven naar ${target} (${r.ms} ms): database ${Math.round(r.dbBytes / 1048576)} MB, ${r.bijlagen} bijlagen` +
      `${r.ontbrekend ? `, ${r.ontbrekend} bijlagen ontbraken op de schijf` : ""}; controlegetal in ${target}.sha256.\n`,
  );
  return r.ontbrekend ? 1 : 0;
}
