import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { amsterdamOffset, bucketMinuten, dagenNl, duurBucket, maandNl } from "../../../db/functies";

/** The reference: Intl's Europe/Amsterdam calendar (slow, but certainly right). */
const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });
function lokaleDatum(ms: number): string {
  return fmt.format(new Date(ms));
}

describe("SQL functions for the statistics triggers", () => {
  it("maand_nl equals the Amsterdam calendar month for any instant 1996–2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const [y, m] = lokaleDatum(ms).split("-");
        expect(maandNl(ms)).toBe(Number(y) * 100 + Number(m));
      }),
      { numRuns: 5000 },
    );
  });

  it("puts the last hour of a month in Amsterdam in that month, not the next (UTC would)", () => {
    // 31 Oct 2026 23:30 Amsterdam (winter time again since 25 Oct) = 22:30 UTC
    expect(maandNl(Date.UTC(2026, 9, 31, 22, 30))).toBe(202610);
    // 1 Nov 2026 00:30 Amsterdam = 31 Oct 23:30 UTC
    expect(maandNl(Date.UTC(2026, 9, 31, 23, 30))).toBe(202611);
    // 1 Jul 2026 00:30 Amsterdam (summer time) = 30 Jun 22:30 UTC
    expect(maandNl(Date.UTC(2026, 5, 30, 22, 30))).toBe(202607);
    expect(maandNl(null)).toBeNull();
  });

  it("switches the offset exactly at 01:00 UTC on the last Sundays of March and October", () => {
    const zomer = Date.UTC(2026, 2, 29, 1, 0);
    expect(amsterdamOffset(zomer - 1)).toBe(3_600_000);
    expect(amsterdamOffset(zomer)).toBe(7_200_000);
    const winter = Date.UTC(2026, 9, 25, 1, 0);
    expect(amsterdamOffset(winter - 1)).toBe(7_200_000);
    expect(amsterdamOffset(winter)).toBe(3_600_000);
  });

  it("dagen_nl counts Amsterdam calendar days between two instants", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        (van, duur) => {
          const tot = van + duur;
          const verschil = (Date.parse(lokaleDatum(tot)) - Date.parse(lokaleDatum(van))) / 86_400_000;
          expect(dagenNl(van, tot)).toBe(verschil);
        },
      ),
      { numRuns: 3000 },
    );
    expect(dagenNl(null, 1)).toBeNull();
  });

  it("duur_bucket is monotone and its representative lies within the bucket", () => {
    let vorige = -1;
    for (let min = 0; min < 200_000; min += 7) {
      const b = duurBucket(min)!;
      expect(b).toBeGreaterThanOrEqual(vorige);
      vorige = b;
    }
    for (const min of [1, 10, 60, 480, 2880, 40_320]) {
      const b = duurBucket(min)!;
      const rep = bucketMinuten(b);
      expect(duurBucket(rep)).toBe(b);
      expect(Math.abs(rep - min) / min).toBeLessThan(0.1);
    }
    expect(duurBucket(-5)).toBe(0);
  });
});
