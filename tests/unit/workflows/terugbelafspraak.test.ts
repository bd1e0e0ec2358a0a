import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import {
  terugbelMachine,
  weigeringSleutel,
  statusVan,
  terugvalTekst,
  type TerugbelEvent,
  type TerugbelInput,
} from "../../../workflows/terugbelafspraak/machine";
import { vertaalMelding } from "../../../app/platform/i18n/vertaal";

/** The machine's refusal worded in Dutch, as the runtime words it for the form. */
const weigering = (...a: Parameters<typeof weigeringSleutel>) => {
  const k = weigeringSleutel(...a);
  return k === null ? null : vertaalMelding("nl", k);
};
import "../../../app/features/terugbellen/terugbel.server"; // registers the workflow with the runtime
import { doorloopAllePaden } from "../engine/model-based";
import { getDatabase } from "../../../db/client";

const INPUT: TerugbelInput = {
  burger: { naam: "Piet", telefoon: "+31612345678", email: null },
  vraag: "Paspoort",
  kanaal: "telefoon",
  eigenaarId: "fatima",
  teamId: null,
  maxPogingen: 3,
};

function na(events: TerugbelEvent[], input: TerugbelInput = INPUT) {
  let [s, acties] = initialTransition(terugbelMachine, input);
  const alle = [...acties];
  for (const e of events) {
    [s, acties] = transition(terugbelMachine, s, e);
    alle.push(...acties);
  }
  return { s, acties, alle };
}

const poging = (uitkomst: "bereikt" | "geen_gehoor" | "voicemail" | "verkeerd_nummer", door = "fatima"): TerugbelEvent => ({
  type: "POGING",
  uitkomst,
  notitie: "",
  op: 1_000,
  door,
});

describe("terugbelafspraak machine (pure)", () => {
  it("starts beloofd with a deadline for the milestone terugbellen", () => {
    const { s, alle } = na([]);
    expect(statusVan(s.value)).toBe("beloofd");
    expect(alle.map((a) => a.type)).toContain("termijn.start");
    expect(alle.find((a) => a.type === "termijn.start")?.params).toEqual({ mijlpaal: "terugbellen", normCode: "TERUGBELLEN" });
  });

  it("reached → nagekomen, deadline met", () => {
    const { s, acties } = na([poging("geen_gehoor"), poging("bereikt")]);
    expect(s.value).toBe("nagekomen");
    expect(s.status).toBe("done");
    expect(acties.map((a) => a.type)).toContain("termijn.gehaald");
    expect(s.context.pogingen.map((p) => p.uitkomst)).toEqual(["geen_gehoor", "bereikt"]);
  });

  it("N failed attempts → niet_bereikbaar with the fallback message (N from the input)", () => {
    const { s, acties } = na([poging("geen_gehoor"), poging("voicemail"), poging("geen_gehoor")]);
    expect(s.value).toBe("niet_bereikbaar");
    expect(s.context.terugvalBericht).toBe(terugvalTekst(s.context));
    expect(s.context.terugvalBericht).toMatch(/Beste Piet/);
    expect(acties.find((a) => a.type === "bericht")?.params).toMatchObject({ aan: "eigenaar" });
    const twee = na([poging("geen_gehoor"), poging("geen_gehoor")], { ...INPUT, maxPogingen: 2 });
    expect(twee.s.value).toBe("niet_bereikbaar");
    expect(statusVan(na([poging("geen_gehoor"), poging("geen_gehoor")]).s.value)).toBe("beloofd");
  });

  it("a wrong number does not count; only a different number resumes", () => {
    let r = na([poging("verkeerd_nummer")]);
    expect(statusVan(r.s.value)).toBe("nummer_onjuist");
    expect(r.s.context.mislukt).toBe(0);
    expect(r.s.can(poging("geen_gehoor"))).toBe(false);
    expect(weigering(r.s, poging("geen_gehoor"))).toMatch(/Corrigeer eerst het nummer/);
    expect(r.s.can({ type: "NUMMER_CORRIGEREN", telefoon: "+31612345678" })).toBe(false);
    r = na([poging("verkeerd_nummer"), { type: "NUMMER_CORRIGEREN", telefoon: "+31687654321" }]);
    expect(statusVan(r.s.value)).toBe("beloofd");
    expect(r.s.context.oudeNummers).toEqual(["+31612345678"]);
    expect(r.s.context.burger.telefoon).toBe("+31687654321");
  });

  it("a new time at the citizen's request moves the deadline (termijn.verzet), needs a reason", () => {
    const { s, acties } = na([{ type: "NIEUW_TIJDSTIP", op: 5_000, reden: "op vakantie" }]);
    expect(statusVan(s.value)).toBe("beloofd");
    expect(acties.find((a) => a.type === "termijn.verzet")?.params).toEqual({ mijlpaal: "terugbellen", nieuwOp: 5_000 });
    const [s0] = initialTransition(terugbelMachine, INPUT);
    expect(s0.can({ type: "NIEUW_TIJDSTIP", op: 5_000, reden: " " })).toBe(false);
    expect(weigering(s0, { type: "NIEUW_TIJDSTIP", op: 5_000, reden: " " })).toMatch(/Noteer waarom/);
  });

  it("reassign, cancel with a reason, convert to a handover", () => {
    const r = na([{ type: "HERTOEWIJZEN", eigenaarId: null, teamId: 7 }]);
    expect(r.s.context.teamId).toBe(7);
    expect(r.s.context.eigenaarId).toBeNull();
    expect(r.acties.find((a) => a.type === "bericht")?.params).toMatchObject({ aan: { teamId: 7 } });
    expect(r.s.can({ type: "HERTOEWIJZEN", eigenaarId: null, teamId: 7 })).toBe(false);
    const [s0] = initialTransition(terugbelMachine, INPUT);
    expect(s0.can({ type: "ANNULEREN", reden: "" })).toBe(false);
    const a = na([{ type: "ANNULEREN", reden: "dubbel" }]);
    expect(a.s.value).toBe("geannuleerd");
    expect(a.acties.map((x) => x.type)).toContain("termijn.stop");
    const o = na([{ type: "OMZETTEN_NAAR_OVERDRACHT", overdrachtId: "o1" }]);
    expect(o.s.value).toBe("omgezet");
    expect(o.s.context.overdrachtId).toBe("o1");
  });

  it("scheduler events change no state; a closed promise refuses everything with a Dutch reason", () => {
    const r = na([{ type: "TERMIJN.VERLOPEN" }, { type: "TERMIJN.ESCALATIE" }]);
    expect(statusVan(r.s.value)).toBe("beloofd");
    expect(r.s.context.verlopen).toBe(true);
    const klaar = na([poging("bereikt")]).s;
    expect(weigering(klaar, poging("geen_gehoor"))).toMatch(/al afgesloten \(nagekomen\)/);
  });
});

describe("terugbelafspraak: model-based, every shortest path through the runtime", () => {
  it("replays every path with matching status and context", () => {
    const { sqlite } = getDatabase();
    const ids = sqlite.prepare("SELECT id FROM medewerkers WHERE email IN ('fatima@voorbeeld.nl','jeroen@voorbeeld.nl') ORDER BY email").all() as { id: string }[];
    const [fatima, jeroen] = [ids[0]!.id, ids[1]!.id];
    const input: TerugbelInput = { ...INPUT, eigenaarId: fatima };
    const events: TerugbelEvent[] = [
      poging("bereikt", fatima),
      poging("geen_gehoor", fatima),
      poging("verkeerd_nummer", fatima),
      { type: "NUMMER_CORRIGEREN", telefoon: "+31687654321" },
      { type: "NIET_BEREIKBAAR", reden: "geen ander nummer" },
      { type: "NIEUW_TIJDSTIP", op: Date.UTC(2030, 0, 7, 9), reden: "later" },
      { type: "HERTOEWIJZEN", eigenaarId: jeroen, teamId: null },
      { type: "ANNULEREN", reden: "dubbel" },
      { type: "OMZETTEN_NAAR_OVERDRACHT", overdrachtId: "o1" },
    ];
    const r = doorloopAllePaden({
      soort: "terugbelafspraak",
      machine: terugbelMachine,
      input,
      events,
      actor: { id: fatima, naam: "Fatima El Amrani" },
    });
    expect(r.toestanden).toEqual(
      expect.arrayContaining(["open.beloofd", "open.nummer_onjuist", "nagekomen", "niet_bereikbaar", "geannuleerd", "omgezet"]),
    );
    expect(r.paden).toBeGreaterThan(10);
  });
});
