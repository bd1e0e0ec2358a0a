/**
 * Uitgewerkte voorbeelden (ook in docs/deadlines.md): elke regel is een echte termijn met de verwachte
 * uitkomst als ISO 8601 met Amsterdamse offset.
 */
import { describe, expect, it } from "vitest";
import {
  STANDAARD_KALENDER_CONFIG,
  TermijnFout,
  formatDatumTijd,
  formatKort,
  formatRelatief,
  berekenTermijn,
  berekenWaarschuwing,
  formatIso,
  maakKalenders,
  parseTijdstip,
  verklaarTermijn,
  verlengMetPauze,
  type KalenderConfig,
  type TermijnNorm,
} from "../../../app/domain/kalender/index";

const standaard = maakKalenders();
const metDeeldagen = maakKalenders({
  deeldagen: [
    { datum: "2026-12-24", sluit: "12:00", omschrijving: "Kerstavond" },
    { datum: "2026-12-31", sluit: "12:00", omschrijving: "Oudejaarsdag" },
  ],
});

const wd = (duur: number): TermijnNorm => ({ duur, eenheid: "werkdagen", kalender: "organisatie" });
const wu = (duur: number): TermijnNorm => ({ duur, eenheid: "werkuren", kalender: "organisatie" });
const dagenAtw = (duur: number): TermijnNorm => ({ duur, eenheid: "kalenderdagen", kalender: "atw" });
const wekenAtw = (duur: number): TermijnNorm => ({ duur, eenheid: "weken", kalender: "atw" });
const dagenOrg = (duur: number): TermijnNorm => ({ duur, eenheid: "kalenderdagen", kalender: "organisatie" });
const wekenOrg = (duur: number): TermijnNorm => ({ duur, eenheid: "weken", kalender: "organisatie" });

type Geval = [omschrijving: string, kalenders: ReturnType<typeof maakKalenders>, start: string, norm: TermijnNorm, verwacht: string];

const gevallen: Geval[] = [
  // product.md: vrijdag 16:45 + 1 werkdag
  ["vr 16:45 + 1 werkdag → ma 17:00", standaard, "2026-11-20T16:45", wd(1), "2026-11-23T17:00:00+01:00"],
  ["… en di 17:00 als maandag een feestdag is (Koningsdag 2026)", standaard, "2026-04-24T16:45", wd(1), "2026-04-28T17:00:00+02:00"],
  ["Goede Vrijdag is een werkdag; Tweede Paasdag niet", standaard, "2026-04-03T16:45", wd(1), "2026-04-07T17:00:00+02:00"],
  ["start op zaterdag: eerste werkdag ná de startdatum", standaard, "2026-11-21T10:00", wd(1), "2026-11-23T17:00:00+01:00"],
  ["start op zondag", standaard, "2026-11-22T23:59", wd(1), "2026-11-23T17:00:00+01:00"],
  ["start vóór opening telt niet als eigen dag", standaard, "2026-11-23T07:00", wd(1), "2026-11-24T17:00:00+01:00"],
  ["2 werkdagen", standaard, "2026-11-23T09:00", wd(2), "2026-11-25T17:00:00+01:00"],
  ["5 werkdagen over Hemelvaart", standaard, "2026-05-11T09:00", wd(5), "2026-05-19T17:00:00+02:00"],
  ["0 werkdagen vóór sluiting → vandaag", standaard, "2026-11-23T10:00", wd(0), "2026-11-23T17:00:00+01:00"],
  ["0 werkdagen om 17:00 → volgende werkdag", standaard, "2026-11-23T17:00", wd(0), "2026-11-24T17:00:00+01:00"],
  ["0 werkdagen op zaterdag → maandag", standaard, "2026-11-21T10:00", wd(0), "2026-11-23T17:00:00+01:00"],
  ["5 mei is vrij (Cao Gemeenten)", standaard, "2026-05-04T10:00", wd(1), "2026-05-06T17:00:00+02:00"],
  [
    "5 mei niet vrij als bevrijdingsdagVrij = false",
    maakKalenders({ bevrijdingsdagVrij: false }),
    "2026-05-04T10:00",
    wd(1),
    "2026-05-05T17:00:00+02:00",
  ],
  [
    "5 mei 2016 was ook Hemelvaartsdag: vrij, ook zonder bevrijdingsdagVrij",
    maakKalenders({ bevrijdingsdagVrij: false }),
    "2016-05-04T10:00",
    wd(1),
    "2016-05-06T17:00:00+02:00",
  ],
  ["Goede Vrijdag werkdag (standaard)", standaard, "2026-04-02T10:00", wd(1), "2026-04-03T17:00:00+02:00"],
  [
    "Goede Vrijdag vrij als goedeVrijdagVrij = true",
    maakKalenders({ goedeVrijdagVrij: true }),
    "2026-04-02T10:00",
    wd(1),
    "2026-04-07T17:00:00+02:00",
  ],
  ["gelijkgestelde dag (2 jan 2026) is gewoon een werkdag", standaard, "2025-12-31T10:00", wd(1), "2026-01-02T17:00:00+01:00"],
  ["jaarwisseling: 31 dec + 1 werkdag → 4 jan", standaard, "2026-12-31T10:00", wd(1), "2027-01-04T17:00:00+01:00"],
  ["deeldag: 30 dec + 1 werkdag → 31 dec 12:00", metDeeldagen, "2026-12-30T10:00", wd(1), "2026-12-31T12:00:00+01:00"],
  ["deeldag: 23 dec + 1 werkdag → 24 dec 12:00", metDeeldagen, "2026-12-23T14:00", wd(1), "2026-12-24T12:00:00+01:00"],
  ["deeldag: 0 werkdagen na de vroege sluiting → maandag", metDeeldagen, "2026-12-24T13:00", wd(0), "2026-12-28T17:00:00+01:00"],
  [
    "sluitingsdag wordt overgeslagen",
    maakKalenders({ sluitingsdagen: [{ datum: "2026-11-23", omschrijving: "Personeelsdag" }] }),
    "2026-11-20T16:45",
    wd(1),
    "2026-11-24T17:00:00+01:00",
  ],

  // werkuren
  ["4 werkuren vanaf vr 15:00 → ma 10:30", standaard, "2026-11-20T15:00", wu(4), "2026-11-23T10:30:00+01:00"],
  ["precies tot sluiting blijft sluitingstijd", standaard, "2026-11-20T15:00", wu(2), "2026-11-20T17:00:00+01:00"],
  ["buiten kantoortijd: vanaf de volgende opening", standaard, "2026-11-20T18:00", wu(1), "2026-11-23T09:30:00+01:00"],
  ["vóór opening: vanaf de opening", standaard, "2026-11-23T06:00", wu(1), "2026-11-23T09:30:00+01:00"],
  ["werkuren over Koningsdag", standaard, "2026-04-24T16:45", wu(4), "2026-04-28T12:15:00+02:00"],
  ["werkuren over de zomertijdwissel (maart)", standaard, "2026-03-27T15:00", wu(4), "2026-03-30T10:30:00+02:00"],
  ["werkuren over de wintertijdwissel (oktober)", standaard, "2026-10-23T16:00", wu(2), "2026-10-26T09:30:00+01:00"],
  ["werkuren op een deeldag en over Kerst", metDeeldagen, "2026-12-24T11:00", wu(2), "2026-12-28T09:30:00+01:00"],
  ["werkuren over de jaarwisseling met deeldag", metDeeldagen, "2026-12-31T11:00", wu(2), "2027-01-04T09:30:00+01:00"],
  ["17 werkuren = 2 volle dagen", standaard, "2026-11-23T08:30", wu(17), "2026-11-24T17:00:00+01:00"],
  ["0 werkuren binnen kantoortijd = start", standaard, "2026-11-23T10:00", wu(0), "2026-11-23T10:00:00+01:00"],
  ["0 werkuren buiten kantoortijd = volgende opening", standaard, "2026-11-23T17:00", wu(0), "2026-11-24T08:30:00+01:00"],

  // minuten
  ["90 minuten", standaard, "2026-11-20T16:45", { duur: 90, eenheid: "minuten", kalender: "organisatie" }, "2026-11-20T18:15:00+01:00"],
  [
    "60 minuten over de zomertijdwissel",
    standaard,
    "2026-03-29T01:30",
    { duur: 60, eenheid: "minuten", kalender: "atw" },
    "2026-03-29T03:30:00+02:00",
  ],

  // Atw
  ["domain.md: 6 weken na do 13 nov 2025 → ma 29 dec 2025", standaard, "2025-11-13T10:00", wekenAtw(6), "2025-12-29T23:59:59+01:00"],
  ["Atw: gewone dag eindigt 23:59:59 (+01:00)", standaard, "2026-11-19T10:00", dagenAtw(1), "2026-11-20T23:59:59+01:00"],
  ["Atw: zomertijd eindigt 23:59:59+02:00", standaard, "2026-06-01T10:00", dagenAtw(3), "2026-06-04T23:59:59+02:00"],
  ["Atw: start op zondag telt vanaf de startdatum", standaard, "2026-11-22T12:00", dagenAtw(1), "2026-11-23T23:59:59+01:00"],
  ["Atw: zaterdag → maandag (winter)", standaard, "2026-03-20T10:00", dagenAtw(1), "2026-03-23T23:59:59+01:00"],
  ["Atw: zaterdag → maandag na de zomertijdwissel", standaard, "2026-03-26T10:00", dagenAtw(2), "2026-03-30T23:59:59+02:00"],
  ["Atw: vrijdag vóór de wintertijdwissel (+02:00)", standaard, "2026-10-22T10:00", dagenAtw(1), "2026-10-23T23:59:59+02:00"],
  ["Atw: zaterdag → maandag na de wintertijdwissel (+01:00)", standaard, "2026-10-22T10:00", dagenAtw(2), "2026-10-26T23:59:59+01:00"],
  ["Atw: Koningsdag (ma 27 april 2026)", standaard, "2026-04-20T10:00", wekenAtw(1), "2026-04-28T23:59:59+02:00"],
  ["Atw: Goede Vrijdag, Pasen → di 7 april 2026", standaard, "2026-03-27T10:00", wekenAtw(1), "2026-04-07T23:59:59+02:00"],
  ["Atw: 5 mei elk jaar, ook als de organisatie werkt", maakKalenders({ bevrijdingsdagVrij: false }), "2026-04-28T10:00", wekenAtw(1), "2026-05-06T23:59:59+02:00"],
  ["Atw: gelijkgestelde dag 2 jan 2026", standaard, "2025-12-31T10:00", dagenAtw(2), "2026-01-05T23:59:59+01:00"],
  ["Atw: 1 jan 2026 → 2 jan (gelijkgesteld) → ma 5 jan", standaard, "2025-12-31T10:00", dagenAtw(1), "2026-01-05T23:59:59+01:00"],
  ["Atw: zonder gelijkgestelde dagen blijft 2 jan", maakKalenders({ gelijkgesteldeDagen: [] }), "2025-12-31T10:00", dagenAtw(2), "2026-01-02T23:59:59+01:00"],
  ["Atw: vrijdag na Hemelvaart 2026 (gelijkgesteld)", standaard, "2026-05-08T10:00", wekenAtw(1), "2026-05-18T23:59:59+02:00"],
  ["Atw: jaareinde, 31 dec is een gewone dag", standaard, "2025-12-24T10:00", wekenAtw(1), "2025-12-31T23:59:59+01:00"],
  ["Atw: Nieuwjaarsdag 2027 (vrijdag) → ma 4 jan", standaard, "2026-12-30T10:00", dagenAtw(2), "2027-01-04T23:59:59+01:00"],
  ["Atw art. 2: 3 dagen vanaf do 24 dec 2026 → di 29 dec", standaard, "2026-12-24T10:00", dagenAtw(3), "2026-12-29T23:59:59+01:00"],
  ["… zonder art. 2 → ma 28 dec", maakKalenders({ atwArtikel2: false }), "2026-12-24T10:00", dagenAtw(3), "2026-12-28T23:59:59+01:00"],
  ["Atw art. 4: 13 weken eindigt op zondag 29 maart 2026 (dag van 23 uur)", standaard, "2025-12-28T10:00", wekenAtw(13), "2026-03-29T23:59:59+02:00"],
  ["… zonder art. 4 → ma 30 maart", maakKalenders({ atwArtikel4: false }), "2025-12-28T10:00", wekenAtw(13), "2026-03-30T23:59:59+02:00"],
  ["Atw art. 4: 12 weken wordt nog verlengd", standaard, "2026-01-03T10:00", wekenAtw(12), "2026-03-30T23:59:59+02:00"],
  ["Atw: 0 dagen op een werkdag = einde van die dag", standaard, "2026-11-23T10:00", dagenAtw(0), "2026-11-23T23:59:59+01:00"],
  ["Atw: 0 dagen, start in de laatste seconde → volgende werkdag", standaard, "2026-11-20T23:59:59.5", dagenAtw(0), "2026-11-23T23:59:59+01:00"],
  ["Atw: werkdagen tellen Atw-dagen", standaard, "2025-12-31T10:00", { duur: 2, eenheid: "werkdagen", kalender: "atw" }, "2026-01-06T23:59:59+01:00"],

  // kalenderdagen / weken op de organisatiekalender
  ["org: 3 kalenderdagen op zondag → ma 17:00", standaard, "2026-11-19T10:00", dagenOrg(3), "2026-11-23T17:00:00+01:00"],
  ["org: 2 weken → ma 17:00", standaard, "2026-04-20T10:00", wekenOrg(2), "2026-05-04T17:00:00+02:00"],
  ["org: 2 weken op 5 mei → wo 6 mei", standaard, "2026-04-21T10:00", wekenOrg(2), "2026-05-06T17:00:00+02:00"],
  ["org: 1 kalenderdag naar een deeldag", metDeeldagen, "2026-12-23T10:00", dagenOrg(1), "2026-12-24T12:00:00+01:00"],
];

describe("uitgewerkte voorbeelden", () => {
  it.each(gevallen)("%s", (_o, k, start, norm, verwacht) => {
    expect(formatIso(berekenTermijn(k, parseTijdstip(start), norm))).toBe(verwacht);
  });
});

describe("uitleg", () => {
  it("6 weken Atw noemt de kerstdagen en het weekend", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2025-11-13T10:00"), wekenAtw(6))).toBe(
      "6 weken na ontvangst op do 13 november 2025 = do 25 december, Eerste Kerstdag; daarna Tweede Kerstdag " +
        "en het weekend → ma 29 december, einde van de dag (23:59:59)",
    );
  });

  it("1 werkdag vanaf vrijdag 16:45", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2026-11-20T16:45"), wd(1))).toBe(
      "1 werkdag na vr 20 november 2026 16:45 → ma 23 november 2026 17:00 (sluitingstijd)",
    );
  });

  it("noemt een overgeslagen feestdag", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2026-04-24T16:45"), wd(1))).toBe(
      "1 werkdag na vr 24 april 2026 16:45 → di 28 april 2026 17:00 (sluitingstijd); overgeslagen: Koningsdag (ma 27 april)",
    );
  });

  it("noemt Atw art. 2", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2026-12-24T10:00"), dagenAtw(3))).toBe(
      "3 kalenderdagen na ontvangst op do 24 december 2026 = zo 27 december, een zondag → ma 28 december; " +
        "de termijn moet minstens twee werkdagen bevatten (Atw art. 2) → di 29 december, einde van de dag (23:59:59)",
    );
  });

  it("noemt een gelijkgestelde dag", () => {
    const tekst = verklaarTermijn(standaard, parseTijdstip("2025-12-31T10:00"), dagenAtw(1));
    expect(tekst).toBe(
      "1 kalenderdag na ontvangst op wo 31 december 2025 = do 1 januari 2026, Nieuwjaarsdag; daarna " +
        "Vrijdag na Nieuwjaarsdag (Besluit gelijkstelling 2026–2028) (gelijkgestelde dag) en het weekend " +
        "→ ma 5 januari 2026, einde van de dag (23:59:59)",
    );
  });

  it("Goede Vrijdag en Pasen op de Atw-kalender", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2026-03-27T10:00"), wekenAtw(1))).toBe(
      "1 week na ontvangst op vr 27 maart 2026 = vr 3 april, Goede Vrijdag; daarna zaterdag, Eerste Paasdag " +
        "en Tweede Paasdag → di 7 april, einde van de dag (23:59:59)",
    );
  });

  it("werkuren buiten kantoortijd en deeldag", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2026-11-20T18:00"), wu(1))).toBe(
      "1 werkuur kantoortijd vanaf vr 20 november 2026 18:00 (buiten kantoortijd; de telling begint bij de " +
        "opening op ma 23 november 2026 08:30) → ma 23 november 2026 09:30",
    );
    expect(verklaarTermijn(metDeeldagen, parseTijdstip("2026-12-23T14:00"), wd(1))).toBe(
      "1 werkdag na wo 23 december 2026 14:00 → do 24 december 2026 12:00 (sluitingstijd; verkorte dag: Kerstavond)",
    );
  });

  it("kalenderdagen op de organisatiekalender", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2026-11-19T10:00"), dagenOrg(3))).toBe(
      "3 kalenderdagen na do 19 november 2026 = zo 22 november, een zondag → ma 23 november, 17:00 (sluitingstijd)",
    );
  });

  it("Atw art. 4", () => {
    expect(verklaarTermijn(standaard, parseTijdstip("2025-12-28T10:00"), wekenAtw(13))).toBe(
      "13 weken na ontvangst op zo 28 december 2025 = zo 29 maart 2026; langer dan 12 weken, dus geen " +
        "verlenging (Atw art. 4), einde van de dag (23:59:59)",
    );
  });
});

describe("waarschuwing", () => {
  const start = parseTijdstip("2026-11-20T15:00");
  const due = berekenTermijn(standaard, start, wu(4));

  it("werkuren: gemeten in kantoortijd", () => {
    expect(formatIso(due)).toBe("2026-11-23T10:30:00+01:00");
    expect(formatIso(berekenWaarschuwing(standaard, start, due, wu(4), 50))).toBe("2026-11-20T17:00:00+01:00");
    expect(formatIso(berekenWaarschuwing(standaard, start, due, wu(4), 75))).toBe("2026-11-23T09:30:00+01:00");
    expect(berekenWaarschuwing(standaard, start, due, wu(4), 0)).toBe(start);
    expect(berekenWaarschuwing(standaard, start, due, wu(4), 100)).toBe(due);
  });

  it("werkdagen: 75% van 1 werkdag vanaf vr 16:45", () => {
    const s = parseTijdstip("2026-11-20T16:45");
    const d = berekenTermijn(standaard, s, wd(1));
    // 15 min op vrijdag + 8,5 uur op maandag = 525 min; 75% = 393,75 min → ma 08:30 + 378,75 min
    expect(formatIso(berekenWaarschuwing(standaard, s, d, wd(1), 75))).toBe("2026-11-23T14:48:45+01:00");
  });

  it("kalenderdagen en weken: gemeten in kalendertijd", () => {
    const s = parseTijdstip("2025-11-13T10:00");
    const d = berekenTermijn(standaard, s, wekenAtw(6));
    const w = berekenWaarschuwing(standaard, s, d, wekenAtw(6), 80);
    expect(w).toBe(s + Math.floor((d - s) * 0.8));
    expect(formatIso(w)).toBe("2025-12-20T16:23:59.200+01:00");
  });
});

describe("pauze", () => {
  it("werkdagen: kantoortijd binnen de pauze wordt opnieuw als kantoortijd toegevoegd", () => {
    const due = parseTijdstip("2026-11-25T17:00");
    const nieuw = verlengMetPauze(standaard, due, parseTijdstip("2026-11-23T10:00"), parseTijdstip("2026-11-24T10:00"), wd(2));
    expect(formatIso(nieuw)).toBe("2026-11-26T17:00:00+01:00");
  });

  it("werkuren: een pauze in het weekend verlengt niets", () => {
    const due = parseTijdstip("2026-11-23T10:30");
    expect(verlengMetPauze(standaard, due, parseTijdstip("2026-11-21T09:00"), parseTijdstip("2026-11-22T20:00"), wu(4))).toBe(due);
  });

  it("werkuren: 1 uur pauze op vrijdagmiddag schuift maandag een uur op", () => {
    const due = parseTijdstip("2026-11-23T10:30");
    const nieuw = verlengMetPauze(standaard, due, parseTijdstip("2026-11-20T15:30"), parseTijdstip("2026-11-20T16:30"), wu(4));
    expect(formatIso(nieuw)).toBe("2026-11-23T11:30:00+01:00");
  });

  it("werkdagen: een pauze van 1 uur kantoortijd laat het nieuwe moment midden op de dag vallen", () => {
    const due = parseTijdstip("2026-11-25T17:00");
    const nieuw = verlengMetPauze(standaard, due, parseTijdstip("2026-11-23T10:00"), parseTijdstip("2026-11-23T11:00"), wd(2));
    expect(formatIso(nieuw)).toBe("2026-11-26T09:30:00+01:00");
  });

  it("kalenderdagen: kalendertijd", () => {
    const due = parseTijdstip("2025-12-29T23:59:59");
    const nieuw = verlengMetPauze(standaard, due, parseTijdstip("2025-11-20T12:00"), parseTijdstip("2025-11-22T12:00"), wekenAtw(6));
    expect(formatIso(nieuw)).toBe("2025-12-31T23:59:59+01:00");
  });
});

describe("configuratie", () => {
  it("STANDAARD_KALENDER_CONFIG: ma–vr 08:30–17:00, 5 mei vrij, Goede Vrijdag niet, bekende gelijkgestelde dagen", () => {
    const c: KalenderConfig = STANDAARD_KALENDER_CONFIG;
    expect(c.kantooruren[1]).toEqual({ open: "08:30", sluit: "17:00" });
    expect(c.kantooruren[6]).toBeNull();
    expect(c.bevrijdingsdagVrij).toBe(true);
    expect(c.goedeVrijdagVrij).toBe(false);
    expect(c.gelijkgesteldeDagen.map((g) => g.datum)).toEqual([
      "2026-01-02",
      "2026-05-15",
      "2027-05-07",
      "2028-04-28",
      "2028-05-26",
    ]);
  });

  it("twee feestdagen op één dag krijgen beide hun naam", () => {
    expect(standaard.organisatie.redenVrij("2016-05-05")).toBe("Bevrijdingsdag en Hemelvaartsdag");
    expect(maakKalenders({ bevrijdingsdagVrij: false }).organisatie.redenVrij("2016-05-05")).toBe("Hemelvaartsdag");
    expect(standaard.atw.redenVrij("2016-05-05")).toBe("Bevrijdingsdag en Hemelvaartsdag");
  });

  it("vrijeFeestdagen bepaalt welke feestdagen vrij zijn", () => {
    const k = maakKalenders({ vrijeFeestdagen: ["nieuwjaarsdag"] });
    expect(k.organisatie.isWerkdag("2026-04-06")).toBe(true); // Tweede Paasdag werkt
    expect(k.organisatie.isWerkdag("2026-01-01")).toBe(false);
    expect(k.atw.isWerkdag("2026-04-06")).toBe(false); // Atw blijft de wet
  });

  it("zaterdagopening en kantoortijd over de zomertijdsprong tellen echte tijd", () => {
    const k = maakKalenders({
      kantooruren: { ...STANDAARD_KALENDER_CONFIG.kantooruren, 7: { open: "01:00", sluit: "04:00" } },
    });
    const zo = k.organisatie.kantoortijden("2026-03-29")!;
    expect(zo.sluit - zo.open).toBe(2 * 3_600_000); // 01:00 CET – 04:00 CEST
    const zoOkt = k.organisatie.kantoortijden("2026-10-25")!;
    expect(zoOkt.sluit - zoOkt.open).toBe(4 * 3_600_000);
    expect(formatIso(berekenTermijn(k, parseTijdstip("2026-03-29T01:30"), wu(1)))).toBe("2026-03-29T03:30:00+02:00");
  });
});

describe("Nederlandse weergave", () => {
  const t = parseTijdstip("2026-11-23T17:00");

  it("formatDatumTijd en formatKort", () => {
    expect(formatDatumTijd(t)).toBe("maandag 23 november 2026, 17:00");
    expect(formatKort(t)).toBe("ma 23 nov, 17:00");
    expect(formatKort(parseTijdstip("2026-03-29T23:59:59"))).toBe("zo 29 mrt, 23:59");
  });

  it.each([
    ["2026-11-23T17:00", "2026-11-23T09:00", "uiterlijk vandaag, 17:00"],
    ["2026-11-24T17:00", "2026-11-23T09:00", "uiterlijk morgen, di 24 nov, 17:00"],
    ["2026-11-24T17:00", "2026-11-23T23:59:59", "uiterlijk morgen, di 24 nov, 17:00"],
    ["2026-11-22T17:00", "2026-11-23T09:00", "uiterlijk gisteren, zo 22 nov, 17:00"],
    ["2026-11-23T17:00", "2026-11-19T09:00", "uiterlijk maandag 23 november, 17:00"],
    ["2027-01-04T17:00", "2026-12-31T09:00", "uiterlijk maandag 4 januari 2027, 17:00"],
    ["2026-03-30T08:30", "2026-03-29T00:30", "uiterlijk morgen, ma 30 mrt, 08:30"],
  ])("formatRelatief(%s, nu = %s)", (due, nu, verwacht) => {
    expect(formatRelatief(parseTijdstip(due), parseTijdstip(nu))).toBe(verwacht);
  });
});

describe("ongeldige invoer gooit TermijnFout met Nederlandse melding", () => {
  const s = parseTijdstip("2026-11-20T16:45");
  const fout = (f: () => unknown, code: string, tekst: string) => {
    let e: unknown;
    try {
      f();
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(TermijnFout);
    expect((e as TermijnFout).code).toBe(code);
    expect((e as TermijnFout).message).toContain(tekst);
  };

  it("duur, eenheid, kalender, combinatie", () => {
    fout(() => berekenTermijn(standaard, s, wd(-1)), "ONGELDIGE_DUUR", "geheel getal");
    fout(() => berekenTermijn(standaard, s, wd(1.5)), "ONGELDIGE_DUUR", "geheel getal");
    fout(() => berekenTermijn(standaard, s, wd(Number.NaN)), "ONGELDIGE_DUUR", "geheel getal");
    fout(() => berekenTermijn(standaard, s, wd(2_000_000)), "ONGELDIGE_DUUR", "geheel getal");
    fout(() => berekenTermijn(standaard, s, { duur: 1, eenheid: "jaren" as never, kalender: "atw" }), "ONBEKENDE_EENHEID", "Onbekende eenheid");
    fout(() => berekenTermijn(standaard, s, { duur: 1, eenheid: "werkdagen", kalender: "rijk" as never }), "ONBEKENDE_KALENDER", "Onbekende kalender");
    fout(() => berekenTermijn(standaard, s, { duur: 1, eenheid: "werkuren", kalender: "atw" }), "ONGELDIGE_COMBINATIE", "organisatiekalender");
  });

  it("tijdstippen, bereik, percentage, pauze, configuratie", () => {
    fout(() => berekenTermijn(standaard, Number.NaN, wd(1)), "ONGELDIG_TIJDSTIP", "Ongeldig tijdstip");
    fout(() => berekenTermijn(standaard, Number.POSITIVE_INFINITY, wd(1)), "ONGELDIG_TIJDSTIP", "Ongeldig tijdstip");
    fout(() => berekenTermijn(standaard, parseTijdstip("2200-12-31T12:00"), wd(1)), "BUITEN_BEREIK", "1900–2200");
    fout(() => berekenTermijn(standaard, parseTijdstip("1899-06-01"), dagenAtw(1)), "BUITEN_BEREIK", "bereik");
    fout(() => berekenWaarschuwing(standaard, s, s + 1000, wd(1), 101), "ONGELDIG_PERCENTAGE", "percentage");
    fout(() => verlengMetPauze(standaard, s, s + 10, s, wd(1)), "ONGELDIGE_PAUZE", "pauze");
    fout(() => maakKalenders({ deeldagen: [{ datum: "2026-02-30", sluit: "12:00" }] }), "ONGELDIGE_CONFIG", "2026-02-30");
    fout(
      () => maakKalenders({ kantooruren: { ...STANDAARD_KALENDER_CONFIG.kantooruren, 1: { open: "17:00", sluit: "08:30" } } }),
      "ONGELDIGE_CONFIG",
      "sluitingstijd",
    );
    fout(
      () => maakKalenders({ kantooruren: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null } }),
      "ONGELDIGE_CONFIG",
      "ten minste één weekdag",
    );
  });
});
