/**
 * SSO settings: the provider connection (environment variables AFSPRAAK_OIDC_* win over what the beheerder set
 * in Beheer), whether local passwords are off and for whom they stay on (the break-glass beheerder), which roles
 * need MFA from the provider, and the group → role / group → team mapping.
 */
import { getDatabase } from "../../../db/client";
import { ROLLEN, type Rol } from "../../../db/schema";
import { audit, type AuditActor } from "../../platform/audit/audit.server";
import { now } from "../../platform/clock";

export interface Verbinding {
  issuer: string;
  clientId: string;
  clientSecret: string;
  groepenClaim: string;
  naam: string;
}

export type Bron = "omgeving" | "beheer" | "geen";

export interface SsoInstellingen {
  /** Where the active connection comes from: environment variables win over Beheer. */
  bron: Bron;
  /** The active connection, or null when SSO is off. */
  verbinding: Verbinding | null;
  /** What the beheerder stored (also when the environment wins). */
  beheer: Verbinding & { actief: boolean; secretIngesteld: boolean };
  wachtwoordenUit: boolean;
  noodBeheerderId: string | null;
  /** acr values that count as MFA besides the standard ones (the roles that need MFA are the session policy's). */
  mfaAcr: string[];
  versie: number;
}

interface Rij {
  issuer: string;
  client_id: string;
  client_secret: string;
  groepen_claim: string;
  naam: string;
  actief: number;
  wachtwoorden_uit: number;
  nood_beheerder_id: string | null;
  mfa_acr: string;
  versie: number;
}

function rij(): Rij {
  const { sqlite } = getDatabase();
  const r = sqlite.prepare("SELECT * FROM sso_instellingen WHERE id = 1").get() as Rij | undefined;
  return (
    r ?? {
      issuer: "",
      client_id: "",
      client_secret: "",
      groepen_claim: "groups",
      naam: "",
      actief: 0,
      wachtwoorden_uit: 0,
      nood_beheerder_id: null,
      mfa_acr: "[]",
      versie: 0,
    }
  );
}

function lijst(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** The connection from AFSPRAAK_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _GROUPS_CLAIM and _NAAM, if the issuer is set. */
export function verbindingUitOmgeving(env: NodeJS.ProcessEnv = process.env): Verbinding | null {
  const issuer = env.AFSPRAAK_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  return {
    issuer,
    clientId: env.AFSPRAAK_OIDC_CLIENT_ID?.trim() ?? "",
    clientSecret: env.AFSPRAAK_OIDC_CLIENT_SECRET ?? "",
    groepenClaim: env.AFSPRAAK_OIDC_GROUPS_CLAIM?.trim() || "groups",
    naam: env.AFSPRAAK_OIDC_NAAM?.trim() || "uw organisatie",
  };
}

export function ssoInstellingen(): SsoInstellingen {
  const r = rij();
  const beheer = {
    issuer: r.issuer,
    clientId: r.client_id,
    clientSecret: r.client_secret,
    groepenClaim: r.groepen_claim || "groups",
    naam: r.naam,
    actief: !!r.actief,
    secretIngesteld: r.client_secret !== "",
  };
  const omgeving = verbindingUitOmgeving();
  const bron: Bron = omgeving ? "omgeving" : beheer.actief && beheer.issuer && beheer.clientId ? "beheer" : "geen";
  const verbinding = omgeving ?? (bron === "beheer" ? { ...beheer, naam: beheer.naam || "uw organisatie" } : null);
  return {
    bron,
    verbinding,
    beheer,
    wachtwoordenUit: !!r.wachtwoorden_uit,
    noodBeheerderId: r.nood_beheerder_id,
    mfaAcr: lijst(r.mfa_acr),
    versie: r.versie,
  };
}

/** For the login page: the button's text and whether the password form is only for the break-glass account. */
export function inlogKeuzes(): { sso: { naam: string } | null; wachtwoordenUit: boolean } {
  const s = ssoInstellingen();
  return { sso: s.verbinding ? { naam: s.verbinding.naam } : null, wachtwoordenUit: s.wachtwoordenUit && !!s.verbinding };
}

/**
 * May this medewerker sign in with a local password? Always, unless the beheerder switched local passwords off
 * (and SSO is on): then only the break-glass beheerder may.
 */
export function wachtwoordToegestaan(medewerkerId: string): boolean {
  const s = ssoInstellingen();
  if (!s.wachtwoordenUit || !s.verbinding) return true;
  return s.noodBeheerderId === medewerkerId;
}

function zorgVoorRij(): void {
  getDatabase().sqlite.prepare("INSERT OR IGNORE INTO sso_instellingen (id, versie) VALUES (1, 0)").run();
}

export type Opslag = { ok: true } | { ok: false; fouten: Record<string, string[]> };

/** Errors are dictionary keys (beheer:sso.melding.veld.*); the page words them in the user's language. */
const VEROUDERD = { _formulier: ["beheer:sso.melding.veld.verouderd"] };

export function bewaarVerbinding(
  v: { issuer: string; clientId: string; clientSecret: string; groepenClaim: string; naam: string; actief: boolean; versie: number },
  door: AuditActor,
  oorsprong: string | null,
): Opslag {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): Opslag => {
    zorgVoorRij();
    const huidig = rij();
    if (huidig.versie !== v.versie) return { ok: false, fouten: VEROUDERD };
    const secret = v.clientSecret === "" ? huidig.client_secret : v.clientSecret;
    sqlite
      .prepare(
        `UPDATE sso_instellingen SET issuer = ?, client_id = ?, client_secret = ?, groepen_claim = ?, naam = ?, actief = ?,
           versie = versie + 1, gewijzigd_op = ? WHERE id = 1`,
      )
      .run(v.issuer, v.clientId, secret, v.groepenClaim || "groups", v.naam, v.actief ? 1 : 0, now());
    audit({
      actor: door,
      actie: "sso.verbinding",
      objectType: "sso_instellingen",
      objectId: 1,
      resultaat: "ok",
      oorsprong,
      details: { issuer: v.issuer, clientId: v.clientId, groepenClaim: v.groepenClaim, actief: v.actief, secretGewijzigd: v.clientSecret !== "" },
    });
    return { ok: true };
  })();
}

export function bewaarBeleid(
  v: { wachtwoordenUit: boolean; noodBeheerderId: string | null; mfaAcr: string[]; versie: number },
  door: AuditActor,
  oorsprong: string | null,
): Opslag {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): Opslag => {
    zorgVoorRij();
    const huidig = rij();
    if (huidig.versie !== v.versie) return { ok: false, fouten: VEROUDERD };
    if (v.wachtwoordenUit) {
      if (!ssoInstellingen().verbinding) return { ok: false, fouten: { wachtwoordenUit: ["beheer:sso.melding.veld.eerstSso"] } };
      if (!v.noodBeheerderId) return { ok: false, fouten: { noodBeheerderId: ["beheer:sso.melding.veld.noodNodig"] } };
    }
    if (v.noodBeheerderId) {
      const ok = sqlite
        .prepare(
          `SELECT 1 FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id AND r.rol = 'beheerder'
            WHERE m.id = ? AND m.actief = 1 AND m.wachtwoord_hash IS NOT NULL`,
        )
        .get(v.noodBeheerderId);
      if (!ok) return { ok: false, fouten: { noodBeheerderId: ["beheer:sso.melding.veld.noodOngeldig"] } };
    }
    sqlite
      .prepare(
        `UPDATE sso_instellingen SET wachtwoorden_uit = ?, nood_beheerder_id = ?, mfa_acr = ?,
           versie = versie + 1, gewijzigd_op = ? WHERE id = 1`,
      )
      .run(v.wachtwoordenUit ? 1 : 0, v.noodBeheerderId, JSON.stringify(v.mfaAcr), now());
    audit({
      actor: door,
      actie: "sso.beleid",
      objectType: "sso_instellingen",
      objectId: 1,
      resultaat: "ok",
      oorsprong,
      details: { wachtwoordenUit: v.wachtwoordenUit, noodBeheerderId: v.noodBeheerderId, mfaAcr: v.mfaAcr },
    });
    return { ok: true };
  })();
}

export interface GroepKoppeling {
  id: number;
  groep: string;
  rol: Rol | null;
  teamId: number | null;
  teamNaam: string | null;
}

export function groepKoppelingen(): GroepKoppeling[] {
  const { sqlite } = getDatabase();
  return (
    sqlite
      .prepare(
        `SELECT g.id, g.groep, g.rol, g.team_id AS teamId, t.naam AS teamNaam FROM sso_groepen g
           LEFT JOIN teams t ON t.id = g.team_id ORDER BY g.groep COLLATE NOCASE, g.id`,
      )
      .all() as GroepKoppeling[]
  );
}

export function koppelGroep(v: { groep: string; rol: Rol | null; teamId: number | null }, door: AuditActor, oorsprong: string | null): Opslag {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): Opslag => {
    if (v.teamId !== null && !sqlite.prepare("SELECT 1 FROM teams WHERE id = ? AND actief = 1").get(v.teamId)) {
      return { ok: false, fouten: { team: ["beheer:sso.melding.veld.teamWeg"] } };
    }
    const dubbel = sqlite
      .prepare("SELECT 1 FROM sso_groepen WHERE groep = ? AND rol IS ? AND team_id IS ?")
      .get(v.groep, v.rol, v.teamId);
    if (dubbel) return { ok: false, fouten: { groep: ["beheer:sso.melding.veld.dubbel"] } };
    const r = sqlite.prepare("INSERT INTO sso_groepen (groep, rol, team_id, aangemaakt_op) VALUES (?, ?, ?, ?)").run(v.groep, v.rol, v.teamId, now());
    audit({ actor: door, actie: "sso.groep_koppelen", objectType: "sso_groep", objectId: Number(r.lastInsertRowid), resultaat: "ok", oorsprong, details: v });
    return { ok: true };
  })();
}

export function ontkoppelGroep(id: number, door: AuditActor, oorsprong: string | null): boolean {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const r = sqlite.prepare("SELECT groep, rol, team_id AS teamId FROM sso_groepen WHERE id = ?").get(id) as { groep: string; rol: string | null; teamId: number | null } | undefined;
    if (!r) return false;
    sqlite.prepare("DELETE FROM sso_groepen WHERE id = ?").run(id);
    audit({ actor: door, actie: "sso.groep_ontkoppelen", objectType: "sso_groep", objectId: id, resultaat: "ok", oorsprong, details: r });
    return true;
  })();
}

/** Roles and team granted by a set of groups through the mapping; the oldest team mapping that matches wins. */
export function rechtenUitGroepen(groepen: readonly string[]): { rollen: Rol[]; teamId: number | null } {
  const { sqlite } = getDatabase();
  const set = new Set(groepen);
  const rollen = new Set<Rol>();
  let teamId: number | null = null;
  const rijen = sqlite
    .prepare(
      `SELECT g.groep, g.rol, g.team_id AS teamId FROM sso_groepen g
         LEFT JOIN teams t ON t.id = g.team_id
        WHERE g.team_id IS NULL OR t.actief = 1 ORDER BY g.id`,
    )
    .all() as { groep: string; rol: Rol | null; teamId: number | null }[];
  for (const k of rijen) {
    if (!set.has(k.groep)) continue;
    if (k.rol) rollen.add(k.rol);
    if (k.teamId !== null && teamId === null) teamId = k.teamId;
  }
  return { rollen: ROLLEN.filter((r) => rollen.has(r)), teamId };
}
