import { test, expect, type Page } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

const MAANDAG = "2026-11-23T10:00:00+01:00";

/** The text of the sender's "Nog niet losgelaten" section on Mijn werk. */
async function nogNietLosgelaten(page: Page): Promise<string> {
  await page.goto("/mijn-werk");
  const kop = page.getByRole("heading", { name: /Nog niet losgelaten/ });
  await expect(kop).toBeVisible();
  const sectie = page.locator("section", { has: kop }).first();
  return (await sectie.count()) ? await sectie.innerText() : await page.locator("main").innerText();
}

test("warm handover: declined, offered again, picked up, citizen informed, closed — on the sender's list until then", async ({ browser }) => {
  const fatima = await ingelogdeContext(browser, DEMO.medewerker);
  await zetKlok(fatima.page, MAANDAG);
  const p = fatima.page;
  await p.goto("/overdrachten/nieuw");
  await expect(p.getByLabel("Naam van de inwoner")).toBeFocused();
  await expectAxeClean(p);
  await p.getByLabel("Naam van de inwoner").fill("Ahmed Bouali");
  await p.getByLabel("Telefoonnummer").fill("06 11122233");
  await p.getByLabel("Vraag van de inwoner").fill("Bezwaar tegen de WOZ-waarde van zijn woning");
  await p.getByLabel("Wat is al gezegd en gedaan?").fill("Uitgelegd dat bezwaar binnen 6 weken moet; aanslag ligt bij hem thuis.");
  await p.getByLabel("Overdragen aan").selectOption({ label: "Daan Smit (KCC Balie)" });
  await p.getByRole("button", { name: "Overdracht aanbieden" }).click();
  await expect(p.getByRole("heading", { name: "Warme overdracht: Ahmed Bouali" })).toBeVisible();
  await expect(p.getByText("Overdracht aangeboden")).toBeVisible();
  await expect(p.getByText("Status: Aangeboden")).toBeVisible();
  await expectAxeClean(p);
  const pad = new URL(p.url()).pathname;
  const lijst1 = await nogNietLosgelaten(p);
  expect(lijst1).toContain("WOZ-waarde");

  // Daan declines with a reason → back to Fatima
  const daan = await ingelogdeContext(browser, "daan@voorbeeld.nl");
  await daan.page.goto(pad);
  await expect(daan.page.getByText("Uitgelegd dat bezwaar binnen 6 weken moet", { exact: false })).toBeVisible();
  await daan.page.getByRole("button", { name: "Overdracht weigeren" }).click();
  await expect(daan.page.getByText("Noteer waarom u deze overdracht weigert", { exact: false })).toBeVisible();
  await daan.page.getByLabel("Reden van weigeren").fill("Hoort bij Belastingen, niet bij de balie");
  await daan.page.getByRole("button", { name: "Overdracht weigeren" }).click();
  await expect(daan.page.getByText("Status: Geweigerd, terug bij afzender")).toBeVisible();
  await daan.context.close();

  // Fatima offers it again, to Jeroen
  await p.goto(pad);
  await expect(p.getByText("Hoort bij Belastingen, niet bij de balie", { exact: false }).first()).toBeVisible();
  await p.getByLabel("Aanbieden aan").selectOption({ label: "Jeroen Bakker (KCC Telefonie)" });
  await p.getByRole("button", { name: "Opnieuw aanbieden" }).click();
  await expect(p.getByText("Status: Aangeboden")).toBeVisible();
  const lijst2 = await nogNietLosgelaten(p);
  expect(lijst2).toContain("WOZ-waarde");

  // Jeroen picks it up and informs the citizen
  const jeroen = await ingelogdeContext(browser, DEMO.medewerker2);
  await jeroen.page.goto(pad);
  await jeroen.page.getByRole("button", { name: "Overdracht oppakken" }).click();
  await expect(jeroen.page.getByText("Status: Opgepakt")).toBeVisible();
  await expectAxeClean(jeroen.page);
  await jeroen.page.getByLabel("Hoe").selectOption("telefoon");
  await jeroen.page.getByLabel("Vervolgstap").fill("Jeroen stuurt vandaag het bezwaarformulier; inwoner belt bij vragen.");
  await jeroen.page.getByRole("button", { name: "Vastleggen" }).click();
  await expect(jeroen.page.getByText("Status: Inwoner geïnformeerd")).toBeVisible();
  await jeroen.context.close();

  // still on Fatima's list until afgerond; Fatima closes it
  const lijst3 = await nogNietLosgelaten(p);
  expect(lijst3).toContain("WOZ-waarde");
  await p.goto(pad);
  await p.getByRole("button", { name: "Overdracht afronden" }).click();
  await expect(p.getByText("Status: Afgerond")).toBeVisible();
  await expect(p.getByText("Jeroen stuurt vandaag het bezwaarformulier", { exact: false })).toBeVisible();
  // afgerond: gone from the list (the section may disappear entirely when it is empty)
  await p.goto("/mijn-werk");
  await expect(p.locator("main")).not.toContainText("WOZ-waarde");
  await fatima.context.close();
});

test("turn a callback into a warm handover (without JavaScript)", async ({ browser }) => {
  const { context, page } = await ingelogdeContext(browser, DEMO.medewerker, { javaScript: false });
  await page.goto("/terugbelafspraken/nieuw");
  await page.getByLabel("Naam van de inwoner").fill("Ria Omzet");
  await page.getByLabel("Telefoonnummer").fill("020-7654321");
  await page.getByLabel("Vraag van de inwoner").fill("Vraag over bijzondere bijstand");
  await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
  await expect(page.getByRole("heading", { name: "Terugbelafspraak: Ria Omzet" })).toBeVisible();
  await page.getByLabel("Overdragen aan").selectOption({ label: "Team Wmo en Jeugd" });
  await page.getByRole("button", { name: "Warm overdragen" }).click();
  await expect(page.getByText("Noteer wat er al is gezegd en gedaan", { exact: false })).toBeVisible();
  await page.getByLabel("Wat is al gezegd en gedaan?").fill("Inkomen en situatie besproken.");
  await page.getByRole("button", { name: "Warm overdragen" }).click();
  await expect(page.getByRole("heading", { name: "Warme overdracht: Ria Omzet" })).toBeVisible();
  await expect(page.getByText("Vraag over bijzondere bijstand")).toBeVisible();
  await expect(page.getByRole("link", { name: "Oorspronkelijke terugbelafspraak" })).toBeVisible();
  await page.getByRole("link", { name: "Oorspronkelijke terugbelafspraak" }).click();
  await expect(page.getByText("Status: Omgezet in warme overdracht")).toBeVisible();
  await context.close();
});
