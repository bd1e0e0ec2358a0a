import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";

/**
 * Append-only audit log (BIO 8.15.01: actie, object, resultaat, oorsprong, actor, tijdstempel).
 * Triggers in db/sql/ refuse UPDATE and DELETE.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    op: integer("op").notNull(),
    actorId: text("actor_id"),
    actorNaam: text("actor_naam"),
    actie: text("actie").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    resultaat: text("resultaat", { enum: ["ok", "geweigerd", "fout"] }).notNull(),
    oorsprong: text("oorsprong"),
    details: text("details"),
  },
  (t) => [
    index("audit_op").on(t.op),
    index("audit_actor_op").on(t.actorId, t.op),
    index("audit_object").on(t.objectType, t.objectId),
  ],
);
