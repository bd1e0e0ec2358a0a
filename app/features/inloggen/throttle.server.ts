import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { loginThrottle, medewerkers } from "../../../db/schema";
import { verifyPassword, hashPassword } from "../../platform/auth/sessies.server";

/** Throttling: this many failures within the window lock the key for the lock time. */
export const THROTTLE = {
  perAccount: { max: 5, vensterMs: 15 * 60_000, blokkadeMs: 15 * 60_000 },
  perAdres: { max: 20, vensterMs: 15 * 60_000, blokkadeMs: 15 * 60_000 },
};

type Soort = keyof typeof THROTTLE;

function geblokkeerdTot(sleutel: string, t: number): number | null {
  const { db } = getDatabase();
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.sleutel, sleutel)).get();
  if (row?.geblokkeerdTot && row.geblokkeerdTot > t) return row.geblokkeerdTot;
  return null;
}

function registreerFout(sleutel: string, soort: Soort, t: number): void {
  const { sqlite } = getDatabase();
  const cfg = THROTTLE[soort];
  sqlite
    .prepare(
      `INSERT INTO login_throttle (sleutel, fouten, eerste_fout_op, geblokkeerd_tot) VALUES (?, 1, ?, NULL)
       ON CONFLICT(sleutel) DO UPDATE SET
         fouten = CASE WHEN eerste_fout_op < ? THEN 1 ELSE fouten + 1 END,
         eerste_fout_op = CASE WHEN eerste_fout_op < ? THEN excluded.eerste_fout_op ELSE eerste_fout_op END`,
    )
    .run(sleutel, t, t - cfg.vensterMs, t - cfg.vensterMs);
  sqlite
    .prepare(`UPDATE login_throttle SET geblokkeerd_tot = ? WHERE sleutel = ? AND fouten >= ?`)
    .run(t + cfg.blokkadeMs, sleutel, cfg.max);
}

function wis(sleutel: string): void {
  getDatabase().sqlite.prepare(`DELETE FROM login_throttle WHERE sleutel = ?`).run(sleutel);
}

export type LoginResultaat =
  | { ok: true; medewerkerId: string; naam: string }
  | { ok: false; reden: "onjuist" | "geblokkeerd" | "inactief"; melding: string };

// A real hash to compare against when the account does not exist, so timing does not reveal accounts.
let dummyHash: Promise<string> | null = null;

function minuten(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? "1 minuut" : `${m} minuten`;
}

/**
 * Checks e-mail and password with throttling per account and per client address. Uses real time (not the
 * business clock): it is a security mechanism, not a deadline.
 */
export async function probeerInloggen(emailRaw: string, wachtwoord: string, ip: string): Promise<LoginResultaat> {
  const t = Date.now();
  const email = emailRaw.trim().toLowerCase();
  const kAccount = `account:${email}`;
  const kAdres = `adres:${ip}`;
  const blok = Math.max(geblokkeerdTot(kAccount, t) ?? 0, geblokkeerdTot(kAdres, t) ?? 0);
  if (blok > t) {
    return {
      ok: false,
      reden: "geblokkeerd",
      melding: `Te veel mislukte inlogpogingen. Probeer het over ${minuten(blok - t)} opnieuw of vraag een beheerder om hulp.`,
    };
  }
  const { db } = getDatabase();
  const m = db.select().from(medewerkers).where(eq(medewerkers.email, email)).get();
  const geldig = m
    ? await verifyPassword(m.wachtwoordHash, wachtwoord)
    : await verifyPassword(await (dummyHash ??= hashPassword("geen-account-dummy")), wachtwoord + "x");
  if (!m || !geldig) {
    registreerFout(kAccount, "perAccount", t);
    registreerFout(kAdres, "perAdres", t);
    return { ok: false, reden: "onjuist", melding: "Het e-mailadres of het wachtwoord klopt niet." };
  }
  if (!m.actief) {
    return { ok: false, reden: "inactief", melding: "Dit account is gedeactiveerd. Neem contact op met een beheerder." };
  }
  wis(kAccount);
  return { ok: true, medewerkerId: m.id, naam: m.naam };
}
