import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Office hours per ISO weekday (1 = maandag … 7 = zondag); null times = closed. */
export const openingstijden = sqliteTable("openingstijden", {
  weekdag: integer("weekdag").primaryKey(),
  open: text("open"),
  sluit: text("sluit"),
});

export const KALENDER_DAG_SOORTEN = ["sluitingsdag", "deeldag", "gelijkgesteld"] as const;

/**
 * Dated calendar exceptions:
 * - organisatie/sluitingsdag: the organisation is closed all day;
 * - organisatie/deeldag: open but closing early at `sluit` (e.g. 24 December 12:00);
 * - atw/gelijkgesteld: a day equated with an algemeen erkende feestdag by decree (Atw art. 3 lid 3).
 */
export const kalenderDagen = sqliteTable(
  "kalender_dagen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kalender: text("kalender", { enum: ["organisatie", "atw"] }).notNull(),
    datum: text("datum").notNull(),
    soort: text("soort", { enum: KALENDER_DAG_SOORTEN }).notNull(),
    sluit: text("sluit"),
    omschrijving: text("omschrijving").notNull(),
  },
  (t) => [uniqueIndex("kalender_dagen_uniek").on(t.kalender, t.datum)],
);

/** Organisation-wide settings as key → JSON value (e.g. bevrijdingsdag_vrij, ombudsman). */
export const instellingen = sqliteTable("instellingen", {
  sleutel: text("sleutel").primaryKey(),
  waarde: text("waarde").notNull(),
});
