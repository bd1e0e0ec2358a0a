// The background checkpointer (db/checkpoint.ts): a worker thread with a connection of its own that copies the
// write-ahead log into the database file with PASSIVE checkpoints, so no user's request pays for that copy and its
// fsync. PASSIVE never waits for a lock and never blocks a writer or a reader; committed work is durable in the WAL
// either way, so stopping this thread at any moment loses nothing. Plain JavaScript: it runs as a file of its own.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, intervalMs, synchronous } = workerData;
const db = new Database(file, { fileMustExist: true });
db.pragma(`synchronous = ${synchronous}`);
db.pragma("busy_timeout = 0");

let timer = null;
let gestopt = false;
function ronde() {
  if (gestopt) return;
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    // busy = 1 when the checkpoint could not run at all (another one was running); log/checkpointed are frames
    if (r && r.log > 0) parentPort.postMessage({ soort: "ronde", log: r.log, gekopieerd: r.checkpointed, bezet: r.busy });
  } catch (e) {
    parentPort.postMessage({ soort: "fout", melding: String(e && e.message ? e.message : e) });
  }
  timer = setTimeout(ronde, intervalMs);
}

parentPort.on("message", (m) => {
  if (m === "stop") {
    gestopt = true;
    if (timer) clearTimeout(timer);
    try {
      db.close();
    } finally {
      parentPort.postMessage({ soort: "gestopt" });
      parentPort.close();
    }
  }
});
ronde();
