import { getDatabase } from "../../../db/client";
import { voorbereid } from "../../../db/voorbereid";
import { now } from "../clock";

export type AuditResultaat = "ok" | "geweigerd" | "fout";

export interface AuditActor {
  id: string | null;
  naam: string | null;
}

export interface AuditEntry {
  actor: AuditActor | null;
  actie: string;
  objectType: string;
  objectId?: string | number | null;
  resultaat: AuditResultaat;
  /** Client address and request id, e.g. "127.0.0.1 req=…". */
  oorsprong?: string | null;
  /** Extra facts; never secrets or passwords (BIO 8.15.02). */
  details?: Record<string, unknown> | null;
}

/**
 * Appends one line to the audit log. Call inside the same better-sqlite3 transaction as the change it
 * describes where there is one, so that the change and its audit line commit together.
 */
export function audit(entry: AuditEntry): void {
  // A prepared statement, not drizzle's insert builder: every page view and change writes one of these, and the
  // builder rebuilt the same SQL each time (8 % of the Mijn werk loader in the profile of issue 14).
  const { sqlite } = getDatabase();
  voorbereid(
    sqlite,
    `INSERT INTO audit_log (op, actor_id, actor_naam, actie, object_type, object_id, resultaat, oorsprong, details)
     VALUES (@op, @actorId, @actorNaam, @actie, @objectType, @objectId, @resultaat, @oorsprong, @details)`,
  ).run({
    op: now(),
    actorId: entry.actor?.id ?? null,
    actorNaam: entry.actor?.naam ?? null,
    actie: entry.actie,
    objectType: entry.objectType,
    objectId: entry.objectId == null ? null : String(entry.objectId),
    resultaat: entry.resultaat,
    oorsprong: entry.oorsprong ?? null,
    details: entry.details ? JSON.stringify(entry.details) : null,
  });
}

/** "ip req=id" from the load context, for the audit oorsprong column. */
export function origin(context: { clientIp?: string; requestId?: string } | undefined): string | null {
  if (!context) return null;
  return `${context.clientIp ?? "?"} req=${context.requestId ?? "?"}`;
}
