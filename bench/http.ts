/**
 * The HTTP path end to end (issue 14): the real production server (built, NODE_ENV=production,
 * `node app/http/server.mjs` as `npm run serve` starts it) on a database of realistic size, and in the same run a
 * raw floor (bench/vloer.mjs: node:http + better-sqlite3 doing the least for the same work), both driven by
 * autocannon at c = 1 and c = 10. Latencies are recorded per request, so p50/p95/p99 are exact, not histogram
 * buckets.
 *
 *   npm run bench -- http [--duur=10]     (or: npx tsx bench/http.ts [--duur 10] [--zaai-opnieuw] [--geen-build]
 *                                          [--alleen=mijn,dossier] for a quick look at some workloads only)
 *
 * The database: `demo-data --jaren 10 --schaal middel` (ten years of a city: ~500,000 callbacks of which nearly
 * all closed, ~21,000 complaints with their statistics) and then, in bulk in one transaction, citizens up to
 * 200,000 and open callbacks up to 1,000,000 (copies of the generator's open callbacks made through the engine:
 * real snapshots, one event and one running deadline each, spread over every employee and team). Built once and
 * cached in bench/.data/ (gitignored) under a key of the generator's and this seed's version; every run works on
 * a copy, so runs do not drift.
 *
 * Workloads (logged in through /inloggen like a browser, with the session cookie and an Origin header):
 *   - GET /healthz                                        floor: SELECT 1
 *   - POST /terugbelafspraken/nieuw, unique phone numbers  floor: row + event + audit line in one transaction
 *   - the same, every citizen with ONE shared phone number (a care home's switchboard)
 *   - POST /terugbelafspraken/<id> intent=poging (a workflow step; each request its own callback and version)
 *                                                          floor: version check + update + event + audit
 *   - GET /mijn-werk, GET /terugbelafspraken/<id> (fatima@voorbeeld.nl, ~4,000 open of her own)
 *   - GET /klachten?zoek=… and GET /regieteam/dashboard (ruben@voorbeeld.nl, regieteam)
 * Memory after the whole run: RSS from /proc/<pid>/status, heap from the server's own Prometheus metrics on a
 * loopback port (AFSPRAAK_METRICS_PORT, the production mechanism; nothing bench-only in the server).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const optie = (naam: string): string | undefined => {
  const gelijk = args.find((a) => a.startsWith(`--${naam}=`));
  if (gelijk) return gelijk.slice(naam.length + 3);
  const i = args.indexOf(`--${naam}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const vlag = (naam: string) => args.includes(`--${naam}`);

/** Bump when the seed below changes: the cached database is then built again. */
const ZAAI_VERSIE = 1;
const DOEL_OPEN = 1_000_000;
const DOEL_BURGERS = 200_000;
const GEDEELD_NUMMER = "020 555 0142";
/** Rows the floor's attempts step through (bench/vloer.mjs /zaai). */
const VLOER_POGINGEN = 200_000;
const BROWSER_ENCODING = "gzip, deflate, br, zstd";

const belasting = () => readFileSync("/proc/loadavg", "utf8").trim();

// ------------------------------------------------------------------------------------------------ build

function nieuwsteMtime(dir: string): number {
  let m = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) m = Math.max(m, nieuwsteMtime(p));
    else m = Math.max(m, statSync(p).mtimeMs);
  }
  return m;
}

function bouwAlsNodig(): void {
  const build = path.join(root, "build/index.js");
  const bron = Math.max(nieuwsteMtime(path.join(root, "app")), nieuwsteMtime(path.join(root, "workflows")), statSync(path.join(root, "remix.config.js")).mtimeMs);
  if (existsSync(build) && statSync(build).mtimeMs >= bron) return;
  console.log("npx remix build …");
  const b = spawnSync("npx", ["remix", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) throw new Error("remix build mislukt");
}

// ------------------------------------------------------------------------------------------------ seed

function zaaiSleutel(): string {
  const h = crypto.createHash("sha256").update(`zaai ${ZAAI_VERSIE} ${DOEL_OPEN} ${DOEL_BURGERS}\n`);
  // The generator proper (not the demo municipality's seed, which changes with every feature): the server
  // migrates the cached copy to the current schema when it opens it.
  for (const f of ["generator.server.ts", "gegevens.server.ts"]) {
    h.update(readFileSync(path.join(root, "app/features/demodata", f)));
  }
  return h.digest("hex").slice(0, 12);
}

async function zaai(doel: string): Promise<void> {
  const bouw = `${doel}.bouw`;
  for (const s of ["", "-wal", "-shm"]) rmSync(bouw + s, { force: true });
  const t0 = performance.now();
  console.log(`Database opbouwen (eenmalig, daarna uit ${path.relative(root, doel)}): demo-data --jaren 10 --schaal middel …`);
  const r = spawnSync("npx", ["tsx", "app/cli/afspraak.ts", "demo-data", "--jaren", "10", "--schaal", "middel"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, AFSPRAAK_DB: bouw, AFSPRAAK_BACKGROUND: "0" },
  });
  if (r.status !== 0) throw new Error("demo-data mislukt");
  console.log(`  demo-data klaar (${((performance.now() - t0) / 1000).toFixed(0)} s); aanvullen tot ${DOEL_BURGERS.toLocaleString("nl-NL")} inwoners en ${DOEL_OPEN.toLocaleString("nl-NL")} open afspraken …`);

  const { openSqlite } = await import("../db/client");
  const { normaliseerNaam, achternaamVan } = await import("../app/features/klantbeeld/klantbeeld.server");
  const { VOORNAMEN, ACHTERNAMEN } = await import("../app/features/demodata/gegevens.server");
  const sqlite = openSqlite(bouw);
  let rnd = 20_261_203;
  const random = () => {
    rnd = (Math.imul(rnd, 1_103_515_245) + 12_345) >>> 0;
    return rnd / 2 ** 32;
  };
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const t1 = performance.now();
  const nu = Date.now();
  const DAG = 86_400_000;

  // Secondary indexes go and come back after the bulk insert (as the generator does): one sort instead of 1M
  // random B-tree insertions each.
  const tabellen = ["afspraken", "termijnen", "afspraak_gebeurtenissen", "burgers"];
  const indexen = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tabellen.map(() => "?").join(",")})`)
    .all(...tabellen) as { name: string; sql: string }[];

  sqlite.transaction(() => {
    for (const i of indexen) sqlite.exec(`DROP INDEX ${i.name}`);
    // Citizens up to DOEL_BURGERS, each with a phone number of its own (06-1… range, fake by construction).
    const bestaand = (sqlite.prepare("SELECT count(*) AS n FROM burgers").get() as { n: number }).n;
    const insBurger = sqlite.prepare(
      "INSERT INTO burgers (id, naam, naam_zoek, achternaam_zoek, telefoon_e164, email, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    for (let i = bestaand; i < DOEL_BURGERS; i++) {
      const naam = `${kies(VOORNAMEN)} ${kies(ACHTERNAMEN)}`;
      const nz = normaliseerNaam(naam);
      const email = random() < 0.7 ? `inwoner${i}@voorbeeldmail.example` : null;
      const op = nu - Math.floor(random() * 3650 * DAG);
      insBurger.run(crypto.randomUUID(), naam, nz, achternaamVan(nz), `+3161${String(i).padStart(7, "0")}`, email, op, op);
    }
    const burgers = (sqlite.prepare("SELECT id, naam, telefoon_e164 AS tel, email FROM burgers").all() as { id: string; naam: string | null; tel: string | null; email: string | null }[]);

    // Open callbacks up to DOEL_OPEN: copies of the ones the generator made through the engine (version 1, no
    // attempts yet), each with its own owner, team, citizen and deadline, an AANGEMAAKT event and a running deadline.
    const sjablonen = (
      sqlite
        .prepare(
          `SELECT a.*, t.norm_versie_id AS t_norm, t.mijlpaal AS t_mijlpaal, g.actor_naam AS g_naam
           FROM afspraken a JOIN termijnen t ON t.afspraak_id = a.id AND t.status = 'lopend'
           JOIN afspraak_gebeurtenissen g ON g.afspraak_id = a.id AND g.volgnummer = 1
           WHERE a.soort = 'terugbelafspraak' AND a.open = 1 AND a.versie = 1`,
        )
        .all() as { titel: string; kanaal: string; norm_versie_ids: string; snapshot: string; t_norm: number; t_mijlpaal: string }[]
    ).map((s) => ({ ...s, snap: JSON.parse(s.snapshot) as { context: Record<string, unknown> } }));
    if (!sjablonen.length) throw new Error("Geen open terugbelafspraken om te kopiëren");
    const staf = sqlite.prepare("SELECT id, naam, team_id AS team FROM medewerkers WHERE actief = 1 AND team_id IS NOT NULL").all() as { id: string; naam: string; team: number }[];
    const teams = [...new Set(staf.map((s) => s.team))];
    const open = (sqlite.prepare("SELECT count(*) AS n FROM afspraken WHERE open = 1").get() as { n: number }).n;
    const insA = sqlite.prepare(
      `INSERT INTO afspraken (id, soort, status, open, titel, eigenaar_id, team_id, afdeling_id, burger_id, kanaal, termijn_op, termijn_status,
         norm_versie_ids, handvest_peil_op, versie, snapshot, aangemaakt_op, aangemaakt_door, gewijzigd_op, gesloten_op)
       VALUES (?, 'terugbelafspraak', 'open.beloofd', 1, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, NULL)`,
    );
    const insG = sqlite.prepare(
      "INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, payload, actor_id, actor_naam, op, van_status, naar_status) VALUES (?, 1, 'AANGEMAAKT', NULL, ?, ?, ?, NULL, 'open.beloofd')",
    );
    const insT = sqlite.prepare(
      `INSERT INTO termijnen (afspraak_id, mijlpaal, norm_versie_id, start_op, waarschuwing_op, termijn_op, oorspronkelijk_op, verzet, status, fase, volgende_actie_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'lopend', 'gepland', ?)`,
    );
    for (let i = open; i < DOEL_OPEN; i++) {
      const s = sjablonen[i % sjablonen.length]!;
      const maker = kies(staf);
      const zonderEigenaar = random() < 0.1;
      const eigenaar = zonderEigenaar ? null : kies(staf);
      const team = eigenaar ? eigenaar.team : kies(teams);
      const b = kies(burgers);
      const aangemaakt = nu - Math.floor(random() * 20 * DAG);
      const termijn = aangemaakt + Math.floor((1 + random() * 14) * DAG);
      const status = termijn < nu ? "te_laat" : termijn < nu + DAG / 3 ? "bijna" : "op_tijd";
      const ctx = { ...s.snap.context, burger: { naam: b.naam, telefoon: b.tel, email: b.email }, burgerId: b.id, eigenaarId: eigenaar?.id ?? null, teamId: team };
      const id = crypto.randomUUID();
      insA.run(id, s.titel, eigenaar?.id ?? null, team, b.id, s.kanaal, termijn, status, s.norm_versie_ids, aangemaakt, JSON.stringify({ ...s.snap, context: ctx }), aangemaakt, maker.id, aangemaakt);
      insG.run(id, maker.id, maker.naam, aangemaakt);
      insT.run(id, s.t_mijlpaal, s.t_norm, aangemaakt, termijn - DAG / 4, termijn, termijn, termijn - DAG / 4);
    }
    for (const i of indexen) sqlite.exec(i.sql);
  })();
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  renameSync(bouw, doel);
  for (const s of ["-wal", "-shm"]) rmSync(bouw + s, { force: true });
  console.log(`  aangevuld in ${((performance.now() - t1) / 1000).toFixed(0)} s; ${(statSync(doel).size / 2 ** 30).toFixed(1)} GiB`);
}

// ------------------------------------------------------------------------------------------------ processes

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on("error", reject);
  });
}

async function wachtOp(url: string, proces: ChildProcess, sec = 120): Promise<void> {
  for (let i = 0; i < sec * 4; i++) {
    if (proces.exitCode !== null) throw new Error(`${url}: proces gestopt (code ${proces.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} antwoordt niet`);
}

/** CPU time (user + system) a process has used, in ms: the cost per request independent of waiting for a core. */
function cpuMs(pid: number): number {
  const velden = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

function geheugen(pid: number): { rss: number; anon: number; file: number } {
  const s = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, "m").exec(s)?.[1] ?? NaN) / 1024;
  return { rss: kb("VmRSS"), anon: kb("RssAnon"), file: kb("RssFile") + kb("RssShmem") };
}

// ------------------------------------------------------------------------------------------------ load

interface Meting {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  n: number;
  fout: number;
  statussen: string;
}

function kwantiel(s: number[], p: number): number {
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

type Verzoek = { method?: string; path: string; headers?: Record<string, string>; body?: string };

/** Drives `maak(i)` (the i-th request) at `c` connections for `duur` seconds; `goed` says which statuses count as done. */
async function belast(url: string, c: number, duur: number, maak: (i: number) => Verzoek, goed: (status: number) => boolean): Promise<Meting> {
  const tijden: number[] = [];
  let fout = 0;
  let i = 0;
  const inst = autocannon({
    url,
    connections: c,
    duration: duur,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const v = maak(i++);
          return { ...req, method: v.method ?? "GET", path: v.path, headers: { ...(req.headers as object), ...v.headers }, body: v.body };
        },
      },
    ],
  });
  const anders = new Map<number, number>();
  inst.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (goed(status)) tijden.push(ms);
    else {
      fout++;
      anders.set(status, (anders.get(status) ?? 0) + 1);
    }
  });
  const r = await inst;
  tijden.sort((a, b) => a - b);
  return { rps: tijden.length / r.duration, p50: kwantiel(tijden, 0.5), p95: kwantiel(tijden, 0.95), p99: kwantiel(tijden, 0.99), n: tijden.length, fout: fout + r.errors + r.timeouts, statussen: [...anders].map(([k, v]) => `${k}×${v}`).concat(r.errors ? [`fouten×${r.errors}`] : [], r.timeouts ? [`time-outs×${r.timeouts}`] : []).join(", ") };
}

// ------------------------------------------------------------------------------------------------ main

export async function main(): Promise<void> {
  const duur = Number(optie("duur") ?? 10);
  const loadStart = belasting();
  const dataDir = path.join(root, "bench/.data");
  const tmpDir = path.join(root, "bench/.tmp");
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  if (!vlag("geen-build")) bouwAlsNodig();

  const cache = path.join(dataDir, `http-${zaaiSleutel()}.db`);
  if (vlag("zaai-opnieuw")) rmSync(cache, { force: true });
  if (!existsSync(cache)) await zaai(cache);
  // Migrate the cached file itself (new migrations, indexes of db/sql), once: then the copy below is at the
  // current schema and the server's boot does not build indexes on 1.5 million rows while it is being measured.
  {
    const { openDatabase } = await import("../db/client");
    const h = openDatabase(cache);
    h.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    h.sqlite.close();
  }
  const db = path.join(tmpDir, `http-${process.pid}.db`);
  const vloerDb = path.join(tmpDir, `vloer-${process.pid}.db`);
  copyFileSync(cache, db);

  process.env.AFSPRAAK_DB = db;
  process.env.AFSPRAAK_BACKGROUND = "0";
  const { getDatabase, setDatabase, openDatabase: open } = await import("../db/client");
  setDatabase(open(db)); // explicitly: under `npm run bench` another benchmark may have set its own before
  const { startSessie } = await import("../app/platform/auth/sessies.server");
  const lees = getDatabase().sqlite;
  const medewerker = (email: string) => (lees.prepare("SELECT id FROM medewerkers WHERE email = ?").get(email) as { id: string }).id;
  const sessies = {
    fatima: (await startSessie(medewerker("fatima@voorbeeld.nl"))).cookie.split(";")[0]!,
    ruben: (await startSessie(medewerker("ruben@voorbeeld.nl"))).cookie.split(";")[0]!,
  };
  const [poort, metricsPoort, vloerPoort] = [await vrijePoort(), await vrijePoort(), await vrijePoort()];
  const basis = `http://127.0.0.1:${poort}`;
  const vloerBasis = `http://127.0.0.1:${vloerPoort}`;
  const logFd = openSync(path.join(tmpDir, `http-${process.pid}.log`), "w");
  const kinderen: ChildProcess[] = [];
  const opruimen = () => {
    for (const k of kinderen) if (k.exitCode === null) k.kill("SIGTERM");
  };
  process.on("exit", opruimen);
  try {
    const server = spawn(process.execPath, [...(process.env.BENCH_NODE_OPTIES ?? "").split(" ").filter(Boolean), "app/http/server.mjs"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(poort),
        HOST: "127.0.0.1",
        AFSPRAAK_DB: db,
        AFSPRAAK_INSECURE_COOKIES: "1",
        AFSPRAAK_BACKGROUND: "0",
        AFSPRAAK_METRICS_PORT: String(metricsPoort),
        AFSPRAAK_TEST_CLOCK: "",
      },
      stdio: ["ignore", logFd, "inherit"],
    });
    kinderen.push(server);
    const vloer = spawn(process.execPath, ["bench/vloer.mjs", vloerDb, String(vloerPoort)], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    kinderen.push(vloer);
    await wachtOp(`${basis}/readyz`, server); // /healthz answers while booting; /readyz once boot is done
    await wachtOp(`${vloerBasis}/healthz`, vloer);

    // Sessions as a sign-in through the provider gives them (complete, no second factor due): ruben's regieteam role
    // requires MFA for a password sign-in, which a load generator cannot type. Made in this process on the copy.
    const fatima = sessies.fatima;
    const ruben = sessies.ruben;
    const post = (cookie: string | null, pad: string, velden: Record<string, string>, origin: string): Verzoek => ({
      method: "POST",
      path: pad,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin, "Accept-Encoding": BROWSER_ENCODING, ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(velden).toString(),
    });
    // What a browser sends: the host compresses what it compresses for browsers too.
    const get = (cookie: string, pad: string): Verzoek => ({ path: pad, headers: { Cookie: cookie, "Accept-Encoding": BROWSER_ENCODING } });

    // Work of fatima's own (from here on the bench only reads; the server writes).
    const fatimaId = medewerker("fatima@voorbeeld.nl");
    const openVan = () =>
      lees
        .prepare("SELECT id, versie FROM afspraken WHERE eigenaar_id = ? AND open = 1 AND soort = 'terugbelafspraak' AND status = 'open.beloofd' ORDER BY id")
        .all(fatimaId) as { id: string; versie: number }[];
    const telling = lees.prepare("SELECT (SELECT count(*) FROM afspraken WHERE open = 1) AS open, (SELECT count(*) FROM afspraken) AS alle, (SELECT count(*) FROM burgers) AS burgers, (SELECT count(*) FROM klachten) AS klachten").get() as Record<string, number>;
    const dossiers = openVan().slice(0, 500).map((r) => r.id);
    console.log(
      `Database: ${(statSync(db).size / 2 ** 30).toFixed(1)} GiB — ${telling.open!.toLocaleString("nl-NL")} open van ${telling.alle!.toLocaleString("nl-NL")} afspraken, ${telling.burgers!.toLocaleString("nl-NL")} inwoners, ${telling.klachten!.toLocaleString("nl-NL")} klachten; fatima heeft ${openVan().length} open; ${duur} s per meting`,
    );

    let n = 0;
    const uniek = () => {
      n++;
      // 06-2… to 06-5…: from 06-6 on not every number is a valid mobile range (libphonenumber refuses 06-7…/06-9…)
      return { naam: `Inwoner Bench ${n}`, telefoon: `06${String(20_000_000 + ((process.pid * 7_919 + n) % 40_000_000))}` };
    };
    const maakVelden = (naam: string, telefoon: string) => ({ naam, telefoon, vraag: "Vraag over de aanslag", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" });
    let pogingDoelen: { id: string; versie: number }[] = [];
    let pogingI = 0;
    let vloerPogingI = 0;
    const is302 = (s: number) => s === 302;
    const is200 = (s: number) => s === 200;

    interface Werk {
      naam: string;
      app: (i: number) => Verzoek;
      goed: (s: number) => boolean;
      vloer?: (i: number) => Verzoek;
      voor?: () => Promise<void>;
    }
    const werk: Werk[] = [
      { naam: "GET /healthz", app: () => ({ path: "/healthz", headers: { "Accept-Encoding": BROWSER_ENCODING } }), goed: is200, vloer: () => ({ path: "/healthz" }) },
      {
        naam: "aanmaken, unieke nummers",
        app: () => {
          const u = uniek();
          return post(fatima, "/terugbelafspraken/nieuw", maakVelden(u.naam, u.telefoon), basis);
        },
        goed: is302,
        vloer: () => {
          const u = uniek();
          return post(null, "/terugbelafspraken", maakVelden(u.naam, u.telefoon), vloerBasis);
        },
      },
      {
        naam: "aanmaken, één gedeeld nummer",
        app: () => post(fatima, "/terugbelafspraken/nieuw", maakVelden(`Bewoner Zorgcentrum ${++n}`, GEDEELD_NUMMER), basis),
        goed: is302,
        vloer: () => post(null, "/terugbelafspraken", maakVelden(`Bewoner Zorgcentrum ${++n}`, GEDEELD_NUMMER), vloerBasis),
      },
      {
        naam: "belpoging vastleggen",
        voor: async () => {
          pogingDoelen = openVan();
          await fetch(`${vloerBasis}/zaai`, { method: "POST", body: new URLSearchParams({ n: String(VLOER_POGINGEN) }) });
          vloerPogingI = 0;
        },
        app: () => {
          const d = pogingDoelen[pogingI++ % pogingDoelen.length]!;
          return post(fatima, `/terugbelafspraken/${d.id}`, { intent: "poging", versie: String(d.versie), uitkomst: "geen_gehoor", notitie: "" }, basis);
        },
        goed: is302,
        vloer: () => {
          // Row k mod n, at the version its earlier requests left (requests go out in order, one per row at a time)
          const k = vloerPogingI++;
          return post(null, `/poging/vloer-${k % VLOER_POGINGEN}`, { versie: String(Math.floor(k / VLOER_POGINGEN) + 1) }, vloerBasis);
        },
      },
      { naam: "Mijn werk, eerste pagina", app: () => get(fatima, "/mijn-werk"), goed: is200 },
      { naam: "dossier terugbelafspraak", app: (i) => get(fatima, `/terugbelafspraken/${dossiers[i % dossiers.length]}`), goed: is200 },
      { naam: "klachten, zoeken", app: (i) => get(ruben, `/klachten?zoek=${["afval", "wmo", "parkeren", "bereikbaar"][i % 4]}`), goed: is200 },
      { naam: "regieteam dashboard", app: () => get(ruben, "/regieteam/dashboard"), goed: is200 },
    ];

    // Per workload: a warm-up of two seconds at c = 10 (JIT, statement cache, page cache), then c = 1 and c = 10;
    // after each run the server is given time to answer what is still queued, so no run inherits a backlog.
    const stil = async (url: string) => {
      for (let i = 0; i < 600; i++) {
        const t0 = performance.now();
        await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
        if (performance.now() - t0 < 20) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const rijen: { naam: string; c: number; app: Meting; vloer?: Meting; cpu: number; vloerCpu?: number }[] = [];
    // --alleen=dossier,mijn (parts of the workload names): only those, for a quick look while profiling
    const alleen = optie("alleen")?.split(",").map((x) => x.trim().toLowerCase()).filter(Boolean);
    for (const w of alleen ? werk.filter((x) => alleen.some((a) => x.naam.toLowerCase().includes(a))) : werk) {
      await w.voor?.();
      await belast(basis, 10, 2, w.app, w.goed);
      await stil(basis);
      if (w.vloer) await belast(vloerBasis, 10, 2, w.vloer, w.goed);
      if (w.voor) {
        // Versions as they are now (the warm-up stepped some): no request meets a stale version.
        await w.voor();
        pogingI = 0;
      }
      for (const c of [1, 10]) {
        const cpu0 = cpuMs(server.pid!);
        const app = await belast(basis, c, duur, w.app, w.goed);
        const cpu = (cpuMs(server.pid!) - cpu0) / Math.max(1, app.n + app.fout);
        await stil(basis);
        const vcpu0 = cpuMs(vloer.pid!);
        const vl = w.vloer ? await belast(vloerBasis, c, duur, w.vloer, w.goed) : undefined;
        const vloerCpu = vl ? (cpuMs(vloer.pid!) - vcpu0) / Math.max(1, vl.n + vl.fout) : undefined;
        rijen.push({ naam: w.naam, c, app, vloer: vl, cpu, vloerCpu });
        process.stdout.write(`  ${w.naam}, c=${c}: ${app.rps.toFixed(0)} req/s, p95 ${app.p95?.toFixed(1)} ms${vl ? ` (vloer ${vl.rps.toFixed(0)} req/s)` : ""}${app.fout ? `, ${app.fout} fout (${app.statussen})` : ""}\n`);
      }
    }
    const mem = geheugen(server.pid!);
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPoort}/metrics`)).text();
    const metric = (naam: string) => Number(new RegExp(`^${naam}(?:\\{[^}]*\\})? ([0-9.e+]+)`, "m").exec(metrics)?.[1] ?? NaN) / 2 ** 20;
    const heapUsed = metric("nodejs_heap_size_used_bytes");
    const heapTotal = metric("nodejs_heap_size_total_bytes");
    const vloerMem = geheugen(vloer.pid!);

    const f = (x: number | undefined) => (x == null || Number.isNaN(x) ? "—" : x < 10 ? x.toFixed(2) : x.toFixed(1));
    console.log(`\nHTTP end to end: Afspraak (production build, ${telling.open!.toLocaleString("nl-NL")} open) vs the raw floor, same run, ${duur} s per cell\n`);
    console.log("| workload | c | Afspraak req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | floor req/s | floor p95 ms | floor CPU ms/req | share of floor | errors |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of rijen) {
      const share = r.vloer ? `${((r.app.rps / r.vloer.rps) * 100).toFixed(1)} %` : "—";
      console.log(
        `| ${r.naam} | ${r.c} | ${r.app.rps.toFixed(0)} | ${f(r.app.p50)} | ${f(r.app.p95)} | ${f(r.app.p99)} | ${f(r.cpu)} | ${r.vloer ? r.vloer.rps.toFixed(0) : "—"} | ${r.vloer ? f(r.vloer.p95) : "—"} | ${r.vloerCpu != null ? f(r.vloerCpu) : "—"} | ${share} | ${r.app.fout}${r.vloer ? `/${r.vloer.fout}` : ""} |`,
      );
    }
    console.log(
      `\nAfter the whole run: Afspraak RSS ${mem.rss.toFixed(0)} MB (anonymous ${mem.anon.toFixed(0)} MB, file-backed/mmap ${mem.file.toFixed(0)} MB), heap used ${heapUsed.toFixed(0)} MB of ${heapTotal.toFixed(0)} MB; floor RSS ${vloerMem.rss.toFixed(0)} MB`,
    );
    console.log(`/proc/loadavg: start ${loadStart}; end ${belasting()} — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, ${new Date().toISOString()}`);
  } finally {
    opruimen();
    (await import("../db/client")).closeDatabase();
    await new Promise((r) => setTimeout(r, 500));
    for (const f of [db, vloerDb]) for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
