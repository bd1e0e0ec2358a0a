/**
 * The satisfaction check (KTO, issue 13): one question (1–5, optional comment) after a callback, handover or
 * complaint is closed, through a one-time link.
 *
 * - The invitation row is made in the transaction of the closing step (one per commitment); the token is made when
 *   the closing message is sent (32 random bytes, base64url; only its SHA-256 is stored; a new send replaces it).
 * - The link works once and for KTO_GELDIG_MS; an unknown, used or expired token gives the same answer (null).
 * - A score of 1 or 2 puts the answer on the teamleider's list (opvolging = 'open').
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import type { AfspraakRij } from "../../platform/engine/effect";
import { inwonerBasisUrl } from "../inwoner/statuslink.server";

export const KTO_GELDIG_MS = 30 * 24 * 3600_000;
export const KTO_PAD = "/inwoner/kto/";
import { ONTEVREDEN_MAX } from "./constanten";
export { ONTEVREDEN_MAX, OPMERKING_MAX } from "./constanten";

export function hashKtoToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** The invitation for a closed commitment (no-op when it exists). Inside the caller's transaction. */
export function maakKtoUitnodiging(
  sqlite: Database.Database,
  a: Pick<AfspraakRij, "id" | "soort" | "team_id" | "afdeling_id" | "kanaal"> & { eigenaar_id?: string | null },
  op = now(),
): void {
  // the team that kept the promise: the commitment's team, or else its owner's team (as termijnen.team_id)
  const eigen = a.eigenaar_id
    ? (sqlite.prepare("SELECT m.team_id, t.afdeling_id FROM medewerkers m LEFT JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(a.eigenaar_id) as
        | { team_id: number | null; afdeling_id: number | null }
        | undefined)
    : undefined;
  const teamId = a.team_id ?? eigen?.team_id ?? null;
  const afdelingId = a.afdeling_id ?? eigen?.afdeling_id ?? (teamId !== null ? ((sqlite.prepare("SELECT afdeling_id FROM teams WHERE id = ?").get(teamId) as { afdeling_id: number | null } | undefined)?.afdeling_id ?? null) : null);
  const norm = sqlite
    .prepare(
      `SELECT n.code FROM termijnen t JOIN norm_versies v ON v.id = t.norm_versie_id JOIN normen n ON n.id = v.norm_id
       WHERE t.afspraak_id = ? ORDER BY t.id LIMIT 1`,
    )
    .get(a.id) as { code: string } | undefined;
  sqlite
    .prepare(
      `INSERT INTO kto_uitnodigingen (afspraak_id, soort, team_id, afdeling_id, norm_code, kanaal, aangemaakt_op, vervalt_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(afspraak_id) DO NOTHING`,
    )
    .run(a.id, a.soort, teamId, afdelingId, norm?.code ?? null, a.kanaal, op, op + KTO_GELDIG_MS);
}

/** A fresh one-time link for the commitment's open invitation (null when answered, expired or absent). */
export function nieuweKtoLink(sqlite: Database.Database, afspraakId: string, op = now()): string | null {
  const token = crypto.randomBytes(32).toString("base64url");
  const r = sqlite
    .prepare("UPDATE kto_uitnodigingen SET token_hash = ? WHERE afspraak_id = ? AND beantwoord_op IS NULL AND vervalt_op > ?")
    .run(hashKtoToken(token), afspraakId, op);
  return r.changes ? `${inwonerBasisUrl()}${KTO_PAD}${token}` : null;
}

const TOKEN_VORM = /^[A-Za-z0-9_-]{43}$/;

export interface OpenKto {
  id: number;
  soort: string;
  tokenHash: string;
}

/** The open invitation behind a token, or null (unknown, used, expired and malformed look the same). */
export function zoekKto(token: string, op = now()): OpenKto | null {
  if (typeof token !== "string" || !TOKEN_VORM.test(token)) return null;
  const tokenHash = hashKtoToken(token);
  const r = getDatabase()
    .sqlite.prepare("SELECT id, soort FROM kto_uitnodigingen WHERE token_hash = ? AND beantwoord_op IS NULL AND vervalt_op > ?")
    .get(tokenHash, op) as { id: number; soort: string } | undefined;
  return r ? { id: r.id, soort: r.soort, tokenHash } : null;
}

/** Records the answer once. False when the link was used or expired in the meantime. */
export function beantwoordKto(token: string, score: number, opmerking: string | null, oorsprong: string | null): boolean {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const k = zoekKto(token);
    if (!k) return false;
    const op = now();
    const r = sqlite
      .prepare(
        `UPDATE kto_uitnodigingen SET beantwoord_op = ?, score = ?, opmerking = ?, opvolging = ?, versie = versie + 1
         WHERE id = ? AND beantwoord_op IS NULL`,
      )
      .run(op, score, opmerking, score <= ONTEVREDEN_MAX ? "open" : null, k.id);
    if (!r.changes) return false;
    audit({
      actor: { id: null, naam: "Inwoner (tevredenheidsvraag)" },
      actie: "kto.beantwoord",
      objectType: "kto",
      objectId: k.id,
      resultaat: "ok",
      oorsprong,
      details: { tokenHash: k.tokenHash, score },
    });
    return true;
  })();
}
