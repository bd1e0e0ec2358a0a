/**
 * Sessions. lucia v3 is deprecated upstream (March 2025); it is used only inside this module so it can be
 * replaced by the hand-rolled session pattern lucia's authors now recommend without touching routes
 * (docs/decisions/002-sessions-lucia-v3.md). Everything else imports from here.
 */
import { Lucia, TimeSpan } from "lucia";
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { hash, verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers, sessions, medewerkerRollen, type Rol } from "../../../db/schema";

/** Idle expiry: a session unused for this long ends (lucia extends it on use). */
export const IDLE_MINUTEN = 60;
/** Absolute expiry: a session ends this long after login, however active. */
export const ABSOLUUT_UREN = 12;

function cookieSecure(): boolean {
  if (process.env.AFSPRAAK_INSECURE_COOKIES === "1") return false;
  return process.env.NODE_ENV === "production";
}

function createLucia() {
  const { db } = getDatabase();
  const adapter = new DrizzleSQLiteAdapter(db, sessions, medewerkers);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(IDLE_MINUTEN, "m"),
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

/** Reads the session cookie; returns the user and any Set-Cookie header to send back (refresh/blank). */
export async function sessionFromRequest(
  request: Request,
): Promise<{ user: SessieGebruiker | null; sessionId: string | null; setCookie: string | null }> {
  const l = lucia();
  const sessionId = l.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return { user: null, sessionId: null, setCookie: null };
  const { session, user } = await l.validateSession(sessionId);
  if (!session || !user) {
    return { user: null, sessionId: null, setCookie: l.createBlankSessionCookie().serialize() };
  }
  const tooOld = Date.now() - Number(session.createdAt) > ABSOLUUT_UREN * 3600_000;
  if (tooOld || !user.actief) {
    await l.invalidateSession(session.id);
    return { user: null, sessionId: null, setCookie: l.createBlankSessionCookie().serialize() };
  }
  const setCookie = session.fresh ? l.createSessionCookie(session.id).serialize() : null;
  return {
    user: { id: user.id, email: user.email, naam: user.naam, rollen: rollenVan(user.id) },
    sessionId: session.id,
    setCookie,
  };
}

/** Starts a session for a medewerker; returns the Set-Cookie header value. */
export async function startSession(medewerkerId: string): Promise<string> {
  const l = lucia();
  const session = await l.createSession(medewerkerId, { createdAt: Date.now() });
  return l.createSessionCookie(session.id).serialize();
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
