import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";

export const MIJLPALEN = [
  "terugbellen",
  "overdracht_opgepakt",
  "klant_geinformeerd",
  "klacht_ontvangst_bevestigd",
  "klacht_afgehandeld",
  "klacht_verdaging",
  "klacht_niet_in_behandeling",
  "email_beantwoord",
  "brief_beantwoord",
  "balie_geholpen",
  "verbeteractie_gerealiseerd",
  "coachingsafspraak",
  "privacyverzoek_beantwoord",
] as const;
export type Mijlpaal = (typeof MIJLPALEN)[number];

export const EENHEDEN = ["minuten", "werkuren", "werkdagen", "kalenderdagen", "weken", "maanden"] as const;
export type Eenheid = (typeof EENHEDEN)[number];

export const KALENDERS = ["organisatie", "atw"] as const;
export type KalenderSoort = (typeof KALENDERS)[number];

/** A servicenorm's stable identity; its content lives in versions. */
export const normen = sqliteTable("normen", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
});

/**
 * One version of a norm. An edit creates a new version with a later geldig_vanaf;
 * a commitment stores the norm_versie id it started under and keeps it.
 */
export const normVersies = sqliteTable(
  "norm_versies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    normId: integer("norm_id").notNull().references(() => normen.id),
    versie: integer("versie").notNull(),
    geldigVanaf: integer("geldig_vanaf").notNull(),
    titel: text("titel").notNull(),
    mijlpaal: text("mijlpaal", { enum: MIJLPALEN }).notNull(),
    duur: integer("duur").notNull(),
    eenheid: text("eenheid", { enum: EENHEDEN }).notNull(),
    kalender: text("kalender", { enum: KALENDERS }).notNull(),
    /** Warning when this percentage of the term has passed (1–99). */
    waarschuwingPct: integer("waarschuwing_pct").notNull(),
    /** Escalate to the teamleider at the due moment. */
    escalatieTeamleider: integer("escalatie_teamleider", { mode: "boolean" }).notNull().default(true),
    /** Escalate to the regieteam this many working days after the due moment (null = never). */
    escalatieRegieteamNaWerkdagen: integer("escalatie_regieteam_na_werkdagen"),
    pauzeerbaar: integer("pauzeerbaar", { mode: "boolean" }).notNull().default(false),
    /** The promise as citizens read it. */
    belofte: text("belofte").notNull(),
    actief: integer("actief", { mode: "boolean" }).notNull().default(true),
    gemaaktDoor: text("gemaakt_door"),
    gemaaktOp: integer("gemaakt_op").notNull(),
  },
  (t) => [
    uniqueIndex("norm_versies_norm_versie").on(t.normId, t.versie),
    index("norm_versies_mijlpaal").on(t.mijlpaal, t.geldigVanaf),
  ],
);
