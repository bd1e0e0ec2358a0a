// Started by Playwright's webServer: a fresh database, then the real production server (built by `remix build`).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = path.join(root, "tests/.tmp-e2e");
mkdirSync(dir, { recursive: true });
for (const f of ["e2e.db", "e2e.db-wal", "e2e.db-shm"]) rmSync(path.join(dir, f), { force: true });

const { startServer } = await import(pathToFileURL(path.join(root, "app/http/server.mjs")).href);
await startServer();
