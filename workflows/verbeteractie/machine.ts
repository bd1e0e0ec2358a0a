/**
 * Verbeteractie (improvement action from the leerlogboek, issue 6).
 *
 *   voorgesteld ──STARTEN──▶ in_uitvoering ──REALISEREN──▶ gerealiseerd ──EVALUEREN──▶ geevalueerd
 *        │                        │
 *        └────────AFWIJZEN────────┴──▶ afgewezen (with a reason)
 *   WIJZIGEN (eigenaar, deadline) while voorgesteld / in_uitvoering.
 *
 * The deadline is a row: `termijn.start` for mijlpaal 'verbeteractie_gerealiseerd' with the agreed due moment
 * (termijnOp) at creation — so proposals that are never started also surface —, met at REALISEREN, stopped at
 * AFWIJZEN, moved (termijn.verzet) when WIJZIGEN brings a new date. Scheduler events (TERMIJN.*) are only
 * logged; the runtime sends the standard warnings and escalations. Pure: no imports from app/ or db/;
 * instants come in with the events.
 */
import { and, assign, setup, type SnapshotFrom } from "xstate";
import { melding } from "../melding";

export const SOORT_VERBETERACTIE = "verbeteractie";
export const MIJLPAAL_VERBETERACTIE = "verbeteractie_gerealiseerd";

export const VERBETERACTIE_STATUS_TEKST = {
  voorgesteld: "Voorgesteld",
  in_uitvoering: "In uitvoering",
  gerealiseerd: "Gerealiseerd",
  geevalueerd: "Geëvalueerd",
  afgewezen: "Afgewezen",
} as const;
export type VerbeteractieToestand = keyof typeof VERBETERACTIE_STATUS_TEKST;

export const EFFECTEN = ["effectief", "deels_effectief", "niet_effectief"] as const;
export type Effect = (typeof EFFECTEN)[number];
export const EFFECT_TEKST: Record<Effect, string> = {
  effectief: "Effectief",
  deels_effectief: "Deels effectief",
  niet_effectief: "Niet effectief",
};

export const EVALUATIE_VENSTERS = [3, 6, 12] as const;

export interface VerbeteractieInput {
  nummer: string;
  titel: string;
  eigenaarId: string;
  afdelingId: number | null;
  /** YYYY-MM-DD (Europe/Amsterdam) */
  deadline: string;
  /** The agreed due moment: closing time of `deadline`, epoch ms. */
  termijnOp: number;
}

export interface Evaluatie {
  effect: Effect;
  toelichting: string;
  herhaalVoor: number | null;
  herhaalNa: number | null;
  vensterMaanden: number;
  /** Complete months measured after realisation (< vensterMaanden when the after-window was not complete). */
  naMaanden: number;
  op: number;
}

export interface VerbeteractieContext extends VerbeteractieInput {
  gestartOp: number | null;
  gerealiseerdOp: number | null;
  realisatieToelichting: string | null;
  afwijsreden: string | null;
  afgewezenOp: number | null;
  evaluatie: Evaluatie | null;
}

export type VerbeteractieEvent =
  | { type: "STARTEN"; op: number }
  | { type: "REALISEREN"; toelichting: string; op: number }
  | {
      type: "EVALUEREN";
      effect: Effect;
      toelichting: string;
      herhaalVoor: number | null;
      herhaalNa: number | null;
      vensterMaanden: number;
      naMaanden: number;
      op: number;
    }
  | { type: "AFWIJZEN"; reden: string; op: number }
  | { type: "WIJZIGEN"; eigenaarId: string; deadline: string; termijnOp: number }
  | { type: "TERMIJN.WAARSCHUWING"; mijlpaal: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal: string }
  | { type: "TERMIJN.ESCALATIE"; mijlpaal: string; niveau?: string };

const leeg = (s: unknown) => typeof s !== "string" || s.trim() === "";
const tijdstip = (n: unknown) => typeof n === "number" && Number.isFinite(n);

export const verbeteractieMachine = setup({
  types: {
    context: {} as VerbeteractieContext,
    events: {} as VerbeteractieEvent,
    input: {} as VerbeteractieInput,
  },
  actions: {
    "termijn.start": (_: unknown, _p: { mijlpaal: string; termijnOp?: number }) => {},
    "termijn.gehaald": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.verzet": (_: unknown, _p: { mijlpaal: string; nieuwOp: number }) => {},
    afwijzen: assign(({ event }) => {
      const e = event as Extract<VerbeteractieEvent, { type: "AFWIJZEN" }>;
      return { afwijsreden: e.reden.trim(), afgewezenOp: e.op };
    }),
    wijzigen: assign(({ event }) => {
      const e = event as Extract<VerbeteractieEvent, { type: "WIJZIGEN" }>;
      return { eigenaarId: e.eigenaarId, deadline: e.deadline, termijnOp: e.termijnOp };
    }),
  },
  guards: {
    startenGeldig: ({ event }) => event.type === "STARTEN" && tijdstip(event.op),
    realiserenGeldig: ({ event }) => event.type === "REALISEREN" && !leeg(event.toelichting) && tijdstip(event.op),
    evaluerenGeldig: ({ event }) =>
      event.type === "EVALUEREN" &&
      (EFFECTEN as readonly string[]).includes(event.effect) &&
      !leeg(event.toelichting) &&
      (EVALUATIE_VENSTERS as readonly number[]).includes(event.vensterMaanden) &&
      tijdstip(event.op),
    afwijzenGeldig: ({ event }) => event.type === "AFWIJZEN" && !leeg(event.reden) && tijdstip(event.op),
    nieuweDeadline: ({ context, event }) => event.type === "WIJZIGEN" && event.termijnOp !== context.termijnOp,
    wijzigenGeldig: ({ event }) =>
      event.type === "WIJZIGEN" && !leeg(event.eigenaarId) && /^\d{4}-\d{2}-\d{2}$/.test(event.deadline) && tijdstip(event.termijnOp),
  },
}).createMachine({
  id: "verbeteractie",
  context: ({ input }) => ({
    ...input,
    gestartOp: null,
    gerealiseerdOp: null,
    realisatieToelichting: null,
    afwijsreden: null,
    afgewezenOp: null,
    evaluatie: null,
  }),
  initial: "voorgesteld",
  entry: [{ type: "termijn.start", params: ({ context }) => ({ mijlpaal: MIJLPAAL_VERBETERACTIE, termijnOp: context.termijnOp }) }],
  states: {
    voorgesteld: {
      on: {
        STARTEN: { guard: "startenGeldig", target: "in_uitvoering", actions: assign({ gestartOp: ({ event }) => event.op }) },
        AFWIJZEN: { guard: "afwijzenGeldig", target: "afgewezen", actions: ["afwijzen", { type: "termijn.stop", params: { mijlpaal: MIJLPAAL_VERBETERACTIE } }] },
        WIJZIGEN: [
          {
            guard: and(["wijzigenGeldig", "nieuweDeadline"]),
            actions: [{ type: "termijn.verzet", params: ({ event }) => ({ mijlpaal: MIJLPAAL_VERBETERACTIE, nieuwOp: event.termijnOp }) }, "wijzigen"],
          },
          { guard: "wijzigenGeldig", actions: "wijzigen" },
        ],
      },
    },
    in_uitvoering: {
      on: {
        REALISEREN: {
          guard: "realiserenGeldig",
          target: "gerealiseerd",
          actions: [
            assign({ gerealiseerdOp: ({ event }) => event.op, realisatieToelichting: ({ event }) => event.toelichting.trim() }),
            { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL_VERBETERACTIE } },
          ],
        },
        AFWIJZEN: { guard: "afwijzenGeldig", target: "afgewezen", actions: ["afwijzen", { type: "termijn.stop", params: { mijlpaal: MIJLPAAL_VERBETERACTIE } }] },
        WIJZIGEN: [
          {
            guard: and(["wijzigenGeldig", "nieuweDeadline"]),
            actions: [{ type: "termijn.verzet", params: ({ event }) => ({ mijlpaal: MIJLPAAL_VERBETERACTIE, nieuwOp: event.termijnOp }) }, "wijzigen"],
          },
          { guard: "wijzigenGeldig", actions: "wijzigen" },
        ],
      },
    },
    gerealiseerd: {
      on: {
        EVALUEREN: {
          guard: "evaluerenGeldig",
          target: "geevalueerd",
          actions: assign({
            evaluatie: ({ event }) => ({
              effect: event.effect,
              toelichting: event.toelichting.trim(),
              herhaalVoor: event.herhaalVoor,
              herhaalNa: event.herhaalNa,
              vensterMaanden: event.vensterMaanden,
              naMaanden: event.naMaanden,
              op: event.op,
            }),
          }),
        },
      },
    },
    geevalueerd: { type: "final" },
    afgewezen: { type: "final" },
  },
});

export type VerbeteractieSnapshot = SnapshotFrom<typeof verbeteractieMachine>;

export function toestandVan(value: unknown): VerbeteractieToestand {
  if (typeof value === "string" && value in VERBETERACTIE_STATUS_TEKST) return value as VerbeteractieToestand;
  throw new Error(`Onbekende toestand ${JSON.stringify(value)}`);
}

const STAP_TOESTANDEN: Record<string, VerbeteractieToestand[]> = {
  STARTEN: ["voorgesteld"],
  REALISEREN: ["in_uitvoering"],
  EVALUEREN: ["gerealiseerd"],
  AFWIJZEN: ["voorgesteld", "in_uitvoering"],
  WIJZIGEN: ["voorgesteld", "in_uitvoering"],
};

/** The steps the machine accepts in a state (for showing only the possible forms). */
export function stappenIn(toestand: VerbeteractieToestand): (keyof typeof STAP_TOESTANDEN)[] {
  return Object.keys(STAP_TOESTANDEN).filter((t) => STAP_TOESTANDEN[t]!.includes(toestand));
}

/** Why `event` is not possible now, as a dictionary key with values (engine:weigering.verbeteractie.*); null: no specific reason known. */
export function weigeringSleutel(snapshot: { value: unknown; context: VerbeteractieContext }, event: { type: string; [k: string]: unknown }): string | null {
  if (event.type.startsWith("TERMIJN.")) return null;
  const t = toestandVan(snapshot.value);
  const w = (k: string) => `engine:weigering.verbeteractie.${k}`;
  const naam = { status: w(`status.${t}`) };
  const mag = STAP_TOESTANDEN[event.type];
  if (!mag) return w("onbekend");
  if (!mag.includes(t)) {
    if (t === "afgewezen") return w("afgewezen");
    if (t === "geevalueerd") return w("geevalueerd");
    switch (event.type) {
      case "STARTEN":
        return melding(w("alGestart"), naam);
      case "REALISEREN":
        return t === "voorgesteld" ? w("eerstStarten") : melding(w("alGerealiseerd"), naam);
      case "EVALUEREN":
        return w("evaluerenNaRealisatie");
      case "AFWIJZEN":
        return w("nietAfwijzen");
      case "WIJZIGEN":
        return w("ligtVast");
    }
  }
  // Allowed in this state, so a guard refused the content.
  switch (event.type) {
    case "REALISEREN":
      return w("realisatie");
    case "EVALUEREN":
      return w("evaluatie");
    case "AFWIJZEN":
      return w("afwijsReden");
    case "WIJZIGEN":
      return w("wijzigen");
    default:
      return null;
  }
}

