import { beforeAll, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { startSession } from "../../../app/platform/auth/sessies.server";
import * as beheerApi from "../../../app/routes/beheer.api";
import * as beheerOpenKlant from "../../../app/routes/beheer.openklant";
import * as terugbel from "../../../app/routes/api.v1.terugbelafspraken";
import { CONTEXT, teamId, verzoek } from "./helpers";

const { sqlite } = getDatabase();
let cookie = "";

function formulier(pad: string, velden: [string, string][]): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
    body: new URLSearchParams(velden).toString(),
  });
}
type Antwoord = { data: Record<string, any>; init: { status?: number } | null };
const actie = async (mod: { action: (a: never) => unknown }, pad: string, velden: [string, string][]) =>
  (await mod.action({ request: formulier(pad, velden), context: CONTEXT, params: {} } as never)) as Antwoord;

beforeAll(async () => {
  const b = sqlite.prepare("SELECT m.id FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id WHERE r.rol = 'beheerder' AND m.actief = 1 LIMIT 1").get() as { id: string };
  cookie = (await startSession(b.id)).split(";")[0]!;
});

describe("Beheer → API-clients", () => {
  it("makes a client with scopes; the token is shown once and works; rotate and revoke; errors at the field with the input kept", async () => {
    const balie = String(teamId("KCC Balie"));
    const leeg = await actie(beheerApi, "/beheer/api", [["intent", "nieuw"], ["naam", ""], ["schrijven", "1"], ["team", balie], ["limiet", "abc"]]);
    expect(leeg.init?.status).toBe(400);
    expect(leeg.data.fouten.naam[0]).toMatch(/Geef de client een naam/);
    expect(leeg.data.fouten.limiet[0]).toMatch(/tussen 1 en 10000/);
    expect(leeg.data.teams).toEqual([balie]);
    const geenTeam = await actie(beheerApi, "/beheer/api", [["intent", "nieuw"], ["naam", "Telefonie"], ["schrijven", "1"], ["limiet", "60"]]);
    expect(geenTeam.data.fouten.teams[0]).toMatch(/minstens één team/);
    expect(geenTeam.data.invoer.naam).toBe("Telefonie");

    const ok = await actie(beheerApi, "/beheer/api", [["intent", "nieuw"], ["naam", "Telefonie"], ["schrijven", "1"], ["lezen", "1"], ["team", balie], ["limiet", "60"]]);
    expect(ok.data.token).toMatch(/^afs_[0-9a-f]{16}_/);
    const dubbel = await actie(beheerApi, "/beheer/api", [["intent", "nieuw"], ["naam", "Telefonie"], ["schrijven", "1"], ["team", balie], ["limiet", "60"]]);
    expect(dubbel.data.fouten.naam[0]).toMatch(/al een client/);

    const pagina = (await beheerApi.loader({ request: new Request("http://localhost/beheer/api", { headers: { Cookie: cookie } }), context: CONTEXT, params: {} } as never)) as Antwoord;
    const c = (pagina.data.clients as { id: string; naam: string; scopes: string[] }[]).find((x) => x.naam === "Telefonie")!;
    expect(c.scopes).toEqual(["afspraken:schrijven", "afspraken:lezen", `team:${balie}`]);
    expect(JSON.stringify(pagina.data)).not.toContain(ok.data.token);

    const maak = async (token: string) =>
      ((await terugbel.action({ request: verzoek("/api/v1/terugbelafspraken", { token, body: { naam: "Els", telefoon: "0612345678", vraag: "?", team: Number(balie) } }), context: CONTEXT, params: {} } as never)) as Response).status;
    expect(await maak(ok.data.token)).toBe(201);
    const rot = await actie(beheerApi, "/beheer/api", [["intent", "roteer"], ["id", c.id]]);
    expect(await maak(ok.data.token)).toBe(401);
    expect(await maak(rot.data.token)).toBe(201);
    const wh = await actie(beheerApi, "/beheer/api", [["intent", "webhook"], ["client", c.id], ["url", "ftp://x"]]);
    expect(wh.data.fouten.url[0]).toMatch(/https/);
    expect(wh.data.invoer.url).toBe("ftp://x");
    expect((await actie(beheerApi, "/beheer/api", [["intent", "webhook"], ["client", c.id], ["url", "https://telefonie.example.nl/hook"]])).data.geheim).toBeTruthy();
    await actie(beheerApi, "/beheer/api", [["intent", "intrekken"], ["id", c.id]]);
    expect(await maak(rot.data.token)).toBe(401);
    const regels = sqlite.prepare("SELECT actie FROM audit_log WHERE object_id = ? AND actie LIKE 'api.client.%' ORDER BY id").all(c.id) as { actie: string }[];
    expect(regels.map((r) => r.actie)).toEqual(["api.client.aangemaakt", "api.client.geroteerd", "api.client.ingetrokken"]);
  });
});

describe("Beheer → Open Klant", () => {
  it("settings and actor mapping with Dutch errors at the field; the token is never sent back", async () => {
    const fout = await actie(beheerOpenKlant, "/beheer/openklant", [["intent", "instellingen"], ["basisUrl", "openklant"], ["token", "geheim-123"], ["actief", "1"], ["versie", "1"]]);
    expect(fout.init?.status).toBe(400);
    expect(fout.data.fouten.basisUrl[0]).toMatch(/volledig adres/);
    expect(fout.data.invoer.basisUrl).toBe("openklant");
    expect(JSON.stringify(fout.data)).not.toContain("geheim-123");
    const pagina = (await beheerOpenKlant.loader({ request: new Request("http://localhost/beheer/openklant", { headers: { Cookie: cookie } }), context: CONTEXT, params: {} } as never)) as Antwoord;
    const versie = String(pagina.data.instellingen.versie);
    const ok = await actie(beheerOpenKlant, "/beheer/openklant", [["intent", "instellingen"], ["basisUrl", "http://127.0.0.1:9/klantinteracties/api/v1"], ["token", "geheim-123"], ["actief", "1"], ["versie", versie]]);
    expect(ok.data.ok).toMatch(/staat aan/);
    const oud = await actie(beheerOpenKlant, "/beheer/openklant", [["intent", "instellingen"], ["basisUrl", "http://127.0.0.1:9/x"], ["token", ""], ["versie", versie]]);
    expect(oud.init?.status).toBe(409);
    const actor = await actie(beheerOpenKlant, "/beheer/openklant", [["intent", "actor"], ["actorUuid", "geen-uuid"], ["team", ""]]);
    expect(actor.data.fouten.actorUuid[0]).toMatch(/uuid/);
    expect(actor.data.fouten.team[0]).toMatch(/Kies een team/);
    const goed = await actie(beheerOpenKlant, "/beheer/openklant", [["intent", "actor"], ["actorUuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6"], ["team", String(teamId("KCC Balie"))]]);
    expect(goed.data.ok).toMatch(/gekoppeld/);
    // nothing listens on port 9: "nu ophalen" shows the connection failure, and the page shows it too
    const nu = await actie(beheerOpenKlant, "/beheer/openklant", [["intent", "nu"]]);
    expect(nu.init?.status).toBe(502);
    expect(nu.data.fouten._formulier[0]).toMatch(/Geen verbinding met Open Klant/);
    const na = (await beheerOpenKlant.loader({ request: new Request("http://localhost/beheer/openklant", { headers: { Cookie: cookie } }), context: CONTEXT, params: {} } as never)) as Antwoord;
    expect(na.data.toestand).toMatchObject({ gezond: false, foutenOpRij: 1, laatsteFout: expect.stringMatching(/Geen verbinding/) });
    expect(na.data.actoren[0]).toMatchObject({ actorUuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6", teamNaam: "KCC Balie" });
    expect(JSON.stringify(na.data)).not.toContain("geheim-123");
  });
});
