import { test, expect } from "@playwright/test";
import { DEMO, ingelogdeContext, expectAxeClean, zetKlok } from "./helpers";

test.describe("workflow engine: test clock and inbox", () => {
  test("the test clock answers with business time and moves it", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await zetKlok(page, "2026-03-02T10:00:00+01:00");
    const res = await page.request.get("/__test/klok");
    expect(res.status()).toBe(200);
    const { nu } = (await res.json()) as { nu: string };
    expect(Date.parse(nu) - Date.parse("2026-03-02T09:00:00Z")).toBeLessThan(60_000);
    await context.close();
  });

  test("inbox page: heading, empty state, header link, accessible", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker2);
    await page.goto("/inbox");
    await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Berichten/ }).first()).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  test("inbox page works without JavaScript", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker2, { javaScript: false });
    await page.goto("/inbox");
    await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
    await context.close();
  });

  test("inbox requires login", async ({ page }) => {
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Finbox/);
  });
});
