import { integer, primaryKey, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Regieteam (issue 6): the blameless learning log and the improvement actions that come out of it.
 *
 * - leerlogboek: one lesson: what happened, the cause (classified by behoorlijkheidsnorm(s) in leerlogboek_normen
 *   and by process step), the lesson. Names processes, never culprits (app/features/leerlogboek/leerlogboek.server.ts refuses
 *   texts that name an employee).
 * - leerlogboek_koppelingen: the complaints, overdue commitments and compliments the lesson is about.
 *   Inserting or deleting a klacht link keeps klachten.leerlogboek_aantal current (db/sql/050-statistiek.sql).
 * - verbeteracties: an improvement action is a commitment of soort 'verbeteractie' in `afspraken` (same id);
 *   these are its dossier columns for lists and dashboards, written in the same transaction as every step.
 */

export const PROCESSTAPPEN = [
  "bereikbaarheid",
  "eerste_contact",
  "doorverbinden_overdracht",
  "terugbellen",
  "informatievoorziening",
  "behandeling_aanvraag",
  "besluitvorming",
  "brief_communicatie",
  "klachtbehandeling",
  "systemen_registratie",
  "uitvoering_buiten",
  "overig",
] as const;
export type Processtap = (typeof PROCESSTAPPEN)[number];

export const leerlogboek = sqliteTable(
  "leerlogboek",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** LL-2026-0001 */
    nummer: text("nummer").notNull(),
    titel: text("titel").notNull(),
    watGebeurde: text("wat_gebeurde").notNull(),
    oorzaak: text("oorzaak").notNull(),
    les: text("les").notNull(),
    processtap: text("processtap", { enum: PROCESSTAPPEN }).notNull(),
    afdelingId: integer("afdeling_id"),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
    gewijzigdDoor: text("gewijzigd_door"),
  },
  (t) => [
    uniqueIndex("leerlogboek_nummer").on(t.nummer),
    index("leerlogboek_aangemaakt").on(t.aangemaaktOp),
    index("leerlogboek_afdeling").on(t.afdelingId, t.aangemaaktOp),
  ],
);

/** The behoorlijkheidsnormen (1–22) the cause is classified by. */
export const leerlogboekNormen = sqliteTable(
  "leerlogboek_normen",
  {
    lesId: integer("les_id")
      .notNull()
      .references(() => leerlogboek.id),
    norm: integer("norm").notNull(),
  },
  (t) => [primaryKey({ columns: [t.lesId, t.norm] }), index("leerlogboek_normen_norm").on(t.norm)],
);

export const KOPPELING_SOORTEN = ["klacht", "afspraak", "compliment"] as const;
export type KoppelingSoort = (typeof KOPPELING_SOORTEN)[number];

export const leerlogboekKoppelingen = sqliteTable(
  "leerlogboek_koppelingen",
  {
    lesId: integer("les_id")
      .notNull()
      .references(() => leerlogboek.id),
    soort: text("soort", { enum: KOPPELING_SOORTEN }).notNull(),
    /** klachten.id / afspraken.id / feedback.id (as text) */
    ref: text("ref").notNull(),
  },
  (t) => [primaryKey({ columns: [t.lesId, t.soort, t.ref] }), index("leerlogboek_koppelingen_ref").on(t.soort, t.ref)],
);

export const VERBETERACTIE_STATUSSEN = ["voorgesteld", "in_uitvoering", "gerealiseerd", "geevalueerd", "afgewezen"] as const;
export type VerbeteractieStatus = (typeof VERBETERACTIE_STATUSSEN)[number];

export const EFFECT_OORDELEN = ["effectief", "deels_effectief", "niet_effectief"] as const;
export type EffectOordeel = (typeof EFFECT_OORDELEN)[number];

export const verbeteracties = sqliteTable(
  "verbeteracties",
  {
    id: text("id").primaryKey(),
    /** VA-2026-0001 */
    nummer: text("nummer").notNull(),
    lesId: integer("les_id").references(() => leerlogboek.id),
    titel: text("titel").notNull(),
    omschrijving: text("omschrijving").notNull(),
    status: text("status", { enum: VERBETERACTIE_STATUSSEN }).notNull(),
    eigenaarId: text("eigenaar_id"),
    eigenaarNaam: text("eigenaar_naam"),
    afdelingId: integer("afdeling_id"),
    /** The agreed due date (YYYY-MM-DD, Europe/Amsterdam) and its instant (closing time of that day). */
    deadline: text("deadline").notNull(),
    termijnOp: integer("termijn_op").notNull(),
    gestartOp: integer("gestart_op"),
    gerealiseerdOp: integer("gerealiseerd_op"),
    /** Realised on or before the due moment. */
    opTijd: integer("op_tijd", { mode: "boolean" }),
    realisatieToelichting: text("realisatie_toelichting"),
    afwijsreden: text("afwijsreden"),
    afgewezenOp: integer("afgewezen_op"),
    effect: text("effect", { enum: EFFECT_OORDELEN }),
    evaluatieToelichting: text("evaluatie_toelichting"),
    /** Repeat complaints on the lesson's theme in the window before / after realisation (measured at evaluation). */
    herhaalVoor: integer("herhaal_voor"),
    herhaalNa: integer("herhaal_na"),
    evaluatieVensterMaanden: integer("evaluatie_venster_maanden"),
    geevalueerdOp: integer("geevalueerd_op"),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
  },
  (t) => [
    uniqueIndex("verbeteracties_nummer").on(t.nummer),
    index("verbeteracties_status_termijn").on(t.status, t.termijnOp),
    index("verbeteracties_les").on(t.lesId),
    index("verbeteracties_eigenaar").on(t.eigenaarId, t.status),
    index("verbeteracties_aangemaakt").on(t.aangemaaktOp),
  ],
);

/**
 * Contact volumes per month and channel (from the telephony platform, the counter system, the website…),
 * entered or imported by the regieteam: the denominator of "klachten over bejegening per 1.000 contacten".
 * afdeling_id 0 = the whole organisation.
 */
export const contactvolumes = sqliteTable(
  "contactvolumes",
  {
    maand: integer("maand").notNull(),
    kanaal: text("kanaal").notNull(),
    afdelingId: integer("afdeling_id").notNull().default(0),
    aantal: integer("aantal").notNull(),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
    gewijzigdDoor: text("gewijzigd_door"),
  },
  (t) => [primaryKey({ columns: [t.maand, t.kanaal, t.afdelingId] })],
);
