/**
 * API creates per second against the form create (issue 16), in the same run, on a fresh seeded database:
 *
 *  (a) API: the action of app/routes/api.v1.terugbelafspraken.ts with a real JSON Request — bearer token checked
 *      (SHA-256, constant-time compare), rate-limit window counted (two writes), body read by leesJson, the
 *      contract schema, maakTerugbelafspraak (citizen link, workflow start, deadline, audit), the API audit line
 *      and the JSON answer;
 *  (b) form: what the action of app/routes/terugbelafspraken.nieuw.tsx does (the route module itself imports CSS,
 *      which tsx cannot load), with a session cookie and a urlencoded Request — requireUser (lucia session lookup),
 *      leesInvoer, legTerugbelafspraakVast (the same maakTerugbelafspraak), the redirect target;
 *  (c) the feature call alone (maakTerugbelafspraak with a plain record).
 *
 *   npx tsx bench/api.ts [n=1000]
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const belasting = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

export async function main(n = Number(process.argv[2] ?? 1000)) {
  const loadStart = belasting();
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_ROOT ??= root;
  const file = path.join("/tmp", `afspraak-bench-api-${process.pid}.db`);
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  setDatabase(openDatabase(file));
  const { seed } = await import("../app/features/demodata/seed.server");
  await seed();
  await import("../app/boot/workflows.server");
  const { setNow } = await import("../app/platform/clock");
  const { maakClient } = await import("../app/features/api/clients.server");
  const { maakTerugbelafspraak } = await import("../app/features/terugbellen/terugbel.server");
  const { startSession, rollenVan } = await import("../app/platform/auth/sessies.server");
  const apiRoute = await import("../app/routes/api.v1.terugbelafspraken");
  const { requireUser } = await import("../app/platform/auth/permissions.server");
  const { leesInvoer } = await import("../app/platform/web/formulier.server");
  const { legTerugbelafspraakVast } = await import("../app/features/terugbellen/pagina.server");
  setNow(Date.parse("2026-12-01T10:00:00+01:00"));
  const { sqlite } = getDatabase();
  const fatima = sqlite.prepare("SELECT id, naam, email, team_id FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'").get() as { id: string; naam: string; email: string; team_id: number };
  const user = { id: fatima.id, naam: fatima.naam, email: fatima.email, rollen: rollenVan(fatima.id) };
  const c = maakClient({ naam: "Bench", scopes: ["afspraken:schrijven", `team:${fatima.team_id}`], limietPerMinuut: 1_000_000 }, { id: null, naam: "bench" }, null);
  if (!c.ok) throw new Error(c.fout);
  const cookie = (await startSession(fatima.id)).split(";")[0]!;
  const context = { clientIp: "127.0.0.1", requestId: "bench" };
  const tel = (i: number) => `06${String(10_000_000 + (i % 89_999_999)).padStart(8, "0")}`;

  const api = async (i: number) => {
    const request = new Request("http://localhost/api/v1/terugbelafspraken", {
      method: "POST",
      headers: { Authorization: `Bearer ${c.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ naam: `Inwoner api ${i}`, telefoon: tel(i), vraag: `Vraag via de API ${i}`, team: fatima.team_id }),
    });
    const r = (await apiRoute.action({ request, params: {}, context } as never)) as Response;
    if (r.status !== 201) throw new Error(`api ${i}: ${r.status} ${await r.text()}`);
  };
  const formulier = async (i: number) => {
    const body = new URLSearchParams({ naam: `Inwoner form ${i}`, telefoon: tel(i), vraag: `Vraag via het scherm ${i}`, kanaal: "telefoon", toewijzing: "team", norm: "TERUGBELLEN" });
    const request = new Request("http://localhost/terugbelafspraken/nieuw", {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
      body: body.toString(),
    });
    const ingelogd = await requireUser(request, context as never, "werk");
    const r = legTerugbelafspraakVast(await leesInvoer(request), ingelogd, "127.0.0.1 req=bench");
    if (r.soort !== "verder") throw new Error(`formulier ${i} geweigerd`);
  };
  const feature = (i: number) => {
    const r = maakTerugbelafspraak({ naam: `Inwoner feature ${i}`, telefoon: tel(i), vraag: `Vraag ${i}`, kanaal: "telefoon", toewijzing: "team", norm: "TERUGBELLEN" }, user, null);
    if (!r.ok) throw new Error(`feature ${i}: ${JSON.stringify(r.fouten)}`);
  };

  for (let i = 0; i < 50; i++) {
    await api(1_000_000 + i);
    await formulier(1_000_000 + i);
    feature(1_000_000 + i);
  }
  const ms = { api: 0, formulier: 0, feature: 0 };
  const RONDE = 100;
  for (let start = 0; start < n; start += RONDE) {
    const eind = Math.min(n, start + RONDE);
    let t0 = performance.now();
    for (let i = start; i < eind; i++) await api(i);
    ms.api += performance.now() - t0;
    t0 = performance.now();
    for (let i = start; i < eind; i++) await formulier(i);
    ms.formulier += performance.now() - t0;
    t0 = performance.now();
    for (let i = start; i < eind; i++) feature(i);
    ms.feature += performance.now() - t0;
  }
  const perS = (t: number) => Math.round((n / t) * 1000);
  const uit = {
    n,
    apiPerS: perS(ms.api),
    formulierPerS: perS(ms.formulier),
    featurePerS: perS(ms.feature),
    ratioApiFormulier: Math.round((ms.formulier / ms.api) * 100) / 100,
    load: `${loadStart} → ${belasting()}`,
  };
  console.log(`callback creates: API vs form, n=${n} each, ${os.cpus().length} cores, load ${uit.load}`);
  console.log(`  API route action (token, rate limit, JSON, contract schema, create, audit):   ${uit.apiPerS}/s`);
  console.log(`  form route action (session, form read, create, redirect):                    ${uit.formulierPerS}/s`);
  console.log(`  maakTerugbelafspraak alone:                                                   ${uit.featurePerS}/s`);
  console.log(`  API / form throughput: ${uit.ratioApiFormulier}`);
  closeDatabase();
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return uit;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
