/**
 * Exports als download: CSV (zie tabel.ts) of XLSX (exceljs). Eén blad per Tabel, kopregel vet en
 * vastgezet, kolombreedtes naar inhoud, getalnotatie per kolomsoort. Tekstcellen gaan door `veiligeTekst`
 * (formule-injectie); getallen blijven getallen, datums worden echte datumcellen in Amsterdamse tijd.
 */
import ExcelJS from "exceljs";
import { utcOffsetMs } from "../../domain/kalender/tijd";
import { naarCsv, veiligeBladnaam, veiligeTekst, type Celwaarde, type Kolom, type Tabel } from "./tabel";

export type ExportFormaat = "csv" | "xlsx";

export const CONTENT_TYPE: Record<ExportFormaat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** `?formaat=csv|xlsx` → het formaat, anders null. */
export function leesFormaat(url: URL): ExportFormaat | null {
  const f = url.searchParams.get("formaat");
  return f === "csv" || f === "xlsx" ? f : null;
}

const NUMFMT: Record<NonNullable<Kolom["soort"]>, string | undefined> = {
  tekst: "@",
  getal: undefined,
  percentage: "0.0%",
  datum: "dd-mm-yyyy",
  datumtijd: "dd-mm-yyyy hh:mm",
};

/** Excel kent geen tijdzones: een datumcel is wandkloktijd. Daarom de Amsterdamse lokale tijd als "UTC"-Date. */
function amsterdamseDatum(t: number): Date {
  return new Date(t + utcOffsetMs(t));
}

function celWaarde(waarde: Celwaarde, kolom: Kolom): ExcelJS.CellValue {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === "boolean") return waarde ? "ja" : "nee";
  if (typeof waarde === "number") {
    if (!Number.isFinite(waarde)) return null;
    if (kolom.soort === "datum" || kolom.soort === "datumtijd") return amsterdamseDatum(waarde);
    return waarde;
  }
  return veiligeTekst(waarde);
}

function breedte(waarde: Celwaarde, kolom: Kolom): number {
  if (waarde === null || waarde === undefined) return 0;
  if (typeof waarde === "number") {
    if (kolom.soort === "datum") return 10;
    if (kolom.soort === "datumtijd") return 16;
    return String(Math.round(waarde * 100) / 100).length + 1;
  }
  const s = String(waarde);
  let max = 0;
  for (const r of s.split(/\r?\n/)) max = Math.max(max, r.length);
  return max;
}

/** XLSX-bestand met één blad per tabel. */
export async function naarXlsx(tabellen: Tabel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Afspraak";
  wb.created = new Date(0);
  const gebruikt = new Set<string>();
  for (const t of tabellen) {
    let naam = veiligeBladnaam(t.naam);
    for (let i = 2; gebruikt.has(naam.toLowerCase()); i++) {
      const achter = ` (${i})`;
      naam = veiligeBladnaam(t.naam).slice(0, 31 - achter.length) + achter;
    }
    gebruikt.add(naam.toLowerCase());
    const ws = wb.addWorksheet(naam, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    ws.columns = t.kolommen.map((k) => {
      let w = k.kop.length;
      for (const rij of t.rijen) w = Math.max(w, breedte(rij[k.sleutel], k));
      const fmt = NUMFMT[k.soort ?? "tekst"];
      return { key: k.sleutel, width: Math.min(Math.max(w + 2, 8), 60), ...(fmt && k.soort !== "tekst" ? { style: { numFmt: fmt } } : {}) };
    });
    const kop = ws.getRow(1);
    t.kolommen.forEach((k, i) => {
      const cel = kop.getCell(i + 1);
      cel.value = veiligeTekst(k.kop);
      cel.font = { bold: true };
      cel.numFmt = "General";
    });
    kop.commit?.();
    t.rijen.forEach((rij, r) => {
      const row = ws.getRow(r + 2);
      t.kolommen.forEach((k, i) => {
        const cel = row.getCell(i + 1);
        const v = celWaarde(rij[k.sleutel], k);
        cel.value = v;
        // Tekst in een getal- of datumkolom (bijv. de afkapmelding) krijgt de algemene notatie.
        if (typeof v === "string" && k.soort && k.soort !== "tekst") cel.numFmt = "General";
      });
    });
    if (t.kolommen.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, t.rijen.length + 1), column: t.kolommen.length } };
    }
  }
  if (tabellen.length === 0) wb.addWorksheet("Leeg");
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as unknown as ArrayLike<number>);
}

/** Bestandsnaam zonder pad- of stuurtekens; ASCII-variant voor oude clients. */
export function veiligeBestandsnaam(naam: string): { utf8: string; ascii: string } {
  const utf8 =
    naam
      .normalize("NFC")
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|;]+/g, "-")
      .replace(/\s+/g, "-")
      .replace(/^[.\-]+|[.\-]+$/g, "")
      .slice(0, 100) || "export";
  const ascii =
    utf8
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[.\-]+|[.\-]+$/g, "") || "export";
  return { utf8, ascii };
}

/** Het downloadantwoord: juiste Content-Type, als bijlage, nooit gecachet. */
export async function exportAntwoord(formaat: ExportFormaat, bestandsnaam: string, tabellen: Tabel[]): Promise<Response> {
  const { utf8, ascii } = veiligeBestandsnaam(bestandsnaam);
  const body: Uint8Array = formaat === "csv" ? new TextEncoder().encode(naarCsv(tabellen)) : await naarXlsx(tabellen);
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": CONTENT_TYPE[formaat],
      "Content-Disposition": `attachment; filename="${ascii}.${formaat}"; filename*=UTF-8''${encodeURIComponent(utf8)}.${formaat}`,
      "Content-Length": String(body.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
