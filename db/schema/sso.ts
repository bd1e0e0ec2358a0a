import { integer, sqliteTable, text, index, primaryKey, uniqueIndex } from "drizzle-orm/sqlite-core";
import { medewerkers, teams, ROLLEN } from "./organisatie";
import { sessions } from "./auth";

/**
 * Single sign-on with the municipality's OpenID Connect provider (issue 15, app/features/sso, decision 011).
 *
 * - sso_instellingen (one row, id 1): the connection as the beheerder set it in Beheer (environment variables
 *   AFSPRAAK_OIDC_* win over it), whether local passwords are off (then only `nood_beheerder_id`, the break-glass
 *   beheerder, signs in with a password) and extra `acr` values that count as MFA (`mfa_acr`, JSON array). The
 *   roles that need MFA are one policy for both sign-in paths (sessie-info.server.ts, the instellingen table), so
 *   `mfa_rollen` is not read.
 * - sso_groepen: the mapping group (the value in the groups claim: an Entra object id, a Keycloak group path) →
 *   role or → team. A row has exactly one of `rol` and `team_id`.
 * - sso_identiteiten: which medewerker a provider subject is (issuer + `oid`/`sub`), never matched on a name;
 *   the groups of the last sign-in, and `geen_toegang_sinds` when the groups stopped granting access (the
 *   account is then deactivated by SSO, and re-activated when a later sign-in grants access again).
 * - sso_flows: one row per started sign-in, keyed by `state`: nonce and PKCE verifier stay on the server, the
 *   browser holds only a random binding value (its SHA-256 is here); the row is deleted when the callback
 *   arrives (single use) and expires after ten minutes.
 * - sso_sessies: which Afspraak session came from which provider sign-in, with the ID token as the
 *   id_token_hint for RP-initiated logout; removed with the session.
 */
export const ssoInstellingen = sqliteTable("sso_instellingen", {
  id: integer("id").primaryKey(),
  issuer: text("issuer").notNull().default(""),
  clientId: text("client_id").notNull().default(""),
  clientSecret: text("client_secret").notNull().default(""),
  groepenClaim: text("groepen_claim").notNull().default("groups"),
  naam: text("naam").notNull().default(""),
  actief: integer("actief", { mode: "boolean" }).notNull().default(false),
  wachtwoordenUit: integer("wachtwoorden_uit", { mode: "boolean" }).notNull().default(false),
  noodBeheerderId: text("nood_beheerder_id").references(() => medewerkers.id, { onDelete: "set null" }),
  mfaRollen: text("mfa_rollen").notNull().default("[]"),
  mfaAcr: text("mfa_acr").notNull().default("[]"),
  versie: integer("versie").notNull().default(1),
  gewijzigdOp: integer("gewijzigd_op"),
});

export const ssoGroepen = sqliteTable(
  "sso_groepen",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    groep: text("groep").notNull(),
    rol: text("rol", { enum: ROLLEN }),
    teamId: integer("team_id").references(() => teams.id, { onDelete: "cascade" }),
    aangemaaktOp: integer("aangemaakt_op").notNull(),
  },
  (t) => [index("sso_groepen_groep").on(t.groep)],
);

export const ssoIdentiteiten = sqliteTable(
  "sso_identiteiten",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    medewerkerId: text("medewerker_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
    groepen: text("groepen").notNull().default("[]"),
    eersteOp: integer("eerste_op").notNull(),
    laatsteOp: integer("laatste_op").notNull(),
    geenToegangSinds: integer("geen_toegang_sinds"),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), uniqueIndex("sso_identiteiten_medewerker").on(t.medewerkerId)],
);

export const ssoFlows = sqliteTable(
  "sso_flows",
  {
    state: text("state").primaryKey(),
    bindingHash: text("binding_hash").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier"),
    issuer: text("issuer").notNull(),
    terug: text("terug").notNull().default("/mijn-werk"),
    verlooptOp: integer("verloopt_op").notNull(),
  },
  (t) => [index("sso_flows_verloopt").on(t.verlooptOp)],
);

export const ssoSessies = sqliteTable("sso_sessies", {
  sessieId: text("sessie_id")
    .primaryKey()
    .references(() => sessions.id, { onDelete: "cascade" }),
  issuer: text("issuer").notNull(),
  idToken: text("id_token").notNull(),
  medewerkerId: text("medewerker_id").notNull(),
});
