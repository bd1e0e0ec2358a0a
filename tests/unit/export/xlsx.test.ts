import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { exportAntwoord, leesFormaat, naarXlsx, veiligeBestandsnaam } from "../../../app/platform/export/export.server";
import type { Tabel } from "../../../app/platform/export/tabel";

async function lees(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const tabel: Tabel = {
  naam: "Per norm: 2025",
  kolommen: [
    { sleutel: "t", kop: "Omschrijving" },
    { sleutel: "n", kop: "Aantal", soort: "getal" },
    { sleutel: "p", kop: "Aandeel", soort: "percentage" },
    { sleutel: "d", kop: "Datum", soort: "datum" },
    { sleutel: "dt", kop: "Moment", soort: "datumtijd" },
  ],
  rijen: [
    { t: "=HYPERLINK(\"http://kwaad\",\"klik\")", n: -3, p: 0.25, d: Date.UTC(2025, 11, 31, 23, 30), dt: Date.UTC(2025, 2, 30, 1, 0) },
    { t: "＠cmd", n: 2.5, p: null, d: null, dt: Date.UTC(2025, 9, 26, 1, 30) },
    { t: "-5", n: 0, p: 1, d: undefined, dt: undefined },
    { t: "gewoon", n: true as unknown as number, p: 0, d: null, dt: null },
  ],
};

describe("naarXlsx", () => {
  it("schrijft één blad per tabel met vette, vastgezette kopregel en veilige cellen", async () => {
    const bytes = await naarXlsx([tabel, { naam: "Per norm: 2025", kolommen: [{ sleutel: "a", kop: "A" }], rijen: [{ a: "b" }] }]);
    const wb = await lees(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Per norm 2025", "Per norm 2025 (2)"]);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const kop = ws.getRow(1);
    expect(kop.getCell(1).value).toBe("Omschrijving");
    expect(kop.getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBeGreaterThan(10);

    // Nooit een formule: tekst met apostrof
    for (let r = 1; r <= ws.rowCount; r++) {
      ws.getRow(r).eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
    }
    const a2 = ws.getCell("A2");
    expect(a2.type).toBe(ExcelJS.ValueType.String);
    expect(a2.value).toBe("'=HYPERLINK(\"http://kwaad\",\"klik\")");
    expect(ws.getCell("A3").value).toBe("'＠cmd");
    expect(ws.getCell("A4").value).toBe("'-5");
    expect(ws.getCell("A4").type).toBe(ExcelJS.ValueType.String);

    // Getallen blijven getallen
    expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell("B2").value).toBe(-3);
    expect(ws.getCell("B3").value).toBe(2.5);
    expect(ws.getCell("C2").value).toBe(0.25);
    expect(ws.getCell("C2").numFmt).toBe("0.0%");
    expect(ws.getCell("B5").value).toBe("ja");

    // Datums: Amsterdamse wandkloktijd als datumcel
    const d = ws.getCell("D2");
    expect(d.type).toBe(ExcelJS.ValueType.Date);
    expect((d.value as Date).toISOString()).toBe("2026-01-01T00:30:00.000Z");
    expect(d.numFmt).toBe("dd-mm-yyyy");
    expect((ws.getCell("E2").value as Date).toISOString()).toBe("2025-03-30T03:00:00.000Z");
    expect((ws.getCell("E3").value as Date).toISOString()).toBe("2025-10-26T02:30:00.000Z");
    expect(ws.getCell("E2").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(ws.getCell("D3").value).toBeNull();
  });
});

describe("exportAntwoord en leesFormaat", () => {
  it("leest ?formaat", () => {
    expect(leesFormaat(new URL("http://x/a?formaat=csv"))).toBe("csv");
    expect(leesFormaat(new URL("http://x/a?formaat=xlsx"))).toBe("xlsx");
    expect(leesFormaat(new URL("http://x/a?formaat=pdf"))).toBeNull();
    expect(leesFormaat(new URL("http://x/a"))).toBeNull();
  });

  it("geeft een CSV-download met de juiste headers", async () => {
    const r = await exportAntwoord("csv", "Klachten 2025: \"jaarverslag\"/../x", [tabel]);
    expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("Cache-Control")).toBe("no-store");
    expect(r.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const cd = r.headers.get("Content-Disposition")!;
    expect(cd).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.csv"; filename\*=UTF-8''[^"\s/\\]+\.csv$/);
    expect(cd).not.toContain("/");
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Omschrijving;Aantal;Aandeel;Datum;Moment");
  });

  it("geeft een XLSX-download die exceljs weer kan lezen", async () => {
    const r = await exportAntwoord("xlsx", "Één lijst", [tabel]);
    expect(r.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(r.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Een-lijst.xlsx"; filename*=UTF-8''${encodeURIComponent("Één-lijst")}.xlsx`,
    );
    const wb = await lees(new Uint8Array(await r.arrayBuffer()));
    expect(wb.worksheets[0]!.getCell("A1").value).toBe("Omschrijving");
  });

  it("maakt bestandsnamen veilig", () => {
    expect(veiligeBestandsnaam("../../etc/passwd").ascii).toBe("etc-passwd");
    expect(veiligeBestandsnaam("").utf8).toBe("export");
    expect(veiligeBestandsnaam("a\r\nb").ascii).toBe("a-b");
  });
});
