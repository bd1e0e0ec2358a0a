/**
 * The annual complaints report (Awb 9:12a): a regieteam member registers and informally resolves a complaint
 * received in 2025, opens the report for 2025 (axe clean, works without JavaScript), and downloads it as CSV and
 * XLSX; the downloads hold the same numbers as the page.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { DEMO, expectAxeClean, ingelogdeContext, registreerKlacht, stap, zetKlok } from "./helpers";

/** The number in a report table: row `rij` (row header), column `kolom` (0 = first value column). */
async function getal(page: Page, sectie: string, rij: string, kolom = 0): Promise<number> {
  const tr = page.locator(`section#${sectie} tr`).filter({ has: page.getByRole("rowheader", { name: rij, exact: true }) });
  const tekst = (await tr.locator("td").nth(kolom).innerText()).trim();
  return Number(tekst.replace(/\./g, "").replace(",", "."));
}

test.describe("jaarverslag klachten", () => {
  test.describe.configure({ timeout: 180_000 });

  test("regieteam: a decided complaint shows up in the report, which is axe clean and downloads as CSV and XLSX", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);

    // A complaint received on 13 November 2025, informally resolved (Awb 9:5).
    await page.goto("/klachten");
    await zetKlok(page, "2025-11-13T10:00:00+01:00");
    await registreerKlacht(page, { klager: "Jaarverslag Testpersoon", email: "test@example.nl", omschrijving: "Niet teruggebeld over mijn parkeervergunning." });
    await stap(page, "Ontvangst bevestigen", undefined, /Ontvangst bevestigen/);
    await stap(page, "Klachtbehandelaar toewijzen", async () => {
      const opties = await page.getByLabel("Klachtbehandelaar").locator("option").allTextContents();
      await page.getByLabel("Klachtbehandelaar").selectOption({ label: opties.find((o) => o.startsWith("Ruben"))! });
    }, "Toewijzen");
    await stap(page, "Informeel opgelost", async () => {
      await page.getByLabel("Hoe is de klacht opgelost?").fill("Gebeld en excuses gemaakt.");
      await page.getByLabel("De klager heeft laten weten tevreden te zijn").check();
      await page.getByLabel("Hoe en wanneer liet de klager dat weten?").fill("Telefonisch 14 november");
    }, "Informeel afsluiten");
    await expect(page.getByText("Informeel opgelost").first()).toBeVisible();

    // In January 2026 the last complete year is 2025: the report's default.
    await zetKlok(page, "2026-01-15T10:00:00+01:00");
    await page.goto("/regieteam/jaarverslag");
    await expect(page.getByRole("heading", { level: 1, name: "Jaarverslag klachten 2025" })).toBeVisible();
    await expect(page.getByText(/artikel 9:12a van de Algemene wet bestuursrecht/)).toBeVisible();
    await expect(page.getByText(/Ctrl\+P/)).toBeVisible();
    const totaal = await getal(page, "ontvangst", "Totaal ontvangen");
    expect(totaal).toBeGreaterThanOrEqual(1);
    expect(await getal(page, "behandeling", "Naar tevredenheid opgelost (art. 9:5)")).toBeGreaterThanOrEqual(1);
    expect(await getal(page, "kanalen", "Post")).toBeGreaterThanOrEqual(1);
    await expect(page.getByText("Jaarverslag Testpersoon")).toHaveCount(0);
    await expectAxeClean(page);

    // CSV
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(csvDownload.suggestedFilename()).toBe("jaarverslag-klachten-2025.csv");
    const bytes = readFileSync((await csvDownload.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.toString("utf8").slice(1).split("\r\n");
    for (const kop of [
      "Jaarverslag klachten 2025",
      "Ontvangen klachten 2025 en 2024",
      "Afloop en oordeel 2025 en 2024",
      "Geschonden behoorlijkheidsnormen 2025 en 2024",
      "Klachten per afdeling 2025 en 2024",
      "Klachten per kanaal 2025 en 2024",
      "Behandeling 2025 en 2024",
      "Leren en complimenten 2025 en 2024",
      "Lessen uit het leerlogboek 2025",
      "Verbeteracties 2025",
    ]) {
      expect(regels, kop).toContain(kop);
    }
    expect(regels.find((r) => r.startsWith("Totaal ontvangen;"))).toMatch(new RegExp(`^Totaal ontvangen;${totaal};\\d+$`));
    const normKop = regels.indexOf("Geschonden behoorlijkheidsnormen 2025 en 2024");
    const normRijen = regels.slice(normKop + 2, regels.indexOf("", normKop));
    expect(normRijen).toHaveLength(22);
    expect(bytes.toString("utf8")).not.toContain("Jaarverslag Testpersoon");

    // XLSX
    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download Excel (XLSX)" }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe("jaarverslag-klachten-2025.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsxDownload.path())!) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Verantwoording",
      "Ontvangen klachten",
      "Oordeel",
      "Behoorlijkheidsnormen",
      "Afdelingen",
      "Kanalen",
      "Behandeling",
      "Leren en complimenten",
      "Lessen",
      "Verbeteracties",
    ]);
    const ontvangst = wb.getWorksheet("Ontvangen klachten")!;
    expect(ontvangst.getCell("A2").value).toBe("Totaal ontvangen");
    expect(ontvangst.getCell("B2").value).toBe(totaal);
    expect(wb.getWorksheet("Behoorlijkheidsnormen")!.rowCount).toBe(23);

    // A year without complaints: a clear message, also axe clean.
    await page.goto("/regieteam/jaarverslag?jaar=2019");
    await expect(page.getByText("Geen klachten ontvangen in 2019")).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  test("without JavaScript: choose a year; a year without complaints says so", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam, { javaScript: false });
    await page.goto("/regieteam/jaarverslag?jaar=2019");
    await expect(page.getByRole("heading", { level: 1, name: "Jaarverslag klachten 2019" })).toBeVisible();
    await expect(page.getByText("Geen klachten ontvangen in 2019")).toBeVisible();
    await page.getByLabel("Jaar", { exact: true }).selectOption("2025");
    await page.getByRole("button", { name: "Toon verslag" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Jaarverslag klachten 2025" })).toBeVisible();
    await page.goto("/regieteam/jaarverslag?jaar=abc");
    await expect(page.getByText(/geen jaartal/)).toBeVisible();
    await context.close();
  });

  test("a teamleider gets no access", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.teamleider);
    const r = await page.goto("/regieteam/jaarverslag");
    expect(r?.status()).toBe(403);
    const d = await page.request.get("/regieteam/jaarverslag/export?jaar=2025&formaat=csv");
    expect(d.status()).toBe(403);
    await context.close();
  });
});
