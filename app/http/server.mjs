// The HTTP host for the Remix build: security headers with a per-request CSP nonce, an origin check on every
// non-GET request, a body guard (only forms, bounded, well-formed), `Cache-Control: no-store` on every dynamic
// response, request ids and JSON access logs, static assets, background jobs, graceful shutdown.
// See docs/decisions/003-express-host.md.
import express from "express";
import compression from "compression";
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createRequestHandler as createRemixHandler, writeReadableStreamToWritable } from "@remix-run/node";
import { httpMetrics, metricsEndpoint, routeHerkenner, startMetricsPoort, telVerzoek, verzamelStandaard } from "../platform/metrics/http.mjs";
import { schijfBewaking } from "../platform/opslag/schijf.mjs";
import { opstartPoort, zetGereedMarkering } from "../platform/opslag/opstart.mjs";

process.env.NODE_ENV ??= "production";
const root = process.env.AFSPRAAK_ROOT || process.cwd();
const buildPath = path.join(root, "build/index.js");

/**
 * JSON log lines on stdout. Lines are gathered and written once per turn of the event loop (setImmediate), so
 * the access log costs no write system call on the request path (stdout to a file or pipe writes synchronously);
 * warnings and errors flush at once, and so does the exit of the process.
 */
let logRegels = [];
let logGepland = false;
function schrijfLog() {
  logGepland = false;
  if (!logRegels.length) return;
  const tekst = logRegels.join("");
  logRegels = [];
  process.stdout.write(tekst);
}
process.on("exit", schrijfLog);
export function log(level, msg, fields = {}) {
  if (process.env.AFSPRAAK_LOG === "stil" && level !== "error") return;
  logRegels.push(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }) + "\n");
  if (level !== "info") return schrijfLog();
  if (!logGepland) {
    logGepland = true;
    setImmediate(schrijfLog);
  }
}

/** A path as it may be logged: a citizen's status-link token never goes into a log (only its hash is kept). */
export function veiligPad(p) {
  return p.replace(/^\/inwoner\/(status|kto)\/[^/]+/, "/inwoner/$1/[token]");
}

function allowedOrigins(req) {
  const proto = req.protocol; // honours X-Forwarded-Proto only with AFSPRAAK_TRUST_PROXY
  const own = `${proto}://${req.get("host")}`;
  const extra = (process.env.AFSPRAAK_ORIGIN || "").split(",").map((s) => s.trim()).filter(Boolean);
  return new Set([own, ...extra]);
}

function originOf(req) {
  const o = req.get("origin");
  if (o && o !== "null") return o;
  const ref = req.get("referer");
  if (ref) {
    try {
      return new URL(ref).origin;
    } catch {
      return null;
    }
  }
  return null;
}

const FORBIDDEN_PAGE = (id) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verzoek geweigerd – Afspraak</title></head>
<body><main><h1>Verzoek geweigerd</h1><p>Dit formulier is niet vanaf Afspraak zelf verstuurd en is daarom niet verwerkt.
Ga terug naar <a href="/">Afspraak</a> en probeer het opnieuw.</p><p>Referentie: ${id}</p></main></body></html>`;

/** The largest request body the host accepts, per path (bytes); the route's own form reader may be stricter. */
export const STANDAARD_MAX_BYTES = 1024 * 1024;
export const BODY_LIMIETEN = [
  // Complaint attachments: 10 MB per file (the route answers 10 MB + a little with a message at the field).
  { patroon: /^\/klachten\/[^/]+\/bijlagen(?:\.data)?$/, maxBytes: 11 * 1024 * 1024 },
  // A citizen's complaint with its attachments (at most 10 MB together; app/features/inwoner/intake.server.ts).
  { patroon: /^\/inwoner\/klacht(?:\.data)?$/, maxBytes: 11 * 1024 * 1024 },
];

export function maxBytesVoor(pad) {
  return BODY_LIMIETEN.find((l) => l.patroon.test(pad))?.maxBytes ?? STANDAARD_MAX_BYTES;
}

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
/**
 * The API (/api/v1/, app/features/api): JSON bodies only, at most 64 kB, refused as RFC 9457 problems. It is
 * authorised by a bearer token alone (never by a cookie), so the origin check does not apply to it.
 */
export const API_PAD = /^\/api\/v1\//;
export const API_MAX_BYTES = 64 * 1024;
const API_PROBLEEM = { 400: "ongeldig-verzoek", 413: "te-groot", 415: "geen-json" };
const MET_BODY = (method) => !["GET", "HEAD", "OPTIONS"].includes(method);

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The host's own pages (refusals before Remix, last-resort errors): Dutch, with the request id, never a stack. */
function hostPagina(titel, tekst, id) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="afspraak-request-id" content="${escapeHtml(id)}"><title>${escapeHtml(titel)} – Afspraak</title></head>
<body><main><h1>${escapeHtml(titel)}</h1><p>${escapeHtml(tekst)}</p><p>Ga terug naar <a href="/">Afspraak</a>.</p><p>Referentie: ${escapeHtml(id)}</p></main></body></html>`;
}

/** Reads and discards the rest of a refused body (up to a cap), so the client sees the answer, not a reset. */
const AFVOER_MAX_BYTES = 16 * 1024 * 1024;
function afvoeren(req) {
  return new Promise((resolve) => {
    if (req.complete || req.readableEnded) return resolve(true);
    let totaal = 0;
    const klaar = (ok) => {
      req.removeAllListeners("data");
      resolve(ok);
    };
    req.on("data", (d) => {
      totaal += d.length;
      if (totaal > AFVOER_MAX_BYTES) {
        req.pause();
        klaar(false);
      }
    });
    req.once("end", () => klaar(true));
    req.once("error", () => klaar(false));
    req.resume();
  });
}

async function weigerBody(req, res, status, titel, tekst) {
  log("warn", "body geweigerd", { requestId: res.locals.requestId, method: req.method, path: veiligPad(req.path), status });
  const lengte = Number(req.get("content-length") ?? "");
  // A body far too large to drain is cut off: the connection closes after the answer.
  const afgevoerd = Number.isFinite(lengte) && lengte > AFVOER_MAX_BYTES ? false : await afvoeren(req);
  res.status(status).set("Cache-Control", "no-store");
  if (!afgevoerd) res.set("Connection", "close");
  if (API_PAD.test(req.path)) {
    const detail = status === 415 ? "Dit verzoek bevat geen JSON. Stuur de gegevens als JSON met de header Content-Type: application/json." : tekst;
    res.type("application/problem+json").send(JSON.stringify({ type: `https://afspraak.nl/problemen/${API_PROBLEEM[status] ?? "fout"}`, title: titel, status, detail }));
    return;
  }
  res.type("html").send(hostPagina(titel, tekst, res.locals.requestId));
}

function teGroot(max) {
  const mb = max >= 1024 * 1024 ? `${Math.round((max / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(max / 1024)} kB`;
  return `Wat u verstuurde is te groot (hoogstens ${mb}). Maak het kleiner en probeer het opnieuw.`;
}

/** Reads the body up to max bytes: a Buffer, or null when it is larger. */
function leesBody(req, max) {
  return new Promise((resolve, reject) => {
    const delen = [];
    let totaal = 0;
    let klaar = false;
    req.on("data", (d) => {
      if (klaar) return;
      totaal += d.length;
      if (totaal > max) {
        klaar = true;
        req.pause();
        resolve(null);
        return;
      }
      delen.push(d);
    });
    req.on("end", () => {
      if (!klaar) resolve(Buffer.concat(delen));
    });
    req.on("error", (e) => {
      if (!klaar) reject(e);
    });
  });
}

/**
 * Every request with a body: it must be a form (415 otherwise), within the path's limit (413), and a multipart
 * body must parse (400). The body is read here, once, and handed to Remix as a buffer, so no action — converted
 * to app/platform/web/formulier.server.ts or not — ever meets a body that is not a well-formed, bounded form.
 */
function bodyGuard() {
  return async (req, res, next) => {
    if (!MET_BODY(req.method)) return next();
    const contentType = req.get("content-type") ?? "";
    const type = contentType.split(";")[0].trim().toLowerCase();
    const max = maxBytesVoor(req.path);
    if (API_PAD.test(req.path) && (type === "application/json" || type.endsWith("+json"))) {
      const body = await leesBody(req, API_MAX_BYTES).catch(() => undefined);
      if (body === undefined) return weigerBody(req, res, 400, "Ongeldig verzoek", "Het verzoek kwam niet goed aan. Probeer het opnieuw.");
      if (body === null) return weigerBody(req, res, 413, "Verzoek te groot", `Het verzoek is te groot (hoogstens ${API_MAX_BYTES / 1024} kB).`);
      res.locals.body = body;
      return next();
    }
    if (!FORM_TYPES.has(type)) {
      return weigerBody(req, res, 415, "Geen formulier", "Dit verzoek bevat geen formulier. Gebruik het formulier op de pagina en verstuur het opnieuw.");
    }
    if (type === "multipart/form-data" && !/;\s*boundary=/i.test(contentType)) {
      return weigerBody(req, res, 400, "Formulier niet te lezen", "Het formulier kwam niet goed aan. Laad de pagina opnieuw en probeer het nog eens.");
    }
    const lengte = Number(req.get("content-length") ?? "");
    if (Number.isFinite(lengte) && lengte > max) return weigerBody(req, res, 413, "Formulier te groot", teGroot(max));
    let body;
    try {
      body = await leesBody(req, max);
    } catch {
      return weigerBody(req, res, 400, "Formulier niet te lezen", "Het formulier kwam niet goed aan. Laad de pagina opnieuw en probeer het nog eens.");
    }
    if (body === null) return weigerBody(req, res, 413, "Formulier te groot", teGroot(max));
    if (type === "multipart/form-data" && body.length > 0) {
      try {
        await new Response(body, { headers: { "Content-Type": contentType } }).formData();
      } catch {
        return weigerBody(req, res, 400, "Formulier niet te lezen", "Het formulier kwam niet goed aan. Laad de pagina opnieuw en probeer het nog eens.");
      }
    }
    res.locals.body = body;
    next();
  };
}

function remixHeaders(requestHeaders) {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    if (!values) continue;
    if (Array.isArray(values)) for (const v of values) headers.append(key, v);
    else headers.set(key, values);
  }
  return headers;
}

/** The Fetch Request Remix sees (as @remix-run/express builds it), with the body the guard already read. */
function remixRequest(req, res) {
  const [, xfPort] = req.get("X-Forwarded-Host")?.split(":") ?? [];
  const [, hostPort] = req.get("host")?.split(":") ?? [];
  const a = Number.parseInt(xfPort, 10);
  const b = Number.parseInt(hostPort, 10);
  const port = Number.isSafeInteger(a) ? a : Number.isSafeInteger(b) ? b : "";
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  let controller = new AbortController();
  const init = { method: req.method, headers: remixHeaders(req.headers), signal: controller.signal };
  if (MET_BODY(req.method)) init.body = res.locals.body ?? Buffer.alloc(0);
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, init);
}

async function sendRemixResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) {
    if (key.toLowerCase() === "cache-control") continue;
    res.append(key, value);
  }
  // Every page, data request and resource route can hold personal data: never stored by a browser or proxy.
  res.set("Cache-Control", "no-store");
  const type = response.headers.get("Content-Type") ?? "";
  if (/text\/event-stream/i.test(type)) res.flushHeaders();
  if (!response.body) return res.end();
  // A document streams as React renders it. Anything else (JSON, data requests, redirects' bodies) is read whole
  // when it comes in one chunk, so its length is known and the compression threshold applies to it.
  if (/text\/(html|event-stream)/i.test(type)) return writeReadableStreamToWritable(response.body, res);
  const reader = response.body.getReader();
  const eerste = await reader.read();
  if (eerste.done) return res.end();
  const tweede = await reader.read();
  if (tweede.done) return res.end(Buffer.from(eerste.value));
  res.write(eerste.value);
  res.write(tweede.value);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return res.end();
    res.write(value);
  }
}

function remixHandler({ build, getLoadContext, mode }) {
  const handle = createRemixHandler(build, mode);
  return async (req, res, next) => {
    try {
      const response = await handle(remixRequest(req, res), getLoadContext(req, res));
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

const CSP_VOOR = ["default-src 'self'", "script-src 'self' 'nonce-"].join("; ");
const CSP_NA = [
  "'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

/**
 * Compression: text (HTML, JSON, CSS, JS, SVG, turbo-stream data) from 1 kB on, at the fastest level; smaller answers and images,
 * archives or spreadsheets gain nothing from it. AFSPRAAK_COMPRESSIE=uit leaves it to the reverse proxy
 * (docs/scaling.md), which then spends that CPU instead of the app's single thread.
 */
export const COMPRESSIE_DREMPEL = 1024;
/**
 * gzip level 1 (fastest): a 96 kB dossier page becomes 23 kB instead of 20 kB at the default level 6, for about half
 * the CPU. Measured (bench/http.ts, Mijn werk): compression at level 6 was a quarter of the page's CPU time.
 */
export const COMPRESSIE_NIVEAU = 1;
const TEKST = /^(text\/|application\/(json|javascript|problem\+json|xml|manifest\+json)|image\/svg\+xml)/i;
function compressieAan() {
  return !["uit", "0", "nee"].includes((process.env.AFSPRAAK_COMPRESSIE ?? "").trim().toLowerCase());
}
function comprimeerbaar(req, res) {
  const type = String(res.getHeader("Content-Type") ?? "");
  return TEKST.test(type) && compression.filter(req, res);
}

/**
 * The public files (favicon and the like), listed once at boot: a dynamic path never costs a file-system probe.
 * Files under /build (the client build, immutable) are served by their own static handler above. Outside
 * production the directory is read per request, so a file added while developing is found.
 */
export function statischeBestanden(dir, { vast = process.env.NODE_ENV === "production" } = {}) {
  const serve = express.static(dir, { maxAge: "1h", index: false, redirect: false });
  const lijst = () => {
    const uit = new Set();
    const loop = (d, pad) => {
      let items = [];
      try {
        items = readdirSync(d, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of items) {
        if (pad === "" && e.name === "build") continue;
        if (e.isDirectory()) loop(path.join(d, e.name), `${pad}/${e.name}`);
        else if (e.isFile()) uit.add(`${pad}/${e.name}`);
      }
    };
    loop(dir, "");
    return uit;
  };
  const boot = vast ? lijst() : null;
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let pad;
    try {
      pad = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    return (boot ?? lijst()).has(pad) ? serve(req, res, next) : next();
  };
}

/** The request id (a valid incoming X-Request-Id, else a new one), a CSP nonce, and the security headers on `res`. */
function beveiligingsKoppen(req, res) {
  const incoming = req.headers["x-request-id"];
  const requestId = typeof incoming === "string" && /^[A-Za-z0-9._-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const nonce = crypto.randomBytes(16).toString("base64");
  res.setHeader("X-Request-Id", requestId);
  res.setHeader("Content-Security-Policy", CSP_VOOR + nonce + CSP_NA);
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (process.env.NODE_ENV === "production") {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return { requestId, nonce };
}

export async function createApp({ build } = {}) {
  const app = express();
  app.disable("x-powered-by");
  if (process.env.AFSPRAAK_TRUST_PROXY === "1") app.set("trust proxy", true);

  app.use((req, res, next) => {
    const { requestId, nonce } = beveiligingsKoppen(req, res);
    res.locals.requestId = requestId;
    res.locals.nonce = nonce;
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      // Path only: query strings can hold search terms with personal data.
      log("info", "request", {
        requestId,
        method: req.method,
        path: veiligPad(req.path),
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  // Request rate and latency per Remix route (the route ids are known once the build is loaded below), and
  // /metrics for Prometheus: token-protected here, or on its own port (app/platform/metrics/http.mjs).
  let herken = () => "onbekend";
  app.use(httpMetrics((p) => herken(p)));
  app.get("/metrics", metricsEndpoint());
  // While booting (migrations) or stopping only the probes pass; the rest gets a 503 (app/platform/opslag/opstart.mjs).
  app.use(opstartPoort());

  // /healthz (liveness, polled every few seconds by the platform and the load balancer) is answered by its own
  // route loader without Remix's request pipeline (route matching, Fetch Request/Response, streaming): the same
  // JSON and status, a fraction of the cost. Until the build is loaded it falls through to Remix.
  let gezondheid = null;
  app.get("/healthz", async (req, res, next) => {
    if (!gezondheid) return next();
    try {
      const r = await gezondheid({ request: undefined, params: {}, context: {} });
      res.status(r.status).set("Cache-Control", "no-store").type(r.headers.get("Content-Type") ?? "application/json");
      res.send(Buffer.from(await r.arrayBuffer()));
    } catch (e) {
      next(e);
    }
  });

  // Origin check on every state-changing request (CSRF defence in addition to SameSite=Lax cookies).
  app.use((req, res, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
    if (API_PAD.test(req.path)) return next(); // bearer token only, no cookie: nothing to forge (see API_PAD)
    // A citizen's status page (and the one-time satisfaction form, /inwoner/kto/<token>) is served with Referrer-Policy: no-referrer, so its own forms arrive with
    // "Origin: null" and no Referer. Its actions are authorised by the secret token in the path, never by a
    // cookie, so a forged cross-site request gains nothing there: accept the null origin on that path only.
    if (req.get("origin") === "null" && !req.get("referer") && /^\/inwoner\/(?:status|kto)\/[A-Za-z0-9_-]{43}(?:\.data)?$/.test(req.path)) {
      // Remix's own check compares Origin with Host and would refuse "null": the decision is made here.
      delete req.headers.origin;
      return next();
    }
    const origin = originOf(req);
    if (!origin || !allowedOrigins(req).has(origin)) {
      log("warn", "origin refused", { requestId: res.locals.requestId, method: req.method, path: veiligPad(req.path), origin });
      res.status(403).type("html").send(FORBIDDEN_PAGE(res.locals.requestId));
      return;
    }
    next();
  });

  // A full disk: writes get a Dutch 507 page before their body is read, reads go on (app/platform/opslag/schijf.mjs).
  app.use(schijfBewaking({ log }));
  app.use(bodyGuard());
  if (compressieAan()) app.use(compression({ threshold: COMPRESSIE_DREMPEL, filter: comprimeerbaar, level: COMPRESSIE_NIVEAU }));
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  app.use(statischeBestanden(path.join(root, "public")));

  const serverBuild = build ?? (await import(pathToFileURL(buildPath).href));
  herken = routeHerkenner(serverBuild.routes);
  gezondheid = serverBuild.routes["routes/healthz"]?.module?.loader ?? null;
  app.all(
    "*",
    remixHandler({
      build: serverBuild,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({
        nonce: res.locals.nonce,
        requestId: res.locals.requestId,
        clientIp: req.ip ?? req.socket.remoteAddress ?? "onbekend",
      }),
    }),
  );
  // Last resort: whatever escaped Remix gets a Dutch page with the request id, never Express's stack trace.
  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, _next) => {
    log("error", "onverwachte fout in de host", { requestId: res.locals.requestId, path: veiligPad(req.path), error: String(err?.stack || err) });
    if (res.headersSent) return res.end();
    res
      .status(500)
      .set("Cache-Control", "no-store")
      .type("html")
      .send(hostPagina("Er ging iets mis", "Er ging aan onze kant iets mis. Probeer het later opnieuw; noem bij vragen deze referentie.", res.locals.requestId));
  });
  // The front door: `GET /healthz` (polled every few seconds by load balancers and the platform) is answered before
  // Express, with the same JSON and status as its route and fixed headers; everything else goes to Express.
  const gezond = serverBuild.entry?.module?.gezond;
  const voordeur = (req, res) => {
    if (gezond && req.url === "/healthz" && (req.method === "GET" || req.method === "HEAD")) return snelleGezondheid(req, res, gezond);
    app(req, res);
  };
  voordeur.listen = (...args) => http.createServer(voordeur).listen(...args);
  return { app: voordeur, express: app, serverBuild };
}

const GEZOND = Buffer.from(JSON.stringify({ status: "ok", database: "ok" }));
const ONGEZOND = Buffer.from(JSON.stringify({ status: "fout", database: "onbereikbaar" }));

/**
 * Liveness without Express's middleware chain and router: the database answers a query → 200, else 503, with the
 * same security headers and request id as every answer; counted in the request metrics as route "routes/healthz"
 * like before. No access-log line: a probe every few seconds would bury the real requests.
 */
function snelleGezondheid(req, res, gezond) {
  const start = process.hrtime.bigint();
  const ok = gezond();
  const body = ok ? GEZOND : ONGEZOND;
  beveiligingsKoppen(req, res);
  res.writeHead(ok ? 200 : 503, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
  telVerzoek("routes/healthz", req.method, res.statusCode, start);
}

export async function startServer() {
  const { app, serverBuild } = await createApp();
  verzamelStandaard();
  const metricsServer = startMetricsPoort({ log });
  const entry = serverBuild.entry.module;
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || undefined;
  // Listen before booting: during migrations /healthz answers (alive) and /readyz says 503 (not ready).
  zetGereedMarkering(false);
  const server = await new Promise((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  await entry.boot?.();
  log("info", "Afspraak luistert", { url: `http://localhost:${port}`, pid: process.pid });
  entry.startBackground?.();
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log("info", "stoppen", { signal });
    const hard = setTimeout(() => process.exit(1), 10_000);
    hard.unref();
    metricsServer?.close();
    server.close(async () => {
      try {
        await entry.stopBackground?.();
        await entry.shutdown?.();
      } finally {
        log("info", "gestopt");
        process.exit(0);
      }
    });
    server.closeIdleConnections?.();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  startServer().catch((err) => {
    log("error", "starten mislukt", { error: String(err?.stack || err) });
    process.exit(1);
  });
}
