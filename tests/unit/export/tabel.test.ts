import { describe, expect, it } from "vitest";
import { begrens, celTekst, naarCsv, veiligeBladnaam, veiligeTekst, type Tabel } from "../../../app/platform/export/tabel";

describe("veiligeTekst (formule-injectie)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["  =HYPERLINK(\"http://x\")", "'  =HYPERLINK(\"http://x\")"],
    ["\n=1", "'\n=1"],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠x", "'＠x"],
  ])("%j wordt geneutraliseerd", (invoer, verwacht) => {
    expect(veiligeTekst(invoer)).toBe(verwacht);
  });

  it.each(["", "gewoon", "a=b", "e-mail: a@b.nl", "'al met apostrof", "1+1", " gewoon met spatie"])("%j blijft gelijk", (s) => {
    expect(veiligeTekst(s)).toBe(s);
  });
});

describe("celTekst", () => {
  it("laat getallen numeriek (ook negatief) met decimale komma", () => {
    expect(celTekst(-5, "getal")).toBe("-5");
    expect(celTekst(3.25, "getal")).toBe("3,25");
    expect(celTekst(0.125, "percentage")).toBe("12,5%");
    expect(celTekst(true)).toBe("ja");
    expect(celTekst(false)).toBe("nee");
    expect(celTekst(null)).toBe("");
    expect(celTekst(undefined)).toBe("");
    expect(celTekst(Number.NaN, "getal")).toBe("");
  });

  it("toont datums in Amsterdamse tijd, ook rond de zomertijdwissels", () => {
    // 2025-03-30 00:59 UTC = 01:59 CET; 01:00 UTC = 03:00 CEST
    expect(celTekst(Date.UTC(2025, 2, 30, 0, 59), "datumtijd")).toBe("30-03-2025 01:59");
    expect(celTekst(Date.UTC(2025, 2, 30, 1, 0), "datumtijd")).toBe("30-03-2025 03:00");
    // 2025-10-26 00:30 UTC = 02:30 CEST; 01:30 UTC = 02:30 CET
    expect(celTekst(Date.UTC(2025, 9, 26, 0, 30), "datumtijd")).toBe("26-10-2025 02:30");
    expect(celTekst(Date.UTC(2025, 9, 26, 1, 30), "datumtijd")).toBe("26-10-2025 02:30");
    // 31 dec 23:30 UTC is al nieuwjaar in Amsterdam
    expect(celTekst(Date.UTC(2025, 11, 31, 23, 30), "datum")).toBe("01-01-2026");
    expect(celTekst(Date.UTC(2025, 6, 1, 22, 30), "datum")).toBe("02-07-2025");
    expect(celTekst(Date.UTC(2025, 6, 1, 21, 59), "datum")).toBe("01-07-2025");
  });
});

describe("naarCsv", () => {
  const tabel: Tabel = {
    naam: "Lijst",
    titel: "Mijn lijst",
    kolommen: [
      { sleutel: "a", kop: "Tekst" },
      { sleutel: "n", kop: "Aantal", soort: "getal" },
    ],
    rijen: [
      { a: 'Zei "hallo"', n: 1 },
      { a: "a;b", n: -2 },
      { a: "regel1\nregel2", n: 0 },
      { a: "=1+1", n: null },
      { a: "-5", n: 1.5 },
    ],
  };

  it("begint met een BOM, gebruikt ; en CRLF en quote volgens RFC 4180", () => {
    const csv = naarCsv([tabel]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(
      [
        "Tekst;Aantal",
        '"Zei ""hallo""";1',
        '"a;b";-2',
        '"regel1\nregel2";0',
        "'=1+1;",
        "'-5;1,5",
        "",
      ].join("\r\n"),
    );
  });

  it("zet bij meer tabellen de titel erboven en een lege regel ertussen", () => {
    const t2: Tabel = { naam: "Tweede", kolommen: [{ sleutel: "x", kop: "X" }], rijen: [{ x: "y" }] };
    const csv = naarCsv([tabel, t2]).slice(1);
    const regels = csv.split("\r\n");
    expect(regels[0]).toBe("Mijn lijst");
    expect(regels[1]).toBe("Tekst;Aantal");
    const i = regels.indexOf("Tweede");
    expect(i).toBeGreaterThan(2);
    expect(regels[i - 1]).toBe("");
    expect(regels[i + 1]).toBe("X");
    expect(regels[i + 2]).toBe("y");
  });

  it("neutraliseert ook kopteksten en titels", () => {
    const csv = naarCsv([{ naam: "x", kolommen: [{ sleutel: "a", kop: "=kop" }], rijen: [] }]);
    expect(csv.slice(1)).toBe("'=kop\r\n");
  });
});

describe("veiligeBladnaam en begrens", () => {
  it("maakt geldige bladnamen", () => {
    expect(veiligeBladnaam("Per norm: 2025/2024")).toBe("Per norm 2025 2024");
    expect(veiligeBladnaam("x".repeat(40))).toHaveLength(31);
    expect(veiligeBladnaam("[]*?")).toBe("Blad");
    expect(veiligeBladnaam("'quote'")).toBe("quote");
  });

  it("kapt af met een laatste meldingsrij", () => {
    const t: Tabel = { naam: "t", kolommen: [{ sleutel: "a", kop: "A" }], rijen: [{ a: "1" }, { a: "2" }, { a: "3" }] };
    const r = begrens(t, 2);
    expect(r.afgekapt).toBe(true);
    expect(r.aantal).toBe(2);
    expect(r.tabel.rijen).toHaveLength(3);
    expect(String(r.tabel.rijen[2]!.a)).toMatch(/^Export afgekapt: alleen de eerste 2 rijen/);
    expect(begrens(t, 3).afgekapt).toBe(false);
  });
});
