import { describe, expect, it } from "vitest";
import { anonimiseer } from "../../../app/features/bewaren/vernietiging.server";
import { plusMaanden } from "../../../app/features/bewaren/kandidaten.server";

describe("plusMaanden", () => {
  it("keeps the calendar date, or the month's last day", () => {
    expect(plusMaanden("2024-03-04", 12)).toBe("2025-03-04");
    expect(plusMaanden("2025-01-31", 1)).toBe("2025-02-28");
    expect(plusMaanden("2024-01-31", 1)).toBe("2024-02-29");
    expect(plusMaanden("2024-02-29", 12)).toBe("2025-02-28");
    expect(plusMaanden("2024-11-15", 3)).toBe("2025-02-15");
    expect(plusMaanden("2025-03-10", -12)).toBe("2024-03-10");
    expect(plusMaanden("2025-01-10", -1)).toBe("2024-12-10");
  });
});

describe("anonimiseer", () => {
  it("replaces names, phone numbers, e-mail addresses and free text, keeps codes, ids, dates and numbers", () => {
    const uit = anonimiseer({
      burger: { naam: "Piet Jansen", telefoon: "+31612345678", email: "piet@example.nl" },
      vraag: "Waar blijft mijn paspoort?",
      kanaal: "telefoon",
      eigenaarId: "3f0c2a9e-1b7d-4c55-9a51-0e2d4c6b8a10",
      pogingen: [{ op: 1709542800000, uitkomst: "geen_gehoor", notitie: "Voicemail van Piet", door: "Fatima El Amrani" }],
      ontvangenDatum: "2024-03-04",
      beklaagden: [{ id: "m-1", naam: "jansen" }],
      afgerond: true,
      teller: 2,
      leeg: null,
    }) as Record<string, unknown>;
    expect(uit).toEqual({
      burger: { naam: "[vernietigd]", telefoon: "[vernietigd]", email: "[vernietigd]" },
      vraag: "[vernietigd]",
      kanaal: "telefoon",
      eigenaarId: "3f0c2a9e-1b7d-4c55-9a51-0e2d4c6b8a10",
      pogingen: [{ op: 1709542800000, uitkomst: "geen_gehoor", notitie: "[vernietigd]", door: "[vernietigd]" }],
      ontvangenDatum: "2024-03-04",
      beklaagden: [{ id: "m-1", naam: "[vernietigd]" }],
      afgerond: true,
      teller: 2,
      leeg: null,
    });
  });
});
