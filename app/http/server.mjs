// The HTTP host for the Remix build: security headers with a per-request CSP nonce, an origin check on every
// non-GET request, request ids and JSON access logs, static assets, background jobs, graceful shutdown.
// See docs/decisions/003-express-host.md.
import express from "express";
import compression from "compression";
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";

process.env.NODE_ENV ??= "production";
const root = process.env.AFSPRAAK_ROOT || process.cwd();
const buildPath = path.join(root, "build/index.js");

export function log(level, msg, fields = {}) {
  process.stdout.write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }) + "\n");
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

export async function createApp({ build } = {}) {
  const app = express();
  app.disable("x-powered-by");
  if (process.env.AFSPRAAK_TRUST_PROXY === "1") app.set("trust proxy", true);

  app.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && /^[A-Za-z0-9._-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.requestId = requestId;
    res.locals.nonce = nonce;
    const started = process.hrtime.bigint();
    res.setHeader("X-Request-Id", requestId);
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join("; "),
    );
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (process.env.NODE_ENV === "production") {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    res.on("finish", () => {
      // Path only: query strings can hold search terms with personal data.
      log("info", "request", {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  // Origin check on every state-changing request (CSRF defence in addition to SameSite=Lax cookies).
  app.use((req, res, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
    const origin = originOf(req);
    if (!origin || !allowedOrigins(req).has(origin)) {
      log("warn", "origin refused", { requestId: res.locals.requestId, method: req.method, path: req.path, origin });
      res.status(403).type("html").send(FORBIDDEN_PAGE(res.locals.requestId));
      return;
    }
    next();
  });

  app.use(compression());
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));

  const serverBuild = build ?? (await import(pathToFileURL(buildPath).href));
  app.all(
    "*",
    createRequestHandler({
      build: serverBuild,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({
        nonce: res.locals.nonce,
        requestId: res.locals.requestId,
        clientIp: req.ip ?? req.socket.remoteAddress ?? "onbekend",
      }),
    }),
  );
  return { app, serverBuild };
}

export async function startServer() {
  const { app, serverBuild } = await createApp();
  const entry = serverBuild.entry.module;
  await entry.boot?.();
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || undefined;
  const server = app.listen(port, host, () => {
    log("info", "Afspraak luistert", { url: `http://localhost:${port}`, pid: process.pid });
    entry.startBackground?.();
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log("info", "stoppen", { signal });
    const hard = setTimeout(() => process.exit(1), 10_000);
    hard.unref();
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
