/** The inbox page's action: marking one or all messages read (audited), and refusals at the form, not as a 500. */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { now } from "../../../app/platform/clock";
import * as inboxRoute from "../../../app/routes/inbox";
import { auditRegels, cookieVoor, get, idVan, post, roep } from "../coaching/helpers";

const FATIMA = "fatima@voorbeeld.nl";

function bericht(medewerkerId: string, titel: string): number {
  return Number(
    getDatabase()
      .sqlite.prepare("INSERT INTO berichten (medewerker_id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op) VALUES (?, ?, 'tekst', NULL, NULL, 0, ?)")
      .run(medewerkerId, titel, now()).lastInsertRowid,
  );
}

function gelezen(id: number): boolean {
  return (getDatabase().sqlite.prepare("SELECT gelezen_op FROM berichten WHERE id = ?").get(id) as { gelezen_op: number | null }).gelezen_op !== null;
}

describe("inbox: markeren als gelezen", () => {
  it("marks one message read, redirects with a notice and writes an audit line", async () => {
    const cookie = await cookieVoor(FATIMA);
    const id = bericht(idVan(FATIMA), "Eén bericht");
    const r = await roep(inboxRoute.action, post("/inbox", cookie, { intent: "gelezen", id: String(id) }));
    expect(r).toEqual({ soort: "response", status: 302, location: "/inbox?gemarkeerd=1" });
    expect(gelezen(id)).toBe(true);
    expect(auditRegels("bericht.gelezen", String(id)).at(-1)?.resultaat).toBe("ok");
    const l = await roep(inboxRoute.loader, get("/inbox?gemarkeerd=1", cookie));
    expect(l.soort === "data" && (l.data as { klaar: string | null }).klaar).toBe("een");
  });

  it("marks all read at once", async () => {
    const cookie = await cookieVoor(FATIMA);
    const a = bericht(idVan(FATIMA), "A");
    const b = bericht(idVan(FATIMA), "B");
    const r = await roep(inboxRoute.action, post("/inbox", cookie, { intent: "alle" }));
    expect(r).toEqual({ soort: "response", status: 302, location: "/inbox?gemarkeerd=alle" });
    expect(gelezen(a) && gelezen(b)).toBe(true);
  });

  it("refuses another employee's message with 404 and leaves it unread", async () => {
    const ander = bericht(idVan("sanne@voorbeeld.nl"), "Van Sanne");
    const r = await roep(inboxRoute.action, post("/inbox", await cookieVoor(FATIMA), { intent: "gelezen", id: String(ander) }));
    expect(r).toEqual({ soort: "data", status: 404, data: { fout: "nietGevonden" } });
    expect(gelezen(ander)).toBe(false);
  });

  it("answers an unknown intent with 400 and a body that is no form with 415", async () => {
    const cookie = await cookieVoor(FATIMA);
    expect(await roep(inboxRoute.action, post("/inbox", cookie, { intent: "wis" }))).toEqual({ soort: "data", status: 400, data: { fout: "ongeldig" } });
    const json = new Request("http://localhost/inbox", {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/json", Origin: "http://localhost" },
      body: JSON.stringify({ intent: "alle" }),
    });
    expect((await roep(inboxRoute.action, json)).status).toBe(415);
  });
});
