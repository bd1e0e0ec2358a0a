// `npm start`: build the app, then serve it. Migrations run and demo data is seeded (if the database is new)
// when the server boots.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = process.cwd();
process.env.NODE_ENV = "production";
const t0 = Date.now();
const remix = path.join(root, "node_modules/@remix-run/dev/dist/cli.js");
const r = spawnSync(process.execPath, [remix, "build"], { stdio: "inherit", env: process.env });
if (r.status !== 0) {
  console.error("Bouwen mislukt: zie de meldingen hierboven.");
  process.exit(r.status ?? 1);
}
console.log(JSON.stringify({ t: new Date().toISOString(), level: "info", msg: "gebouwd", ms: Date.now() - t0 }));
const { startServer } = await import("./server.mjs");
await startServer();
