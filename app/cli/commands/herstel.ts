/**
 * `afspraak herstel --naar <map> [--replica <doel> | --archief <bestand>] [--tijdstip <ISO 8601>] [--proef]`
 *
 * Rebuilds a data directory — `<map>/afspraak.db` and `<map>/bijlagen/` — from the continuous replica
 * (default AFSPRAAK_REPLICA; the latest position, or the state at --tijdstip) or from a backup archive made by
 * `afspraak backup`. The new directory must not exist or be empty: a restore never overwrites live data.
 * The result is checked before it is put in place: SQLite's integrity check, the foreign keys, a count of the
 * records, and every referenced attachment present with its registered size (an archive: every SHA-256 too).
 * --ondanks-ontbrekende-bijlagen puts a restore with an intact database in place even when attachments are
 * missing (they are listed). --proef restores into a temporary directory, reports, and removes it again: a restore test that changes
 * nothing. The runbook is docs/herstel.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { replicaDoel, litestreamBinary, zonderGeheimen } from "../../platform/replicatie/config.server";
import { kopieerVeilig } from "../../platform/replicatie/bijlagen.server";
import { bijlagenIn, controleer, controleRegels, type Controle } from "../../platform/archief/controle.server";
import { leesTekst, pakUit, tarInhoud } from "../../platform/archief/tar.server";

function optie(args: string[], naam: string): string | undefined {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
}

export interface HerstelResultaat {
  map: string;
  proef: boolean;
  ms: number;
  controle: Controle;
  bron: string;
}

function leegOfAfwezig(map: string): boolean {
  return !existsSync(map) || readdirSync(map).length === 0;
}

function uitReplica(doelWaarde: string, werk: string, tijdstip: string | undefined, bijlagenVan: string | undefined): string {
  const doel = replicaDoel(doelWaarde, bijlagenVan);
  const db = path.join(werk, "afspraak.db");
  const args = ["restore", "-o", db];
  if (tijdstip) args.push("-timestamp", tijdstip);
  args.push(doel.dbUrl);
  const r = spawnSync(litestreamBinary(), args, { encoding: "utf8", env: process.env });
  if (r.error) throw new Error(`Litestream start niet (${litestreamBinary()}): ${r.error.message}`);
  if (r.status !== 0 || !existsSync(db)) {
    throw new Error(`Litestream kon niet herstellen uit ${doel.omschrijving}: ${(r.stderr || r.stdout || "").trim().split("\n").slice(-3).join(" ")}`);
  }
  const bijlagen = path.join(werk, "bijlagen");
  mkdirSync(bijlagen, { recursive: true, mode: 0o700 });
  if (doel.bijlagenMap && existsSync(doel.bijlagenMap)) {
    const sqlite = new Database(db, { readonly: true });
    const ids = bijlagenIn(sqlite);
    sqlite.close();
    for (const b of ids) {
      const van = path.join(doel.bijlagenMap, b.id);
      if (existsSync(van)) kopieerVeilig(van, path.join(bijlagen, b.id));
    }
  }
  return `replica ${doel.omschrijving}${tijdstip ? ` op ${tijdstip}` : " (laatste positie)"}`;
}

function uitArchief(archief: string, werk: string): string {
  const items = tarInhoud(archief);
  const manifestItem = items.find((i) => i.naam === "MANIFEST.json");
  if (!manifestItem) throw new Error(`${archief} is geen back-up van Afspraak (MANIFEST.json ontbreekt).`);
  const manifest = JSON.parse(leesTekst(archief, manifestItem)) as { soort?: string; bestanden: Record<string, { sha256: string; grootte: number }> };
  if (manifest.soort !== "afspraak-backup") throw new Error(`${archief} is geen back-up van Afspraak.`);
  mkdirSync(path.join(werk, "bijlagen"), { recursive: true, mode: 0o700 });
  for (const [naam, verwacht] of Object.entries(manifest.bestanden)) {
    const item = items.find((i) => i.naam === naam);
    if (!item) throw new Error(`Het archief mist ${naam}.`);
    if (naam !== "afspraak.db" && !/^bijlagen\/[A-Za-z0-9_-]+$/.test(naam)) throw new Error(`Onverwacht bestand in het archief: ${naam}`);
    const sha = pakUit(archief, item, path.join(werk, naam));
    if (sha !== verwacht.sha256) throw new Error(`Controlegetal klopt niet voor ${naam}: het archief is beschadigd.`);
  }
  return `archief ${archief} (${Object.keys(manifest.bestanden).length} bestanden, controlegetallen kloppen)`;
}

export function herstel(opts: { naar: string; replica?: string; archief?: string; tijdstip?: string; proef?: boolean; bijlagen?: string; ondanks?: boolean }): HerstelResultaat {
  const t0 = Date.now();
  const naar = path.resolve(opts.naar);
  if (!opts.proef && !leegOfAfwezig(naar)) throw new Error(`${opts.naar} bestaat al en is niet leeg; herstel nooit over bestaande gegevens heen.`);
  const werk = opts.proef
    ? path.join(os.tmpdir(), `afspraak-herstelproef-${process.pid}-${Date.now()}`)
    : path.join(path.dirname(naar), `.${path.basename(naar)}.herstel-${process.pid}`);
  rmSync(werk, { recursive: true, force: true });
  mkdirSync(werk, { recursive: true, mode: 0o700 });
  let klaar = false;
  try {
    const bron = opts.archief ? uitArchief(path.resolve(opts.archief), werk) : uitReplica(opts.replica!, werk, opts.tijdstip, opts.bijlagen);
    const controle = controleer(path.join(werk, "afspraak.db"), path.join(werk, "bijlagen"));
    if (!opts.proef && (controle.ok || (opts.ondanks && controle.integriteit === "ok"))) {
      if (existsSync(naar)) rmdirSync(naar);
      renameSync(werk, naar);
      klaar = true;
    }
    return { map: opts.proef ? werk : naar, proef: !!opts.proef, ms: Date.now() - t0, controle, bron };
  } finally {
    if (opts.proef || !klaar) rmSync(werk, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<number> {
  const naar = optie(args, "--naar");
  const archief = optie(args, "--archief");
  const replica = optie(args, "--replica") ?? (archief ? undefined : process.env.AFSPRAAK_REPLICA);
  const tijdstip = optie(args, "--tijdstip");
  const proef = args.includes("--proef");
  if (!naar || (!archief && !replica)) {
    process.stderr.write(
      "Gebruik: herstel --naar <nieuwe map> [--replica <map|s3://…|sftp://…> | --archief <back-up.tar>] [--tijdstip 2026-12-03T08:00:00Z] [--proef] [--ondanks-ontbrekende-bijlagen]\n" +
        "Zonder --replica en --archief wordt AFSPRAAK_REPLICA gebruikt.\n",
    );
    return 2;
  }
  if (tijdstip && (archief || Number.isNaN(Date.parse(tijdstip)))) {
    process.stderr.write(archief ? "--tijdstip kan alleen bij een replica.\n" : `Onbekend tijdstip: ${tijdstip} (gebruik ISO 8601, bijvoorbeeld 2026-12-03T08:00:00Z).\n`);
    return 2;
  }
  const r = herstel({ naar, archief, replica, tijdstip: tijdstip ? new Date(tijdstip).toISOString() : undefined, proef, bijlagen: optie(args, "--bijlagen"), ondanks: args.includes("--ondanks-ontbrekende-bijlagen") });
  const uit = [`Hersteld uit ${zonderGeheimen(r.bron)} in ${r.ms} ms${r.proef ? " (proef: niets neergezet)" : ""}.`, ...controleRegels(r.controle)];
  const neergezet = !r.proef && existsSync(path.join(r.map, "afspraak.db"));
  if (neergezet) {
    uit.push(`Klaar: ${r.map}. Start Afspraak met AFSPRAAK_DB=${path.join(r.map, "afspraak.db")} AFSPRAAK_BIJLAGEN=${path.join(r.map, "bijlagen")}.`);
  }
  if (!r.controle.ok) {
    uit.push(r.proef ? "De proef vond fouten (zie hierboven)." : neergezet ? "Let op: neergezet ondanks de fouten hierboven." : `Niet neergezet: de controle vond fouten. ${naar} is niet aangeraakt.`);
  }
  process.stdout.write(uit.join("\n") + "\n");
  return r.controle.ok ? 0 : 1;
}
