import { integer, sqliteTable, text, index, primaryKey } from "drizzle-orm/sqlite-core";

/**
 * Burgers (citizens) the organisation made a promise to. One row per person we could identify; commitments point
 * here through afspraken.burger_id. Matching rules (koppelBurger in app/features/klantbeeld/klantbeeld.server.ts):
 * phone (E.164) or e-mail (lowercased) exact, unless the name clearly belongs to someone else.
 *
 * - naam: as typed (may be null = "anoniem"); naam_zoek: lowercased, accents stripped, single spaces, for
 *   prefix search (`naam_zoek LIKE 'jan%'` uses the index with the case-sensitive LIKE the app sets per query,
 *   or a range `>= 'jan' AND < 'jao'`, which is what the server module uses).
 */
export const burgers = sqliteTable(
  "burgers",
  {
    id: text("id").primaryKey(),
    naam: text("naam"),
    naamZoek: text("naam_zoek"),
    /** Achternaam-first search key: the last word of the name, normalised (finds "Jansen" for "Piet Jansen"). */
    achternaamZoek: text("achternaam_zoek"),
    telefoonE164: text("telefoon_e164"),
    email: text("email"),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    gewijzigdOp: integer("gewijzigd_op").notNull(),
  },
  (t) => [
    // koppelBurger looks candidates up per contact by name and by last name, oldest first, with a LIMIT: its cost
    // does not grow with how many citizens share a number (a care home's switchboard).
    index("burgers_telefoon_oudste").on(t.telefoonE164, t.aangemaaktOp),
    index("burgers_email_oudste").on(t.email, t.aangemaaktOp),
    index("burgers_telefoon_naam").on(t.telefoonE164, t.naamZoek, t.aangemaaktOp),
    index("burgers_telefoon_achternaam").on(t.telefoonE164, t.achternaamZoek, t.aangemaaktOp),
    index("burgers_email_naam").on(t.email, t.naamZoek, t.aangemaaktOp),
    index("burgers_email_achternaam").on(t.email, t.achternaamZoek, t.aangemaaktOp),
    index("burgers_naam_zoek").on(t.naamZoek),
    index("burgers_achternaam_zoek").on(t.achternaamZoek),
  ],
);

/**
 * A teamleider's acknowledgement of an escalation (the escalations inbox on /team/escalaties): "I have seen this
 * overdue commitment and act on it". One row per deadline row (termijnen.id) per teamleider; the commitment itself
 * is changed through the workflow (reassign, or the owner acts), never here.
 */
export const escalatieBevestigingen = sqliteTable(
  "escalatie_bevestigingen",
  {
    termijnId: integer("termijn_id").notNull(),
    medewerkerId: text("medewerker_id").notNull(),
    afspraakId: text("afspraak_id").notNull(),
    op: integer("op").notNull(),
    notitie: text("notitie"),
  },
  (t) => [primaryKey({ columns: [t.termijnId, t.medewerkerId] }), index("escalatie_bevestigingen_afspraak").on(t.afspraakId)],
);
