import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { loginThrottle, medewerkers } from "../../../db/schema";
import { verifyPassword, hashPassword } from "../../platform/auth/sessies.server";
import { apparaatGeldig, apparaatSleutel, maakApparaatToken } from "./apparaat.server";

/**
 * Login throttling that protects accounts without locking a whole building out (issue 19). A municipality's
 * employees share one NAT address, so the address must never be the thing that refuses a colleague:
 *
 * - Per account (the e-mail typed, whether it exists or not, so the answer reveals nothing): from the first
 *   failure each next attempt waits 200 ms × 2^(failures − 1), at most 2 s; 5 failures within 15 minutes lock
 *   the account for 15 minutes, and each further lock within 24 hours doubles (30 min, 1 h, … at most 24 h).
 *   A successful login clears the account's counters.
 * - Per address, only failures for accounts that do not exist (guessing addresses, scripts): 20 within
 *   15 minutes refuse that address for 15 minutes. Colleagues mistyping their own password never count here.
 * - Per address, all failures: above 20 within 15 minutes every attempt from that address waits 1 s more —
 *   slowed down, never refused, so a colleague with the right password still gets in.
 * - Known devices (./apparaat.server.ts): a browser that logged in to this account before (device cookie,
 *   90 days) is exempt from both address limits, and its failures count on a counter of its own with the same
 *   delay and lock as the account's. So even a script that locks an account or the NAT address does not keep
 *   out a colleague at their own workstation.
 */
export const THROTTLE = {
  perAccount: { max: 5, vensterMs: 15 * 60_000, blokkadeMs: 15 * 60_000, maxBlokkadeMs: 24 * 3600_000, herhaalVensterMs: 24 * 3600_000, vertragingMs: 200, maxVertragingMs: 2_000 },
  perAdres: { max: 20, vensterMs: 15 * 60_000, blokkadeMs: 15 * 60_000 },
  perAdresTraag: { max: 20, vensterMs: 15 * 60_000, vertragingMs: 1_000 },
};

/** How attempts wait; tests replace `slaap` to record the delays instead of sleeping. */
export const wachten = {
  slaap: (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms)),
};

interface Teller {
  fouten: number;
  geblokkeerdTot: number | null;
}

function teller(sleutel: string, vensterMs: number, t: number): Teller {
  const { db } = getDatabase();
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.sleutel, sleutel)).get();
  if (!row) return { fouten: 0, geblokkeerdTot: null };
  const binnenVenster = row.eersteFoutOp >= t - vensterMs;
  return {
    fouten: binnenVenster ? row.fouten : 0,
    geblokkeerdTot: row.geblokkeerdTot && row.geblokkeerdTot > t ? row.geblokkeerdTot : null,
  };
}

/** Counts one failure in the key's window (a window that has passed starts again at 1); returns the count. */
function tel(sleutel: string, vensterMs: number, t: number): number {
  const { sqlite } = getDatabase();
  sqlite
    .prepare(
      `INSERT INTO login_throttle (sleutel, fouten, eerste_fout_op, geblokkeerd_tot) VALUES (?, 1, ?, NULL)
       ON CONFLICT(sleutel) DO UPDATE SET
         fouten = CASE WHEN eerste_fout_op < ? THEN 1 ELSE fouten + 1 END,
         eerste_fout_op = CASE WHEN eerste_fout_op < ? THEN excluded.eerste_fout_op ELSE eerste_fout_op END`,
    )
    .run(sleutel, t, t - vensterMs, t - vensterMs);
  return (sqlite.prepare(`SELECT fouten FROM login_throttle WHERE sleutel = ?`).get(sleutel) as { fouten: number }).fouten;
}

function blokkeer(sleutel: string, tot: number): void {
  getDatabase().sqlite.prepare(`UPDATE login_throttle SET geblokkeerd_tot = ? WHERE sleutel = ?`).run(tot, sleutel);
}

function wis(...sleutels: string[]): void {
  const stmt = getDatabase().sqlite.prepare(`DELETE FROM login_throttle WHERE sleutel = ?`);
  for (const s of sleutels) stmt.run(s);
}

/** The exponential delay after this many failures: 200 ms × 2^(n − 1), at most 2 s. */
function vertraging(fouten: number): number {
  const a = THROTTLE.perAccount;
  return fouten > 0 ? Math.min(a.vertragingMs * 2 ** (fouten - 1), a.maxVertragingMs) : 0;
}

/** The wait before an attempt: the account's exponential delay plus the address's slowdown. */
export function vertragingVoor(emailRaw: string, ip: string, t = Date.now()): number {
  const email = emailRaw.trim().toLowerCase();
  const a = THROTTLE.perAccount;
  const account = vertraging(teller(`account:${email}`, a.vensterMs, t).fouten);
  const traag = teller(`adres-traag:${ip}`, THROTTLE.perAdresTraag.vensterMs, t).fouten >= THROTTLE.perAdresTraag.max;
  return account + (traag ? THROTTLE.perAdresTraag.vertragingMs : 0);
}

export type LoginResultaat =
  | { ok: true; medewerkerId: string; naam: string; /** a fresh device token for the browser */ apparaat: string }
  | { ok: false; reden: "onjuist" | "geblokkeerd" | "inactief"; melding: string; /** the wait when blocked */ minuten?: number };

// A real hash to compare against when the account does not exist, so timing does not reveal accounts.
let dummyHash: Promise<string> | null = null;

function minuten(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  if (m >= 120 && m % 60 === 0) return `${m / 60} uur`;
  return m === 1 ? "1 minuut" : `${m} minuten`;
}

function geblokkeerd(blok: number, t: number): LoginResultaat {
  return {
    ok: false,
    reden: "geblokkeerd",
    melding: `Te veel mislukte inlogpogingen. Probeer het over ${minuten(blok - t)} opnieuw of vraag een beheerder om hulp.`,
    minuten: Math.max(1, Math.ceil((blok - t) / 60_000)),
  };
}

/**
 * Checks e-mail and password with the throttling above. Uses real time (not the business clock): it is a
 * security mechanism, not a deadline.
 */
export async function probeerInloggen(emailRaw: string, wachtwoord: string, ip: string, apparaat: string | null = null): Promise<LoginResultaat> {
  const email = emailRaw.trim().toLowerCase();
  let t = Date.now();
  // A known device has counters of its own and is not subject to the address's limits.
  const bekend = apparaat && apparaatGeldig(apparaat, email, t) ? apparaatSleutel(apparaat) : null;
  const kAccount = bekend ? `apparaat:${bekend}` : `account:${email}`;
  const kBlokkades = bekend ? `apparaat-blokkades:${bekend}` : `blokkades:${email}`;
  const kAdres = `adres:${ip}`;
  const kTraag = `adres-traag:${ip}`;
  const cfg = THROTTLE.perAccount;

  const blok = Math.max(teller(kAccount, cfg.vensterMs, t).geblokkeerdTot ?? 0, bekend ? 0 : (teller(kAdres, THROTTLE.perAdres.vensterMs, t).geblokkeerdTot ?? 0));
  if (blok > t) return geblokkeerd(blok, t);

  const wacht = bekend ? vertraging(teller(kAccount, cfg.vensterMs, t).fouten) : vertragingVoor(email, ip, t);
  if (wacht > 0) await wachten.slaap(wacht);

  const { db } = getDatabase();
  const m = db.select().from(medewerkers).where(eq(medewerkers.email, email)).get();
  const geldig = m
    ? await verifyPassword(m.wachtwoordHash, wachtwoord)
    : await verifyPassword(await (dummyHash ??= hashPassword("geen-account-dummy")), wachtwoord + "x");
  t = Date.now();
  if (!m || !geldig) {
    const fouten = tel(kAccount, cfg.vensterMs, t);
    if (fouten >= cfg.max) {
      // Each lock within the repeat window doubles the previous one.
      const eerder = teller(kBlokkades, cfg.herhaalVensterMs, t).fouten;
      tel(kBlokkades, cfg.herhaalVensterMs, t);
      blokkeer(kAccount, t + Math.min(cfg.blokkadeMs * 2 ** eerder, cfg.maxBlokkadeMs));
    }
    if (bekend) return { ok: false, reden: "onjuist", melding: "Het e-mailadres of het wachtwoord klopt niet." };
    tel(kTraag, THROTTLE.perAdresTraag.vensterMs, t);
    if (!m && tel(kAdres, THROTTLE.perAdres.vensterMs, t) >= THROTTLE.perAdres.max) {
      blokkeer(kAdres, t + THROTTLE.perAdres.blokkadeMs);
    }
    return { ok: false, reden: "onjuist", melding: "Het e-mailadres of het wachtwoord klopt niet." };
  }
  if (!m.actief) {
    return { ok: false, reden: "inactief", melding: "Dit account is gedeactiveerd. Neem contact op met een beheerder." };
  }
  wis(kAccount, kBlokkades);
  return { ok: true, medewerkerId: m.id, naam: m.naam, apparaat: maakApparaatToken(email) };
}
