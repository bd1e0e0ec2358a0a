import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { burgerOpId, koppelBurger, namenPassen, normaliseerTelefoon } from "../../../app/features/klantbeeld/klantbeeld.server";

function aantalBurgers(): number {
  return (getDatabase().sqlite.prepare("SELECT count(*) AS n FROM burgers").get() as { n: number }).n;
}

describe("koppelBurger", () => {
  it("maakt een nieuwe burger en vindt hem terug op telefoonnummer", () => {
    const a = koppelBurger({ naam: "Piet Jansen", telefoonE164: "+31612345678", email: null });
    const b = koppelBurger({ naam: "Piet Jansen", telefoonE164: "+31612345678", email: null });
    expect(b).toBe(a);
    expect(burgerOpId(a)?.naam).toBe("Piet Jansen");
  });

  it("vindt een burger terug op e-mail, ongeacht hoofdletters, en vult ontbrekende gegevens aan", () => {
    const a = koppelBurger({ naam: "Els de Wit", telefoonE164: null, email: "Els.DeWit@Example.nl" });
    const b = koppelBurger({ naam: "E. de Wit", telefoonE164: "+31201234567", email: "els.dewit@example.nl" });
    expect(b).toBe(a);
    const burger = burgerOpId(a)!;
    expect(burger.email).toBe("els.dewit@example.nl");
    expect(burger.telefoonE164).toBe("+31201234567");
    expect(burger.naam).toBe("Els de Wit");
  });

  it("voegt twee verschillende mensen met hetzelfde (vaste) nummer niet samen", () => {
    const piet = koppelBurger({ naam: "Piet Bakker", telefoonE164: "+31301112233" });
    const fatma = koppelBurger({ naam: "Fatma Yilmaz", telefoonE164: "+31301112233" });
    expect(fatma).not.toBe(piet);
    // A third call with Fatma's name lands on Fatma, not on Piet.
    expect(koppelBurger({ naam: "fatma yilmaz", telefoonE164: "+31301112233" })).toBe(fatma);
    expect(koppelBurger({ naam: "Piet Bakker", telefoonE164: "+31301112233" })).toBe(piet);
  });

  it("koppelt een anonieme beller aan de bekende burger met dat nummer, en een naam aan een anoniem record", () => {
    const anoniem = koppelBurger({ naam: "anoniem", telefoonE164: "+31687654321" });
    expect(burgerOpId(anoniem)?.naam).toBe("anoniem");
    const benoemd = koppelBurger({ naam: "Karin Smit", telefoonE164: "+31687654321" });
    expect(benoemd).toBe(anoniem);
    expect(burgerOpId(anoniem)?.naam).toBe("Karin Smit");
    expect(koppelBurger({ naam: null, telefoonE164: "+31687654321" })).toBe(anoniem);
  });

  it("koppelt nooit op naam alleen", () => {
    const voor = aantalBurgers();
    const a = koppelBurger({ naam: "Jan de Vries" });
    const b = koppelBurger({ naam: "Jan de Vries" });
    expect(a).not.toBe(b);
    expect(aantalBurgers()).toBe(voor + 2);
  });

  it("normaliseert een niet-E.164-nummer alsnog", () => {
    const a = koppelBurger({ naam: "Ali Demir", telefoonE164: "06-11223344" });
    expect(burgerOpId(a)?.telefoonE164).toBe("+31611223344");
    expect(koppelBurger({ naam: "Ali Demir", telefoonE164: "+31611223344" })).toBe(a);
  });
});

describe("namenPassen", () => {
  it.each([
    ["Jan Jansen", "J. Jansen", true],
    ["Jan Jansen", "jan jansen", true],
    ["Jan Jansen", "Piet Jansen", false],
    ["Jan Jansen", "Fatma Yilmaz", false],
    ["Jansen", "Piet Jansen", true],
    [null, "Piet Jansen", true],
    ["Anoniem", "Piet Jansen", true],
    ["Élise d'Hondt", "Elise d Hondt", true],
  ] as const)("%s ~ %s → %s", (a, b, verwacht) => {
    expect(namenPassen(a, b)).toBe(verwacht);
  });
});

describe("normaliseerTelefoon", () => {
  it("accepteert de gangbare notaties", () => {
    expect(normaliseerTelefoon("06-12345678")).toBe("+31612345678");
    expect(normaliseerTelefoon("+31 6 1234 5678")).toBe("+31612345678");
    expect(normaliseerTelefoon("0031612345678")).toBe("+31612345678");
    expect(normaliseerTelefoon("jansen")).toBeNull();
  });
});
