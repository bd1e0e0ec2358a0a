/**
 * Runs every benchmark in bench/ one after another (`npm run bench`, or `npm run bench -- deadlines sweep`).
 * Each benchmark prints its own table with its same-run baseline; record results in docs/benchmarks.md
 * together with the machine and the date. Benchmarks are never part of the test suite.
 */
import os from "node:os";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { readdirSync } from "node:fs";

const dir = path.dirname(new URL(import.meta.url).pathname);
const alle = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && f !== "run.ts" && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const gekozen = process.argv.slice(2).filter((a) => !a.startsWith("-") && !/^\d+$/.test(a));
const namen = gekozen.length ? gekozen : alle;
// What is left after the names (e.g. a size: `npm run bench -- inwoner 500`) is the benchmarks' own argv.
process.argv.splice(2, process.argv.length - 2, ...process.argv.slice(2).filter((a) => !alle.includes(a)));

console.log(`Afspraak benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
for (const naam of namen) {
  if (!alle.includes(naam)) {
    console.error(`Onbekende benchmark: ${naam}. Kies uit: ${alle.join(", ")}`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n=== ${naam} ===`);
  const mod = (await import(pathToFileURL(path.join(dir, `${naam}.ts`)).href)) as { main?: () => Promise<unknown> };
  // A benchmark either exports main() or runs at import (top-level await).
  if (typeof mod.main === "function") await mod.main();
}
