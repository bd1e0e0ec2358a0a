/**
 * The runtime's cached pure transitions (zuivereTransitie / zuivereStart) give exactly what xstate's
 * transition() / initialTransition() give: same next snapshot, same actions with the same params.
 */
import { describe, it, expect } from "vitest";
import { initialTransition, transition } from "xstate";
import { zuivereStart, zuivereTransitie, bewaarSnapshot } from "../../../app/platform/engine/runtime.server";
import { fixtureMachine } from "../../../workflows/test-fixture/machine";

const acties = (l: readonly { type: string; params?: unknown }[]) => l.map((a) => ({ type: a.type, params: a.params }));

describe("zuivereTransitie", () => {
  it("matches xstate's transition() along every fixture event from several states", () => {
    const input = { titel: "x", eigenaarId: "m1", teamId: 3, maxPogingen: 3 };
    const [s0, a0] = initialTransition(fixtureMachine, input);
    const [z0, b0] = zuivereStart(fixtureMachine, input);
    expect(bewaarSnapshot(fixtureMachine, z0)).toBe(bewaarSnapshot(fixtureMachine, s0));
    expect(acties(b0)).toEqual(acties(a0));

    const events = [
      { type: "POGING", uitkomst: "geen_gehoor" },
      { type: "OPMERKING", tekst: "hallo" },
      { type: "TERMIJN.VERLOPEN", mijlpaal: "email_beantwoord" },
      { type: "PAUZEER" },
      { type: "HERVAT" },
      { type: "VERZET", nieuwOp: "2026-04-01T10:00:00+02:00" },
      { type: "POGING", uitkomst: "geen_gehoor" },
      { type: "POGING", uitkomst: "geen_gehoor" },
      { type: "ANNULEER", reden: "dubbel" },
    ] as const;
    let s = s0;
    let z = z0;
    for (const e of events) {
      const [s1, a1] = transition(fixtureMachine, s, e);
      const [z1, b1] = zuivereTransitie(fixtureMachine, z, e);
      expect(bewaarSnapshot(fixtureMachine, z1)).toBe(bewaarSnapshot(fixtureMachine, s1));
      expect(z1.status).toBe(s1.status);
      expect(acties(b1)).toEqual(acties(a1));
      s = s1;
      z = z1;
    }
  });
});
