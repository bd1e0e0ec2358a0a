import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { registreerFixture, FIXTURE_SOORT } from "../../../app/platform/engine/test-fixture.server";
import { startAfspraak, type Actor } from "../../../app/platform/engine/runtime.server";

export { FIXTURE_SOORT };

export function medewerker(email: string): Actor & { id: string; teamId: number } {
  const r = getDatabase()
    .sqlite.prepare("SELECT id, naam, team_id AS teamId FROM medewerkers WHERE email = ?")
    .get(email) as { id: string; naam: string; teamId: number };
  if (!r) throw new Error(`geen medewerker ${email}`);
  return r;
}

export function zet(iso: string): number {
  const t = Date.parse(iso);
  setNow(t);
  return t;
}

export function nieuweFixture(titel = "Terugbellen over paspoort", eigenaar = medewerker("fatima@voorbeeld.nl"), extra: Record<string, unknown> = {}) {
  registreerFixture();
  return startAfspraak(FIXTURE_SOORT, { titel, eigenaarId: eigenaar.id, teamId: eigenaar.teamId, ...extra }, eigenaar);
}

export function rijen<T = Record<string, unknown>>(sql: string, ...args: unknown[]): T[] {
  return getDatabase().sqlite.prepare(sql).all(...args) as T[];
}

export function een<T = Record<string, unknown>>(sql: string, ...args: unknown[]): T {
  return getDatabase().sqlite.prepare(sql).get(...args) as T;
}
