import fc from "fast-check";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import {
  TermijnFout,
  dagVanDatum,
  datumVanDag,
  formatIso,
  instantVanLokaal,
  isoDatumVanDag,
  koningsdagDag,
  lokaleDelen,
  nederlandseFeestdagen,
  paasdatum,
  parseTijdstip,
  weekdagVanDag,
  zomertijdGrenzen,
} from "../../../app/domain/kalender/index";
import { lokaal } from "./referentie";

const T1996 = Date.UTC(1996, 0, 1);
const T2200 = Date.UTC(2200, 11, 31);

describe("burgerlijke datums", () => {
  it("dagVanDatum en datumVanDag zijn elkaars inverse en volgen Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: dagVanDatum(1900, 1, 1), max: dagVanDatum(2200, 12, 31) }), (z) => {
        const d = datumVanDag(z);
        expect(dagVanDatum(d.jaar, d.maand, d.dag)).toBe(z);
        expect(new Date(z * 86_400_000).toISOString().slice(0, 10)).toBe(isoDatumVanDag(z));
        const w = new Date(z * 86_400_000).getUTCDay();
        expect(weekdagVanDag(z)).toBe(w === 0 ? 7 : w);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("zomertijd (EU-regel) zonder Intl", () => {
  it("grenzen 2026: 29 maart en 25 oktober, 01:00 UTC", () => {
    const g = zomertijdGrenzen(2026);
    expect(new Date(g.begin).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(new Date(g.einde).toISOString()).toBe("2026-10-25T01:00:00.000Z");
  });

  it("lokale tijd komt overeen met Intl (tzdata) voor willekeurige instants 1996–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: T1996, max: T2200 }), (t) => {
        const p = lokaleDelen(t);
        const r = lokaal(t);
        expect(isoDatumVanDag(p.dagIndex)).toBe(r.datum);
        expect([p.uur, p.minuut, p.seconde]).toEqual([r.uur, r.minuut, r.seconde]);
      }),
      { numRuns: 3000 },
    );
  });

  it("rond de wissels: elke minuut van de wisseldagen klopt met Intl", () => {
    for (const jaar of [2026, 2027, 2100]) {
      for (const g of Object.values(zomertijdGrenzen(jaar))) {
        for (let t = g - 3 * 3_600_000; t <= g + 3 * 3_600_000; t += 60_000) {
          const p = lokaleDelen(t);
          const r = lokaal(t);
          expect(`${isoDatumVanDag(p.dagIndex)} ${p.uur}:${p.minuut}`).toBe(`${r.datum} ${r.uur}:${r.minuut}`);
        }
      }
    }
  });

  it("instantVanLokaal is de inverse van lokaleDelen buiten de wisseluren", () => {
    fc.assert(
      fc.property(fc.integer({ min: T1996, max: T2200 }), (t) => {
        const p = lokaleDelen(t);
        expect(instantVanLokaal(p.jaar, p.maand, p.dag, p.uur, p.minuut, p.seconde, p.milliseconde)).toBe(
          // in het dubbele uur in oktober kiezen we de eerste (CEST) betekenis
          p.offsetMinuten === 60 && lokaleDelen(t - 3_600_000).offsetMinuten === 120 && p.uur === 2 ? t - 3_600_000 : t,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("niet-bestaande tijd schuift een uur op, dubbele tijd krijgt de eerste betekenis", () => {
    expect(formatIso(instantVanLokaal(2026, 3, 29, 2, 30))).toBe("2026-03-29T03:30:00+02:00");
    expect(formatIso(instantVanLokaal(2026, 3, 29, 1, 59))).toBe("2026-03-29T01:59:00+01:00");
    expect(formatIso(instantVanLokaal(2026, 3, 29, 3, 0))).toBe("2026-03-29T03:00:00+02:00");
    expect(formatIso(instantVanLokaal(2026, 10, 25, 2, 30))).toBe("2026-10-25T02:30:00+02:00");
    expect(formatIso(instantVanLokaal(2026, 10, 25, 3, 0))).toBe("2026-10-25T03:00:00+01:00");
  });
});

describe("ISO 8601", () => {
  it("formatteert met offset +01:00 en +02:00", () => {
    expect(formatIso(Date.UTC(2026, 10, 23, 16, 0))).toBe("2026-11-23T17:00:00+01:00");
    expect(formatIso(Date.UTC(2026, 5, 1, 15, 0))).toBe("2026-06-01T17:00:00+02:00");
    expect(formatIso(Date.UTC(2026, 5, 1, 15, 0, 0, 250))).toBe("2026-06-01T17:00:00.250+02:00");
  });

  it.each([
    ["2026-11-20", "2026-11-20T00:00:00+01:00"],
    ["2026-11-20T16:45", "2026-11-20T16:45:00+01:00"],
    ["2026-11-20 16:45", "2026-11-20T16:45:00+01:00"],
    ["2026-11-20T16:45:30", "2026-11-20T16:45:30+01:00"],
    ["2026-11-20T16:45:30.5", "2026-11-20T16:45:30.500+01:00"],
    ["2026-11-20T15:45Z", "2026-11-20T16:45:00+01:00"],
    ["2026-11-20T16:45+01:00", "2026-11-20T16:45:00+01:00"],
    ["2026-11-20T17:45:00+02:00", "2026-11-20T16:45:00+01:00"],
    ["2026-11-20T17:45+0200", "2026-11-20T16:45:00+01:00"],
    ["2026-07-01", "2026-07-01T00:00:00+02:00"],
  ])("parseTijdstip(%s)", (invoer, verwacht) => {
    expect(formatIso(parseTijdstip(invoer))).toBe(verwacht);
  });

  it.each(["", "2026-13-01", "2026-02-29", "2026-11-20T24:00", "2026-11-20T16:60", "20-11-2026", "2026-11-20T16", "morgen"])(
    "parseTijdstip(%j) gooit TermijnFout",
    (invoer) => {
      expect(() => parseTijdstip(invoer)).toThrow(TermijnFout);
    },
  );
});

describe("feestdagen", () => {
  it("Pasen: bekende data", () => {
    const p = (j: number) => {
      const d = paasdatum(j);
      return `${j}-${String(d.maand).padStart(2, "0")}-${String(d.dag).padStart(2, "0")}`;
    };
    expect([1900, 1943, 2000, 2008, 2011, 2024, 2025, 2026, 2027, 2038].map(p)).toEqual([
      "1900-04-15",
      "1943-04-25",
      "2000-04-23",
      "2008-03-23",
      "2011-04-24",
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2038-04-25",
    ]);
  });

  it("Pasen en de vaste feestdagen komen overeen met date-holidays voor 1900–2200", () => {
    const hd = new Holidays("NL");
    const namen: Record<string, string> = {
      Nieuwjaar: "Nieuwjaarsdag",
      "Goede Vrijdag": "Goede Vrijdag",
      Pasen: "Eerste Paasdag",
      "Tweede paasdag": "Tweede Paasdag",
      Hemelvaartsdag: "Hemelvaartsdag",
      Pinksteren: "Eerste Pinksterdag",
      "Tweede pinksterdag": "Tweede Pinksterdag",
      Kerstmis: "Eerste Kerstdag",
      "Tweede kerstdag": "Tweede Kerstdag",
    };
    const verschillen: string[] = [];
    let vergeleken = 0;
    for (let jaar = 1900; jaar <= 2200; jaar++) {
      const onze = new Map(nederlandseFeestdagen(jaar).map((f) => [f.naam, f.datum]));
      for (const h of hd.getHolidays(jaar)) {
        const naam = namen[h.name];
        if (!naam) continue;
        vergeleken++;
        if (onze.get(naam) !== h.date.slice(0, 10)) verschillen.push(`${naam}: ${onze.get(naam)} ≠ ${h.date}`);
      }
    }
    expect(verschillen).toEqual([]);
    expect(vergeleken).toBe(301 * 9);
  });

  it("Koningsdag: 27 april, of 26 april als de 27e een zondag is", () => {
    expect(isoDatumVanDag(koningsdagDag(2025))).toBe("2025-04-26");
    expect(isoDatumVanDag(koningsdagDag(2014))).toBe("2014-04-26");
    expect(isoDatumVanDag(koningsdagDag(2026))).toBe("2026-04-27");
    expect(isoDatumVanDag(koningsdagDag(2031))).toBe("2031-04-26");
    for (let jaar = 1900; jaar <= 2200; jaar++) {
      const z = koningsdagDag(jaar);
      expect(weekdagVanDag(z)).not.toBe(7);
    }
  });

  it("2026 volledig", () => {
    expect(nederlandseFeestdagen(2026).map((f) => `${f.datum} ${f.naam}`)).toEqual([
      "2026-01-01 Nieuwjaarsdag",
      "2026-04-03 Goede Vrijdag",
      "2026-04-05 Eerste Paasdag",
      "2026-04-06 Tweede Paasdag",
      "2026-04-27 Koningsdag",
      "2026-05-05 Bevrijdingsdag",
      "2026-05-14 Hemelvaartsdag",
      "2026-05-24 Eerste Pinksterdag",
      "2026-05-25 Tweede Pinksterdag",
      "2026-12-25 Eerste Kerstdag",
      "2026-12-26 Tweede Kerstdag",
    ]);
  });
});
