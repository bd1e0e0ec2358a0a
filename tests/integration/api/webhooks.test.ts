import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { advance, setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { SCOPE_SCHRIJVEN } from "../../../app/features/api/clients.server";
import {
  bezorgWebhooks,
  controleerOndertekening,
  leverOpnieuw,
  maakWebhook,
  MAX_POGINGEN,
  probleemLeveringen,
  verzamelWebhookEvents,
  wachttijdMs,
} from "../../../app/features/api/webhooks.server";
import * as terugbel from "../../../app/routes/api.v1.terugbelafspraken";
import * as poging from "../../../app/routes/api.v1.terugbelafspraken.$id.pogingen";
import { BEHEERDER, CONTEXT, nieuweClient, teamId, verzoek } from "./helpers";

const { sqlite } = getDatabase();
interface Ontvangen {
  eventId: string;
  handtekening: string;
  body: string;
}
const ontvangen: Ontvangen[] = [];
let antwoordStatus = 200;
let server: http.Server;
let basis = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      ontvangen.push({ eventId: String(req.headers["afspraak-event-id"]), handtekening: String(req.headers["afspraak-signature"]), body });
      res.writeHead(antwoordStatus).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  setNow(parseTijdstip("2026-12-01T10:00"));
  ontvangen.length = 0;
  antwoordStatus = 200;
  verzamelWebhookEvents(100_000); // start each test after what earlier tests made
  sqlite.prepare("UPDATE webhook_leveringen SET status = 'afgeleverd'").run();
  sqlite.prepare("UPDATE webhooks SET actief = 0").run(); // each test its own receivers
});

async function maakTerugbel(token: string, team: number): Promise<string> {
  const res = (await terugbel.action({ request: verzoek("/api/v1/terugbelafspraken", { token, body: { naam: "Els", telefoon: "0612345678", vraag: "Paspoort", team } }), context: CONTEXT, params: {} } as never)) as Response;
  return ((await res.json()) as { id: string }).id;
}

describe("webhooks", () => {
  it("signed with HMAC, one event id per change, retried with backoff after a failure, and never queued twice", async () => {
    const balie = teamId("KCC Balie");
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${balie}`]);
    const w = maakWebhook(c.id, `${basis}/hook`, BEHEERDER, null);
    if (!w.ok) throw new Error(w.fout);
    const id = await maakTerugbel(c.token, balie);
    expect(verzamelWebhookEvents()).toBe(1);
    expect(verzamelWebhookEvents()).toBe(0);

    antwoordStatus = 500;
    expect(await bezorgWebhooks()).toEqual({ afgeleverd: 0, mislukt: 1 });
    expect(probleemLeveringen(c.id)[0]).toMatchObject({ eventId: `${id}:1`, status: "wachtend", pogingen: 1, laatsteFout: expect.stringMatching(/HTTP 500/) });
    // not yet due: nothing is sent
    expect(await bezorgWebhooks()).toEqual({ afgeleverd: 0, mislukt: 0 });
    antwoordStatus = 200;
    advance(wachttijdMs(1));
    expect(await bezorgWebhooks()).toEqual({ afgeleverd: 1, mislukt: 0 });
    expect(await bezorgWebhooks()).toEqual({ afgeleverd: 0, mislukt: 0 });

    expect(ontvangen.map((o) => o.eventId)).toEqual([`${id}:1`, `${id}:1`]);
    const laatste = ontvangen.at(-1)!;
    const nuS = Math.floor(Date.now() / 1000);
    expect(controleerOndertekening(w.geheim, laatste.handtekening, laatste.body, nuS)).toBe(true);
    expect(controleerOndertekening(w.geheim, laatste.handtekening, laatste.body.replace("Els", "Elsa") + " ", nuS)).toBe(false);
    expect(controleerOndertekening("ander-geheim", laatste.handtekening, laatste.body, nuS)).toBe(false);
    expect(JSON.parse(laatste.body)).toMatchObject({ id: `${id}:1`, type: "afspraak.gewijzigd", gebeurtenis: "AANGEMAAKT", afspraak: { id, soort: "terugbelafspraak", teamId: balie } });
    expect(laatste.body).not.toContain("Els");
    expect(probleemLeveringen(c.id)).toEqual([]);

    // a step is a new event id
    await poging.action({ request: verzoek(`/api/v1/terugbelafspraken/${id}/pogingen`, { token: c.token, body: { uitkomst: "bereikt" } }), context: CONTEXT, params: { id } } as never);
    expect(verzamelWebhookEvents()).toBe(1);
    await bezorgWebhooks();
    expect(ontvangen.at(-1)!.eventId).toBe(`${id}:2`);
  });

  it("only changes in the client's teams; a failure that lasts is given up after the last attempt, shown, and can be sent again", async () => {
    const balie = teamId("KCC Balie");
    const ander = (sqlite.prepare("SELECT id FROM teams WHERE id != ? LIMIT 1").get(balie) as { id: number }).id;
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${balie}`, `team:${ander}`]);
    const smal = nieuweClient([SCOPE_SCHRIJVEN, `team:${ander}`]);
    const w = maakWebhook(smal.id, `${basis}/smal`, BEHEERDER, null);
    if (!w.ok) throw new Error(w.fout);
    await maakTerugbel(c.token, balie);
    expect(verzamelWebhookEvents()).toBe(0);
    await maakTerugbel(c.token, ander);
    expect(verzamelWebhookEvents()).toBe(1);
    antwoordStatus = 503;
    for (let i = 1; i <= MAX_POGINGEN; i++) {
      expect((await bezorgWebhooks()).mislukt).toBe(1);
      advance(wachttijdMs(i));
    }
    expect(await bezorgWebhooks()).toEqual({ afgeleverd: 0, mislukt: 0 });
    const [p] = probleemLeveringen(smal.id);
    expect(p).toMatchObject({ status: "opgegeven", pogingen: MAX_POGINGEN });
    antwoordStatus = 200;
    leverOpnieuw(p!.id, BEHEERDER, null);
    expect(await bezorgWebhooks()).toEqual({ afgeleverd: 1, mislukt: 0 });
  });

  it("refuses a webhook address that is not https (except localhost)", () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN]);
    expect(maakWebhook(c.id, "http://systeem.example.nl/hook", BEHEERDER, null)).toMatchObject({ ok: false, fout: expect.stringMatching(/https/) });
    expect(maakWebhook(c.id, "geen adres", BEHEERDER, null)).toMatchObject({ ok: false });
    expect(maakWebhook(c.id, "https://systeem.example.nl/hook", BEHEERDER, null).ok).toBe(true);
  });
});
