/**
 * The privacy routes as the privacy officer calls them: hostile and broken form bodies answer with a Dutch message
 * (4xx) and never a 5xx or an uncaught error; a good registration redirects to the request. Others get a 403.
 */
import { describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { zaaiPrivacyVoorbeeld } from "../../../app/features/privacy/voorbeeld.server";
import * as nieuw from "../../../app/routes/privacy.nieuw";
import * as detail from "../../../app/routes/privacy.$id";
import * as lijst from "../../../app/routes/privacy._index";
import * as pakketJson from "../../../app/routes/privacy.$id_.pakket[.]json";
import { gebruiker } from "../werklijsten/helpers";

const CONTEXT = { nonce: "", requestId: "t", clientIp: "127.0.0.1" } as never;

async function verzoek(email: string, pad: string, body?: Record<string, string>): Promise<Request> {
  const cookie = (await startSession(gebruiker(email).id)).split(";")[0]!;
  return new Request(`http://localhost${pad}`, {
    method: body ? "POST" : "GET",
    headers: { Cookie: cookie, ...(body ? { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" } : {}) },
    body: body ? new URLSearchParams(body).toString() : undefined,
  });
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    const v = (await p) as { init?: { status?: number } } | Response;
    if (v instanceof Response) return v.status;
    return (v as { init?: { status?: number } }).init?.status ?? 200;
  } catch (e) {
    if (e instanceof Response) return e.status;
    throw e;
  }
}

describe("privacy routes", () => {
  it("answer hostile bodies with 4xx and register a good one", async () => {
    const anna = zaaiPrivacyVoorbeeld()!;
    const P = "priya@voorbeeld.nl";
    const slecht: Record<string, string>[] = [
      {},
      { burgerId: anna, soort: "alles", ontvangenDatum: "2026-02-30", kanaal: "duif", omschrijving: "x" },
      { burgerId: "bestaat-niet", soort: "inzage", ontvangenDatum: "2020-01-01", kanaal: "brief", omschrijving: "Welke gegevens heeft u van mij?" },
      { burgerId: anna, soort: "inzage", ontvangenDatum: "'; DROP TABLE burgers;--", kanaal: "brief", omschrijving: "\u0000".repeat(5000) },
    ];
    for (const b of slecht) {
      const s = await status(nieuw.action({ request: await verzoek(P, "/privacy/nieuw", b), params: {}, context: CONTEXT }));
      expect(s, JSON.stringify(b).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(s).toBeLessThan(500);
    }
    const vandaag = new Date().toISOString().slice(0, 10);
    const r = (await nieuw.action({
      request: await verzoek(P, "/privacy/nieuw", { burgerId: anna, soort: "inzage", ontvangenDatum: vandaag, kanaal: "brief", omschrijving: "Welke gegevens heeft u van mij?" }),
      params: {},
      context: CONTEXT,
    })) as Response;
    expect(r.status).toBe(302);
    const id = /\/privacy\/([^?]+)/.exec(r.headers.get("Location") ?? "")![1]!;

    const stappen: Record<string, string>[] = [{}, { intent: "verlengen", versie: "abc" }, { intent: "afhandelen", versie: "1", besluit: "?" }, { intent: "rectificeren", versie: "1", veld: "naam", nieuweWaarde: "X", reden: "Spelling" }, { intent: "onzin" }, { intent: "opheffen", reden: "kort" }];
    for (const b of stappen) {
      const s = await status(detail.action({ request: await verzoek(P, `/privacy/${id}`, b), params: { id }, context: CONTEXT }));
      expect(s, JSON.stringify(b)).toBeGreaterThanOrEqual(400);
      expect(s).toBeLessThan(500);
    }
    expect(await status(detail.loader({ request: await verzoek(P, "/privacy/onbekend"), params: { id: "onbekend" }, context: CONTEXT }))).toBe(404);
    expect(await status(pakketJson.loader({ request: await verzoek(P, `/privacy/${id}/pakket.json`), params: { id }, context: CONTEXT }))).toBe(200);
  });

  it("refuse other roles", async () => {
    for (const wie of ["fatima@voorbeeld.nl", "ruben@voorbeeld.nl", "laura@voorbeeld.nl", "gerda@voorbeeld.nl"]) {
      expect(await status(lijst.loader({ request: await verzoek(wie, "/privacy"), params: {}, context: CONTEXT }))).toBe(403);
      expect(await status(nieuw.action({ request: await verzoek(wie, "/privacy/nieuw", { soort: "inzage" }), params: {}, context: CONTEXT }))).toBe(403);
    }
  });
});
