/**
 * Checks a database copy (a backup or a restore) before anyone relies on it: SQLite's integrity check, the
 * foreign keys, a count of the main records, and every attachment the database references present with the
 * size it was registered with.
 */
import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

export interface Controle {
  integriteit: string;
  fkFouten: number;
  tellingen: Record<string, number>;
  bijlagen: { verwacht: number; aanwezig: number; ontbrekend: string[]; verkeerdeGrootte: string[] };
  ok: boolean;
}

const TABELLEN = ["afspraken", "afspraak_gebeurtenissen", "termijnen", "klachten", "klacht_bijlagen", "feedback", "medewerkers", "audit_log"];

/** The attachments a database references (id and registered size). */
export function bijlagenIn(sqlite: Database.Database): { id: string; grootte: number }[] {
  try {
    return sqlite.prepare("SELECT id, grootte FROM klacht_bijlagen").all() as { id: string; grootte: number }[];
  } catch {
    return [];
  }
}

export function controleer(dbPad: string, bijlagenMap: string | null, opts: { snel?: boolean } = {}): Controle {
  const sqlite = new Database(dbPad, { readonly: true, fileMustExist: true });
  try {
    const rijen = sqlite.pragma(opts.snel ? "quick_check" : "integrity_check") as Record<string, string>[];
    const integriteit = rijen.map((r) => Object.values(r)[0]).join("; ");
    const fkFouten = (sqlite.pragma("foreign_key_check") as unknown[]).length;
    const tellingen: Record<string, number> = {};
    const bestaand = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    for (const t of TABELLEN) if (bestaand.has(t)) tellingen[t] = (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const lijst = bijlagenIn(sqlite);
    const ontbrekend: string[] = [];
    const verkeerdeGrootte: string[] = [];
    let aanwezig = 0;
    if (bijlagenMap) {
      for (const b of lijst) {
        const p = path.join(bijlagenMap, b.id);
        if (!existsSync(p)) ontbrekend.push(b.id);
        else if (statSync(p).size !== b.grootte) verkeerdeGrootte.push(b.id);
        else aanwezig += 1;
      }
    }
    const ok = integriteit === "ok" && fkFouten === 0 && (!bijlagenMap || (ontbrekend.length === 0 && verkeerdeGrootte.length === 0));
    return { integriteit, fkFouten, tellingen, bijlagen: { verwacht: lijst.length, aanwezig, ontbrekend, verkeerdeGrootte }, ok };
  } finally {
    sqlite.close();
  }
}

/** The check as lines for the terminal. */
export function controleRegels(c: Controle): string[] {
  const r = [
    `Integriteit: ${c.integriteit}${c.fkFouten ? `; ${c.fkFouten} verwijzingsfouten` : "; verwijzingen in orde"}`,
    `Records: ${Object.entries(c.tellingen).map(([t, n]) => `${t} ${n}`).join(", ")}`,
    `Bijlagen: ${c.bijlagen.aanwezig} van ${c.bijlagen.verwacht} aanwezig`,
  ];
  if (c.bijlagen.ontbrekend.length) r.push(`  ontbrekend: ${c.bijlagen.ontbrekend.length} (${c.bijlagen.ontbrekend.slice(0, 5).join(", ")}${c.bijlagen.ontbrekend.length > 5 ? ", …" : ""})`);
  if (c.bijlagen.verkeerdeGrootte.length) r.push(`  verkeerde grootte: ${c.bijlagen.verkeerdeGrootte.length} (${c.bijlagen.verkeerdeGrootte.slice(0, 5).join(", ")})`);
  return r;
}
