// Started by Playwright's webServer: a fresh database, a capturing SMTP server, then the real production
// server (built by `remix build`).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SMTPServer } from "smtp-server";

const root = fileURLToPath(new URL("../..", import.meta.url));
// One folder per port, so end-to-end runs on different ports do not share a database or a mailbox.
const dir = process.env.AFSPRAAK_E2E_DIR || path.join(root, "tests/.tmp-e2e", `p${process.env.PORT || 3111}`);
mkdirSync(dir, { recursive: true });
for (const f of ["e2e.db", "e2e.db-wal", "e2e.db-shm"]) rmSync(path.join(dir, f), { force: true });
process.env.AFSPRAAK_DB = path.join(dir, "e2e.db");
process.env.AFSPRAAK_DEMO_HISTORIE = "0"; // tests count things on the plain demo data

// Every message the app sends is written to tests/.tmp-e2e/p<port>/mail/<n>.eml and <n>.json ({ from, to, subject, raw })
// so Playwright tests can assert what arrived (helpers.ts berichtenVoor).
const mailDir = path.join(dir, "mail");
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
let teller = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const delen = [];
    stream.on("data", (d) => delen.push(d));
    stream.on("end", () => {
      const raw = Buffer.concat(delen).toString("utf8");
      const kop = raw.split(/\r?\n\r?\n/)[0] ?? "";
      const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(kop)?.[1]?.replace(/\r?\n[ \t]/g, " ") ?? "";
      const n = String(++teller).padStart(5, "0");
      writeFileSync(path.join(mailDir, `${n}.eml`), raw);
      writeFileSync(
        path.join(mailDir, `${n}.json`),
        JSON.stringify({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject,
          raw,
          ontvangen: new Date().toISOString(),
        }),
      );
      callback();
    });
  },
});
const smtpPort = Number(process.env.AFSPRAAK_E2E_SMTP_PORT || 2526);
await new Promise((resolve, reject) => {
  smtp.once("error", reject);
  smtp.listen(smtpPort, "127.0.0.1", resolve);
});

const { startServer } = await import(pathToFileURL(path.join(root, "app/http/server.mjs")).href);
await startServer();
