/**
 * A real OpenID provider for the SSO tests: `oidc-provider` on loopback, with its own login form (the
 * "interaction"), users whose groups map to each Afspraak role, and RP-initiated logout. Used by the
 * integration tests (tests/integration/sso/) and the end-to-end test (tests/e2e/sso.spec.ts).
 *
 * `knoeien` makes the token endpoint hand out a broken ID token — signed with a key that is not the provider's
 * (vervalst), already expired (verlopen) or for another client (andere_audience) — the attacks the client must
 * refuse; the rest of the token response is the provider's own.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPairSync, createSign, randomUUID } from "node:crypto";
import Provider from "oidc-provider";

// oidc-provider has no types here (its contexts are Koa contexts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export interface TestGebruiker {
  wachtwoord: string;
  naam: string;
  email: string;
  groepen: string[];
  /** The provider reports a second factor (amr ["pwd","otp"]) when true, else amr ["pwd"]. */
  mfa?: boolean;
  /** An acr the provider reports for this user's sign-in (e.g. Keycloak's level of authentication "2"). */
  acr?: string;
}

export type Knoeien = "vervalst" | "verlopen" | "andere_audience" | null;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  gebruikers: Map<string, TestGebruiker>;
  /** Set to tamper with the next ID tokens. */
  knoeien: Knoeien;
  /** Accounts (subjects) whose provider session was ended through RP-initiated logout. */
  uitgelogd: string[];
  stop(): Promise<void>;
}

export const TEST_GEBRUIKERS: Record<string, TestGebruiker> = {
  "sub-anna": { wachtwoord: "anna-geheim", naam: "Anna de Boer", email: "anna@sso.voorbeeld.nl", groepen: ["afspraak-medewerkers", "kcc-telefonie"] },
  "sub-tom": { wachtwoord: "tom-geheim", naam: "Tom Visser", email: "tom@sso.voorbeeld.nl", groepen: ["afspraak-teamleiders", "kcc-balie"] },
  "sub-rita": { wachtwoord: "rita-geheim", naam: "Rita Smit", email: "rita@sso.voorbeeld.nl", groepen: ["afspraak-regieteam", "regieteam"], mfa: true },
  "sub-bea": { wachtwoord: "bea-geheim", naam: "Bea Meijer", email: "bea@sso.voorbeeld.nl", groepen: ["afspraak-beheer", "informatiebeheer"], mfa: true },
  "sub-bert": { wachtwoord: "bert-geheim", naam: "Bert Hoekstra", email: "bert@sso.voorbeeld.nl", groepen: ["afspraak-beheer", "informatiebeheer"] },
  "sub-karin": { wachtwoord: "karin-geheim", naam: "Karin Bos", email: "karin@sso.voorbeeld.nl", groepen: ["afspraak-beheer", "informatiebeheer"], acr: "2" },
  "sub-zoe": { wachtwoord: "zoe-geheim", naam: "Zoë Kramer", email: "zoe@sso.voorbeeld.nl", groepen: ["iets-anders"] },
};

function b64url(b: Buffer | string): string {
  return Buffer.from(b).toString("base64url");
}

function signeer(payload: Record<string, unknown>, kid: string, sleutel: import("node:crypto").KeyObject): string {
  const kop = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
  const romp = b64url(JSON.stringify(payload));
  const s = createSign("RSA-SHA256");
  s.update(`${kop}.${romp}`);
  return `${kop}.${romp}.${s.sign(sleutel).toString("base64url")}`;
}

function html(titel: string, inhoud: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${titel}</title></head><body><main><h1>${titel}</h1>${inhoud}</main></body></html>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function leesBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  return new URLSearchParams(Buffer.concat(delen).toString("utf8"));
}

/**
 * Starts the provider on 127.0.0.1 (a free port unless `poort` is given) with one confidential client whose
 * redirect URI and post-logout redirect URI are those given.
 */
export async function startTestProvider(opts: { redirectUris: string[]; postLogoutRedirectUris: string[]; poort?: number; gebruikers?: Record<string, TestGebruiker> }): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(opts.poort ?? 0, "127.0.0.1", resolve));
  const poort = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${poort}`;
  const clientId = "afspraak";
  const clientSecret = `geheim-${randomUUID()}`;
  const gebruikers = new Map(Object.entries(structuredClone(opts.gebruikers ?? TEST_GEBRUIKERS)));

  const echt = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const vreemd = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...echt.privateKey.export({ format: "jwk" }), kid: "echt", use: "sig", alg: "RS256" };

  const staat: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    gebruikers,
    knoeien: null,
    uitgelogd: [],
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        post_logout_redirect_uris: opts.postLogoutRedirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [`cookie-${randomUUID()}`] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { sid: null, auth_time: null, openid: ["sub", "groups", "amr", "acr"], profile: ["name"], email: ["email", "email_verified"] },
    findAccount: async (_ctx: Any, sub: string) => {
      const g = gebruikers.get(sub);
      if (!g) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: g.naam, email: g.email, email_verified: true, groups: [...g.groepen] }),
      };
    },
    interactions: { url: (_ctx: Any, interaction: Any) => `/interaction/${interaction.uid}` },
    loadExistingGrant: async (ctx: Any) => {
      const o = ctx.oidc;
      const grantId = o.result?.consent?.grantId || o.session!.grantIdFor(o.client!.clientId);
      if (grantId) {
        const bestaand = await o.provider.Grant.find(grantId);
        if (bestaand) return bestaand;
      }
      // A first-party client: the organisation consents for its staff, so no consent screen.
      const grant = new o.provider.Grant({ clientId: o.client!.clientId, accountId: o.session!.accountId });
      grant.addOIDCScope("openid profile email");
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: Any, form: string) => {
          ctx.body = html(
            "Sign out",
            `${form}<p>Do you want to sign out of the test provider?</p><button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button> <button type="submit" form="op.logoutForm">No</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx: Any) => {
          ctx.body = html("Signed out", "<p>You are signed out.</p>");
        },
      },
    },
    renderError: async (ctx: Any, out: unknown) => {
      ctx.type = "html";
      ctx.body = html("Provider error", `<pre>${esc(JSON.stringify(out))}</pre>`);
    },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, IdToken: 600, AccessToken: 600, AuthorizationCode: 60 },
  });
  provider.proxy = false;

  // Records RP-initiated logouts (whose provider session ended), and tampers with ID tokens when asked.
  provider.on("end_session.success", (ctx: { oidc?: { session?: { accountId?: string } } }) => {
    const acc = ctx.oidc?.session?.accountId;
    if (acc) staat.uitgelogd.push(acc);
  });
  provider.use(async (ctx: Any, next: () => Promise<void>) => {
    await next();
    if (ctx.oidc?.route !== "token" || !staat.knoeien || ctx.status !== 200) return;
    const body = ctx.body as { id_token?: string };
    if (!body?.id_token) return;
    const claims = JSON.parse(Buffer.from(body.id_token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
    const nu = Math.floor(Date.now() / 1000);
    if (staat.knoeien === "vervalst") body.id_token = signeer(claims, "echt", vreemd.privateKey);
    if (staat.knoeien === "verlopen") body.id_token = signeer({ ...claims, iat: nu - 7200, exp: nu - 3600 }, "echt", echt.privateKey);
    if (staat.knoeien === "andere_audience") body.id_token = signeer({ ...claims, aud: "een-andere-toepassing", azp: "een-andere-toepassing" }, "echt", echt.privateKey);
  });

  const oidc = provider.callback();
  server.on("request", (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const m = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
    if (!m) return oidc(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === "GET") {
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(loginFormulier(url.pathname, null));
          return;
        }
        const body = await leesBody(req);
        const login = body.get("login") ?? "";
        const sub = [...gebruikers.entries()].find(([s, g]) => s === login || g.email === login || s === `sub-${login}`)?.[0];
        const g = sub ? gebruikers.get(sub) : undefined;
        if (!sub || !g || g.wachtwoord !== body.get("password")) {
          res.statusCode = 401;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(loginFormulier(url.pathname, "Unknown user or wrong password."));
          return;
        }
        void details;
        await provider.interactionFinished(req, res, { login: { accountId: sub, amr: g.mfa ? ["pwd", "otp"] : ["pwd"], ...(g.acr ? { acr: g.acr } : {}) } }, { mergeWithLastSubmission: false });
      } catch (e) {
        res.statusCode = 400;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(html("Provider error", `<p>${esc(String((e as Error).message))}</p>`));
      }
    })();
  });
  return staat;
}

function loginFormulier(actie: string, fout: string | null): string {
  return html(
    "Sign in to the test provider",
    `${fout ? `<p role="alert">${esc(fout)}</p>` : ""}<form method="post" action="${esc(actie)}">
      <p><label for="login">Username</label> <input id="login" name="login" autocomplete="username"></p>
      <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
      <p><button type="submit">Sign in</button></p>
    </form>`,
  );
}
