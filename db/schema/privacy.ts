import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";

/**
 * Privacy requests (AVG art. 15, 16, 18; issue 17). The request itself is a commitment (afspraken, soort
 * 'privacyverzoek', workflow workflows/privacyverzoek); these tables hold what the request changes or produces.
 */

/** Rectification history (art. 16): every corrected field with old and new value, who, when and why. */
export const privacyRectificaties = sqliteTable(
  "privacy_rectificaties",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    burgerId: text("burger_id").notNull(),
    verzoekId: text("verzoek_id").notNull(),
    /** naam | telefoon | email */
    veld: text("veld").notNull(),
    oudeWaarde: text("oude_waarde"),
    nieuweWaarde: text("nieuwe_waarde"),
    reden: text("reden").notNull(),
    doorId: text("door_id").notNull(),
    doorNaam: text("door_naam").notNull(),
    op: integer("op").notNull(),
  },
  (t) => [index("privacy_rectificaties_burger").on(t.burgerId, t.op), index("privacy_rectificaties_verzoek").on(t.verzoekId)],
);

/**
 * Restrictions of processing (art. 18): while opgeheven_op is null the citizen's data is hidden from everyone but
 * the privacy role and new steps on their commitments are refused (app/platform/engine/beperking.server.ts).
 */
export const privacyBeperkingen = sqliteTable(
  "privacy_beperkingen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    burgerId: text("burger_id").notNull(),
    verzoekId: text("verzoek_id").notNull(),
    reden: text("reden").notNull(),
    sindsOp: integer("sinds_op").notNull(),
    doorId: text("door_id").notNull(),
    opgehevenOp: integer("opgeheven_op"),
    opgehevenDoorId: text("opgeheven_door_id"),
    opheffingReden: text("opheffing_reden"),
  },
  (t) => [index("privacy_beperkingen_burger").on(t.burgerId, t.opgehevenOp)],
);

/** Each produced inzage package (art. 15): when, by whom, and the SHA-256 of its JSON, so a copy can be checked. */
export const privacyPakketten = sqliteTable(
  "privacy_pakketten",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    verzoekId: text("verzoek_id").notNull(),
    burgerId: text("burger_id").notNull(),
    gemaaktOp: integer("gemaakt_op").notNull(),
    doorId: text("door_id").notNull(),
    sha256: text("sha256").notNull(),
    aantalRecords: integer("aantal_records").notNull(),
  },
  (t) => [index("privacy_pakketten_verzoek").on(t.verzoekId, t.gemaaktOp)],
);
