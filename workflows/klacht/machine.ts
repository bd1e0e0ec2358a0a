/**
 * Klacht (Awb hoofdstuk 9) — pure XState v5 machine. The lawful path is the only path:
 *
 *   ontvangen ──ONTVANGST_BEVESTIGEN──▶ ontvangst_bevestigd ──BEHANDELAAR_TOEWIJZEN (9:7)──▶ in_behandeling
 *   in_behandeling ──INFORMEEL_OPGELOST (9:5, klager tevreden)──▶ informeel_opgelost
 *                  ──NIET_IN_BEHANDELING (9:8 grond; b alleen na de eenjaarstoets)──▶ niet_in_behandeling
 *                         ──BERICHT_9_8_VERSTUURD (9:8 lid 3, binnen 4 weken)──▶ gesloten
 *                  ──KOPIE_BEKLAAGDE (9:9)──▶ hoor_en_wederhoor
 *   hoor_en_wederhoor: HOORZITTING_PLANNEN / HOORZITTING_GEHOUDEN (verslag) / HOREN_OVERSLAAN (9:10 lid 2),
 *                      VERDAGINGSBERICHT (klager, beklaagde) ──VERDAGEN (≤ 4 weken, beide berichten)──▶ verdaagd
 *   verdaagd: idem + UITSTEL_MET_INSTEMMING (9:11 lid 3: schriftelijke instemming klager)
 *   hoor_en_wederhoor | verdaagd ──AFHANDELEN (9:12: bevindingen, oordeel, normen, maatregelen, ombudsman)──▶ afgehandeld
 *   afgehandeld | informeel_opgelost ──LES_VASTLEGGEN | LES_OVERSLAAN──▶ les ──SLUITEN──▶ gesloten
 *   gesloten ──OMBUDSMAN_INGESCHAKELD──▶ gesloten (bewaarklasse 10 jaar)
 *   ontvangen | ontvangst_bevestigd | in_behandeling | hoor_en_wederhoor | verdaagd
 *          ──INTREKKEN (de klager trekt de klacht in, vóór een beslissing)──▶ ingetrokken (eindtoestand: alle
 *            Awb-termijnen stoppen; vastgelegd wie, wanneer, via welke weg en waarom; bewaarklasse "afgebroken")
 *
 * Deadlines are data (termijn.* actions, docs/architecture.md): KLACHT-ONTVANGST from receipt, KLACHT-AFHANDELING
 * from receipt (ending at the 10-week moment with a klachtadviescommissie), KLACHT-VERDAGING from the original
 * due moment (ending at the chosen moment, at most 4 weeks), KLACHT-NIET-IN-BEHANDELING from receipt. Instants that need the
 * calendar (due moments) are computed by the server and carried in input/events; the machine checks the law.
 */
import { melding } from "../melding";
import { assign, setup } from "xstate";
import {
  BEHOORLIJKHEIDSNORMEN,
  GRONDEN_9_8,
  HOREN_OVERSLAAN_REDENEN,
  MAX_VERDAGING_WEKEN,
  OORDELEN,
  eenJaarToets,
  isIsoDatum,
  type Grond98,
  type HorenOverslaanReden,
  type Oordeel,
} from "./recht";

export const SOORT = "klacht" as const;
export const MIJLPALEN = {
  ontvangst: "klacht_ontvangst_bevestigd",
  afhandeling: "klacht_afgehandeld",
  verdaging: "klacht_verdaging",
  nietInBehandeling: "klacht_niet_in_behandeling",
} as const;

export type KlachtStatus =
  | "ontvangen"
  | "ontvangst_bevestigd"
  | "in_behandeling"
  | "informeel_opgelost"
  | "niet_in_behandeling"
  | "hoor_en_wederhoor"
  | "verdaagd"
  | "afgehandeld"
  | "les"
  | "gesloten"
  | "ingetrokken";

export const STATUS_TEKST: Record<KlachtStatus, string> = {
  ontvangen: "Ontvangen",
  ontvangst_bevestigd: "Ontvangst bevestigd",
  in_behandeling: "In behandeling",
  informeel_opgelost: "Informeel opgelost",
  niet_in_behandeling: "Niet in behandeling",
  hoor_en_wederhoor: "Hoor en wederhoor",
  verdaagd: "Verdaagd",
  afgehandeld: "Afgehandeld",
  les: "Les vastgelegd",
  gesloten: "Gesloten",
  ingetrokken: "Ingetrokken door de klager",
};
export const KLACHT_STATUSSEN = Object.keys(STATUS_TEKST) as KlachtStatus[];

export interface Beklaagde {
  /** medewerker id, or null for someone named but not (yet) identified */
  id: string | null;
  naam: string;
}

export interface KlachtInput {
  nummer: string;
  klagerNaam: string;
  ontvangenOp: number;
  /** local date of receipt (YYYY-MM-DD) */
  ontvangenDatum: string;
  gedragingDatum: string | null;
  schriftelijk: boolean;
  kanaal: string;
  afdelingId: number | null;
  /** the team the complaint is about (team of the first beklaagde at registration); absent in older snapshots */
  teamId?: number | null;
  burgerId: string | null;
  beklaagden: Beklaagde[];
  beklaagdeOnbekend: boolean;
  /** the complaint concerns the bestuursorgaan itself, its chair or a member (9:7 lid 2) */
  betreftBestuursorgaan: boolean;
  termijnWeken: number;
  /** due moment of the 6 (or 10) week term, computed on the Atw calendar by the server */
  afhandelTermijnOp: number;
}

export interface KlachtContext extends KlachtInput {
  behandelaarId: string | null;
  behandelaarNaam: string | null;
  uitzondering97: string | null;
  ontvangstBevestigdOp: number | null;
  grond98: Grond98 | null;
  grondToelichting: string | null;
  bericht98Op: number | null;
  informeel: { toelichting: string; vastgelegdVia: string; op: number } | null;
  kopieBeklaagdeOp: number | null;
  kopieNietMogelijk: string | null;
  hoorzittingGeplandOp: number | null;
  hoorzittingGehoudenOp: number | null;
  verslag: string | null;
  horenOvergeslagen: { reden: HorenOverslaanReden; toelichting: string } | null;
  verdagingBerichtKlagerOp: number | null;
  verdagingBerichtBeklaagdeOp: number | null;
  verdaagdWeken: number | null;
  verdaagdOp: number | null;
  /** the current due moment of the handling (after verdaging / further delay) */
  huidigeTermijnOp: number;
  uitstel: { nieuwOp: number; instemmingDatum: string; toelichting: string; op: number }[];
  conclusie: {
    bevindingen: string;
    oordeel: Oordeel;
    oordeelReden: string | null;
    normen: number[];
    maatregelen: string;
    ombudsmanNaam: string;
    ombudsmanTermijnWeken: number;
    op: number;
  } | null;
  les: string | null;
  lesOvergeslagen: string | null;
  afgeslotenOp: number | null;
  ombudsmanIngeschakeldOp: number | null;
  /** withdrawn by the complainant (absent in snapshots from before the withdrawal existed) */
  intrekking?: { op: number; via: IntrekkingVia; reden: string | null } | null;
  waarschuwing: boolean;
  verlopen: boolean;
  geescaleerd: boolean;
}

export interface AfhandelGegevens {
  bevindingen: string;
  oordeel: Oordeel | string;
  oordeelReden?: string | null;
  normen: number[];
  maatregelen: string;
  ombudsmanNaam: string;
  ombudsmanTermijnWeken: number;
}

/** How the withdrawal reached the municipality: the citizen's status link, or recorded by staff. */
export const INTREKKING_VIA = ["statuslink", "telefoon", "e-mail", "post", "balie"] as const;
export type IntrekkingVia = (typeof INTREKKING_VIA)[number];
/** The states in which the complainant can still withdraw (no decision yet). */
export const INTREKBAAR: readonly KlachtStatus[] = ["ontvangen", "ontvangst_bevestigd", "in_behandeling", "hoor_en_wederhoor", "verdaagd"];

export type KlachtEvent =
  | { type: "ONTVANGST_BEVESTIGEN"; op: number }
  | { type: "BEHANDELAAR_TOEWIJZEN"; behandelaarId: string; behandelaarNaam: string; uitzondering?: string | null }
  | { type: "INFORMEEL_OPGELOST"; toelichting: string; klagerTevreden: boolean; vastgelegdVia: string; op: number }
  | { type: "NIET_IN_BEHANDELING"; grond: Grond98 | string; toelichting: string }
  | { type: "BERICHT_9_8_VERSTUURD"; op: number }
  | { type: "KOPIE_BEKLAAGDE"; op: number; nietMogelijkReden?: string | null }
  | { type: "HOORZITTING_PLANNEN"; op: number }
  | { type: "HOORZITTING_GEHOUDEN"; op: number; verslag: string }
  | { type: "HOREN_OVERSLAAN"; reden: HorenOverslaanReden | string; toelichting: string }
  | { type: "VERDAGINGSBERICHT"; aan: "klager" | "beklaagde"; op: number }
  | { type: "VERDAGEN"; weken: number; nieuwOp: number; op: number }
  | { type: "UITSTEL_MET_INSTEMMING"; nieuwOp: number; instemmingDatum: string; toelichting: string; op: number }
  | ({ type: "AFHANDELEN"; op: number } & AfhandelGegevens)
  | { type: "LES_VASTLEGGEN"; les: string; op: number }
  | { type: "LES_OVERSLAAN"; reden: string; op: number }
  | { type: "SLUITEN"; op: number }
  | { type: "OMBUDSMAN_INGESCHAKELD"; op: number }
  | { type: "INTREKKEN"; op: number; via: IntrekkingVia | string; reden?: string | null }
  | { type: "TERMIJN.WAARSCHUWING"; mijlpaal?: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal?: string }
  | { type: "TERMIJN.ESCALATIE"; mijlpaal?: string };

export type Ontvanger = "eigenaar" | "teamleider" | "regieteam" | { medewerkerId: string } | { teamId: number };

const leeg = (s: string | null | undefined) => !s || !s.trim();
const W = "engine:weigering.klacht.";

// ------------------------------------------------------------------------------------------------ the law as checks
// Each returns the reason when the event is NOT allowed by the law (null = allowed), as a dictionary key with values
// (engine:weigering.klacht.*, worded by vertaalMelding; the runtime words it in Dutch and keeps the key for other
// languages) or, where it is not a key yet, a Dutch text. Guards and `weigering` share them, so the explanation is
// always the reason the step was refused.

export function isBeklaagde(ctx: Pick<KlachtContext, "beklaagden">, medewerkerId: string): boolean {
  return ctx.beklaagden.some((b) => b.id === medewerkerId);
}

export function toets97(ctx: KlachtContext, e: Extract<KlachtEvent, { type: "BEHANDELAAR_TOEWIJZEN" }>): string | null {
  if (leeg(e.behandelaarId)) return `${W}kiesBehandelaar`;
  if (e.behandelaarId === ctx.behandelaarId) return `${W}alToegewezen`;
  if (isBeklaagde(ctx, e.behandelaarId)) {
    if (!ctx.betreftBestuursorgaan) return melding(`${W}betrokken`, { naam: e.behandelaarNaam });
    if (leeg(e.uitzondering)) return `${W}bestuursorgaan`;
  }
  return null;
}

export function toets95(e: Extract<KlachtEvent, { type: "INFORMEEL_OPGELOST" }>): string | null {
  if (!e.klagerTevreden) return `${W}nietTevreden`;
  if (leeg(e.vastgelegdVia)) return `${W}hoeTevreden`;
  if (leeg(e.toelichting)) return `${W}hoeOpgelost`;
  return null;
}

export function toets98(ctx: KlachtContext, e: Extract<KlachtEvent, { type: "NIET_IN_BEHANDELING" }>): string | null {
  if (!(GRONDEN_9_8 as readonly string[]).includes(e.grond)) return `${W}grond`;
  if (e.grond === "b") {
    if (!isIsoDatum(ctx.gedragingDatum)) return `${W}gedragingDatum`;
    const t = eenJaarToets(ctx.gedragingDatum, ctx.ontvangenDatum);
    if (!t.verstreken) return t.uitleg;
  }
  if (leeg(e.toelichting)) return `${W}motiveer`;
  return null;
}

export function toets99(ctx: KlachtContext, e: Extract<KlachtEvent, { type: "KOPIE_BEKLAAGDE" }>): string | null {
  const bekend = ctx.beklaagden.length > 0;
  if (bekend && !Number.isFinite(e.op)) return `${W}afschriftWanneer`;
  if (!bekend && leeg(e.nietMogelijkReden)) return `${W}geenBeklaagde`;
  return null;
}

export function toetsHoren(ctx: KlachtContext): string | null {
  if (ctx.horenOvergeslagen) return null;
  if (ctx.hoorzittingGehoudenOp !== null && !leeg(ctx.verslag)) return null;
  return `${W}horen`;
}

export function toetsVerdaging(ctx: KlachtContext, e: Extract<KlachtEvent, { type: "VERDAGEN" }>): string | null {
  if (ctx.verdaagdWeken !== null) return `${W}alVerdaagd`;
  if (!Number.isInteger(e.weken) || e.weken < 1 || e.weken > MAX_VERDAGING_WEKEN) return melding(`${W}maxWeken`, { weken: MAX_VERDAGING_WEKEN });
  const klager = ctx.verdagingBerichtKlagerOp === null;
  const beklaagde = ctx.verdagingBerichtBeklaagdeOp === null;
  if (klager || beklaagde) return melding(`${W}mededeling`, { wie: `${W}wie.${klager && beklaagde ? "beide" : klager ? "klager" : "beklaagde"}` });
  if (Number.isFinite(e.op) && e.op > ctx.afhandelTermijnOp) return `${W}termijnVerstreken`;
  if (!Number.isFinite(e.nieuwOp) || e.nieuwOp <= ctx.afhandelTermijnOp) return `${W}nietNaTermijn`;
  return null;
}

export function toetsUitstel(ctx: KlachtContext, e: Extract<KlachtEvent, { type: "UITSTEL_MET_INSTEMMING" }>): string | null {
  if (!isIsoDatum(e.instemmingDatum)) return `${W}instemmingDatum`;
  if (leeg(e.toelichting)) return `${W}instemming`;
  if (!Number.isFinite(e.nieuwOp) || e.nieuwOp <= ctx.huidigeTermijnOp) return `${W}naTermijn`;
  return null;
}

export function toets912(e: AfhandelGegevens): string | null {
  const ontbreekt: string[] = [];
  if (leeg(e.bevindingen)) ontbreekt.push("de bevindingen");
  if (!(OORDELEN as readonly string[]).includes(e.oordeel)) ontbreekt.push("het oordeel");
  if (e.oordeel === "geen_oordeel" && leeg(e.oordeelReden)) ontbreekt.push("de reden waarom er geen oordeel is");
  const geldig = e.normen.every((n) => BEHOORLIJKHEIDSNORMEN.some((b) => b.nr === n));
  if (!geldig) ontbreekt.push("geldige behoorlijkheidsnormen");
  else if ((e.oordeel === "gegrond" || e.oordeel === "deels_gegrond") && e.normen.length === 0)
    ontbreekt.push("de geschonden behoorlijkheidsnorm(en)");
  if (leeg(e.maatregelen)) ontbreekt.push("de genomen maatregelen");
  if (leeg(e.ombudsmanNaam)) ontbreekt.push("de ombudsman bij wie de klager terecht kan");
  if (!Number.isFinite(e.ombudsmanTermijnWeken) || e.ombudsmanTermijnWeken <= 0) ontbreekt.push("de termijn voor de ombudsman");
  if (!ontbreekt.length) return null;
  return `De klacht kan niet worden afgehandeld zonder ${opsomming(ontbreekt)} (Awb 9:12).`;
}

function opsomming(d: string[]): string {
  return d.length <= 1 ? d.join("") : `${d.slice(0, -1).join(", ")} en ${d[d.length - 1]}`;
}

// ------------------------------------------------------------------------------------------------ machine

const berichtBehandelaar = {
  type: "bericht",
  params: ({ event, context }: { event: KlachtEvent; context: KlachtContext }) => ({
    aan: { medewerkerId: event.type === "BEHANDELAAR_TOEWIJZEN" ? event.behandelaarId : "" } as Ontvanger,
    titel: `Klacht ${context.nummer} aan u toegewezen`,
    tekst: `U bent klachtbehandelaar van klacht ${context.nummer}. Bekijk het dossier voor de termijnen en de volgende stap.`,
  }),
} as const;

/** Withdrawal: every Awb term of the complaint stops (not met, not breached: there is nothing left to decide). */
const intrekken = {
  INTREKKEN: {
    guard: "intrekkingGeldig",
    target: "ingetrokken",
    actions: [
      "zetIntrekking",
      { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.ontvangst } },
      { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.afhandeling } },
      { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.verdaging } },
    ],
  },
} as const;

const termijnenGehaald = [
  { type: "termijn.gehaald", params: { mijlpaal: MIJLPALEN.afhandeling } },
  { type: "termijn.gehaald", params: { mijlpaal: MIJLPALEN.verdaging } },
] as const;

const onderzoekOn = {
  HOORZITTING_PLANNEN: {
    guard: "tijdstipGeldig",
    actions: "zetHoorzittingGepland",
  },
  HOORZITTING_GEHOUDEN: {
    guard: "hoorzittingGeldig",
    actions: "zetHoorzittingGehouden",
  },
  HOREN_OVERSLAAN: {
    guard: "overslaanGeldig",
    actions: "zetHorenOvergeslagen",
  },
  VERDAGINGSBERICHT: {
    guard: "verdagingsberichtGeldig",
    actions: "zetVerdagingsbericht",
  },
  INFORMEEL_OPGELOST: {
    guard: "informeelGeldig",
    target: "informeel_opgelost",
    actions: ["zetInformeel", ...termijnenGehaald],
  },
  AFHANDELEN: {
    guard: "afhandelenGeldig",
    target: "afgehandeld",
    actions: ["zetConclusie", ...termijnenGehaald],
  },
  BEHANDELAAR_TOEWIJZEN: {
    guard: "behandelaarGeldig",
    actions: ["zetBehandelaar", berichtBehandelaar],
  },
} as const;

export const klachtMachine = setup({
  types: {
    context: {} as KlachtContext,
    events: {} as KlachtEvent,
    input: {} as KlachtInput,
  },
  actions: {
    "termijn.start": (_, _p: { mijlpaal: string; normCode?: string; startOp?: number; termijnOp?: number }) => {},
    "termijn.gehaald": (_, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_, _p: { mijlpaal: string }) => {},
    "termijn.verzet": (_, _p: { mijlpaal: string; nieuwOp: number }) => {},
    bericht: (_, _p: { aan: Ontvanger; titel: string; tekst: string; urgent?: boolean }) => {},
    zetBehandelaar: assign(({ event }) => {
      if (event.type !== "BEHANDELAAR_TOEWIJZEN") return {};
      return {
        behandelaarId: event.behandelaarId,
        behandelaarNaam: event.behandelaarNaam,
        uitzondering97: event.uitzondering?.trim() || null,
      };
    }),
    zetIntrekking: assign(({ event }) =>
      event.type === "INTREKKEN"
        ? { intrekking: { op: event.op, via: event.via as IntrekkingVia, reden: event.reden?.trim() || null }, afgeslotenOp: event.op }
        : {},
    ),
    zetHoorzittingGepland: assign(({ event }) => (event.type === "HOORZITTING_PLANNEN" ? { hoorzittingGeplandOp: event.op } : {})),
    zetHoorzittingGehouden: assign(({ event }) =>
      event.type === "HOORZITTING_GEHOUDEN" ? { hoorzittingGehoudenOp: event.op, verslag: event.verslag.trim(), horenOvergeslagen: null } : {},
    ),
    zetHorenOvergeslagen: assign(({ event }) =>
      event.type === "HOREN_OVERSLAAN"
        ? { horenOvergeslagen: { reden: event.reden as HorenOverslaanReden, toelichting: event.toelichting.trim() } }
        : {},
    ),
    zetVerdagingsbericht: assign(({ event }) => {
      if (event.type !== "VERDAGINGSBERICHT") return {};
      return event.aan === "klager" ? { verdagingBerichtKlagerOp: event.op } : { verdagingBerichtBeklaagdeOp: event.op };
    }),
    zetInformeel: assign(({ event }) =>
      event.type === "INFORMEEL_OPGELOST"
        ? { informeel: { toelichting: event.toelichting.trim(), vastgelegdVia: event.vastgelegdVia.trim(), op: event.op }, afgeslotenOp: event.op }
        : {},
    ),
    zetConclusie: assign(({ event }) =>
      event.type === "AFHANDELEN"
        ? {
            conclusie: {
              bevindingen: event.bevindingen.trim(),
              oordeel: event.oordeel as Oordeel,
              oordeelReden: event.oordeelReden?.trim() || null,
              normen: [...new Set(event.normen)].sort((a, b) => a - b),
              maatregelen: event.maatregelen.trim(),
              ombudsmanNaam: event.ombudsmanNaam.trim(),
              ombudsmanTermijnWeken: event.ombudsmanTermijnWeken,
              op: event.op,
            },
            afgeslotenOp: event.op,
          }
        : {},
    ),
  },
  guards: {
    behandelaarGeldig: ({ context, event }) => event.type === "BEHANDELAAR_TOEWIJZEN" && toets97(context, event) === null,
    informeelGeldig: ({ event }) => event.type === "INFORMEEL_OPGELOST" && toets95(event) === null,
    grondGeldig: ({ context, event }) => event.type === "NIET_IN_BEHANDELING" && toets98(context, event) === null,
    kopieGeldig: ({ context, event }) => event.type === "KOPIE_BEKLAAGDE" && toets99(context, event) === null,
    tijdstipGeldig: ({ event }) => "op" in event && Number.isFinite(event.op),
    hoorzittingGeldig: ({ event }) => event.type === "HOORZITTING_GEHOUDEN" && Number.isFinite(event.op) && !leeg(event.verslag),
    overslaanGeldig: ({ event }) =>
      event.type === "HOREN_OVERSLAAN" &&
      (HOREN_OVERSLAAN_REDENEN as readonly string[]).includes(event.reden) &&
      !leeg(event.toelichting),
    verdagingsberichtGeldig: ({ event }) =>
      event.type === "VERDAGINGSBERICHT" && (event.aan === "klager" || event.aan === "beklaagde") && Number.isFinite(event.op),
    verdagenGeldig: ({ context, event }) => event.type === "VERDAGEN" && toetsVerdaging(context, event) === null,
    uitstelGeldig: ({ context, event }) => event.type === "UITSTEL_MET_INSTEMMING" && toetsUitstel(context, event) === null,
    afhandelenGeldig: ({ context, event }) => event.type === "AFHANDELEN" && toetsHoren(context) === null && toets912(event) === null,
    lesGeldig: ({ event }) => event.type === "LES_VASTLEGGEN" && !leeg(event.les),
    lesOverslaanGeldig: ({ event }) => event.type === "LES_OVERSLAAN" && !leeg(event.reden),
    nietAlIngeschakeld: ({ context }) => context.ombudsmanIngeschakeldOp === null,
    intrekkingGeldig: ({ event }) =>
      event.type === "INTREKKEN" && Number.isFinite(event.op) && (INTREKKING_VIA as readonly string[]).includes(event.via),
  },
}).createMachine({
  id: SOORT,
  initial: "registreren",
  context: ({ input }) => ({
    ...input,
    beklaagden: input.beklaagden.map((b) => ({ ...b })),
    behandelaarId: null,
    behandelaarNaam: null,
    uitzondering97: null,
    ontvangstBevestigdOp: null,
    grond98: null,
    grondToelichting: null,
    bericht98Op: null,
    informeel: null,
    kopieBeklaagdeOp: null,
    kopieNietMogelijk: null,
    hoorzittingGeplandOp: null,
    hoorzittingGehoudenOp: null,
    verslag: null,
    horenOvergeslagen: null,
    verdagingBerichtKlagerOp: null,
    verdagingBerichtBeklaagdeOp: null,
    verdaagdWeken: null,
    verdaagdOp: null,
    huidigeTermijnOp: input.afhandelTermijnOp,
    uitstel: [],
    conclusie: null,
    les: null,
    lesOvergeslagen: null,
    afgeslotenOp: null,
    ombudsmanIngeschakeldOp: null,
    intrekking: null,
    waarschuwing: false,
    verlopen: false,
    geescaleerd: false,
  }),
  entry: [
    { type: "termijn.start", params: ({ context }) => ({ mijlpaal: MIJLPALEN.ontvangst, startOp: context.ontvangenOp }) },
    {
      type: "termijn.start",
      // With a klachtadviescommissie the term is 10 weeks (9:11 lid 1): the server computed that moment on the
      // statutory calendar; it is the term itself, not a move.
      params: ({ context }) => ({
        mijlpaal: MIJLPALEN.afhandeling,
        startOp: context.ontvangenOp,
        ...(context.termijnWeken !== 6 ? { termijnOp: context.afhandelTermijnOp } : {}),
      }),
    },
  ],
  on: {
    "TERMIJN.WAARSCHUWING": { actions: assign({ waarschuwing: true }) },
    "TERMIJN.VERLOPEN": { actions: assign({ verlopen: true }) },
    "TERMIJN.ESCALATIE": { actions: assign({ geescaleerd: true }) },
  },
  states: {
    // transient start state (the deadlines start in the machine's entry)
    registreren: {
      always: { target: "ontvangen" },
    },
    ontvangen: {
      on: {
        ...intrekken,
        ONTVANGST_BEVESTIGEN: {
          guard: "tijdstipGeldig",
          target: "ontvangst_bevestigd",
          actions: [
            assign({ ontvangstBevestigdOp: ({ event }) => event.op }),
            { type: "termijn.gehaald", params: { mijlpaal: MIJLPALEN.ontvangst } },
          ],
        },
      },
    },
    ontvangst_bevestigd: {
      on: {
        ...intrekken,
        BEHANDELAAR_TOEWIJZEN: {
          guard: "behandelaarGeldig",
          target: "in_behandeling",
          actions: ["zetBehandelaar", berichtBehandelaar],
        },
      },
    },
    in_behandeling: {
      on: {
        ...intrekken,
        BEHANDELAAR_TOEWIJZEN: onderzoekOn.BEHANDELAAR_TOEWIJZEN,
        INFORMEEL_OPGELOST: onderzoekOn.INFORMEEL_OPGELOST,
        NIET_IN_BEHANDELING: {
          guard: "grondGeldig",
          target: "niet_in_behandeling",
          actions: [
            assign({
              grond98: ({ event }) => event.grond as Grond98,
              grondToelichting: ({ event }) => event.toelichting.trim(),
            }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.afhandeling } },
            { type: "termijn.start", params: ({ context }) => ({ mijlpaal: MIJLPALEN.nietInBehandeling, startOp: context.ontvangenOp }) },
          ],
        },
        KOPIE_BEKLAAGDE: {
          guard: "kopieGeldig",
          target: "hoor_en_wederhoor",
          actions: assign({
            kopieBeklaagdeOp: ({ context, event }) => (context.beklaagden.length ? event.op : null),
            kopieNietMogelijk: ({ context, event }) => (context.beklaagden.length ? null : event.nietMogelijkReden?.trim() || null),
          }),
        },
      },
    },
    niet_in_behandeling: {
      on: {
        BERICHT_9_8_VERSTUURD: {
          guard: "tijdstipGeldig",
          target: "gesloten",
          actions: [
            assign({ bericht98Op: ({ event }) => event.op, afgeslotenOp: ({ event }) => event.op }),
            { type: "termijn.gehaald", params: { mijlpaal: MIJLPALEN.nietInBehandeling } },
          ],
        },
      },
    },
    hoor_en_wederhoor: {
      on: {
        ...onderzoekOn,
        ...intrekken,
        VERDAGEN: {
          guard: "verdagenGeldig",
          target: "verdaagd",
          actions: [
            assign({
              verdaagdWeken: ({ event }) => event.weken,
              verdaagdOp: ({ event }) => event.op,
              huidigeTermijnOp: ({ event }) => event.nieuwOp,
            }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPALEN.afhandeling } },
            {
              type: "termijn.start",
              params: ({ context, event }) => ({ mijlpaal: MIJLPALEN.verdaging, startOp: context.afhandelTermijnOp, termijnOp: event.nieuwOp }),
            },
          ],
        },
      },
    },
    verdaagd: {
      on: {
        ...onderzoekOn,
        ...intrekken,
        UITSTEL_MET_INSTEMMING: {
          guard: "uitstelGeldig",
          actions: [
            assign({
              uitstel: ({ context, event }) => [
                ...context.uitstel,
                { nieuwOp: event.nieuwOp, instemmingDatum: event.instemmingDatum, toelichting: event.toelichting.trim(), op: event.op },
              ],
              huidigeTermijnOp: ({ event }) => event.nieuwOp,
            }),
            { type: "termijn.verzet", params: ({ event }) => ({ mijlpaal: MIJLPALEN.verdaging, nieuwOp: event.nieuwOp }) },
          ],
        },
      },
    },
    informeel_opgelost: {
      on: {
        LES_VASTLEGGEN: { guard: "lesGeldig", target: "les", actions: assign({ les: ({ event }) => event.les.trim() }) },
        LES_OVERSLAAN: { guard: "lesOverslaanGeldig", target: "les", actions: assign({ lesOvergeslagen: ({ event }) => event.reden.trim() }) },
      },
    },
    afgehandeld: {
      on: {
        LES_VASTLEGGEN: { guard: "lesGeldig", target: "les", actions: assign({ les: ({ event }) => event.les.trim() }) },
        LES_OVERSLAAN: { guard: "lesOverslaanGeldig", target: "les", actions: assign({ lesOvergeslagen: ({ event }) => event.reden.trim() }) },
      },
    },
    les: {
      on: { SLUITEN: { guard: "tijdstipGeldig", target: "gesloten" } },
    },
    // withdrawn: final, nothing follows (the runtime also stops any deadline still running)
    ingetrokken: { type: "final" },
    gesloten: {
      on: {
        OMBUDSMAN_INGESCHAKELD: {
          guard: "nietAlIngeschakeld",
          actions: assign({ ombudsmanIngeschakeldOp: ({ event }) => event.op }),
        },
      },
    },
  },
});


export function statusVan(value: unknown): KlachtStatus {
  if (typeof value === "string") return value as KlachtStatus;
  throw new Error(`Onbekende toestand ${JSON.stringify(value)}`);
}
