import { sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Afdelingen (departments) of the municipality, e.g. KCC, Burgerzaken. */
export const afdelingen = sqliteTable("afdelingen", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  naam: text("naam").notNull().unique(),
  actief: integer("actief", { mode: "boolean" }).notNull().default(true),
  versie: integer("versie").notNull().default(1),
  aangemaaktOp: integer("aangemaakt_op").notNull().default(sql`(unixepoch() * 1000)`),
});

/** Teams within an afdeling; each has a teamleider. */
export const teams = sqliteTable(
  "teams",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    afdelingId: integer("afdeling_id").notNull().references(() => afdelingen.id),
    naam: text("naam").notNull(),
    teamleiderId: text("teamleider_id"),
    actief: integer("actief", { mode: "boolean" }).notNull().default(true),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [uniqueIndex("teams_afdeling_naam").on(t.afdelingId, t.naam)],
);

/** Medewerkers (staff accounts). The id is an opaque string (also the session user id). */
export const medewerkers = sqliteTable(
  "medewerkers",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    naam: text("naam").notNull(),
    telefoon: text("telefoon"),
    wachtwoordHash: text("wachtwoord_hash"),
    actief: integer("actief", { mode: "boolean" }).notNull().default(true),
    teamId: integer("team_id").references(() => teams.id),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: integer("aangemaakt_op").notNull().default(sql`(unixepoch() * 1000)`),
    gewijzigdOp: integer("gewijzigd_op").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [index("medewerkers_team").on(t.teamId)],
);

export const ROLLEN = ["medewerker", "teamleider", "regieteam", "beheerder", "archief", "privacy"] as const;
export type Rol = (typeof ROLLEN)[number];

/** Roles per medewerker; one person may hold several. */
export const medewerkerRollen = sqliteTable(
  "medewerker_rollen",
  {
    medewerkerId: text("medewerker_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
    rol: text("rol", { enum: ROLLEN }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.medewerkerId, t.rol] })],
);

/** Who manages whom: a medewerker may have more than one leidinggevende. */
export const leidinggevenden = sqliteTable(
  "leidinggevenden",
  {
    medewerkerId: text("medewerker_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
    leidinggevendeId: text("leidinggevende_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.medewerkerId, t.leidinggevendeId] }),
    index("leidinggevenden_leidinggevende").on(t.leidinggevendeId),
  ],
);
