// While the app boots (migrations, seeding, starting replication) or stops, the host already answers: liveness
// (/healthz), readiness (/readyz, then 503) and /metrics pass, every other request gets a short Dutch 503 page
// with Retry-After. So a load balancer or Kubernetes sees "alive, not ready" instead of a refused connection,
// and no user request reaches a database that is still being migrated. Plain JavaScript: the host
// (app/http/server.mjs) runs without a compiler. The flag is set by app/platform/opslag/gereedheid.server.ts.
const KEY = Symbol.for("afspraak.gereed");

/** False while booting or stopping; true when ready; undefined in a process without a boot lifecycle. */
export function gereedMarkering() {
  return globalThis[KEY];
}

export function zetGereedMarkering(gereed) {
  globalThis[KEY] = gereed;
}

const DOOR = new Set(["/healthz", "/readyz", "/metrics"]);

/** Express middleware: 503 for everything but the probes while the app is not (yet) ready. */
export function opstartPoort() {
  return (req, res, next) => {
    if (
      globalThis[KEY] !== false ||
      DOOR.has(req.path) ||
      req.path.startsWith("/build/")
    )
      return next();
    res.status(503).set("Cache-Control", "no-store").set("Retry-After", "5");
    const en = /(?:^|;\s*)taal=en(?:;|$)/.test(req.headers?.cookie ?? "");
    const [taal, titel, tekst] = en
      ? [
          "en",
          "Afspraak is starting",
          "Afspraak is being updated or restarted. Please try again in a few seconds.",
        ]
      : [
          "nl",
          "Afspraak start op",
          "Afspraak wordt bijgewerkt of opnieuw gestart. Probeer het over een paar seconden opnieuw.",
        ];
    res
      .type("html")
      .send(
        `<!doctype html><html lang="${taal}"><head><meta charset="utf-8"><title>${titel}</title></head>` +
          `<body><main><h1>${titel}</h1><p>${tekst}</p></main></body></html>`
      );
  };
}
