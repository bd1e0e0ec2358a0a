import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { afspraken } from "./werk";

/**
 * The citizen's side (issue 13, app/features/inwoner).
 *
 * - inwoner_statuslinks: private status links. Only the SHA-256 of the token is stored (the raw token is in the
 *   message or page that handed it out, never here). `vervalt_op` null = expires with the record's retention
 *   (computed at lookup, see app/features/inwoner/statuslink.server.ts).
 * - inwoner_pogingen: one row per public submission attempt per limit key (HMAC of IP or contact address, never
 *   the address itself), for sliding-window rate limits that survive a restart.
 * - inwoner_onderwerpen: the topics a citizen can choose for a callback request and the team whose queue gets it
 *   (data, editable; the seed gives a demo default).
 */
export const inwonerStatuslinks = sqliteTable(
  "inwoner_statuslinks",
  {
    tokenHash: text("token_hash").primaryKey(),
    afspraakId: text("afspraak_id")
      .notNull()
      .references(() => afspraken.id),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    vervaltOp: integer("vervalt_op"),
  },
  (t) => [index("inwoner_statuslinks_afspraak").on(t.afspraakId)],
);

export const inwonerPogingen = sqliteTable(
  "inwoner_pogingen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "ip" | "contact" | "link" … */
    soort: text("soort").notNull(),
    /** hex HMAC-SHA256 of the IP address or normalised contact address */
    sleutel: text("sleutel").notNull(),
    op: integer("op").notNull(),
  },
  (t) => [index("inwoner_pogingen_sleutel_op").on(t.soort, t.sleutel, t.op), index("inwoner_pogingen_op").on(t.op)],
);

export const inwonerOnderwerpen = sqliteTable("inwoner_onderwerpen", {
  code: text("code").primaryKey(),
  naam: text("naam").notNull(),
  naamEn: text("naam_en"),
  teamId: integer("team_id").notNull(),
  volgorde: integer("volgorde").notNull().default(0),
  actief: integer("actief", { mode: "boolean" }).notNull().default(true),
});
