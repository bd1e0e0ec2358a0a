// Prometheus metrics at the host (app/http/server.mjs): request rate and latency per Remix route, and the
// /metrics endpoint itself. Plain JavaScript because the host runs without a compiler. The app's own series
// (commitments, deadlines, sweeps, outbox, replication; app/platform/metrics/metrics.server.ts) register in
// the same prom-client registry: prom-client is a node_modules package, loaded once per process.
//
// Protection: with AFSPRAAK_METRICS_TOKEN set, /metrics on the main port needs `Authorization: Bearer <token>`;
// with AFSPRAAK_METRICS_PORT set, a separate listener (on AFSPRAAK_METRICS_HOST, default 127.0.0.1) serves
// /metrics without a token and the main port does not serve it at all. Neither set: /metrics is a 404.
import http from "node:http";
import crypto from "node:crypto";
import client from "prom-client";

export const register = client.register;

/** Node's process series (event-loop lag, heap, GC, CPU) once per process. */
export function verzamelStandaard() {
  if (register.getSingleMetric("nodejs_eventloop_lag_seconds")) return;
  client.collectDefaultMetrics({ register, eventLoopMonitoringPrecision: 20 });
}

function metriek(naam, maak) {
  return register.getSingleMetric(naam) ?? maak();
}

const verzoeken = () =>
  metriek(
    "afspraak_http_verzoeken_totaal",
    () => new client.Counter({ name: "afspraak_http_verzoeken_totaal", help: "HTTP requests per route, method and status class", labelNames: ["route", "methode", "status"] }),
  );
const duur = () =>
  metriek(
    "afspraak_http_duur_seconden",
    () =>
      new client.Histogram({
        name: "afspraak_http_duur_seconden",
        help: "HTTP request duration per route and method (seconds)",
        labelNames: ["route", "methode"],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      }),
  );

function patroon(pad) {
  const delen = pad.split("/").filter(Boolean);
  let statisch = 0;
  const re = delen
    .map((d) => {
      if (d === "*") return "(?:/.*)?";
      if (d.startsWith(":")) return d.endsWith("?") ? "(?:/[^/]+)?" : "/[^/]+";
      statisch += 1;
      return "/" + d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { re: new RegExp(`^${re}/?$`), statisch, dynamisch: delen.length - statisch, splat: delen.includes("*") };
}

/** A function from a URL path to the Remix route id that serves it (bounded label set), or "onbekend". */
export function routeHerkenner(routes = {}) {
  const lijst = Object.values(routes);
  const byId = new Map(lijst.map((r) => [r.id, r]));
  const volledig = (r) => {
    const delen = [];
    for (let x = r; x; x = x.parentId ? byId.get(x.parentId) : undefined) if (x.path) delen.unshift(x.path);
    return "/" + delen.join("/");
  };
  // Most specific first: no splat, more static segments, fewer parameters, an index route before its layout.
  const kandidaten = lijst
    .filter((r) => r.id !== "root" && (r.index || r.path !== undefined))
    .map((r) => ({ id: r.id, index: !!r.index, ...patroon(volledig(r)) }))
    .sort((a, b) => Number(a.splat) - Number(b.splat) || b.statisch - a.statisch || a.dynamisch - b.dynamisch || Number(b.index) - Number(a.index));
  return (pad) => {
    const p = pad.replace(/\.data$/, "") || "/";
    return kandidaten.find((k) => k.re.test(p))?.id ?? "onbekend";
  };
}

/** Express middleware that times every request and counts it per route, method and status class. */
export function httpMetrics(herken) {
  const teller = verzoeken();
  const histogram = duur();
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      const route = req.path.startsWith("/build/") ? "statisch" : req.path === "/metrics" ? "metrics" : herken(req.path);
      const methode = ["GET", "POST", "HEAD"].includes(req.method) ? req.method : "ander";
      teller.inc({ route, methode, status: `${Math.floor(res.statusCode / 100)}xx` });
      histogram.observe({ route, methode }, Number(process.hrtime.bigint() - start) / 1e9);
    });
    next();
  };
}

/** Counts a request answered outside Express (the host's fast path of /healthz) in the same series. */
export function telVerzoek(route, method, status, start) {
  const methode = ["GET", "POST", "HEAD"].includes(method) ? method : "ander";
  verzoeken().inc({ route, methode, status: `${Math.floor(status / 100)}xx` });
  duur().observe({ route, methode }, Number(process.hrtime.bigint() - start) / 1e9);
}

function tokenKlopt(kop, token) {
  const m = /^Bearer\s+(.+)$/i.exec(kop ?? "");
  if (!m) return false;
  const a = crypto.createHash("sha256").update(m[1].trim()).digest();
  const b = crypto.createHash("sha256").update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

async function schrijfMetrics(res) {
  const tekst = await register.metrics();
  res.statusCode = 200;
  res.setHeader("Content-Type", register.contentType);
  res.setHeader("Cache-Control", "no-store");
  res.end(tekst);
}

/** Express handler for /metrics on the main port: 404 unless a token is configured, 401 without the token. */
export function metricsEndpoint() {
  return async (req, res) => {
    const token = process.env.AFSPRAAK_METRICS_TOKEN;
    if (!token || process.env.AFSPRAAK_METRICS_PORT) return res.status(404).type("text").set("Cache-Control", "no-store").send("Niet gevonden");
    if (!tokenKlopt(req.get("authorization"), token)) {
      return res.status(401).set("WWW-Authenticate", 'Bearer realm="metrics"').set("Cache-Control", "no-store").type("text").send("Token ontbreekt of klopt niet");
    }
    await schrijfMetrics(res);
  };
}

/** The separate metrics listener (AFSPRAAK_METRICS_PORT), or null when not configured. */
export function startMetricsPoort({ log } = {}) {
  const poort = process.env.AFSPRAAK_METRICS_PORT;
  if (!poort) return null;
  const host = process.env.AFSPRAAK_METRICS_HOST || "127.0.0.1";
  const server = http.createServer((req, res) => {
    if (req.method === "GET" && (req.url === "/metrics" || req.url?.startsWith("/metrics?"))) {
      schrijfMetrics(res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
      return;
    }
    res.statusCode = 404;
    res.end("Niet gevonden");
  });
  server.listen(Number(poort), host, () => log?.("info", "metrics luistert", { url: `http://${host}:${poort}/metrics` }));
  server.unref();
  return server;
}
