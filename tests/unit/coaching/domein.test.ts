import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import {
  laatsteMaanden,
  laatsteWeken,
  maandenTerug,
  mediaan,
  periodeIndex,
  teamMediaan,
  telTermijnen,
  type TermijnFeit,
} from "../../../app/features/coaching/rekenregels";
import { coachingsafspraakMachine } from "../../../workflows/coachingsafspraak/machine";

describe("mediaan", () => {
  it("oneven, even, leeg", () => {
    expect(mediaan([3, 1, 2])).toBe(2);
    expect(mediaan([4, 1, 3, 2])).toBe(2.5);
    expect(mediaan([])).toBeNull();
  });
  it("teammediaan pas vanaf drie leden met een waarde", () => {
    expect(teamMediaan(new Map([["a", 10], ["b", 20], ["c", null]]))).toBeNull();
    expect(teamMediaan(new Map([["a", 10], ["b", 20], ["c", 90]]))).toBe(20);
  });
});

describe("perioden (Europe/Amsterdam)", () => {
  it("12 maanden tot en met de huidige, grens op lokale middernacht", () => {
    const nu = Date.parse("2026-03-31T22:30:00Z"); // 1 April 00:30 in Amsterdam (CEST)
    const m = laatsteMaanden(nu, 12);
    expect(m).toHaveLength(12);
    expect(m.at(-1)!.sleutel).toBe("2026-04");
    expect(m[0]!.sleutel).toBe("2025-05");
    expect(m.at(-1)!.vanOp).toBe(Date.parse("2026-03-31T22:00:00Z"));
    expect(periodeIndex(m, Date.parse("2026-03-31T21:59:59Z"))).toBe(10);
  });
  it("ISO-weken beginnen op maandag", () => {
    const nu = Date.parse("2026-01-01T12:00:00Z"); // Thursday, ISO week 1 of 2026
    const w = laatsteWeken(nu, 2);
    expect(w.map((x) => x.sleutel)).toEqual(["2025-W52", "2026-W01"]);
    expect(w[1]!.vanOp).toBe(Date.parse("2025-12-28T23:00:00Z"));
  });
  it("maanden terug voor de bewaartermijn", () => {
    expect(maandenTerug(Date.parse("2026-03-31T10:00:00Z"), 1)).toBe(Date.parse("2026-02-28T11:00:00Z")); // same wall-clock time (12:00), CEST → CET
  });
});

describe("telTermijnen", () => {
  const f = (status: TermijnFeit["status"], opTijd: boolean | null, termijnOp = 100): TermijnFeit => ({
    medewerkerId: "m",
    normCode: "X",
    normTitel: "X",
    mijlpaal: "terugbellen",
    startOp: 0,
    termijnOp,
    status,
    opTijd,
    verlopenOp: null,
  });
  it("gestopt telt niet, open en over tijd telt als te laat", () => {
    expect(telTermijnen([f("gehaald", true), f("gehaald", false), f("lopend", null, 50), f("lopend", null, 500), f("gestopt", null)], 200)).toEqual({
      genomen: 4,
      opTijd: 1,
      teLaat: 2,
      pctOpTijd: 33,
    });
  });
});

describe("machine coachingsafspraak", () => {
  it("start de termijn op het afgesproken moment; nagekomen haalt hem", () => {
    const [s0, acties] = initialTransition(coachingsafspraakMachine, { medewerkerId: "m", termijnOp: 1234 });
    expect(s0.value).toBe("open");
    expect(acties.map((a) => [a.type, a.params])).toEqual([
      ["termijn.start", { mijlpaal: "coachingsafspraak", termijnOp: 1234 }],
    ]);
    const [s1, a1] = transition(coachingsafspraakMachine, s0, { type: "NAGEKOMEN" });
    expect(s1.value).toBe("nagekomen");
    expect(s1.status).toBe("done");
    expect(a1.map((a) => a.type)).toEqual(["termijn.gehaald"]);
    const [s2, a2] = transition(coachingsafspraakMachine, s0, { type: "VERVALLEN", reden: "x" });
    expect(s2.value).toBe("vervallen");
    expect(a2.map((a) => a.type)).toEqual(["termijn.stop"]);
    expect(s0.can({ type: "TERMIJN.VERLOPEN", mijlpaal: "coachingsafspraak" })).toBe(false);
  });
});
