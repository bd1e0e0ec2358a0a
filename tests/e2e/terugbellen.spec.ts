import { test, expect, type Page } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";
import * as helpers from "./helpers";

// Monday 23 November 2026, 09:00 Amsterdam: a working day; TERUGBELLEN (1 werkdag) → Tuesday 24 Nov 17:00.
const MAANDAG = "2026-11-23T09:00:00+01:00";

async function pogingVastleggen(page: Page, uitkomst: string, notitie = "") {
  await page.getByLabel("Uitkomst").selectOption({ label: uitkomst });
  if (notitie) await page.getByLabel("Notitie (niet verplicht)").fill(notitie);
  await page.getByRole("button", { name: "Poging vastleggen" }).click();
  await expect(page.getByText("De poging is vastgelegd.")).toBeVisible();
}

test.describe("terugbelafspraken", () => {
  test("log a callback by keyboard during a call, fail twice, reach the citizen (nagekomen)", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await zetKlok(page, MAANDAG);
    await page.goto("/terugbelafspraken/nieuw");
    const start = Date.now();
    // focus starts in the name field; the due moment is visible before saving
    await expect(page.getByLabel("Naam van de inwoner")).toBeFocused();
    await expect(page.locator("#termijn-voorbeeld")).toContainText("uiterlijk morgen, di 24 nov, 17:00");
    await page.keyboard.type("Marieke Vos");
    await page.keyboard.press("Tab"); // anoniem
    await page.keyboard.press("Tab"); // telefoon
    await page.keyboard.type("06-12345678");
    await page.keyboard.press("Tab"); // vraag
    await page.keyboard.type("Vraag over de aanslag afvalstoffenheffing");
    await page.keyboard.press("Shift+Tab"); // back to telefoon: Enter submits the form
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Terugbelafspraak: Marieke Vos" })).toBeVisible();
    await expect(page.getByText("Terugbelafspraak vastgelegd")).toBeVisible();
    const duur = Date.now() - start;
    test.info().annotations.push({ type: "invultijd-ms", description: String(duur) });
    console.log(`[meting] nieuwe terugbelafspraak invullen en opslaan: ${duur} ms`);
    await expect(page.getByText("uiterlijk morgen, di 24 nov, 17:00").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "06 12345678" })).toBeVisible();
    await expectAxeClean(page);

    await pogingVastleggen(page, "Geen gehoor");
    await pogingVastleggen(page, "Voicemail ingesproken", "Voicemail ingesproken, belt morgen terug");
    await expect(page.getByRole("heading", { name: /Belpogingen \(2 van 3 zonder gehoor\)/ })).toBeVisible();
    await page.getByLabel("Uitkomst").selectOption({ label: "Bereikt" });
    await page.getByRole("button", { name: "Poging vastleggen" }).click();
    await expect(page.getByText("Status: Nagekomen")).toBeVisible();
    await expect(page.getByText("Op tijd nagekomen")).toBeVisible();
    // a closed promise offers no more steps
    await expect(page.getByRole("button", { name: "Poging vastleggen" })).toHaveCount(0);
    await expectAxeClean(page);
    await context.close();
  });

  test("axe: the new-callback form with field errors, and the attempt form with an error", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await page.goto("/terugbelafspraken/nieuw");
    await expectAxeClean(page);
    await page.getByLabel("Telefoonnummer").fill("abc");
    await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
    await expect(page.getByText("Vul de naam in, of vink ‘anoniem’ aan.")).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });

  test("a callback that goes overdue reaches the teamleider's inbox and mailbox", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await zetKlok(page, MAANDAG);
    await page.goto("/terugbelafspraken/nieuw");
    await page.getByLabel("Naam van de inwoner").fill("Kees Overloop");
    await page.getByLabel("Telefoonnummer").fill("+31 20 123 4567");
    await page.getByLabel("Vraag van de inwoner").fill("Waar blijft mijn vergunning?");
    await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
    await expect(page.getByRole("heading", { name: "Terugbelafspraak: Kees Overloop" })).toBeVisible();
    const url = page.url();
    // nobody acts: Tuesday 17:01 is past the due moment → overdue → escalated to the teamleider
    await zetKlok(page, "2026-11-24T17:01:00+01:00");
    await page.reload();
    await expect(page.getByText("Te laat", { exact: false }).first()).toBeVisible();
    await context.close();

    const sanne = await ingelogdeContext(browser, DEMO.teamleider);
    await sanne.page.goto("/inbox");
    const bericht = sanne.page.locator("main").getByRole("link", { name: /Terugbellen: Waar blijft mijn vergunning/ }).first();
    const melding = sanne.page.locator("main").getByText(/Waar blijft mijn vergunning/).first();
    await expect(melding).toBeVisible();
    // the teamleider may open it (her team's work)
    if (await bericht.count()) {
      await bericht.click();
    } else {
      await sanne.page.goto(new URL(url).pathname);
    }
    await expect(sanne.page.getByRole("heading", { name: "Terugbelafspraak: Kees Overloop" })).toBeVisible();
    // mailbox (helper from the engine area, when present)
    const berichtenVoor = (helpers as Record<string, unknown>).berichtenVoor as
      | ((email: string) => Promise<{ subject: string; raw: string }[]>)
      | undefined;
    if (berichtenVoor) {
      await expect
        .poll(async () => (await berichtenVoor(DEMO.teamleider)).some((m) => /vergunning/i.test(`${m.subject} ${m.raw}`)), { timeout: 15_000 })
        .toBe(true);
    }
    await sanne.context.close();
  });

  test("without JavaScript: new callback and attempt forms work, errors at the field, input kept", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker2, { javaScript: false });
    await zetKlok(page, MAANDAG);
    await page.goto("/terugbelafspraken/nieuw");
    await expect(page.locator("#termijn-voorbeeld")).toContainText("uiterlijk morgen, di 24 nov, 17:00");
    await page.getByLabel("Naam van de inwoner").fill("Jan Zonder Script");
    await page.getByLabel("Telefoonnummer").fill("06-1234");
    await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
    await expect(page.getByText("Dit is geen geldig Nederlands telefoonnummer", { exact: false })).toBeVisible();
    await expect(page.getByText("Noteer de vraag van de inwoner.")).toBeVisible();
    await expect(page.getByLabel("Naam van de inwoner")).toHaveValue("Jan Zonder Script");
    await expect(page.getByLabel("Telefoonnummer")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Telefoonnummer").fill("0031 6 8765 4321");
    await page.getByLabel("Vraag van de inwoner").fill("Hoe vraag ik een parkeervergunning aan?");
    await page.getByLabel("Mijn team (KCC Telefonie)").check();
    await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
    await expect(page.getByRole("heading", { name: "Terugbelafspraak: Jan Zonder Script" })).toBeVisible();
    await expect(page.getByText("door team KCC Telefonie")).toBeVisible();
    // attempt without an outcome → error at the field; then a real attempt
    await page.getByLabel("Notitie (niet verplicht)").fill("eerste poging");
    await page.getByRole("button", { name: "Poging vastleggen" }).click();
    await expect(page.getByText("Kies de uitkomst van de poging.")).toBeVisible();
    await expect(page.getByLabel("Notitie (niet verplicht)")).toHaveValue("eerste poging");
    await page.getByLabel("Uitkomst").selectOption({ label: "Geen gehoor" });
    await page.getByRole("button", { name: "Poging vastleggen" }).click();
    await expect(page.getByText("De poging is vastgelegd.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "eerste poging" })).toBeVisible();

    // a stale form: another tab changes it first → clear message, typed input kept
    const detail = page.url();
    const tweede = await context.newPage();
    await tweede.goto(detail);
    await tweede.getByLabel("Uitkomst").selectOption({ label: "Voicemail ingesproken" });
    await tweede.getByRole("button", { name: "Poging vastleggen" }).click();
    await expect(tweede.getByText("De poging is vastgelegd.")).toBeVisible();
    await page.getByLabel("Reden van annuleren").fill("Inwoner belde zelf terug");
    await page.getByRole("button", { name: "Terugbelafspraak annuleren" }).click();
    await expect(page.getByText(/intussen gewijzigd door Jeroen Bakker/)).toBeVisible();
    await expect(page.getByLabel("Reden van annuleren")).toHaveValue("Inwoner belde zelf terug");
    await context.close();
  });

  test("an unrelated colleague gets 403 on someone else's callback", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await page.goto("/terugbelafspraken/nieuw");
    await page.getByLabel("Naam van de inwoner").fill("Privé Persoon");
    await page.getByLabel("Telefoonnummer").fill("0612345678");
    await page.getByLabel("Vraag van de inwoner").fill("Vertrouwelijke vraag");
    await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
    await expect(page.getByRole("heading", { name: "Terugbelafspraak: Privé Persoon" })).toBeVisible();
    const pad = new URL(page.url()).pathname;
    await context.close();
    const ander = await ingelogdeContext(browser, DEMO.teamleiderAnder);
    const res = await ander.page.goto(pad);
    expect(res?.status()).toBe(403);
    await expect(ander.page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    await expect(ander.page.getByText("Privé Persoon")).toHaveCount(0);
    await ander.context.close();
  });
});
