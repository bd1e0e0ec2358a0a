import { test, expect } from "@playwright/test";
import { DEMO, DEMO_WACHTWOORD, expectAxeClean, login } from "./helpers";

test.describe("fundament", () => {
  test("inlogpagina is toegankelijk en Nederlandstalig", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expectAxeClean(page);
  });

  test("lege velden geven een melding bij het veld", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Vul uw e-mailadres in.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expectAxeClean(page);
  });

  test("medewerker logt in, ziet Mijn werk en alleen de navigatie die bij de rol hoort, en logt uit", async ({ page }) => {
    await login(page, DEMO.medewerker);
    await expect(page).toHaveURL(/\/mijn-werk$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    await expect(nav.getByRole("link", { name: "Mijn werk" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Ons kwaliteitshandvest" })).toBeVisible();
    for (const verborgen of ["Team", "Klachten", "Regieteam", "Beheer"]) {
      await expect(nav.getByRole("link", { name: verborgen, exact: true })).toHaveCount(0);
    }
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
    await page.goto("/mijn-werk");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fmijn-werk$/);
  });

  test("navigatie per rol", async ({ browser }) => {
    const verwacht: Record<string, string[]> = {
      [DEMO.teamleider]: ["Mijn werk", "Klantbeeld", "Team", "Klachten", "Leerlogboek", "Ons kwaliteitshandvest"],
      [DEMO.regieteam]: ["Mijn werk", "Klantbeeld", "Klachten", "Regieteam", "Leerlogboek", "Ons kwaliteitshandvest"],
      [DEMO.beheerder]: ["Mijn werk", "Klantbeeld", "Leerlogboek", "Ons kwaliteitshandvest", "Beheer"],
    };
    for (const [email, links] of Object.entries(verwacht)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, email);
      const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
      await expect(nav.getByRole("link")).toHaveText(links);
      await context.close();
    }
  });

  test("na inloggen terug naar de gevraagde pagina, nooit naar een andere site", async ({ page }) => {
    await page.goto("/inloggen?terug=//evil.example/x");
    await page.getByLabel("E-mailadres").fill(DEMO.medewerker2);
    await page.getByLabel("Wachtwoord").fill(DEMO_WACHTWOORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/mijn-werk$/);
  });

  test("onjuist wachtwoord en daarna de blokkade met een Nederlandse melding", async ({ page }) => {
    await page.goto("/inloggen");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("E-mailadres").fill("lotte@voorbeeld.nl");
      await page.getByLabel("Wachtwoord").fill("fout-wachtwoord-" + i);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page.getByRole("alert")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
    }
    // Locked now: even the right password is refused, with the waiting time in Dutch.
    await page.getByLabel("E-mailadres").fill("lotte@voorbeeld.nl");
    await page.getByLabel("Wachtwoord").fill(DEMO_WACHTWOORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toContainText("Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw");
    await expectAxeClean(page);
  });

  test("verboden pagina geeft een Nederlandse 403 zonder technische details", async ({ page }) => {
    await login(page, DEMO.medewerker);
    const res = await page.goto("/beheer");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Error");
    await expectAxeClean(page);
  });

  test("onbekende pagina geeft een Nederlandse 404", async ({ page }) => {
    await login(page, DEMO.medewerker);
    const res = await page.goto("/bestaat-niet");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expectAxeClean(page);
  });

  test("beveiligingsheaders en een nonce-CSP op elke pagina", async ({ request }) => {
    const res = await request.get("/inloggen");
    const h = res.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["x-request-id"]).toBeTruthy();
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(h["content-security-policy"]!)![1];
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      if (/\bsrc=/.test(s) && !/type="module"/.test(s) && !/nonce=/.test(s)) continue;
      expect(s, "inline script zonder nonce").toContain(`nonce="${nonce}"`);
    }
  });

  test("formulierpost van een andere herkomst wordt geweigerd", async ({ request }) => {
    const res = await request.post("/inloggen", {
      form: { email: DEMO.medewerker, wachtwoord: DEMO_WACHTWOORD },
      headers: { Origin: "http://evil.example" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("Verzoek geweigerd");
    const zonder = await request.post("/inloggen", {
      form: { email: DEMO.medewerker, wachtwoord: DEMO_WACHTWOORD },
      headers: { Origin: "" },
      maxRedirects: 0,
    });
    expect(zonder.status()).toBe(403);
  });

  test("healthz meldt de database", async ({ request }) => {
    const res = await request.get("/healthz");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("taalkeuze werkt zonder JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/inloggen");
    await page.getByLabel("Taal").selectOption("en");
    await page.getByRole("button", { name: "Wijzig taal" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("inloggen werkt zonder JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await login(page, DEMO.teamleider);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    await context.close();
  });
});
