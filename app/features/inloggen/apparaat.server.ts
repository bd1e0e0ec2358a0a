/**
 * Device cookies (OWASP "slow down online guessing with device cookies"): after a successful login the browser
 * gets a signed token bound to that account. A later attempt for the same account from that browser is a
 * *known device*: the address's limits do not apply to it, and its failures count on a counter of its own, so
 * neither a script behind the shared NAT nor someone locking the account from elsewhere keeps the colleague out.
 *
 * The token holds no e-mail address: `<issued ms>.<HMAC(account, issued)>`, with a key kept in `instellingen`.
 */
import crypto from "node:crypto";
import { getDatabase } from "../../../db/client";

export const APPARAAT_COOKIE = "afspraak_apparaat";
export const APPARAAT_GELDIG_DAGEN = 90;
const SLEUTEL = "inlog_apparaat_sleutel";

let cache: { db: unknown; sleutel: Buffer } | null = null;

function sleutel(): Buffer {
  const { sqlite } = getDatabase();
  if (cache?.db === sqlite) return cache.sleutel;
  sqlite
    .prepare("INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO NOTHING")
    .run(SLEUTEL, JSON.stringify(crypto.randomBytes(32).toString("hex")));
  const r = sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = ?").get(SLEUTEL) as { waarde: string };
  cache = { db: sqlite, sleutel: Buffer.from(JSON.parse(r.waarde) as string, "hex") };
  return cache.sleutel;
}

function handtekening(email: string, op: number): string {
  return crypto.createHmac("sha256", sleutel()).update(`apparaat\u0000${email}\u0000${op}`, "utf8").digest("base64url");
}

/** A new device token for an account (normalised e-mail). */
export function maakApparaatToken(email: string, op = Date.now()): string {
  return `${op}.${handtekening(email, op)}`;
}

/** Whether a token is a valid, unexpired device token for this account. */
export function apparaatGeldig(token: string | null | undefined, email: string, t = Date.now()): boolean {
  if (!token) return false;
  const m = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return false;
  const op = Number(m[1]);
  if (op > t + 60_000 || t - op > APPARAAT_GELDIG_DAGEN * 86_400_000) return false;
  const verwacht = Buffer.from(handtekening(email, op));
  const gekregen = Buffer.from(m[2]!);
  return verwacht.length === gekregen.length && crypto.timingSafeEqual(verwacht, gekregen);
}

/** A short stable id of a device token for the throttle table (the token itself is never stored). */
export function apparaatSleutel(token: string): string {
  return crypto.createHash("sha256").update(token).digest("base64url").slice(0, 22);
}

/** The device token from a request's cookies. */
export function apparaatUitRequest(request: Request): string | null {
  const cookies = request.headers.get("Cookie") ?? "";
  for (const deel of cookies.split(";")) {
    const [k, ...v] = deel.trim().split("=");
    if (k === APPARAAT_COOKIE) return v.join("=") || null;
  }
  return null;
}

/** The Set-Cookie header value for a device token. */
export function apparaatCookie(token: string): string {
  const secure = process.env.AFSPRAAK_INSECURE_COOKIES !== "1" && process.env.NODE_ENV === "production";
  return `${APPARAAT_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${APPARAAT_GELDIG_DAGEN * 86_400}${secure ? "; Secure" : ""}`;
}
