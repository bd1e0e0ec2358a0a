import { test, expect } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext } from "./helpers";

// Issue 17 part 4: with English chosen the staff pages hydrate in English (server and browser agree on every
// text and date) and pass axe with lang="en".
test("staff pages in English after choosing English, hydrated without mismatches", async ({ browser }) => {
  const { context, page } = await ingelogdeContext(browser, DEMO.teamleider);
  const fouten: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") fouten.push(m.text());
  });
  page.on("pageerror", (e) => fouten.push(e.message));
  await page.getByLabel("Taal").selectOption("en");
  await page.getByRole("button", { name: "Wijzig taal" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const [pad, kop] of [
    ["/mijn-werk", "My work"],
    ["/team", "Team"],
    ["/team/escalaties", "Escalations"],
    ["/inbox", "Messages"],
    ["/handvest", "Our quality charter"],
    ["/terugbelafspraken/nieuw", "New callback"],
  ] as const) {
    await page.goto(pad);
    await expect(page.getByRole("heading", { level: 1, name: kop })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectAxeClean(page);
  }
  await page.goto("/terugbelafspraken/nieuw");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Record callback" }).click();
  await expect(page.getByText("Enter the phone number on which the citizen wants to be called back.")).toBeVisible();
  expect(fouten.filter((f) => /hydrat|did not match|Minified React error/i.test(f))).toEqual([]);
  await context.close();
});

// The regieteam's pages translated this round (dashboard and annual report with charts and numbers, the complaint
// dossier with its deadlines and step forms, a lesson): hydrated in English without mismatches, axe clean.
test("the regieteam's dashboards, annual report and a complaint dossier in English, hydrated without mismatches", async ({ browser }) => {
  const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
  const fouten: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") fouten.push(m.text());
  });
  page.on("pageerror", (e) => fouten.push(e.message));
  await page.getByLabel("Taal").selectOption("en");
  await page.getByRole("button", { name: "Wijzig taal" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const pad of ["/regieteam/dashboard", "/regieteam/jaarverslag", "/regieteam/nakoming", "/klachten", "/leerlogboek"]) {
    await page.goto(pad);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.waitForLoadState("networkidle");
    await expectAxeClean(page);
  }
  await page.goto("/klachten");
  await page.locator("table a[href^='/klachten/']").first().click();
  await expect(page).toHaveURL(/\/klachten\/[^/]+$/);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("h1")).toBeVisible();
  await expectAxeClean(page);
  expect(fouten.filter((f) => /hydrat|did not match|Minified React error/i.test(f))).toEqual([]);
  await context.close();
});
