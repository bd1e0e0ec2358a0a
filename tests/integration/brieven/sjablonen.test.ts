import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { alleSjablonen, sjabloon, STANDAARD_SJABLONEN, wijzigSjabloon } from "../../../app/features/klachten/brieven.server";

const { sqlite } = getDatabase();
const laura = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE email = 'laura@voorbeeld.nl'").get() as { id: string; naam: string };

describe("briefsjablonen (beheer)", () => {
  it("lists the four templates, the built-in text at version 0", () => {
    const lijst = alleSjablonen();
    expect(lijst.map((s) => s.soort)).toEqual(["ontvangstbevestiging", "niet_in_behandeling", "verdaging", "conclusie"]);
    expect(lijst.every((s) => s.versie === 0)).toBe(true);
  });

  it("refuses unknown merge fields at the field where they are used", () => {
    const basis = STANDAARD_SJABLONEN.ontvangstbevestiging;
    const r = wijzigSjabloon(laura, "ontvangstbevestiging", 0, { onderwerp: "Klacht {{nummr}}", tekst: basis.tekst + "\n{{klager.telefoon}}" }, null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.onderwerp?.[0]).toBe("Onbekend samenvoegveld: {{nummr}}.");
    expect(r.fouten.tekst?.[0]).toBe("Onbekend samenvoegveld: {{klager.telefoon}}.");
    expect(sjabloon("ontvangstbevestiging").versie).toBe(0);
  });

  it("keeps the Awb 9:12 fields in the conclusion letter", () => {
    const r = wijzigSjabloon(laura, "conclusie", 0, { onderwerp: "Afhandeling", tekst: "Geachte {{klager.naam}}, {{oordeel}}." }, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.tekst?.[0]).toMatch(/Awb 9:12.*\{\{bevindingen\}\}/);
  });

  it("saves a valid change with a new version and an audit line, and refuses a stale version", () => {
    const tekst = STANDAARD_SJABLONEN.verdaging.tekst.replace("Wij hebben meer tijd nodig", "Wij hebben helaas meer tijd nodig");
    const r = wijzigSjabloon(laura, "verdaging", 0, { onderwerp: STANDAARD_SJABLONEN.verdaging.onderwerp, tekst }, "test");
    expect(r).toEqual({ ok: true, versie: 1 });
    expect(sjabloon("verdaging").tekst).toContain("helaas");
    const audit = sqlite.prepare("SELECT actor_id, object_id FROM audit_log WHERE actie = 'briefsjabloon.gewijzigd'").all() as { actor_id: string; object_id: string }[];
    expect(audit).toContainEqual({ actor_id: laura.id, object_id: "verdaging" });
    const oud = wijzigSjabloon(laura, "verdaging", 0, { onderwerp: "Ander onderwerp {{nummer}}", tekst }, null);
    expect(oud.ok).toBe(false);
    if (!oud.ok) expect(oud.fouten._form?.[0]).toMatch(/intussen gewijzigd/);
    expect(sjabloon("verdaging").onderwerp).toBe(STANDAARD_SJABLONEN.verdaging.onderwerp);
    expect(sjabloon("verdaging").versie).toBe(1);
  });
});
