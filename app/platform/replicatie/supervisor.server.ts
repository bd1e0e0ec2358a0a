/**
 * Continuous replication: Afspraak starts Litestream (`litestream replicate`) next to itself when
 * AFSPRAAK_REPLICA is set, restarts it when it stops (1 s, 2 s, 4 s … at most 60 s apart), copies new
 * attachments alongside, and keeps the state Beheer shows (/beheer/replicatie) and /metrics exports:
 * the last replicated position, how long the replica has been behind the local database, the last error.
 *
 * Position and lag: Litestream logs every WAL segment it wrote to the replica (position and size) and its own
 * metrics endpoint (bound to 127.0.0.1 on a free port) counts the WAL bytes it took from the database
 * (litestream_total_wal_bytes). The replica is in step when the bytes shipped since this Litestream started
 * reach the bytes taken; the lag is the time since it was last in step, i.e. how much recent work a lost disk
 * would cost right now.
 *
 * A Litestream left over from a server that was killed (kill -9, power) is found through the pid file in the
 * data directory and stopped before a new one starts: two replicators on one database would fight.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { getDatabase } from "../../../db/client";
import { log } from "../web/log.server";
import { binaryAanwezig, litestreamYaml, replicatieConfig, type ReplicatieConfig } from "./config.server";
import { bronBijlagenMap, kopieerBijlage, synchroniseerBijlagen } from "./bijlagen.server";

export interface ReplicatieStatus {
  aan: boolean;
  /** Where to (no credentials). */
  doel: string | null;
  soort: string | null;
  /** Litestream runs right now. */
  actief: boolean;
  pid: number | null;
  gestartOp: number | null;
  herstarts: number;
  /** generation/index:offset of the last WAL segment or snapshot written to the replica. */
  laatstePositie: string | null;
  laatstePositieOp: number | null;
  /** The replica holds everything the local database holds. */
  bij: boolean;
  laatstBijOp: number | null;
  /** Seconds the replica has been behind (0 when in step). */
  vertragingS: number;
  maxVertragingS: number;
  /** WAL bytes Litestream took from the database but has not yet written to the replica (null when unknown). */
  achterBytes: number | null;
  laatsteFout: { op: number; tekst: string } | null;
  fouten: number;
  bijlagen: { map: string | null; gerepliceerd: number; achter: number; laatsteSyncOp: number | null };
}

const KEY = Symbol.for("afspraak.replicatie");
type Toestand = {
  cfg: ReplicatieConfig;
  dbPad: string;
  dataMap: string;
  kind: ChildProcess | null;
  metricsAdres: string | null;
  stoppen: boolean;
  timers: NodeJS.Timeout[];
  backoffMs: number;
  /** WAL bytes written to the replica by the current Litestream process. */
  verzonden: number;
  achterSinds: number | null;
  gewaarschuwd: boolean;
  bekendeBijlagen: Map<string, number>;
  watcher: FSWatcher | null;
  status: ReplicatieStatus;
};
type G = typeof globalThis & { [KEY]?: Toestand };

function leeg(): ReplicatieStatus {
  return {
    aan: false,
    doel: null,
    soort: null,
    actief: false,
    pid: null,
    gestartOp: null,
    herstarts: 0,
    laatstePositie: null,
    laatstePositieOp: null,
    bij: false,
    laatstBijOp: null,
    vertragingS: 0,
    maxVertragingS: 0,
    achterBytes: null,
    laatsteFout: null,
    fouten: 0,
    bijlagen: { map: null, gerepliceerd: 0, achter: 0, laatsteSyncOp: null },
  };
}

/** The current state (a copy); `aan: false` when replication is not configured in this process. */
export function replicatieStatus(): ReplicatieStatus {
  const t = (globalThis as G)[KEY];
  if (!t) return leeg();
  return structuredClone(t.status);
}

function fout(t: Toestand, tekst: string): void {
  t.status.laatsteFout = { op: Date.now(), tekst: tekst.slice(0, 500) };
  t.status.fouten += 1;
}

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const adres = s.address();
      const poort = typeof adres === "object" && adres ? adres.port : 0;
      s.close(() => resolve(poort));
    });
  });
}

function pidBestand(t: Toestand): string {
  return path.join(t.dataMap, "litestream.pid");
}

/** Stops a Litestream a killed predecessor left running on this data directory. */
function ruimVorigeOp(t: Toestand): void {
  const bestand = pidBestand(t);
  if (!existsSync(bestand)) return;
  const pid = Number(readFileSync(bestand, "utf8").trim());
  rmSync(bestand, { force: true });
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) return;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmd.includes("litestream") || !cmd.includes(path.join(t.dataMap, "litestream.yml"))) return;
    process.kill(pid, "SIGTERM");
    log("warn", "achtergebleven Litestream gestopt", { pid });
  } catch {
    /* not running any more */
  }
}

/** One line of Litestream's log (slog text format: time=… level=… msg="…" key=value …). */
function verwerkRegel(t: Toestand, regel: string): void {
  const level = /level=(\w+)/.exec(regel)?.[1] ?? "INFO";
  const msg = /msg="([^"]*)"|msg=(\S+)/.exec(regel);
  const tekst = msg?.[1] ?? msg?.[2] ?? regel;
  const positie = /position=(\S+)/.exec(regel)?.[1];
  if (positie && (tekst === "wal segment written" || tekst === "snapshot written")) {
    t.status.laatstePositie = positie;
    t.status.laatstePositieOp = Date.now();
    if (tekst === "wal segment written") t.verzonden += Number(/\bsz=(\d+)/.exec(regel)?.[1] ?? 0);
  }
  if (level === "ERROR") {
    const err = /error="([^"]*)"|error=(\S+)/.exec(regel);
    fout(t, `${tekst}${err ? `: ${err[1] ?? err[2]}` : ""}`);
    log("error", "Litestream meldt een fout", { melding: t.status.laatsteFout?.tekst });
  } else if (level === "WARN") {
    log("warn", "Litestream", { melding: tekst });
  }
}

function start(t: Toestand): void {
  if (t.stoppen) return;
  const cfgPad = path.join(t.dataMap, "litestream.yml");
  writeFileSync(cfgPad, litestreamYaml(t.dbPad, t.cfg, t.metricsAdres), { mode: 0o600 });
  const kind = spawn(t.cfg.binary, ["replicate", "-config", cfgPad], { stdio: ["ignore", "pipe", "pipe"], env: process.env });
  t.kind = kind;
  t.verzonden = 0;
  t.status.gestartOp = Date.now();
  if (kind.pid) {
    t.status.pid = kind.pid;
    t.status.actief = true;
    writeFileSync(pidBestand(t), String(kind.pid), { mode: 0o600 });
  }
  for (const s of [kind.stdout, kind.stderr]) if (s) createInterface({ input: s }).on("line", (r) => verwerkRegel(t, r));
  kind.once("error", (err) => fout(t, `Litestream start niet: ${err.message}`));
  kind.once("exit", (code, signal) => {
    t.kind = null;
    t.status.actief = false;
    t.status.pid = null;
    if (t.stoppen) return;
    fout(t, `Litestream stopte onverwacht (${signal ?? `code ${code}`}); opnieuw over ${Math.round(t.backoffMs / 1000)} s`);
    log("error", "Litestream gestopt, wordt herstart", { code, signal, overMs: t.backoffMs });
    const timer = setTimeout(() => {
      t.status.herstarts += 1;
      start(t);
    }, t.backoffMs);
    timer.unref();
    t.timers.push(timer);
    t.backoffMs = Math.min(t.backoffMs * 2, 60_000);
  });
}

function waarde(tekst: string, naam: string): number | null {
  const m = new RegExp(`^${naam}\\{[^}]*\\} (\\S+)$`, "m").exec(tekst);
  return m ? Number(m[1]) : null;
}

/** Reads Litestream's metrics and updates `bij`, the lag and the byte gap. */
async function meet(t: Toestand): Promise<void> {
  const nu = Date.now();
  let bij = false;
  let achterBytes: number | null = null;
  if (t.kind && t.metricsAdres) {
    try {
      const res = await fetch(`http://${t.metricsAdres}/metrics`, { signal: AbortSignal.timeout(2000) });
      const tekst = await res.text();
      const genomen = waarde(tekst, "litestream_total_wal_bytes");
      const syncs = waarde(tekst, "litestream_sync_count");
      if (genomen !== null && syncs !== null && syncs > 0) {
        bij = t.verzonden >= genomen;
        achterBytes = Math.max(0, genomen - t.verzonden);
      }
      if (res.ok) t.backoffMs = 1000;
    } catch {
      /* Litestream starting or gone: counts as behind */
    }
  }
  t.status.bij = bij;
  t.status.achterBytes = achterBytes;
  if (bij) {
    t.achterSinds = null;
    t.status.laatstBijOp = nu;
  } else t.achterSinds ??= t.status.laatstBijOp ?? t.status.gestartOp ?? nu;
  t.status.vertragingS = t.achterSinds === null ? 0 : Math.round((nu - t.achterSinds) / 100) / 10;
  waarschuw(t);
}

/** One inbox message per incident to every active beheerder when the lag passes the threshold. */
function waarschuw(t: Toestand): void {
  const te = t.status.vertragingS > t.cfg.maxVertragingS;
  if (!te) {
    if (t.gewaarschuwd) log("info", "replicatie weer bij", { doel: t.status.doel });
    t.gewaarschuwd = false;
    return;
  }
  if (t.gewaarschuwd) return;
  t.gewaarschuwd = true;
  log("error", "replicatie loopt achter", { vertragingS: t.status.vertragingS, maxVertragingS: t.cfg.maxVertragingS });
  try {
    const { sqlite } = getDatabase();
    const beheerders = sqlite
      .prepare(
        "SELECT m.id FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id WHERE r.rol = 'beheerder' AND m.actief = 1",
      )
      .all() as { id: string }[];
    const stmt = sqlite.prepare(
      "INSERT INTO berichten (medewerker_id, titel, tekst, link, urgent, aangemaakt_op) VALUES (?, ?, ?, '/beheer/replicatie', 1, ?)",
    );
    const tekst =
      `De back-up van de database loopt ${Math.round(t.status.vertragingS)} seconden achter (grens: ${t.cfg.maxVertragingS} s). ` +
      `Gaat de schijf nu verloren, dan is het werk van die periode weg. Laatste fout: ${t.status.laatsteFout?.tekst ?? "geen"}.`;
    sqlite.transaction(() => {
      for (const b of beheerders) stmt.run(b.id, "Back-up loopt achter", tekst, Date.now());
    })();
  } catch (err) {
    log("error", "waarschuwing replicatie niet bezorgd", { fout: String(err) });
  }
}

function syncBijlagen(t: Toestand): void {
  const doel = t.cfg.doel.bijlagenMap;
  if (!doel) return;
  try {
    const r = synchroniseerBijlagen(bronBijlagenMap(), doel, t.bekendeBijlagen);
    t.status.bijlagen = { map: doel, gerepliceerd: r.gerepliceerd, achter: r.achter, laatsteSyncOp: Date.now() };
    if (r.achter) fout(t, `${r.achter} bijlage(n) niet gekopieerd naar ${doel}`);
  } catch (err) {
    fout(t, `Bijlagen niet gekopieerd naar ${doel}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Copies a new attachment as soon as it appears (inotify), so it reaches the replica before Litestream's next
 * sync carries the database row that refers to it; the periodic round catches anything the watch missed.
 */
function volgBijlagen(t: Toestand): void {
  const doel = t.cfg.doel.bijlagenMap;
  if (!doel) return;
  const bron = bronBijlagenMap();
  const wachtend = new Map<string, NodeJS.Timeout>();
  try {
    mkdirSync(bron, { recursive: true, mode: 0o700 });
    mkdirSync(doel, { recursive: true });
    t.watcher = watch(bron, (_soort, naam) => {
      if (!naam || naam.startsWith(".") || naam.endsWith(".deel") || t.stoppen) return;
      clearTimeout(wachtend.get(naam));
      const timer = setTimeout(() => {
        wachtend.delete(naam);
        try {
          if (existsSync(path.join(bron, naam))) kopieerBijlage(bron, doel, naam, t.bekendeBijlagen);
        } catch {
          /* the periodic round retries */
        }
      }, 20);
      timer.unref();
      wachtend.set(naam, timer);
    });
    t.watcher.on("error", () => undefined);
  } catch {
    t.watcher = null;
  }
}

function herhaal(t: Toestand, ms: number, f: () => void | Promise<void>): void {
  const timer = setInterval(() => void f(), ms);
  timer.unref();
  t.timers.push(timer);
}

/** Starts replication when AFSPRAAK_REPLICA is set; a no-op otherwise. Returns whether it started. */
export async function startReplicatie(dbPad = getDatabase().path): Promise<boolean> {
  const g = globalThis as G;
  if (g[KEY]) return true;
  const cfg = replicatieConfig();
  if (!cfg) return false;
  const dataMap = path.dirname(path.resolve(dbPad));
  const status = leeg();
  Object.assign(status, { aan: true, doel: cfg.doel.omschrijving, soort: cfg.doel.soort, maxVertragingS: cfg.maxVertragingS });
  status.bijlagen.map = cfg.doel.bijlagenMap;
  const t: Toestand = {
    cfg,
    dbPad: path.resolve(dbPad),
    dataMap,
    kind: null,
    metricsAdres: null,
    stoppen: false,
    timers: [],
    backoffMs: 1000,
    verzonden: 0,
    achterSinds: null,
    gewaarschuwd: false,
    bekendeBijlagen: new Map(),
    watcher: null,
    status,
  };
  g[KEY] = t;
  mkdirSync(dataMap, { recursive: true });
  if (cfg.doel.map) mkdirSync(cfg.doel.map, { recursive: true });
  if (!binaryAanwezig(cfg.binary)) {
    fout(t, `Litestream niet gevonden op ${cfg.binary} (npm-pakket @flydotio/litestream, of zet AFSPRAAK_LITESTREAM)`);
    log("error", "replicatie niet gestart", { melding: t.status.laatsteFout?.tekst });
  } else {
    ruimVorigeOp(t);
    t.metricsAdres = `127.0.0.1:${await vrijePoort()}`;
    start(t);
    log("info", "replicatie gestart", { doel: cfg.doel.omschrijving, interval: cfg.interval });
  }
  syncBijlagen(t);
  volgBijlagen(t);
  herhaal(t, 1000, () => meet(t));
  const bijlagenMs = Number(process.env.AFSPRAAK_REPLICA_BIJLAGEN_INTERVAL_MS) || 5000;
  herhaal(t, bijlagenMs, () => syncBijlagen(t));
  return true;
}

/** Copies attachments now (tests, and before a planned stop). */
export function synchroniseerBijlagenNu(): void {
  const t = (globalThis as G)[KEY];
  if (t) syncBijlagen(t);
}

/** Stops Litestream (it writes what it still has before exiting) and the timers. */
export async function stopReplicatie(): Promise<void> {
  const g = globalThis as G;
  const t = g[KEY];
  if (!t) return;
  t.stoppen = true;
  for (const timer of t.timers) clearTimeout(timer);
  t.watcher?.close();
  syncBijlagen(t);
  const kind = t.kind;
  if (kind && kind.exitCode === null) {
    const klaar = new Promise<void>((resolve) => kind.once("exit", () => resolve()));
    kind.kill("SIGTERM");
    const hard = setTimeout(() => kind.kill("SIGKILL"), 5000);
    await klaar;
    clearTimeout(hard);
  }
  rmSync(pidBestand(t), { force: true });
  g[KEY] = undefined;
  log("info", "replicatie gestopt", {});
}
