import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";

/**
 * Messages that reach the citizen and the satisfaction check (issue 13, app/features/berichten, app/features/kto;
 * delivery in app/platform/engine/outbox.server.ts).
 *
 * - burgerberichten: one row per message to a citizen (e-mail or SMS). Queued in the transaction of the step that
 *   causes it (`sleutel` unique: the same cause never queues twice). The text is stored with the placeholders
 *   {{statuslink}} / {{ktolink}} still in it: the raw tokens are made at send time and never stored.
 *   Delivery: `wachtend` → claim `bezig` (lease `bezig_tot`) → `verzonden`; a failure goes back to `wachtend`
 *   with backoff (`laatste_fout` set = the failure flag) or to `opgegeven` (bounce / permanent refusal / too many
 *   attempts). A claim whose lease ran out (the process died while sending) becomes `onzeker` when the channel
 *   cannot deduplicate (SMTP), or `wachtend` again when it can (an SMS gateway with Idempotency-Key = bericht_id).
 *   `vervolg` (JSON) names what happens when it was delivered (e.g. the handover's "klant geïnformeerd").
 * - bericht_sjablonen: the beheerder's version of a template per soort and language (absent = the built-in text).
 * - kto_uitnodigingen: one satisfaction check per closed commitment; the token's SHA-256 only (set at send time),
 *   single use. A score of 1–2 opens `opvolging` on the teamleider's list.
 */
export const BURGERBERICHT_STATUSSEN = ["wachtend", "bezig", "verzonden", "onzeker", "opgegeven"] as const;
export type BurgerberichtStatus = (typeof BURGERBERICHT_STATUSSEN)[number];
export const BERICHT_KANALEN = ["email", "sms"] as const;
export type BerichtKanaal = (typeof BERICHT_KANALEN)[number];

export const burgerberichten = sqliteTable(
  "burgerberichten",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sleutel: text("sleutel").notNull(),
    afspraakId: text("afspraak_id").notNull(),
    /** template key, e.g. "klacht.ontvangstbevestiging", "terugbel.niet_bereikt", "kto" */
    soort: text("soort").notNull(),
    kanaal: text("kanaal", { enum: BERICHT_KANALEN }).notNull(),
    aan: text("aan").notNull(),
    taal: text("taal").notNull().default("nl"),
    onderwerp: text("onderwerp").notNull(),
    tekst: text("tekst").notNull(),
    urgent: integer("urgent", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: BURGERBERICHT_STATUSSEN }).notNull().default("wachtend"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    /** Not before this instant (quiet hours for non-urgent messages). */
    nietVoor: integer("niet_voor").notNull(),
    volgendePogingOp: integer("volgende_poging_op").notNull(),
    pogingen: integer("pogingen").notNull().default(0),
    bezigTot: integer("bezig_tot"),
    /** Stable across attempts: the e-mail's Message-ID, the SMS gateway's Idempotency-Key. */
    berichtId: text("bericht_id").notNull(),
    laatsteFout: text("laatste_fout"),
    verzondenOp: integer("verzonden_op"),
    /** The gateway's id for the message (SMS) or the SMTP server's answer. */
    bezorgId: text("bezorg_id"),
    vervolg: text("vervolg"),
    versie: integer("versie").notNull().default(1),
  },
  (t) => [
    uniqueIndex("burgerberichten_sleutel").on(t.sleutel),
    index("burgerberichten_afspraak").on(t.afspraakId, t.aangemaaktOp),
    index("burgerberichten_wachtend")
      .on(t.volgendePogingOp)
      .where(sql`status = 'wachtend'`),
    index("burgerberichten_bezig")
      .on(t.bezigTot)
      .where(sql`status = 'bezig'`),
  ],
);

export const berichtSjablonen = sqliteTable(
  "bericht_sjablonen",
  {
    soort: text("soort").notNull(),
    taal: text("taal").notNull(),
    onderwerp: text("onderwerp").notNull(),
    tekst: text("tekst").notNull(),
    sms: text("sms").notNull(),
    versie: integer("versie").notNull().default(1),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
    gewijzigdDoor: text("gewijzigd_door"),
  },
  (t) => [primaryKey({ columns: [t.soort, t.taal] })],
);

export const KTO_OPVOLGINGEN = ["open", "teruggebeld", "heropend", "signaal", "afgedaan"] as const;
export type KtoOpvolging = (typeof KTO_OPVOLGINGEN)[number];

export const ktoUitnodigingen = sqliteTable(
  "kto_uitnodigingen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash"),
    afspraakId: text("afspraak_id").notNull(),
    /** afspraken.soort: terugbelafspraak | overdracht | klacht */
    soort: text("soort").notNull(),
    teamId: integer("team_id"),
    afdelingId: integer("afdeling_id"),
    /** The charter norm the commitment ran under (first milestone), for satisfaction per norm. */
    normCode: text("norm_code"),
    /** The commitment's contact channel (telefoon, balie, webformulier, …). */
    kanaal: text("kanaal"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    vervaltOp: integer("vervalt_op").notNull(),
    beantwoordOp: integer("beantwoord_op"),
    score: integer("score"),
    opmerking: text("opmerking"),
    opvolging: text("opvolging", { enum: KTO_OPVOLGINGEN }),
    opgevolgdOp: integer("opgevolgd_op"),
    opgevolgdDoor: text("opgevolgd_door"),
    /** The new callback / follow-up commitment, or the learning-log entry. */
    opvolgingAfspraakId: text("opvolging_afspraak_id"),
    leerlogboekId: integer("leerlogboek_id"),
    versie: integer("versie").notNull().default(1),
  },
  (t) => [
    uniqueIndex("kto_uitnodigingen_afspraak").on(t.afspraakId),
    uniqueIndex("kto_uitnodigingen_token").on(t.tokenHash),
    index("kto_uitnodigingen_beantwoord").on(t.beantwoordOp),
    index("kto_uitnodigingen_team").on(t.teamId, t.beantwoordOp),
    index("kto_uitnodigingen_opvolging")
      .on(t.teamId, t.beantwoordOp)
      .where(sql`opvolging = 'open'`),
  ],
);
