import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import { overdrachtMachine, weigeringSleutel, type OverdrachtEvent, type OverdrachtInput } from "../../../workflows/overdracht/machine";
import { vertaalMelding } from "../../../app/platform/i18n/vertaal";

/** The machine's refusal worded in Dutch, as the runtime words it for the form. */
const weigering = (...a: Parameters<typeof weigeringSleutel>) => {
  const k = weigeringSleutel(...a);
  return k === null ? null : vertaalMelding("nl", k);
};
import "../../../app/features/overdracht/overdracht.server"; // registers the workflow with the runtime
import { doorloopAllePaden } from "../engine/model-based";
import { getDatabase } from "../../../db/client";

const INPUT: OverdrachtInput = {
  burger: { naam: "Ahmed", telefoon: "+31611122233", email: null },
  vraag: "WOZ-bezwaar",
  alGedaan: "Uitgelegd hoe bezwaar werkt",
  afzenderId: "fatima",
  ontvanger: { medewerkerId: "daan", teamId: null },
};
const INFO: OverdrachtEvent = { type: "KLANT_GEINFORMEERD", hoe: "telefoon", op: 1_000, contactpersoon: "Jeroen", vervolgstap: "formulier sturen" };

function na(events: OverdrachtEvent[]) {
  let [s, acties] = initialTransition(overdrachtMachine, INPUT);
  const alle = [...acties];
  for (const e of events) {
    [s, acties] = transition(overdrachtMachine, s, e);
    alle.push(...acties);
  }
  return { s, acties, alle };
}

describe("overdracht machine (pure)", () => {
  it("offer starts the pick-up deadline and messages the receiver", () => {
    const { s, alle } = na([]);
    expect(s.value).toBe("aangeboden");
    expect(alle.find((a) => a.type === "termijn.start")?.params).toEqual({ mijlpaal: "overdracht_opgepakt", normCode: "OVERDRACHT-OPGEPAKT" });
    expect(alle.find((a) => a.type === "bericht")?.params).toMatchObject({ aan: { medewerkerId: "daan" } });
  });

  it("the happy path: opgepakt → klant_geinformeerd → afgerond with both deadlines", () => {
    const r = na([{ type: "OPPAKKEN", door: "daan" }]);
    expect(r.s.value).toBe("opgepakt");
    expect(r.acties.map((a) => [a.type, (a.params as { mijlpaal?: string })?.mijlpaal])).toEqual(
      expect.arrayContaining([
        ["termijn.gehaald", "overdracht_opgepakt"],
        ["termijn.start", "klant_geinformeerd"],
      ]),
    );
    const g = na([{ type: "OPPAKKEN", door: "daan" }, INFO]);
    expect(g.s.value).toBe("klant_geinformeerd");
    expect(g.s.context.informatie).toMatchObject({ hoe: "telefoon", contactpersoon: "Jeroen" });
    const a = na([{ type: "OPPAKKEN", door: "daan" }, INFO, { type: "AFRONDEN", door: "fatima" }]);
    expect(a.s.value).toBe("afgerond");
    expect(a.s.status).toBe("done");
  });

  it("decline needs a reason, returns to the sender, can be offered again", () => {
    const [s0] = initialTransition(overdrachtMachine, INPUT);
    expect(s0.can({ type: "WEIGEREN", door: "daan", reden: "" })).toBe(false);
    expect(weigering(s0, { type: "WEIGEREN", door: "daan", reden: "" })).toMatch(/Noteer waarom/);
    const w = na([{ type: "WEIGEREN", door: "daan", reden: "ander team" }]);
    expect(w.s.value).toBe("teruggegeven");
    expect(w.acties.find((a) => a.type === "bericht")?.params).toMatchObject({ aan: { medewerkerId: "fatima" }, urgent: true });
    expect(w.acties.map((a) => a.type)).toContain("termijn.stop");
    const o = na([{ type: "WEIGEREN", door: "daan", reden: "ander team" }, { type: "OPNIEUW_AANBIEDEN", ontvanger: { medewerkerId: null, teamId: 3 } }]);
    expect(o.s.value).toBe("aangeboden");
    expect(o.s.context.aanbiedingen).toBe(2);
    expect(o.acties.find((a) => a.type === "termijn.start")).toBeTruthy();
  });

  it("informing before pick-up and closing before informing are refused with Dutch reasons", () => {
    const [s0] = initialTransition(overdrachtMachine, INPUT);
    expect(s0.can(INFO)).toBe(false);
    expect(weigering(s0, INFO)).toMatch(/Pak de overdracht eerst op/);
    const op = na([{ type: "OPPAKKEN", door: "daan" }]).s;
    expect(op.can({ type: "AFRONDEN", door: "fatima" })).toBe(false);
    expect(weigering(op, { type: "AFRONDEN", door: "fatima" })).toMatch(/pas worden afgerond/);
    expect(op.can({ ...INFO, vervolgstap: " " } as OverdrachtEvent)).toBe(false);
  });
});

describe("overdracht: model-based, every shortest path through the runtime", () => {
  it("reassigning changes the receiver while offered and the handler once picked up; the clock keeps running", () => {
    const offered = na([{ type: "HERTOEWIJZEN", eigenaarId: "jeroen", teamId: null }]);
    expect(offered.s.value).toBe("aangeboden");
    expect(offered.s.context.ontvanger).toEqual({ medewerkerId: "jeroen", teamId: null });
    expect(offered.acties.some((a) => a.type === "termijn.start" || a.type === "termijn.stop")).toBe(false);
    expect(offered.acties.find((a) => a.type === "bericht")?.params).toMatchObject({ aan: { medewerkerId: "jeroen" } });

    const picked = na([{ type: "OPPAKKEN", door: "daan" }, { type: "HERTOEWIJZEN", eigenaarId: "jeroen", teamId: null }]);
    expect(picked.s.value).toBe("opgepakt");
    expect(picked.s.context.behandelaarId).toBe("jeroen");
    const naarTeam: OverdrachtEvent = { type: "HERTOEWIJZEN", eigenaarId: null, teamId: 3 };
    expect(weigering(picked.s, naarTeam)).toMatch(/aan een collega, niet aan een team/);
    expect(picked.s.can(naarTeam)).toBe(false);

    const declined = na([{ type: "WEIGEREN", door: "daan", reden: "ander team" }]);
    const terug: OverdrachtEvent = { type: "HERTOEWIJZEN", eigenaarId: "jeroen", teamId: null };
    expect(declined.s.can(terug)).toBe(false);
    expect(weigering(declined.s, terug)).toMatch(/ligt bij de afzender/);
  });

  it("replays every path with matching status and context", () => {
    const { sqlite } = getDatabase();
    const id = (e: string) => (sqlite.prepare("SELECT id FROM medewerkers WHERE email = ?").get(e) as { id: string }).id;
    const fatima = id("fatima@voorbeeld.nl");
    const daan = id("daan@voorbeeld.nl");
    const jeroen = id("jeroen@voorbeeld.nl");
    const input: OverdrachtInput = { ...INPUT, afzenderId: fatima, ontvanger: { medewerkerId: daan, teamId: null } };
    const r = doorloopAllePaden({
      soort: "overdracht",
      machine: overdrachtMachine,
      input,
      // bounded: at most one decline + re-offer, so the graph stays finite
      events: (s) => {
        const e: OverdrachtEvent[] = [
          { type: "OPPAKKEN", door: daan },
          INFO,
          { type: "AFRONDEN", door: fatima },
          { type: "INTREKKEN", reden: "zelf opgelost" },
          { type: "TERMIJN.VERLOPEN" },
        ];
        if (s.context.weigeringen.length < 1) e.push({ type: "WEIGEREN", door: daan, reden: "ander team" });
        if (s.context.aanbiedingen < 2) e.push({ type: "OPNIEUW_AANBIEDEN", ontvanger: { medewerkerId: jeroen, teamId: null } });
        if (s.context.ontvanger.medewerkerId !== jeroen && s.context.behandelaarId !== jeroen) {
          e.push({ type: "HERTOEWIJZEN", eigenaarId: jeroen, teamId: null });
        }
        return e;
      },
      actor: { id: fatima, naam: "Fatima El Amrani" },
    });
    expect(r.toestanden).toEqual(
      expect.arrayContaining(["aangeboden", "teruggegeven", "opgepakt", "klant_geinformeerd", "afgerond", "ingetrokken"]),
    );
  });
});
