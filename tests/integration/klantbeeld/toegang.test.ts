import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { now } from "../../../app/platform/clock";
import { klantbeeld, koppelBurger, magKlantbeeldZien, zoekBurgers, zoekterm } from "../../../app/features/klantbeeld/klantbeeld.server";
import { gebruiker, projectieRij, teamId } from "../werklijsten/helpers";

const DAG = 86_400_000;

describe("klantbeeld: toegang, zoeken en audit", () => {
  let burger = "";
  let oud = "";
  beforeAll(() => {
    burger = koppelBurger({ naam: "Henk de Zoeker", telefoonE164: "+31655554444", email: "henk@example.nl" });
    projectieRij({ eigenaarId: gebruiker("fatima@voorbeeld.nl").id, burgerId: burger, titel: "Terugbellen: vraag over WOZ" });
    // A citizen whose only contact was closed long ago: nobody outside the regieteam sees them any more.
    oud = koppelBurger({ naam: "Henk Oudgeval", telefoonE164: "+31655553333" });
    projectieRij({
      eigenaarId: gebruiker("fatima@voorbeeld.nl").id,
      burgerId: oud,
      open: false,
      aangemaaktOp: now() - 400 * DAG,
      geslotenOp: now() - 300 * DAG,
    });
  });

  it("geeft de eigenaar, het team van de eigenaar, de teamleider en het regieteam toegang; anderen niet", () => {
    expect(magKlantbeeldZien(gebruiker("fatima@voorbeeld.nl"), burger)).toBe(true);
    expect(magKlantbeeldZien(gebruiker("jeroen@voorbeeld.nl"), burger)).toBe(true);
    expect(magKlantbeeldZien(gebruiker("sanne@voorbeeld.nl"), burger)).toBe(true);
    expect(magKlantbeeldZien(gebruiker("ruben@voorbeeld.nl"), burger)).toBe(true);
    expect(magKlantbeeldZien(gebruiker("anouk@voorbeeld.nl"), burger)).toBe(false);
    expect(magKlantbeeldZien(gebruiker("mohamed@voorbeeld.nl"), burger)).toBe(false);
    expect(magKlantbeeldZien(gebruiker("laura@voorbeeld.nl"), burger)).toBe(false);
  });

  it("vervalt na de recente periode, behalve voor het regieteam", () => {
    expect(magKlantbeeldZien(gebruiker("fatima@voorbeeld.nl"), oud)).toBe(false);
    expect(magKlantbeeldZien(gebruiker("ruben@voorbeeld.nl"), oud)).toBe(true);
  });

  it("geeft toegang aan een ander team zodra dat team aan de afspraak werkt", () => {
    const b = koppelBurger({ naam: "Gerda Balie", telefoonE164: "+31655552222" });
    projectieRij({ eigenaarId: null, teamId: teamId("KCC Balie"), burgerId: b });
    expect(magKlantbeeldZien(gebruiker("anouk@voorbeeld.nl"), b)).toBe(true);
    expect(magKlantbeeldZien(gebruiker("mohamed@voorbeeld.nl"), b)).toBe(true);
    expect(magKlantbeeldZien(gebruiker("fatima@voorbeeld.nl"), b)).toBe(false);
  });

  it("herkent de soort zoekopdracht", () => {
    expect(zoekterm("06 5555 4444")).toEqual({ soort: "telefoon", waarde: "+31655554444" });
    expect(zoekterm("Henk@Example.nl ")).toEqual({ soort: "email", waarde: "henk@example.nl" });
    expect(zoekterm("de zoek")).toEqual({ soort: "naam", waarde: "de zoek" });
    expect(zoekterm(" ")).toBeNull();
  });

  it("zoekt op telefoon, e-mail, naam en achternaam, en toont alleen burgers die je mag zien", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    expect(zoekBurgers(fatima, "06-55554444").resultaten.map((r) => r.id)).toEqual([burger]);
    expect(zoekBurgers(fatima, "HENK@example.nl").resultaten.map((r) => r.id)).toEqual([burger]);
    expect(zoekBurgers(fatima, "henk de").resultaten.map((r) => r.id)).toEqual([burger]);
    expect(zoekBurgers(fatima, "Zoeker").resultaten.map((r) => r.id)).toEqual([burger]);
    // "Henk" matches both, but the old case is no longer visible to fatima.
    expect(zoekBurgers(fatima, "henk").resultaten.map((r) => r.id)).toEqual([burger]);
    expect(zoekBurgers(gebruiker("ruben@voorbeeld.nl"), "henk").resultaten.map((r) => r.id).sort()).toEqual([burger, oud].sort());
    expect(zoekBurgers(gebruiker("anouk@voorbeeld.nl"), "06-55554444").resultaten).toEqual([]);
  });

  it("legt elke zoekopdracht en elke inzage vast, zonder de zoekterm zelf", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    zoekBurgers(fatima, "+31 6 55554444", "test");
    const kb = klantbeeld(fatima, burger, "test")!;
    expect(kb.burger.naamWeergave).toBe("Henk de Zoeker");
    expect(kb.afspraken[0]!.besproken).toEqual([{ veld: "vraag", label: "Vraag", tekst: "Testvraag" }]);
    const rijen = getDatabase()
      .sqlite.prepare("SELECT actie, object_id, details FROM audit_log WHERE actor_id = ? AND oorsprong = 'test' ORDER BY id")
      .all(fatima.id) as { actie: string; object_id: string | null; details: string }[];
    expect(rijen.map((r) => r.actie)).toEqual(["klantbeeld.zoeken", "klantbeeld.bekijken"]);
    expect(rijen[0]!.details).not.toMatch(/5555/);
    expect(JSON.parse(rijen[0]!.details)).toMatchObject({ zoeksoort: "telefoon", aantal: 1, burgerIds: [burger] });
    expect(rijen[1]!.object_id).toBe(burger);
  });
});
