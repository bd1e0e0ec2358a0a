/**
 * Leerlogboek and verbeteracties in Chromium: a regieteam member records a lesson from a decided complaint (the
 * complaint moves on to "Les vastgelegd"), starts an improvement action with an owner and a due date, starts
 * it, finds it in /verbeteracties and on the regieteam dashboard ("what went wrong most often, where, and what are
 * we doing about it"), and downloads the annual report with the lesson and the action in it; a medewerker reads
 * the lesson without names. Axe on every new page; the
 * create form once without JavaScript (blameless refusal at the field, input kept).
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, registreerKlacht, stap, zetKlok } from "./helpers";

/** Drives a registered complaint to afgehandeld (gegrond, norm 7). */
async function handelAf(page: Page) {
  await stap(page, "Ontvangst bevestigen", undefined, /Ontvangst bevestigen/);
  await stap(page, "Klachtbehandelaar toewijzen", async () => page.getByLabel("Klachtbehandelaar").selectOption({ label: "Ruben Dekker" }), "Toewijzen");
  await stap(page, "Afschrift aan de beklaagde", undefined, "Afschrift vastleggen");
  await stap(page, "Hoorgesprek gehouden", async () => page.getByLabel("Verslag van het hoorgesprek").fill("Klager en medewerker gehoord."), "Verslag vastleggen");
  await stap(page, "Klacht afhandelen", async () => {
    await page.getByLabel("Bevindingen", { exact: true }).fill("Het terugbelverzoek is nooit geregistreerd.");
    await page.getByLabel("Oordeel", { exact: true }).selectOption("gegrond");
    await page.getByLabel(/7\. Fatsoenlijke bejegening/).check();
    await page.getByLabel("Genomen maatregelen").fill("Excuses aangeboden.");
  }, /Afhandelen en conclusiebrief/);
  await expect(page.getByText("De klacht is afgehandeld")).toBeVisible();
}

test.describe("leerlogboek en verbeteracties", () => {
  test.describe.configure({ timeout: 240_000 });

  test("a lesson from a decided complaint, an improvement action started and listed; readers see no names", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/leerlogboek");
    await zetKlok(page, "2025-11-13T10:00:00+01:00");
    await expectAxeClean(page);
    await registreerKlacht(page, { omschrijving: "Nooit teruggebeld over mijn parkeervergunning.", afdeling: "Klantcontactcentrum (KCC)" });
    const klachtUrl = page.url().replace(/\?.*$/, "");
    const klachtnummer = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").replace("Klacht ", "").trim();
    await handelAf(page);

    await page.getByRole("link", { name: "Les vastleggen in het leerlogboek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe les vastleggen" })).toBeVisible();
    await expect(page.getByText(new RegExp(`Klacht ${klachtnummer} · .* · gegrond · ontvangen 13 nov 2025`))).toBeVisible();
    await expect(page.getByLabel(/7\. Fatsoenlijke bejegening/)).toBeChecked(); // prefilled from the conclusion
    await expectAxeClean(page);
    await page.getByLabel("Titel", { exact: true }).fill("Terugbelverzoeken op papier raken zoek");
    await page.getByLabel("Wat gebeurde er?").fill("Het terugbelverzoek werd op een briefje genoteerd en niet in Afspraak vastgelegd.");
    await page.getByLabel("Oorzaak", { exact: true }).fill("Vastleggen tijdens het gesprek kost te veel klikken.");
    await page.getByLabel(/17\. Betrouwbaarheid/).check();
    await page.getByLabel("Processtap").selectOption({ label: "Terugbellen" });
    await page.getByLabel("De les").fill("Een terugbelverzoek wordt altijd direct in Afspraak vastgelegd.");
    await page.getByRole("button", { name: "Les opslaan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /LL-2025-\d{4}: Terugbelverzoeken op papier raken zoek/ })).toBeVisible();
    await expect(page.getByText(`De les is ook in het dossier van ${klachtnummer} vastgelegd`)).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(`Klacht ${klachtnummer}`) })).toBeVisible();
    await expectAxeClean(page);
    const lesUrl = page.url().replace(/\?.*$/, "");

    // the complaint's own flow moved on
    await page.goto(klachtUrl);
    await expect(page.getByText("Les vastgelegd").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /LL-2025-\d{4}: Terugbelverzoeken/ })).toBeVisible();

    // an improvement action with an owner and a due date
    await page.goto(lesUrl);
    await stap(page, "Verbeteractie aanmaken", async () => {
      await page.getByLabel("Titel van de verbeteractie").fill("Terugbelscherm inkorten tot drie velden");
      await page.getByLabel("Wat gaat er veranderen?").fill("Alleen naam, nummer en vraag verplicht.");
      await page.getByLabel("Eigenaar").selectOption({ label: "Lotte Jansen" });
      await page.getByLabel("Gerealiseerd uiterlijk op").fill("2026-01-30");
    }, "Verbeteractie aanmaken");
    await expect(page.getByRole("heading", { level: 1, name: /VA-2025-\d{4}: Terugbelscherm inkorten/ })).toBeVisible();
    await expect(page.getByText("Voorgesteld").first()).toBeVisible();
    await expect(page.getByText(/Loopt tot vrijdag 30 januari 2026, 17:00/)).toBeVisible();
    await expectAxeClean(page);
    await stap(page, "Verbeteractie starten", undefined, "Verbeteractie starten");
    await expect(page.getByText("De verbeteractie is gestart")).toBeVisible();
    await expect(page.getByText("In uitvoering").first()).toBeVisible();
    await expectAxeClean(page);
    const actieUrl = page.url().replace(/\?.*$/, "");

    await page.goto("/verbeteracties?norm=7");
    const rij = page.getByRole("row").filter({ hasText: "Terugbelscherm inkorten" });
    await expect(rij).toContainText("In uitvoering");
    await expect(rij).toContainText("Lotte Jansen");
    await expectAxeClean(page);
    await page.goto("/leerlogboek?norm=17");
    await expect(page.getByRole("link", { name: /LL-2025-\d{4}/ }).first()).toBeVisible();
    await expectAxeClean(page);
    const csv = await page.request.get("/verbeteracties/export?formaat=csv");
    expect(csv.headers()["content-disposition"]).toContain("attachment");
    expect(await csv.text()).toContain("Terugbelscherm inkorten");

    // the dashboard answers "what went wrong most often this quarter, where, and what are we doing about it",
    // filtered to the department the complaint is about (other tests add complaints elsewhere)
    await page.goto("/regieteam/dashboard");
    await page.getByLabel("Afdeling", { exact: true }).selectOption({ label: "Klantcontactcentrum (KCC)" });
    await page.getByRole("button", { name: "Toon" }).click();
    await page.waitForLoadState("load");
    const minuut = page.getByRole("region", { name: "In één minuut" });
    await expect(minuut).toContainText("Meest geschonden norm: 7. Fatsoenlijke bejegening");
    const actiesLink = minuut.getByRole("link", { name: /verbeteracties? (loopt|lopen) op dit thema/ });
    await expect(actiesLink).toBeVisible();
    await expectAxeClean(page);
    await actiesLink.click();
    await expect(page.getByRole("row").filter({ hasText: "Terugbelscherm inkorten" })).toContainText("In uitvoering");

    // realised: the page measures repeat complaints before/after (the after-window is not complete yet)
    await page.goto(actieUrl);
    await stap(page, "Vastleggen dat de actie is gerealiseerd", async () => page.getByLabel("Wat is er gerealiseerd?").fill("Scherm aangepast en uitgerold."), /gerealiseerd/);
    await expect(page.getByText("Vastgelegd: de verbeteractie is gerealiseerd.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Effect: zijn de herhaalklachten gedaald?" })).toBeVisible();
    await expect(page.getByText("Het meetvenster na de realisatie is nog niet compleet")).toBeVisible();
    await expectAxeClean(page);

    // the annual report for the council holds the lesson and the action, and no names
    await page.goto("/regieteam/jaarverslag?jaar=2025");
    await expect(page.getByRole("heading", { level: 1, name: /Jaarverslag klachten 2025/ })).toBeVisible();
    await expect(page.getByText("Terugbelverzoeken op papier raken zoek").first()).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    const csvJaar = readFileSync((await download.path())!).toString("utf8");
    expect(csvJaar).toContain("Terugbelverzoeken op papier raken zoek");
    expect(csvJaar).toContain("Terugbelscherm inkorten tot drie velden");
    expect(csvJaar).not.toContain("Piet Jansen");
    expect(csvJaar).not.toContain("Lotte Jansen");
    await context.close();

    // a medewerker reads the lesson; no employee or citizen names in the linked items
    const lezer = await ingelogdeContext(browser, DEMO.medewerker);
    await lezer.page.goto(lesUrl);
    const koppelingen = lezer.page.getByRole("region", { name: "Waar gaat deze les over?" });
    await expect(koppelingen).toContainText(`Klacht ${klachtnummer}`);
    await expect(koppelingen).not.toContainText("Piet Jansen");
    await expect(koppelingen).not.toContainText("Ruben Dekker");
    await expect(koppelingen).not.toContainText("Fatima");
    await expect(koppelingen.getByRole("link")).toHaveCount(0);
    await expectAxeClean(lezer.page);
    await lezer.context.close();
  });

  test("the create form works without JavaScript: a name is refused at the field, the input kept", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam, { javaScript: false });
    await page.goto("/leerlogboek/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill("Balie opent te laat");
    await page.getByLabel("Wat gebeurde er?").fill("De balie ging pas om 9:15 open.");
    await page.getByLabel("Oorzaak", { exact: true }).fill("Jeroen Bakker had de sleutel niet.");
    await page.getByLabel(/14\. Voortvarendheid/).check();
    await page.getByLabel("Processtap").selectOption({ label: "Bereikbaarheid" });
    await page.getByLabel("De les").fill("De sleutelprocedure heeft een tweede sleutelhouder.");
    await page.getByRole("button", { name: "Les opslaan" }).click();
    await expect(page.getByText("Noem processen, geen personen: ‘Jeroen Bakker’ is de naam van een medewerker. Het leerlogboek is blameless.")).toBeVisible();
    await expect(page.getByLabel("Oorzaak", { exact: true })).toHaveValue("Jeroen Bakker had de sleutel niet.");
    await expect(page.getByLabel("De les")).toHaveValue("De sleutelprocedure heeft een tweede sleutelhouder.");
    await expect(page.getByLabel(/14\. Voortvarendheid/)).toBeChecked();
    await page.getByLabel("Oorzaak", { exact: true }).fill("De sleutel had maar één houder.");
    await page.getByRole("button", { name: "Les opslaan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /LL-\d{4}-\d{4}: Balie opent te laat/ })).toBeVisible();
    await context.close();
  });
});
