// The raw floor for bench/http.ts: the least a server can do for the same requests, so the benchmark can say
// what share of it Afspraak reaches. node:http + better-sqlite3 with the app's pragmas (WAL, synchronous=NORMAL),
// no framework, no session, no rendering:
//   GET  /healthz               SELECT 1, a small JSON answer;
//   POST /terugbelafspraken     a urlencoded form read; ONE transaction: the commitment row, its first event and
//                               an audit line (what the app's create writes at the least); a 302 like the app;
//   POST /poging/<id>           ONE transaction: version check + update of the row, an event and an audit line.
// Tables of its own (vloer_*) in a database file of its own. Not part of the app; run only by bench/http.ts:
//   node bench/vloer.mjs <database-file> <port>
import http from "node:http";
import crypto from "node:crypto";
import Database from "better-sqlite3";

const [file, portArg] = process.argv.slice(2);
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.pragma("busy_timeout = 5000");
db.exec(`
  CREATE TABLE IF NOT EXISTS vloer_afspraken (id TEXT PRIMARY KEY, naam TEXT, telefoon TEXT, vraag TEXT, versie INTEGER NOT NULL,
    status TEXT NOT NULL, eigenaar TEXT, termijn_op INTEGER, aangemaakt_op INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS vloer_afspraken_eigenaar ON vloer_afspraken (eigenaar, termijn_op);
  CREATE TABLE IF NOT EXISTS vloer_events (id INTEGER PRIMARY KEY, afspraak_id TEXT NOT NULL, type TEXT NOT NULL, payload TEXT, op INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS vloer_events_afspraak ON vloer_events (afspraak_id);
  CREATE TABLE IF NOT EXISTS vloer_audit (id INTEGER PRIMARY KEY, op INTEGER NOT NULL, actie TEXT NOT NULL, object_id TEXT);
`);
const insA = db.prepare("INSERT INTO vloer_afspraken VALUES (?, ?, ?, ?, 1, 'beloofd', ?, ?, ?)");
const insE = db.prepare("INSERT INTO vloer_events (afspraak_id, type, payload, op) VALUES (?, ?, ?, ?)");
const insAu = db.prepare("INSERT INTO vloer_audit (op, actie, object_id) VALUES (?, ?, ?)");
const upd = db.prepare("UPDATE vloer_afspraken SET versie = versie + 1 WHERE id = ? AND versie = ?");
const health = db.prepare("SELECT 1 AS ok");
const maak = db.transaction((f) => {
  const id = crypto.randomUUID();
  const t = Date.now();
  insA.run(id, f.get("naam"), f.get("telefoon"), f.get("vraag"), "bench", t + 86_400_000, t);
  insE.run(id, "AANGEMAAKT", JSON.stringify({ naam: f.get("naam"), telefoon: f.get("telefoon") }), t);
  insAu.run(t, "terugbelafspraak.aanmaken", id);
  return id;
});
const poging = db.transaction((id, versie) => {
  const t = Date.now();
  if (upd.run(id, versie).changes !== 1) return false;
  insE.run(id, "POGING", JSON.stringify({ uitkomst: "geen_gehoor" }), t);
  insAu.run(t, "terugbelafspraak.poging", id);
  return true;
});
/**
 * Rows for the attempts: `vloer-<n>` at version 1, made anew on every call (the bench calls it before each workload
 * and counts the versions itself: request k steps row k mod n from version floor(k / n) + 1).
 */
function zaaiPogingen(n) {
  db.transaction(() => {
    db.prepare("DELETE FROM vloer_afspraken WHERE id LIKE 'vloer-%'").run();
    for (let i = 0; i < n; i++) insA.run(`vloer-${i}`, "Inwoner", "+31600000000", "Vraag", "bench", 0, 0);
  })();
}

function body(req) {
  return new Promise((resolve, reject) => {
    const delen = [];
    req.on("data", (d) => delen.push(d));
    req.on("end", () => resolve(Buffer.concat(delen).toString("utf8")));
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method === "GET" && req.url === "/healthz") {
      const ok = health.get().ok === 1;
      res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ status: ok ? "ok" : "fout" }));
      return;
    }
    if (req.method === "POST" && req.url === "/terugbelafspraken") {
      const id = maak(new URLSearchParams(await body(req)));
      res.writeHead(302, { Location: `/terugbelafspraken/${id}?nieuw=1` });
      res.end();
      return;
    }
    const m = /^\/poging\/([^/?]+)$/.exec(req.url ?? "");
    if (req.method === "POST" && m) {
      const f = new URLSearchParams(await body(req));
      const ok = poging(m[1], Number(f.get("versie")));
      res.writeHead(ok ? 302 : 409, ok ? { Location: `/terugbelafspraken/${m[1]}?gedaan=poging` } : {});
      res.end();
      return;
    }
    if (req.method === "POST" && req.url === "/zaai") {
      zaaiPogingen(Number(new URLSearchParams(await body(req)).get("n")));
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(404);
    res.end();
  } catch (e) {
    res.writeHead(500);
    res.end(String(e));
  }
});
server.listen(Number(portArg), "127.0.0.1", () => process.stdout.write("klaar\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
