/**
 * The AVG term in months (art. 12 lid 3) on the Atw calendar: the same date one month later, or the last day of
 * that month when it does not exist (31 January → 28/29 February), ending at 23:59:59, moved to the next day that
 * is not a Saturday, Sunday or holiday (Atw art. 1). The extension (+2 months) is computed from the receipt.
 */
import { describe, expect, it } from "vitest";
import { berekenTermijn, formatIso, maakKalenders, parseTijdstip, verklaarTermijn, type TermijnNorm } from "../../../app/domain/kalender/index";
import { BEKENDE_GELIJKGESTELDE_DAGEN } from "../../../app/domain/kalender/index";

const k = maakKalenders({ gelijkgesteldeDagen: BEKENDE_GELIJKGESTELDE_DAGEN });
const maanden = (duur: number): TermijnNorm => ({ duur, eenheid: "maanden", kalender: "atw" });

describe("termijn in maanden (Atw)", () => {
  it.each([
    ["31 januari 2025 → vr 28 februari 2025 (geen 31 februari)", "2025-01-31T10:00", 1, "2025-02-28T23:59:59+01:00"],
    ["31 januari 2028 → di 29 februari 2028 (schrikkeljaar)", "2028-01-31T10:00", 1, "2028-02-29T23:59:59+01:00"],
    ["15 januari 2026 → zo 15 februari → ma 16 februari (Atw art. 1)", "2026-01-15T09:00", 1, "2026-02-16T23:59:59+01:00"],
    ["31 januari 2026 → za 28 februari → ma 2 maart", "2026-01-31T09:00", 1, "2026-03-02T23:59:59+01:00"],
    ["27 maart 2026 → ma 27 april is Koningsdag → di 28 april", "2026-03-27T12:00", 1, "2026-04-28T23:59:59+02:00"],
    ["30 november 2026 → mi 30 december", "2026-11-30T12:00", 1, "2026-12-30T23:59:59+01:00"],
    ["30 november 2026 + 3 maanden (verlengd) → 28 februari 2027 (zondag) → ma 1 maart", "2026-11-30T12:00", 3, "2027-03-01T23:59:59+01:00"],
    ["31 december 2026 → zo 31 januari 2027 → ma 1 februari", "2026-12-31T12:00", 1, "2027-02-01T23:59:59+01:00"],
    ["4 maanden: langer dan drie maanden, geen verlenging (Atw art. 4)", "2026-11-30T12:00", 4, "2027-03-30T23:59:59+02:00"],
  ])("%s", (_o, start, n, verwacht) => {
    expect(formatIso(berekenTermijn(k, parseTijdstip(start), maanden(n)))).toBe(verwacht);
  });

  it("legt de berekening uit met de verschuiving", () => {
    expect(verklaarTermijn(k, parseTijdstip("2026-01-31T09:00"), maanden(1))).toMatch(/1 maand na ontvangst op za 31 januari 2026 = za 28 februari.*ma 2 maart, einde van de dag/);
  });

  it("op de organisatiekalender: sluitingstijd van die dag of de volgende werkdag", () => {
    expect(formatIso(berekenTermijn(k, parseTijdstip("2025-01-31T10:00"), { duur: 1, eenheid: "maanden", kalender: "organisatie" }))).toBe(
      "2025-02-28T17:00:00+01:00",
    );
  });
});
