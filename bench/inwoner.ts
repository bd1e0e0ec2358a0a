/**
 * Public complaint submissions per second (issue 13) against staff-side complaint creates, in the same run, on a
 * fresh seeded database (WAL, synchronous=NORMAL):
 *
 *  (a) public, through the route: the action of app/routes/inwoner.klacht.tsx with a real multipart Request —
 *      body read by leesFormulier, honeypot + signed fill-time stamp + per-IP and per-contact rate limits (two
 *      indexed counts, three inserts), zod validation, registreerKlacht (workflow start, deadlines, dossier row,
 *      citizen link, audit) and a status link;
 *  (b) public, the feature call alone (dienKlachtIn, no Request/FormData);
 *  (c) staff: leesIntake on the same kind of FormData + registreerKlacht (what /klachten/nieuw does after login).
 *
 * Every submission uses its own IP and e-mail address, so the rate limits are exercised but never refuse.
 *
 *   npx tsx bench/inwoner.ts [n=1000]
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
  const file = path.join("/tmp", `afspraak-bench-inwoner-${process.pid}.db`);
  const { openDatabase, setDatabase, closeDatabase, getDatabase } = await import("../db/client");
  setDatabase(openDatabase(file));
  const { seed } = await import("../app/features/demodata/seed.server");
  await seed();
  await import("../app/boot/workflows.server");
  const { setNow, now } = await import("../app/platform/clock");
  const { maakStempel } = await import("../app/features/inwoner/beveiliging.server");
  const { dienKlachtIn } = await import("../app/features/inwoner/intake.server");
  const { registreerKlacht } = await import("../app/features/klachten/klachten.server");
  const { leesIntake } = await import("../app/features/klachten/formulieren.server");
  const route = await import("../app/routes/inwoner.klacht");
  setNow(Date.parse("2026-12-01T10:00:00+01:00"));
  const { sqlite } = getDatabase();
  const ruben = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE email = 'ruben@voorbeeld.nl'").get() as { id: string; naam: string };
  const fatima = sqlite.prepare("SELECT id FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'").get() as { id: string };

  const velden = (i: number, soort: string): Record<string, string> => ({
    website: "",
    formulierStempel: maakStempel(now() - 5_000),
    naam: `Inwoner ${soort} ${i}`,
    email: `inwoner-${soort}-${i}@example.nl`,
    telefoon: "",
    antwoordVia: "e-mail",
    wat: `Ik heb al weken geen antwoord gekregen op mijn vraag over de afvalpas (${soort} ${i}).`,
    wie: "Het loket",
    wanneer: "2026-11-20",
  });
  const formData = (v: Record<string, string>) => {
    const f = new FormData();
    for (const [k, w] of Object.entries(v)) f.set(k, w);
    return f;
  };

  const publiekRoute = async (i: number) => {
    const request = new Request("http://localhost/inwoner/klacht", { method: "POST", body: formData(velden(i, "route")) });
    const r = await route.action({ request, params: {}, context: { clientIp: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, requestId: `b${i}` } } as never);
    if (!(r instanceof Response) || r.status !== 302) throw new Error(`publieke klacht ${i} geweigerd`);
  };
  const publiekFeature = (i: number) => {
    const r = dienKlachtIn(velden(i, "feature"), [], { ip: `11.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, oorsprong: null });
    if (!r.ok) throw new Error(`publieke klacht ${i}: ${JSON.stringify(r.fouten)} ${r.weigering?.melding ?? ""}`);
  };
  const staf = (i: number) => {
    const f = formData({
      ontvangenDatum: "2026-12-01",
      kanaal: "e-mail",
      vorm: "schriftelijk",
      klagerSoort: "persoon",
      klagerNaam: `Klager ${i}`,
      klagerEmail: `klager-${i}@example.nl`,
      klagerVoorkeurKanaal: "e-mail",
      omschrijving: `Ik heb al weken geen antwoord gekregen op mijn vraag over de afvalpas (staf ${i}).`,
      gedragingDatum: "2026-11-20",
      afdelingId: "",
    });
    f.append("beklaagden", fatima.id);
    const r = leesIntake(f);
    if (!r.ok) throw new Error(`staf ${i}: ${JSON.stringify(r.fouten)}`);
    registreerKlacht(r.invoer, ruben, null);
  };

  // warm-up
  for (let i = 0; i < 50; i++) {
    await publiekRoute(1_000_000 + i);
    publiekFeature(1_000_000 + i);
    staf(1_000_000 + i);
  }
  // interleaved rounds so that a growing database and background load hit all three alike
  const ms = { route: 0, feature: 0, staf: 0 };
  const RONDE = 100;
  for (let start = 0; start < n; start += RONDE) {
    const eind = Math.min(n, start + RONDE);
    let t0 = performance.now();
    for (let i = start; i < eind; i++) await publiekRoute(i);
    ms.route += performance.now() - t0;
    t0 = performance.now();
    for (let i = start; i < eind; i++) publiekFeature(i);
    ms.feature += performance.now() - t0;
    t0 = performance.now();
    for (let i = start; i < eind; i++) staf(i);
    ms.staf += performance.now() - t0;
  }
  const perS = (t: number) => Math.round((n / t) * 1000);
  const uit = {
    n,
    publiekRoutePerS: perS(ms.route),
    publiekFeaturePerS: perS(ms.feature),
    stafPerS: perS(ms.staf),
    ratioRouteStaf: Math.round((ms.staf / ms.route) * 100) / 100,
    klachten: (sqlite.prepare("SELECT count(*) n FROM klachten").get() as { n: number }).n,
    load: `${loadStart} → ${belasting()}`,
  };
  console.log(`public complaint submissions vs staff-side creates, n=${n} each, ${os.cpus().length} cores, load ${uit.load}`);
  console.log(`  public via the route action (form read, abuse checks, validation, create, status link): ${uit.publiekRoutePerS}/s`);
  console.log(`  public via dienKlachtIn (no Request/FormData):                                       ${uit.publiekFeaturePerS}/s`);
  console.log(`  staff leesIntake + registreerKlacht:                                                  ${uit.stafPerS}/s`);
  console.log(`  public route / staff throughput: ${uit.ratioRouteStaf}`);
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
