import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";

/**
 * Coaching (issue 7): private notes and agreements between an employee and their own manager(s).
 * Visible ONLY to that employee and their leidinggevenden (app/features/coaching/coaching.server.ts, magProfielZien).
 * Notes and reactions are purged after the retention term (instelling coaching_bewaartermijn_maanden).
 */
export const coachingsnotities = sqliteTable(
  "coachingsnotities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    medewerkerId: text("medewerker_id").notNull(),
    auteurId: text("auteur_id"),
    auteurNaam: text("auteur_naam").notNull(),
    tekst: text("tekst").notNull(),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
  },
  (t) => [
    index("coachingsnotities_medewerker").on(t.medewerkerId, t.aangemaaktOp),
    index("coachingsnotities_aangemaakt").on(t.aangemaaktOp),
  ],
);

/** The employee's (or manager's) reaction to a note. */
export const coachingsreacties = sqliteTable(
  "coachingsreacties",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    notitieId: integer("notitie_id")
      .notNull()
      .references(() => coachingsnotities.id, { onDelete: "cascade" }),
    auteurId: text("auteur_id"),
    auteurNaam: text("auteur_naam").notNull(),
    tekst: text("tekst").notNull(),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
  },
  (t) => [index("coachingsreacties_notitie").on(t.notitieId, t.aangemaaktOp), index("coachingsreacties_aangemaakt").on(t.aangemaaktOp)],
);

export const COACHINGSAFSPRAAK_STATUSSEN = ["open", "nagekomen", "vervallen"] as const;
export type CoachingsafspraakStatus = (typeof COACHINGSAFSPRAAK_STATUSSEN)[number];

/**
 * An agreement from a coaching conversation, with its own due date. When the charter has a norm for the
 * milestone 'coachingsafspraak', a commitment of soort 'coachingsafspraak' runs in the engine (afspraakId)
 * and its deadline row follows the same machinery; otherwise afspraakId stays null (no deadline monitoring).
 */
export const coachingsafspraken = sqliteTable(
  "coachingsafspraken",
  {
    id: text("id").primaryKey(),
    medewerkerId: text("medewerker_id").notNull(),
    auteurId: text("auteur_id"),
    auteurNaam: text("auteur_naam").notNull(),
    omschrijving: text("omschrijving").notNull(),
    /** Due moment (epoch ms): end of the chosen day, Europe/Amsterdam. */
    termijnOp: integer("termijn_op").notNull(),
    status: text("status", { enum: COACHINGSAFSPRAAK_STATUSSEN }).notNull().default("open"),
    afspraakId: text("afspraak_id"),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
    afgerondOp: integer("afgerond_op"),
  },
  (t) => [index("coachingsafspraken_medewerker").on(t.medewerkerId, t.status, t.termijnOp)],
);
