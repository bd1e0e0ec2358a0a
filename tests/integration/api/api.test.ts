import { beforeEach, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { advance, setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { voorbeeldTermijn } from "../../../app/features/terugbellen/terugbel.server";
import { roteerClient, trekClientIn, SCOPE_LEZEN, SCOPE_SCHRIJVEN } from "../../../app/features/api/clients.server";
import * as terugbel from "../../../app/routes/api.v1.terugbelafspraken";
import * as poging from "../../../app/routes/api.v1.terugbelafspraken.$id.pogingen";
import * as overdracht from "../../../app/routes/api.v1.overdrachten";
import * as status from "../../../app/routes/api.v1.afspraken.$id";
import * as werk from "../../../app/routes/api.v1.teams.$id.werk";
import { BEHEERDER, CONTEXT, auditRegels, nieuweClient, teamId, verzoek, volgensDocument } from "./helpers";

const { sqlite } = getDatabase();
const args = (request: Request, params: Record<string, string> = {}) => ({ request, context: CONTEXT as never, params });
const BALIE = () => teamId("KCC Balie");
const GELDIG = () => ({ naam: "Els de Wit", telefoon: "06 12345678", vraag: "Wanneer is mijn paspoort klaar?", team: BALIE() });

async function post(route: { action: (a: never) => unknown }, pad: string, token: string | null, body: unknown, params: Record<string, string> = {}, extra: { type?: string; ruw?: string } = {}) {
  const res = (await route.action(args(verzoek(pad, { token, body, ...extra }), params) as never)) as Response;
  return { res, body: (await res.json()) as Record<string, any> };
}
async function get(route: { loader: (a: never) => unknown }, pad: string, token: string | null, params: Record<string, string> = {}) {
  const res = (await route.loader(args(verzoek(pad, { token }), params) as never)) as Response;
  return { res, body: (await res.json()) as Record<string, any> };
}

beforeEach(() => setNow(parseTijdstip("2026-12-01T10:00")));

describe("POST /api/v1/terugbelafspraken", () => {
  it("creates a callback with the charter's due moment, the citizen linked, audited with the client's name; the answer follows the document", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, SCOPE_LEZEN, `team:${BALIE()}`]);
    const { res, body } = await post(terugbel, "/api/v1/terugbelafspraken", c.token, GELDIG());
    expect(res.status).toBe(201);
    expect(volgensDocument("/terugbelafspraken", "post", 201, body)).toEqual([]);
    expect(res.headers.get("Location")).toBe(`/api/v1/afspraken/${body.id}`);
    const rij = laadAfspraakRij(body.id)!;
    expect(rij.soort).toBe("terugbelafspraak");
    expect(rij.team_id).toBe(BALIE());
    expect(rij.eigenaar_id).toBeNull();
    expect(rij.burger_id).not.toBeNull();
    expect(rij.aangemaakt_door).toBe(`api:${c.id}`);
    expect(body.termijnOp).toBe(new Date(voorbeeldTermijn("TERUGBELLEN")!.op).toISOString());
    expect(rij.termijn_op).toBe(voorbeeldTermijn("TERUGBELLEN")!.op);
    const regels = auditRegels("api.terugbelafspraak.maken");
    expect(regels.at(-1)).toMatchObject({ actor_naam: `API-client ${c.naam}`, resultaat: "ok" });
    const start = sqlite.prepare("SELECT actor_naam FROM afspraak_gebeurtenissen WHERE afspraak_id = ? AND volgnummer = 1").get(body.id) as { actor_naam: string };
    expect(start.actor_naam).toBe(`API-client ${c.naam}`);
  });

  it("a colleague of that team can be named as owner", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
    const m = sqlite.prepare("SELECT id FROM medewerkers WHERE team_id = ? AND actief = 1 LIMIT 1").get(BALIE()) as { id: string };
    const { res, body } = await post(terugbel, "/api/v1/terugbelafspraken", c.token, { ...GELDIG(), medewerker: m.id });
    expect(res.status).toBe(201);
    expect(laadAfspraakRij(body.id)!.eigenaar_id).toBe(m.id);
  });

  const fouten: [string, (g: Record<string, unknown>) => Record<string, unknown>, string, RegExp][] = [
    ["no phone", (g) => ({ ...g, telefoon: "" }), "telefoon", /telefoonnummer/],
    ["a broken phone", (g) => ({ ...g, telefoon: "12ab" }), "telefoon", /./],
    ["no question", (g) => ({ ...g, vraag: "  " }), "vraag", /Noteer de vraag/],
    ["a question too long", (g) => ({ ...g, vraag: "x".repeat(4001) }), "vraag", /hoogstens 4000/],
    ["no name and not anonymous", (g) => ({ ...g, naam: "" }), "naam", /anoniem/],
    ["a broken e-mail", (g) => ({ ...g, email: "els@" }), "email", /geen geldig e-mailadres/],
    ["an unknown channel", (g) => ({ ...g, kanaal: "duif" }), "kanaal", /Kies het kanaal/],
    ["a norm not for callbacks", (g) => ({ ...g, norm: "KLACHT_AFHANDELEN" }), "norm", /Kies een andere|norm/i],
    ["a team that is not a number", (g) => ({ ...g, team: "balie" }), "team", /nummer \(id\) van het team/],
    ["anonymous not a boolean", (g) => ({ ...g, anoniem: "ja" }), "anoniem", /true of false/],
    ["a colleague of another team", (g) => ({ ...g, medewerker: "onbekend" }), "medewerker", /hoort niet/],
  ];
  for (const [wat, maak, veld, melding] of fouten) {
    it(`422 with a Dutch message at ${veld} for ${wat}`, async () => {
      const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
      const { res, body } = await post(terugbel, "/api/v1/terugbelafspraken", c.token, maak(GELDIG()));
      expect(res.status).toBe(422);
      expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
      expect(volgensDocument("/terugbelafspraken", "post", 422, body, "application/problem+json")).toEqual([]);
      expect(body.fouten[veld]?.[0]).toMatch(melding);
    });
  }

  it("an anonymous citizen without a name is fine", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
    const { res } = await post(terugbel, "/api/v1/terugbelafspraken", c.token, { ...GELDIG(), naam: "", anoniem: true });
    expect(res.status).toBe(201);
  });

  it("refuses a non-JSON body (415), broken JSON (400), an array (400) and a body over 64 kB (413) as problems", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
    const form = await post(terugbel, "/api/v1/terugbelafspraken", c.token, undefined, {}, { ruw: "naam=x", type: "application/x-www-form-urlencoded" });
    expect(form.res.status).toBe(415);
    expect(form.body.detail).toMatch(/geen JSON/);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", c.token, undefined, {}, { ruw: "{naam:" })).res.status).toBe(400);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", c.token, [1, 2])).res.status).toBe(400);
    const groot = await post(terugbel, "/api/v1/terugbelafspraken", c.token, { ...GELDIG(), vraag: "x".repeat(70_000) });
    expect(groot.res.status).toBe(413);
    expect(volgensDocument("/terugbelafspraken", "post", 413, groot.body, "application/problem+json")).toEqual([]);
  });

  it("401 without a token or with a wrong one; 403 without the write scope or the team's scope", async () => {
    expect((await post(terugbel, "/api/v1/terugbelafspraken", null, GELDIG())).res.status).toBe(401);
    const nep = await post(terugbel, "/api/v1/terugbelafspraken", "afs_0000000000000000_" + "a".repeat(43), GELDIG());
    expect(nep.res.status).toBe(401);
    expect(nep.body.detail).toMatch(/onbekend of ongeldig/);
    const lezer = nieuweClient([SCOPE_LEZEN, `team:${BALIE()}`]);
    const r1 = await post(terugbel, "/api/v1/terugbelafspraken", lezer.token, GELDIG());
    expect(r1.res.status).toBe(403);
    expect(r1.body.detail).toMatch(/afspraken:schrijven/);
    const anderTeam = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE() + 999}`]);
    const r2 = await post(terugbel, "/api/v1/terugbelafspraken", anderTeam.token, GELDIG());
    expect(r2.res.status).toBe(403);
    expect(r2.body.detail).toMatch(/team/);
    expect(auditRegels("api.geweigerd").some((r) => r.actor_naam === `API-client ${lezer.naam}`)).toBe(true);
  });

  it("a revoked client is refused; after rotation only the new token works", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
    const nieuw = roteerClient(c.id, BEHEERDER, null);
    if (!nieuw.ok) throw new Error(nieuw.fout);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", c.token, GELDIG())).res.status).toBe(401);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", nieuw.token, GELDIG())).res.status).toBe(201);
    trekClientIn(c.id, BEHEERDER, null);
    const r = await post(terugbel, "/api/v1/terugbelafspraken", nieuw.token, GELDIG());
    expect(r.res.status).toBe(401);
    expect(r.body.detail).toMatch(/ingetrokken/);
    const hash = sqlite.prepare("SELECT geheim_hash FROM api_clients WHERE id = ?").get(c.id) as { geheim_hash: string };
    expect(nieuw.token).not.toContain(hash.geheim_hash);
    expect(hash.geheim_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rate limit per client: the call over the limit gets 429 with Retry-After; the next minute works again", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`], 2);
    const ander = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`], 2);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", c.token, GELDIG())).res.status).toBe(201);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", c.token, GELDIG())).res.status).toBe(201);
    const te = await post(terugbel, "/api/v1/terugbelafspraken", c.token, GELDIG());
    expect(te.res.status).toBe(429);
    expect(Number(te.res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(te.body.detail).toMatch(/limiet van 2 verzoeken per minuut/);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", ander.token, GELDIG())).res.status).toBe(201);
    advance(60_000);
    expect((await post(terugbel, "/api/v1/terugbelafspraken", c.token, GELDIG())).res.status).toBe(201);
  });

  it("GET on a POST-only address is a 405 problem", async () => {
    const res = (await terugbel.loader(args(verzoek("/api/v1/terugbelafspraken")) as never)) as Response;
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("POST");
  });
});

describe("status, team work and attempts", () => {
  async function nieuweTerugbel(token: string) {
    return (await post(terugbel, "/api/v1/terugbelafspraken", token, GELDIG())).body.id as string;
  }

  it("GET /afspraken/{id}: the public status without personal data; other teams 403; coaching and complaints 404", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, SCOPE_LEZEN, `team:${BALIE()}`]);
    const id = await nieuweTerugbel(c.token);
    const { res, body } = await get(status, `/api/v1/afspraken/${id}`, c.token, { id });
    expect(res.status).toBe(200);
    expect(volgensDocument("/afspraken/{id}", "get", 200, body)).toEqual([]);
    expect(body).toMatchObject({ id, soort: "terugbelafspraak", status: "beloofd", statusTekst: "Beloofd", open: true, teamId: BALIE() });
    expect(JSON.stringify(body)).not.toContain("Els de Wit");
    expect(JSON.stringify(body)).not.toContain("612345678");
    const vreemd = nieuweClient([SCOPE_LEZEN, `team:${BALIE() + 999}`]);
    expect((await get(status, `/api/v1/afspraken/${id}`, vreemd.token, { id })).res.status).toBe(403);
    const zonderLees = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
    expect((await get(status, `/api/v1/afspraken/${id}`, zonderLees.token, { id })).res.status).toBe(403);
    const alleTeams = (sqlite.prepare("SELECT id FROM teams").all() as { id: number }[]).map((t) => `team:${t.id}`);
    const alles = nieuweClient([SCOPE_LEZEN, ...alleTeams]);
    // a coaching agreement and a complaint in the very same team: never reachable
    const kopie = sqlite.prepare("SELECT * FROM afspraken WHERE id = ?").get(id) as Record<string, unknown>;
    for (const soort of ["coachingsafspraak", "klacht"]) {
      const rij = { ...kopie, id: `${soort}-${id}`, soort };
      sqlite.prepare(`INSERT INTO afspraken (${Object.keys(rij).join(", ")}) VALUES (${Object.keys(rij).map((k) => "@" + k).join(", ")})`).run(rij);
    }
    const verboden = sqlite.prepare("SELECT id FROM afspraken WHERE soort NOT IN ('terugbelafspraak', 'overdracht')").all() as { id: string }[];
    expect(verboden.length).toBeGreaterThan(1);
    for (const { id: vid } of verboden.slice(0, 20)) {
      const r = await get(status, `/api/v1/afspraken/${vid}`, alles.token, { id: vid });
      expect(r.res.status).toBe(404);
    }
    expect((await get(status, "/api/v1/afspraken/bestaat-niet", c.token, { id: "bestaat-niet" })).res.status).toBe(404);
  });

  it("GET /teams/{id}/werk: the team's open callbacks and handovers only (never coaching); another team 403; unknown 404", async () => {
    const alleTeams = (sqlite.prepare("SELECT id FROM teams").all() as { id: number }[]).map((t) => `team:${t.id}`);
    const c = nieuweClient([SCOPE_SCHRIJVEN, SCOPE_LEZEN, ...alleTeams]);
    const id = await nieuweTerugbel(c.token);
    const { res, body } = await get(werk, `/api/v1/teams/${BALIE()}/werk`, c.token, { id: String(BALIE()) });
    expect(res.status).toBe(200);
    expect(volgensDocument("/teams/{id}/werk", "get", 200, body)).toEqual([]);
    expect(body.items.map((i: { id: string }) => i.id)).toContain(id);
    for (const t of (sqlite.prepare("SELECT id FROM teams").all() as { id: number }[])) {
      const r = await get(werk, `/api/v1/teams/${t.id}/werk`, c.token, { id: String(t.id) });
      for (const i of r.body.items as { soort: string }[]) expect(["terugbelafspraak", "overdracht"]).toContain(i.soort);
    }
    const smal = nieuweClient([SCOPE_LEZEN, `team:${BALIE()}`]);
    expect((await get(werk, `/api/v1/teams/${BALIE() + 1}/werk`, smal.token, { id: String(BALIE() + 1) })).res.status).toBe(403);
    const onbekend = nieuweClient([SCOPE_LEZEN, "team:99999"]);
    expect((await get(werk, "/api/v1/teams/99999/werk", onbekend.token, { id: "99999" })).res.status).toBe(404);
  });

  it("POST /terugbelafspraken/{id}/pogingen: through the same step as the screen; stale version 409; bad outcome 422; other team 403", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, SCOPE_LEZEN, `team:${BALIE()}`]);
    const id = await nieuweTerugbel(c.token);
    const pad = `/api/v1/terugbelafspraken/${id}/pogingen`;
    const slecht = await post(poging, pad, c.token, { uitkomst: "misschien" }, { id });
    expect(slecht.res.status).toBe(422);
    expect(slecht.body.fouten.uitkomst[0]).toMatch(/Kies de uitkomst/);
    const ok = await post(poging, pad, c.token, { uitkomst: "geen_gehoor", notitie: "Voicemail vol", versie: 1 }, { id });
    expect(ok.res.status).toBe(200);
    expect(volgensDocument("/terugbelafspraken/{id}/pogingen", "post", 200, ok.body)).toEqual([]);
    expect(ok.body.versie).toBe(2);
    const oud = await post(poging, pad, c.token, { uitkomst: "bereikt", versie: 1 }, { id });
    expect(oud.res.status).toBe(409);
    expect(volgensDocument("/terugbelafspraken/{id}/pogingen", "post", 409, oud.body, "application/problem+json")).toEqual([]);
    const klaar = await post(poging, pad, c.token, { uitkomst: "bereikt" }, { id });
    expect(klaar.res.status).toBe(200);
    expect(klaar.body.status).toBe("nagekomen");
    const ev = sqlite.prepare("SELECT actor_naam FROM afspraak_gebeurtenissen WHERE afspraak_id = ? AND type = 'POGING'").all(id) as { actor_naam: string }[];
    expect(ev.every((e) => e.actor_naam === `API-client ${c.naam}`)).toBe(true);
    const vreemd = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE() + 999}`]);
    expect((await post(poging, pad, vreemd.token, { uitkomst: "bereikt" }, { id })).res.status).toBe(403);
    expect((await post(poging, "/api/v1/terugbelafspraken/x/pogingen", c.token, { uitkomst: "bereikt" }, { id: "x" })).res.status).toBe(404);
  });
});

describe("POST /api/v1/overdrachten", () => {
  it("creates a warm handover for the team; without phone and e-mail a message at telefoon", async () => {
    const c = nieuweClient([SCOPE_SCHRIJVEN, `team:${BALIE()}`]);
    const g = { naam: "Ahmed Bouali", telefoon: "0611122233", vraag: "WOZ-bezwaar", alGedaan: "Uitleg gegeven", team: BALIE() };
    const { res, body } = await post(overdracht, "/api/v1/overdrachten", c.token, g);
    expect(res.status).toBe(201);
    expect(volgensDocument("/overdrachten", "post", 201, body)).toEqual([]);
    expect(laadAfspraakRij(body.id)!.soort).toBe("overdracht");
    const fout = await post(overdracht, "/api/v1/overdrachten", c.token, { ...g, telefoon: "" });
    expect(fout.res.status).toBe(422);
    expect(fout.body.fouten.telefoon[0]).toMatch(/telefoonnummer of e-mailadres/);
    const leeg = await post(overdracht, "/api/v1/overdrachten", c.token, { ...g, alGedaan: "" });
    expect(leeg.body.fouten.alGedaan[0]).toMatch(/al is gezegd/);
    const lezer = nieuweClient([SCOPE_LEZEN, `team:${BALIE()}`]);
    expect((await post(overdracht, "/api/v1/overdrachten", lezer.token, g)).res.status).toBe(403);
  });
});
