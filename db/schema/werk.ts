import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * The workflow engine's tables (app/platform/engine). See docs/decisions/004-workflow-engine.md.
 *
 * - afspraken: one row per commitment: the persisted machine snapshot plus projection columns for lists.
 * - afspraak_gebeurtenissen: append-only event log (triggers in db/sql/020-werk-append-only.sql).
 * - termijnen: deadline rows; the scheduler sweeps `volgende_actie_op` (partial index).
 * - outbox: e-mail waiting to be delivered (retry with backoff, office-hours deferral).
 * - berichten: the in-app inbox.
 */

export const TERMIJN_STATUSSEN = ["op_tijd", "bijna", "te_laat"] as const;
export type AfspraakTermijnStatus = (typeof TERMIJN_STATUSSEN)[number];

export const afspraken = sqliteTable(
  "afspraken",
  {
    id: text("id").primaryKey(),
    soort: text("soort").notNull(),
    /** Machine state as a string ("beloofd", "hoor.gepland" for nested states). */
    status: text("status").notNull(),
    open: integer("open", { mode: "boolean" }).notNull().default(true),
    titel: text("titel").notNull(),
    eigenaarId: text("eigenaar_id"),
    teamId: integer("team_id"),
    afdelingId: integer("afdeling_id"),
    /** The citizen (no FK: citizens live in the issue-4 area). */
    burgerId: text("burger_id"),
    kanaal: text("kanaal"),
    /** Earliest due moment of the running deadlines (null when none run). */
    termijnOp: integer("termijn_op"),
    termijnStatus: text("termijn_status", { enum: TERMIJN_STATUSSEN }),
    /** JSON { [mijlpaal]: normVersieId }: the charter versions this commitment runs under. */
    normVersieIds: text("norm_versie_ids").notNull().default("{}"),
    /** The instant whose charter version applies (normally the creation instant). */
    handvestPeilOp: integer("handvest_peil_op").notNull(),
    versie: integer("versie").notNull().default(1),
    /** JSON of machine.getPersistedSnapshot(). */
    snapshot: text("snapshot").notNull(),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
    geslotenOp: integer("gesloten_op"),
  },
  (t) => [
    // termijn_status and soort too: Mijn werk's counts per deadline state read only this index (not every open row)
    index("afspraken_eigenaar_open_termijn").on(t.eigenaarId, t.open, t.termijnOp, t.termijnStatus, t.soort),
    index("afspraken_team_open_termijn").on(t.teamId, t.open, t.termijnOp),
    index("afspraken_soort_status").on(t.soort, t.status, t.open), // `open` last: the metrics count per kind and state reads only this index
    index("afspraken_open_termijnstatus").on(t.open, t.termijnStatus),
  ],
);

export const afspraakGebeurtenissen = sqliteTable(
  "afspraak_gebeurtenissen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    afspraakId: text("afspraak_id")
      .notNull()
      .references(() => afspraken.id),
    volgnummer: integer("volgnummer").notNull(),
    type: text("type").notNull(),
    payload: text("payload"),
    actorId: text("actor_id"),
    actorNaam: text("actor_naam"),
    op: integer("op").notNull(),
    vanStatus: text("van_status"),
    naarStatus: text("naar_status").notNull(),
  },
  (t) => [
    uniqueIndex("afspraak_gebeurtenissen_volgorde").on(t.afspraakId, t.volgnummer),
    index("afspraak_gebeurtenissen_type_op").on(t.type, t.op),
  ],
);

export const TERMIJN_RIJ_STATUSSEN = ["lopend", "gehaald", "gestopt"] as const;
/** gepland → gewaarschuwd → verlopen (teamleider escalated when the norm says so) → geescaleerd (regieteam). */
export const TERMIJN_FASEN = ["gepland", "gewaarschuwd", "verlopen", "geescaleerd"] as const;
export type TermijnFase = (typeof TERMIJN_FASEN)[number];

export const termijnen = sqliteTable(
  "termijnen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    afspraakId: text("afspraak_id")
      .notNull()
      .references(() => afspraken.id),
    mijlpaal: text("mijlpaal").notNull(),
    normVersieId: integer("norm_versie_id").notNull(),
    startOp: integer("start_op").notNull(),
    waarschuwingOp: integer("waarschuwing_op").notNull(),
    termijnOp: integer("termijn_op").notNull(),
    /** The originally computed due moment (before pauses or a move at the citizen's request). */
    oorspronkelijkOp: integer("oorspronkelijk_op").notNull(),
    verzet: integer("verzet", { mode: "boolean" }).notNull().default(false),
    gepauzeerdSinds: integer("gepauzeerd_sinds"),
    status: text("status", { enum: TERMIJN_RIJ_STATUSSEN }).notNull().default("lopend"),
    gehaaldOp: integer("gehaald_op"),
    opTijd: integer("op_tijd", { mode: "boolean" }),
    fase: text("fase", { enum: TERMIJN_FASEN }).notNull().default("gepland"),
    /** Next firing instant; NULL when nothing is left to fire (met, stopped, paused or fully escalated). */
    volgendeActieOp: integer("volgende_actie_op"),
    gewaarschuwdOp: integer("gewaarschuwd_op"),
    verlopenOp: integer("verlopen_op"),
    escalatieTeamleiderOp: integer("escalatie_teamleider_op"),
    escalatieRegieteamOp: integer("escalatie_regieteam_op"),
    /**
     * Who met it: the commitment's team (or else its owner's team) and department at the moment it was met, so
     * charter compliance stays with the team that kept the promise when the work moves on afterwards.
     */
    teamId: integer("team_id"),
    afdelingId: integer("afdeling_id"),
  },
  (t) => [
    index("termijnen_volgende_actie")
      .on(t.volgendeActieOp)
      .where(sql`volgende_actie_op IS NOT NULL`),
    index("termijnen_afspraak").on(t.afspraakId, t.mijlpaal, t.status),
    // regieteam: "overdue now" per norm/team and the drill-down behind charter-compliance numbers
    index("termijnen_lopend")
      .on(t.termijnOp, t.normVersieId)
      .where(sql`status = 'lopend'`),
    index("termijnen_gehaald")
      .on(t.normVersieId, t.gehaaldOp)
      .where(sql`status = 'gehaald'`),
    // drill-down "met on time / late" per norm over a period (/regieteam/termijnen?opTijd=0|1): the count and the
    // page (ORDER BY gehaald_op DESC) read only this index — op_tijd in the key, not looked up per row
    index("termijnen_gehaald_op_tijd")
      .on(t.normVersieId, t.opTijd, t.gehaaldOp)
      .where(sql`status = 'gehaald'`),
  ],
);

export const OUTBOX_STATUSSEN = ["wachtend", "verzonden", "opgegeven"] as const;

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    soort: text("soort", { enum: ["email"] }).notNull().default("email"),
    /** JSON { to, subject, text }. */
    payload: text("payload").notNull(),
    /** Idempotency key (e.g. "digest:<medewerker>:<datum>"): a second insert with the same key is ignored. */
    sleutel: text("sleutel").unique(),
    urgent: integer("urgent", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: OUTBOX_STATUSSEN }).notNull().default("wachtend"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    /** Not before this instant (non-urgent mail outside office hours waits for the next opening). */
    nietVoor: integer("niet_voor").notNull(),
    pogingen: integer("pogingen").notNull().default(0),
    /** When the next delivery attempt is due (= nietVoor at first, then backoff). */
    volgendePogingOp: integer("volgende_poging_op").notNull(),
    laatsteFout: text("laatste_fout"),
    verzondenOp: integer("verzonden_op"),
    afspraakId: text("afspraak_id"),
  },
  (t) => [
    index("outbox_wachtend")
      .on(t.volgendePogingOp)
      .where(sql`status = 'wachtend'`),
  ],
);

export const berichten = sqliteTable(
  "berichten",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    medewerkerId: text("medewerker_id").notNull(),
    titel: text("titel").notNull(),
    tekst: text("tekst").notNull(),
    link: text("link"),
    afspraakId: text("afspraak_id"),
    urgent: integer("urgent", { mode: "boolean" }).notNull().default(false),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    gelezenOp: integer("gelezen_op"),
  },
  (t) => [index("berichten_medewerker_gelezen").on(t.medewerkerId, t.gelezenOp, t.aangemaaktOp)],
);
