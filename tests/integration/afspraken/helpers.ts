import { getDatabase } from "../../../db/client";
import { rollenVan } from "../../../app/platform/auth/sessies.server";
import type { AppUser } from "../../../app/platform/auth/permissions.server";

/** A demo medewerker as the session would give it. */
export function gebruiker(email: string): AppUser {
  const { sqlite } = getDatabase();
  const r = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string };
  if (!r) throw new Error(`geen demo-medewerker ${email}`);
  return { id: r.id, naam: r.naam, email: r.email, rollen: rollenVan(r.id) };
}

export function teamId(naam: string): number {
  const { sqlite } = getDatabase();
  return (sqlite.prepare("SELECT id FROM teams WHERE naam = ?").get(naam) as { id: number }).id;
}

export function auditRegels(actie: string, objectId: string): { resultaat: string; actor_id: string | null }[] {
  const { sqlite } = getDatabase();
  return sqlite.prepare("SELECT resultaat, actor_id FROM audit_log WHERE actie = ? AND object_id = ?").all(actie, objectId) as {
    resultaat: string;
    actor_id: string | null;
  }[];
}
