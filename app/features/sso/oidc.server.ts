/**
 * The OpenID Connect client (openid-client v6, decision 011): discovery, the authorisation code flow with PKCE,
 * the callback's checks, and the end-session URL for single logout.
 *
 * state, nonce and the PKCE verifier never leave the server: a started sign-in is a row in sso_flows keyed by
 * state; the browser gets only a random binding value in a short-lived HttpOnly cookie (`afspraak_sso`), whose
 * SHA-256 the row holds. The callback deletes the row before anything else (single use), then checks the binding,
 * the age and the verifier, and lets openid-client exchange the code and validate the ID token: signature against
 * the provider's JWKS (enableNonRepudiationChecks), issuer, audience, expiry, nonce; the `iss` response parameter
 * (RFC 9207) where the provider sends it.
 */
import { createHash, randomBytes } from "node:crypto";
import * as client from "openid-client";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import type { Verbinding } from "./instellingen.server";

export const FLOW_COOKIE = "afspraak_sso";
/** A started sign-in must come back within this time. */
export const FLOW_MINUTEN = 10;
const CALLBACK_PAD = "/inloggen/sso/terug";
const SCOPE = "openid profile email";

function cookieSecure(): boolean {
  if (process.env.AFSPRAAK_INSECURE_COOKIES === "1") return false;
  return process.env.NODE_ENV === "production";
}

/** The public base address: AFSPRAAK_BASE_URL when set, else the request's own origin. */
export function basisAdres(request: Request): string {
  const env = process.env.AFSPRAAK_BASE_URL?.trim();
  if (env) return env.replace(/\/+$/, "");
  return new URL(request.url).origin;
}

export function redirectUri(basis: string): string {
  return `${basis}${CALLBACK_PAD}`;
}

export function naUitloggenUri(basis: string): string {
  return `${basis}/inloggen/uitgelogd`;
}

/** Plain http is accepted only for a provider on this machine (tests, a local Keycloak); otherwise https. */
function lokaal(issuer: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]", "::1"].includes(issuer.hostname);
}

interface Cached {
  sleutel: string;
  config: client.Configuration;
  tot: number;
}
const CACHE_KEY = Symbol.for("afspraak.sso.discovery");
type G = typeof globalThis & { [CACHE_KEY]?: Map<string, Cached> };

/** Discovery of the provider's metadata and keys, cached for ten minutes per connection. */
export async function configuratie(v: Verbinding): Promise<client.Configuration> {
  const g = globalThis as G;
  const cache = (g[CACHE_KEY] ??= new Map());
  const sleutel = JSON.stringify([v.issuer, v.clientId, v.clientSecret]);
  const c = cache.get(v.issuer);
  if (c && c.sleutel === sleutel && c.tot > Date.now()) return c.config;
  const issuer = new URL(v.issuer);
  const execute = [client.enableNonRepudiationChecks];
  if (lokaal(issuer) && issuer.protocol === "http:") execute.push(client.allowInsecureRequests);
  const config = await client.discovery(issuer, v.clientId, { client_secret: v.clientSecret || undefined }, v.clientSecret ? client.ClientSecretBasic(v.clientSecret) : client.None(), {
    execute,
    timeout: 10,
  });
  cache.set(v.issuer, { sleutel, config, tot: Date.now() + 10 * 60_000 });
  return config;
}

export function vergeetConfiguratie(): void {
  (globalThis as G)[CACHE_KEY]?.clear();
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("base64url");

function flowCookie(waarde: string, maxAge: number): string {
  return [`${FLOW_COOKIE}=${waarde}`, "Path=/inloggen/sso", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`, cookieSecure() ? "Secure" : null].filter(Boolean).join("; ");
}

export function wisFlowCookie(): string {
  return flowCookie("", 0);
}

function leesCookie(request: Request, naam: string): string | null {
  for (const deel of (request.headers.get("Cookie") ?? "").split(";")) {
    const [k, ...v] = deel.trim().split("=");
    if (k === naam) return v.join("=") || null;
  }
  return null;
}

/** Starts a sign-in: the authorisation URL to send the browser to and the cookie binding the flow to it. */
export async function startFlow(v: Verbinding, basis: string, terug: string): Promise<{ naar: string; cookie: string }> {
  const config = await configuratie(v);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const binding = randomBytes(32).toString("base64url");
  const { sqlite } = getDatabase();
  const nu = now();
  sqlite.prepare("DELETE FROM sso_flows WHERE verloopt_op < ?").run(nu);
  sqlite
    .prepare("INSERT INTO sso_flows (state, binding_hash, nonce, code_verifier, issuer, terug, verloopt_op) VALUES (?, ?, ?, ?, ?, ?, ?)")
    .run(state, sha256(binding), nonce, codeVerifier, v.issuer, terug, nu + FLOW_MINUTEN * 60_000);
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(basis),
    scope: SCOPE,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { naar: url.href, cookie: flowCookie(binding, FLOW_MINUTEN * 60) };
}

export type Weigering =
  | "geen_state"
  | "onbekende_state"
  | "binding"
  | "verlopen_flow"
  | "geen_verifier"
  | "andere_issuer"
  | "provider_fout"
  | "token_ongeldig";

export type FlowUitkomst =
  | { ok: true; claims: Record<string, unknown>; idToken: string; terug: string }
  | { ok: false; reden: Weigering; detail?: string };

/** The callback: single-use flow lookup, binding and verifier checks, code exchange and ID token validation. */
export async function rondFlowAf(v: Verbinding, basis: string, request: Request): Promise<FlowUitkomst> {
  const inkomend = new URL(request.url);
  const state = inkomend.searchParams.get("state");
  if (!state) return { ok: false, reden: "geen_state" };
  const { sqlite } = getDatabase();
  const flow = sqlite.prepare("DELETE FROM sso_flows WHERE state = ? RETURNING *").get(state) as
    | { binding_hash: string; nonce: string; code_verifier: string | null; issuer: string; terug: string; verloopt_op: number }
    | undefined;
  if (!flow) return { ok: false, reden: "onbekende_state" };
  const binding = leesCookie(request, FLOW_COOKIE);
  if (!binding || sha256(binding) !== flow.binding_hash) return { ok: false, reden: "binding" };
  if (flow.verloopt_op < now()) return { ok: false, reden: "verlopen_flow" };
  if (!flow.code_verifier) return { ok: false, reden: "geen_verifier" };
  if (flow.issuer !== v.issuer) return { ok: false, reden: "andere_issuer" };
  const config = await configuratie(v);
  const huidig = new URL(redirectUri(basis));
  huidig.search = inkomend.search;
  try {
    const tokens = await client.authorizationCodeGrant(config, huidig, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) return { ok: false, reden: "token_ongeldig", detail: "geen ID-token" };
    return { ok: true, claims: claims as Record<string, unknown>, idToken: tokens.id_token, terug: flow.terug };
  } catch (e) {
    const fout = e as { name?: string; code?: string; error?: string; message?: string };
    // An error the provider answered (access_denied, invalid_grant for a code without its verifier …) vs. a
    // response that failed our checks (signature, audience, expiry, nonce).
    const vanProvider = fout.name === "AuthorizationResponseError" || fout.name === "ResponseBodyError";
    return {
      ok: false,
      reden: vanProvider ? "provider_fout" : "token_ongeldig",
      detail: [fout.name, fout.code, fout.error, fout.message].filter(Boolean).join(": ").slice(0, 300),
    };
  }
}

/** RP-initiated logout: the provider's end-session URL with id_token_hint, or null when it has none. */
export async function eindSessieUrl(v: Verbinding, basis: string, idToken: string): Promise<string | null> {
  const config = await configuratie(v);
  if (!config.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: naUitloggenUri(basis), client_id: v.clientId })
    .href;
}

/** For Beheer: can the provider be reached, and what does it support? */
export async function testVerbinding(v: Verbinding): Promise<{ ok: true; eindeSessie: boolean; pkce: boolean } | { ok: false; fout: string }> {
  try {
    vergeetConfiguratie();
    const m = (await configuratie(v)).serverMetadata();
    return { ok: true, eindeSessie: !!m.end_session_endpoint, pkce: (m.code_challenge_methods_supported ?? []).includes("S256") };
  } catch (e) {
    return { ok: false, fout: String((e as Error).message).slice(0, 200) };
  }
}
