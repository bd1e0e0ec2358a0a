import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { "~": fileURLToPath(new URL("../app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/setup/global.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { AFSPRAAK_ROOT: root, AFSPRAAK_BACKGROUND: "0", AFSPRAAK_TEST_CLOCK: "1", AFSPRAAK_TEST_CLOCK_FROZEN: "1", TZ: "UTC", AFSPRAAK_DEMO_HISTORIE: "0" },
  },
});
