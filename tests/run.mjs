// `npm test`: every suite — unit and integration (vitest), then end-to-end in Debian's Chromium (Playwright
// against the built production server) — and one closing line "N passed, N failed" with the totals.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const tmp = path.join(root, "tests/.tmp-run");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const bin = (p) => path.join(root, "node_modules", p);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(chromium)) return chromium;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("Chromium ontbreekt: installeren met apt-get (Debian-pakket 'chromium')…");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update", "-q"], env) === 0 && run("apt-get", ["install", "-y", "-q", "chromium"], env) === 0 && existsSync(chromium)) {
      return chromium;
    }
  }
  console.error(
    "\nDe end-to-end-tests hebben Chromium nodig op /usr/bin/chromium (of zet CHROMIUM_PATH).\n" +
      "Installeer het als root met:  apt-get update && apt-get install -y chromium\n",
  );
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// 0. The layout's dependency rules: no import cycle under app/, workflows/, db/; shared mechanics import no
//    feature (tests/architectuur/afhankelijkheden.cjs). Counts as one test.
const aStatus = run(process.execPath, [
  bin("dependency-cruiser/bin/dependency-cruise.mjs"),
  "--config",
  "tests/architectuur/afhankelijkheden.cjs",
  "app",
  "workflows",
  "db",
]);
if (aStatus === 0) totals.passed += 1;
else {
  console.error("Afhankelijkheidsregels geschonden (zie hierboven): een importcyclus of een verboden richting.");
  totals.failed += 1;
}

// 1. Unit and integration tests.
const vitestJson = path.join(tmp, "vitest.json");
const vStatus = run(process.execPath, [
  bin("vitest/vitest.mjs"),
  "run",
  "--config",
  "tests/vitest.config.ts",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, "utf8"));
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites && !v.numFailedTests ? v.numFailedTestSuites : 0);
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else if (vStatus !== 0) {
  totals.failed += 1;
}
if (vStatus !== 0 && totals.failed === 0) totals.failed += 1;

// 2. End-to-end tests in Chromium against the production build.
const chromium = ensureChromium();
const bStatus = run(process.execPath, [bin("@remix-run/dev/dist/cli.js"), "build"], { NODE_ENV: "production" });
if (bStatus !== 0) {
  console.error("Bouwen mislukt: de end-to-end-tests zijn niet uitgevoerd.");
  totals.failed += 1;
} else {
  const e2eJson = path.join(root, "tests/.tmp-e2e", `results-${process.env.AFSPRAAK_E2E_PORT || 3111}.json`);
  rmSync(e2eJson, { force: true });
  const pStatus = run(process.execPath, [bin("@playwright/test/cli.js"), "test", "-c", "tests/playwright.config.ts"], {
    CHROMIUM_PATH: chromium,
  });
  if (existsSync(e2eJson)) {
    const s = JSON.parse(readFileSync(e2eJson, "utf8")).stats ?? {};
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    totals.failed += s.unexpected ?? 0;
    totals.skipped += s.skipped ?? 0;
    if (pStatus !== 0 && !s.unexpected) totals.failed += 1;
  } else if (pStatus !== 0) {
    totals.failed += 1;
  }
}

// Skipped tests (report-only checks that run on request) on their own line, so the last line is exactly the totals.
if (totals.skipped) console.log(`${totals.skipped} skipped (report-only, run on request)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
