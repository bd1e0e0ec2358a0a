/**
 * Private status links for citizens (issue 13): `/inwoner/status/<token>`.
 *
 * - The token is 32 random bytes (256 bits), base64url. Only its SHA-256 (hex) is stored, in inwoner_statuslinks,
 *   with the commitment (`afspraken.id`; a klacht shares its id) it belongs to. The raw token exists only in the
 *   URL handed to the citizen, so every message gets its own fresh link.
 * - Expiry: an explicit `vervaltOp`, or else the record's retention, computed at lookup:
 *   a klacht → its vernietigingsdatum (db/schema/klachten.ts) once known; any other commitment → one year after it
 *   was closed (STANDAARD_BEWAARTERMIJN_MS). An open commitment's link is valid.
 * - An unknown token and an expired token are indistinguishable to the caller (both null).
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";

/** Default retention of a callback's / handover's link after closing: one year (documented in the README). */
export const STANDAARD_BEWAARTERMIJN_MS = 365 * 24 * 3600_000;
export const STATUS_PAD = "/inwoner/status/";

export function hashStatusToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** AFSPRAAK_BASE_URL (without trailing slash), else http://localhost:3000. */
export function inwonerBasisUrl(): string {
  return (process.env.AFSPRAAK_BASE_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Creates a fresh token row for the commitment and returns the absolute URL. Synchronous and without its own
 * transaction, so it can run inside the caller's transaction (pass `sqlite` when the caller holds another handle).
 */
export function nieuweStatusLink(afspraakId: string, opts: { sqlite?: Database.Database; vervaltOp?: number } = {}): string {
  const sqlite = opts.sqlite ?? getDatabase().sqlite;
  const token = crypto.randomBytes(32).toString("base64url");
  sqlite
    .prepare("INSERT INTO inwoner_statuslinks (token_hash, afspraak_id, aangemaakt_op, vervalt_op) VALUES (?, ?, ?, ?)")
    .run(hashStatusToken(token), afspraakId, now(), opts.vervaltOp ?? null);
  return `${inwonerBasisUrl()}${STATUS_PAD}${token}`;
}

/** The token of a status URL (or the token itself). */
export function tokenUitUrl(url: string): string {
  const i = url.indexOf(STATUS_PAD);
  return i >= 0 ? (url.slice(i + STATUS_PAD.length).split(/[?#]/)[0] ?? "") : url;
}

const TOKEN_VORM = /^[A-Za-z0-9_-]{43}$/;

interface LinkRij {
  afspraak_id: string;
  vervalt_op: number | null;
  gesloten_op: number | null;
  open: number;
  vernietigingsdatum: string | null;
}

/** The moment a link stops working (null = not yet known: the record is still open). */
export function vervalmoment(r: Pick<LinkRij, "vervalt_op" | "gesloten_op" | "open" | "vernietigingsdatum">): number | null {
  if (r.vervalt_op !== null) return r.vervalt_op;
  if (r.vernietigingsdatum) {
    const t = Date.parse(`${r.vernietigingsdatum}T00:00:00Z`);
    if (Number.isFinite(t)) return t;
  }
  if (!r.open && r.gesloten_op !== null) return r.gesloten_op + STANDAARD_BEWAARTERMIJN_MS;
  return null;
}

/** Looks a token up by its hash; null when unknown, malformed or expired (the same answer for all three). */
export function zoekStatusToken(token: string): { afspraakId: string } | null {
  const t = zoekStatusTokenMetHash(token);
  return t ? { afspraakId: t.afspraakId } : null;
}

/** As zoekStatusToken, with the hash for the audit line. */
export function zoekStatusTokenMetHash(token: string): { afspraakId: string; tokenHash: string } | null {
  if (typeof token !== "string" || !TOKEN_VORM.test(token)) return null;
  const { sqlite } = getDatabase();
  const tokenHash = hashStatusToken(token);
  const r = sqlite
    .prepare(
      `SELECT l.afspraak_id, l.vervalt_op, a.gesloten_op, a.open, k.vernietigingsdatum
         FROM inwoner_statuslinks l
         JOIN afspraken a ON a.id = l.afspraak_id
         LEFT JOIN klachten k ON k.id = l.afspraak_id
        WHERE l.token_hash = ?`,
    )
    .get(tokenHash) as LinkRij | undefined;
  if (!r) return null;
  const verval = vervalmoment(r);
  if (verval !== null && now() >= verval) return null;
  return { afspraakId: r.afspraak_id, tokenHash };
}
