import { describe, it, expect, afterAll } from "vitest";
import { SMTPServer } from "smtp-server";
import { getDatabase } from "../../../db/client";
import { zetMailKlaar, bezorgOutbox, backoffMs, MAX_POGINGEN, type MailVerzender } from "../../../app/platform/engine/outbox.server";
import { verstuurDigests } from "../../../app/platform/engine/digest.server";
import { zet, een, rijen, nieuweFixture } from "./helpers";
import { sweep } from "../../../app/platform/engine/scheduler.server";

const { sqlite } = getDatabase();
function rij(id: number) {
  return een<{ status: string; pogingen: number; volgende_poging_op: number; niet_voor: number; laatste_fout: string | null; verzonden_op: number | null }>(
    "SELECT * FROM outbox WHERE id = ?",
    id,
  );
}
const laatsteId = () => een<{ id: number }>("SELECT max(id) AS id FROM outbox").id;

describe("outbox", () => {
  it("defers non-urgent mail outside office hours to the next opening; urgent mail goes at once", () => {
    const za = zet("2026-03-07T11:00:00+01:00"); // Saturday
    zetMailKlaar(sqlite, { aan: "a@voorbeeld.nl", onderwerp: "x", tekst: "y" });
    expect(new Date(rij(laatsteId()).niet_voor).toISOString()).toBe("2026-03-09T07:30:00.000Z"); // Monday 08:30
    zetMailKlaar(sqlite, { aan: "a@voorbeeld.nl", onderwerp: "x", tekst: "y", urgent: true });
    expect(rij(laatsteId()).niet_voor).toBeGreaterThanOrEqual(za);
    expect(rij(laatsteId()).niet_voor).toBeLessThan(za + 5000);
    const di = zet("2026-03-10T10:00:00+01:00"); // Tuesday, open
    zetMailKlaar(sqlite, { aan: "a@voorbeeld.nl", onderwerp: "x", tekst: "y" });
    expect(rij(laatsteId()).niet_voor - di).toBeLessThan(5000);
  });

  it("retries with exponential backoff and gives up after MAX_POGINGEN; a later success is recorded", async () => {
    sqlite.prepare("UPDATE outbox SET status = 'verzonden' WHERE status = 'wachtend'").run();
    let t = zet("2026-03-10T10:00:00+01:00");
    zetMailKlaar(sqlite, { aan: "b@voorbeeld.nl", onderwerp: "Retry", tekst: "z", urgent: true });
    const id = laatsteId();
    let faal = true;
    const verzonden: string[] = [];
    const verzender: MailVerzender = {
      async sendMail(m) {
        if (faal) throw new Error("421 probeer later");
        verzonden.push(m.subject);
      },
    };
    expect((await bezorgOutbox({ nu: t + 10, verzender })).mislukt).toBe(1);
    expect(rij(id)).toMatchObject({ status: "wachtend", pogingen: 1, laatste_fout: "421 probeer later" });
    expect(rij(id).volgende_poging_op).toBe(t + 10 + backoffMs(1));
    // Not again before the backoff has passed
    expect((await bezorgOutbox({ nu: t + 10 + backoffMs(1) - 1, verzender })).mislukt).toBe(0);
    expect((await bezorgOutbox({ nu: t + 10 + backoffMs(1), verzender })).mislukt).toBe(1);
    expect(rij(id).pogingen).toBe(2);
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(backoffMs(50)).toBe(6 * 3_600_000);
    faal = false;
    expect((await bezorgOutbox({ nu: rij(id).volgende_poging_op, verzender })).verzonden).toBe(1);
    expect(rij(id).status).toBe("verzonden");
    expect(verzonden).toEqual(["Retry"]);

    faal = true;
    t = zet("2026-03-10T10:00:00+01:00");
    zetMailKlaar(sqlite, { aan: "c@voorbeeld.nl", onderwerp: "Opgeven", tekst: "z", urgent: true });
    const id2 = laatsteId();
    for (let i = 0; i < MAX_POGINGEN; i++) await bezorgOutbox({ nu: rij(id2).volgende_poging_op, verzender });
    expect(rij(id2)).toMatchObject({ status: "opgegeven", pogingen: MAX_POGINGEN });
  });

  it("keeps mail queued when no SMTP server is configured", async () => {
    zetMailKlaar(sqlite, { aan: "d@voorbeeld.nl", onderwerp: "Wacht", tekst: "z", urgent: true });
    const r = await bezorgOutbox({ verzender: null });
    expect(r.wachtend).toBeGreaterThan(0);
    expect(rij(laatsteId()).status).toBe("wachtend");
  });

  it("delivers through real SMTP (nodemailer → smtp-server)", async () => {
    const ontvangen: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _s, cb) {
        let d = "";
        stream.on("data", (c) => (d += c));
        stream.on("end", () => (ontvangen.push(d), cb()));
      },
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.server.address() as { port: number }).port;
    process.env.AFSPRAAK_SMTP_URL = `smtp://127.0.0.1:${port}`;
    try {
      sqlite.prepare("UPDATE outbox SET status = 'opgegeven' WHERE status = 'wachtend'").run();
      zet("2026-03-10T10:00:00+01:00");
      zetMailKlaar(sqlite, { aan: "fatima@voorbeeld.nl", onderwerp: "Afspraak: test via SMTP", tekst: "Hallo" });
      const r = await bezorgOutbox();
      expect(r.verzonden).toBe(1);
      expect(ontvangen).toHaveLength(1);
      expect(ontvangen[0]).toContain("Subject: Afspraak: test via SMTP");
      expect(ontvangen[0]).toContain("fatima@voorbeeld.nl");
    } finally {
      delete process.env.AFSPRAAK_SMTP_URL;
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("sends the teamleider's daily digest once per working day, at opening time", () => {
    zet("2026-03-16T10:00:00+01:00");
    nieuweFixture("Digest-afspraak");
    zet("2026-03-24T10:00:00+01:00");
    sweep();
    zet("2026-03-25T07:00:00+01:00"); // before opening
    expect(verstuurDigests()).toBe(0);
    zet("2026-03-25T08:31:00+01:00");
    const n = verstuurDigests();
    expect(n).toBeGreaterThanOrEqual(1);
    expect(verstuurDigests()).toBe(0);
    const sanne = rijen<{ payload: string }>("SELECT payload FROM outbox WHERE sleutel LIKE 'digest:%' AND payload LIKE '%sanne@voorbeeld.nl%'");
    expect(sanne).toHaveLength(1);
    expect(JSON.parse(sanne[0]!.payload).text).toContain("Digest-afspraak");
  });
});

afterAll(() => {});
