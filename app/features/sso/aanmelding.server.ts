/**
 * Signing in with the organisation's provider: start (/inloggen/sso), the callback (/inloggen/sso/terug) with
 * provisioning from the ID token, and single logout. Every attempt and its result is audited (`inloggen` with
 * methode "sso"; `sso.start`; refusals with their reason).
 *
 * Provisioning: the medewerker is found by (issuer, `oid` or else `sub`) — never by a name. At the first sign-in
 * an existing account with the same e-mail address that is not linked yet (and is not the break-glass account)
 * is linked, otherwise a new medewerker is made. Roles and team come from the groups claim through the mapping
 * in Beheer, at every sign-in (so a group change takes effect at the next one). Groups that grant no role:
 * refused, the account is deactivated (its sessions end) and its open work shows on the teamleider's list as
 * "eigenaar heeft geen toegang meer"; a later sign-in with groups that grant access again re-activates it.
 * MFA is the provider's job: when a granted role needs MFA and the token's amr/acr show none, refused.
 */
import { randomUUID } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { getDatabase } from "../../../db/client";
import type { Rol } from "../../../db/schema";
import { audit, origin } from "../../platform/audit/audit.server";
import { endAllSessions, sessionFromRequest, startSessie } from "../../platform/auth/sessies.server";
import { sessieBeleid } from "../../platform/auth/sessie-info.server";
import { now } from "../../platform/clock";
import { rechtenUitGroepen, ssoInstellingen, type Verbinding } from "./instellingen.server";
import { basisAdres, eindSessieUrl, rondFlowAf, startFlow, wisFlowCookie, type Weigering } from "./oidc.server";

/** amr values (RFC 8176) that show a second factor or a phishing-resistant method. */
const MFA_AMR = new Set(["mfa", "otp", "hwk", "swk", "sms", "tel", "fpt", "face", "iris", "retina", "vbm", "sc", "pop", "wia", "pin", "kba"]);
const MFA_ACR = ["http://schemas.openid.net/pape/policies/2007/06/multi-factor", "possessionorinherence"];

export type Reden =
  | Weigering
  | "sso_uit"
  | "geen_subject"
  | "geen_toegang"
  | "mfa_vereist"
  | "gedeactiveerd"
  | "email_bezet"
  | "groepen_overschot";

/** Which explanation the refusal page shows (its texts are in the dictionaries, common.ts `sso`). */
export type Uitleg =
  | "geen_toegang"
  | "mfa_vereist"
  | "gedeactiveerd"
  | "email_bezet"
  | "groepen_overschot"
  | "sso_uit"
  | "provider_fout"
  | "onbereikbaar"
  | "ongeldig"
  | "verlopen";

export interface Weigerpagina {
  reden: Reden;
  uitleg: Uitleg;
  organisatie: string | null;
  /** The roles that need MFA (for mfa_vereist). */
  rollen: string;
  /** Whether trying again makes sense (a stale or broken flow) or the situation needs someone else. */
  opnieuw: boolean;
}

export type TerugUitkomst = { ok: true; naar: string; cookies: string[] } | { ok: false; status: number; pagina: Weigerpagina; cookies: string[] };

/** `organisatie` null: no provider name is known (the page says "your organisation" in its language). */
function pagina(reden: Reden, organisatie: string | null, extra: { rollen?: Rol[] } = {}): Weigerpagina {
  const uitleg: Uitleg =
    reden === "geen_toegang" || reden === "mfa_vereist" || reden === "gedeactiveerd" || reden === "email_bezet" || reden === "groepen_overschot" || reden === "sso_uit" || reden === "provider_fout"
      ? reden
      : reden === "token_ongeldig" || reden === "geen_subject" || reden === "andere_issuer"
        ? "ongeldig"
        : "verlopen";
  const opnieuw = !["geen_toegang", "gedeactiveerd", "email_bezet", "groepen_overschot", "sso_uit"].includes(uitleg);
  return { reden, uitleg, organisatie, rollen: (extra.rollen ?? []).join(", "), opnieuw };
}

export function groepenUit(claims: Record<string, unknown>, claim: string): string[] | "overschot" {
  const v = claims[claim];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  if (typeof v === "string") return v.split(/[\s,]+/).filter(Boolean);
  // Entra ID sends _claim_names instead of the groups when a user is in more than 200 groups.
  const namen = claims._claim_names as Record<string, unknown> | undefined;
  if (namen && typeof namen === "object" && claim in namen) return "overschot";
  return [];
}

/** Did the provider report a second factor (amr), or an acr value the beheerder counts as MFA? */
export function mfaInToken(claims: Record<string, unknown>, extraAcr: readonly string[]): boolean {
  const amr = Array.isArray(claims.amr) ? (claims.amr as unknown[]).filter((x): x is string => typeof x === "string") : [];
  if (amr.some((a) => MFA_AMR.has(a.toLowerCase()))) return true;
  const acr = typeof claims.acr === "string" ? claims.acr : null;
  return !!acr && [...MFA_ACR, ...extraAcr].includes(acr);
}

function tekst(claims: Record<string, unknown>, ...namen: string[]): string | null {
  for (const n of namen) {
    const v = claims[n];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return null;
}

/** GET /inloggen/sso: start the flow, or null when SSO is off. */
export async function begin(request: Request, terug: string, context: AppLoadContext | undefined): Promise<{ naar: string; cookie: string } | { fout: Weigerpagina; status: number }> {
  const s = ssoInstellingen();
  if (!s.verbinding) return { fout: pagina("sso_uit", null), status: 404 };
  try {
    const r = await startFlow(s.verbinding, basisAdres(request), terug);
    audit({ actor: null, actie: "sso.start", objectType: "sessie", resultaat: "ok", oorsprong: origin(context), details: { issuer: s.verbinding.issuer } });
    return r;
  } catch (e) {
    audit({ actor: null, actie: "sso.start", objectType: "sessie", resultaat: "fout", oorsprong: origin(context), details: { issuer: s.verbinding.issuer, fout: String((e as Error).message).slice(0, 300) } });
    return { status: 502, fout: { ...pagina("provider_fout", s.verbinding.naam), uitleg: "onbereikbaar" } };
  }
}

/** GET /inloggen/sso/terug: validate, provision, start the session. */
export async function terug(request: Request, context: AppLoadContext | undefined): Promise<TerugUitkomst> {
  const s = ssoInstellingen();
  const cookies = [wisFlowCookie()];
  const oorsprong = origin(context);
  const weiger = (reden: Reden, status: number, details: Record<string, unknown> = {}, actor: { id: string; naam: string } | null = null, rollen?: Rol[]): TerugUitkomst => {
    audit({ actor, actie: "inloggen", objectType: "sessie", resultaat: "geweigerd", oorsprong, details: { methode: "sso", reden, ...details } });
    return { ok: false, status, pagina: pagina(reden, s.verbinding?.naam ?? null, { rollen }), cookies };
  };
  if (!s.verbinding) return weiger("sso_uit", 404);
  const v: Verbinding = s.verbinding;
  const flow = await rondFlowAf(v, basisAdres(request), request);
  if (!flow.ok) return weiger(flow.reden, 400, { issuer: v.issuer, detail: flow.detail });

  const claims = flow.claims;
  const subject = tekst(claims, "oid", "sub");
  if (!subject) return weiger("geen_subject", 400, { issuer: v.issuer });
  const groepen = groepenUit(claims, v.groepenClaim);
  if (groepen === "overschot") return weiger("groepen_overschot", 403, { issuer: v.issuer, subject });
  const { rollen, teamId } = rechtenUitGroepen(groepen);
  const naam = tekst(claims, "name", "preferred_username", "upn", "email") ?? subject;
  const email = (tekst(claims, "email", "upn", "preferred_username") ?? `${subject}@${new URL(v.issuer).hostname}`).toLowerCase().slice(0, 200);

  const { sqlite } = getDatabase();
  const t = now();
  type Uit = { soort: "ok"; id: string; naam: string; nieuw: boolean } | { soort: "weiger"; reden: Reden; id: string | null; status: number };
  const bestaand = sqlite
    .prepare(
      `SELECT i.medewerker_id AS id, i.geen_toegang_sinds AS geenToegang, m.actief, m.naam FROM sso_identiteiten i
         JOIN medewerkers m ON m.id = i.medewerker_id WHERE i.issuer = ? AND i.subject = ?`,
    )
    .get(v.issuer, subject) as { id: string; geenToegang: number | null; actief: number; naam: string } | undefined;

  if (bestaand && !bestaand.actief && bestaand.geenToegang === null) {
    return weiger("gedeactiveerd", 403, { issuer: v.issuer, subject }, { id: bestaand.id, naam: bestaand.naam });
  }
  if (!rollen.length) {
    if (bestaand) {
      const eerder = bestaand.geenToegang !== null;
      sqlite.transaction(() => {
        sqlite.prepare("UPDATE sso_identiteiten SET groepen = ?, laatste_op = ?, geen_toegang_sinds = COALESCE(geen_toegang_sinds, ?) WHERE issuer = ? AND subject = ?").run(JSON.stringify(groepen), t, t, v.issuer, subject);
        sqlite.prepare("UPDATE medewerkers SET actief = 0, versie = versie + 1, gewijzigd_op = ? WHERE id = ?").run(t, bestaand.id);
        sqlite.prepare("DELETE FROM medewerker_rollen WHERE medewerker_id = ?").run(bestaand.id);
        if (!eerder) {
          audit({ actor: null, actie: "medewerker.geen_toegang", objectType: "medewerker", objectId: bestaand.id, resultaat: "ok", oorsprong, details: { methode: "sso", groepen } });
        }
      })();
      await endAllSessions(bestaand.id);
    }
    return weiger("geen_toegang", 403, { issuer: v.issuer, subject, groepen }, bestaand ? { id: bestaand.id, naam: bestaand.naam } : null);
  }
  const mfaRollen = sessieBeleid().mfaRollen;
  const mfaNodig = rollen.filter((r) => mfaRollen.includes(r));
  if (mfaNodig.length && !mfaInToken(claims, s.mfaAcr)) {
    return weiger("mfa_vereist", 403, { issuer: v.issuer, subject, amr: claims.amr ?? null, acr: claims.acr ?? null }, bestaand ? { id: bestaand.id, naam: bestaand.naam } : null, mfaNodig);
  }

  const uit = sqlite.transaction((): Uit => {
    let id = bestaand?.id ?? null;
    let nieuw = false;
    if (!id) {
      const zelfdeMail = sqlite
        .prepare(
          `SELECT m.id, (SELECT 1 FROM sso_identiteiten i WHERE i.medewerker_id = m.id) AS gekoppeld FROM medewerkers m WHERE m.email = ?`,
        )
        .get(email) as { id: string; gekoppeld: number | null } | undefined;
      if (zelfdeMail && (zelfdeMail.gekoppeld || zelfdeMail.id === s.noodBeheerderId || claims.email_verified === false)) {
        return { soort: "weiger", reden: "email_bezet", id: null, status: 409 };
      }
      if (zelfdeMail) {
        id = zelfdeMail.id;
        audit({ actor: null, actie: "medewerker.sso_gekoppeld", objectType: "medewerker", objectId: id, resultaat: "ok", oorsprong, details: { issuer: v.issuer, subject } });
      } else {
        id = randomUUID();
        nieuw = true;
        sqlite
          .prepare("INSERT INTO medewerkers (id, email, naam, wachtwoord_hash, actief, team_id, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, NULL, 1, ?, ?, ?)")
          .run(id, email, naam.slice(0, 200), teamId, t, t);
        audit({ actor: null, actie: "medewerker.aangemaakt", objectType: "medewerker", objectId: id, resultaat: "ok", oorsprong, details: { methode: "sso", issuer: v.issuer, subject, rollen, teamId } });
      }
      sqlite
        .prepare("INSERT INTO sso_identiteiten (issuer, subject, medewerker_id, groepen, eerste_op, laatste_op) VALUES (?, ?, ?, ?, ?, ?)")
        .run(v.issuer, subject, id, JSON.stringify(groepen), t, t);
    }
    const voor = sqlite.prepare("SELECT naam, email, team_id AS teamId, actief FROM medewerkers WHERE id = ?").get(id) as { naam: string; email: string; teamId: number | null; actief: number };
    const rollenVoor = (sqlite.prepare("SELECT rol FROM medewerker_rollen WHERE medewerker_id = ? ORDER BY rol").all(id) as { rol: Rol }[]).map((r) => r.rol);
    const mailVrij = email === voor.email || !sqlite.prepare("SELECT 1 FROM medewerkers WHERE email = ? AND id <> ?").get(email, id);
    const nieuwTeam = teamId ?? voor.teamId;
    sqlite
      .prepare("UPDATE medewerkers SET naam = ?, email = ?, team_id = ?, actief = 1, versie = versie + 1, gewijzigd_op = ? WHERE id = ?")
      .run(naam.slice(0, 200), mailVrij ? email : voor.email, nieuwTeam, t, id);
    sqlite.prepare("DELETE FROM medewerker_rollen WHERE medewerker_id = ?").run(id);
    for (const r of rollen) sqlite.prepare("INSERT INTO medewerker_rollen (medewerker_id, rol) VALUES (?, ?)").run(id, r);
    // A teamleider from the groups leads their team when it has no (active) teamleider yet; otherwise Beheer decides.
    if (rollen.includes("teamleider") && nieuwTeam !== null) {
      sqlite
        .prepare(
          `UPDATE teams SET teamleider_id = ?, versie = versie + 1 WHERE id = ? AND (teamleider_id IS NULL
             OR teamleider_id NOT IN (SELECT id FROM medewerkers WHERE actief = 1))`,
        )
        .run(id, nieuwTeam);
    }
    sqlite.prepare("UPDATE sso_identiteiten SET groepen = ?, laatste_op = ?, geen_toegang_sinds = NULL WHERE issuer = ? AND subject = ?").run(JSON.stringify(groepen), t, v.issuer, subject);
    const gewijzigd = !nieuw && (rollenVoor.join() !== rollen.join() || voor.teamId !== nieuwTeam || !voor.actief || voor.naam !== naam);
    if (gewijzigd) {
      audit({
        actor: null,
        actie: "medewerker.sso_bijgewerkt",
        objectType: "medewerker",
        objectId: id,
        resultaat: "ok",
        oorsprong,
        details: { voor: { rollen: rollenVoor, teamId: voor.teamId, actief: !!voor.actief }, na: { rollen, teamId: nieuwTeam, actief: true }, groepen },
      });
    }
    return { soort: "ok", id, naam, nieuw };
  })();
  if (uit.soort === "weiger") return weiger(uit.reden, uit.status, { issuer: v.issuer, subject });

  const { cookie } = await startSessie(uit.id, { methode: "sso", userAgent: request.headers.get("User-Agent"), ip: context?.clientIp });
  // The session's id, read back through the session module itself (the cookie is lucia's business).
  const { sessionId } = await sessionFromRequest(new Request(request.url, { headers: { Cookie: cookie.split(";")[0]! } }));
  if (!sessionId) throw new Error("de zojuist gestarte sessie is niet leesbaar");
  sqlite.prepare("INSERT INTO sso_sessies (sessie_id, issuer, id_token, medewerker_id) VALUES (?, ?, ?, ?)").run(sessionId, v.issuer, flow.idToken, uit.id);
  audit({
    actor: { id: uit.id, naam: uit.naam },
    actie: "inloggen",
    objectType: "sessie",
    resultaat: "ok",
    oorsprong,
    details: { methode: "sso", issuer: v.issuer, subject, nieuw: uit.nieuw, rollen, teamId, amr: claims.amr ?? null },
  });
  return { ok: true, naar: flow.terug, cookies: [...cookies, cookie] };
}

/**
 * Before the Afspraak session ends: where to send the browser so the provider's session ends too (RP-initiated
 * logout) and the provider's name, or null for a password session or a provider without an end-session endpoint.
 */
export async function providerUitlogAdres(request: Request, sessionId: string | null): Promise<{ url: string; naam: string } | null> {
  if (!sessionId) return null;
  const { sqlite } = getDatabase();
  const r = sqlite.prepare("SELECT issuer, id_token AS idToken FROM sso_sessies WHERE sessie_id = ?").get(sessionId) as { issuer: string; idToken: string } | undefined;
  if (!r) return null;
  const v = ssoInstellingen().verbinding;
  if (!v || v.issuer !== r.issuer) return null;
  try {
    const url = await eindSessieUrl(v, basisAdres(request), r.idToken);
    return url ? { url, naam: v.naam } : null;
  } catch {
    return null;
  }
}
