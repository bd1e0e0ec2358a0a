import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers, teams } from "../../../db/schema";

export const ctx = { nonce: "", requestId: "t", clientIp: "127.0.0.1" };

export function persoon(email: string): { id: string; naam: string; versie: number; teamId: number | null } {
  const m = getDatabase().db.select().from(medewerkers).where(eq(medewerkers.email, email)).get();
  if (!m) throw new Error(`geen demo-medewerker ${email}`);
  return { id: m.id, naam: m.naam, versie: m.versie, teamId: m.teamId };
}

export function teamId(naam: string): number {
  const t = getDatabase().db.select().from(teams).where(eq(teams.naam, naam)).get();
  if (!t) throw new Error(`geen team ${naam}`);
  return t.id;
}

export function auditRegels(actie: string, objectId?: string) {
  const { sqlite } = getDatabase();
  const rows = (
    objectId
      ? sqlite.prepare("SELECT * FROM audit_log WHERE actie = ? AND object_id = ? ORDER BY id").all(actie, objectId)
      : sqlite.prepare("SELECT * FROM audit_log WHERE actie = ? ORDER BY id").all(actie)
  ) as { actor_id: string | null; details: string | null; resultaat: string; object_id: string | null }[];
  return rows.map((r) => ({ ...r, detailsObj: r.details ? (JSON.parse(r.details) as Record<string, any>) : null }));
}
