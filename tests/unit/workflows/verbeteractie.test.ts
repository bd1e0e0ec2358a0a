import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import {
  MIJLPAAL_VERBETERACTIE,
  stappenIn,
  verbeteractieMachine,
  weigeringSleutel,
  type VerbeteractieEvent,
  type VerbeteractieInput,
} from "../../../workflows/verbeteractie/machine";
import { vertaalMelding } from "../../../app/platform/i18n/vertaal";

/** The machine's refusal worded in Dutch, as the runtime words it for the form. */
const weigering = (...a: Parameters<typeof weigeringSleutel>) => {
  const k = weigeringSleutel(...a);
  return k === null ? null : vertaalMelding("nl", k);
};
import "../../../app/features/verbeteracties/verbeteracties.server"; // registers the workflow with the runtime
import { doorloopAllePaden } from "../engine/model-based";
import { getDatabase } from "../../../db/client";
import { now } from "../../../app/platform/clock";

const DAG = 86_400_000;
const T0 = 1_780_000_000_000;
const INPUT: VerbeteractieInput = {
  nummer: "VA-2026-0001",
  titel: "Terugbelnotitie verplicht vastleggen",
  eigenaarId: "lotte",
  afdelingId: 1,
  deadline: "2026-06-30",
  termijnOp: T0 + 30 * DAG,
};

function na(events: VerbeteractieEvent[], input: VerbeteractieInput = INPUT) {
  let [s, acties] = initialTransition(verbeteractieMachine, input);
  const alle = [...acties];
  for (const e of events) {
    [s, acties] = transition(verbeteractieMachine, s, e);
    alle.push(...acties);
  }
  return { s, acties, alle };
}

const EVAL: VerbeteractieEvent = {
  type: "EVALUEREN",
  effect: "effectief",
  toelichting: "Minder klachten over terugbellen.",
  herhaalVoor: 12,
  herhaalNa: 4,
  vensterMaanden: 6,
  naMaanden: 6,
  op: T0 + 200 * DAG,
};

describe("verbeteractie machine (pure)", () => {
  it("starts voorgesteld with the agreed deadline already running", () => {
    const { s, alle } = na([]);
    expect(s.value).toBe("voorgesteld");
    expect(alle.find((a) => a.type === "termijn.start")?.params).toEqual({ mijlpaal: MIJLPAAL_VERBETERACTIE, termijnOp: INPUT.termijnOp });
  });

  it("voorgesteld → in_uitvoering → gerealiseerd (deadline met) → geevalueerd (final)", () => {
    const r = na([
      { type: "STARTEN", op: T0 + DAG },
      { type: "REALISEREN", toelichting: "Invoerveld verplicht gemaakt", op: T0 + 20 * DAG },
    ]);
    expect(r.s.value).toBe("gerealiseerd");
    expect(r.acties.map((a) => a.type)).toContain("termijn.gehaald");
    expect(r.s.context).toMatchObject({ gestartOp: T0 + DAG, gerealiseerdOp: T0 + 20 * DAG, realisatieToelichting: "Invoerveld verplicht gemaakt" });
    const [e] = transition(verbeteractieMachine, r.s, EVAL);
    expect(e.value).toBe("geevalueerd");
    expect(e.status).toBe("done");
    expect(e.context.evaluatie).toMatchObject({ effect: "effectief", herhaalVoor: 12, herhaalNa: 4, vensterMaanden: 6 });
  });

  it("AFWIJZEN needs a reason and stops the deadline, from voorgesteld and in_uitvoering only", () => {
    expect(na([{ type: "AFWIJZEN", reden: "  ", op: T0 }]).s.value).toBe("voorgesteld");
    const a = na([{ type: "AFWIJZEN", reden: "Dubbel met VA-2026-0002", op: T0 }]);
    expect(a.s.value).toBe("afgewezen");
    expect(a.acties.find((x) => x.type === "termijn.stop")?.params).toEqual({ mijlpaal: MIJLPAAL_VERBETERACTIE });
    expect(a.s.context.afwijsreden).toBe("Dubbel met VA-2026-0002");
    const b = na([{ type: "STARTEN", op: T0 }, { type: "AFWIJZEN", reden: "Geen budget", op: T0 }]);
    expect(b.s.value).toBe("afgewezen");
    const c = na([{ type: "STARTEN", op: T0 }, { type: "REALISEREN", toelichting: "x", op: T0 }]);
    expect(c.s.can({ type: "AFWIJZEN", reden: "te laat", op: T0 })).toBe(false);
  });

  it("WIJZIGEN moves the deadline only when the date changes (termijn.verzet), and only before realisation", () => {
    const nieuw = T0 + 60 * DAG;
    const r = na([{ type: "WIJZIGEN", eigenaarId: "jeroen", deadline: "2026-07-31", termijnOp: nieuw }]);
    expect(r.s.value).toBe("voorgesteld");
    expect(r.acties.find((a) => a.type === "termijn.verzet")?.params).toEqual({ mijlpaal: MIJLPAAL_VERBETERACTIE, nieuwOp: nieuw });
    expect(r.s.context).toMatchObject({ eigenaarId: "jeroen", deadline: "2026-07-31", termijnOp: nieuw });
    const zelfde = na([{ type: "WIJZIGEN", eigenaarId: "jeroen", deadline: INPUT.deadline, termijnOp: INPUT.termijnOp }]);
    expect(zelfde.acties.map((a) => a.type)).not.toContain("termijn.verzet");
    expect(zelfde.s.context.eigenaarId).toBe("jeroen");
    const klaar = na([{ type: "STARTEN", op: T0 }, { type: "REALISEREN", toelichting: "x", op: T0 }]);
    expect(klaar.s.can({ type: "WIJZIGEN", eigenaarId: "jeroen", deadline: "2026-07-31", termijnOp: nieuw })).toBe(false);
  });

  it("EVALUEREN validates effect, window and explanation", () => {
    const g = na([{ type: "STARTEN", op: T0 }, { type: "REALISEREN", toelichting: "x", op: T0 }]).s;
    expect(g.can({ ...EVAL, vensterMaanden: 5 } as VerbeteractieEvent)).toBe(false);
    expect(g.can({ ...EVAL, toelichting: "" } as VerbeteractieEvent)).toBe(false);
    expect(g.can({ ...EVAL, effect: "super" } as unknown as VerbeteractieEvent)).toBe(false);
    expect(g.can(EVAL)).toBe(true);
  });

  it("gives a Dutch reason for steps that are not possible now", () => {
    const v = na([]).s;
    expect(weigering(v, { type: "REALISEREN", toelichting: "x", op: T0 })).toMatch(/Start de verbeteractie eerst/);
    expect(weigering(v, { type: "EVALUEREN" })).toMatch(/pas nadat ze is gerealiseerd/);
    expect(weigering(v, { type: "AFWIJZEN", reden: "", op: T0 })).toMatch(/reden/);
    const g = na([{ type: "STARTEN", op: T0 }, { type: "REALISEREN", toelichting: "x", op: T0 }]).s;
    expect(weigering(g, { type: "AFWIJZEN", reden: "x", op: T0 })).toMatch(/niet meer worden afgewezen/);
    expect(weigering(g, { type: "WIJZIGEN" })).toMatch(/liggen vast/);
    expect(weigering(g, { type: "STARTEN", op: T0 })).toMatch(/al gestart/);
    const a = na([{ type: "AFWIJZEN", reden: "x", op: T0 }]).s;
    expect(weigering(a, { type: "STARTEN", op: T0 })).toMatch(/afgewezen/);
    expect(stappenIn("voorgesteld")).toEqual(["STARTEN", "AFWIJZEN", "WIJZIGEN"]);
    expect(stappenIn("gerealiseerd")).toEqual(["EVALUEREN"]);
    expect(stappenIn("geevalueerd")).toEqual([]);
  });
});

describe("verbeteractie machine: model-based through the runtime", () => {
  it("walks every shortest path through startAfspraak + pasToe (snapshot, status and deadlines agree)", () => {
    const { sqlite } = getDatabase();
    const lotte = (sqlite.prepare("SELECT id FROM medewerkers WHERE email = 'lotte@voorbeeld.nl'").get() as { id: string }).id;
    const jeroen = (sqlite.prepare("SELECT id FROM medewerkers WHERE email = 'jeroen@voorbeeld.nl'").get() as { id: string }).id;
    const t = now();
    const input: VerbeteractieInput = { ...INPUT, eigenaarId: lotte, termijnOp: t + 30 * DAG };
    const events: VerbeteractieEvent[] = [
      { type: "STARTEN", op: t },
      { type: "REALISEREN", toelichting: "Gerealiseerd", op: t },
      { ...EVAL, op: t } as VerbeteractieEvent,
      { type: "AFWIJZEN", reden: "Geen capaciteit", op: t },
      { type: "WIJZIGEN", eigenaarId: jeroen, deadline: "2026-09-30", termijnOp: t + 60 * DAG },
      { type: "TERMIJN.WAARSCHUWING", mijlpaal: MIJLPAAL_VERBETERACTIE },
    ];
    const r = doorloopAllePaden({
      soort: "verbeteractie",
      machine: verbeteractieMachine,
      input,
      events,
      actor: { id: lotte, naam: "Lotte" },
      naStap: (id, stap) => {
        const rij = sqlite.prepare("SELECT status, termijn_op FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC LIMIT 1").get(id) as {
          status: string;
          termijn_op: number;
        };
        const toestand = String(stap.state.value);
        if (toestand === "afgewezen") expect(rij.status).toBe("gestopt");
        else if (toestand === "gerealiseerd" || toestand === "geevalueerd") expect(rij.status).toBe("gehaald");
        else {
          expect(rij.status).toBe("lopend");
          expect(rij.termijn_op).toBe(stap.state.context.termijnOp);
        }
      },
    });
    expect(r.toestanden).toEqual(["afgewezen", "geevalueerd", "gerealiseerd", "in_uitvoering", "voorgesteld"]);
    expect(r.paden).toBeGreaterThanOrEqual(5);
  });
});
