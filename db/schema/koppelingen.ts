import { integer, sqliteTable, text, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";

/**
 * Afspraak in the municipality's landscape (issue 16): its own API (app/features/api) and the Open Klant
 * connector (app/features/openklant).
 *
 * - api_clients: application credentials made by the beheerder. Only the SHA-256 of the secret is stored (the
 *   secret has 256 bits of randomness, so a slow hash adds nothing); the token `afs_<id>_<secret>` is shown once.
 *   `scopes` is a JSON array ("afspraken:schrijven", "afspraken:lezen", "team:<id>"). `ingetrokken_op` set =
 *   revoked (kept for the audit trail, never deleted).
 * - api_tellingen: the per-client rate limit, one fixed window of a minute per row.
 * - webhooks: a client's change-notification endpoint; `geheim` signs the body (HMAC-SHA256), so it is kept.
 * - webhook_leveringen: one row per (webhook, event id), unique: an event is queued for a receiver once and
 *   delivered until a 2xx (backoff), or `opgegeven` after the last attempt — visible in beheer.
 * - koppeling_cursors: how far a sweep has read afspraak_gebeurtenissen (the id), per sweep.
 * - openklant_instellingen (one row): base URL, token, the connection state shown in beheer.
 * - openklant_actoren: which Open Klant actor's tasks land in which Afspraak team.
 * - openklant_taken: one row per imported InterneTaak, keyed by its uuid (idempotent import).
 * - openklant_uitgaand: what Afspraak writes back (a Klantcontact per attempt, the task's status), keyed by a
 *   unique `sleutel`; retried with backoff, never dropped (the backlog in beheer).
 */
export const API_SCOPES_VAST = ["afspraken:schrijven", "afspraken:lezen"] as const;

export const apiClients = sqliteTable(
  "api_clients",
  {
    id: text("id").primaryKey(),
    naam: text("naam").notNull(),
    scopes: text("scopes").notNull(),
    geheimHash: text("geheim_hash").notNull(),
    limietPerMinuut: integer("limiet_per_minuut").notNull().default(60),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    aangemaaktDoor: text("aangemaakt_door"),
    geroteerdOp: integer("geroteerd_op"),
    ingetrokkenOp: integer("ingetrokken_op"),
    laatstGebruiktOp: integer("laatst_gebruikt_op"),
    versie: integer("versie").notNull().default(1),
  },
  (t) => [uniqueIndex("api_clients_naam").on(t.naam)],
);

export const apiTellingen = sqliteTable(
  "api_tellingen",
  {
    clientId: text("client_id").notNull(),
    venster: integer("venster").notNull(),
    aantal: integer("aantal").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.venster] })],
);

export const webhooks = sqliteTable(
  "webhooks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    clientId: text("client_id").notNull(),
    url: text("url").notNull(),
    geheim: text("geheim").notNull(),
    actief: integer("actief", { mode: "boolean" }).notNull().default(true),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
  },
  (t) => [index("webhooks_client").on(t.clientId)],
);

export const WEBHOOK_LEVERING_STATUSSEN = ["wachtend", "afgeleverd", "opgegeven"] as const;

export const webhookLeveringen = sqliteTable(
  "webhook_leveringen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    webhookId: integer("webhook_id").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: WEBHOOK_LEVERING_STATUSSEN }).notNull().default("wachtend"),
    pogingen: integer("pogingen").notNull().default(0),
    volgendePogingOp: integer("volgende_poging_op").notNull(),
    laatsteFout: text("laatste_fout"),
    afgeleverdOp: integer("afgeleverd_op"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
  },
  (t) => [
    uniqueIndex("webhook_leveringen_event").on(t.webhookId, t.eventId),
    index("webhook_leveringen_wachtend").on(t.status, t.volgendePogingOp),
  ],
);

export const koppelingCursors = sqliteTable("koppeling_cursors", {
  naam: text("naam").primaryKey(),
  waarde: integer("waarde").notNull().default(0),
});

export const openklantInstellingen = sqliteTable("openklant_instellingen", {
  id: integer("id").primaryKey(),
  basisUrl: text("basis_url").notNull().default(""),
  token: text("token").notNull().default(""),
  actief: integer("actief", { mode: "boolean" }).notNull().default(false),
  laatsteSuccesOp: integer("laatste_succes_op"),
  laatsteFout: text("laatste_fout"),
  laatsteFoutOp: integer("laatste_fout_op"),
  foutenOpRij: integer("fouten_op_rij").notNull().default(0),
  volgendePollOp: integer("volgende_poll_op").notNull().default(0),
  versie: integer("versie").notNull().default(1),
});

export const openklantActoren = sqliteTable("openklant_actoren", {
  actorUuid: text("actor_uuid").primaryKey(),
  omschrijving: text("omschrijving").notNull().default(""),
  teamId: integer("team_id").notNull(),
});

export const openklantTaken = sqliteTable(
  "openklant_taken",
  {
    taakUuid: text("taak_uuid").primaryKey(),
    afspraakId: text("afspraak_id").notNull(),
    klantcontactUuid: text("klantcontact_uuid").notNull(),
    partijUuid: text("partij_uuid"),
    actorUuid: text("actor_uuid").notNull(),
    ontvangenOp: integer("ontvangen_op").notNull(),
    verwerktOp: integer("verwerkt_op"),
  },
  (t) => [uniqueIndex("openklant_taken_afspraak").on(t.afspraakId)],
);

export const OPENKLANT_UITGAAND_SOORTEN = ["klantcontact", "verwerkt"] as const;
export const OPENKLANT_UITGAAND_STATUSSEN = ["wachtend", "afgeleverd"] as const;

export const openklantUitgaand = sqliteTable(
  "openklant_uitgaand",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sleutel: text("sleutel").notNull(),
    taakUuid: text("taak_uuid").notNull(),
    soort: text("soort", { enum: OPENKLANT_UITGAAND_SOORTEN }).notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: OPENKLANT_UITGAAND_STATUSSEN }).notNull().default("wachtend"),
    pogingen: integer("pogingen").notNull().default(0),
    volgendePogingOp: integer("volgende_poging_op").notNull(),
    laatsteFout: text("laatste_fout"),
    resultaatUuid: text("resultaat_uuid"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    afgeleverdOp: integer("afgeleverd_op"),
  },
  (t) => [uniqueIndex("openklant_uitgaand_sleutel").on(t.sleutel), index("openklant_uitgaand_wachtend").on(t.status, t.volgendePogingOp)],
);
