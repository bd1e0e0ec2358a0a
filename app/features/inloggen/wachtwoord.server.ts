/**
 * One-time password (re)set links. The token (32 random bytes, base64url) is shown once; only its SHA-256 is
 * stored in `wachtwoord_links`. A link is valid for 72 hours, for an active medewerker, and only once. Issuing a
 * new link voids that medewerker's earlier unused links. Setting a password ends all the medewerker's sessions.
 */
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers, wachtwoordLinks } from "../../../db/schema";
import { audit, origin } from "../../platform/audit/audit.server";
import { endAllSessions, hashPassword, wachtwoordProbleem } from "../../platform/auth/sessies.server";
import { now } from "../../platform/clock";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal, vertaalFouten } from "../../platform/i18n/vertaal";

export const LINK_GELDIG_UREN = 72;
export const STANDAARD_BASIS_URL = "http://localhost:3000";
/** The one refusal of an unusable link, as a key and (for callers that want the text) in Dutch. */
export const ONGELDIGE_LINK = "beheer:ww.fout.ongeldig";
export const ONGELDIGE_LINK_MELDING = vertaal("nl", ONGELDIGE_LINK);

/** The password rule's messages (sessies.server words them in Dutch) as keys, so a page can answer in English. */
const WACHTWOORD_SLEUTELS = ["beheer:ww.fout.kort", "beheer:ww.fout.lang"];

/** What is wrong with a new password, as a key ("beheer:ww.fout.kort"), or null; an unknown rule stays its Dutch text. */
export function wachtwoordSleutel(wachtwoord: string): string | null {
  const p = wachtwoordProbleem(wachtwoord);
  if (!p) return null;
  return WACHTWOORD_SLEUTELS.find((k) => vertaal("nl", k) === p) ?? p;
}

export interface NieuweLink {
  url: string;
  verlooptOp: number;
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** AFSPRAAK_BASE_URL, else the given fallback (e.g. the request's origin), else http://localhost:3000. */
export function basisUrl(fallback?: string | null): string {
  const b = process.env.AFSPRAAK_BASE_URL?.trim() || fallback || STANDAARD_BASIS_URL;
  return b.replace(/\/+$/, "");
}

/** The origin of a request, for building links shown in the browser. */
export function basisUrlVan(request: Request): string {
  return basisUrl(new URL(request.url).origin);
}

/**
 * Creates a link inside the caller's transaction (the medewerker must exist). Voids earlier unused links.
 * `actor` is who asked for it (null for the CLI).
 */
export function maakWachtwoordLinkInTransactie(
  medewerkerId: string,
  actor: { id: string; naam: string } | null,
  opts: { context?: AppLoadContext; basisUrl?: string; bron?: string } = {},
): NieuweLink {
  const { db, sqlite } = getDatabase();
  const token = crypto.randomBytes(32).toString("base64url");
  const verlooptOp = now() + LINK_GELDIG_UREN * 3600_000;
  const vervallen = sqlite
    .prepare(`DELETE FROM wachtwoord_links WHERE medewerker_id = ? AND gebruikt_op IS NULL`)
    .run(medewerkerId).changes;
  db.insert(wachtwoordLinks).values({ tokenHash: hashToken(token), medewerkerId, verlooptOp }).run();
  audit({
    actor,
    actie: "wachtwoordlink.aangemaakt",
    objectType: "medewerker",
    objectId: medewerkerId,
    resultaat: "ok",
    oorsprong: opts.context ? origin(opts.context) : (opts.bron ?? null),
    details: { verlooptOp: new Date(verlooptOp).toISOString(), eerdereLinksVervallen: vervallen },
  });
  return { url: `${basisUrl(opts.basisUrl)}/wachtwoord/${token}`, verlooptOp };
}

/** Creates a link in its own transaction; null when the medewerker does not exist or is inactive. */
export function maakWachtwoordLink(
  medewerkerId: string,
  actor: { id: string; naam: string } | null,
  opts: { context?: AppLoadContext; basisUrl?: string; bron?: string } = {},
): NieuweLink | null {
  const { db, sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const m = db.select().from(medewerkers).where(eq(medewerkers.id, medewerkerId)).get();
    if (!m || !m.actief) return null;
    return maakWachtwoordLinkInTransactie(medewerkerId, actor, opts);
  })();
}

/** Looks up an e-mail address (case-insensitive) and creates a link; null when unknown or inactive. */
export function maakWachtwoordLinkVoorEmail(email: string, opts: { basisUrl?: string; bron?: string } = {}): NieuweLink | null {
  const { db } = getDatabase();
  const m = db
    .select({ id: medewerkers.id })
    .from(medewerkers)
    .where(sql`lower(${medewerkers.email}) = ${email.trim().toLowerCase()}`)
    .get();
  return m ? maakWachtwoordLink(m.id, null, opts) : null;
}

function geldigeLink(token: string) {
  if (!token || token.length > 200) return null;
  const { db } = getDatabase();
  const rij = db
    .select({
      medewerkerId: wachtwoordLinks.medewerkerId,
      verlooptOp: wachtwoordLinks.verlooptOp,
      gebruiktOp: wachtwoordLinks.gebruiktOp,
      email: medewerkers.email,
      naam: medewerkers.naam,
      actief: medewerkers.actief,
    })
    .from(wachtwoordLinks)
    .innerJoin(medewerkers, eq(medewerkers.id, wachtwoordLinks.medewerkerId))
    .where(eq(wachtwoordLinks.tokenHash, hashToken(token)))
    .get();
  if (!rij || rij.gebruiktOp != null || rij.verlooptOp <= now() || !rij.actief) return null;
  return rij;
}

/** The account a valid link belongs to (for the page), or null — without saying why. */
export function linkInfo(token: string): { email: string; naam: string } | null {
  const r = geldigeLink(token);
  return r ? { email: r.email, naam: r.naam } : null;
}

export type StelInUitkomst =
  | { ok: true; medewerkerId: string }
  | { ok: false; reden: "ongeldig"; melding: string }
  | { ok: false; reden: "wachtwoord"; fouten: Record<string, string[]> };

/** Sets the password through a link: validates, hashes, marks the link used, ends sessions, audits. */
export async function stelWachtwoordIn(
  token: string,
  wachtwoord: string,
  herhaling: string,
  context?: AppLoadContext,
  taal: Taal = "nl",
): Promise<StelInUitkomst> {
  const r = await stelWachtwoordInSleutels(token, wachtwoord, herhaling, context);
  if (r.ok) return r;
  if (r.reden === "ongeldig") return { ...r, melding: vertaal(taal, r.melding) };
  return { ...r, fouten: vertaalFouten(r.fouten, taal) };
}

async function stelWachtwoordInSleutels(
  token: string,
  wachtwoord: string,
  herhaling: string,
  context?: AppLoadContext,
): Promise<StelInUitkomst> {
  const link = geldigeLink(token);
  if (!link) {
    audit({
      actor: null,
      actie: "wachtwoord.ingesteld",
      objectType: "wachtwoordlink",
      objectId: null,
      resultaat: "geweigerd",
      oorsprong: origin(context),
      details: { reden: "ongeldige, verlopen of gebruikte link" },
    });
    return { ok: false, reden: "ongeldig", melding: ONGELDIGE_LINK };
  }
  const fouten: Record<string, string[]> = {};
  const p = wachtwoordSleutel(wachtwoord);
  if (p) fouten.wachtwoord = [p];
  else if (wachtwoord.toLowerCase() === link.email.toLowerCase()) fouten.wachtwoord = ["beheer:ww.fout.gelijkAanEmail"];
  if (herhaling !== wachtwoord) fouten.herhaling = ["beheer:ww.fout.herhaling"];
  if (Object.keys(fouten).length) return { ok: false, reden: "wachtwoord", fouten };

  const hash = await hashPassword(wachtwoord);
  const { sqlite } = getDatabase();
  const t = now();
  const gelukt = sqlite.transaction(() => {
    // Claim the link atomically: a second use (or a race) finds it used.
    const claim = sqlite
      .prepare(`UPDATE wachtwoord_links SET gebruikt_op = ? WHERE token_hash = ? AND gebruikt_op IS NULL AND verloopt_op > ?`)
      .run(t, hashToken(token), t);
    if (claim.changes !== 1) return false;
    sqlite
      .prepare(`UPDATE medewerkers SET wachtwoord_hash = ?, versie = versie + 1, gewijzigd_op = ? WHERE id = ? AND actief = 1`)
      .run(hash, t, link.medewerkerId);
    audit({
      actor: { id: link.medewerkerId, naam: link.naam },
      actie: "wachtwoord.ingesteld",
      objectType: "medewerker",
      objectId: link.medewerkerId,
      resultaat: "ok",
      oorsprong: origin(context),
      details: { via: "eenmalige link" },
    });
    return true;
  })();
  if (!gelukt) return { ok: false, reden: "ongeldig", melding: ONGELDIGE_LINK };
  await endAllSessions(link.medewerkerId);
  return { ok: true, medewerkerId: link.medewerkerId };
}
