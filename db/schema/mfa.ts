import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { medewerkers } from "./organisatie";
import { sessions } from "./auth";

/**
 * Two-step verification (MFA) for local accounts and the sessions users can see (issue 15, app/features/tweestaps,
 * decision 011 "MFA and sessions").
 *
 * - mfa_totp: one TOTP authenticator per medewerker (RFC 6238, 30 s, 6 digits, SHA-1 as every app supports). The
 *   secret is AES-256-GCM encrypted with a key outside the database (never logged, never in a backup of the
 *   database alone). `bevestigd_op` null = enrolment started, not yet confirmed with a code. `laatste_teller` is the
 *   last accepted time step: a code for that step or an earlier one is refused (no replay within its window).
 * - mfa_herstelcodes: ten one-time recovery codes per enrolment, only their SHA-256 kept (60 random bits each).
 * - mfa_pogingen: wrong codes per account (rate limit: 5 wrong → locked for 15 minutes).
 * - sessie_info: what a user sees of their sessions (device/browser parsed from the user agent, IP range — never
 *   the full address —, first and last seen), the session's phase (`code`: password given, second factor not yet;
 *   `instellen`: MFA required but not enrolled; `volledig`), how it signed in (`wachtwoord`, or another path such as
 *   SSO whose provider vouches for MFA) and when the second factor was last given (step-up for exports).
 *   Removed with the session (cascade).
 */
export const mfaTotp = sqliteTable("mfa_totp", {
  medewerkerId: text("medewerker_id")
    .primaryKey()
    .references(() => medewerkers.id, { onDelete: "cascade" }),
  geheim: text("geheim").notNull(),
  aangemaaktOp: integer("aangemaakt_op").notNull(),
  bevestigdOp: integer("bevestigd_op"),
  laatsteTeller: integer("laatste_teller").notNull().default(0),
});

export const mfaHerstelcodes = sqliteTable(
  "mfa_herstelcodes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    medewerkerId: text("medewerker_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
    gebruiktOp: integer("gebruikt_op"),
  },
  (t) => [index("mfa_herstelcodes_medewerker").on(t.medewerkerId, t.codeHash)],
);

export const mfaPogingen = sqliteTable("mfa_pogingen", {
  medewerkerId: text("medewerker_id")
    .primaryKey()
    .references(() => medewerkers.id, { onDelete: "cascade" }),
  mislukt: integer("mislukt").notNull().default(0),
  eersteOp: integer("eerste_op").notNull(),
  geblokkeerdTot: integer("geblokkeerd_tot"),
});

export const SESSIE_FASEN = ["code", "instellen", "volledig"] as const;
export type SessieFase = (typeof SESSIE_FASEN)[number];

export const sessieInfo = sqliteTable(
  "sessie_info",
  {
    sessieId: text("sessie_id")
      .primaryKey()
      .references(() => sessions.id, { onDelete: "cascade" }),
    medewerkerId: text("medewerker_id").notNull(),
    fase: text("fase", { enum: SESSIE_FASEN }).notNull(),
    methode: text("methode").notNull(),
    apparaat: text("apparaat").notNull().default(""),
    ipBereik: text("ip_bereik").notNull().default(""),
    eerstOp: integer("eerst_op").notNull(),
    laatstOp: integer("laatst_op").notNull(),
    tweedeFactorOp: integer("tweede_factor_op"),
  },
  (t) => [index("sessie_info_medewerker").on(t.medewerkerId)],
);
