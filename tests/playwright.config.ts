import { defineConfig, devices } from "@playwright/test";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
export const E2E_PORT = Number(process.env.AFSPRAAK_E2E_PORT || 3111);
export const E2E_SMTP_PORT = Number(process.env.AFSPRAAK_E2E_SMTP_PORT || 2526);
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: path.join(root, "tests/e2e"),
  outputDir: process.env.AFSPRAAK_E2E_OUTPUT || path.join(root, "test-results", `p${E2E_PORT}`),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(root, "tests/.tmp-e2e", `results-${E2E_PORT}.json`) }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node ${path.join(root, "tests/e2e/serve.mjs")}`,
    cwd: root,
    url: `http://localhost:${E2E_PORT}/readyz`, // 503 until booted (the host listens during migrations)
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(E2E_PORT),
      AFSPRAAK_E2E_DIR: path.join(root, "tests/.tmp-e2e", `p${E2E_PORT}`),
      AFSPRAAK_BIJLAGEN: path.join(root, "tests/.tmp-e2e", `p${E2E_PORT}`, "bijlagen"),
      AFSPRAAK_TEST_CLOCK: "1",
      AFSPRAAK_INSECURE_COOKIES: "1",
      AFSPRAAK_SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      AFSPRAAK_ROOT: root,
    },
  },
});
