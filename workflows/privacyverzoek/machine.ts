/**
 * Privacyverzoek (AVG art. 15 inzage, 16 rectificatie, 18 beperking; issue 17).
 *
 *   in_behandeling ──AFHANDELEN──▶ afgehandeld (besluit + toelichting)
 *        │  VERLENGEN (once, only with the notice to the citizen: text + date, within the first month)
 *        │  VASTLEGGEN (package produced, field rectified, restriction set — the log of what was done)
 *        └──INTREKKEN──▶ ingetrokken (the citizen withdrew)
 *
 * The term is a deadline row: `termijn.start` for mijlpaal 'privacyverzoek_beantwoord' with the legally computed
 * due moment (termijnOp: one month after receipt, AVG art. 12 lid 3, computed by the server on the Atw
 * calendar); VERLENGEN moves it (termijn.verzet) to receipt + 3 months; AFHANDELEN meets it; INTREKKEN stops it.
 * Pure: no imports from app/ or db/; instants come in with the events.
 */
import { assign, setup, type SnapshotFrom } from "xstate";
import { melding } from "../melding";

export const SOORT_PRIVACYVERZOEK = "privacyverzoek";
export const MIJLPAAL_PRIVACYVERZOEK = "privacyverzoek_beantwoord";

export const VERZOEK_SOORTEN = ["inzage", "rectificatie", "beperking"] as const;
export type VerzoekSoort = (typeof VERZOEK_SOORTEN)[number];
export const VERZOEK_SOORT_TEKST: Record<VerzoekSoort, string> = {
  inzage: "Inzageverzoek (AVG art. 15)",
  rectificatie: "Rectificatieverzoek (AVG art. 16)",
  beperking: "Beperkingsverzoek (AVG art. 18)",
};

export const PRIVACY_STATUS_TEKST = {
  in_behandeling: "In behandeling",
  afgehandeld: "Afgehandeld",
  ingetrokken: "Ingetrokken",
} as const;
export type PrivacyToestand = keyof typeof PRIVACY_STATUS_TEKST;

export const BESLUITEN = ["toegewezen", "deels_toegewezen", "afgewezen"] as const;
export type Besluit = (typeof BESLUITEN)[number];
export const BESLUIT_TEKST: Record<Besluit, string> = {
  toegewezen: "Toegewezen",
  deels_toegewezen: "Deels toegewezen",
  afgewezen: "Afgewezen",
};

export const HANDELINGEN = ["pakket", "rectificatie", "beperking"] as const;
export type Handeling = (typeof HANDELINGEN)[number];

export interface PrivacyverzoekInput {
  soort: VerzoekSoort;
  burgerId: string;
  /** Receipt of the request (epoch ms): the term runs from here. */
  ontvangenOp: number;
  kanaal: string;
  omschrijving: string;
  eigenaarId: string;
  teamId: number | null;
  /** One month after receipt (AVG art. 12 lid 3), computed by the server. */
  termijnOp: number;
}

export interface Verlenging {
  reden: string;
  kennisgeving: string;
  kennisgevingOp: number;
  nieuwOp: number;
}

export interface PrivacyverzoekContext extends PrivacyverzoekInput {
  verlenging: Verlenging | null;
  handelingen: { soort: Handeling; samenvatting: string; op: number }[];
  besluit: Besluit | null;
  toelichting: string | null;
  afgehandeldOp: number | null;
  intrekReden: string | null;
}

export type PrivacyverzoekEvent =
  | { type: "VERLENGEN"; reden: string; kennisgeving: string; kennisgevingOp: number; nieuwOp: number }
  | { type: "VASTLEGGEN"; handeling: Handeling; samenvatting: string; op: number }
  | { type: "AFHANDELEN"; besluit: Besluit; toelichting: string; op: number }
  | { type: "INTREKKEN"; reden: string; op: number }
  | { type: "TERMIJN.WAARSCHUWING"; mijlpaal: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal: string }
  | { type: "TERMIJN.ESCALATIE"; mijlpaal: string; niveau?: string };

const gevuld = (s: unknown, min = 1) => typeof s === "string" && s.trim().length >= min;
const tijdstip = (n: unknown) => typeof n === "number" && Number.isFinite(n);

export const privacyverzoekMachine = setup({
  types: {
    context: {} as PrivacyverzoekContext,
    events: {} as PrivacyverzoekEvent,
    input: {} as PrivacyverzoekInput,
  },
  actions: {
    "termijn.start": (_: unknown, _p: { mijlpaal: string; startOp?: number; termijnOp?: number }) => {},
    "termijn.gehaald": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_: unknown, _p: { mijlpaal: string }) => {},
    "termijn.verzet": (_: unknown, _p: { mijlpaal: string; nieuwOp: number }) => {},
  },
  guards: {
    /**
     * Art. 12 lid 3: extension once, by at most two further months, and only when the citizen is told within
     * the first month, with the reasons. The notice text and its date are required.
     */
    verlengenGeldig: ({ context, event }) =>
      event.type === "VERLENGEN" &&
      context.verlenging === null &&
      gevuld(event.reden, 5) &&
      gevuld(event.kennisgeving, 20) &&
      tijdstip(event.kennisgevingOp) &&
      event.kennisgevingOp >= context.ontvangenOp &&
      event.kennisgevingOp <= context.termijnOp &&
      tijdstip(event.nieuwOp) &&
      event.nieuwOp > context.termijnOp,
    vastleggenGeldig: ({ event }) =>
      event.type === "VASTLEGGEN" && (HANDELINGEN as readonly string[]).includes(event.handeling) && gevuld(event.samenvatting) && tijdstip(event.op),
    afhandelenGeldig: ({ event }) =>
      event.type === "AFHANDELEN" && (BESLUITEN as readonly string[]).includes(event.besluit) && gevuld(event.toelichting, 10) && tijdstip(event.op),
    intrekkenGeldig: ({ event }) => event.type === "INTREKKEN" && gevuld(event.reden, 5) && tijdstip(event.op),
  },
}).createMachine({
  id: "privacyverzoek",
  context: ({ input }) => ({
    ...input,
    verlenging: null,
    handelingen: [],
    besluit: null,
    toelichting: null,
    afgehandeldOp: null,
    intrekReden: null,
  }),
  initial: "in_behandeling",
  entry: [
    {
      type: "termijn.start",
      params: ({ context }) => ({ mijlpaal: MIJLPAAL_PRIVACYVERZOEK, startOp: context.ontvangenOp, termijnOp: context.termijnOp }),
    },
  ],
  states: {
    in_behandeling: {
      on: {
        VERLENGEN: {
          guard: "verlengenGeldig",
          actions: [
            { type: "termijn.verzet", params: ({ event }) => ({ mijlpaal: MIJLPAAL_PRIVACYVERZOEK, nieuwOp: event.nieuwOp }) },
            assign({
              verlenging: ({ event }) => ({
                reden: event.reden.trim(),
                kennisgeving: event.kennisgeving.trim(),
                kennisgevingOp: event.kennisgevingOp,
                nieuwOp: event.nieuwOp,
              }),
            }),
          ],
        },
        VASTLEGGEN: {
          guard: "vastleggenGeldig",
          actions: assign({
            handelingen: ({ context, event }) => [...context.handelingen, { soort: event.handeling, samenvatting: event.samenvatting.trim(), op: event.op }],
          }),
        },
        AFHANDELEN: {
          guard: "afhandelenGeldig",
          target: "afgehandeld",
          actions: [
            assign({ besluit: ({ event }) => event.besluit, toelichting: ({ event }) => event.toelichting.trim(), afgehandeldOp: ({ event }) => event.op }),
            { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL_PRIVACYVERZOEK } },
          ],
        },
        INTREKKEN: {
          guard: "intrekkenGeldig",
          target: "ingetrokken",
          actions: [
            assign({ intrekReden: ({ event }) => event.reden.trim(), afgehandeldOp: ({ event }) => event.op }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPAAL_PRIVACYVERZOEK } },
          ],
        },
      },
    },
    afgehandeld: { type: "final" },
    ingetrokken: { type: "final" },
  },
});

export type PrivacyverzoekSnapshot = SnapshotFrom<typeof privacyverzoekMachine>;

export function toestandVan(value: unknown): PrivacyToestand {
  if (typeof value === "string" && value in PRIVACY_STATUS_TEKST) return value as PrivacyToestand;
  return "in_behandeling";
}

/** Why a step is refused, as a dictionary key with values (engine:weigering.privacy.*), or null when the machine would take it. */
export function weigeringSleutelVan(c: PrivacyverzoekContext, status: PrivacyToestand, e: PrivacyverzoekEvent): string | null {
  const w = (k: string) => `engine:weigering.privacy.${k}`;
  if (status !== "in_behandeling") return melding(w("klaar"), { status: w(`status.${status}`) });
  if (e.type === "VERLENGEN") {
    if (c.verlenging) return w("alVerlengd");
    if (!gevuld(e.kennisgeving, 20)) return w("kennisgeving");
    if (!gevuld(e.reden, 5)) return w("reden");
    if (!tijdstip(e.kennisgevingOp)) return w("datum");
    if (e.kennisgevingOp < c.ontvangenOp) return w("voorOntvangst");
    if (e.kennisgevingOp > c.termijnOp) return w("teLaat");
  }
  return null;
}

