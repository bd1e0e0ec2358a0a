/**
 * Warme overdracht (warm handover) — pure XState v5 machine.
 *
 *   aangeboden ──OPPAKKEN──────────▶ opgepakt ──KLANT_GEINFORMEERD──▶ klant_geinformeerd ──AFRONDEN──▶ afgerond
 *       │ ──WEIGEREN {reden}──▶ teruggegeven ──OPNIEUW_AANBIEDEN──▶ aangeboden (nieuwe ontvanger)
 *       └ ──INTREKKEN {reden}─▶ ingetrokken  ◀──INTREKKEN── teruggegeven
 *
 * HERTOEWIJZEN {eigenaarId | teamId} (a teamleider reassigning work): while aangeboden it changes the receiver
 * (the pick-up clock keeps running: the citizen's wait does not start over); once opgepakt or klant
 * geïnformeerd it changes the handler (a colleague, not a team). A declined handover lies with its sender,
 * who offers it again instead.
 *
 * Termijnen (kwaliteitshandvest): overdracht_opgepakt (OVERDRACHT-OPGEPAKT) loopt vanaf elk aanbod;
 * klant_geinformeerd (OVERDRACHT-GEINFORMEERD) vanaf het oppakken. Een weigering stopt de oppak-termijn
 * (het aanbod vervalt) en geeft de overdracht terug aan de afzender; opnieuw aanbieden start hem opnieuw.
 * De afzender blijft verantwoordelijk tot `afgerond` (lijst "Nog niet losgelaten").
 * Wie een stap mag zetten (ontvanger, teamlid, afzender) controleert de server; de machine bewaakt de volgorde.
 */
import { assign, setup } from "xstate";
import { melding } from "../melding";

export const SOORT = "overdracht" as const;
export const MIJLPAAL_OPGEPAKT = "overdracht_opgepakt" as const;
export const MIJLPAAL_GEINFORMEERD = "klant_geinformeerd" as const;
export const NORM_OPGEPAKT = "OVERDRACHT-OPGEPAKT" as const;
export const NORM_GEINFORMEERD = "OVERDRACHT-GEINFORMEERD" as const;

/** "sms": the handover message to the citizen was delivered by SMS (app/features/berichten). */
export const HOE = ["telefoon", "e-mail", "sms", "brief", "balie"] as const;
export type Hoe = (typeof HOE)[number];
export const HOE_TEKST: Record<Hoe, string> = { telefoon: "Telefonisch", "e-mail": "Per e-mail", sms: "Per sms", brief: "Per brief", balie: "Aan de balie" };

export type OverdrachtStatus = "aangeboden" | "opgepakt" | "klant_geinformeerd" | "afgerond" | "teruggegeven" | "ingetrokken";
export const STATUS_TEKST: Record<OverdrachtStatus, string> = {
  aangeboden: "Aangeboden",
  opgepakt: "Opgepakt",
  klant_geinformeerd: "Inwoner geïnformeerd",
  afgerond: "Afgerond",
  teruggegeven: "Geweigerd, terug bij afzender",
  ingetrokken: "Ingetrokken",
};
export const EINDSTATUSSEN: readonly OverdrachtStatus[] = ["afgerond", "ingetrokken"];

export interface OverdrachtBurger {
  naam: string | null;
  telefoon: string | null;
  email: string | null;
}

/** Exactly one of medewerkerId / teamId is set. */
export interface OverdrachtOntvanger {
  medewerkerId: string | null;
  teamId: number | null;
}

export interface OverdrachtInput {
  burger: OverdrachtBurger;
  vraag: string;
  /** what was already said and done */
  alGedaan: string;
  afzenderId: string;
  ontvanger: OverdrachtOntvanger;
  /** the callback this came from, if any */
  bronId?: string | null;
  /** the citizen record (klantbeeld) this handover belongs to */
  burgerId?: string | null;
}

export interface Weigering {
  door: string;
  reden: string;
  ontvanger: OverdrachtOntvanger;
}

export interface Informatie {
  hoe: Hoe;
  op: number;
  contactpersoon: string;
  vervolgstap: string;
}

export interface OverdrachtContext {
  burger: OverdrachtBurger;
  /** the citizen record (klantbeeld); absent in handovers made before it was kept */
  burgerId?: string | null;
  vraag: string;
  alGedaan: string;
  afzenderId: string;
  ontvanger: OverdrachtOntvanger;
  bronId: string | null;
  behandelaarId: string | null;
  weigeringen: Weigering[];
  aanbiedingen: number;
  informatie: Informatie | null;
  intrekReden: string | null;
  afgerondDoor: string | null;
  waarschuwing: boolean;
  verlopen: boolean;
  geescaleerd: boolean;
}

export type OverdrachtEvent =
  | { type: "OPPAKKEN"; door: string }
  | { type: "WEIGEREN"; door: string; reden: string }
  | { type: "OPNIEUW_AANBIEDEN"; ontvanger: OverdrachtOntvanger; toelichting?: string }
  | { type: "KLANT_GEINFORMEERD"; hoe: Hoe; op: number; contactpersoon: string; vervolgstap: string }
  | { type: "AFRONDEN"; door: string }
  | { type: "INTREKKEN"; reden: string }
  | { type: "HERTOEWIJZEN"; eigenaarId: string | null; teamId: number | null }
  | { type: "TERMIJN.WAARSCHUWING"; mijlpaal?: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal?: string }
  | { type: "TERMIJN.ESCALATIE"; mijlpaal?: string };

export type Ontvanger = "eigenaar" | "teamleider" | "regieteam" | { medewerkerId: string } | { teamId: number };

function ontvangerAan(o: OverdrachtOntvanger): Ontvanger {
  return o.medewerkerId ? { medewerkerId: o.medewerkerId } : { teamId: o.teamId ?? 0 };
}

function geldigeOntvanger(o: OverdrachtOntvanger): boolean {
  return (o.medewerkerId !== null) !== (o.teamId !== null);
}

/** The message to a colleague who now handles a picked-up handover. */
function berichtNieuweBehandelaar({ context }: { context: OverdrachtContext }) {
  return {
    aan: { medewerkerId: context.behandelaarId ?? "" } as Ontvanger,
    titel: "Warme overdracht aan u toegewezen",
    tekst: `U behandelt nu de overgedragen vraag "${context.vraag}".`,
  };
}

export const overdrachtMachine = setup({
  types: {
    context: {} as OverdrachtContext,
    events: {} as OverdrachtEvent,
    input: {} as OverdrachtInput,
  },
  actions: {
    "termijn.start": (_, _p: { mijlpaal: string; normCode?: string; startOp?: number }) => {},
    "termijn.gehaald": (_, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_, _p: { mijlpaal: string }) => {},
    "termijn.verzet": (_, _p: { mijlpaal: string; nieuwOp: number }) => {},
    bericht: (_, _p: { aan: Ontvanger; titel: string; tekst: string; urgent?: boolean }) => {},
    wijsBehandelaarToe: assign({ behandelaarId: ({ event }) => (event.type === "HERTOEWIJZEN" ? event.eigenaarId : null) }),
  },
  guards: {
    heeftWeigerReden: ({ event }) => event.type === "WEIGEREN" && event.reden.trim().length > 0,
    heeftIntrekReden: ({ event }) => event.type === "INTREKKEN" && event.reden.trim().length > 0,
    geldigeNieuweOntvanger: ({ event }) => event.type === "OPNIEUW_AANBIEDEN" && geldigeOntvanger(event.ontvanger),
    geldigeHertoewijzing: ({ event }) =>
      event.type === "HERTOEWIJZEN" && geldigeOntvanger({ medewerkerId: event.eigenaarId, teamId: event.teamId }),
    hertoewijzingAanCollega: ({ event }) => event.type === "HERTOEWIJZEN" && !!event.eigenaarId && event.teamId === null,
    volledigGeinformeerd: ({ event }) =>
      event.type === "KLANT_GEINFORMEERD" &&
      HOE.includes(event.hoe) &&
      Number.isFinite(event.op) &&
      event.contactpersoon.trim().length > 0 &&
      event.vervolgstap.trim().length > 0,
  },
}).createMachine({
  id: SOORT,
  initial: "aangeboden",
  context: ({ input }) => ({
    burger: input.burger,
    vraag: input.vraag,
    alGedaan: input.alGedaan,
    afzenderId: input.afzenderId,
    ontvanger: input.ontvanger,
    bronId: input.bronId ?? null,
    burgerId: input.burgerId ?? null,
    behandelaarId: null,
    weigeringen: [],
    aanbiedingen: 0,
    informatie: null,
    intrekReden: null,
    afgerondDoor: null,
    waarschuwing: false,
    verlopen: false,
    geescaleerd: false,
  }),
  on: {
    "TERMIJN.WAARSCHUWING": { actions: assign({ waarschuwing: true }) },
    "TERMIJN.VERLOPEN": { actions: assign({ verlopen: true }) },
    "TERMIJN.ESCALATIE": { actions: assign({ geescaleerd: true }) },
  },
  states: {
    aangeboden: {
      entry: [
        assign({ aanbiedingen: ({ context }) => context.aanbiedingen + 1, waarschuwing: false, verlopen: false, geescaleerd: false }),
        { type: "termijn.start", params: { mijlpaal: MIJLPAAL_OPGEPAKT, normCode: NORM_OPGEPAKT } },
        {
          type: "bericht",
          params: ({ context }) => ({
            aan: ontvangerAan(context.ontvanger),
            titel: "Warme overdracht aangeboden",
            tekst: `Er is een vraag aan u overgedragen: "${context.vraag}". Pak hem op of weiger hem met een reden.`,
          }),
        },
      ],
      on: {
        OPPAKKEN: {
          target: "opgepakt",
          actions: [
            assign({ behandelaarId: ({ event }) => event.door }),
            { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL_OPGEPAKT } },
            { type: "termijn.start", params: { mijlpaal: MIJLPAAL_GEINFORMEERD, normCode: NORM_GEINFORMEERD } },
          ],
        },
        WEIGEREN: {
          guard: "heeftWeigerReden",
          target: "teruggegeven",
          actions: [
            assign({
              weigeringen: ({ context, event }) => [
                ...context.weigeringen,
                { door: event.door, reden: event.reden.trim(), ontvanger: context.ontvanger },
              ],
            }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPAAL_OPGEPAKT } },
            {
              type: "bericht",
              params: ({ context, event }) => ({
                aan: { medewerkerId: context.afzenderId },
                titel: "Overdracht geweigerd: terug bij u",
                tekst: `Uw overdracht "${context.vraag}" is geweigerd. Reden: ${event.reden.trim()}. Bied hem aan een ander aan of handel hem zelf af.`,
                urgent: true,
              }),
            },
          ],
        },
        INTREKKEN: {
          guard: "heeftIntrekReden",
          target: "ingetrokken",
          actions: [
            assign({ intrekReden: ({ event }) => event.reden.trim() }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPAAL_OPGEPAKT } },
          ],
        },
        HERTOEWIJZEN: {
          guard: "geldigeHertoewijzing",
          actions: [
            assign({
              ontvanger: ({ event }) =>
                event.type === "HERTOEWIJZEN" ? { medewerkerId: event.eigenaarId, teamId: event.teamId } : { medewerkerId: null, teamId: null },
            }),
            {
              type: "bericht",
              params: ({ context }) => ({
                aan: ontvangerAan(context.ontvanger),
                titel: "Warme overdracht aan u toegewezen",
                tekst: `Een warme overdracht is aan u toegewezen: "${context.vraag}". Pak hem op of weiger hem met een reden.`,
              }),
            },
          ],
        },
      },
    },
    teruggegeven: {
      on: {
        OPNIEUW_AANBIEDEN: {
          guard: "geldigeNieuweOntvanger",
          target: "aangeboden",
          actions: assign({
            ontvanger: ({ event }) => event.ontvanger,
            alGedaan: ({ context, event }) =>
              event.toelichting?.trim() ? `${context.alGedaan}\n\n${event.toelichting.trim()}`.trim() : context.alGedaan,
          }),
        },
        INTREKKEN: {
          guard: "heeftIntrekReden",
          target: "ingetrokken",
          actions: assign({ intrekReden: ({ event }) => event.reden.trim() }),
        },
      },
    },
    opgepakt: {
      on: {
        HERTOEWIJZEN: { guard: "hertoewijzingAanCollega", actions: ["wijsBehandelaarToe", { type: "bericht", params: berichtNieuweBehandelaar }] },
        KLANT_GEINFORMEERD: {
          guard: "volledigGeinformeerd",
          target: "klant_geinformeerd",
          actions: [
            assign({
              informatie: ({ event }) => ({
                hoe: event.hoe,
                op: event.op,
                contactpersoon: event.contactpersoon.trim(),
                vervolgstap: event.vervolgstap.trim(),
              }),
            }),
            { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL_GEINFORMEERD } },
          ],
        },
      },
    },
    klant_geinformeerd: {
      on: {
        HERTOEWIJZEN: { guard: "hertoewijzingAanCollega", actions: ["wijsBehandelaarToe", { type: "bericht", params: berichtNieuweBehandelaar }] },
        AFRONDEN: {
          target: "afgerond",
          actions: [
            assign({ afgerondDoor: ({ event }) => event.door }),
            {
              type: "bericht",
              params: ({ context }) => ({
                aan: { medewerkerId: context.afzenderId },
                titel: "Overdracht afgerond",
                tekst: `Uw overdracht "${context.vraag}" is afgerond; de inwoner weet wie de vraag behandelt en wat er gebeurt.`,
              }),
            },
          ],
        },
      },
    },
    afgerond: { type: "final" },
    ingetrokken: { type: "final" },
  },
});

interface SnapshotLike {
  value: unknown;
  context: OverdrachtContext;
}

export function statusVan(value: unknown): OverdrachtStatus {
  if (typeof value === "string") return value as OverdrachtStatus;
  throw new Error(`Onbekende toestand ${JSON.stringify(value)}`);
}

/** Why an event is refused in this snapshot, as a dictionary key with values (engine:weigering.overdracht.*), or null. */
export function weigeringSleutel(snapshot: SnapshotLike, event: OverdrachtEvent): string | null {
  const status = statusVan(snapshot.value);
  const w = (k: string) => `engine:weigering.overdracht.${k}`;
  if (event.type.startsWith("TERMIJN.")) return null;
  if (EINDSTATUSSEN.includes(status)) return w(status === "afgerond" ? "afgerond" : "ingetrokken");
  const nu = { status: w(`status.${status}`) };
  switch (event.type) {
    case "OPPAKKEN":
      return status === "aangeboden" ? null : melding(w("nietOppakken"), nu);
    case "WEIGEREN":
      if (status !== "aangeboden") return melding(w("alleenAangebodenWeigeren"), nu);
      return event.reden.trim() ? null : w("weigerReden");
    case "OPNIEUW_AANBIEDEN":
      if (status !== "teruggegeven") return melding(w("alleenGeweigerdOpnieuw"), nu);
      return geldigeOntvanger(event.ontvanger) ? null : w("ontvanger");
    case "KLANT_GEINFORMEERD":
      if (status !== "opgepakt") return status === "aangeboden" ? w("eerstOppakken") : melding(w("alleenOpgepakt"), nu);
      if (!event.contactpersoon.trim()) return w("contactpersoon");
      if (!event.vervolgstap.trim()) return w("vervolgstap");
      return null;
    case "AFRONDEN":
      return status === "klant_geinformeerd" ? null : w("afronden");
    case "INTREKKEN":
      if (status !== "aangeboden" && status !== "teruggegeven") return melding(w("nietIntrekken"), nu);
      return event.reden.trim() ? null : w("intrekReden");
    case "HERTOEWIJZEN":
      if (status === "teruggegeven") return w("bijAfzender");
      if (!geldigeOntvanger({ medewerkerId: event.eigenaarId, teamId: event.teamId })) return w("collegaOfTeam");
      if (status !== "aangeboden" && !event.eigenaarId) return w("opgepaktAanCollega");
      return null;
  }
  return null;
}

