/**
 * Application credentials for the API (issue 16): the beheerder makes a client with scopes and a rate limit;
 * its token `afs_<id>_<geheim>` is shown once and only the SHA-256 of the secret is stored. Rotation replaces
 * the secret (the old token stops working at once), revocation ends the client for good (the row stays for the
 * audit trail). Every API call is authenticated, scope-checked and counted here, and lands in the audit log
 * with the client's name as the actor.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit, type AuditActor } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { probleem } from "./probleem.server";

export const SCOPE_SCHRIJVEN = "afspraken:schrijven";
export const SCOPE_LEZEN = "afspraken:lezen";
export const teamScope = (teamId: number) => `team:${teamId}`;

export interface ApiClient {
  id: string;
  naam: string;
  scopes: string[];
  limietPerMinuut: number;
  aangemaaktOp: number;
  geroteerdOp: number | null;
  ingetrokkenOp: number | null;
  laatstGebruiktOp: number | null;
  versie: number;
}

interface ClientRij {
  id: string;
  naam: string;
  scopes: string;
  geheim_hash: string;
  limiet_per_minuut: number;
  aangemaakt_op: number;
  geroteerd_op: number | null;
  ingetrokken_op: number | null;
  laatst_gebruikt_op: number | null;
  versie: number;
}

function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  const key = Symbol.for(`afspraak.api.${sql}`);
  const holder = sqlite as unknown as Record<symbol, Database.Statement | undefined>;
  return (holder[key] ??= sqlite.prepare(sql));
}

function vanRij(r: ClientRij): ApiClient {
  return {
    id: r.id,
    naam: r.naam,
    scopes: JSON.parse(r.scopes) as string[],
    limietPerMinuut: r.limiet_per_minuut,
    aangemaaktOp: r.aangemaakt_op,
    geroteerdOp: r.geroteerd_op,
    ingetrokkenOp: r.ingetrokken_op,
    laatstGebruiktOp: r.laatst_gebruikt_op,
    versie: r.versie,
  };
}

export const hashGeheim = (geheim: string) => crypto.createHash("sha256").update(geheim).digest("hex");
const nieuwGeheim = () => crypto.randomBytes(32).toString("base64url");
const TOKEN = /^afs_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function clientActor(c: Pick<ApiClient, "id" | "naam">): AuditActor {
  return { id: `api:${c.id}`, naam: `API-client ${c.naam}` };
}

/**
 * The client as the acting "user" of the feature functions the screens use (maakTerugbelafspraak, terugbelStap):
 * it has no staff roles. `metWerkinzage` gives the step functions their visibility check's answer after the API
 * has checked the client's team scope itself.
 */
export function clientAlsGebruiker(c: Pick<ApiClient, "id" | "naam">, metWerkinzage = false): AppUser {
  const a = clientActor(c);
  return { id: a.id!, naam: a.naam!, email: "", rollen: metWerkinzage ? ["regieteam"] : [] };
}

export function clients(): ApiClient[] {
  const { sqlite } = getDatabase();
  return (stmt(sqlite, "SELECT * FROM api_clients ORDER BY ingetrokken_op IS NOT NULL, naam").all() as ClientRij[]).map(vanRij);
}

export function client(id: string): ApiClient | null {
  const { sqlite } = getDatabase();
  const r = stmt(sqlite, "SELECT * FROM api_clients WHERE id = ?").get(id) as ClientRij | undefined;
  return r ? vanRij(r) : null;
}

export interface NieuweClient {
  naam: string;
  scopes: string[];
  limietPerMinuut: number;
}

/** Makes a client; returns its token (to show once). */
export function maakClient(v: NieuweClient, door: AuditActor, oorsprong: string | null): { ok: true; id: string; token: string } | { ok: false; fout: string } {
  const { sqlite } = getDatabase();
  if (stmt(sqlite, "SELECT 1 FROM api_clients WHERE naam = ?").get(v.naam)) return { ok: false, fout: "Er is al een client met deze naam. Kies een andere naam." };
  const id = crypto.randomBytes(8).toString("hex");
  const geheim = nieuwGeheim();
  sqlite.transaction(() => {
    stmt(
      sqlite,
      `INSERT INTO api_clients (id, naam, scopes, geheim_hash, limiet_per_minuut, aangemaakt_op, aangemaakt_door)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, v.naam, JSON.stringify(v.scopes), hashGeheim(geheim), v.limietPerMinuut, now(), door.id);
    audit({ actor: door, actie: "api.client.aangemaakt", objectType: "api_client", objectId: id, resultaat: "ok", oorsprong, details: { naam: v.naam, scopes: v.scopes, limietPerMinuut: v.limietPerMinuut } });
  })();
  return { ok: true, id, token: `afs_${id}_${geheim}` };
}

/** A new secret; the old token stops working at once. */
export function roteerClient(id: string, door: AuditActor, oorsprong: string | null): { ok: true; token: string } | { ok: false; fout: string } {
  const { sqlite } = getDatabase();
  const c = client(id);
  if (!c) return { ok: false, fout: "Deze client bestaat niet." };
  if (c.ingetrokkenOp) return { ok: false, fout: "Deze client is ingetrokken; maak een nieuwe client." };
  const geheim = nieuwGeheim();
  sqlite.transaction(() => {
    stmt(sqlite, "UPDATE api_clients SET geheim_hash = ?, geroteerd_op = ?, versie = versie + 1 WHERE id = ?").run(hashGeheim(geheim), now(), id);
    audit({ actor: door, actie: "api.client.geroteerd", objectType: "api_client", objectId: id, resultaat: "ok", oorsprong, details: { naam: c.naam } });
  })();
  return { ok: true, token: `afs_${id}_${geheim}` };
}

export function trekClientIn(id: string, door: AuditActor, oorsprong: string | null): { ok: true } | { ok: false; fout: string } {
  const { sqlite } = getDatabase();
  const c = client(id);
  if (!c) return { ok: false, fout: "Deze client bestaat niet." };
  if (c.ingetrokkenOp) return { ok: true };
  sqlite.transaction(() => {
    stmt(sqlite, "UPDATE api_clients SET ingetrokken_op = ?, versie = versie + 1 WHERE id = ?").run(now(), id);
    stmt(sqlite, "UPDATE webhooks SET actief = 0 WHERE client_id = ?").run(id);
    audit({ actor: door, actie: "api.client.ingetrokken", objectType: "api_client", objectId: id, resultaat: "ok", oorsprong, details: { naam: c.naam } });
  })();
  return { ok: true };
}

export interface ApiVerzoek {
  client: ApiClient;
  oorsprong: string | null;
}

/**
 * Authenticates the bearer token and counts the call against the client's rate limit. Throws a 401 (no or a
 * wrong token, a revoked client) or a 429 problem; every refusal is audited.
 */
export function authenticeer(request: Request, oorsprong: string | null): ApiClient {
  const kop = request.headers.get("Authorization") ?? "";
  const m = /^Bearer\s+(\S+)$/i.exec(kop);
  const pad = new URL(request.url).pathname;
  const weiger = (detail: string, c: ApiClient | null, reden: string): never => {
    audit({ actor: c ? clientActor(c) : null, actie: "api.geweigerd", objectType: "api", objectId: pad, resultaat: "geweigerd", oorsprong, details: { reden, methode: request.method } });
    throw probleem(401, detail, { headers: { "WWW-Authenticate": 'Bearer realm="afspraak"' } });
  };
  if (!m) return weiger("Stuur een API-token mee in de header Authorization: Bearer <token>.", null, "geen_token");
  const t = TOKEN.exec(m[1]!);
  if (!t) return weiger("Dit API-token is onbekend of ongeldig.", null, "onbekend_token");
  const { sqlite } = getDatabase();
  const r = stmt(sqlite, "SELECT * FROM api_clients WHERE id = ?").get(t[1]) as ClientRij | undefined;
  const gegeven = Buffer.from(hashGeheim(t[2]!), "hex");
  if (!r || !crypto.timingSafeEqual(gegeven, Buffer.from(r.geheim_hash, "hex"))) return weiger("Dit API-token is onbekend of ongeldig.", null, "onbekend_token");
  const c = vanRij(r);
  if (c.ingetrokkenOp) return weiger("Deze API-client is ingetrokken.", c, "ingetrokken");
  const nu = now();
  const venster = Math.floor(nu / 60_000) * 60_000;
  const aantal = sqlite.transaction(() => {
    stmt(sqlite, "DELETE FROM api_tellingen WHERE client_id = ? AND venster < ?").run(c.id, venster);
    stmt(sqlite, "INSERT INTO api_tellingen (client_id, venster, aantal) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET aantal = aantal + 1").run(c.id, venster);
    stmt(sqlite, "UPDATE api_clients SET laatst_gebruikt_op = ? WHERE id = ?").run(nu, c.id);
    return (stmt(sqlite, "SELECT aantal FROM api_tellingen WHERE client_id = ? AND venster = ?").get(c.id, venster) as { aantal: number }).aantal;
  })();
  if (aantal > c.limietPerMinuut) {
    const wacht = Math.max(1, Math.ceil((venster + 60_000 - nu) / 1000));
    audit({ actor: clientActor(c), actie: "api.geweigerd", objectType: "api", objectId: pad, resultaat: "geweigerd", oorsprong, details: { reden: "limiet", methode: request.method } });
    throw probleem(429, `U heeft de limiet van ${c.limietPerMinuut} verzoeken per minuut bereikt. Probeer het over ${wacht} seconden opnieuw.`, {
      headers: { "Retry-After": String(wacht) },
    });
  }
  return c;
}

/** The team ids a client may see and act for. */
export function teamsVan(c: ApiClient): number[] {
  return c.scopes.filter((s) => /^team:\d+$/.test(s)).map((s) => Number(s.slice(5)));
}

/** Throws a 403 problem (audited) when the client lacks `scope`. */
export function vereisScope(c: ApiClient, scope: string, request: Request, oorsprong: string | null): void {
  if (c.scopes.includes(scope)) return;
  weigerApi(c, request, oorsprong, `Deze API-client mist de scope ‘${scope}’.`, { scope });
}

export function weigerApi(c: ApiClient, request: Request, oorsprong: string | null, detail: string, details: Record<string, unknown> = {}): never {
  audit({
    actor: clientActor(c),
    actie: "api.geweigerd",
    objectType: "api",
    objectId: new URL(request.url).pathname,
    resultaat: "geweigerd",
    oorsprong,
    details: { ...details, methode: request.method },
  });
  throw probleem(403, detail);
}
