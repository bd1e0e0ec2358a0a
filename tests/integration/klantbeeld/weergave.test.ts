/**
 * The citizen's page through the real host, for a citizen with a record of every kind (the privacy demo citizen:
 * a complaint, a callback, a handover, feedback): it renders in Dutch and in English. A complaint card has no
 * status keys of its own; once that crashed the whole page with a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers } from "../../../db/schema";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { zaaiPrivacyVoorbeeld, VOORBEELD_INWONER } from "../../../app/features/privacy/voorbeeld.server";
import { startTestServer, type TestServer } from "../vijandig/app";

process.env.AFSPRAAK_LOG = "stil";
let server: TestServer;
let burgerId: string;

beforeAll(async () => {
  zaaiPrivacyVoorbeeld();
  burgerId = (getDatabase().sqlite.prepare("SELECT id FROM burgers WHERE naam = ?").get(VOORBEELD_INWONER.naam) as { id: string }).id;
  server = await startTestServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe("klantbeeld page of a citizen with every kind of record", () => {
  for (const taal of ["nl", "en"] as const) {
    it(`renders for the privacy officer (${taal})`, async () => {
      const m = getDatabase().db.select().from(medewerkers).where(eq(medewerkers.email, "priya@voorbeeld.nl")).get()!;
      const cookie = `${(await startSession(m.id)).split(";")[0]!}; taal=${taal}`;
      const res = await fetch(`${server.url}/klantbeeld/${burgerId}`, { headers: { Cookie: cookie }, redirect: "manual" });
      const html = await res.text();
      expect(res.status, html.slice(0, 200)).toBe(200);
      expect(html).toContain(VOORBEELD_INWONER.naam);
      expect(html).toMatch(/klacht|complaint/i);
    });
  }
});
