/**
 * A large organisation (issue 14): from KORTE_LIJST_VANAF active colleagues on, the dossier pages no longer list
 * everyone in their colleague choices (hundreds of options, twice, in the HTML and the page data) but the user's own
 * team, and what a search (`?collega=`, a GET that works without JavaScript) finds; every colleague stays reachable
 * and a step to someone outside the short list still goes through.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { legTerugbelafspraakVast, terugbelPagina, voerTerugbelStapUit } from "../../../app/features/terugbellen/pagina.server";
import { KORTE_LIJST_VANAF } from "../../../app/features/terugbellen/terugbel.server";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { startTestServer, type TestServer } from "../vijandig/app";
import { gebruiker } from "./helpers";

process.env.AFSPRAAK_LOG = "stil";

let server: TestServer;
let fatimaTeam: number;
let anderTeam: number;

beforeAll(async () => {
  setNow(parseTijdstip("2026-11-23T10:00"));
  const { sqlite } = getDatabase();
  fatimaTeam = (sqlite.prepare("SELECT team_id AS t FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'").get() as { t: number }).t;
  anderTeam = (sqlite.prepare("SELECT id FROM teams WHERE id <> ? AND actief = 1 LIMIT 1").get(fatimaTeam) as { id: number }).id;
  const ins = sqlite.prepare("INSERT INTO medewerkers (id, email, naam, team_id) VALUES (?, ?, ?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < KORTE_LIJST_VANAF; i++) ins.run(crypto.randomUUID(), `bench${i}@voorbeeld.nl`, `Collega Groot ${String(i).padStart(3, "0")}`, anderTeam);
  })();
  server = await startTestServer();
}, 120_000);
afterAll(async () => server?.stop());

function nieuweTerugbel(): string {
  const r = legTerugbelafspraakVast(
    { naam: "Piet Groot", telefoon: "06-23456780", email: "", vraag: "Vraag", kanaal: "telefoon", toewijzing: "ik", norm: "TERUGBELLEN" },
    gebruiker("fatima@voorbeeld.nl"),
    null,
  );
  if (r.soort !== "verder") throw new Error(JSON.stringify(r));
  return r.naar.split("/")[2]!.split("?")[0]!;
}

describe("colleague choices in a large organisation", () => {
  it("the dossier lists the user's own team, with a search; the search finds anyone by name or team", () => {
    const id = nieuweTerugbel();
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const p = terugbelPagina(id, fatima, null, new URLSearchParams());
    if (p.soort !== "ok") throw new Error(p.soort);
    expect(p.data.ingekort).toEqual({ zoek: null });
    const { sqlite } = getDatabase();
    const eigen = sqlite.prepare("SELECT count(*) AS n FROM medewerkers WHERE actief = 1 AND team_id = ?").get(fatimaTeam) as { n: number };
    expect(p.data.collegas.length).toBe(Math.min(eigen.n, 100));
    expect(p.data.collegas.some((c) => c.value === `m:${fatima.id}`)).toBe(true); // assigning to oneself stays possible
    expect(p.data.teams.length).toBeGreaterThan(1); // every team stays a choice

    const gezocht = terugbelPagina(id, fatima, null, new URLSearchParams({ collega: "Groot 12" }));
    if (gezocht.soort !== "ok") throw new Error(gezocht.soort);
    expect(gezocht.data.ingekort).toEqual({ zoek: "Groot 12" });
    expect(gezocht.data.collegas.map((c) => c.label.replace(/ \(.*$/, ""))).toEqual(
      Array.from({ length: 10 }, (_, i) => `Collega Groot 12${i}`),
    );
    // wildcards typed by a user are literal text
    const joker = terugbelPagina(id, fatima, null, new URLSearchParams({ collega: "%_" }));
    if (joker.soort !== "ok") throw new Error(joker.soort);
    expect(joker.data.collegas).toEqual([]);
  });

  it("a step to a colleague outside the short list goes through", () => {
    const id = nieuweTerugbel();
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const doel = getDatabase().sqlite.prepare("SELECT id FROM medewerkers WHERE email = 'bench150@voorbeeld.nl'").get() as { id: string };
    const r = voerTerugbelStapUit(id, { intent: "toewijzen", versie: String(laadAfspraakRij(id)!.versie), aan: `m:${doel.id}` }, fatima, null);
    expect(r.soort).toBe("verder");
    expect(laadAfspraakRij(id)!.eigenaar_id).toBe(doel.id);
  });

  it("without JavaScript: the page has the search field and a GET button in the step form; the search reloads with the matches", async () => {
    const id = nieuweTerugbel();
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const cookie = await startSession(fatima.id);
    const lees = async (q: string) => {
      const r = await fetch(`${server.url}/terugbelafspraken/${id}${q}`, { headers: { Cookie: cookie.split(";")[0]! } });
      expect(r.status).toBe(200);
      return r.text();
    };
    const html = await lees("");
    expect(html).toMatch(/<input[^>]*name="collega"[^>]*type="search"/);
    expect(html).toMatch(/<button[^>]*formMethod="get"|<button[^>]*formmethod="get"/i);
    expect(html).not.toContain("Collega Groot 150");
    // what the browser sends for that GET: the step form's fields plus the search
    const gevonden = await lees(`?intent=toewijzen&versie=1&aan=&collega=${encodeURIComponent("Groot 150")}`);
    expect(gevonden).toContain("Collega Groot 150");
    expect(gevonden).toMatch(/Gevonden bij .Groot 150.: 1 collega/);
  });
});
