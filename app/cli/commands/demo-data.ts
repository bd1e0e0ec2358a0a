/**
 * `npm run --silent afspraak -- demo-data [--jaren 10] [--schaal klein|middel|groot] [--zaad 1] [--opnieuw]`
 *
 * Generates years of a large city into the database of AFSPRAAK_DB (default ./data/afspraak.db), migrating and
 * seeding the demo municipality first when needed. Progress on stderr, a summary on stdout. Refuses (exit 2)
 * when the database already holds generated data, unless --opnieuw: then the database FILE is deleted and
 * built again (migrate + demo seed + generate).
 */
import { rmSync, existsSync } from "node:fs";
import { closeDatabase, databasePath, getDatabase } from "../../../db/client";

const GEBRUIK = `Gebruik: npm run --silent afspraak -- demo-data [--jaren 10] [--schaal klein|middel|groot] [--zaad 1] [--opnieuw]

  --jaren    aantal jaren historie, eindigend vandaag (1–30, standaard 10)
  --schaal   klein (enkele duizenden afspraken, ~500 klachten), middel, groot (≥ 5 miljoen afspraken, ≥ 200.000 klachten)
  --zaad     getal voor de toevalsgenerator: dezelfde zaad geeft dezelfde data (standaard 1)
  --opnieuw  verwijder het databasebestand eerst en bouw het opnieuw op (alle gegevens erin gaan verloren)
`;

function fout(tekst: string): number {
  process.stderr.write(`${tekst}\n\n${GEBRUIK}`);
  return 2;
}

export async function run(args: string[]): Promise<number> {
  let jaren = 10;
  let schaal = "klein";
  let zaad = 1;
  let opnieuw = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) return fout(`Onverwacht argument "${a}".`);
    const naam = m[1]!;
    if (naam === "help") {
      process.stdout.write(GEBRUIK);
      return 0;
    }
    if (naam === "opnieuw") {
      opnieuw = true;
      continue;
    }
    const waarde = m[2] ?? args[++i];
    if (waarde === undefined) return fout(`--${naam} mist een waarde.`);
    if (naam === "jaren") {
      jaren = Number(waarde);
      if (!Number.isInteger(jaren) || jaren < 1 || jaren > 30) return fout("--jaren moet een geheel getal van 1 tot en met 30 zijn.");
    } else if (naam === "schaal") {
      if (!["klein", "middel", "groot"].includes(waarde)) return fout("--schaal moet klein, middel of groot zijn.");
      schaal = waarde;
    } else if (naam === "zaad") {
      zaad = Number(waarde);
      if (!Number.isInteger(zaad) || zaad < 0) return fout("--zaad moet een geheel getal ≥ 0 zijn.");
    } else return fout(`Onbekende optie --${naam}.`);
  }

  const pad = databasePath();
  if (opnieuw && pad !== ":memory:") {
    closeDatabase();
    for (const ext of ["", "-wal", "-shm"]) if (existsSync(pad + ext)) rmSync(pad + ext);
    process.stderr.write(`Databasebestand ${pad} verwijderd (--opnieuw).\n`);
  }
  const { sqlite } = getDatabase(); // opens and migrates
  const { seed } = await import("../../features/demodata/seed.server");
  const gen = await import("../../features/demodata/generator.server");
  const bestaand = gen.gegenereerdeData(sqlite);
  if (bestaand) {
    process.stderr.write(
      `Deze database (${pad}) bevat al gegenereerde demo-data (schaal ${bestaand.schaal}, ${bestaand.jaren} jaar, zaad ${bestaand.zaad}).\n` +
        `Gebruik --opnieuw om het bestand te verwijderen en opnieuw te genereren.\n`,
    );
    closeDatabase();
    return 2;
  }
  if (!(sqlite.prepare("SELECT count(*) AS n FROM medewerkers").get() as { n: number }).n) {
    process.stderr.write("Lege database: eerst de demo-gemeente aanmaken…\n");
  }
  await seed();
  const s = await gen.genereerDemoData({
    jaren,
    schaal: schaal as "klein" | "middel" | "groot",
    zaad,
    voortgang: (r) => process.stderr.write(`${r}\n`),
  });
  s.rijen.kto_uitnodigingen = (await import("../../features/demodata/kto.server")).zaaiKtoAntwoorden({ zaad }); // issue 13
  const breed = Math.max(...Object.keys(s.rijen).map((x) => x.length));
  process.stdout.write(`\nDemo-data gegenereerd in ${pad} (schaal ${schaal}, ${jaren} jaar, zaad ${zaad}).\n\n`);
  for (const [t, n] of Object.entries(s.rijen)) process.stdout.write(`  ${t.padEnd(breed)}  ${n.toLocaleString("nl-NL").padStart(12)}\n`);
  process.stdout.write(
    `\n  via de engine: ${s.viaEngine.terugbel} open terugbelafspraken, ${s.viaEngine.klachten} lopende klachten, ` +
      `${s.viaEngine.overdrachten} open warme overdrachten, ${s.viaEngine.verbeteracties} verbeteracties (alle stappen)` +
      (s.viaEngine.geweigerd ? ` (${s.viaEngine.geweigerd} stappen geweigerd)` : "") +
      `\n  tijd: ${(s.ms / 1000).toFixed(1)} s — database: ${(s.bytes / 2 ** 20).toFixed(0)} MiB\n`,
  );
  closeDatabase();
  return 0;
}
