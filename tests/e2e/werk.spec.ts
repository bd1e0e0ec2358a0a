import { test, expect, type Page } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

// Monday 7 December 2026, 09:00 Amsterdam: TERUGBELLEN (1 werkdag) → Tuesday 8 Dec 17:00.
const MAANDAG = "2026-12-07T09:00:00+01:00";
const INWONER = "Wilma Werklijst";
const TELEFOON = "06-23456789";
const VRAAG = "Wanneer wordt de kapotte lantaarnpaal in de Dorpsstraat gerepareerd?";
const VRAAG2 = "Klopt de WOZ-waarde van mijn woning?";

async function nieuweTerugbel(page: Page, naam: string, telefoon: string, vraag: string) {
  await page.goto("/terugbelafspraken/nieuw");
  await page.getByLabel("Naam van de inwoner").fill(naam);
  await page.getByLabel("Telefoonnummer").fill(telefoon);
  await page.getByLabel("Vraag van de inwoner").fill(vraag);
  await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
  await expect(page.getByText("Terugbelafspraak vastgelegd")).toBeVisible();
}

test.describe.serial("werklijsten en klantbeeld", () => {
  test("Mijn werk toont een nieuwe terugbelafspraak met een leesbare status", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await zetKlok(page, MAANDAG);
    // Other specs may already have given fatima work on this server: count relative to what is there now.
    const tellers = page.getByRole("navigation", { name: "Mijn open afspraken per status" });
    await page.goto("/mijn-werk");
    const opTijdLink = tellers.getByRole("link", { name: /Op tijd/ });
    const voor = (await opTijdLink.count()) ? Number(/(\d+)/.exec((await opTijdLink.first().innerText()) ?? "")?.[1] ?? 0) : 0;
    await nieuweTerugbel(page, INWONER, TELEFOON, VRAAG);
    await nieuweTerugbel(page, INWONER, TELEFOON, VRAAG2);
    await page.goto("/mijn-werk");
    const lijst = page.getByRole("table", { name: "Mijn afspraken" });
    const rij = lijst.getByRole("row").filter({ hasText: "lantaarnpaal" });
    await expect(rij).toHaveCount(1);
    await expect(rij.getByText("Op tijd")).toBeVisible();
    await expect(rij.getByText("uiterlijk morgen, di 8 dec, 17:00")).toBeVisible();
    await expect(rij.getByRole("link", { name: INWONER })).toBeVisible();
    await expect(rij.getByText("Terugbelafspraak", { exact: true })).toBeVisible();
    // counts per status and the status filter
    await expect(tellers.getByRole("link", { name: new RegExp(`Op tijd\\s*${voor + 2}\\b`) })).toBeVisible();
    await page.getByLabel("Status", { exact: true }).selectOption("te_laat");
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await expect(page).toHaveURL(/status=te_laat/);
    await expect(page.getByRole("row").filter({ hasText: "lantaarnpaal" })).toHaveCount(0);
    await page.getByLabel("Status", { exact: true }).selectOption("op_tijd");
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await expect(page.getByRole("row").filter({ hasText: "lantaarnpaal" })).toHaveCount(1);
    await page.goto("/mijn-werk");
    await expect(page.getByRole("link", { name: "Nieuwe terugbelafspraak" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nieuwe overdracht" })).toBeVisible();
    await expectAxeClean(page);
    // the row links to the callback's own page
    await rij.getByRole("link", { name: /lantaarnpaal/ }).click();
    await expect(page).toHaveURL(/\/terugbelafspraken\//);
    await context.close();
  });

  test("Team: sanne ziet het werk van fatima, per medewerker geteld", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.teamleider);
    await page.goto("/team");
    await expect(page.getByRole("heading", { level: 1, name: "Team: KCC Telefonie" })).toBeVisible();
    const perMedewerker = page.getByRole("table", { name: "Open werk per medewerker" });
    const fatima = perMedewerker.getByRole("row").filter({ hasText: "Fatima El Amrani" });
    await expect(fatima.getByRole("link", { name: /Fatima El Amrani: \d+ open/ })).toBeVisible();
    const lijst = page.getByRole("table", { name: "Open werk van het team" });
    await expect(lijst.getByRole("row").filter({ hasText: "lantaarnpaal" }).getByText("Fatima El Amrani")).toBeVisible();
    await expectAxeClean(page);
    // nothing selected: a clear message at the form, nothing changed; the page with the message is axe clean
    await page.getByLabel("Toewijzen aan").selectOption({ label: "Jeroen Bakker" });
    await page.getByRole("button", { name: "Toewijzen", exact: true }).click();
    await expect(page.getByText("Selecteer eerst één of meer afspraken.")).toBeVisible();
    await expectAxeClean(page);
    await page.goto("/team/escalaties");
    await expect(page.getByRole("heading", { level: 1, name: "Escalaties" })).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  test("Team: hertoewijzen in bulk werkt zonder JavaScript en meldt het resultaat per afspraak", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.teamleider, { javaScript: false });
    await page.goto("/team");
    const lijst = page.getByRole("table", { name: "Open werk van het team" });
    await lijst.getByRole("checkbox", { name: /WOZ-waarde/ }).check();
    await page.getByLabel("Toewijzen aan").selectOption({ label: "Jeroen Bakker" });
    await page.getByRole("button", { name: "Toewijzen", exact: true }).click();
    await expect(page.getByText("1 toegewezen")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "WOZ-waarde" }).getByText("Toegewezen:")).toBeVisible();
    const rij = page.getByRole("table", { name: "Open werk van het team" }).getByRole("row").filter({ hasText: "WOZ-waarde" });
    await expect(rij.getByText("Jeroen Bakker")).toBeVisible();
    // (axe needs JavaScript in the page; the same page with a result message is scanned in the JS test above)
    await context.close();

    const jeroen = await ingelogdeContext(browser, DEMO.medewerker2);
    await jeroen.page.goto("/mijn-werk");
    await expect(jeroen.page.getByRole("table", { name: "Mijn afspraken" }).getByText(/WOZ-waarde/)).toBeVisible();
    await jeroen.context.close();
  });

  test("Klantbeeld: zoeken op telefoonnummer vindt de inwoner en toont de terugbelafspraken", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await page.goto("/klantbeeld");
    await expectAxeClean(page);
    await page.getByLabel("Telefoonnummer, e-mailadres of naam").fill("+31 6 2345 6789");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("table", { name: "Gevonden inwoners" }).getByRole("link", { name: INWONER }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Klantbeeld: ${INWONER}` })).toBeVisible();
    await expect(page.getByText(VRAAG, { exact: true })).toBeVisible();
    await expect(page.getByText(VRAAG2, { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /Terugbelafspraak: .*lantaarnpaal/ })).toBeVisible();
    await expectAxeClean(page);
    await page.goto("/klantbeeld");
    await expect(page.getByText(/in de afgelopen 90 dagen/)).toBeVisible();
    // search by name works too
    await page.goto("/klantbeeld?zoek=werklijst");
    await expect(page.getByRole("link", { name: INWONER })).toBeVisible();
    await context.close();
  });

  test("Klantbeeld: een collega van een ander team krijgt geen toegang", async ({ browser }) => {
    const fatima = await ingelogdeContext(browser, DEMO.medewerker);
    await fatima.page.goto("/klantbeeld?zoek=06-23456789");
    await fatima.page.getByRole("link", { name: INWONER }).click();
    await fatima.page.waitForURL(/\/klantbeeld\/[^/?]+$/);
    const pad = new URL(fatima.page.url()).pathname;
    await fatima.context.close();

    const ander = await ingelogdeContext(browser, DEMO.teamleiderAnder);
    const res = await ander.page.goto(pad);
    expect(res?.status()).toBe(403);
    await expect(ander.page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    await expect(ander.page.getByText(VRAAG)).toHaveCount(0);
    await ander.page.goto("/klantbeeld?zoek=06-23456789");
    await expect(ander.page.getByText("Geen inwoner gevonden die u mag zien.")).toBeVisible();
    await expect(ander.page.getByRole("link", { name: INWONER })).toHaveCount(0);
    await ander.context.close();
  });

  test("Escalaties: een verlopen terugbelafspraak komt bij de teamleider en kan worden bevestigd", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.teamleider);
    // Wednesday 9 December 10:00: Tuesday 17:00 has passed; the scheduler escalates to the teamleider.
    await zetKlok(page, "2026-12-09T10:00:00+01:00");
    await page.goto("/team/escalaties");
    const rij = page.getByRole("row").filter({ hasText: "lantaarnpaal" });
    await expect(rij).toHaveCount(1);
    await expect(rij.getByText("Te laat")).toBeVisible();
    await rij.getByRole("button", { name: /Gezien, ik pak dit op/ }).click();
    await expect(page.getByText("Vastgelegd dat u de escalatie heeft gezien.")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "lantaarnpaal" }).getByText(/Gezien op/)).toBeVisible();
    await expectAxeClean(page);
    await page.goto("/team");
    await expect(page.getByRole("table", { name: "Open werk van het team" }).getByRole("row").filter({ hasText: "lantaarnpaal" }).getByText("Te laat")).toBeVisible();
    await context.close();
  });
});
