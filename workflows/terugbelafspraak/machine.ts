/**
 * Terugbelafspraak (callback promise) — pure XState v5 machine.
 *
 *   beloofd ──POGING bereikt──────────────▶ nagekomen
 *      │  ──POGING geen_gehoor/voicemail──▶ beloofd (teller +1) … bij de N-de mislukte poging ▶ niet_bereikbaar
 *      │  ──POGING verkeerd_nummer────────▶ nummer_onjuist ──NUMMER_CORRIGEREN──▶ beloofd
 *      │                                        └──NIET_BEREIKBAAR {reden}────▶ niet_bereikbaar
 *      │  ──NIEUW_TIJDSTIP {op, reden}────▶ beloofd (termijn.verzet: op verzoek van de inwoner, geen overschrijding)
 *      │  ──HERTOEWIJZEN──────────────────▶ beloofd (nieuwe eigenaar of team)
 *      │  ──ANNULEREN {reden}─────────────▶ geannuleerd
 *      └  ──OMZETTEN_NAAR_OVERDRACHT──────▶ omgezet (de vraag leeft verder als warme overdracht)
 *
 * Keuze "verkeerd nummer": telt NIET als mislukte poging (dan zou de gemeente de inwoner op een fout nummer
 * "niet bereikbaar" verklaren). De afspraak wacht in `nummer_onjuist` op een gecorrigeerd nummer; lukt dat
 * niet, dan legt de medewerker bewust NIET_BEREIKBAAR vast met een reden. De termijn loopt door.
 *
 * "niet bereikbaar" rondt de termijn af als gehaald (de gemeente deed wat ze beloofde: ze probeerde het
 * binnen de termijn of legt vast dat het te laat was) en legt het terugvalbericht aan de inwoner vast in de
 * context; de eigenaar krijgt een bericht met die tekst om te versturen (e-mail/brief).
 *
 * Bijwerkingen zijn data (docs/architecture.md): termijn.start/gehaald/stop/verzet en bericht.
 * TERMIJN.* van de scheduler worden geaccepteerd zonder toestandswijziging.
 */
import { assign, setup } from "xstate";
import { melding } from "../melding";

export const SOORT = "terugbelafspraak" as const;
export const MIJLPAAL = "terugbellen" as const;
export const NORM_CODE = "TERUGBELLEN" as const;

export const UITKOMSTEN = ["bereikt", "geen_gehoor", "voicemail", "verkeerd_nummer"] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];
export const UITKOMST_TEKST: Record<Uitkomst, string> = {
  bereikt: "Bereikt",
  geen_gehoor: "Geen gehoor",
  voicemail: "Voicemail ingesproken",
  verkeerd_nummer: "Verkeerd nummer",
};

export const KANALEN = ["telefoon", "e-mail", "balie", "website", "post", "sociale media", "chat", "webformulier"] as const;
export type Kanaal = (typeof KANALEN)[number];

export type TerugbelStatus = "beloofd" | "nummer_onjuist" | "nagekomen" | "niet_bereikbaar" | "geannuleerd" | "omgezet";
export const STATUS_TEKST: Record<TerugbelStatus, string> = {
  beloofd: "Beloofd",
  nummer_onjuist: "Nummer onjuist",
  nagekomen: "Nagekomen",
  niet_bereikbaar: "Niet bereikbaar",
  geannuleerd: "Geannuleerd",
  omgezet: "Omgezet in warme overdracht",
};
export const EINDSTATUSSEN: readonly TerugbelStatus[] = ["nagekomen", "niet_bereikbaar", "geannuleerd", "omgezet"];

export interface Burger {
  /** null bij een anonieme inwoner */
  naam: string | null;
  /** E.164 */
  telefoon: string;
  email: string | null;
}

export interface Poging {
  op: number;
  door: string;
  uitkomst: Uitkomst;
  notitie: string;
}

export interface TerugbelInput {
  burger: Burger;
  vraag: string;
  kanaal: Kanaal;
  eigenaarId: string | null;
  teamId: number | null;
  normCode?: string;
  /** instelling terugbel_max_pogingen (standaard 3) */
  maxPogingen?: number;
  /** the citizen record (klantbeeld) this promise belongs to */
  burgerId?: string | null;
}

export interface TerugbelContext {
  burger: Burger;
  burgerId: string | null;
  vraag: string;
  kanaal: Kanaal;
  eigenaarId: string | null;
  teamId: number | null;
  normCode: string;
  maxPogingen: number;
  pogingen: Poging[];
  mislukt: number;
  /** nieuw tijdstip op verzoek van de inwoner */
  afgesprokenOp: number | null;
  afgesprokenReden: string | null;
  /** vorige nummers na correctie */
  oudeNummers: string[];
  terugvalBericht: string | null;
  annuleerReden: string | null;
  nietBereikbaarReden: string | null;
  overdrachtId: string | null;
  waarschuwing: boolean;
  verlopen: boolean;
  geescaleerd: boolean;
}

export type TerugbelEvent =
  | { type: "POGING"; uitkomst: Uitkomst; notitie: string; op: number; door: string }
  | { type: "NIEUW_TIJDSTIP"; op: number; reden: string }
  | { type: "HERTOEWIJZEN"; eigenaarId: string | null; teamId: number | null }
  | { type: "NUMMER_CORRIGEREN"; telefoon: string; burgerId?: string | null }
  | { type: "NIET_BEREIKBAAR"; reden: string }
  | { type: "ANNULEREN"; reden: string }
  | { type: "OMZETTEN_NAAR_OVERDRACHT"; overdrachtId: string }
  | { type: "TERMIJN.WAARSCHUWING"; mijlpaal?: string }
  | { type: "TERMIJN.VERLOPEN"; mijlpaal?: string }
  | { type: "TERMIJN.ESCALATIE"; mijlpaal?: string };

export type Ontvanger = "eigenaar" | "teamleider" | "regieteam" | { medewerkerId: string } | { teamId: number };

export const STANDAARD_MAX_POGINGEN = 3;

function naamVan(b: Burger): string {
  return b.naam ?? "de inwoner (anoniem)";
}

/** Het terugvalbericht aan de inwoner als die na de pogingen niet bereikbaar bleek. */
export function terugvalTekst(ctx: Pick<TerugbelContext, "burger" | "vraag">): string {
  const aanhef = ctx.burger.naam ? `Beste ${ctx.burger.naam},` : "Beste inwoner,";
  return (
    `${aanhef}\n\nU vroeg ons u terug te bellen over: "${ctx.vraag}". We hebben u meerdere keren geprobeerd te ` +
    `bellen, maar kregen u niet te pakken. Wilt u ons bellen via 14 020 (op werkdagen 08:30–17:00) of antwoorden ` +
    `op dit bericht? Noem dan uw vraag, dan helpen we u direct verder.\n\nMet vriendelijke groet,\nGemeente Voorbeeld`
  );
}

function isMislukt(u: Uitkomst): boolean {
  return u === "geen_gehoor" || u === "voicemail";
}

export const terugbelMachine = setup({
  types: {
    context: {} as TerugbelContext,
    events: {} as TerugbelEvent,
    input: {} as TerugbelInput,
  },
  actions: {
    // Data-only side effects; the runtime interprets type + params after transition().
    "termijn.start": (_, _p: { mijlpaal: string; normCode?: string; startOp?: number }) => {},
    "termijn.gehaald": (_, _p: { mijlpaal: string }) => {},
    "termijn.stop": (_, _p: { mijlpaal: string }) => {},
    "termijn.verzet": (_, _p: { mijlpaal: string; nieuwOp: number }) => {},
    bericht: (_, _p: { aan: Ontvanger; titel: string; tekst: string; urgent?: boolean }) => {},
  },
  guards: {
    bereikt: ({ event }) => event.type === "POGING" && event.uitkomst === "bereikt",
    verkeerdNummer: ({ event }) => event.type === "POGING" && event.uitkomst === "verkeerd_nummer",
    laatsteMislukte: ({ context, event }) =>
      event.type === "POGING" && isMislukt(event.uitkomst) && context.mislukt + 1 >= context.maxPogingen,
    mislukt: ({ event }) => event.type === "POGING" && isMislukt(event.uitkomst),
    heeftReden: ({ event }) =>
      (event.type === "ANNULEREN" || event.type === "NIET_BEREIKBAAR" || event.type === "NIEUW_TIJDSTIP") &&
      event.reden.trim().length > 0,
    geldigTijdstip: ({ event }) =>
      event.type === "NIEUW_TIJDSTIP" && Number.isFinite(event.op) && event.reden.trim().length > 0,
    heeftNieuweEigenaar: ({ context, event }) =>
      event.type === "HERTOEWIJZEN" &&
      (event.eigenaarId !== null || event.teamId !== null) &&
      (event.eigenaarId !== context.eigenaarId || event.teamId !== context.teamId),
    anderNummer: ({ context, event }) =>
      event.type === "NUMMER_CORRIGEREN" && /^\+[1-9]\d{4,15}$/.test(event.telefoon) && event.telefoon !== context.burger.telefoon,
  },
}).createMachine({
  id: SOORT,
  initial: "open",
  context: ({ input }) => ({
    burger: input.burger,
    burgerId: input.burgerId ?? null,
    vraag: input.vraag,
    kanaal: input.kanaal,
    eigenaarId: input.eigenaarId,
    teamId: input.teamId,
    normCode: input.normCode ?? NORM_CODE,
    maxPogingen: Math.max(1, Math.floor(input.maxPogingen ?? STANDAARD_MAX_POGINGEN)),
    pogingen: [],
    mislukt: 0,
    afgesprokenOp: null,
    afgesprokenReden: null,
    oudeNummers: [],
    terugvalBericht: null,
    annuleerReden: null,
    nietBereikbaarReden: null,
    overdrachtId: null,
    waarschuwing: false,
    verlopen: false,
    geescaleerd: false,
  }),
  entry: { type: "termijn.start", params: ({ context }) => ({ mijlpaal: MIJLPAAL, normCode: context.normCode }) },
  on: {
    "TERMIJN.WAARSCHUWING": { actions: assign({ waarschuwing: true }) },
    "TERMIJN.VERLOPEN": { actions: assign({ verlopen: true }) },
    "TERMIJN.ESCALATIE": { actions: assign({ geescaleerd: true }) },
  },
  states: {
    open: {
      initial: "beloofd",
      on: {
        HERTOEWIJZEN: {
          guard: "heeftNieuweEigenaar",
          actions: [
            assign({
              eigenaarId: ({ event }) => event.eigenaarId,
              teamId: ({ event }) => event.teamId,
            }),
            {
              type: "bericht",
              params: ({ event }) => ({
                aan: (event.eigenaarId ? { medewerkerId: event.eigenaarId } : { teamId: event.teamId ?? 0 }) as Ontvanger,
                titel: "Terugbelafspraak aan u toegewezen",
                tekst: "Er is een terugbelafspraak aan u (of uw team) toegewezen. U vindt hem in Mijn werk.",
              }),
            },
          ],
        },
        ANNULEREN: {
          guard: "heeftReden",
          target: "geannuleerd",
          actions: [
            assign({ annuleerReden: ({ event }) => event.reden.trim() }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPAAL } },
          ],
        },
        OMZETTEN_NAAR_OVERDRACHT: {
          target: "omgezet",
          actions: [
            assign({ overdrachtId: ({ event }) => event.overdrachtId }),
            { type: "termijn.stop", params: { mijlpaal: MIJLPAAL } },
          ],
        },
      },
      states: {
        beloofd: {
          on: {
            POGING: [
              {
                guard: "bereikt",
                target: "#terugbelafspraak.nagekomen",
                actions: [
                  assign({ pogingen: ({ context, event }) => [...context.pogingen, pogingVan(event)] }),
                  { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL } },
                ],
              },
              {
                guard: "verkeerdNummer",
                target: "nummer_onjuist",
                actions: assign({ pogingen: ({ context, event }) => [...context.pogingen, pogingVan(event)] }),
              },
              {
                guard: "laatsteMislukte",
                target: "#terugbelafspraak.niet_bereikbaar",
                actions: [
                  assign({
                    pogingen: ({ context, event }) => [...context.pogingen, pogingVan(event)],
                    mislukt: ({ context }) => context.mislukt + 1,
                    terugvalBericht: ({ context }) => terugvalTekst(context),
                    nietBereikbaarReden: ({ context }) => `${context.maxPogingen} pogingen zonder gehoor`,
                  }),
                  { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL } },
                  {
                    type: "bericht",
                    params: ({ context }) => ({
                      aan: "eigenaar" as const,
                      titel: "Inwoner niet bereikbaar: stuur het terugvalbericht",
                      tekst: berichtNietBereikbaar(context),
                    }),
                  },
                ],
              },
              {
                guard: "mislukt",
                actions: assign({
                  pogingen: ({ context, event }) => [...context.pogingen, pogingVan(event)],
                  mislukt: ({ context }) => context.mislukt + 1,
                }),
              },
            ],
            NIEUW_TIJDSTIP: {
              guard: "geldigTijdstip",
              actions: [
                assign({
                  afgesprokenOp: ({ event }) => event.op,
                  afgesprokenReden: ({ event }) => event.reden.trim(),
                }),
                { type: "termijn.verzet", params: ({ event }) => ({ mijlpaal: MIJLPAAL, nieuwOp: event.op }) },
              ],
            },
          },
        },
        nummer_onjuist: {
          on: {
            NUMMER_CORRIGEREN: {
              guard: "anderNummer",
              target: "beloofd",
              actions: assign({
                oudeNummers: ({ context }) => [...context.oudeNummers, context.burger.telefoon],
                burger: ({ context, event }) => ({ ...context.burger, telefoon: event.telefoon }),
                burgerId: ({ context, event }) => event.burgerId ?? context.burgerId,
              }),
            },
            NIET_BEREIKBAAR: {
              guard: "heeftReden",
              target: "#terugbelafspraak.niet_bereikbaar",
              actions: [
                assign({
                  nietBereikbaarReden: ({ event }) => event.reden.trim(),
                  terugvalBericht: ({ context }) => terugvalTekst(context),
                }),
                { type: "termijn.gehaald", params: { mijlpaal: MIJLPAAL } },
                {
                  type: "bericht",
                  params: ({ context }) => ({
                    aan: "eigenaar" as const,
                    titel: "Inwoner niet bereikbaar: stuur het terugvalbericht",
                    tekst: berichtNietBereikbaar(context),
                  }),
                },
              ],
            },
          },
        },
      },
    },
    nagekomen: { type: "final" },
    niet_bereikbaar: { type: "final" },
    geannuleerd: { type: "final" },
    omgezet: { type: "final" },
  },
});

function pogingVan(event: TerugbelEvent): Poging {
  if (event.type !== "POGING") throw new Error("geen poging");
  return { op: event.op, door: event.door, uitkomst: event.uitkomst, notitie: event.notitie.trim() };
}

function berichtNietBereikbaar(ctx: TerugbelContext): string {
  const kanaal = ctx.burger.email ? `per e-mail aan ${ctx.burger.email}` : "per brief of sms";
  return (
    `${naamVan(ctx.burger)} was niet bereikbaar (${ctx.nietBereikbaarReden ?? "geen gehoor"}). ` +
    `Stuur dit terugvalbericht ${kanaal}:\n\n${ctx.terugvalBericht ?? terugvalTekst(ctx)}`
  );
}

/** The flat status of a (persisted) snapshot value: { open: "beloofd" } → "beloofd". */
export function statusVan(value: unknown): TerugbelStatus {
  if (typeof value === "string") return value as TerugbelStatus;
  if (value && typeof value === "object" && "open" in value) return (value as { open: TerugbelStatus }).open;
  throw new Error(`Onbekende toestand ${JSON.stringify(value)}`);
}

/** Minimal view of a snapshot, so `weigering` works on any persisted snapshot. */
interface SnapshotLike {
  value: unknown;
  status?: string;
  context: TerugbelContext;
}

/**
 * Why an event is refused in this snapshot, as a dictionary key with values (engine:weigering.terugbel.*, worded
 * by vertaalMelding in the page's language); null when it would be accepted. Used by the runtime (workflow
 * definition `weigering`) when `transition()` does not change anything.
 */
export function weigeringSleutel(snapshot: SnapshotLike, event: TerugbelEvent): string | null {
  const status = statusVan(snapshot.value);
  const ctx = snapshot.context;
  const w = (k: string) => `engine:weigering.terugbel.${k}`;
  if (event.type.startsWith("TERMIJN.")) return null;
  if (EINDSTATUSSEN.includes(status)) return melding(w("afgesloten"), { status: w(`status.${status}`) });
  switch (event.type) {
    case "POGING":
      if (status === "nummer_onjuist") return w("nummerOnjuist");
      if (!UITKOMSTEN.includes(event.uitkomst)) return w("uitkomst");
      return null;
    case "NIEUW_TIJDSTIP":
      if (status !== "beloofd") return w("tijdstipAlleenLopend");
      if (!Number.isFinite(event.op)) return w("tijdstipOngeldig");
      if (!event.reden.trim()) return w("tijdstipReden");
      return null;
    case "HERTOEWIJZEN":
      if (event.eigenaarId === null && event.teamId === null) return w("collegaOfTeam");
      if (event.eigenaarId === ctx.eigenaarId && event.teamId === ctx.teamId) return w("alToegewezen");
      return null;
    case "NUMMER_CORRIGEREN":
      if (status !== "nummer_onjuist") return w("nummerAlleenNaVerkeerd");
      if (event.telefoon === ctx.burger.telefoon) return w("zelfdeNummer");
      return null;
    case "NIET_BEREIKBAAR":
      if (status !== "nummer_onjuist") return w("nietBereikbaarVanzelf");
      if (!event.reden.trim()) return w("nietBereikbaarReden");
      return null;
    case "ANNULEREN":
      if (!event.reden.trim()) return w("annuleerReden");
      return null;
    case "OMZETTEN_NAAR_OVERDRACHT":
      return null;
  }
  return null;
}


/** Which user actions make sense now (for showing only the allowed forms). */
export function toegestaneActies(status: TerugbelStatus): ("poging" | "tijdstip" | "toewijzen" | "nummer" | "niet_bereikbaar" | "annuleren" | "overdracht")[] {
  if (status === "beloofd") return ["poging", "tijdstip", "toewijzen", "annuleren", "overdracht"];
  if (status === "nummer_onjuist") return ["nummer", "niet_bereikbaar", "toewijzen", "annuleren", "overdracht"];
  return [];
}
