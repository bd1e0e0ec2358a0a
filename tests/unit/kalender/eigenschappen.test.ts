/**
 * Eigenschappen (fast-check) van de termijnberekening, en overeenstemming met de trage referentie
 * (tests/unit/kalender/referentie.ts: dag-voor-dag, Intl, date-holidays) voor willekeurige invoer 2000–2100.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  STANDAARD_KALENDER_CONFIG,
  berekenTermijn,
  berekenWaarschuwing,
  formatIso,
  gepauzeerdeTijd,
  instantVanLokaal,
  maakKalenders,
  normaliseerConfig,
  verlengMetPauze,
  type KalenderConfig,
  type TermijnEenheid,
  type TermijnNorm,
} from "../../../app/domain/kalender/index";
import { RefAtw, RefOrganisatie, lokaal, refTermijn } from "./referentie";

// Drie configuraties: de standaard, een met deeldagen/sluitingsdagen/zaterdagopening en andere vlaggen,
// en een met zondagse kantoortijd die over de zomertijdsprong heen loopt.
const deeldagen = [];
const sluitingsdagen = [];
for (let j = 2000; j <= 2101; j++) {
  deeldagen.push({ datum: `${j}-12-24`, sluit: "12:00" }, { datum: `${j}-12-31`, sluit: "12:00" });
  deeldagen.push({ datum: `${j}-06-${String(1 + (j % 28)).padStart(2, "0")}`, sluit: "08:00" }); // sluit bij opening = dicht
  sluitingsdagen.push({ datum: `${j}-0${1 + (j % 9)}-1${j % 10}`, omschrijving: "Sluitingsdag" });
}
const CONFIGS: Record<string, KalenderConfig> = {
  standaard: normaliseerConfig(STANDAARD_KALENDER_CONFIG),
  uitgebreid: normaliseerConfig({
    kantooruren: {
      1: { open: "08:00", sluit: "17:30" },
      2: { open: "08:00", sluit: "17:30" },
      3: { open: "08:00", sluit: "12:30" },
      4: { open: "08:00", sluit: "20:00" },
      5: { open: "08:00", sluit: "16:00" },
      6: { open: "09:00", sluit: "12:00" },
      7: null,
    },
    deeldagen,
    sluitingsdagen,
    goedeVrijdagVrij: true,
    bevrijdingsdagVrij: false,
    vrijeFeestdagen: ["nieuwjaarsdag", "tweedePaasdag", "koningsdag", "hemelvaartsdag", "eersteKerstdag", "tweedeKerstdag"],
    gelijkgesteldeDagen: [],
    atwArtikel2: true,
    atwArtikel4: false,
  }),
  nacht: normaliseerConfig({
    kantooruren: {
      1: { open: "00:00", sluit: "24:00" },
      2: { open: "07:00", sluit: "19:00" },
      3: { open: "07:00", sluit: "19:00" },
      4: { open: "07:00", sluit: "19:00" },
      5: { open: "07:00", sluit: "19:00" },
      6: null,
      7: { open: "01:00", sluit: "04:00" },
    },
    atwArtikel2: false,
  }),
};
const KALENDERS = Object.fromEntries(Object.entries(CONFIGS).map(([naam, c]) => [naam, maakKalenders(c)]));

const T2000 = instantVanLokaal(2000, 1, 1);
const T2100 = instantVanLokaal(2100, 12, 1);
const MS_UUR = 3_600_000;

// Starts: willekeurige instants, en lokale dagen met randtijden (opening, sluiting, middernacht, DST-uur).
const randTijden = ["00:00", "01:30", "02:30", "07:00", "08:29", "08:30", "12:00", "16:59", "17:00", "17:01", "19:00", "23:59"];
const startArb = fc.oneof(
  fc.integer({ min: T2000, max: T2100 }),
  fc
    .tuple(fc.integer({ min: 0, max: 36_500 }), fc.constantFrom(...randTijden))
    .map(([d, hhmm]) => {
      const datum = new Date(Date.UTC(2000, 0, 1 + d));
      const [u, m] = hhmm.split(":").map(Number) as [number, number];
      return instantVanLokaal(datum.getUTCFullYear(), datum.getUTCMonth() + 1, datum.getUTCDate(), u, m);
    }),
  // rond Kerst/jaarwisseling en de zomertijdwissels
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom([3, 25], [3, 28], [10, 22], [10, 27], [12, 22], [12, 30]), fc.integer({ min: 0, max: 4 * 24 * 60 - 1 }))
    .map(([j, [m, d], min]) => instantVanLokaal(j, m, d) + min * 60_000),
);

const configArb = fc.constantFrom(...Object.keys(CONFIGS));

const normArb: fc.Arbitrary<TermijnNorm> = fc.oneof(
  fc.record({ duur: fc.integer({ min: 0, max: 30 }), eenheid: fc.constant<TermijnEenheid>("werkdagen"), kalender: fc.constantFrom("organisatie" as const, "atw" as const) }),
  fc.record({ duur: fc.integer({ min: 0, max: 80 }), eenheid: fc.constant<TermijnEenheid>("werkuren"), kalender: fc.constant("organisatie" as const) }),
  fc.record({ duur: fc.integer({ min: 0, max: 120 }), eenheid: fc.constant<TermijnEenheid>("kalenderdagen"), kalender: fc.constantFrom("organisatie" as const, "atw" as const) }),
  fc.record({ duur: fc.integer({ min: 0, max: 16 }), eenheid: fc.constant<TermijnEenheid>("weken"), kalender: fc.constantFrom("organisatie" as const, "atw" as const) }),
  fc.record({ duur: fc.integer({ min: 0, max: 5000 }), eenheid: fc.constant<TermijnEenheid>("minuten"), kalender: fc.constantFrom("organisatie" as const, "atw" as const) }),
);

/** KALENDER_PBT_FACTOR=50 npx vitest run tests/unit/kalender — voor een diepere (langzamere) controle. */
const FACTOR = Number(process.env.KALENDER_PBT_FACTOR ?? 1);
const RUNS = 400 * FACTOR;

describe("overeenstemming met de trage referentie (2000–2100)", { timeout: 30_000 * FACTOR }, () => {
  it("berekenTermijn = refTermijn voor willekeurige configuratie, start en norm", () => {
    fc.assert(
      fc.property(configArb, startArb, normArb, (naam, start, norm) => {
        const verwacht = refTermijn(CONFIGS[naam]!, start, norm);
        const echt = berekenTermijn(KALENDERS[naam]!, start, norm);
        expect(formatIso(echt)).toBe(formatIso(verwacht));
      }),
      { numRuns: 1500 * FACTOR },
    );
  });

  it("werktijdTussen = dag-voor-dag optelling", () => {
    fc.assert(
      fc.property(configArb, startArb, fc.integer({ min: 0, max: 20 * 86_400_000 }), (naam, a, lengte) => {
        const ref = new RefOrganisatie(CONFIGS[naam]!);
        expect(KALENDERS[naam]!.organisatie.werktijdTussen(a, a + lengte)).toBe(ref.werktijdTussen(a, a + lengte));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("eigenschappen", { timeout: 30_000 * FACTOR }, () => {
  it("uiterste moment ≥ start", () => {
    fc.assert(
      fc.property(configArb, startArb, normArb, (naam, start, norm) => {
        expect(berekenTermijn(KALENDERS[naam]!, start, norm)).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: RUNS },
    );
  });

  it("werkdagen (organisatie): altijd op een werkdag, precies op de sluitingstijd", () => {
    fc.assert(
      fc.property(configArb, startArb, fc.integer({ min: 0, max: 40 }), (naam, start, n) => {
        const due = berekenTermijn(KALENDERS[naam]!, start, { duur: n, eenheid: "werkdagen", kalender: "organisatie" });
        const uren = new RefOrganisatie(CONFIGS[naam]!).uren(lokaal(due - 1).datum);
        expect(uren).not.toBeNull();
        expect(due).toBe(uren![1]);
      }),
      { numRuns: RUNS },
    );
  });

  it("Atw-termijnen eindigen nooit op een zaterdag, zondag, feestdag of gelijkgestelde dag, en om 23:59:59", () => {
    fc.assert(
      fc.property(
        configArb,
        startArb,
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom("kalenderdagen" as const, "weken" as const, "werkdagen" as const),
        (naam, start, n, eenheid) => {
          const duur = eenheid === "weken" ? Math.min(n, 12) : n;
          const due = berekenTermijn(KALENDERS[naam]!, start, { duur, eenheid, kalender: "atw" });
          const l = lokaal(due);
          expect(new RefAtw(CONFIGS[naam]!).isNietDag(l.datum)).toBe(false);
          expect([l.uur, l.minuut, l.seconde]).toEqual([23, 59, 59]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("monotoon in N (Atw: tot de grens van art. 4)", () => {
    fc.assert(
      fc.property(configArb, startArb, normArb, (naam, start, norm) => {
        const grens = norm.kalender === "atw" && CONFIGS[naam]!.atwArtikel4 ? (norm.eenheid === "weken" ? 12 : 90) : Infinity;
        fc.pre(norm.duur + 1 <= grens);
        const k = KALENDERS[naam]!;
        expect(berekenTermijn(k, start, { ...norm, duur: norm.duur + 1 })).toBeGreaterThanOrEqual(berekenTermijn(k, start, norm));
      }),
      { numRuns: RUNS },
    );
  });

  it("Atw art. 4 maakt de uitkomst rond 12 weken / 90 dagen niet-monotoon (bewust, zo staat het in de wet)", () => {
    const k = maakKalenders();
    const start = instantVanLokaal(2025, 12, 28); // zondag; +12 weken = za 21 maart → ma 23 maart
    const twaalf = berekenTermijn(k, start, { duur: 12, eenheid: "weken", kalender: "atw" });
    const dertien = berekenTermijn(k, start, { duur: 13, eenheid: "weken", kalender: "atw" });
    expect(formatIso(twaalf)).toBe("2026-03-23T23:59:59+01:00");
    expect(formatIso(dertien)).toBe("2026-03-29T23:59:59+02:00");
    const s2 = instantVanLokaal(2026, 1, 2); // +90 dagen = vr 2 april, +91 = za 3 april (geen verlenging)
    const negentig = berekenTermijn(k, s2, { duur: 90, eenheid: "kalenderdagen", kalender: "atw" });
    const eenennegentig = berekenTermijn(k, s2, { duur: 91, eenheid: "kalenderdagen", kalender: "atw" });
    expect(formatIso(negentig)).toBe("2026-04-02T23:59:59+02:00");
    expect(formatIso(eenennegentig)).toBe("2026-04-03T23:59:59+02:00");
  });

  it("monotoon in de start", () => {
    fc.assert(
      fc.property(configArb, startArb, fc.integer({ min: 0, max: 10 * 86_400_000 }), normArb, (naam, a, delta, norm) => {
        const k = KALENDERS[naam]!;
        expect(berekenTermijn(k, a + delta, norm)).toBeGreaterThanOrEqual(berekenTermijn(k, a, norm));
      }),
      { numRuns: RUNS },
    );
  });

  it("werkuren(N) terugtellen geeft precies N uur kantoortijd", () => {
    fc.assert(
      fc.property(configArb, startArb, fc.integer({ min: 1, max: 200 }), (naam, start, n) => {
        const k = KALENDERS[naam]!;
        const due = berekenTermijn(k, start, { duur: n, eenheid: "werkuren", kalender: "organisatie" });
        expect(k.organisatie.werktijdTussen(start, due)).toBe(n * MS_UUR);
        expect(k.organisatie.isOpen(due - 1)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("pauze verlengt ≥ 0, precies met de gepauzeerde tijd, en pauzes stapelen", () => {
    fc.assert(
      fc.property(
        configArb,
        startArb,
        normArb,
        fc.integer({ min: 0, max: 5 * 86_400_000 }),
        fc.integer({ min: 0, max: 5 * 86_400_000 }),
        (naam, start, norm, p1, p2) => {
          const k = KALENDERS[naam]!;
          const due = berekenTermijn(k, start, norm);
          const een = verlengMetPauze(k, due, start, start + p1, norm);
          expect(een).toBeGreaterThanOrEqual(due);
          const eigen = norm.eenheid === "werkuren" || norm.eenheid === "werkdagen";
          if (eigen) {
            const kal = norm.kalender === "atw" ? k.atw : k.organisatie;
            expect(kal.werktijdTussen(due, een)).toBe(gepauzeerdeTijd(k, start, start + p1, norm));
          } else {
            expect(een - due).toBe(p1);
          }
          const twee = verlengMetPauze(k, een, start + p1, start + p1 + p2, norm);
          const inEens = verlengMetPauze(k, due, start, start + p1 + p2, norm);
          expect(twee).toBe(inEens);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("waarschuwing ligt tussen start en uiterste moment en is monotoon in het percentage", () => {
    fc.assert(
      fc.property(configArb, startArb, normArb, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (naam, start, norm, p, q) => {
        const k = KALENDERS[naam]!;
        const due = berekenTermijn(k, start, norm);
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        const wLo = berekenWaarschuwing(k, start, due, norm, lo);
        const wHi = berekenWaarschuwing(k, start, due, norm, hi);
        expect(wLo).toBeGreaterThanOrEqual(start);
        expect(wHi).toBeLessThanOrEqual(due);
        expect(wHi).toBeGreaterThanOrEqual(wLo);
      }),
      { numRuns: RUNS },
    );
  });
});
