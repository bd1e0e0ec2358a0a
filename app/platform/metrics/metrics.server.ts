/**
 * The app's Prometheus series (served at /metrics by the host, app/platform/metrics/http.mjs, which adds the
 * request rate and latency per route and Node's event-loop lag):
 *
 *   afspraak_afspraken_open{soort,status}        open commitments per kind and machine state
 *   afspraak_afspraken_termijn{termijn_status}   open commitments on time / nearly due / overdue
 *   afspraak_termijnen_verlopen                  running deadlines whose due moment has passed
 *   afspraak_taak_duur_seconden{taak}            duration of background ticks (the deadline sweep is `termijnen`)
 *   afspraak_taak_fouten_totaal{taak}            failed background ticks
 *   afspraak_outbox{status}                      e-mails waiting / given up (backlog and failures)
 *   afspraak_outbox_oudste_wachtend_seconden     age of the oldest waiting e-mail
 *   afspraak_outbox_mislukte_pogingen            waiting e-mails whose last delivery attempt failed (retrying)
 *   afspraak_replicatie_*                        replication state (app/platform/replicatie)
 *   afspraak_schijf_vrij_bytes                   free space next to the database
 *
 * Database counts are read at most every 15 s (a scrape never adds load to a busy server); every query reads
 * an index made for it (afspraken_soort_status, afspraken_open_termijnstatus, termijnen_lopend, outbox_wachtend).
 */
import client from "prom-client";
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import { replicatieStatus } from "../replicatie/supervisor.server";
import { vrijeBytes } from "../opslag/schijf.mjs";

const register = client.register;

type Telling = {
  open: { soort: string; status: string; n: number }[];
  termijn: { termijn_status: string | null; n: number }[];
  verlopen: number;
  outbox: { status: string; n: number }[];
  oudsteWachtend: number | null;
  metFout: number;
};

let cache: { op: number; t: Telling } | null = null;
const CACHE_MS = 15_000;

function tel(): Telling {
  if (cache && Date.now() - cache.op < CACHE_MS) return cache.t;
  const { sqlite } = getDatabase();
  const nu = now();
  const t: Telling = {
    open: sqlite.prepare("SELECT soort, status, count(*) AS n FROM afspraken WHERE open = 1 GROUP BY soort, status").all() as Telling["open"],
    termijn: sqlite
      .prepare("SELECT termijn_status, count(*) AS n FROM afspraken WHERE open = 1 GROUP BY termijn_status")
      .all() as Telling["termijn"],
    verlopen: (sqlite.prepare("SELECT count(*) AS n FROM termijnen WHERE status = 'lopend' AND termijn_op <= ?").get(nu) as { n: number }).n,
    outbox: sqlite.prepare("SELECT status, count(*) AS n FROM outbox WHERE status <> 'verzonden' GROUP BY status").all() as Telling["outbox"],
    oudsteWachtend: (sqlite.prepare("SELECT min(aangemaakt_op) AS op FROM outbox WHERE status = 'wachtend'").get() as { op: number | null }).op,
    metFout: (sqlite.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'wachtend' AND laatste_fout IS NOT NULL").get() as { n: number }).n,
  };
  cache = { op: Date.now(), t };
  return t;
}

/** Forgets the cached counts (tests). */
export function vergeetTellingen(): void {
  cache = null;
}

function metriek<T extends client.Metric>(naam: string, maak: () => T): T {
  return (register.getSingleMetric(naam) as T | undefined) ?? maak();
}

function gauge(naam: string, help: string, labelNames: string[], collect: (g: client.Gauge) => void): void {
  metriek(
    naam,
    () =>
      new client.Gauge({
        name: naam,
        help,
        labelNames,
        collect() {
          try {
            collect(this);
          } catch {
            /* the database is closing or unreadable: the series is left out of this scrape */
          }
        },
      }),
  );
}

export function taakDuur(): client.Histogram {
  return metriek(
    "afspraak_taak_duur_seconden",
    () =>
      new client.Histogram({
        name: "afspraak_taak_duur_seconden",
        help: "Duration of a background tick (the deadline sweep is taak=termijnen), seconds",
        labelNames: ["taak"],
        buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      }),
  );
}

export function taakFouten(): client.Counter {
  return metriek(
    "afspraak_taak_fouten_totaal",
    () => new client.Counter({ name: "afspraak_taak_fouten_totaal", help: "Failed background ticks", labelNames: ["taak"] }),
  );
}

/** Runs a background tick and records its duration and failure. */
export async function gemeten(taak: string, run: () => void | Promise<void>): Promise<void> {
  const stop = taakDuur().startTimer({ taak });
  try {
    await run();
  } catch (err) {
    taakFouten().inc({ taak });
    throw err;
  } finally {
    stop();
  }
}

/** Registers the app's series in prom-client's registry (idempotent). */
export function registreerMetrics(): void {
  taakDuur();
  taakFouten();
  gauge("afspraak_afspraken_open", "Open commitments per kind and state", ["soort", "status"], (g) => {
    g.reset();
    for (const r of tel().open) g.set({ soort: r.soort, status: r.status }, r.n);
  });
  gauge("afspraak_afspraken_termijn", "Open commitments by deadline state (op_tijd, bijna, te_laat, geen)", ["termijn_status"], (g) => {
    g.reset();
    for (const r of tel().termijn) g.set({ termijn_status: r.termijn_status ?? "geen" }, r.n);
  });
  gauge("afspraak_termijnen_verlopen", "Running deadlines whose due moment has passed", [], (g) => g.set(tel().verlopen));
  gauge("afspraak_outbox", "E-mails in the outbox by status (wachtend = backlog, opgegeven = failed for good)", ["status"], (g) => {
    g.reset();
    g.set({ status: "wachtend" }, 0);
    g.set({ status: "opgegeven" }, 0);
    for (const r of tel().outbox) g.set({ status: r.status }, r.n);
  });
  gauge("afspraak_outbox_oudste_wachtend_seconden", "Age of the oldest waiting e-mail (0 when none)", [], (g) => {
    const op = tel().oudsteWachtend;
    g.set(op === null ? 0 : Math.max(0, (now() - op) / 1000));
  });
  gauge("afspraak_outbox_mislukte_pogingen", "Waiting e-mails whose last delivery attempt failed (will be retried)", [], (g) => g.set(tel().metFout));
  gauge("afspraak_replicatie_aan", "1 when continuous replication is configured", [], (g) => g.set(replicatieStatus().aan ? 1 : 0));
  gauge("afspraak_replicatie_actief", "1 while Litestream runs", [], (g) => g.set(replicatieStatus().actief ? 1 : 0));
  gauge("afspraak_replicatie_vertraging_seconden", "Seconds the replica has been behind the local database", [], (g) =>
    g.set(replicatieStatus().vertragingS),
  );
  gauge("afspraak_replicatie_fouten", "Replication errors since start", [], (g) => g.set(replicatieStatus().fouten));
  gauge("afspraak_replicatie_bijlagen_achter", "Attachments not yet copied to the replica", [], (g) => g.set(replicatieStatus().bijlagen.achter));
  gauge("afspraak_schijf_vrij_bytes", "Free bytes on the data directory's file system", [], (g) => {
    const v = vrijeBytes();
    if (Number.isFinite(v)) g.set(v);
  });
}
