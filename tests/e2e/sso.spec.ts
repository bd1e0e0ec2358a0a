/**
 * Single sign-on in Chromium, against a real OpenID provider started by this spec (oidc-provider on loopback,
 * tests/integration/sso/testprovider.ts): the beheerder connects it in Beheer, an employee signs in through the
 * real login page and the provider's own login form, is provisioned from the groups, and logging out ends both
 * sessions; when her groups no longer grant access she is refused and her open work shows on the teamleider's
 * list. At the end SSO is switched off again, so the other specs see the plain login page.
 */
import { test, expect, type Browser } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext } from "./helpers";
import { startTestProvider, TEST_GEBRUIKERS, type TestProvider } from "../integration/sso/testprovider";

const PORT = Number(process.env.AFSPRAAK_E2E_PORT || 3111);
const APP = `http://localhost:${PORT}`;
let op: TestProvider;

test.beforeAll(async () => {
  op = await startTestProvider({ redirectUris: [`${APP}/inloggen/sso/terug`], postLogoutRedirectUris: [`${APP}/inloggen/uitgelogd`] });
  // A team no other spec counts on, so the work this spec leaves behind disturbs nothing.
  op.gebruikers.get("sub-anna")!.groepen = ["afspraak-medewerkers", "openbare-ruimte"];
});

async function ssoUit(browser: Browser) {
  const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
  await page.goto("/beheer/sso");
  const aan = page.getByRole("checkbox", { name: "Single sign-on aan" });
  if (await aan.isChecked()) {
    await aan.uncheck();
    await page.getByRole("button", { name: "Verbinding bewaren" }).click();
    await expect(page.getByText("De verbinding is bewaard; single sign-on staat uit.")).toBeVisible();
  }
  await context.close();
}

test.afterAll(async ({ browser }) => {
  await ssoUit(browser);
  await op?.stop();
});

test("single sign-on: beheerder verbindt de provider, medewerker logt in via de provider, uitloggen beëindigt beide sessies, zonder groep geen toegang", async ({ browser }) => {
  test.setTimeout(120_000); // the beheerder's two-step code may have to wait for the next 30-second step
  // 1. The beheerder connects the provider and maps the groups.
  const beheer = await ingelogdeContext(browser, DEMO.beheerder);
  const b = beheer.page;
  await b.goto("/beheer");
  await b.getByRole("link", { name: "Single sign-on", exact: true }).click();
  await expect(b.getByRole("heading", { level: 1, name: "Single sign-on" })).toBeVisible();
  await expect(b.getByText("Single sign-on staat uit.")).toBeVisible();
  await expect(b.getByText(`${APP}/inloggen/sso/terug`)).toBeVisible();
  await expectAxeClean(b);

  await b.getByLabel("Issuer").fill("niet een adres");
  await b.getByRole("checkbox", { name: "Single sign-on aan" }).check();
  await b.getByRole("button", { name: "Verbinding bewaren" }).click();
  await expect(b.getByText(/Vul het volledige https-adres van de issuer in/)).toBeVisible();

  await b.getByLabel("Issuer").fill(op.issuer);
  await b.getByLabel("Client-id").fill(op.clientId);
  await b.getByLabel("Client-secret").fill(op.clientSecret);
  await b.getByLabel("Claim met de groepen").fill("groups");
  await b.getByLabel("Naam van de organisatie").fill("Gemeente Voorbeeld");
  await b.getByRole("checkbox", { name: "Single sign-on aan" }).check();
  await b.getByRole("button", { name: "Verbinding bewaren" }).click();
  await expect(b.getByText("De verbinding is bewaard; single sign-on staat aan.")).toBeVisible();
  await expect(b.getByText(/Actief: de instellingen uit/)).toContainText("deze beheerpagina");

  await b.getByRole("button", { name: "Verbinding testen" }).click();
  await expect(b.getByText(/De provider antwoordt\. PKCE \(S256\): ondersteund\. Uitloggen bij de provider \(end_session_endpoint\): ondersteund/)).toBeVisible();

  for (const [groep, rol, team] of [
    ["afspraak-medewerkers", "Medewerker", ""],
    ["openbare-ruimte", "", "Meldingen Openbare Ruimte"],
  ] as const) {
    await b.getByLabel("Groep", { exact: true }).fill(groep);
    if (rol) await b.getByLabel("Rol", { exact: true }).selectOption({ label: rol });
    if (team) await b.getByLabel("Team", { exact: true }).selectOption({ label: team });
    await b.getByRole("button", { name: "Groep koppelen" }).click();
    await expect(b.getByText("De groep is gekoppeld.", { exact: false })).toBeVisible();
    await expect(b.getByRole("cell", { name: groep })).toBeVisible();
  }
  // each mapping gives only what was chosen (the form starts empty after an add)
  await expect(b.locator("tr", { hasText: "openbare-ruimte" })).toContainText("team Meldingen Openbare Ruimte");
  await expect(b.locator("tr", { hasText: "openbare-ruimte" })).not.toContainText("rol");
  await expectAxeClean(b);
  await beheer.context.close();

  // 2. An employee signs in through the login page and the provider's login form.
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await expectAxeClean(page);
  await page.getByRole("link", { name: "Inloggen met Gemeente Voorbeeld" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the test provider" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(op.issuer);
  await page.getByLabel("Username").fill("sub-anna");
  await page.getByLabel("Password").fill(TEST_GEBRUIKERS["sub-anna"]!.wachtwoord);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${APP}/mijn-werk`);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await expect(page.getByText("Anna de Boer").first()).toBeVisible();
  await page.goto("/terugbelafspraken/nieuw");
  await page.getByLabel("Naam van de inwoner").fill("Els Proef");
  await page.getByLabel("Telefoonnummer").fill("06-12345678");
  await page.getByLabel("Vraag van de inwoner").fill("Wanneer wordt de container geleegd?");
  await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
  await expect(page.getByRole("heading", { name: "Terugbelafspraak: Els Proef" })).toBeVisible();

  // 3. Logging out ends Afspraak's session and, after the provider's confirmation, the provider's.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("heading", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(`${APP}/inloggen?uitgelogd=1`);
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
  expect(op.uitgelogd).toContain("sub-anna");
  await page.goto("/mijn-werk");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fmijn-werk/);
  await page.getByRole("link", { name: "Inloggen met Gemeente Voorbeeld" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the test provider" })).toBeVisible(); // asked again: provider session ended

  // 4. Her groups no longer grant access: refused with a clear page, and her open work shows on her teamleider's list.
  op.gebruikers.get("sub-anna")!.groepen = ["openbare-ruimte"];
  await page.getByLabel("Username").fill("sub-anna");
  await page.getByLabel("Password").fill(TEST_GEBRUIKERS["sub-anna"]!.wachtwoord);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "U heeft geen toegang tot Afspraak" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  await expectAxeClean(page);
  const teamleider = await ingelogdeContext(browser, "kees@voorbeeld.nl"); // teamleider Meldingen Openbare Ruimte
  await teamleider.page.goto("/team");
  await expect(teamleider.page.getByText(/Anna de Boer: eigenaar heeft geen toegang meer .* nog 1 open afspraak/)).toBeVisible();
  await expect(teamleider.page.getByRole("rowheader", { name: /Anna de Boer/ })).toContainText("eigenaar heeft geen toegang meer");
  await teamleider.context.close();
  await context.close();
});
