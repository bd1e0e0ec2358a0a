/**
 * The key that encrypts TOTP secrets at rest (AES-256-GCM). It never lives in the database, so a copy of the
 * database alone (a replica, a backup, a stolen file) holds no usable secret:
 * AFSPRAAK_MFA_SLEUTEL (32 bytes, base64 or hex) or else the file AFSPRAAK_MFA_SLEUTELBESTAND
 * (default: `mfa.sleutel` next to the database), created with mode 0600 on first use.
 * Losing the key means every TOTP must be set up again (recovery codes keep working: they are hashes).
 */
import crypto from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { getDatabase } from "../../../db/client";

const KEY = Symbol.for("afspraak.mfa.sleutel");
type G = typeof globalThis & { [KEY]?: { bron: string; sleutel: Buffer } };

function uitTekst(t: string): Buffer | null {
  const s = t.trim();
  const b = /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, "hex") : Buffer.from(s, "base64");
  return b.length === 32 ? b : null;
}

export function sleutelBestand(): string {
  if (process.env.AFSPRAAK_MFA_SLEUTELBESTAND) return process.env.AFSPRAAK_MFA_SLEUTELBESTAND;
  const db = getDatabase().path;
  const map = db && db !== ":memory:" ? path.dirname(path.resolve(db)) : path.resolve("data");
  return path.join(map, "mfa.sleutel");
}

function laadSleutel(): { bron: string; sleutel: Buffer } {
  const env = process.env.AFSPRAAK_MFA_SLEUTEL;
  if (env) {
    const s = uitTekst(env);
    if (!s) throw new Error("AFSPRAAK_MFA_SLEUTEL moet 32 bytes zijn (base64 of 64 hextekens).");
    return { bron: "env", sleutel: s };
  }
  const bestand = sleutelBestand();
  try {
    const s = uitTekst(readFileSync(bestand, "utf8"));
    if (s) return { bron: bestand, sleutel: s };
    throw new Error(`${bestand} bevat geen sleutel van 32 bytes.`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  mkdirSync(path.dirname(bestand), { recursive: true });
  try {
    writeFileSync(bestand, crypto.randomBytes(32).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e; // another process made it first: use theirs
  }
  return { bron: bestand, sleutel: uitTekst(readFileSync(bestand, "utf8"))! };
}

function sleutel(): Buffer {
  const g = globalThis as G;
  const bron = process.env.AFSPRAAK_MFA_SLEUTEL ? "env" : sleutelBestand();
  if (!g[KEY] || g[KEY].bron !== bron) g[KEY] = laadSleutel();
  return g[KEY].sleutel;
}

/** "v1." + base64url(iv ‖ tag ‖ ciphertext); the medewerker id is bound as associated data. */
export function versleutel(geheim: Uint8Array, medewerkerId: string): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", sleutel(), iv);
  c.setAAD(Buffer.from(medewerkerId));
  const ct = Buffer.concat([c.update(geheim), c.final()]);
  return "v1." + Buffer.concat([iv, c.getAuthTag(), ct]).toString("base64url");
}

/** The secret, or null when it cannot be decrypted (other key, tampered row). */
export function ontsleutel(opgeslagen: string, medewerkerId: string): Uint8Array | null {
  if (!opgeslagen.startsWith("v1.")) return null;
  try {
    const b = Buffer.from(opgeslagen.slice(3), "base64url");
    const d = crypto.createDecipheriv("aes-256-gcm", sleutel(), b.subarray(0, 12));
    d.setAAD(Buffer.from(medewerkerId));
    d.setAuthTag(b.subarray(12, 28));
    return new Uint8Array(Buffer.concat([d.update(b.subarray(28)), d.final()]));
  } catch {
    return null;
  }
}
