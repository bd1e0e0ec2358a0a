/**
 * Durability (issue 18; decision 009): what `synchronous` costs, how long backups take under writes, and what
 * a lost disk costs with continuous replication. All in one run, on this machine, with its load printed.
 *
 *  (a) write throughput with synchronous=NORMAL against FULL (AFSPRAAK_SYNCHRONOUS), alternating rounds on two
 *      copies of one seeded database: the form route's path without the HTTP host (session lookup, form read,
 *      legTerugbelafspraakVast → maakTerugbelafspraak: citizen link, workflow start, deadline, audit; one
 *      commit each), creates per second and per-create p50/p99;
 *  (b) `afspraak backup` (the CLI as an operator runs it, a separate process) on databases of growing size,
 *      idle and under a steady write load through the same path in this process; every backup must finish,
 *      every write succeed; the largest archive restored with `afspraak herstel --archief` (checksums,
 *      integrity_check, foreign keys, attachments);
 *  (c) the restore drill with a real Litestream (sync interval 1 s): writes with attachments, kill -9 of server
 *      and Litestream, data directory deleted, `afspraak herstel` from the replica: RPO (acknowledged but not
 *      restored, and the time span that covers) and RTO (the restore command's duration).
 *
 *   npm run bench -- duurzaamheid     (sizes 50,150,300 MB: AFSPRAAK_BENCH_MB=50,300; parts: AFSPRAAK_BENCH_DELEN=a,c;
 *                                      creates per mode in (a): AFSPRAAK_BENCH_N=1500)
 */
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { maakGroot } from "../tests/integration/bedrijfsvoering/grote-database";

const root = fileURLToPath(new URL("..", import.meta.url));
const belasting = () =>
  readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const NODE_TSX = [process.execPath, "--import", "tsx"];

function kwantiel(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function cli(
  args: string[],
  env: NodeJS.ProcessEnv
): Promise<{ status: number; stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const p = spawn(
      NODE_TSX[0]!,
      [...NODE_TSX.slice(1), path.join(root, "app/cli/afspraak.ts"), ...args],
      { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] }
    );
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += String(d)));
    p.stderr.on("data", (d) => (stderr += String(d)));
    p.once("exit", (code) =>
      resolve({
        status: code ?? -1,
        stdout,
        stderr,
        ms: Math.round(performance.now() - t0),
      })
    );
  });
}

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  AFSPRAAK_ROOT: root,
  AFSPRAAK_LOG: "stil",
  AFSPRAAK_BACKGROUND: "0",
  AFSPRAAK_SEED: "0",
  ...extra,
});

export async function main() {
  const loadStart = belasting();
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_ROOT ??= root;
  process.env.AFSPRAAK_LOG = "stil";
  const werk = mkdtempSync(path.join(os.tmpdir(), "afspraak-bench-duurzaam-"));
  const basis = path.join(werk, "basis.db");
  const { openDatabase, setDatabase, closeDatabase, getDatabase } =
    await import("../db/client");
  setDatabase(openDatabase(basis));
  const { seed } = await import("../app/features/demodata/seed.server");
  await seed();
  await import("../app/boot/workflows.server");
  getDatabase().sqlite.pragma("wal_checkpoint(TRUNCATE)");
  closeDatabase();
  const { setNow } = await import("../app/platform/clock");
  const { startSession } = await import("../app/platform/auth/sessies.server");
  const { requireUser } = await import(
    "../app/platform/auth/permissions.server"
  );
  const { leesInvoer } = await import("../app/platform/web/formulier.server");
  const { legTerugbelafspraakVast } = await import(
    "../app/features/terugbellen/pagina.server"
  );
  const { registreerKlacht } = await import(
    "../app/features/klachten/klachten.server"
  );
  const { bewaarBijlage } = await import(
    "../app/features/klachten/bijlagen.server"
  );
  setNow(Date.parse("2026-12-01T10:00:00+01:00"));
  const context = { clientIp: "127.0.0.1", requestId: "bench" };
  const tel = (i: number) =>
    `06${String(10_000_000 + (i % 89_999_999)).padStart(8, "0")}`;

  /** Opens `file` as the process database with the given synchronous mode; returns a create through the form path. */
  async function open(file: string, modus: "NORMAL" | "FULL") {
    closeDatabase();
    process.env.AFSPRAAK_SYNCHRONOUS = modus;
    process.env.AFSPRAAK_DB = file;
    setDatabase(openDatabase(file));
    // lucia keeps its adapter on globalThis, bound to the handle it first saw: forget it with the old handle.
    delete (globalThis as Record<symbol, unknown>)[
      Symbol.for("afspraak.lucia")
    ];
    const { sqlite } = getDatabase();
    if (
      String(sqlite.pragma("synchronous", { simple: true })) !==
      (modus === "FULL" ? "2" : "1")
    )
      throw new Error(`synchronous niet ${modus}`);
    const f = sqlite
      .prepare("SELECT id FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'")
      .get() as { id: string };
    const cookie = (await startSession(f.id)).split(";")[0]!;
    return async (i: number) => {
      const body = new URLSearchParams({
        naam: `Inwoner ${i}`,
        telefoon: tel(i),
        vraag: `Duurzaamheid ${i}`,
        kanaal: "telefoon",
        toewijzing: "ik",
        norm: "TERUGBELLEN",
      });
      const request = new Request("http://localhost/terugbelafspraken/nieuw", {
        method: "POST",
        headers: {
          Cookie: cookie,
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: "http://localhost",
        },
        body: body.toString(),
      });
      const user = await requireUser(request, context as never, "werk");
      const r = legTerugbelafspraakVast(
        await leesInvoer(request),
        user,
        "127.0.0.1 req=bench"
      );
      if (r.soort !== "verder") throw new Error(`create ${i} geweigerd`);
    };
  }

  const delen = new Set(
    (process.env.AFSPRAAK_BENCH_DELEN ?? "a,b,c").split(",")
  );
  let a: {
    n: number;
    normalPerS: number;
    fullPerS: number;
    normalP50: number;
    normalP99: number;
    fullP50: number;
    fullP99: number;
  } | null = null;
  if (delen.has("a")) {
    // (a) NORMAL vs FULL, alternating rounds on two copies.
    const n = Number(process.env.AFSPRAAK_BENCH_N ?? 1500);
    const RONDE = 250;
    const bestanden = {
      NORMAL: path.join(werk, "normal.db"),
      FULL: path.join(werk, "full.db"),
    };
    for (const f of Object.values(bestanden)) copyFileSync(basis, f);
    const tijden: Record<"NORMAL" | "FULL", number[]> = {
      NORMAL: [],
      FULL: [],
    };
    const totaal = { NORMAL: 0, FULL: 0 };
    for (let start = 0; start < n; start += RONDE) {
      for (const modus of (start / RONDE) % 2 === 0
        ? (["NORMAL", "FULL"] as const)
        : (["FULL", "NORMAL"] as const)) {
        const maak = await open(bestanden[modus], modus);
        for (let i = 0; i < 20; i++) await maak(10_000_000 + start * 100 + i); // warm statement caches
        const t0 = performance.now();
        for (let i = start; i < Math.min(n, start + RONDE); i++) {
          const a = performance.now();
          await maak(i);
          tijden[modus].push(performance.now() - a);
        }
        totaal[modus] += performance.now() - t0;
      }
    }
    closeDatabase();
    const perS = (m: "NORMAL" | "FULL") =>
      Math.round((tijden[m].length / totaal[m]) * 1000);
    a = {
      n,
      normalPerS: perS("NORMAL"),
      fullPerS: perS("FULL"),
      normalP50: +kwantiel(tijden.NORMAL, 0.5).toFixed(2),
      normalP99: +kwantiel(tijden.NORMAL, 0.99).toFixed(2),
      fullP50: +kwantiel(tijden.FULL, 0.5).toFixed(2),
      fullP99: +kwantiel(tijden.FULL, 0.99).toFixed(2),
    };
    console.log(
      `(a) creates through the form path, ${n} per mode in alternating rounds of ${RONDE}, load ${loadStart} → ${belasting()}`
    );
    console.log(
      `    synchronous=NORMAL: ${a.normalPerS}/s (p50 ${a.normalP50} ms, p99 ${a.normalP99} ms)`
    );
    console.log(
      `    synchronous=FULL:   ${a.fullPerS}/s (p50 ${a.fullP50} ms, p99 ${
        a.fullP99
      } ms)   FULL/NORMAL ${(a.fullPerS / a.normalPerS).toFixed(2)}`
    );
  }

  // (b) backup time vs file size, idle and under writes.
  const maten = delen.has("b")
    ? (process.env.AFSPRAAK_BENCH_MB ?? "50,150,300").split(",").map(Number)
    : [];
  const b: {
    mb: number;
    idleMs: number;
    belastMs: number;
    writes: number;
    perS: number;
    mislukt: number;
    langsteMs: number;
    archiefMb: number;
    herstelMs?: number;
  }[] = [];
  for (const mb of maten) {
    const map = path.join(werk, `b${mb}`);
    mkdirSync(path.join(map, "bijlagen"), { recursive: true });
    const db = path.join(map, "afspraak.db");
    copyFileSync(basis, db);
    const vul = maakGroot(db, mb);
    const maak = await open(db, "NORMAL");
    // A dozen complaints with an attachment, so the archive carries files too.
    process.env.AFSPRAAK_BIJLAGEN = path.join(map, "bijlagen");
    const { sqlite } = getDatabase();
    const ruben = sqlite
      .prepare(
        "SELECT id, naam FROM medewerkers WHERE email = 'ruben@voorbeeld.nl'"
      )
      .get() as { id: string; naam: string };
    for (let i = 0; i < 12; i++) {
      const { id } = registreerKlacht(
        {
          ontvangenDatum: "2026-12-01",
          kanaal: "post",
          schriftelijk: true,
          klagerSoort: "persoon",
          klagerNaam: `Klager ${i}`,
          klagerOrganisatie: null,
          klagerAdres: "Dorpsstraat 1",
          klagerPostcode: "1234 AB",
          klagerWoonplaats: "Voorbeeld",
          klagerTelefoon: null,
          klagerEmail: null,
          klagerVoorkeurKanaal: "post",
          dagtekening: null,
          omschrijving: `Bench ${i}`,
          gedragingDatum: null,
          afdelingId: null,
          beklaagdeIds: [],
          beklaagdeOnbekend: true,
          betreftBestuursorgaan: false,
        },
        ruben,
        "bench"
      );
      const r = bewaarBijlage(
        id,
        {
          naam: `brief-${i}.txt`,
          bytes: new TextEncoder().encode(`Brief ${i}\n`.repeat(2000)),
        },
        ruben,
        "bench"
      );
      if (!r.ok) throw new Error(r.fout);
    }
    const cliEnv = env({
      AFSPRAAK_DB: db,
      AFSPRAAK_BIJLAGEN: path.join(map, "bijlagen"),
    });
    const idle = await cli(["backup", path.join(map, "idle.tar")], cliEnv);
    if (idle.status !== 0)
      throw new Error(`backup idle ${mb} MB: ${idle.stderr || idle.stdout}`);
    // Steady writes: one create, then yield to the event loop (the child's pipes are read meanwhile).
    let stop = false;
    let writes = 0;
    let mislukt = 0;
    let langste = 0;
    const t0 = performance.now();
    const schrijver = (async () => {
      let i = 20_000_000 + mb * 100_000;
      while (!stop) {
        const s = performance.now();
        try {
          await maak(i++);
          writes += 1;
        } catch {
          mislukt += 1;
        }
        langste = Math.max(langste, performance.now() - s);
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    const archief = path.join(map, "belast.tar");
    const belast = await cli(["backup", archief], cliEnv);
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await schrijver;
    const sec = (performance.now() - t0) / 1000;
    if (belast.status !== 0)
      throw new Error(
        `backup onder belasting ${mb} MB: ${belast.stderr || belast.stdout}`
      );
    const rij = {
      mb: Math.round(vul.bytes / 1048576),
      idleMs: idle.ms,
      belastMs: belast.ms,
      writes,
      perS: Math.round(writes / sec),
      mislukt,
      langsteMs: Math.round(langste),
      archiefMb: Math.round(statSync(archief).size / 1048576),
    } as (typeof b)[number];
    if (mb === Math.max(...maten)) {
      const naar = path.join(map, "hersteld");
      const h = await cli(
        ["herstel", "--naar", naar, "--archief", archief],
        cliEnv
      );
      if (h.status !== 0 || !/Integriteit: ok/.test(h.stdout))
        throw new Error(`herstel van ${archief}: ${h.stdout} ${h.stderr}`);
      rij.herstelMs = h.ms;
    }
    b.push(rij);
    closeDatabase();
    rmSync(map, { recursive: true, force: true });
  }
  console.log(
    `(b) afspraak backup (archive with attachments and checksums; includes ~1-2 s CLI start), load ${belasting()}`
  );
  console.log(
    "    MB   idle ms   under writes ms   writes meanwhile   writes/s   failed   slowest write ms   archive MB   restore ms"
  );
  for (const r of b) {
    console.log(
      `    ${String(r.mb).padStart(3)}  ${String(r.idleMs).padStart(
        8
      )}  ${String(r.belastMs).padStart(16)}  ${String(r.writes).padStart(
        17
      )}  ${String(r.perS).padStart(9)}  ${String(r.mislukt).padStart(
        7
      )}  ${String(r.langsteMs).padStart(17)}  ${String(r.archiefMb).padStart(
        11
      )}  ${r.herstelMs ?? "–"}`
    );
  }

  // (c) the restore drill: RPO and RTO.
  const drills = delen.has("c")
    ? (process.env.AFSPRAAK_BENCH_DRILL_MB ?? "0,300").split(",").map(Number)
    : [];
  const c: Awaited<ReturnType<typeof herstelproef>>[] = [];
  for (const mb of drills) c.push(await herstelproef(werk, mb));
  if (c.length)
    console.log(
      `(c) restore drill with Litestream (sync interval 1 s; 0 MB = the seeded database), load ${belasting()}`
    );
  for (const r of c) {
    console.log(
      `    ${r.mb} MB: ${r.bevestigd} acknowledged, ${r.terug} restored, ${r.kwijt} lost: RPO ${r.rpoMs} ms of writes; RTO (afspraak herstel, with checks) ${r.rtoMs} ms; ${r.bijlagen} attachments back; replica first in step ${r.bijMs} ms after start (snapshot + 40 writes)`
    );
  }
  rmSync(werk, { recursive: true, force: true });
  return { load: `${loadStart} → ${belasting()}`, a, b, c };
}

async function herstelproef(werk: string, groot: number) {
  const map = path.join(werk, "drill");
  const replica = path.join(werk, "drill-replica");
  const naar = path.join(werk, "drill-hersteld");
  mkdirSync(path.join(map, "bijlagen"), { recursive: true });
  copyFileSync(path.join(werk, "basis.db"), path.join(map, "afspraak.db"));
  if (groot > 0) maakGroot(path.join(map, "afspraak.db"), groot);
  const t0 = Date.now();
  let bijMs = 0;
  const e = env({
    AFSPRAAK_DB: path.join(map, "afspraak.db"),
    AFSPRAAK_BIJLAGEN: path.join(map, "bijlagen"),
    AFSPRAAK_REPLICA: replica,
    AFSPRAAK_REPLICA_INTERVAL: "1s",
    AFSPRAAK_SYNCHRONOUS: "NORMAL",
  });
  const kind = spawn(
    NODE_TSX[0]!,
    [
      ...NODE_TSX.slice(1),
      path.join(root, "tests/integration/bedrijfsvoering/schrijver.ts"),
    ],
    { cwd: root, env: e, stdio: ["pipe", "pipe", "pipe"] }
  );
  const regels: string[] = [];
  const wachters: (() => void)[] = [];
  createInterface({ input: kind.stdout! }).on("line", (r) => {
    regels.push(r);
    for (const w of wachters.splice(0)) w();
  });
  const wacht = (re: RegExp, vanaf = 0, ms = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const t = setTimeout(
        () => reject(new Error(`geen ${re} binnen ${ms} ms`)),
        ms
      );
      const kijk = () => {
        const r = regels.slice(vanaf).find((x) => re.test(x));
        if (r) {
          clearTimeout(t);
          resolve(r);
        } else wachters.push(kijk);
      };
      kijk();
    });
  let killOp = 0;
  try {
    await wacht(/^KLAAR$/, 0, 180_000);
    kind.stdin!.write("klachten 40\n");
    await wacht(/^KLAAR$/, 1);
    for (let i = 0; ; i++) {
      const v = regels.length;
      kind.stdin!.write("status\n");
      const s = JSON.parse((await wacht(/^STATUS /, v)).slice(7)) as {
        bij: boolean;
        bijlagen: { achter: number };
      };
      if (s.bij && s.bijlagen.achter === 0) {
        bijMs = Date.now() - t0;
        break;
      }
      if (i > 1200) throw new Error(`replica niet bij: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    kind.stdin!.write("doorlopend\n");
    await new Promise((r) => setTimeout(r, 3000));
    const pid = Number(readFileSync(path.join(map, "litestream.pid"), "utf8"));
    killOp = Date.now();
    process.kill(pid, "SIGKILL");
    kind.kill("SIGKILL");
    await new Promise((r) => kind.once("exit", r));
  } finally {
    if (kind.exitCode === null && kind.signalCode === null)
      kind.kill("SIGKILL");
    // On an error path Litestream would outlive its server: stop it by its pid file.
    const pidBestand = path.join(map, "litestream.pid");
    if (!killOp && existsSync(pidBestand)) {
      try {
        process.kill(Number(readFileSync(pidBestand, "utf8")), "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  }
  const acks = regels
    .filter((r) => r.startsWith("ACK "))
    .map((r) => ({ klacht: r.split(" ")[1]!, op: Number(r.split(" ")[3]) }));
  const mb = Math.round(statSync(path.join(map, "afspraak.db")).size / 1048576);
  rmSync(map, { recursive: true, force: true });
  const h = await cli(["herstel", "--naar", naar, "--replica", replica], e);
  if (h.status !== 0) throw new Error(`herstel: ${h.stdout} ${h.stderr}`);
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(path.join(naar, "afspraak.db"), { readonly: true });
  const klachten = new Set(
    (db.prepare("SELECT id FROM klachten").all() as { id: string }[]).map(
      (x) => x.id
    )
  );
  const bijlagen = (
    db.prepare("SELECT count(*) AS n FROM klacht_bijlagen").get() as {
      n: number;
    }
  ).n;
  db.close();
  const terug = acks.filter((x) => klachten.has(x.klacht));
  const laatste = Math.max(...terug.map((x) => x.op));
  for (const bestand of [naar, replica])
    if (existsSync(bestand)) rmSync(bestand, { recursive: true, force: true });
  return {
    bevestigd: acks.length,
    terug: terug.length,
    kwijt: acks.length - terug.length,
    rpoMs: killOp - laatste,
    rtoMs: h.ms,
    bijlagen,
    mb,
    bijMs,
  };
}

if (
  process.argv[1] &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
