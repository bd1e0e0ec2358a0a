/**
 * The API through the real HTTP host (app/http/server.mjs) over a socket: JSON passes the host's body guard with
 * its own limit, anything else is refused as a problem, and no Origin header is needed (token, not cookie).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { startTestServer, type TestServer } from "../vijandig/app";
import { SCOPE_LEZEN, SCOPE_SCHRIJVEN } from "../../../app/features/api/clients.server";
import { nieuweClient, teamId } from "./helpers";
import { getDatabase } from "../../../db/client";
import { startSession } from "../../../app/platform/auth/sessies.server";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

describe("the API behind the real host", () => {
  it("creates over HTTP with a JSON body and no Origin; refuses a form, text and an oversized body as problems", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, SCOPE_LEZEN, `team:${teamId("KCC Balie")}`]);
    const kop = { Authorization: `Bearer ${c.token}`, "Content-Type": "application/json" };
    const body = JSON.stringify({ naam: "Els de Wit", telefoon: "0612345678", vraag: "Paspoort", team: teamId("KCC Balie") });
    const res = await fetch(`${s.url}/api/v1/terugbelafspraken`, { method: "POST", headers: kop, body });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const lees = await fetch(`${s.url}/api/v1/afspraken/${id}`, { headers: { Authorization: `Bearer ${c.token}` } });
    expect(lees.status).toBe(200);
    expect(lees.headers.get("Cache-Control")).toBe("no-store");

    const tekst = await fetch(`${s.url}/api/v1/terugbelafspraken`, { method: "POST", headers: { ...kop, "Content-Type": "text/plain" }, body: "hallo" });
    expect(tekst.status).toBe(415);
    expect(tekst.headers.get("Content-Type")).toMatch(/application\/problem\+json/);
    expect(((await tekst.json()) as { detail: string }).detail).toMatch(/geen JSON/);

    const form = await fetch(`${s.url}/api/v1/terugbelafspraken`, { method: "POST", headers: { ...kop, "Content-Type": "application/x-www-form-urlencoded" }, body: "naam=x" });
    expect(form.status).toBe(415);
    expect(form.headers.get("Content-Type")).toMatch(/application\/problem\+json/);

    const groot = await fetch(`${s.url}/api/v1/terugbelafspraken`, { method: "POST", headers: kop, body: JSON.stringify({ vraag: "x".repeat(100_000) }) });
    expect(groot.status).toBe(413);
    expect(((await groot.json()) as { status: number }).status).toBe(413);

    const zonder = await fetch(`${s.url}/api/v1/terugbelafspraken`, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get("WWW-Authenticate")).toMatch(/Bearer/);

    const doc = await fetch(`${s.url}/api/v1/openapi.json`);
    expect(doc.status).toBe(200);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
    const ref = await fetch(`${s.url}/api/v1/referentie`);
    expect(ref.status).toBe(200);
    expect(await ref.text()).toContain("POST /api/v1/terugbelafspraken");
  });

  it("other paths keep the host's form-only rule and origin check", async () => {
    const r = await fetch(`${s.url}/inloggen`, { method: "POST", headers: { "Content-Type": "application/json", Origin: s.url }, body: "{}" });
    expect(r.status).toBe(415);
    expect(r.headers.get("Content-Type")).toMatch(/text\/html/);
    const o = await fetch(`${s.url}/inloggen`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" });
    expect(o.status).toBe(403);
  });

  it("the beheer pages render for a beheerder (server-side, no script needed)", async () => {
    const { sqlite } = getDatabase();
    const b = sqlite.prepare("SELECT m.id FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id WHERE r.rol = 'beheerder' AND m.actief = 1 LIMIT 1").get() as { id: string };
    const cookie = (await startSession(b.id)).split(";")[0]!;
    const api = await fetch(`${s.url}/beheer/api`, { headers: { Cookie: cookie } });
    expect(api.status).toBe(200);
    const html = await api.text();
    expect(html).toContain("Nieuwe API-client");
    expect(html).toContain("Voor welke teams");
    expect(html).toContain("KCC Balie");
    const maak = await fetch(`${s.url}/beheer/api`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: s.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams([["intent", "nieuw"], ["naam", "Website"], ["lezen", "1"], ["team", String(teamId("KCC Balie"))], ["limiet", "60"]]).toString(),
    });
    expect(maak.status).toBe(200);
    expect(await maak.text()).toMatch(/value="afs_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"/);
    const ok = await fetch(`${s.url}/beheer/openklant`, { headers: { Cookie: cookie } });
    expect(ok.status).toBe(200);
    const okHtml = await ok.text();
    expect(okHtml).toContain("Actoren en teams");
    expect(okHtml).toContain("De koppeling staat uit.");
  });
});
