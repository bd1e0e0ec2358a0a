/**
 * Exactly once across a crash between "sent" and "recorded" (issue 13): a child process delivers a message over a
 * real channel on loopback and is killed (SIGKILL) right after the channel accepted it, before the outbox could
 * record it. After the restart:
 * - e-mail (SMTP cannot deduplicate): the message is NOT sent again (the SMTP server holds exactly one copy); the
 *   row is `onzeker`, shows on the dossier and in the owner's inbox;
 * - SMS (the gateway deduplicates on Idempotency-Key): the message is sent again with the same key, the gateway
 *   delivers it exactly once, and the row is recorded as sent.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import "../../../app/features/berichten/registratie.server";
import { maakTerugbelafspraak } from "../../../app/features/terugbellen/terugbel.server";
import { BEZIG_LEASE_MS, bezorgBurgerberichten } from "../../../app/platform/engine/burgerberichten.server";
import { httpSmsKanaal } from "../../../app/features/berichten/sms.server";
import { berichtProbleem } from "../../../app/features/berichten/berichten.server";
import { gebruiker } from "../afspraken/helpers";
import { nepGateway, smtpServer } from "./helpers";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const child = path.join(root, "tests/integration/berichten/crash-child.ts");
const { sqlite } = getDatabase();

let gw: Awaited<ReturnType<typeof nepGateway>>;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
beforeAll(async () => {
  gw = await nepGateway();
  smtp = await smtpServer();
});
afterAll(async () => {
  await gw.sluit();
  await smtp.sluit();
});

function draai(nu: number, kanaal: "email" | "sms") {
  const p = spawn(process.execPath, ["--import", "tsx", child], {
    cwd: root,
    env: {
      ...process.env,
      AFSPRAAK_DB: getDatabase().path,
      AFSPRAAK_TEST_CLOCK: "1",
      CRASH_NU: String(nu),
      CRASH_KANAAL: kanaal,
      CRASH_SMTP_URL: smtp.url,
      CRASH_SMS_URL: gw.url,
      CRASH_SMS_TOKEN: gw.token,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  p.stdout.on("data", (d) => (out += d));
  p.stderr.on("data", (d) => (err += d));
  return new Promise<{ signal: NodeJS.Signals | null; out: string; err: string }>((r) => p.on("exit", (_c, signal) => r({ signal, out, err })));
}

function callback(email: string) {
  const r = maakTerugbelafspraak(
    { naam: "Piet Jansen", telefoon: "06-12345678", email, vraag: "Paspoort", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" },
    gebruiker("fatima@voorbeeld.nl"),
    null,
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

describe("citizen messages across a crash between sent and recorded", () => {
  it("e-mail: at most once — never sent twice; the row becomes 'onzeker' and the owner is told", async () => {
    const nu = parseTijdstip("2026-11-23T10:00");
    setNow(nu);
    const id = callback("");
    // make it an e-mail message (a callback normally goes by SMS)
    sqlite.prepare("UPDATE burgerberichten SET kanaal = 'email', aan = 'piet@example.nl' WHERE afspraak_id = ?").run(id);
    const r1 = await draai(nu, "email");
    expect(r1.signal, r1.err).toBe("SIGKILL");
    expect(r1.out).toContain("verzonden");
    expect(smtp.mails).toHaveLength(1);
    const rij = () => sqlite.prepare("SELECT status, pogingen FROM burgerberichten WHERE afspraak_id = ?").get(id) as { status: string; pogingen: number };
    expect(rij().status).toBe("bezig");
    // restart within the lease: nothing happens; after it: reconciled, not resent
    expect((await bezorgBurgerberichten({ nu: nu + 1000 })).verzonden).toBe(0);
    const na = await bezorgBurgerberichten({ nu: nu + BEZIG_LEASE_MS + 1 });
    expect(na).toMatchObject({ onzeker: 1, verzonden: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(rij()).toEqual({ status: "onzeker", pogingen: 1 });
    expect(berichtProbleem(id)).toBe(true);
    const fatima = gebruiker("fatima@voorbeeld.nl");
    expect(sqlite.prepare("SELECT count(*) n FROM berichten WHERE medewerker_id = ? AND afspraak_id = ? AND titel LIKE 'Bericht aan inwoner misschien%'").get(fatima.id, id)).toEqual({ n: 1 });
    // and later sweeps leave it alone
    await bezorgBurgerberichten({ nu: nu + 10 * BEZIG_LEASE_MS });
    expect(smtp.mails).toHaveLength(1);
  }, 60_000);

  it("SMS: exactly once at the gateway — resent with the same Idempotency-Key and recorded", async () => {
    const nu = parseTijdstip("2026-11-23T11:00");
    setNow(nu);
    sqlite.prepare("UPDATE burgerberichten SET status = 'verzonden' WHERE status IN ('wachtend', 'bezig')").run();
    const id = callback("");
    const r1 = await draai(nu, "sms");
    expect(r1.signal, r1.err).toBe("SIGKILL");
    expect(gw.verzoeken).toHaveLength(1);
    expect(gw.afgeleverd.size).toBe(1);
    const na = await bezorgBurgerberichten({ nu: nu + BEZIG_LEASE_MS + 1, kanalen: { sms: httpSmsKanaal({ url: gw.url, token: gw.token }) } });
    expect(na).toMatchObject({ hersteld: 1, verzonden: 1 });
    expect(gw.verzoeken).toHaveLength(2);
    expect(gw.verzoeken[0]!.sleutel).toBe(gw.verzoeken[1]!.sleutel);
    expect(gw.afgeleverd.size).toBe(1); // delivered once
    expect(sqlite.prepare("SELECT status FROM burgerberichten WHERE afspraak_id = ?").get(id)).toEqual({ status: "verzonden" });
    expect(berichtProbleem(id)).toBe(false);
  }, 60_000);
});
