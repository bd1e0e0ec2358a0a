import { getDatabase } from "../../../db/client";
import { startSession } from "../../../app/platform/auth/sessies.server";

export const CONTEXT = { nonce: "", requestId: "t", clientIp: "127.0.0.1" };

/** A Cookie header value for a logged-in demo user (by e-mail). */
export async function inlogCookie(email: string): Promise<string> {
  const { sqlite } = getDatabase();
  const m = sqlite.prepare("SELECT id FROM medewerkers WHERE email = ?").get(email) as { id: string } | undefined;
  if (!m) throw new Error(`demo-account ${email} ontbreekt`);
  return (await startSession(m.id)).split(";")[0]!;
}

export async function get(email: string, url: string): Promise<Request> {
  return new Request(url, { headers: { Cookie: await inlogCookie(email) } });
}

/** Calls a loader; a thrown Response is returned as well. */
export async function roep(fn: (args: never) => unknown, request: Request, params: Record<string, string> = {}): Promise<unknown> {
  try {
    return await fn({ request, params, context: CONTEXT } as never);
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}
