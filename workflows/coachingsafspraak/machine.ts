/**
 * Coachingsafspraak: an agreement from a coaching conversation with its own due date.
 * open → nagekomen | vervallen. The deadline is a row (termijn.start with mijlpaal 'coachingsafspraak' and the
 * agreed due moment as termijnOp), met on NAGEKOMEN, stopped on VERVALLEN.
 * Deadline events from the scheduler (TERMIJN.*) are only logged. Pure: no imports from app/ or db/.
 * The context holds no content of the agreement (that stays in the private coachingsafspraken table).
 */
import { assign, setup } from "xstate";

export const MIJLPAAL_COACHING = "coachingsafspraak";

export interface CoachingsafspraakInput {
  medewerkerId: string;
  /** Agreed due moment, epoch ms. */
  termijnOp: number;
}

export interface CoachingsafspraakContext {
  medewerkerId: string;
  termijnOp: number;
  reden: string | null;
}

export type CoachingsafspraakEvent =
  | { type: "NAGEKOMEN" }
  | { type: "VERVALLEN"; reden?: string }
  | { type: "TERMIJN.WAARSCHUWING"; mijlpaal: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal: string }
  | { type: "TERMIJN.ESCALATIE"; mijlpaal: string; niveau: string };

export const coachingsafspraakMachine = setup({
  types: {
    context: {} as CoachingsafspraakContext,
    events: {} as CoachingsafspraakEvent,
    input: {} as CoachingsafspraakInput,
  },
  actions: {
    "termijn.start": (_: unknown, _p: { mijlpaal: string; termijnOp?: number }) => {},
    "termijn.gehaald": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_: unknown, _p: { mijlpaal: string }) => {},
  },
}).createMachine({
  id: "coachingsafspraak",
  context: ({ input }) => ({ medewerkerId: input.medewerkerId, termijnOp: input.termijnOp, reden: null }),
  initial: "open",
  entry: [
    { type: "termijn.start", params: ({ context }) => ({ mijlpaal: MIJLPAAL_COACHING, termijnOp: context.termijnOp }) },
  ],
  states: {
    open: {
      on: {
        NAGEKOMEN: { target: "nagekomen", actions: { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL_COACHING } } },
        VERVALLEN: {
          target: "vervallen",
          actions: [
            assign({ reden: ({ event }) => event.reden ?? null }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPAAL_COACHING } },
          ],
        },
      },
    },
    nagekomen: { type: "final" },
    vervallen: { type: "final" },
  },
});
