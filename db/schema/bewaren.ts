import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";

/**
 * Retention and destruction (issue 17 part 2, docs/decisions/013-bewaren-en-vernietigen.md).
 *
 * - bewaartermijnen: the term per kind of record that the beheerder sets (months after the record closed; NULL
 *   for attachments = "with the dossier"). Complaints follow the Selectielijst class computed on the complaint
 *   (klachten.vernietigingsdatum) and have no row here.
 * - vernietigingslijsten: one list of what is past its term (monthly by the scheduler, or on demand). Reviewed
 *   and approved by the archief role; approval destroys in the same transaction and stores the signed
 *   verklaring van vernietiging (canonical JSON + Ed25519 signature + the public key it verifies with).
 * - vernietigingslijst_items: one record on a list; descriptors hold no personal data (kind, number, term,
 *   legal basis), so the list and the declaration may be kept after the record is gone.
 * - vernietiging_vrijgave: while an approved destruction runs, the commitments whose append-only event log may
 *   be removed (db/sql/020-werk-append-only.sql checks it); emptied again in the same transaction.
 */
export const BEWAAR_SOORTEN = ["terugbelafspraak", "overdracht", "bericht", "kto", "bijlage"] as const;
export type BewaarSoort = (typeof BEWAAR_SOORTEN)[number];

export const bewaartermijnen = sqliteTable("bewaartermijnen", {
  soort: text("soort", { enum: BEWAAR_SOORTEN }).primaryKey(),
  maanden: integer("maanden"),
  versie: integer("versie").notNull().default(1),
  gewijzigdOp: integer("gewijzigd_op").notNull(),
  gewijzigdDoor: text("gewijzigd_door"),
});

export const LIJST_STATUSSEN = ["ter_beoordeling", "uitgevoerd"] as const;

export const vernietigingslijsten = sqliteTable(
  "vernietigingslijsten",
  {
    id: text("id").primaryKey(),
    nummer: text("nummer").notNull().unique(),
    /** The month (YYYY-MM, Europe/Amsterdam) a scheduled list belongs to; NULL for a list made on demand. */
    maand: text("maand").unique(),
    /** Everything whose destruction date is on or before this date (YYYY-MM-DD) is on the list. */
    peildatum: text("peildatum").notNull(),
    status: text("status", { enum: LIJST_STATUSSEN }).notNull().default("ter_beoordeling"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    goedgekeurdOp: integer("goedgekeurd_op"),
    goedgekeurdDoorId: text("goedgekeurd_door_id"),
    goedgekeurdDoorNaam: text("goedgekeurd_door_naam"),
    /** The verklaring van vernietiging: canonical JSON, its Ed25519 signature (base64) and the public key (PEM). */
    verklaring: text("verklaring"),
    handtekening: text("handtekening"),
    publiekeSleutel: text("publieke_sleutel"),
    versie: integer("versie").notNull().default(1),
  },
  (t) => [index("vernietigingslijsten_status").on(t.status, t.aangemaaktOp)],
);

export const ITEM_STATUSSEN = ["voorgesteld", "aangehouden", "vernietigd"] as const;
export const AANHOUD_REDENEN = ["bezwaar", "beroep", "woo", "anders"] as const;
export type AanhoudReden = (typeof AANHOUD_REDENEN)[number];

export const vernietigingslijstItems = sqliteTable(
  "vernietigingslijst_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    lijstId: text("lijst_id")
      .notNull()
      .references(() => vernietigingslijsten.id),
    /** klacht, terugbelafspraak, overdracht, bericht, kto, bijlage */
    soort: text("soort").notNull(),
    ref: text("ref").notNull(),
    /** Non-personal descriptor: complaint number, or kind + short id. */
    kenmerk: text("kenmerk").notNull(),
    grondslag: text("grondslag").notNull(),
    afgeslotenOp: integer("afgesloten_op"),
    vernietigingsdatum: text("vernietigingsdatum").notNull(),
    status: text("status", { enum: ITEM_STATUSSEN }).notNull().default("voorgesteld"),
    aanhoudReden: text("aanhoud_reden", { enum: AANHOUD_REDENEN }),
    aanhoudToelichting: text("aanhoud_toelichting"),
    aangehoudenOp: integer("aangehouden_op"),
    aangehoudenDoor: text("aangehouden_door"),
    vernietigdOp: integer("vernietigd_op"),
  },
  (t) => [index("vernietigingslijst_items_lijst").on(t.lijstId, t.soort), index("vernietigingslijst_items_ref").on(t.soort, t.ref, t.status)],
);

export const vernietigingVrijgave = sqliteTable("vernietiging_vrijgave", {
  afspraakId: text("afspraak_id").primaryKey(),
});
