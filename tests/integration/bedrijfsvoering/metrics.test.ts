/**
 * /metrics, /healthz and /readyz through the real HTTP host (app/http/server.mjs) over a socket, with the app
 * booted as the server boots it (app/boot/lifecycle.server.ts: migrations, seed, metrics, a real Litestream
 * replicating to a directory). The scrape must carry every series issue 18 names, with values that match the
 * database; readiness must be false while booting and while another process holds the write lock, liveness
 * stays true; the metrics port variant serves without a token and the main port then does not serve at all.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDatabase, setDatabase } from "../../../db/client";
import { startTestServer, type TestServer } from "../vijandig/app";
import { ROOT } from "./helpers";

const map = mkdtempSync(path.join(os.tmpdir(), "afspraak-metrics-"));
const TOKEN = "metrics-token-voor-de-test-0123456789";
const BASIS_ENV = { ...process.env };

let s: TestServer;
let booten: Promise<void>;
const tijdensBoot: { pad: string; status: number; tekst: string }[] = [];

type Lifecycle = typeof import("../../../app/boot/lifecycle.server");
let lifecycle: Lifecycle;

beforeAll(async () => {
  // A new, empty database: boot migrates and seeds it, as on a municipality's first start.
  closeDatabase();
  setDatabase(undefined);
  Object.assign(process.env, {
    AFSPRAAK_DB: path.join(map, "data", "afspraak.db"),
    AFSPRAAK_BIJLAGEN: path.join(map, "data", "bijlagen"),
    AFSPRAAK_REPLICA: path.join(map, "replica"),
    AFSPRAAK_REPLICA_INTERVAL: "1s",
    AFSPRAAK_METRICS_TOKEN: TOKEN,
    AFSPRAAK_LOG: "stil",
  });
  delete process.env.AFSPRAAK_METRICS_PORT;
  s = await startTestServer();
  const http = (await import(
    pathToFileURL(path.join(ROOT, "app/platform/metrics/http.mjs")).href
  )) as { verzamelStandaard(): void };
  http.verzamelStandaard();
  lifecycle = await import("../../../app/boot/lifecycle.server");
  const { zetGereedMarkering } = await import(
    "../../../app/platform/opslag/opstart.mjs"
  );
  // As startServer does: not ready from before the first request until boot is done.
  zetGereedMarkering(false);
  let klaar = false;
  const probeer = async () => {
    const r = await Promise.all(
      ["/readyz", "/healthz", "/inloggen", "/inloggen?taal=en"].map(
        async (pad) => {
          // The last one as a user who chose English (the `taal` cookie).
          const res = await fetch(
            s.url + pad,
            pad.endsWith("taal=en")
              ? { headers: { Cookie: "taal=en" } }
              : undefined
          );
          return { pad, status: res.status, tekst: await res.text(), klaar };
        }
      )
    );
    for (const x of r) if (!x.klaar) tijdensBoot.push(x);
  };
  // Listening, not yet booted (startServer's order), then probing while boot runs: the seed hashes passwords
  // and Litestream starts, so the event loop turns meanwhile.
  await probeer();
  booten = lifecycle.boot().then(() => {
    klaar = true;
  });
  while (!klaar) {
    await probeer();
    await new Promise((r) => setTimeout(r, 5));
  }
  await booten;

  // Work to count: callback promises through the feature call, a week later overdue and swept.
  const { setNow, advance } = await import("../../../app/platform/clock");
  const { parseTijdstip } = await import("../../../app/domain/kalender/tijd");
  const { maakTerugbelafspraak } = await import(
    "../../../app/features/terugbellen/terugbel.server"
  );
  const { gebruiker } = await import("../afspraken/helpers");
  setNow(parseTijdstip("2026-11-23T10:00"));
  for (let i = 0; i < 3; i++) {
    const r = maakTerugbelafspraak(
      {
        naam: `Inwoner ${i}`,
        telefoon: "06-12345678",
        vraag: "Paspoort",
        kanaal: "telefoon",
        toewijzing: "ik",
        norm: "TERUGBELLEN",
      },
      gebruiker("fatima@voorbeeld.nl"),
      null
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  advance(7 * 24 * 3_600_000);
  maakTerugbelafspraak(
    {
      naam: "Inwoner later",
      telefoon: "06-12345678",
      vraag: "Rijbewijs",
      kanaal: "telefoon",
      toewijzing: "ik",
      norm: "TERUGBELLEN",
    },
    gebruiker("fatima@voorbeeld.nl"),
    null
  );
}, 90_000);

afterAll(async () => {
  await s?.stop();
  await lifecycle?.shutdown();
  for (const k of Object.keys(process.env))
    if (!(k in BASIS_ENV)) delete process.env[k];
  Object.assign(process.env, BASIS_ENV);
  rmSync(map, { recursive: true, force: true });
});

interface Monster {
  naam: string;
  labels: Record<string, string>;
  waarde: number;
}

/** Parses the Prometheus text format (0.0.4) into samples. */
function parse(tekst: string): Monster[] {
  const uit: Monster[] = [];
  for (const regel of tekst.split("\n")) {
    if (!regel || regel.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(regel);
    if (!m) throw new Error(`Geen Prometheus-regel: ${regel}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? "").matchAll(
      /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g
    ))
      labels[l[1]!] = l[2]!;
    uit.push({ naam: m[1]!, labels, waarde: Number(m[3]) });
  }
  return uit;
}

function waarde(
  ms: Monster[],
  naam: string,
  labels: Record<string, string> = {}
): number | undefined {
  return ms.find(
    (m) =>
      m.naam === naam &&
      Object.entries(labels).every(([k, v]) => m.labels[k] === v)
  )?.waarde;
}

async function scrape(): Promise<Monster[]> {
  const { vergeetTellingen } = await import(
    "../../../app/platform/metrics/metrics.server"
  );
  vergeetTellingen();
  const res = await fetch(`${s.url}/metrics`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(
    /^text\/plain; version=0\.0\.4/
  );
  expect(res.headers.get("cache-control")).toBe("no-store");
  return parse(await res.text());
}

describe("gereedheid en leven", () => {
  it("tijdens het opstarten: /healthz leeft, /readyz en gewone pagina's 503; daarna gereed", async () => {
    expect(
      tijdensBoot.length,
      "geen enkel verzoek beantwoord tijdens het opstarten"
    ).toBeGreaterThan(0);
    for (const r of tijdensBoot.filter((x) => x.pad === "/healthz"))
      expect(r.status).toBe(200);
    for (const r of tijdensBoot.filter((x) => x.pad === "/readyz")) {
      expect(r.status).toBe(503);
      expect(JSON.parse(r.tekst).redenen.join(" ")).toMatch(/opstarten/);
    }
    for (const r of tijdensBoot.filter((x) => x.pad === "/inloggen")) {
      expect(r.status).toBe(503);
      expect(r.tekst).toContain("Afspraak start op");
    }
    for (const r of tijdensBoot.filter((x) => x.pad === "/inloggen?taal=en")) {
      expect(r.status).toBe(503);
      expect(r.tekst).toContain('<html lang="en">');
      expect(r.tekst).toContain("Afspraak is starting");
    }
    const gereed = await fetch(`${s.url}/readyz`);
    expect(gereed.status).toBe(200);
    expect(await gereed.json()).toEqual({ status: "gereed", redenen: [] });
    expect((await fetch(`${s.url}/inloggen`)).status).toBe(200);
  });

  it("niet gereed zolang een ander proces de schrijfvergrendeling vasthoudt; leven blijft ok", async () => {
    const ander = new Database(getDatabase().path);
    try {
      ander.exec("BEGIN IMMEDIATE");
      const r = await fetch(`${s.url}/readyz`);
      expect(r.status).toBe(503);
      const body = (await r.json()) as { status: string; redenen: string[] };
      expect(body.status).toBe("niet-gereed");
      expect(body.redenen.join(" ")).toMatch(/niet schrijfbaar/);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      ander.exec("ROLLBACK");
      expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    } finally {
      ander.close();
    }
  });
});

describe("/metrics", () => {
  it("zonder of met een verkeerd token: 401, en geen cijfers", async () => {
    const zonder = await fetch(`${s.url}/metrics`);
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get("www-authenticate")).toMatch(/Bearer/);
    expect(await zonder.text()).not.toContain("afspraak_");
    const fout = await fetch(`${s.url}/metrics`, {
      headers: { Authorization: "Bearer iets-anders" },
    });
    expect(fout.status).toBe(401);
  });

  it("toont per route aantal en duur, open afspraken per status, termijnen, sweep, outbox, replicatie en event-loop", async () => {
    const { sqlite } = getDatabase();
    const voor = await scrape();
    const route = "routes/inloggen";
    const n0 =
      waarde(voor, "afspraak_http_verzoeken_totaal", {
        route,
        methode: "GET",
        status: "2xx",
      }) ?? 0;
    for (let i = 0; i < 7; i++)
      expect((await fetch(`${s.url}/inloggen`)).status).toBe(200);
    expect(
      (
        await fetch(`${s.url}/bestaat-niet-${Date.now()}`, {
          redirect: "manual",
        })
      ).status
    ).toBe(302);
    // A request is counted on the response's "finish", which can come a tick after the client has the body.
    await new Promise((r) => setTimeout(r, 50));

    // A sweep through the server's own job list (the wrapper that measures it), and one e-mail that fails.
    const { achtergrondTaken } = await import(
      "../../../app/boot/background.server"
    );
    const termijnen = achtergrondTaken().find((j) => j.naam === "termijnen")!;
    await termijnen.run();
    const { zetMailKlaar, bezorgOutbox } = await import(
      "../../../app/platform/engine/outbox.server"
    );
    const { now } = await import("../../../app/platform/clock");
    zetMailKlaar(sqlite, {
      aan: "els@voorbeeld.nl",
      onderwerp: "Test",
      tekst: "Test",
      urgent: true,
      op: now() - 60_000,
    });
    await bezorgOutbox({
      verzender: { sendMail: () => Promise.reject(new Error("smtp weigert")) },
    });

    // Replication catches up within a few seconds (sync interval 1 s).
    let ms = await scrape();
    for (
      let i = 0;
      i < 40 &&
      (waarde(ms, "afspraak_replicatie_vertraging_seconden") ?? 99) > 2;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 250));
      ms = await scrape();
    }

    // Request rate and latency per route.
    expect(
      waarde(ms, "afspraak_http_verzoeken_totaal", {
        route,
        methode: "GET",
        status: "2xx",
      })
    ).toBeGreaterThanOrEqual(n0 + 7);
    expect(
      waarde(ms, "afspraak_http_verzoeken_totaal", {
        route: "routes/$",
        methode: "GET",
        status: "3xx",
      })
    ).toBeGreaterThanOrEqual(1);
    const telling = waarde(ms, "afspraak_http_duur_seconden_count", {
      route,
      methode: "GET",
    })!;
    const som = waarde(ms, "afspraak_http_duur_seconden_sum", {
      route,
      methode: "GET",
    })!;
    expect(telling).toBeGreaterThanOrEqual(7);
    expect(som / telling).toBeGreaterThan(0);
    expect(som / telling).toBeLessThan(5);
    expect(
      waarde(ms, "afspraak_http_duur_seconden_bucket", {
        route,
        methode: "GET",
        le: "+Inf",
      })
    ).toBe(telling);
    // Route labels stay a bounded set: Remix route ids, never raw paths.
    for (const m of ms.filter(
      (x) => x.naam === "afspraak_http_verzoeken_totaal"
    ))
      expect(m.labels.route).toMatch(
        /^(routes\/|statisch$|metrics$|onbekend$|root$)/
      );

    // Open commitments per kind and state, equal to the database.
    const open = sqlite
      .prepare(
        "SELECT soort, status, count(*) AS n FROM afspraken WHERE open = 1 GROUP BY soort, status"
      )
      .all() as { soort: string; status: string; n: number }[];
    expect(open.length).toBeGreaterThan(0);
    for (const r of open)
      expect(
        waarde(ms, "afspraak_afspraken_open", {
          soort: r.soort,
          status: r.status,
        }),
        `${r.soort}/${r.status}`
      ).toBe(r.n);
    const totaal = open.reduce((a, r) => a + r.n, 0);
    expect(totaal).toBeGreaterThanOrEqual(4);
    const perTermijn = ms.filter(
      (m) => m.naam === "afspraak_afspraken_termijn"
    );
    expect(perTermijn.reduce((a, m) => a + m.waarde, 0)).toBe(totaal);
    const teLaat = (
      sqlite
        .prepare(
          "SELECT count(*) AS n FROM afspraken WHERE open = 1 AND termijn_status = 'te_laat'"
        )
        .get() as { n: number }
    ).n;
    expect(teLaat).toBeGreaterThanOrEqual(3);
    expect(
      waarde(ms, "afspraak_afspraken_termijn", { termijn_status: "te_laat" })
    ).toBe(teLaat);
    const verlopen = (
      sqlite
        .prepare(
          "SELECT count(*) AS n FROM termijnen WHERE status = 'lopend' AND termijn_op <= ?"
        )
        .get(now()) as { n: number }
    ).n;
    expect(waarde(ms, "afspraak_termijnen_verlopen")).toBe(verlopen);

    // Sweep duration.
    expect(
      waarde(ms, "afspraak_taak_duur_seconden_count", { taak: "termijnen" })
    ).toBeGreaterThanOrEqual(1);
    expect(
      waarde(ms, "afspraak_taak_duur_seconden_sum", { taak: "termijnen" })
    ).toBeGreaterThan(0);

    // Outbox backlog and failures.
    const wachtend = (
      sqlite
        .prepare("SELECT count(*) AS n FROM outbox WHERE status = 'wachtend'")
        .get() as { n: number }
    ).n;
    expect(wachtend).toBeGreaterThanOrEqual(1);
    expect(waarde(ms, "afspraak_outbox", { status: "wachtend" })).toBe(
      wachtend
    );
    expect(waarde(ms, "afspraak_outbox", { status: "opgegeven" })).toBe(0);
    expect(
      waarde(ms, "afspraak_outbox_mislukte_pogingen")
    ).toBeGreaterThanOrEqual(1);
    expect(
      waarde(ms, "afspraak_outbox_oudste_wachtend_seconden")
    ).toBeGreaterThanOrEqual(60);

    // Replication: on, running, caught up; disk space known.
    expect(waarde(ms, "afspraak_replicatie_aan")).toBe(1);
    expect(waarde(ms, "afspraak_replicatie_actief")).toBe(1);
    expect(
      waarde(ms, "afspraak_replicatie_vertraging_seconden")
    ).toBeLessThanOrEqual(2);
    expect(waarde(ms, "afspraak_replicatie_fouten")).toBe(0);
    expect(waarde(ms, "afspraak_schijf_vrij_bytes")).toBeGreaterThan(0);

    // Event-loop lag (prom-client's default series).
    const lag = waarde(ms, "nodejs_eventloop_lag_seconds");
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(1);
    expect(waarde(ms, "nodejs_eventloop_lag_p99_seconds")).toBeGreaterThan(0);
  }, 30_000);

  it("op een eigen poort zonder token; de hoofdpoort biedt /metrics dan niet aan", async () => {
    const http = (await import(
      pathToFileURL(path.join(ROOT, "app/platform/metrics/http.mjs")).href
    )) as {
      startMetricsPoort(o?: object): import("node:http").Server | null;
    };
    process.env.AFSPRAAK_METRICS_PORT = "0";
    const srv = http.startMetricsPoort()!;
    try {
      await new Promise((r) =>
        srv.listening ? r(null) : srv.once("listening", r)
      );
      const { port, address } = srv.address() as AddressInfo;
      expect(address).toBe("127.0.0.1");
      const r = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(r.status).toBe(200);
      expect(
        parse(await r.text()).some((m) => m.naam === "afspraak_afspraken_open")
      ).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/iets`)).status).toBe(404);
      const hoofd = await fetch(`${s.url}/metrics`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      expect(hoofd.status).toBe(404);
    } finally {
      delete process.env.AFSPRAAK_METRICS_PORT;
      srv.close();
    }
  });
});
