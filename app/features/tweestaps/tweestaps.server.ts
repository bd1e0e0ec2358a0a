/**
 * Two-step verification for local accounts (issue 15, decision 011 "MFA and sessions"): TOTP (RFC 6238: 30 s
 * steps, 6 digits, HMAC-SHA-1 — what every authenticator app reads from a QR code), ten one-time recovery codes,
 * a per-account limit on wrong codes, and an audit line for every attempt.
 *
 * - A code is accepted for the current step and one step either side (phone clocks drift); the accepted step is
 *   stored and a code for that step or an earlier one is refused: no replay within its window.
 * - 5 wrong codes (wrong, replayed or a wrong recovery code) within 15 minutes lock code entry for that account for
 *   15 minutes; a correct code clears the count. Only for accounts whose password was just given, so a stranger
 *   cannot lock anyone out without the password.
 * - Recovery codes: 12 characters from Crockford's base32 (60 random bits), shown once, only SHA-256 stored.
 *   SHA-256, not argon2id: argon2id exists to slow guessing of low-entropy human passwords; a 60-bit random code
 *   takes ~10^18 hashes to find from a stolen table, and online guessing is stopped by the limit above.
 *
 * Wall-clock time (Date.now): TOTP follows the phone's clock, not the business clock.
 */
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { generateHOTP, verifyHOTP, createTOTPKeyURI } from "@oslojs/otp";
import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import QRCode from "qrcode";
import { getDatabase } from "../../../db/client";
import { audit, origin } from "../../platform/audit/audit.server";
import { beeindigAndereSessies, zetFase } from "../../platform/auth/sessie-info.server";
import { ontsleutel, versleutel } from "./sleutel.server";

export const PERIODE_S = 30;
export const CIJFERS = 6;
export const MAX_FOUT = 5;
export const FOUT_VENSTER_MS = 15 * 60_000;
export const BLOKKADE_MS = 15 * 60_000;
export const AANTAL_HERSTELCODES = 10;
const HERSTEL_ALFABET = "0123456789abcdefghjkmnpqrstvwxyz";
const UITGEVER = "Afspraak";

export type CodeDoel = "inloggen" | "bevestigen" | "instellen" | "beheer";
export type CodeUitkomst =
  | { ok: true; soort: "totp" | "herstelcode"; resterendeHerstelcodes: number }
  /** `melding` is a dictionary key ("tweestaps:fout.onjuist"); the page words it with vertaalMelding(taal, …). */
  | { ok: false; reden: "onjuist" | "hergebruikt" | "geblokkeerd" | "leeg" | "niet_ingesteld"; melding: string };

interface Actor {
  id: string;
  naam: string;
}

function teller(nu = Date.now()): number {
  return Math.floor(nu / (PERIODE_S * 1000));
}

/** The TOTP for a secret at an instant (for tests and the demo command; the server only verifies). */
export function totpVoor(geheim: Uint8Array, nu = Date.now()): string {
  return generateHOTP(geheim, BigInt(teller(nu)), CIJFERS);
}

export function base32(geheim: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(geheim);
}

/** The secret for display: groups of four, so it can be typed into an app without a camera. */
export function geheimAlsTekst(geheim: Uint8Array): string {
  return base32(geheim).replace(/(.{4})/g, "$1 ").trim();
}

function normaliseerCode(invoer: string): string {
  return invoer.normalize("NFKC").toLowerCase().replace(/[\s-]/g, "").replace(/[il]/g, "1").replace(/o/g, "0");
}

export function hashHerstelcode(code: string): string {
  return crypto.createHash("sha256").update(normaliseerCode(code)).digest("hex");
}

function nieuweHerstelcode(): string {
  const bytes = crypto.randomBytes(12);
  let s = "";
  for (const b of bytes) s += HERSTEL_ALFABET[b & 31];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

interface TotpRij {
  geheim: string;
  bevestigdOp: number | null;
  laatsteTeller: number;
}

function totpRij(medewerkerId: string): TotpRij | null {
  const { sqlite } = getDatabase();
  return (
    (sqlite
      .prepare("SELECT geheim, bevestigd_op AS bevestigdOp, laatste_teller AS laatsteTeller FROM mfa_totp WHERE medewerker_id = ?")
      .get(medewerkerId) as TotpRij | undefined) ?? null
  );
}

export function isIngesteld(medewerkerId: string): boolean {
  return !!totpRij(medewerkerId)?.bevestigdOp;
}

export function resterendeHerstelcodes(medewerkerId: string): number {
  const { sqlite } = getDatabase();
  return (sqlite.prepare("SELECT count(*) AS n FROM mfa_herstelcodes WHERE medewerker_id = ? AND gebruikt_op IS NULL").get(medewerkerId) as { n: number }).n;
}

/** The accepted step for a 6-digit code (current ±1), or null. */
function gevondenTeller(geheim: Uint8Array, code: string, nu: number): number | null {
  const t = teller(nu);
  for (const c of [t, t - 1, t + 1]) if (verifyHOTP(geheim, BigInt(c), CIJFERS, code)) return c;
  return null;
}

function geblokkeerdTot(medewerkerId: string, nu: number): number | null {
  const { sqlite } = getDatabase();
  const r = sqlite.prepare("SELECT geblokkeerd_tot AS tot FROM mfa_pogingen WHERE medewerker_id = ?").get(medewerkerId) as { tot: number | null } | undefined;
  return r?.tot && r.tot > nu ? r.tot : null;
}

/** Counts a wrong code; returns true when this one locked the account. */
function telFout(medewerkerId: string, nu: number): boolean {
  const { sqlite } = getDatabase();
  const r = sqlite.prepare("SELECT mislukt, eerste_op AS eersteOp FROM mfa_pogingen WHERE medewerker_id = ?").get(medewerkerId) as
    | { mislukt: number; eersteOp: number }
    | undefined;
  const vers = !r || nu - r.eersteOp > FOUT_VENSTER_MS;
  const mislukt = vers ? 1 : r.mislukt + 1;
  const blok = mislukt >= MAX_FOUT;
  sqlite
    .prepare(
      `INSERT INTO mfa_pogingen (medewerker_id, mislukt, eerste_op, geblokkeerd_tot) VALUES (?, ?, ?, ?)
       ON CONFLICT (medewerker_id) DO UPDATE SET mislukt = excluded.mislukt, eerste_op = excluded.eerste_op, geblokkeerd_tot = excluded.geblokkeerd_tot`,
    )
    .run(medewerkerId, blok ? 0 : mislukt, vers ? nu : r.eersteOp, blok ? nu + BLOKKADE_MS : null);
  return blok;
}

function blokkadeMelding(tot: number, nu: number): string {
  const min = Math.max(1, Math.ceil((tot - nu) / 60_000));
  return min === 1 ? "tweestaps:fout.blokkadeEen" : `tweestaps:fout.blokkade?minuten=${min}`;
}

/**
 * Checks a TOTP code or a recovery code for a medewerker with confirmed MFA. Counts wrong attempts, refuses
 * replays and writes one audit line per attempt (never the code itself).
 */
export function controleerCode(
  actor: Actor,
  invoer: string,
  doel: CodeDoel,
  context: AppLoadContext | undefined,
  nu = Date.now(),
): CodeUitkomst {
  const { sqlite } = getDatabase();
  const code = normaliseerCode(invoer ?? "");
  const log = (resultaat: "ok" | "geweigerd", details: Record<string, unknown>) =>
    audit({ actor, actie: "tweestaps.code", objectType: "medewerker", objectId: actor.id, resultaat, oorsprong: origin(context), details: { doel, ...details } });
  if (!code) return { ok: false, reden: "leeg", melding: "tweestaps:fout.codeLeeg" };
  const tot = geblokkeerdTot(actor.id, nu);
  if (tot) {
    log("geweigerd", { reden: "geblokkeerd" });
    return { ok: false, reden: "geblokkeerd", melding: blokkadeMelding(tot, nu) };
  }
  const rij = totpRij(actor.id);
  if (!rij?.bevestigdOp) return { ok: false, reden: "niet_ingesteld", melding: "tweestaps:fout.nietIngesteld" };
  const soort = /^\d{6}$/.test(code) ? "totp" : "herstelcode";
  const uitkomst = sqlite.transaction((): CodeUitkomst => {
    let reden: "onjuist" | "hergebruikt" = "onjuist";
    if (soort === "totp") {
      const geheim = ontsleutel(rij.geheim, actor.id);
      const c = geheim ? gevondenTeller(geheim, code, nu) : null;
      if (c !== null) {
        const gezet = sqlite.prepare("UPDATE mfa_totp SET laatste_teller = ? WHERE medewerker_id = ? AND laatste_teller < ?").run(c, actor.id, c).changes;
        if (gezet === 1) {
          sqlite.prepare("DELETE FROM mfa_pogingen WHERE medewerker_id = ?").run(actor.id);
          log("ok", { soort });
          return { ok: true, soort, resterendeHerstelcodes: resterendeHerstelcodes(actor.id) };
        }
        reden = "hergebruikt";
      }
    } else {
      const gebruikt = sqlite
        .prepare("UPDATE mfa_herstelcodes SET gebruikt_op = ? WHERE id = (SELECT id FROM mfa_herstelcodes WHERE medewerker_id = ? AND code_hash = ? AND gebruikt_op IS NULL LIMIT 1)")
        .run(nu, actor.id, hashHerstelcode(code)).changes;
      if (gebruikt === 1) {
        sqlite.prepare("DELETE FROM mfa_pogingen WHERE medewerker_id = ?").run(actor.id);
        const rest = resterendeHerstelcodes(actor.id);
        log("ok", { soort, resterend: rest });
        return { ok: true, soort, resterendeHerstelcodes: rest };
      }
    }
    const blok = telFout(actor.id, nu);
    log("geweigerd", { soort, reden, geblokkeerd: blok });
    if (blok) return { ok: false, reden: "geblokkeerd", melding: blokkadeMelding(nu + BLOKKADE_MS, nu) };
    return {
      ok: false,
      reden,
      melding:
        reden === "hergebruikt"
          ? "tweestaps:fout.hergebruikt"
          : soort === "totp"
            ? "tweestaps:fout.onjuist"
            : "tweestaps:fout.herstelOnjuist",
    };
  })();
  return uitkomst;
}

export interface Instelgegevens {
  geheimTekst: string;
  uri: string;
  qr: string;
}

/** Starts (or continues) setting up TOTP: a pending secret, its otpauth URI and the QR code as an SVG data URL. */
export async function beginInstellen(m: { id: string; email: string }): Promise<Instelgegevens | null> {
  const { sqlite } = getDatabase();
  let rij = totpRij(m.id);
  if (rij?.bevestigdOp) return null;
  let geheim = rij ? ontsleutel(rij.geheim, m.id) : null;
  if (!geheim) {
    geheim = new Uint8Array(crypto.randomBytes(20)); // 160 bits, RFC 4226's recommendation
    sqlite
      .prepare(
        `INSERT INTO mfa_totp (medewerker_id, geheim, aangemaakt_op, bevestigd_op, laatste_teller) VALUES (?, ?, ?, NULL, 0)
         ON CONFLICT (medewerker_id) DO UPDATE SET geheim = excluded.geheim, aangemaakt_op = excluded.aangemaakt_op, bevestigd_op = NULL, laatste_teller = 0`,
      )
      .run(m.id, versleutel(geheim, m.id), Date.now());
    rij = totpRij(m.id);
  }
  const uri = createTOTPKeyURI(UITGEVER, m.email, geheim, PERIODE_S, CIJFERS);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { geheimTekst: geheimAlsTekst(geheim), uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/**
 * Confirms the pending secret with a code from the app: MFA is on, ten new recovery codes (returned once), the
 * current session becomes complete with a fresh second factor, every other session of the account ends.
 */
export function bevestigInstellen(
  actor: Actor,
  invoer: string,
  sessieId: string | null,
  context: AppLoadContext | undefined,
  nu = Date.now(),
): { ok: true; herstelcodes: string[] } | { ok: false; melding: string } {
  const { sqlite } = getDatabase();
  const code = normaliseerCode(invoer ?? "");
  if (!/^\d{6}$/.test(code)) return { ok: false, melding: "tweestaps:fout.zesCijfers" };
  const tot = geblokkeerdTot(actor.id, nu);
  if (tot) return { ok: false, melding: blokkadeMelding(tot, nu) };
  const rij = totpRij(actor.id);
  if (!rij || rij.bevestigdOp) return { ok: false, melding: "tweestaps:fout.opnieuwInstellen" };
  const geheim = ontsleutel(rij.geheim, actor.id);
  const c = geheim ? gevondenTeller(geheim, code, nu) : null;
  return sqlite.transaction(() => {
    if (c === null) {
      telFout(actor.id, nu);
      audit({ actor, actie: "tweestaps.instellen", objectType: "medewerker", objectId: actor.id, resultaat: "geweigerd", oorsprong: origin(context), details: { doel: "instellen", reden: "onjuist" } });
      return { ok: false as const, melding: "tweestaps:fout.instelOnjuist" };
    }
    sqlite.prepare("UPDATE mfa_totp SET bevestigd_op = ?, laatste_teller = ? WHERE medewerker_id = ?").run(nu, c, actor.id);
    sqlite.prepare("DELETE FROM mfa_pogingen WHERE medewerker_id = ?").run(actor.id);
    const codes = vervangHerstelcodes(actor.id, nu);
    if (sessieId) zetFase(sessieId, "volledig", nu);
    const beeindigd = beeindigAndereSessies(actor.id, sessieId);
    audit({ actor, actie: "tweestaps.instellen", objectType: "medewerker", objectId: actor.id, resultaat: "ok", oorsprong: origin(context), details: { andereSessiesBeeindigd: beeindigd } });
    return { ok: true as const, herstelcodes: codes };
  })();
}

function vervangHerstelcodes(medewerkerId: string, nu: number): string[] {
  const { sqlite } = getDatabase();
  sqlite.prepare("DELETE FROM mfa_herstelcodes WHERE medewerker_id = ?").run(medewerkerId);
  const codes = Array.from({ length: AANTAL_HERSTELCODES }, nieuweHerstelcode);
  const ins = sqlite.prepare("INSERT INTO mfa_herstelcodes (medewerker_id, code_hash, aangemaakt_op) VALUES (?, ?, ?)");
  for (const c of codes) ins.run(medewerkerId, hashHerstelcode(c), nu);
  return codes;
}

/** Ten new recovery codes (the old ones stop working); the caller has checked a recent second factor. */
export function nieuweHerstelcodes(actor: Actor, context: AppLoadContext | undefined): string[] {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const codes = vervangHerstelcodes(actor.id, Date.now());
    audit({ actor, actie: "tweestaps.herstelcodes", objectType: "medewerker", objectId: actor.id, resultaat: "ok", oorsprong: origin(context) });
    return codes;
  })();
}

/**
 * Removes the account's MFA (lost phone): authenticator, recovery codes and wrong-code count; ends every session of
 * the account except `behalve` (the user's own current session when they reset it themselves).
 */
export function zetTweestapsUit(medewerkerId: string, door: Actor, behalve: string | null, context: AppLoadContext | undefined): number {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    sqlite.prepare("DELETE FROM mfa_totp WHERE medewerker_id = ?").run(medewerkerId);
    sqlite.prepare("DELETE FROM mfa_herstelcodes WHERE medewerker_id = ?").run(medewerkerId);
    sqlite.prepare("DELETE FROM mfa_pogingen WHERE medewerker_id = ?").run(medewerkerId);
    const n = beeindigAndereSessies(medewerkerId, behalve);
    audit({ actor: door, actie: "tweestaps.uitgezet", objectType: "medewerker", objectId: medewerkerId, resultaat: "ok", oorsprong: origin(context), details: { sessiesBeeindigd: n } });
    return n;
  })();
}

/** Seeds a confirmed TOTP with a known secret (the demo accounts; see demo.ts). Leaves an existing one alone. */
export function zaaiTotp(medewerkerId: string, geheim: Uint8Array, nu = Date.now()): void {
  const { sqlite } = getDatabase();
  sqlite
    .prepare("INSERT INTO mfa_totp (medewerker_id, geheim, aangemaakt_op, bevestigd_op, laatste_teller) VALUES (?, ?, ?, ?, 0) ON CONFLICT (medewerker_id) DO NOTHING")
    .run(medewerkerId, versleutel(geheim, medewerkerId), nu, nu);
}

/** Whether the account's authenticator still uses the given (published demo) secret. */
export function heeftGeheim(medewerkerId: string, geheim: Uint8Array): boolean {
  const rij = totpRij(medewerkerId);
  const eigen = rij?.bevestigdOp ? ontsleutel(rij.geheim, medewerkerId) : null;
  return !!eigen && eigen.length === geheim.length && crypto.timingSafeEqual(eigen, geheim);
}
