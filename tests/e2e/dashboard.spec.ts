/**
 * Regieteam dashboards in Chromium: ruben opens /regieteam/dashboard and /regieteam/nakoming (axe clean), filters
 * by afdeling without JavaScript, follows a drill-down link to the complaints list, downloads a CSV, enters a
 * contact volume and opens the deadlines drill-down. A medewerker gets a 403.
 */
import { expect, test } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext } from "./helpers";

test.describe("regieteam dashboards", () => {
  test.describe.configure({ timeout: 180_000 });

  test("dashboard and nakoming: axe clean, charts with tables, CSV download", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/regieteam/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard klachten en leren" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "In één minuut" })).toBeVisible();
    // every chart is an image with an accessible name from its heading, followed by a table alternative
    await expect(page.getByRole("img", { name: /^Klachten per maand/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Geschonden behoorlijkheidsnormen/ })).toBeVisible();
    await expect(page.getByText("Tabel bij deze grafiek").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kengetallen van de vier dienstverleningsprincipes" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByText("Tabel bij deze grafiek").first().click();
    await expect(page.getByRole("table", { name: /Klachten per maand/ })).toBeVisible();
    await expectAxeClean(page);

    // download all tables as CSV
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^dashboard-klachten-.*\.csv$/);
    const pad = await download.path();
    const { readFileSync } = await import("node:fs");
    const csv = readFileSync(pad!, "utf8");
    expect(csv).toContain("Geschonden behoorlijkheidsnormen");
    expect(csv).toContain("Kengetallen van de vier dienstverleningsprincipes");

    await page.goto("/regieteam/nakoming");
    await expect(page.getByRole("heading", { level: 1, name: "Nakoming handvest" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Percentage op tijd per handvestnorm/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Nakoming per handvestnorm" })).toBeVisible();
    await expectAxeClean(page);
    // the "nu te laat" drill-down list
    await page.getByRole("link", { name: /termijn(en)? te laat/ }).first().click(); // "Nu 1 termijn te laat" or "Nu 3 termijnen te laat"
    await expect(page).toHaveURL(/\/regieteam\/termijnen\?nu=te_laat/);
    await expect(page.getByRole("heading", { level: 1, name: "Termijnen die nu te laat zijn" })).toBeVisible();
    await expectAxeClean(page);
    await page.goto("/klachten?van=2025-01&tot=2026-12&afloop=open");
    await expect(page.getByRole("list", { name: "Actieve filters" })).toContainText("Afloop: Nog open");
    await expectAxeClean(page);
    await page.goto("/regieteam/contactvolumes");
    await expectAxeClean(page);
    await context.close();
  });

  test("filter by afdeling without JavaScript and follow a drill-down link to the complaints list", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam, { javaScript: false });
    await page.goto("/regieteam/dashboard");
    const afdeling = page.getByLabel("Afdeling", { exact: true });
    const eerste = await afdeling.locator("option").nth(1).textContent();
    await afdeling.selectOption({ index: 1 });
    await page.getByLabel("per kwartaal").check();
    await page.getByRole("button", { name: "Toon" }).click();
    await expect(page).toHaveURL(/afdeling=\d+/);
    await expect(page).toHaveURL(/per=kwartaal/);
    await expect(afdeling).toHaveValue(/\d+/);
    await expect(page.getByRole("img", { name: /Klachten per kwartaal/ })).toBeVisible();
    // nonsense in the URL: Dutch error at the field, page still works
    await page.goto("/regieteam/dashboard?periode=eigen&van=2026-13&tot=2026-01");
    await expect(page.getByText("Vul de beginmaand in als JJJJ-MM, bijvoorbeeld 2026-01.")).toBeVisible();

    await page.goto("/regieteam/dashboard");
    await afdeling.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByRole("link", { name: /klachten? ontvangen/ }).click();
    await expect(page).toHaveURL(/\/klachten\?van=\d{4}-\d{2}&tot=\d{4}-\d{2}&afdeling=\d+/);
    await expect(page.getByRole("heading", { level: 1, name: "Klachten" })).toBeVisible();
    const actief = page.getByRole("list", { name: "Actieve filters" });
    await expect(actief).toContainText(`Afdeling: ${eerste!.trim()}`);
    await expect(actief).toContainText("Ontvangen vanaf");
    // remove one filter
    await actief.getByRole("link", { name: /Filter Afdeling: .* verwijderen/ }).click();
    await expect(page).not.toHaveURL(/afdeling=/);
    await context.close();
  });

  test("contact volumes: entered without JavaScript, duplicate refused; a medewerker gets 403", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam, { javaScript: false });
    await page.goto("/regieteam/contactvolumes");
    await expect(page.getByRole("heading", { level: 1, name: "Contactvolumes" })).toBeVisible();
    await page.getByLabel("Maand").fill("2025-01");
    await page.getByLabel("Kanaal").selectOption("balie");
    await page.getByLabel("Aantal contacten").fill("veel");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Vul het aantal contacten in als heel getal")).toBeVisible();
    await expect(page.getByLabel("Aantal contacten")).toHaveValue("veel");
    await page.getByLabel("Aantal contacten").fill("4321");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Ingevoerd: 4.321 contacten.")).toBeVisible();
    await expect(page.getByRole("row", { name: /januari 2025.*Balie.*4\.321/ })).toBeVisible();
    await page.getByLabel("Maand").fill("2025-01");
    await page.getByLabel("Kanaal").selectOption("balie");
    await page.getByLabel("Aantal contacten").fill("1");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText(/is al 4\.321 ingevoerd/)).toBeVisible();
    await context.close();

    const { context: c2, page: p2 } = await ingelogdeContext(browser, DEMO.medewerker);
    const r = await p2.goto("/regieteam/dashboard");
    expect(r?.status()).toBe(403);
    await c2.close();
  });
});
