/**
 * Issue 13, the citizen in the loop: the public pages and the private status link, in Chromium WITHOUT
 * JavaScript. A citizen files a complaint and a callback request; staff work on them; the citizen follows along
 * on the status page, adds information and withdraws a complaint.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, berichtenVoor, expectAxeClean, ingelogdeContext, stap } from "./helpers";

/** The public forms refuse a submission faster than a person could type it (minimum fill time 3 s). */
async function alsEenMens(page: Page) {
  await page.waitForTimeout(3_200);
}

async function inwonerPagina(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  return { context, page: await context.newPage() };
}

test.describe("inwoner (zonder JavaScript)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a complaint from the public form to the status page; staff take it up; the citizen follows, adds and withdraws", async ({ browser }) => {
    const { context, page } = await inwonerPagina(browser);
    await page.goto("/inwoner");
    // no staff shell on the public pages
    await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await page.getByRole("link", { name: /Een klacht indienen/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Een klacht indienen" })).toBeVisible();

    // a validation error keeps everything typed
    await page.getByLabel("Wat is er gebeurd?").fill("Ik wacht al drie weken op een antwoord over mijn afvalpas.");
    await page.getByLabel(/Over wie of welke afdeling/).fill("Het loket afval");
    await page.getByLabel("Uw naam").fill("Els de Wit");
    await page.getByLabel("Per e-mail").check();
    await alsEenMens(page);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText("Uw formulier is nog niet verstuurd")).toBeVisible();
    await expect(page.getByText("U wilt antwoord per e-mail. Vul dan uw e-mailadres in.")).toBeVisible();
    await expect(page.getByLabel("Wat is er gebeurd?")).toHaveValue(/drie weken/);
    await expect(page.getByLabel(/Over wie of welke afdeling/)).toHaveValue("Het loket afval");
    await expect(page.getByLabel("Per e-mail")).toBeChecked();

    await page.getByLabel(/Uw e-mailadres/).fill("els.dewit@example.nl");
    await page.getByLabel(/Uw telefoonnummer/).fill("06 12345678");
    await page.getByRole("button", { name: "Versturen" }).click();

    // the status page is the confirmation: private, not cached, not indexed
    await expect(page.getByRole("heading", { level: 1, name: /Zo staat het met uw klacht KL-/ })).toBeVisible();
    await expect(page.getByText("Wij hebben uw klacht ontvangen").first()).toBeVisible();
    const statusUrl = page.url().replace(/\?.*$/, "");
    expect(statusUrl).toMatch(/\/inwoner\/status\/[A-Za-z0-9_-]{43}$/);
    const kop = await page.request.get(statusUrl);
    expect(kop.status()).toBe(200);
    expect(kop.headers()["cache-control"]).toContain("no-store");
    // the host's default (same-origin) comes first; the page's own no-referrer is the last, effective value
    expect(kop.headers()["referrer-policy"]).toMatch(/no-referrer$/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
    expect(kop.headers()["x-robots-tag"]).toContain("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByTestId("behandelaar")).toHaveText(/nog niet bekend/i);
    const nummer = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/KL-\d{4}-\d{4}/)![0];

    // staff: the complaint is in the normal Awb workflow, channel webformulier
    const staf = await ingelogdeContext(browser, DEMO.regieteam);
    await staf.page.goto("/klachten?kanaal=webformulier");
    await staf.page.getByRole("link", { name: nummer }).first().click();
    await staf.page.waitForURL(/\/klachten\/[^/?]+$/);
    await expect(staf.page.getByRole("heading", { level: 1, name: new RegExp(nummer) })).toBeVisible();
    await stap(staf.page, "Ontvangst bevestigen", undefined, /Ontvangst bevestigen/);
    await expect(staf.page.getByText("De ontvangst is bevestigd")).toBeVisible();
    await stap(staf.page, "Klachtbehandelaar toewijzen", async () => {
      await staf.page.getByLabel("Klachtbehandelaar").selectOption({ label: "Ruben Dekker" });
    }, "Toewijzen");
    await expect(staf.page.getByText(/Ruben/).first()).toBeVisible();

    // the citizen sees the handler's first name and team, the public steps and the letter's exact text
    await page.goto(statusUrl);
    await expect(page.getByTestId("behandelaar")).toHaveText("Ruben, team Regieteam Dienstverlening");
    await expect(page.getByText("Wij hebben bevestigd dat we uw klacht hebben ontvangen")).toBeVisible();
    await expect(page.getByText("Een klachtbehandelaar is aan uw klacht gaan werken")).toBeVisible();
    await expect(page.locator(".inw-bericht").first()).toContainText("Els de Wit");
    await expect(page.getByText("Dekker")).toHaveCount(0);

    // add information: the handler gets it
    await page.getByLabel("Wat wilt u toevoegen?").fill("Mijn klantnummer is 12345.");
    await alsEenMens(page);
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText(/We hebben uw informatie toegevoegd/)).toBeVisible();
    await expect(page.getByText("U stuurde ons extra informatie")).toBeVisible();
    await staf.page.goto("/inbox");
    await expect(staf.page.getByText(/Mijn klantnummer is 12345/).first()).toBeVisible();

    // withdraw: confirmation required, then a recorded end state
    await page.getByRole("button", { name: "Klacht intrekken" }).click();
    await expect(page.getByText("Vink aan dat u uw klacht wilt intrekken.")).toBeVisible();
    await page.getByLabel("Ja, ik trek mijn klacht in").check();
    await page.getByLabel(/Waarom trekt u uw klacht in/).fill("Het is inmiddels opgelost.");
    await page.getByRole("button", { name: "Klacht intrekken" }).click();
    await expect(page.getByText(/Uw klacht is ingetrokken/).first()).toBeVisible();
    await expect(page.locator(".inw-stappen li").last()).toContainText("U heeft uw klacht ingetrokken");
    await expect(page.getByRole("button", { name: "Klacht intrekken" })).toHaveCount(0);
    await staf.page.goto("/klachten?kanaal=webformulier");
    await staf.page.getByRole("link", { name: nummer }).first().click();
    await staf.page.waitForURL(/\/klachten\/[^/?]+$/);
    await expect(staf.page.getByText(/Ingetrokken door de klager/).first()).toBeVisible();

    // "send me my link again": a fresh link arrives by mail, the answer is the same for an unknown address
    await page.goto("/inwoner/link");
    await page.getByLabel("Uw e-mailadres").fill("els.dewit@example.nl");
    await alsEenMens(page);
    await page.getByRole("button", { name: "Stuur mij mijn link" }).click();
    const antwoord = page.getByText(/Als dit e-mailadres bij ons bekend is/);
    await expect(antwoord).toBeVisible();
    await page.goto("/inwoner/link");
    await page.getByLabel("Uw e-mailadres").fill("onbekend@example.nl");
    await alsEenMens(page);
    await page.getByRole("button", { name: "Stuur mij mijn link" }).click();
    await expect(antwoord).toBeVisible();
    await expect
      .poll(async () => (await berichtenVoor("els.dewit@example.nl")).filter((m) => /persoonlijke link/i.test(m.subject)).length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const mail = (await berichtenVoor("els.dewit@example.nl")).filter((m) => /persoonlijke link/i.test(m.subject)).at(-1)!;
    const link = /https?:\/\/[^\s]+\/inwoner\/status\/[A-Za-z0-9_-]{43}/.exec(mail.raw.replace(/=\r?\n/g, ""))![0];
    expect(link).not.toBe(statusUrl);
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(nummer) })).toBeVisible();
    expect(await berichtenVoor("onbekend@example.nl")).toEqual([]);

    await staf.context.close();
    await context.close();
  });

  test("a public callback request lands in the team's queue with its due moment; guessed links give the same 404", async ({ browser }) => {
    const { context, page } = await inwonerPagina(browser);
    await page.goto("/inwoner/terugbelverzoek");
    // too fast: refused with a clear Dutch message, nothing typed lost
    await page.getByLabel("Waar gaat uw vraag over?").selectOption({ label: "Paspoort, ID-kaart of rijbewijs" });
    await page.getByLabel("Wat is uw vraag?").fill("Is mijn nieuwe paspoort al klaar om op te halen?");
    await page.getByLabel("Uw naam").fill("Ali Bakir");
    await page.getByLabel("Uw telefoonnummer").fill("06 12345670");
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText(/erg snel/)).toBeVisible();
    await expect(page.getByLabel("Wat is uw vraag?")).toHaveValue(/paspoort al klaar/);
    await alsEenMens(page);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zo staat het met uw terugbelverzoek" })).toBeVisible();
    await expect(page.getByText(/Wij bellen u uiterlijk /)).toBeVisible();
    await expect(page.getByTestId("behandelaar")).toHaveText("Team Burgerzaken Documenten");
    const moment = (await page.getByTestId("volgend-moment").textContent())!;
    expect(moment).toMatch(/^uiterlijk /);

    // the team's queue (teamleider Burgerzaken)
    const tl = await ingelogdeContext(browser, "ingrid@voorbeeld.nl", { javaScript: false });
    await tl.page.goto("/team");
    await expect(tl.page.getByText(/Terugbellen: Paspoort, ID-kaart of rijbewijs/).first()).toBeVisible();
    await tl.context.close();

    // another callback time from the status page (the citizen's reschedule step)
    // a working day about a week ahead (we only call during opening hours)
    // counted from the server's business clock (an earlier spec may have moved it), not from this machine's
    const serverNu = Date.parse(((await (await page.request.get("/__test/klok")).json()) as { nu: string }).nu);
    const dag = new Date(serverNu + 7 * 86_400_000);
    while ([0, 6].includes(dag.getUTCDay()) || (dag.getUTCMonth() === 11 && dag.getUTCDate() >= 24) || (dag.getUTCMonth() === 0 && dag.getUTCDate() === 1))
      dag.setUTCDate(dag.getUTCDate() + 1);
    const over10Dagen = dag.toISOString().slice(0, 10);
    await page.getByLabel("Datum").fill(over10Dagen);
    await page.getByLabel("Tijd").fill("10:30");
    await alsEenMens(page);
    await page.getByRole("button", { name: "Dit moment doorgeven" }).click();
    await expect(page.getByText(/We bellen u uiterlijk .*10:30/).first()).toBeVisible();
    await expect(page.getByText("Er is een nieuw belmoment afgesproken")).toBeVisible();

    // guessing: an unknown token and a malformed one give the same 404 page
    const geraden = await page.request.get("/inwoner/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const kapot = await page.request.get("/inwoner/status/niet-een-token");
    expect(geraden.status()).toBe(404);
    expect(kapot.status()).toBe(404);
    expect(geraden.headers()["cache-control"]).toContain("no-store");
    await page.goto("/inwoner/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();

    // English through the language switch
    await page.goto("/inwoner");
    await page.getByLabel("Taal").selectOption("en");
    await page.getByRole("button", { name: "Wijzig taal" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Contact the municipality" })).toBeVisible();
    // the server's messages follow the language too
    await page.goto("/inwoner/terugbelverzoek");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("You sent the form very quickly. Check that everything is right and then send it again.")).toBeVisible();
    await alsEenMens(page);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByText("Vul uw naam in.")).toHaveCount(0);
    await context.close();
  });

  test("the beheerder adds a topic for callback requests; the public form offers it at once", async ({ browser }) => {
    const bh = await ingelogdeContext(browser, DEMO.beheerder, { javaScript: false });
    await bh.page.goto("/beheer");
    await bh.page.getByRole("link", { name: "Onderwerpen voor inwoners" }).click();
    await expect(bh.page.getByRole("heading", { level: 1, name: "Onderwerpen voor terugbelverzoeken" })).toBeVisible();
    const nieuw = bh.page.getByRole("region", { name: "Nieuw onderwerp" });
    await nieuw.getByLabel("Code").fill("Parkeren!");
    await nieuw.getByLabel("Naam voor de inwoner").fill("Parkeren en vergunningen");
    await nieuw.getByLabel("Team dat het verzoek krijgt").selectOption({ label: "Meldingen Openbare Ruimte" });
    await nieuw.getByRole("button", { name: "Aanmaken" }).click();
    // the mistake is named at its field; what was typed stays
    await expect(bh.page.getByText(/Een code is 2 tot 40 kleine letters/)).toBeVisible();
    await expect(bh.page.getByRole("region", { name: "Nieuw onderwerp" }).getByLabel("Naam voor de inwoner")).toHaveValue("Parkeren en vergunningen");
    await bh.page.getByRole("region", { name: "Nieuw onderwerp" }).getByLabel("Code").fill("parkeren");
    await bh.page.getByRole("region", { name: "Nieuw onderwerp" }).getByRole("button", { name: "Aanmaken" }).click();
    await expect(bh.page.getByText("Onderwerp parkeren is opgeslagen.")).toBeVisible();
    await expect(bh.page.getByRole("row", { name: /parkeren.*Meldingen Openbare Ruimte/ })).toBeVisible();
    await bh.context.close();

    const { context, page } = await inwonerPagina(browser);
    await page.goto("/inwoner/terugbelverzoek");
    await expect(page.getByLabel("Waar gaat uw vraag over?").locator("option", { hasText: "Parkeren en vergunningen" })).toHaveCount(1);
    await context.close();
  });

  test("every public page is WCAG 2.1 AA clean (axe needs JavaScript, so this one runs with it)", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    for (const pad of ["/inwoner", "/inwoner/klacht", "/inwoner/compliment", "/inwoner/suggestie", "/inwoner/terugbelverzoek", "/inwoner/link"]) {
      await page.goto(pad);
      await expectAxeClean(page);
    }
    // a form with errors at the fields
    await page.goto("/inwoner/terugbelverzoek");
    await page.getByLabel("Uw naam").fill("Kim");
    await alsEenMens(page);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByText("Uw formulier is nog niet verstuurd")).toBeVisible();
    await expectAxeClean(page);
    // a status page and the 404 of a guessed link
    await page.getByLabel("Waar gaat uw vraag over?").selectOption({ label: "Iets anders" });
    await page.getByLabel("Wat is uw vraag?").fill("Wanneer wordt het grofvuil opgehaald?");
    await page.getByLabel("Uw telefoonnummer").fill("06 11122233");
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zo staat het met uw terugbelverzoek" })).toBeVisible();
    await expectAxeClean(page);
    await page.goto("/inwoner/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await expectAxeClean(page);
    await context.close();
  });
});
