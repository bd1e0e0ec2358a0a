/**
 * Issue 17 part 4, Beheer forms: a refused new norm, API client or Open Klant actor answers at the fields in the
 * chosen language (server-side zod and hand-made messages), and in exactly the old Dutch by default.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { setNow } from "../../../app/platform/clock";
import { instantVanLokaal } from "../../../app/domain/kalender/tijd";
import { maakNieuweNorm } from "../../../app/features/handvest/beheer.server";
import { voerApiActieUit } from "../../../app/features/api/beheer.server";
import { voerOpenKlantActieUit } from "../../../app/features/openklant/pagina.server";

const wie = { actor: { id: "test-beheerder", naam: "Test Beheerder" }, oorsprong: "test" };
const door = { id: "test-beheerder", naam: "Test Beheerder" };

beforeEach(() => setNow(instantVanLokaal(2026, 11, 20, 16, 45)));

const slechteNorm = { code: "x", titel: "ab", mijlpaal: "klacht_afgehandeld", duur: "12", eenheid: "werkdagen", kalender: "organisatie", waarschuwingPct: "150", belofte: "kort", geldigVanaf: "2020-01-01T08:00" };

describe("new norm refused", () => {
  it("answers in English at the fields when English is chosen", () => {
    const r = maakNieuweNorm(slechteNorm, wie, "en");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.melding).toBe("Check the fields with an error message.");
    expect(r.fouten.code).toEqual(["The code must have at least 2 characters."]);
    expect(r.fouten.titel).toEqual(["Enter a title of at least 3 characters."]);
    expect(r.fouten.waarschuwingPct).toEqual(["The warning percentage must be between 1 and 99."]);
    expect(r.fouten.belofte).toEqual(["Write the promise as citizens read it (at least 10 characters)."]);
    expect(r.fouten.kalender).toContain("This deadline comes from the Awb and must be counted on the statutory calendar (General Time Limits Act).");
    expect(r.fouten.eenheid).toEqual(["A deadline from the Awb counts in weeks or calendar days."]);
    expect(r.fouten.geldigVanaf).toEqual(["Choose today or a moment in the future: the charter is not changed retroactively."]);
  });

  it("keeps the Dutch texts by default, with values filled in", () => {
    const r = maakNieuweNorm({ ...slechteNorm, mijlpaal: "terugbellen", duur: "999", kalender: "organisatie" }, wie);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.melding).toBe("Controleer de velden met een foutmelding.");
    expect(r.fouten.duur).toEqual(["Een duur van meer dan 130 werkdagen is niet zinvol voor een servicenorm."]);
    expect(r.fouten.code).toEqual(["De code moet ten minste 2 tekens hebben."]);
  });
});

describe("API client and Open Klant actor refused", () => {
  it("API client: English with taal=en, Dutch by default", () => {
    const en = voerApiActieUit({ intent: "nieuw", naam: "", limiet: "0" }, [], door, "test", "en");
    expect(en.status).toBe(400);
    expect(en.antwoord.fouten.naam?.[0]).toMatch(/^Give the client a name/);
    expect(en.antwoord.fouten.limiet).toEqual(["Enter a number between 1 and 10000."]);
    const nl = voerApiActieUit({ intent: "nieuw", naam: "Telefonie", limiet: "60" }, [], door, "test");
    expect(nl.antwoord.fouten.scopes).toEqual(["Kies wat de client mag: lezen, schrijven of allebei."]);
    expect(voerApiActieUit({ intent: "??" }, [], door, "test", "en").antwoord.fouten._formulier).toEqual(["Unknown action. Reload the page."]);
  });

  it("Open Klant actor: English with taal=en, Dutch by default", async () => {
    const en = await voerOpenKlantActieUit({ intent: "actor", actorUuid: "geen-uuid", team: "" }, door, "test", "en");
    expect(en.status).toBe(400);
    expect(en.antwoord.fouten.actorUuid?.[0]).toMatch(/^Enter the uuid of the actor in Open Klant/);
    expect(en.antwoord.fouten.team).toEqual(["Choose a team."]);
    const nl = await voerOpenKlantActieUit({ intent: "actor", actorUuid: "geen-uuid", team: "" }, door, "test");
    expect(nl.antwoord.fouten.team).toEqual(["Kies een team."]);
  });
});
