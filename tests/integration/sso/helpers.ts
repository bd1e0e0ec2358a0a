/** Drives a sign-in as a browser would, through the real routes and the real provider (for the SSO tests). */
import { expect } from "vitest";
import { getDatabase } from "../../../db/client";
import { sessionFromRequest } from "../../../app/platform/auth/sessies.server";
import { loader as startLoader } from "../../../app/routes/inloggen_.sso";
import { loader as terugLoader } from "../../../app/routes/inloggen_.sso_.terug";
import { TEST_GEBRUIKERS } from "./testprovider";

export const BASIS = "http://localhost";
export const ctx = { nonce: "", requestId: "sso-test", clientIp: "127.0.0.1" };
export { startLoader, terugLoader };

/** A browser's cookies for one origin. */
export class Pot {
  private m = new Map<string, string>();
  neem(res: Response | Headers) {
    const h = res instanceof Response ? res.headers : res;
    for (const c of h.getSetCookie()) {
      const [paar] = c.split(";");
      const i = paar!.indexOf("=");
      const k = paar!.slice(0, i);
      const v = paar!.slice(i + 1);
      if (!v || /max-age=0/i.test(c) || /expires=Thu, 01 Jan 1970/i.test(c)) this.m.delete(k);
      else this.m.set(k, v);
    }
  }
  get header() {
    return [...this.m].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  get(k: string) {
    return this.m.get(k);
  }
}

export function alsResponse(r: unknown): { status: number; headers: Headers; data: unknown } {
  if (r instanceof Response) return { status: r.status, headers: r.headers, data: null };
  const d = r as { data: unknown; init: { status?: number; headers?: HeadersInit } | null };
  return { status: d.init?.status ?? 200, headers: new Headers(d.init?.headers), data: d.data };
}

export async function roep(loader: (a: never) => Promise<unknown>, url: string, cookie: string): Promise<{ status: number; headers: Headers; data: unknown }> {
  try {
    return alsResponse(await loader({ request: new Request(url, { headers: { Cookie: cookie } }), context: ctx, params: {} } as never));
  } catch (e) {
    if (e instanceof Response) return alsResponse(e);
    throw e;
  }
}

/** Follows the provider's redirects (its login form included) until it sends the browser back to Afspraak. */
export async function bijProvider(url: string, pot: Pot, login: { gebruiker: string; wachtwoord: string } | null): Promise<string> {
  let naar = url;
  for (let i = 0; i < 10; i++) {
    if (naar.startsWith(BASIS)) return naar;
    const res = await fetch(naar, { redirect: "manual", headers: { Cookie: pot.header } });
    pot.neem(res);
    if (res.status >= 300 && res.status < 400) {
      naar = new URL(res.headers.get("location")!, naar).href;
      continue;
    }
    const html = await res.text();
    if (res.status === 200 && html.includes('name="login"')) {
      if (!login) throw new Error("de provider vraagt om in te loggen");
      const actie = new URL(/action="([^"]+)"/.exec(html)![1]!, naar).href;
      const post = await fetch(actie, {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: pot.header, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ login: login.gebruiker, password: login.wachtwoord }),
      });
      pot.neem(post);
      if (post.status !== 303) throw new Error(`inloggen bij de provider mislukt: ${post.status}`);
      naar = new URL(post.headers.get("location")!, actie).href;
      continue;
    }
    throw new Error(`onverwacht antwoord van de provider (${res.status}): ${html.slice(0, 300)}`);
  }
  throw new Error("te veel doorverwijzingen");
}

export interface Aanmelding {
  status: number;
  data: unknown;
  sessie: string | null;
  afspraak: Pot;
  provider: Pot;
  callback: string;
  flowCookie: string;
}

/** One sign-in as a browser would do it: Afspraak's start → the provider (login form) → Afspraak's callback. */
export async function aanmelden(sub: string, opts: { provider?: Pot; voorCallback?: (callback: string) => void | Promise<void> } = {}): Promise<Aanmelding> {
  const afspraak = new Pot();
  const provider = opts.provider ?? new Pot();
  const start = await roep(startLoader as never, `${BASIS}/inloggen/sso?terug=/mijn-werk`, "");
  expect(start.status).toBe(302);
  afspraak.neem(start.headers);
  const flowCookie = afspraak.header;
  const g = TEST_GEBRUIKERS[sub]!;
  const callback = await bijProvider(start.headers.get("location")!, provider, { gebruiker: sub, wachtwoord: g.wachtwoord });
  await opts.voorCallback?.(callback);
  const r = await roep(terugLoader as never, callback, flowCookie);
  afspraak.neem(r.headers);
  return { status: r.status, data: r.data, sessie: afspraak.get("afspraak_sessie") ?? null, afspraak, provider, callback, flowCookie };
}

export async function gebruikerVan(sessie: string | null) {
  if (!sessie) return null;
  return (await sessionFromRequest(new Request(`${BASIS}/`, { headers: { Cookie: `afspraak_sessie=${sessie}` } }))).user;
}

export function medewerkerVan(sub: string) {
  return getDatabase()
    .sqlite.prepare(
      `SELECT m.id, m.naam, m.email, m.actief, m.team_id AS teamId, t.naam AS team FROM sso_identiteiten i JOIN medewerkers m ON m.id = i.medewerker_id
         LEFT JOIN teams t ON t.id = m.team_id WHERE i.subject = ?`,
    )
    .get(sub) as { id: string; naam: string; email: string; actief: number; teamId: number | null; team: string | null } | undefined;
}

export function laatsteAudit(actie = "inloggen") {
  const r = getDatabase().sqlite.prepare("SELECT * FROM audit_log WHERE actie = ? ORDER BY id DESC LIMIT 1").get(actie) as { resultaat: string; details: string | null; actor_id: string | null };
  return { ...r, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : {} };
}

