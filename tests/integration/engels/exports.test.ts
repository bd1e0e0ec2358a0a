/**
 * Issue 17 part 4: the regieteam's downloads (CSV and XLSX) follow the chosen language. With `taal=en` the sheet
 * names, table titles and column names are English and no common Dutch interface word is left outside the data
 * stored in the database (names, teams, charter norms stay as entered); without the cookie they stay Dutch,
 * word for word. The 400 texts (no format, not a year) follow the language too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers } from "../../../db/schema";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { setNow } from "../../../app/platform/clock";
import { genereerDemoData } from "../../../app/features/demodata/generator.server";
import { startTestServer, type TestServer } from "../vijandig/app";
import { nederlandseWoorden } from "./nederlands";
import { EXPORT_LIMIET, afgekaptTekst, exporteerLijst } from "../../../app/platform/export/lijst.server";
import { STATUS_TEKST } from "../../../app/features/klachten/klachten.server";
import { KANAAL_TEKST } from "../../../app/features/klachten/recht";
import { klachten as enKlachten } from "../../../app/locales/en/klachten";
import { afspraken as enAfspraken } from "../../../app/locales/en/afspraken";

process.env.AFSPRAAK_LOG = "stil";

const NU = Date.parse("2026-03-04T11:00:00+01:00");

let server: TestServer;
let sessie: string;
let data: string[];

/** Stored texts (names, teams, charter norms, titles): they stay as entered in any language. */
function opgeslagenData(): string[] {
  const { sqlite } = getDatabase();
  const uit = new Set<string>();
  const tabellen = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'").all() as { name: string }[];
  for (const { name } of tabellen) {
    for (const rij of sqlite.prepare(`SELECT * FROM "${name}" LIMIT 5000`).all() as Record<string, unknown>[]) {
      for (const v of Object.values(rij)) {
        if (typeof v !== "string" || v.length < 2 || v.length > 4000 || v.startsWith("{") || v.startsWith("[") || /^[a-z0-9_.:\-]+$/.test(v)) continue;
        uit.add(v.trim());
      }
    }
  }
  return [...uit].filter(Boolean).sort((a, b) => b.length - a.length);
}

async function download(pad: string, taal: "en" | "nl"): Promise<Response> {
  return fetch(server.url + pad, { headers: { Cookie: taal === "en" ? `${sessie}; taal=en` : sessie }, redirect: "manual" });
}

async function csv(pad: string, taal: "en" | "nl"): Promise<string[]> {
  const r = await download(pad, taal);
  expect(r.status, pad).toBe(200);
  expect(r.headers.get("content-type")).toContain("text/csv");
  return (await r.text()).replace(/^\uFEFF/, "").split("\r\n");
}

/** The Dutch interface words left in CSV lines (cells split at ";"), after removing the stored data. */
function nederlands(regels: string[]): { woord: string; in: string }[] {
  const cellen = regels.flatMap((r) => r.split(";").map((c) => c.replace(/^"|"$/g, "").replace(/""/g, '"'))).filter(Boolean);
  return nederlandseWoorden(cellen, data);
}

const JAAR = 2025;
const DOWNLOADS = {
  dashboard: "/regieteam/dashboard/export?periode=laatste_12&formaat=csv",
  dashboardKwartaal: "/regieteam/dashboard/export?periode=laatste_12&per=kwartaal&formaat=csv",
  nakoming: "/regieteam/nakoming/export?periode=laatste_12&formaat=csv",
  termijnen: "/regieteam/termijnen/export?formaat=csv",
  jaarverslag: `/regieteam/jaarverslag/export?jaar=${JAAR}&formaat=csv`,
  tevredenheid: "/regieteam/tevredenheid/export?van=2025-03-04&tot=2026-03-04&soort=terugbelafspraak&formaat=csv",
};

beforeAll(async () => {
  setNow(NU);
  try {
    await genereerDemoData({ jaren: 1, schaal: "klein", zaad: 17, nu: NU });
  } catch (e) {
    console.warn(`demo data not generated: ${(e as Error).message.split("\n")[0]}`);
  }
  server = await startTestServer();
  const m = getDatabase().db.select().from(medewerkers).where(eq(medewerkers.email, "ruben@voorbeeld.nl")).get();
  sessie = (await startSession(m!.id)).split(";")[0]!;
  data = opgeslagenData();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe("downloads with English chosen", () => {
  it("have English column names, titles and labels (CSV)", async () => {
    const dashboard = await csv(DOWNLOADS.dashboard, "en");
    expect(dashboard).toContain("Month;Number;A year earlier");
    expect(dashboard.some((r) => r.startsWith("Complaints per month, "))).toBe(true);
    expect(dashboard.some((r) => /^Standard;.*;Difference$/.test(r))).toBe(true);
    expect(dashboard).toContain("Principle;Key figure;Value;Period before;Unit;Remark");
    expect((await csv(DOWNLOADS.dashboardKwartaal, "en"))).toContain("Quarter;Number;A year earlier");

    const nakoming = await csv(DOWNLOADS.nakoming, "en");
    expect(nakoming.some((r) => r.startsWith("Norm;Kept;On time;Kept late;"))).toBe(true);
    expect(nakoming.some((r) => r.startsWith("Team;Kept;On time;Kept late;"))).toBe(true);

    const termijnen = await csv(DOWNLOADS.termijnen, "en");
    expect(termijnen[0]).toBe("Commitment;Type;Team;Owner;Norm;Start;Due;Kept;On time");

    const jaarverslag = await csv(DOWNLOADS.jaarverslag, "en");
    expect(jaarverslag).toContain("Subject;Explanation");
    expect(jaarverslag).toContain(`Subject;${JAAR};${JAAR - 1}`);
    expect(jaarverslag).toContain(`Complaints received ${JAAR} and ${JAAR - 1}`);
    expect(jaarverslag.some((r) => r.startsWith(`Outcome / judgement;Number ${JAAR};Share ${JAAR};`))).toBe(true);

    const tevredenheid = await csv(DOWNLOADS.tevredenheid, "en");
    expect(tevredenheid).toContain("Group;Answers;Average score (1-5);Dissatisfied (1-2);Satisfied (4-5)");
    expect(tevredenheid).toContain("Answered;Score;Comment;Type;Commitment;Team;Norm;Channel;Follow-up");

    const fout: Record<string, unknown> = {};
    for (const [naam, regels] of Object.entries({ dashboard, nakoming, termijnen, jaarverslag, tevredenheid })) {
      const w = nederlands(regels);
      if (w.length) fout[naam] = w.slice(0, 20);
    }
    expect(fout).toEqual({});
  }, 60_000);

  it("have English sheet names and header rows (XLSX)", async () => {
    const r = await download(DOWNLOADS.dashboard.replace("formaat=csv", "formaat=xlsx"), "en");
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await r.arrayBuffer()) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Trend",
      "By standard",
      "By department",
      "By team",
      "By channel",
      "By judgement",
      "By outcome",
      "Recurring themes",
      "Key figures",
    ]);
    const kop = (naam: string) => (wb.getWorksheet(naam)!.getRow(1).values as unknown[]).filter((v) => v !== undefined && v !== null);
    expect(kop("Trend")).toEqual(["Month", "Number", "A year earlier"]);
    expect(kop("Key figures")).toEqual(["Principle", "Key figure", "Value", "Period before", "Unit", "Remark"]);

    const jv = await download(DOWNLOADS.jaarverslag.replace("formaat=csv", "formaat=xlsx"), "en");
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load((await jv.arrayBuffer()) as ArrayBuffer);
    expect(wb2.worksheets[0]!.name).toBe("Accountability");
    expect(wb2.worksheets.map((w) => w.name)).toContain("Complaints received");
  }, 60_000);

  it("the complaints list download has English column names (and Dutch without the cookie)", async () => {
    expect((await csv("/klachten/export?formaat=csv", "en"))[0]).toBe(
      "Number;Status;Received;Channel;In writing;Department;Team;Handler;Outcome;Judgement;Standards violated;Due;Completed;Within the deadline",
    );
    expect((await csv("/klachten/export?formaat=csv", "nl"))[0]).toMatch(/^Nummer;Status;Ontvangen/);
  });

  it("the complaints list download has English cells: status, channel, outcome, judgement, yes/no (Dutch without the cookie)", async () => {
    const en = await csv("/klachten/export?formaat=csv", "en");
    const nl = await csv("/klachten/export?formaat=csv", "nl");
    expect(en.length).toBeGreaterThan(10);
    expect(nl.length).toBe(en.length);
    const kolom = (regels: string[], i: number) => new Set(regels.slice(1).map((r) => r.split(";")[i]!).filter(Boolean));
    expect(nederlands(en).slice(0, 20)).toEqual([]);
    expect([...kolom(en, 4)].sort()).toEqual(["no", "yes"]);
    expect([...kolom(en, 13)].every((c) => c === "yes" || c === "no")).toBe(true);
    const van = (r: Record<string, string>) => (c: string) => Object.values(r).includes(c);
    expect([...kolom(en, 1)].every(van(enKlachten.status))).toBe(true);
    expect([...kolom(en, 3)].every(van(enAfspraken.kanaal))).toBe(true);
    expect([...kolom(en, 8)].every(van(enKlachten.afloop))).toBe(true);
    expect([...kolom(en, 9)].every(van(enKlachten.oordeel))).toBe(true);
    expect(kolom(en, 8)).toContain("Handled with a judgement");
    // Dutch as before: the words of the complaint module, ja/nee, the judgement's code
    expect([...kolom(nl, 4)].sort()).toEqual(["ja", "nee"]);
    expect([...kolom(nl, 1)].every((c) => (Object.values(STATUS_TEKST) as string[]).includes(c))).toBe(true);
    expect([...kolom(nl, 3)].every((c) => (Object.values(KANAAL_TEKST) as string[]).includes(c))).toBe(true);
    expect(kolom(nl, 8)).toContain("Afgehandeld met oordeel");
    expect([...kolom(nl, 9)].every((c) => ["gegrond", "deels_gegrond", "ongegrond", "geen_oordeel"].includes(c))).toBe(true);
  });

  it("a list download cut off at the limit says so in the chosen language (Dutch by default)", async () => {
    expect(afgekaptTekst()).toBeUndefined();
    expect(afgekaptTekst("en")!(EXPORT_LIMIET)).toBe("Export cut off: only the first 50,000 rows. Narrow the filters for the rest.");
    const m = getDatabase().db.select().from(medewerkers).where(eq(medewerkers.email, "ruben@voorbeeld.nl")).get()!;
    const user = { id: m.id, naam: m.naam, email: m.email, rollen: [] };
    const tabel = { naam: "Test", kolommen: [{ sleutel: "n", kop: "N" }], rijen: Array.from({ length: EXPORT_LIMIET + 1 }, (_, n) => ({ n })) };
    const laatste = async (taal?: "en") => {
      const r = await exporteerLijst({ user, context: undefined, lijst: "test", formaat: "csv", bestandsnaam: "test", tabellen: [tabel], filter: {}, taal });
      return (await r.text()).trimEnd().split("\r\n").pop();
    };
    expect(await laatste("en")).toBe("Export cut off: only the first 50,000 rows. Narrow the filters for the rest.");
    expect(await laatste()).toBe("Export afgekapt: alleen de eerste 50.000 rijen. Verfijn de filters voor de rest.");
  });

  it("answer a missing format or a wrong year in English", async () => {
    for (const pad of ["/regieteam/dashboard/export", "/regieteam/jaarverslag/export?jaar=2025", "/regieteam/tevredenheid/export", "/klachten/export"]) {
      const geen = await download(pad, "en");
      expect(geen.status, pad).toBe(400);
      expect(await geen.text()).toBe("Choose formaat=csv or formaat=xlsx.");
    }
    const jaar = await download("/regieteam/jaarverslag/export?jaar=abc&formaat=csv", "en");
    expect(jaar.status).toBe(400);
    expect(await jaar.text()).toBe('"abc" is not a year. Choose a year from the list.');
  });
});

describe("downloads without a language chosen stay Dutch", () => {
  it("keep the Dutch column names", async () => {
    const dashboard = await csv(DOWNLOADS.dashboard, "nl");
    expect(dashboard).toContain("Maand;Aantal;Een jaar eerder");
    expect(dashboard).toContain("Principe;Kengetal;Waarde;Periode ervoor;Eenheid;Opmerking");
    expect((await csv(DOWNLOADS.dashboardKwartaal, "nl"))).toContain("Kwartaal;Aantal;Een jaar eerder");
    const nakoming = await csv(DOWNLOADS.nakoming, "nl");
    expect(nakoming.some((r) => r.startsWith("Norm;Gehaald;Op tijd;Te laat gehaald;% op tijd;% op tijd "))).toBe(true);
    expect(nakoming.some((r) => r.endsWith(";Mediane tijd tot gehaald (minuten, ≈);Nu te laat"))).toBe(true);
    expect((await csv(DOWNLOADS.termijnen, "nl"))[0]).toBe("Afspraak;Soort;Team;Eigenaar;Norm;Start;Uiterlijk;Gehaald;Op tijd");
    const jaarverslag = await csv(DOWNLOADS.jaarverslag, "nl");
    expect(jaarverslag).toContain("Onderwerp;Toelichting");
    expect(jaarverslag).toContain(`Ontvangen klachten ${JAAR} en ${JAAR - 1}`);
    expect(jaarverslag.some((r) => r.startsWith(`Afloop / oordeel;Aantal ${JAAR};Aandeel ${JAAR};`))).toBe(true);

    const tevredenheid = await csv(DOWNLOADS.tevredenheid, "nl");
    expect(tevredenheid).toContain("Groep;Antwoorden;Gemiddeld cijfer (1-5);Ontevreden (1-2);Tevreden (4-5)");
    expect(tevredenheid).toContain("Beantwoord;Cijfer;Toelichting;Soort;Afspraak;Team;Norm;Kanaal;Opvolging");

    const geen = await download("/regieteam/dashboard/export", "nl");
    expect(geen.status).toBe(400);
    expect(await geen.text()).toBe("Kies formaat=csv of formaat=xlsx.");
  }, 60_000);
});
