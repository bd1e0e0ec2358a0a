import { expect, test } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, registreerKlacht as registreer, stap, zetKlok } from "./helpers";


test.describe("klachten", () => {
  test.describe.configure({ timeout: 240_000 });

  test("a written complaint from intake to the conclusion letter (regieteam), axe clean", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/klachten");
    await zetKlok(page, "2025-11-13T10:00:00+01:00");
    await page.goto("/klachten/nieuw");
    await expectAxeClean(page);
    await registreer(page);
    await expect(page.getByText(/29 december 2025/).first()).toBeVisible();
    await expect(page.getByText(/Kerstdag/).first()).toBeVisible();
    await expectAxeClean(page);

    await stap(page, "Ontvangst bevestigen", undefined, /Ontvangst bevestigen/);
    await expect(page.getByText("De ontvangst is bevestigd")).toBeVisible();
    // 9:7: the beklaagde may not handle
    await stap(page, "Klachtbehandelaar toewijzen", async () => {
      await page.getByLabel("Klachtbehandelaar").selectOption({ label: "Fatima El Amrani" });
    }, "Toewijzen");
    await expect(page.getByText(/Awb 9:7/).first()).toBeVisible();
    await stap(page, "Klachtbehandelaar toewijzen", async () => {
      await page.getByLabel("Klachtbehandelaar").selectOption({ label: "Ruben Dekker" });
    }, "Toewijzen");
    await expect(page.getByText(/Ruben/).first()).toBeVisible();
    await stap(page, "Afschrift aan de beklaagde", undefined, "Afschrift vastleggen");

    // verdaging needs both notices
    await stap(page, "Afhandeling verdagen", undefined, "Verdagen");
    await expect(page.getByText(/mededeling aan de klager én aan de beklaagde/)).toBeVisible();
    await stap(page, "Verdagingsbericht vastleggen", async () => page.getByLabel("Aan wie ging het schriftelijke bericht?").selectOption("klager"), "Bericht vastleggen");
    await stap(page, "Afhandeling verdagen", undefined, "Verdagen");
    await expect(page.getByText(/Nog niet vastgelegd voor de beklaagde/)).toBeVisible();
    await stap(page, "Verdagingsbericht vastleggen", async () => page.getByLabel("Aan wie ging het schriftelijke bericht?").selectOption("beklaagde"), "Bericht vastleggen");
    await stap(page, "Afhandeling verdagen", undefined, "Verdagen");
    await expect(page.getByText("Verdaagd").first()).toBeVisible();

    // conclusion refused before hearing, then the hearing, then the 9:12 fields
    await stap(page, "Hoorgesprek gehouden", async () => page.getByLabel("Verslag van het hoorgesprek").fill("Klager en medewerker gehoord; gesprek bevestigd."), "Verslag vastleggen");
    await stap(page, "Klacht afhandelen", async () => {
      await page.getByLabel("Bevindingen", { exact: true }).fill("Het gesprek verliep onvriendelijk.");
      await page.getByLabel("Oordeel", { exact: true }).selectOption("gegrond");
    }, /Afhandelen en conclusiebrief/);
    await expect(page.getByText("Kies de geschonden behoorlijkheidsnorm(en).")).toBeVisible();
    await stap(page, "Klacht afhandelen", async () => {
      await page.getByLabel("Bevindingen", { exact: true }).fill("Het gesprek verliep onvriendelijk.");
      await page.getByLabel("Oordeel", { exact: true }).selectOption("gegrond");
      await page.getByLabel(/7\. Fatsoenlijke bejegening/).check();
      await page.getByLabel("Genomen maatregelen").fill("Excuses aangeboden; coaching van de medewerker.");
    }, /Afhandelen en conclusiebrief/);
    await expect(page.getByText("De klacht is afgehandeld")).toBeVisible();
    await page.getByRole("link", { name: /Brief: Afhandeling van uw klacht/ }).click();
    await expect(page.locator("article.kl-brief")).toContainText("Fatsoenlijke bejegening");
    await expect(page.locator("article.kl-brief")).toContainText("Nationale ombudsman");
    await expectAxeClean(page);
    const dl = await page.request.get(page.url().replace(/\?.*$/, "") + "/download?formaat=txt");
    expect(dl.headers()["content-disposition"]).toContain("attachment");
    expect(await dl.text()).toContain("Fatsoenlijke bejegening");
    await page.goto("/klachten?zoek=parkeervergunning");
    await expect(page.getByRole("link", { name: /KL-2025-/ }).first()).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  test("past its term it escalates; the beklaagde cannot open the dossier", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/klachten");
    await zetKlok(page, "2025-11-13T10:00:00+01:00");
    await registreer(page, { omschrijving: "Termijntest klacht" });
    const url = page.url().replace(/\?.*$/, "");
    await zetKlok(page, "2026-01-05T10:00:00+01:00");
    await page.goto("/klachten?telaat=ja&zoek=Termijntest");
    await expect(page.locator("table").getByText("Te laat").first()).toBeVisible();
    await page.goto(url);
    await expect(page.getByText("De termijn is verstreken")).toBeVisible();
    const fatima = await ingelogdeContext(browser, DEMO.medewerker);
    const r = await fatima.page.goto(url);
    expect(r?.status()).toBe(403);
    await fatima.context.close();
    await context.close();
  });

  test("informal resolution needs satisfaction", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/klachten");
    await zetKlok(page, "2025-11-13T10:00:00+01:00");
    await registreer(page, { omschrijving: "Informeel op te lossen" });
    await stap(page, "Ontvangst bevestigen", undefined, /Ontvangst bevestigen/);
    await stap(page, "Klachtbehandelaar toewijzen", async () => {
      const opties = await page.getByLabel("Klachtbehandelaar").locator("option").allTextContents();
      await page.getByLabel("Klachtbehandelaar").selectOption({ label: opties.find((o) => o.startsWith("Ruben"))! });
    }, "Toewijzen");
    await stap(page, "Informeel opgelost", async () => {
      await page.getByLabel("Hoe is de klacht opgelost?").fill("Gebeld en excuses gemaakt.");
      await page.getByLabel("Hoe en wanneer liet de klager dat weten?").fill("Telefonisch 14 november");
    }, "Informeel afsluiten");
    await expect(page.getByText(/Awb 9:5/).first()).toBeVisible();
    await stap(page, "Informeel opgelost", async () => {
      await page.getByLabel("Hoe is de klacht opgelost?").fill("Gebeld en excuses gemaakt.");
      await page.getByLabel("De klager heeft laten weten tevreden te zijn").check();
      await page.getByLabel("Hoe en wanneer liet de klager dat weten?").fill("Telefonisch 14 november");
    }, "Informeel afsluiten");
    await expect(page.getByText("Informeel opgelost").first()).toBeVisible();
    await context.close();
  });

  test("intake works without JavaScript, with errors at the field", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker, { javaScript: false });
    await page.goto("/klachten/nieuw");
    await page.getByLabel("Waarover klaagt de klager?").fill("Zonder JS ingevoerd");
    await page.getByRole("button", { name: "Klacht registreren" }).click();
    await expect(page.getByText("Vul de naam van de klager (of de contactpersoon) in.")).toBeVisible();
    await expect(page.getByLabel("Waarover klaagt de klager?")).toHaveValue("Zonder JS ingevoerd");
    await context.close();
  });
});
