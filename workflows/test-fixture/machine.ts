/**
 * A small machine for engine tests (runtime, scheduler, model-based helper). Not a real workflow.
 * beloofd ⇄ gepauzeerd → nagekomen | niet_bereikbaar | geannuleerd.
 */
import { assign, setup } from "xstate";

export interface FixtureInput {
  titel: string;
  eigenaarId?: string | null;
  teamId?: number | null;
  /** Milestone whose norm gives the deadline (default email_beantwoord: pausable, 5 werkdagen). */
  mijlpaal?: string;
  maxPogingen?: number;
}

export interface FixtureContext {
  titel: string;
  eigenaarId: string | null;
  teamId: number | null;
  mijlpaal: string;
  pogingen: number;
  maxPogingen: number;
  opmerking: string | null;
}

export type FixtureEvent =
  | { type: "POGING"; uitkomst: "bereikt" | "geen_gehoor" }
  | { type: "PAUZEER" }
  | { type: "HERVAT" }
  | { type: "VERZET"; nieuwOp: string }
  | { type: "ANNULEER"; reden: string }
  | { type: "OPMERKING"; tekst: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal: string };

export const fixtureMachine = setup({
  types: {
    context: {} as FixtureContext,
    events: {} as FixtureEvent,
    input: {} as FixtureInput,
  },
  actions: {
    "termijn.start": (_: unknown, _p: { mijlpaal: string; normCode?: string }) => {},
    "termijn.gehaald": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.verzet": (_: unknown, _p: { mijlpaal: string; nieuwOp: string }) => {},
    "termijn.pauzeer": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.hervat": (_: unknown, _p: { mijlpaal: string }) => {},
    bericht: (_: unknown, _p: { aan: "eigenaar" | "teamleider" | "regieteam"; titel: string; tekst: string; urgent?: boolean }) => {},
  },
  guards: {
    bereikt: ({ event }) => event.type === "POGING" && event.uitkomst === "bereikt",
    laatstePoging: ({ context, event }) =>
      event.type === "POGING" && event.uitkomst !== "bereikt" && context.pogingen + 1 >= context.maxPogingen,
  },
}).createMachine({
  id: "test-fixture",
  context: ({ input }) => ({
    titel: input.titel,
    eigenaarId: input.eigenaarId ?? null,
    teamId: input.teamId ?? null,
    mijlpaal: input.mijlpaal ?? "email_beantwoord",
    pogingen: 0,
    maxPogingen: input.maxPogingen ?? 2,
    opmerking: null,
  }),
  initial: "beloofd",
  entry: [{ type: "termijn.start", params: ({ context }) => ({ mijlpaal: context.mijlpaal }) }],
  states: {
    beloofd: {
      on: {
        POGING: [
          {
            guard: "bereikt",
            target: "nagekomen",
            actions: [assign({ pogingen: ({ context }) => context.pogingen + 1 }), { type: "termijn.gehaald", params: ({ context }) => ({ mijlpaal: context.mijlpaal }) }],
          },
          {
            guard: "laatstePoging",
            target: "niet_bereikbaar",
            actions: [
              assign({ pogingen: ({ context }) => context.pogingen + 1 }),
              { type: "termijn.gehaald", params: ({ context }) => ({ mijlpaal: context.mijlpaal }) },
              { type: "bericht", params: ({ context }) => ({ aan: "eigenaar" as const, titel: `Niet bereikbaar: ${context.titel}`, tekst: "Stuur de inwoner een bericht." }) },
            ],
          },
          { actions: assign({ pogingen: ({ context }) => context.pogingen + 1 }) },
        ],
        PAUZEER: { target: "gepauzeerd", actions: { type: "termijn.pauzeer", params: ({ context }) => ({ mijlpaal: context.mijlpaal }) } },
        VERZET: { actions: { type: "termijn.verzet", params: ({ context, event }) => ({ mijlpaal: context.mijlpaal, nieuwOp: event.nieuwOp }) } },
        OPMERKING: { actions: assign({ opmerking: ({ event }) => event.tekst }) },
        "TERMIJN.VERLOPEN": {
          actions: { type: "bericht", params: ({ context }) => ({ aan: "teamleider" as const, titel: `Machine zag verlopen: ${context.titel}`, tekst: "Extra bericht uit de machine." }) },
        },
      },
    },
    gepauzeerd: {
      on: {
        HERVAT: { target: "beloofd", actions: { type: "termijn.hervat", params: ({ context }) => ({ mijlpaal: context.mijlpaal }) } },
      },
    },
    nagekomen: { type: "final" },
    niet_bereikbaar: { type: "final" },
    geannuleerd: { type: "final" },
  },
  on: {
    ANNULEER: {
      target: ".geannuleerd",
      actions: [
        { type: "termijn.stop", params: ({ context }) => ({ mijlpaal: context.mijlpaal }) },
        { type: "bericht", params: ({ context, event }) => ({ aan: "eigenaar" as const, titel: `Geannuleerd: ${context.titel}`, tekst: event.reden }) },
      ],
    },
  },
});
