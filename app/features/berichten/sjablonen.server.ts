/** Citizen message templates: the beheerder's version (bericht_sjablonen) or the built-in text. */
import { voorbereid } from "../../../db/voorbereid";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { STANDAARD_SJABLONEN, TALEN, BERICHT_SOORTEN, type BerichtSoort, type Sjabloon, type Taal } from "./sjablonen";

export interface SjabloonRij extends Sjabloon {
  soort: BerichtSoort;
  taal: Taal;
  versie: number;
  aangepast: boolean;
  gewijzigdOp: number | null;
}

export function isTaal(t: unknown): t is Taal {
  return typeof t === "string" && (TALEN as readonly string[]).includes(t);
}

export function isBerichtSoort(s: unknown): s is BerichtSoort {
  return typeof s === "string" && (BERICHT_SOORTEN as readonly string[]).includes(s);
}

export function sjabloon(soort: BerichtSoort, taal: Taal, sqlite: Database.Database = getDatabase().sqlite): SjabloonRij {
  const r = voorbereid(sqlite, "SELECT onderwerp, tekst, sms, versie, gewijzigd_op FROM bericht_sjablonen WHERE soort = ? AND taal = ?").get(soort, taal) as { onderwerp: string; tekst: string; sms: string; versie: number; gewijzigd_op: number } | undefined;
  if (r) return { soort, taal, onderwerp: r.onderwerp, tekst: r.tekst, sms: r.sms, versie: r.versie, aangepast: true, gewijzigdOp: r.gewijzigd_op };
  return { soort, taal, ...STANDAARD_SJABLONEN[soort][taal], versie: 0, aangepast: false, gewijzigdOp: null };
}

export function alleSjablonen(): SjabloonRij[] {
  const { sqlite } = getDatabase();
  return BERICHT_SOORTEN.flatMap((s) => TALEN.map((t) => sjabloon(s, t, sqlite)));
}

/**
 * Saves the beheerder's text; `versie` is the version the form was loaded with (0 = the built-in text).
 * Returns false when someone else saved in between.
 */
export function bewaarSjabloon(soort: BerichtSoort, taal: Taal, versie: number, s: Sjabloon, door: string | null): boolean {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const huidig = sjabloon(soort, taal, sqlite);
    if (huidig.versie !== versie) return false;
    sqlite
      .prepare(
        `INSERT INTO bericht_sjablonen (soort, taal, onderwerp, tekst, sms, versie, gewijzigd_op, gewijzigd_door)
         VALUES (@soort, @taal, @onderwerp, @tekst, @sms, @versie, @op, @door)
         ON CONFLICT(soort, taal) DO UPDATE SET onderwerp = excluded.onderwerp, tekst = excluded.tekst, sms = excluded.sms,
           versie = excluded.versie, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door`,
      )
      .run({ soort, taal, onderwerp: s.onderwerp, tekst: s.tekst, sms: s.sms, versie: versie + 1, op: now(), door });
    return true;
  })();
}

/** Back to the built-in text. */
export function herstelSjabloon(soort: BerichtSoort, taal: Taal): void {
  getDatabase().sqlite.prepare("DELETE FROM bericht_sjablonen WHERE soort = ? AND taal = ?").run(soort, taal);
}
