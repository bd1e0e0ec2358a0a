import { describe, expect, it } from "vitest";
import { bakVan, duurTekst, mediaanMinuten } from "../../../app/features/statistiek/mediaan";
import { bucketMinuten } from "../../../db/functies";
import {
  filterParams,
  kwartaalVan,
  leesStatFilter,
  leesTermijnFilter,
  maandBegin,
  maandEinde,
  plusMaanden,
  presetPeriode,
  vorigJaar,
  vorigePeriode,
} from "../../../app/features/statistiek/filter";
import { klachtenLink, termijnenLink } from "../../../app/features/statistiek/links";

function histogram(duren: number[]) {
  const m = new Map<number, number>();
  for (const d of duren) m.set(bakVan(d), (m.get(bakVan(d)) ?? 0) + 1);
  return [...m].map(([bucket, aantal]) => ({ bucket, aantal }));
}

function exacteMediaan(duren: number[]): number {
  const s = [...duren].sort((a, b) => a - b);
  return s[Math.ceil(s.length / 2) - 1]!;
}

describe("median from the duration histogram", () => {
  it("is null without data and ignores zero/negative counts", () => {
    expect(mediaanMinuten([])).toBeNull();
    expect(mediaanMinuten([{ bucket: 10, aantal: 0 }, { bucket: 12, aantal: -1 }])).toBeNull();
  });

  it("returns the representative of the bucket holding the lower median", () => {
    // 3 values in bucket 5, 2 in bucket 40: median (3rd of 5) is in bucket 5
    expect(mediaanMinuten([{ bucket: 40, aantal: 2 }, { bucket: 5, aantal: 3 }])).toBeCloseTo(bucketMinuten(5));
    // 2 and 2: lower median = 2nd value → first bucket
    expect(mediaanMinuten([{ bucket: 5, aantal: 2 }, { bucket: 40, aantal: 2 }])).toBeCloseTo(bucketMinuten(5));
    // 2 and 3 → 3rd value in the second bucket
    expect(mediaanMinuten([{ bucket: 5, aantal: 2 }, { bucket: 40, aantal: 3 }])).toBeCloseTo(bucketMinuten(40));
  });

  it("adds repeated buckets (several teams and months) before taking the median", () => {
    expect(mediaanMinuten([{ bucket: 9, aantal: 1 }, { bucket: 30, aantal: 2 }, { bucket: 9, aantal: 2 }])).toBeCloseTo(bucketMinuten(9));
  });

  it("is within ±5 % of the exact median for realistic durations", () => {
    let zaad = 42;
    const rnd = () => {
      zaad = (zaad + 0x6d2b79f5) | 0;
      let t = Math.imul(zaad ^ (zaad >>> 15), 1 | zaad);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const schaal of [30, 480, 2880, 20160]) {
      const duren = Array.from({ length: 2001 }, () => Math.round(schaal * Math.exp((rnd() - 0.5) * 3)) + 5);
      const exact = exacteMediaan(duren);
      const benadering = mediaanMinuten(histogram(duren))!;
      expect(Math.abs(benadering - exact) / exact).toBeLessThan(0.05);
    }
  });

  it("formats approximately", () => {
    expect(duurTekst(null)).toBe("—");
    expect(duurTekst(42.4)).toBe("≈ 42 min");
    expect(duurTekst(150)).toBe("≈ 2,5 uur");
    expect(duurTekst(3 * 24 * 60)).toBe("≈ 3 dagen");
  });
});

describe("dashboard filter parsing", () => {
  const nu = Date.UTC(2026, 4, 20, 10, 0); // 20 mei 2026
  const p = (s: string) => leesStatFilter(new URLSearchParams(s), nu);

  it("defaults to this quarter so far, per month, no errors", () => {
    const { filter, fouten } = p("");
    expect(filter).toMatchObject({ van: 202604, tot: 202605, indeling: "maand", preset: "dit_kwartaal" });
    expect(fouten).toEqual({});
  });

  it("knows the presets", () => {
    expect(presetPeriode("vorig_kwartaal", nu)).toEqual({ van: 202601, tot: 202603 });
    expect(presetPeriode("dit_jaar", nu)).toEqual({ van: 202601, tot: 202605 });
    expect(presetPeriode("vorig_jaar", nu)).toEqual({ van: 202501, tot: 202512 });
    expect(presetPeriode("laatste_12", nu)).toEqual({ van: 202506, tot: 202605 });
    // January: previous quarter is Q4 of the year before
    expect(presetPeriode("vorig_kwartaal", Date.UTC(2026, 0, 5))).toEqual({ van: 202510, tot: 202512 });
  });

  it("uses the Amsterdam month at a month boundary", () => {
    // 31 March 2026 23:30 UTC is already 1 April in Amsterdam (CEST)
    expect(presetPeriode("dit_kwartaal", Date.UTC(2026, 2, 31, 23, 30))).toEqual({ van: 202604, tot: 202604 });
  });

  it("accepts an own period and the other fields", () => {
    const { filter, fouten } = p("van=2025-11&tot=2026-02&afdeling=3&team=7&per=kwartaal");
    expect(fouten).toEqual({});
    expect(filter).toMatchObject({ van: 202511, tot: 202602, afdelingId: 3, teamId: 7, indeling: "kwartaal", preset: "eigen" });
    expect(Object.fromEntries(filterParams(filter))).toEqual({ van: "2025-11", tot: "2026-02", afdeling: "3", team: "7", per: "kwartaal" });
  });

  it("gives Dutch field errors for nonsense and falls back to the default", () => {
    const a = p("van=gisteren&tot=2026-13&afdeling=abc&team=-1&per=week&periode=eeuw");
    expect(a.fouten.periode).toMatch(/Kies een periode/);
    expect(a.fouten.afdeling).toMatch(/afdeling/);
    expect(a.fouten.team).toMatch(/team/);
    expect(a.fouten.per).toMatch(/maand of per kwartaal/);
    expect(a.filter).toMatchObject({ van: 202604, tot: 202605, indeling: "maand" });
    expect(a.filter.afdelingId).toBeUndefined();
    const b = p("periode=eigen&van=2026-03&tot=2026-01");
    expect(b.fouten.tot).toBe("De eindmaand ligt vóór de beginmaand.");
    const c = p("periode=eigen&van=2000-01&tot=2026-01");
    expect(c.fouten.van).toMatch(/hoogstens 120 maanden/);
    const d = p("periode=eigen&van=&tot=2026-01");
    expect(d.fouten.van).toMatch(/beginmaand/);
  });

  it("a preset wins over van/tot", () => {
    expect(p("periode=vorig_jaar&van=2020-01&tot=2020-02").filter).toMatchObject({ van: 202501, tot: 202512, preset: "vorig_jaar" });
  });

  it("computes comparison periods and month boundaries", () => {
    expect(vorigJaar({ van: 202601, tot: 202603 })).toEqual({ van: 202501, tot: 202503 });
    expect(vorigePeriode({ van: 202601, tot: 202603 })).toEqual({ van: 202510, tot: 202512 });
    expect(plusMaanden(202512, 1)).toBe(202601);
    expect(kwartaalVan(202612)).toBe(20264);
    expect(maandBegin(202603)).toBe(Date.UTC(2026, 1, 28, 23)); // 1 March 00:00 CET
    expect(maandEinde(202603)).toBe(Date.UTC(2026, 2, 31, 22)); // 1 April 00:00 CEST
  });

  it("parses the deadline drill-down filter", () => {
    const a = leesTermijnFilter(new URLSearchParams("norm=TB-1&team=4&van=2026-01&tot=2026-03&opTijd=0&pagina=3"));
    expect(a.fouten).toEqual({});
    expect(a.filter).toEqual({ normCode: "TB-1", teamId: 4, van: 202601, tot: 202603, opTijd: 0 });
    expect(a.pagina).toBe(3);
    const b = leesTermijnFilter(new URLSearchParams("norm=<x>&nu=morgen&opTijd=2&pagina=nul"));
    expect(Object.keys(b.fouten).sort()).toEqual(["norm", "nu", "opTijd", "pagina"]);
    expect(b.pagina).toBe(1);
  });

  it("builds drill-down links", () => {
    expect(klachtenLink({ van: 202601, tot: 202603, afdeling: 2, norm: 7, oordeel: "" })).toBe("/klachten?van=2026-01&tot=2026-03&afdeling=2&oordeel=geen&norm=7");
    expect(termijnenLink({ norm: "TB", team: 3, nu: "te_laat", van: 202601 })).toBe("/regieteam/termijnen?norm=TB&team=3&nu=te_laat");
    expect(termijnenLink({ norm: "TB", van: 202601, tot: 202601, opTijd: 1 })).toBe("/regieteam/termijnen?norm=TB&van=2026-01&tot=2026-01&opTijd=1");
  });
});
