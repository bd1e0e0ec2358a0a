import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { medewerkers } from "./organisatie";

/** Login sessions (lucia v3). expires_at is in seconds, as the lucia drizzle adapter expects. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    /** Milliseconds; used for the absolute session lifetime. */
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** One-time password (re)set links; only the SHA-256 of the token is kept. */
export const wachtwoordLinks = sqliteTable(
  "wachtwoord_links",
  {
  tokenHash: text("token_hash").primaryKey(),
  medewerkerId: text("medewerker_id")
    .notNull()
    .references(() => medewerkers.id, { onDelete: "cascade" }),
  verlooptOp: integer("verloopt_op").notNull(),
  gebruiktOp: integer("gebruikt_op"),
  },
  (t) => [index("wachtwoord_links_medewerker").on(t.medewerkerId)],
);

/** Failed-login counters per account and per client address. */
export const loginThrottle = sqliteTable("login_throttle", {
  sleutel: text("sleutel").primaryKey(),
  fouten: integer("fouten").notNull(),
  eersteFoutOp: integer("eerste_fout_op").notNull(),
  geblokkeerdTot: integer("geblokkeerd_tot"),
});
