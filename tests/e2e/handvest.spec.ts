import { expect, test } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext } from "./helpers";

test.describe("kwaliteitshandvest", () => {
  test("een medewerker ziet de beloften van het handvest met een uitgerekend voorbeeld", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await page.goto("/handvest");
    await expect(page.getByRole("heading", { level: 1, name: "Ons kwaliteitshandvest" })).toBeVisible();
    for (const thema of ["Contact en terugbellen", "Warme overdracht", "Klachten", "E-mail en brieven"]) {
      await expect(page.getByRole("heading", { level: 2, name: thema })).toBeVisible();
    }
    const terugbellen = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Terugbellen binnen 1 werkdag" }) });
    await expect(terugbellen).toContainText("Spraken we af dat we u terugbellen? Dan bellen we u uiterlijk de volgende werkdag terug.");
    await expect(terugbellen).toContainText("binnen 1 werkdag");
    await expect(terugbellen).toContainText(/dan bellen we uiterlijk .*\d{2}:\d{2}/);
    await expect(terugbellen).toContainText("Versie 1, geldig sinds");
    const klacht = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Klacht afgehandeld binnen 6 weken/ }) });
    await expect(klacht).toContainText("binnen 6 weken (Algemene termijnenwet)");
    await expectAxeClean(page);
    // no link to the administration for a medewerker, and the administration refuses
    await expect(page.getByRole("link", { name: "Beheer" })).toHaveCount(0);
    const res = await page.goto("/beheer/handvest");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    const res2 = await page.goto("/beheer/kalender");
    expect(res2?.status()).toBe(403);
    await context.close();
  });

  test("een beheerder maakt een nieuwe versie van TERUGBELLEN en ziet beide versies", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
    await page.goto("/beheer/handvest/nieuw");
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe norm" })).toBeVisible();
    await expectAxeClean(page);
    await page.goto("/beheer/handvest");
    await expect(page.getByRole("heading", { level: 1, name: "Normen van het kwaliteitshandvest" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("link", { name: "Bekijk TERUGBELLEN" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "TERUGBELLEN" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("link", { name: "Nieuwe versie maken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe versie van TERUGBELLEN" })).toBeVisible();
    await expectAxeClean(page);

    // a validation error first: shown at the field, input kept
    // Version 2 keeps the promise (1 werkdag) and changes its wording: other end-to-end tests that run
    // later against the same server rely on the callback term.
    await page.getByLabel("Titel").fill("Terugbellen binnen 1 werkdag (herzien)");
    await page.getByLabel("Duur", { exact: true }).fill("0");
    await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await expect(page.getByText("De duur moet ten minste 1 zijn.")).toBeVisible();
    await expect(page.getByLabel("Duur", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Titel")).toHaveValue("Terugbellen binnen 1 werkdag (herzien)");
    await expectAxeClean(page);

    await page.getByLabel("Duur", { exact: true }).fill("1");
    await page.getByLabel("Geldig vanaf").fill("");
    await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await expect(page.getByText("Versie 2 van TERUGBELLEN is opgeslagen.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /^Versie 2/ })).toContainText("geldt nu");
    await expect(page.getByRole("heading", { level: 3, name: /^Versie 1/ })).toContainText("vervangen");
    const v1 = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Versie 1/ }) });
    await expect(v1).toContainText("Terugbellen binnen 1 werkdag");
    await expect(v1).not.toContainText("(herzien)");
    const v2 = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Versie 2/ }) });
    await expect(v2).toContainText("Terugbellen binnen 1 werkdag (herzien)");
    await expectAxeClean(page);

    // staff see the new version at once
    await page.goto("/handvest");
    const terugbellen = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Terugbellen binnen 1 werkdag (herzien)" }) });
    await expect(terugbellen).toContainText("Versie 2, geldig sinds");
    await context.close();
  });

  test("een verouderd formulier wordt geweigerd en de invoer blijft staan", async ({ browser }) => {
    const a = await ingelogdeContext(browser, DEMO.beheerder);
    const b = await ingelogdeContext(browser, "wim@voorbeeld.nl");
    await a.page.goto("/beheer/handvest/BRIEF/bewerken");
    await b.page.goto("/beheer/handvest/BRIEF/bewerken");
    await b.page.getByLabel("Titel").fill("Brief beantwoord binnen 4 weken");
    await b.page.getByLabel("Duur", { exact: true }).fill("4");
    await b.page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await expect(b.page.getByText(/Versie \d+ van BRIEF is opgeslagen/)).toBeVisible();

    await a.page.getByLabel("Titel").fill("Mijn eigen titel");
    await a.page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await expect(a.page.getByRole("alert")).toContainText("Iemand anders heeft intussen versie");
    await expect(a.page.getByLabel("Titel")).toHaveValue("Mijn eigen titel");
    await expectAxeClean(a.page);
    await a.context.close();
    await b.context.close();
  });

  test("een beheerder voegt een sluitingsdag toe en verwijdert hem weer", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
    await page.goto("/beheer/kalender?jaar=2027");
    await expect(page.getByRole("heading", { level: 1, name: "Kalenders en kantoortijden" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Feestdagen in 2027" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Goede Vrijdag/ })).toContainText("vrijdag 26 maart 2027");
    await expectAxeClean(page);

    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Toevoegen" }) }).first();
    // a Saturday is refused at the field
    await form.getByLabel("Datum").fill("2027-12-04");
    await form.getByLabel("Omschrijving").fill("Personeelsdag");
    await form.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText("is al geen werkdag (zaterdag)")).toBeVisible();
    await expect(page.locator("#dag-omschrijving")).toHaveValue("Personeelsdag");
    await expectAxeClean(page);

    await page.locator("#dag-datum").fill("2027-12-03");
    await page.getByRole("button", { name: "Toevoegen" }).first().click();
    await expect(page.getByText("De dag is toegevoegd aan de werkkalender.")).toBeVisible();
    const rij = page.getByRole("row", { name: /vrijdag 3 december 2027/ });
    await expect(rij).toContainText("Personeelsdag");
    await expect(rij).toContainText("Sluitingsdag");
    await expectAxeClean(page);

    await rij.getByRole("button", { name: /Verwijder vrijdag 3 december 2027/ }).click();
    await expect(page.getByText("De dag is verwijderd.")).toBeVisible();
    await expect(page.getByRole("row", { name: /vrijdag 3 december 2027/ })).toHaveCount(0);
    await context.close();
  });

  test("zonder JavaScript: nieuwe norm aanmaken en kantoortijden valideren", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder, { javaScript: false });
    await page.goto("/beheer/handvest/nieuw");
    await page.getByLabel("Code").fill("balie-wachttijd");
    await page.getByLabel("Titel").fill("Balie: binnen 30 minuten geholpen");
    await page.getByLabel("Mijlpaal die de norm bewaakt").selectOption("balie_geholpen");
    await page.getByLabel("Duur", { exact: true }).fill("30");
    await page.getByLabel("Eenheid").selectOption("minuten");
    await page.getByLabel("Kalender").selectOption("atw");
    await page.getByLabel("Belofte aan de inwoner").fill("Aan de balie helpt een medewerker u binnen 30 minuten.");
    await page.getByLabel("Waarschuwen bij (% van de termijn)").fill("100");
    await page.getByRole("button", { name: "Norm aanmaken" }).click();
    await expect(page.getByText("Het waarschuwingspercentage moet tussen 1 en 99 liggen.")).toBeVisible();
    await expect(page.getByLabel("Belofte aan de inwoner")).toHaveValue("Aan de balie helpt een medewerker u binnen 30 minuten.");
    await expect(page.getByLabel("Code")).toHaveValue("BALIE-WACHTTIJD");
    await page.getByLabel("Waarschuwen bij (% van de termijn)").fill("50");
    await page.getByLabel("Kalender").selectOption("organisatie");
    await page.getByRole("button", { name: "Norm aanmaken" }).click();
    await expect(page.getByText("Norm BALIE-WACHTTIJD is aangemaakt.")).toBeVisible();
    await expect(page.getByRole("row", { name: /BALIE-WACHTTIJD/ })).toContainText("binnen 30 minuten");

    await page.goto("/beheer/kalender");
    await page.locator("#open-3").fill("17:00");
    await page.locator("#sluit-3").fill("09:00");
    await page.getByRole("button", { name: "Kantoortijden opslaan" }).click();
    await expect(page.getByText("Op woensdag moet de sluitingstijd later zijn dan de openingstijd.")).toBeVisible();
    await expect(page.locator("#open-3")).toHaveValue("17:00");
    await context.close();
  });
});
