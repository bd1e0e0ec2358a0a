import { test, expect } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

// Monday 7 December 2026, 09:00 Amsterdam.
const MOMENT = "2026-12-07T09:00:00+01:00";
const NOTITIE = "We bespraken het terugbellen binnen de norm; Fatima plant voortaan vaste belmomenten.";
const NOTITIE_ZONDER_JS = "Notitie zonder JavaScript: afspraken over overdrachten besproken.";
const AFSPRAAK = "Elke ochtend om 9 uur de terugbellijst doorlopen.";
const REACTIE = "Eens, ik begin maandag met de vaste belmomenten.";

let profielPad = "";

test.describe.serial("coachingsprofielen", () => {
  test("de leidinggevende voegt een notitie en een afspraak toe", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.teamleider);
    await zetKlok(page, MOMENT);
    await page.goto("/team/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Teamdashboard" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Werkvoorraad per medewerker (alfabetisch)" })).toBeVisible();
    await expectAxeClean(page);

    await page.goto("/team/profielen");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn medewerkers" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("link", { name: "Profiel van Fatima" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Profiel van Fatima/ })).toBeVisible();
    profielPad = new URL(page.url()).pathname;
    expect(profielPad).toMatch(/^\/team\/profielen\/.+/);
    await expect(page.getByRole("table", { name: "Dienstverlening in feiten" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Percentage op tijd per maand/ })).toBeVisible();

    // Empty note: error at the field.
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByText("Vul de tekst in.")).toBeVisible();
    await page.getByLabel("Notitie", { exact: true }).fill(NOTITIE);
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByText("De notitie is opgeslagen.")).toBeVisible();
    await expect(page.getByText(NOTITIE)).toBeVisible();

    await page.getByLabel("Afspraak", { exact: true }).fill(AFSPRAAK);
    await page.getByLabel("Uiterlijk op").fill("2026-12-31");
    await page.getByRole("button", { name: "Afspraak opslaan" }).click();
    await expect(page.getByText("De afspraak is opgeslagen.")).toBeVisible();
    const kaart = page.getByRole("listitem").filter({ hasText: AFSPRAAK });
    await expect(kaart.getByText(/uiterlijk/)).toBeVisible();
    await expect(kaart.getByRole("button", { name: "Markeer als nagekomen" })).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  test("het notitieformulier werkt ook zonder JavaScript", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.teamleider, { javaScript: false });
    await page.goto(profielPad);
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByText("Vul de tekst in.")).toBeVisible();
    await page.getByLabel("Notitie", { exact: true }).fill(NOTITIE_ZONDER_JS);
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByText("De notitie is opgeslagen.")).toBeVisible();
    await expect(page.getByText(NOTITIE_ZONDER_JS)).toBeVisible();
    await context.close();
  });

  test("de medewerker ziet haar profiel en reageert", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await page.goto("/profiel");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
    await expect(page.getByText(NOTITIE)).toBeVisible();
    await expect(page.getByText(AFSPRAAK)).toBeVisible();
    // The employee cannot write notes or agreements herself.
    await expect(page.getByRole("button", { name: "Notitie opslaan" })).toHaveCount(0);
    await expectAxeClean(page);
    const notitie = page.getByRole("article").filter({ hasText: NOTITIE });
    await notitie.getByLabel("Reactie").fill(REACTIE);
    await notitie.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect(page.getByText("Uw reactie is geplaatst.")).toBeVisible();
    await expect(page.getByRole("article").filter({ hasText: NOTITIE }).getByText(REACTIE)).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  for (const [wie, email] of [
    ["een andere teamleider", DEMO.teamleiderAnder],
    ["een regieteamlid", DEMO.regieteam],
    ["een collega", DEMO.medewerker2],
    ["een beheerder", DEMO.beheerder],
  ] as const) {
    test(`${wie} krijgt de 403-pagina op het profiel van Fatima`, async ({ browser }) => {
      const { context, page } = await ingelogdeContext(browser, email);
      const res = await page.goto(profielPad);
      expect(res?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
      await expect(page.getByText(NOTITIE)).toHaveCount(0);
      await context.close();
    });
  }
});
