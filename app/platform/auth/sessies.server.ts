/**
 * Sessions. lucia v3 is deprecated upstream (March 2025); it is used only inside this module so it can be
 * replaced by the hand-rolled session pattern lucia's authors now recommend without touching routes
 * (docs/decisions/002-sessions-lucia-v3.md). Everything else imports from here.
 */
import { Lucia, TimeSpan } from "lucia";
import { hash, verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers, medewerkerRollen, type Rol, type SessieFase } from "../../../db/schema";
import { SessieAdapter } from "./sessie-adapter.server";
import {
  HALF_MINUTEN,
  isIngesteld,
  STANDAARD_INACTIEF_MINUTEN,
  STANDAARD_MAX_UREN,
  leesSessieInfo,
  mfaVerplicht,
  raakAan,
  registreerSessieInfo,
  sessieBeleid,
  zetFase,
} from "./sessie-info.server";

/** Idle expiry default: a session unused for this long ends (configurable: sessie-info.server.ts, Beheer). */
export const IDLE_MINUTEN = STANDAARD_INACTIEF_MINUTEN;
/** Absolute expiry default: a session ends this long after login, however active (configurable). */
export const ABSOLUUT_UREN = STANDAARD_MAX_UREN;
/** lucia's own expiry is only the outer bound (the longest absolute lifetime Beheer allows); idle and absolute
 * lifetimes are checked against sessie_info and created_at below. */
const LUCIA_MAX_UREN = 24;

function cookieSecure(): boolean {
  if (process.env.AFSPRAAK_INSECURE_COOKIES === "1") return false;
  return process.env.NODE_ENV === "production";
}

function createLucia() {
  return new Lucia(new SessieAdapter(), {
    sessionExpiresIn: new TimeSpan(LUCIA_MAX_UREN, "h"),
    sessionCookie: {
      name: "afspraak_sessie",
      expires: false,
      attributes: { secure: cookieSecure(), sameSite: "lax", path: "/" },
    },
    getUserAttributes: (a) => ({ email: a.email, naam: a.naam, actief: a.actief }),
    getSessionAttributes: (a) => ({ createdAt: a.created_at ?? a.createdAt }),
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseUserAttributes: { email: string; naam: string; actief: boolean | number };
    DatabaseSessionAttributes: { createdAt: number; created_at?: number };
  }
}

const KEY = Symbol.for("afspraak.lucia");
type G = typeof globalThis & { [KEY]?: ReturnType<typeof createLucia> };
function lucia() {
  const g = globalThis as G;
  return (g[KEY] ??= createLucia());
}

export interface SessieGebruiker {
  id: string;
  email: string;
  naam: string;
  rollen: Rol[];
}

export function rollenVan(medewerkerId: string): Rol[] {
  const { db } = getDatabase();
  return db
    .select({ rol: medewerkerRollen.rol })
    .from(medewerkerRollen)
    .where(eq(medewerkerRollen.medewerkerId, medewerkerId))
    .all()
    .map((r) => r.rol);
}

/** A session after the password whose second factor is still due (`code`) or whose MFA must be set up first. */
export interface HalveSessie {
  medewerkerId: string;
  naam: string;
  email: string;
  fase: Exclude<SessieFase, "volledig">;
}

/** What step-up and the session list need of the current session. */
export interface SessieStaat {
  methode: string;
  tweedeFactorOp: number | null;
  ingesteld: boolean;
}

/**
 * Reads the session cookie; returns the user of a complete session (a half one gives `user: null` and `half`),
 * and any Set-Cookie header to send back (refresh/blank). Checks the absolute and idle lifetimes (idle from
 * sessie_info's last seen, which is written at most once a minute) and whether the user's role now requires MFA.
 */
export async function sessionFromRequest(
  request: Request,
  context?: { clientIp?: string },
): Promise<{ user: SessieGebruiker | null; sessionId: string | null; setCookie: string | null; half?: HalveSessie | null; sessie?: SessieStaat | null }> {
  const l = lucia();
  const sessionId = l.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return { user: null, sessionId: null, setCookie: null };
  const { session, user } = await l.validateSession(sessionId);
  if (!session || !user) {
    return { user: null, sessionId: null, setCookie: l.createBlankSessionCookie().serialize() };
  }
  const nu = Date.now();
  const beleid = sessieBeleid();
  let info = leesSessieInfo(session.id);
  if (!info) {
    // a session started before sessie_info existed, or by a path that did not describe it: complete, as it was
    registreerSessieInfo(session.id, user.id, { fase: "volledig", methode: "extern", userAgent: request.headers.get("User-Agent"), ip: context?.clientIp }, nu);
    info = leesSessieInfo(session.id)!;
  }
  const tooOld = nu - Number(session.createdAt) > beleid.maxUren * 3600_000;
  const idle = nu - info.laatstOp > beleid.inactiefMinuten * 60_000;
  const halfVerlopen = info.fase !== "volledig" && nu - info.eerstOp > HALF_MINUTEN * 60_000;
  if (tooOld || idle || halfVerlopen || !user.actief) {
    await l.invalidateSession(session.id);
    return { user: null, sessionId: null, setCookie: l.createBlankSessionCookie().serialize() };
  }
  raakAan(session.id, info.laatstOp, nu);
  const rollen = rollenVan(user.id);
  let fase = info.fase;
  if (fase === "volledig" && info.methode === "wachtwoord" && !info.ingesteld && mfaVerplicht(rollen, beleid)) {
    fase = "instellen"; // the beheerder now requires MFA for this role: set it up before anything else
    zetFase(session.id, fase);
  }
  const setCookie = session.fresh ? l.createSessionCookie(session.id).serialize() : null;
  if (fase !== "volledig") {
    return { user: null, sessionId: session.id, setCookie, half: { medewerkerId: user.id, naam: user.naam, email: user.email, fase }, sessie: null };
  }
  return {
    user: { id: user.id, email: user.email, naam: user.naam, rollen },
    sessionId: session.id,
    setCookie,
    half: null,
    sessie: { methode: info.methode, tweedeFactorOp: info.tweedeFactorOp, ingesteld: info.ingesteld },
  };
}

export interface SessieOpties {
  /**
   * `wachtwoord`: signed in with a local password; the session starts half (`code`) when the user has MFA, or
   * (`instellen`) when their role requires MFA they have not set up, and MFA policy and step-up apply to it.
   * Anything else (default `extern`, e.g. SSO whose provider vouches for MFA): complete at once.
   */
  methode?: "wachtwoord" | string;
  userAgent?: string | null;
  ip?: string | null;
}

/** Starts a session; returns the Set-Cookie header value and the phase it starts in. */
export async function startSessie(medewerkerId: string, opts: SessieOpties = {}): Promise<{ cookie: string; fase: SessieFase }> {
  const l = lucia();
  const nu = Date.now();
  const methode = opts.methode ?? "extern";
  let fase: SessieFase = "volledig";
  if (methode === "wachtwoord") {
    fase = isIngesteld(medewerkerId) ? "code" : mfaVerplicht(rollenVan(medewerkerId)) ? "instellen" : "volledig";
  }
  const session = await l.createSession(medewerkerId, { createdAt: nu });
  registreerSessieInfo(session.id, medewerkerId, { fase, methode, userAgent: opts.userAgent, ip: opts.ip }, nu);
  return { cookie: l.createSessionCookie(session.id).serialize(), fase };
}

/** Starts a session for a medewerker; returns the Set-Cookie header value. */
export async function startSession(medewerkerId: string, opts: SessieOpties = {}): Promise<string> {
  return (await startSessie(medewerkerId, opts)).cookie;
}

/** Ends a session; returns the Set-Cookie header value that clears the cookie. */
export async function endSession(sessionId: string | null): Promise<string> {
  const l = lucia();
  if (sessionId) await l.invalidateSession(sessionId);
  return l.createBlankSessionCookie().serialize();
}

/** Ends every session of a medewerker (deactivation, password change). */
export async function endAllSessions(medewerkerId: string): Promise<void> {
  await lucia().invalidateUserSessions(medewerkerId);
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane).
const ARGON2 = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Rules for a new password, in Dutch; null when acceptable. */
export function wachtwoordProbleem(password: string): string | null {
  if (password.length < 12) return "Kies een wachtwoord van minstens 12 tekens.";
  if (password.length > 200) return "Kies een wachtwoord van hoogstens 200 tekens.";
  return null;
}
