import { test, expect, type Page } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, login } from "./helpers";

async function vulMedewerker(page: Page, m: { naam: string; email: string; wachtwoord?: string }) {
  await page.getByLabel("Naam", { exact: true }).fill(m.naam);
  await page.getByLabel("E-mailadres", { exact: true }).fill(m.email);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "KCC Telefonie (Klantcontactcentrum (KCC))" });
  await page.getByRole("checkbox", { name: "Medewerker", exact: true }).check();
  if (m.wachtwoord) {
    await page.getByLabel("Ik stel nu een eerste wachtwoord in").check();
    await page.getByRole("textbox", { name: "Eerste wachtwoord" }).fill(m.wachtwoord);
  } else {
    await page.getByLabel(/eenmalige link/).check();
  }
}

test.describe("beheer", () => {
  test("beheerder maakt een medewerker met eerste wachtwoord; die logt in en ziet Mijn werk", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beheer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
    for (const kaart of ["Afdelingen en teams", "Medewerkers", "Kwaliteitshandvest", "Kalenders", "Auditlog"]) {
      await expect(page.getByRole("link", { name: kaart, exact: true })).toBeVisible();
    }
    await expectAxeClean(page);

    await page.getByRole("link", { name: "Medewerkers", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Medewerkers" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Fatima El Amrani" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByLabel("Zoek op naam of e-mailadres").fill("sanne");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page.getByText("1 medewerker(s) gevonden")).toBeVisible();

    await page.getByRole("link", { name: "Nieuwe medewerker" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe medewerker" })).toBeVisible();
    await expectAxeClean(page);
    await vulMedewerker(page, { naam: "Kim Testpersoon", email: "Kim.Test@voorbeeld.nl", wachtwoord: "Kim-haar-eigen-zin-2026" });
    await page.getByLabel(/Leidinggevende/).selectOption({ label: "Sanne de Vries" });
    await page.getByRole("button", { name: "Aanmaken" }).click();
    await expect(page.getByText("De medewerker is aangemaakt.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /Kim Testpersoon/ })).toBeVisible();
    await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveValue("kim.test@voorbeeld.nl");
    await expectAxeClean(page);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
    await login(page, "kim.test@voorbeeld.nl", "Kim-haar-eigen-zin-2026");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    await context.close();
  });

  test("zonder JavaScript: fouten bij het veld, aanmaken, deactiveren; gedeactiveerd kan niet inloggen", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder, { javaScript: false });
    await page.goto("/beheer/medewerkers/nieuw");
    await page.getByLabel("Naam", { exact: true }).fill("Bas Zonder Script");
    await page.getByLabel("E-mailadres", { exact: true }).fill("fatima@VOORBEELD.nl");
    await page.getByLabel("Ik stel nu een eerste wachtwoord in").check();
    await page.getByRole("textbox", { name: "Eerste wachtwoord" }).fill("kort");
    await page.getByRole("button", { name: "Aanmaken" }).click();
    await expect(page.getByText("Er is al een medewerker met dit e-mailadres.")).toBeVisible();
    await expect(page.getByText("Kies een team.")).toBeVisible();
    await expect(page.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Bas Zonder Script");
    // (axe needs JavaScript in the page; the same form is scanned with JavaScript on in the first test.)

    await vulMedewerker(page, { naam: "Bas Zonder Script", email: "bas@voorbeeld.nl", wachtwoord: "Bas-zijn-wachtwoord-99" });
    await page.getByRole("button", { name: "Aanmaken" }).click();
    await expect(page.getByText("De medewerker is aangemaakt.")).toBeVisible();

    await page.getByRole("button", { name: "Deactiveren" }).click();
    await expect(page.getByText("De medewerker is gedeactiveerd. Alle sessies zijn beëindigd.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Weer activeren" })).toBeVisible();
    await context.close();

    const anders = await browser.newContext({ locale: "nl-NL" });
    const p2 = await anders.newPage();
    await p2.goto("/inloggen");
    await p2.getByLabel("E-mailadres").fill("bas@voorbeeld.nl");
    await p2.getByLabel("Wachtwoord").fill("Bas-zijn-wachtwoord-99");
    await p2.getByRole("button", { name: "Inloggen" }).click();
    await expect(p2.getByText("Dit account is gedeactiveerd.", { exact: false })).toBeVisible();
    await expect(p2.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await anders.close();
  });

  test("eenmalige wachtwoordlink: tonen, gebruiken, en daarna ongeldig", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
    await page.goto("/beheer/medewerkers/nieuw");
    await vulMedewerker(page, { naam: "Lina Link", email: "lina@voorbeeld.nl" });
    await page.getByRole("button", { name: "Aanmaken" }).click();
    const code = page.getByTestId("wachtwoordlink");
    await expect(code).toBeVisible();
    await expectAxeClean(page);
    const url = new URL((await code.textContent())!.trim());
    await context.close();

    const ctx2 = await browser.newContext({ locale: "nl-NL" });
    const p = await ctx2.newPage();
    await p.goto(url.pathname);
    await expect(p.getByRole("heading", { level: 1, name: "Wachtwoord instellen" })).toBeVisible();
    await expectAxeClean(p);
    await p.getByLabel("Nieuw wachtwoord").fill("Lina-kiest-een-zin-7");
    await p.getByLabel("Herhaal het nieuwe wachtwoord").fill("Lina-kiest-een-zin-7");
    await p.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await expect(p).toHaveURL(/\/inloggen/);
    await login(p, "lina@voorbeeld.nl", "Lina-kiest-een-zin-7");
    await expect(p.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    await p.goto(url.pathname);
    await expect(p.getByRole("heading", { level: 1, name: "Link niet bruikbaar" })).toBeVisible();
    await expect(p.getByText(/ongeldig, verlopen of al gebruikt/)).toBeVisible();
    await expectAxeClean(p);
    await ctx2.close();
  });

  test("afdelingen en teams, en het auditlog", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
    await page.goto("/beheer/organisatie");
    await expect(page.getByRole("heading", { level: 1, name: "Afdelingen en teams" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("textbox", { name: "Naam" }).first().fill("Publiekszaken");
    await page.getByRole("button", { name: "Aanmaken" }).first().click();
    await expect(page.getByText("De afdeling is aangemaakt.")).toBeVisible();
    await page.getByRole("link", { name: "Bewerken Publiekszaken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Afdeling bewerken/ })).toBeVisible();
    await expectAxeClean(page);
    await page.getByLabel("Naam", { exact: true }).fill("Publiekszaken en Burgerzaken");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();

    await page.goto("/beheer/organisatie");
    await page.getByRole("link", { name: "Bewerken KCC Balie" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Team bewerken/ })).toBeVisible();
    await expectAxeClean(page);

    await page.goto("/beheer/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Afdeling gewijzigd" }).first()).toBeVisible();
    await expectAxeClean(page);
    await page.getByLabel("Actie", { exact: true }).fill("afdeling.*");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/actie=afdeling/);
    await expect(page.getByRole("cell", { name: "Afdeling aangemaakt" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Inloggen", exact: true })).toHaveCount(0);
    await context.close();
  });

  test("een medewerker zonder beheerrechten krijgt de Nederlandse 403-pagina", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    for (const pad of ["/beheer", "/beheer/medewerkers", "/beheer/audit"]) {
      const res = await page.goto(pad);
      expect(res?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
      await expect(page.getByText("Fatima El Amrani", { exact: false }).first()).toBeVisible(); // header only
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    await expectAxeClean(page);
    await context.close();
  });
});
