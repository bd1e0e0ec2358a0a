/**
 * Two-step verification and visible sessions in Chromium (issue 15). A beheerder makes a regieteam account;
 * its first sign-in cannot reach any page before setting up TOTP (without JavaScript: the QR code is rendered on
 * the server); the secret is read from the QR payload (otpauth URI) and the key shown as text, and the code computed
 * from it. Then: a wrong code is refused, a right one signs in, a recovery code signs in once and not twice, and 5
 * wrong codes lock code entry. Finally "log out everywhere else" makes another browser context's cookie useless.
 */
import { test, expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO, expectAxeClean, ingelogdeContext, noteerGebruikteStap, totp, vulTweestapsCode } from "./helpers";
import { DEMO_TOTP_GEHEIM } from "../../app/features/tweestaps/demo";

/** The e2e server's database (tests/e2e/serve.mjs), to make a session's second factor older than it is. */
function e2eDatabase(): Database.Database {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  return new Database(path.join(root, `tests/.tmp-e2e/p${process.env.AFSPRAAK_E2E_PORT ?? 3111}/e2e.db`));
}

const EMAIL = "mfa.proef@voorbeeld.nl";
const WACHTWOORD = "Twee-stappen-zin-2026";

async function wachtwoordStap(page: Page, email = EMAIL, wachtwoord = WACHTWOORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

async function uitloggen(page: Page) {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
}

test.describe("tweestapsverificatie", () => {
  test.describe.configure({ mode: "serial", timeout: 150_000 });
  let geheim = "";
  let herstelcodes: string[] = [];

  test("een regieteamlid komt nergens voor het instellen; instellen met QR-code zonder JavaScript; herstelcodes één keer getoond", async ({ browser }) => {
    const beheer = await ingelogdeContext(browser, DEMO.beheerder);
    const b = beheer.page;
    await b.goto("/beheer/medewerkers/nieuw");
    await b.getByLabel("Naam", { exact: true }).fill("Mila Proef");
    await b.getByLabel("E-mailadres", { exact: true }).fill(EMAIL);
    await b.getByLabel("Team", { exact: true }).selectOption({ label: "Regieteam Dienstverlening (Bedrijfsvoering)" });
    await b.getByRole("checkbox", { name: "Regieteam", exact: true }).check();
    await b.getByLabel("Ik stel nu een eerste wachtwoord in").check();
    await b.getByRole("textbox", { name: "Eerste wachtwoord" }).fill(WACHTWOORD);
    await b.getByRole("button", { name: "Aanmaken" }).click();
    await expect(b.getByText("De medewerker is aangemaakt.")).toBeVisible();
    await expect(b.getByText("Tweestapsverificatie: uit.")).toBeVisible();
    await beheer.context.close();

    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await wachtwoordStap(page);
    await expect(page).toHaveURL(/\/inloggen\/tweestaps\?terug=%2Fmijn-werk$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
    await expect(page.getByText("Voor uw rol is tweestapsverificatie verplicht.")).toBeVisible();
    for (const pad of ["/mijn-werk", "/regieteam", "/klachten", "/profiel", "/inloggen/code", "/"]) {
      await page.goto(pad);
      await expect(page, `${pad} vóór het instellen`).toHaveURL(/\/inloggen\/tweestaps/);
    }

    // the QR code is an image rendered on the server; its payload is the otpauth URI with the secret
    const qr = page.getByRole("img", { name: "QR-code om Afspraak toe te voegen aan uw authenticator-app" });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    const uri = new URL((await qr.getAttribute("data-otpauth"))!);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe(`/Afspraak:${EMAIL}`);
    geheim = uri.searchParams.get("secret")!;
    expect((await page.getByTestId("tweestaps-sleutel").textContent())!.replace(/\s/g, "")).toBe(geheim);

    await page.getByLabel("Code uit de app").fill("12345");
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
    await expect(page.locator("#code-fout")).toHaveText("Vul de zes cijfers uit uw app in.");
    const stap = Math.floor(Date.now() / 30_000);
    await page.getByLabel("Code uit de app").fill(totp(geheim, stap));
    noteerGebruikteStap(EMAIL, stap);
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie staat aan" })).toBeVisible();
    herstelcodes = await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allTextContents();
    expect(herstelcodes).toHaveLength(10);
    await page.getByRole("link", { name: "Ik heb de codes bewaard, ga verder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    await page.goto("/profiel/beveiliging");
    await expect(page.getByText("Aan. U heeft nog 10 ongebruikte herstelcodes.")).toBeVisible();
    await context.close();
  });

  test("inloggen met een code; een verkeerde code geweigerd; een herstelcode werkt één keer", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    await wachtwoordStap(page);
    await expect(page).toHaveURL(/\/inloggen\/code/);
    await page.goto("/mijn-werk");
    await expect(page).toHaveURL(/\/inloggen\/code\?terug=%2Fmijn-werk/);
    await expectAxeClean(page);
    await page.getByLabel("Code uit de app of herstelcode").fill("000000");
    await page.getByRole("button", { name: "Doorgaan" }).click();
    await expect(page.locator("#code-fout")).toContainText("Deze code klopt niet.");
    await vulTweestapsCode(page, EMAIL, geheim);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    await uitloggen(page);

    await wachtwoordStap(page);
    await page.getByLabel("Code uit de app of herstelcode").fill(herstelcodes[0]!);
    await page.getByRole("button", { name: "Doorgaan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Beveiliging" })).toBeVisible();
    await expect(page.getByText("U bent ingelogd met een herstelcode. Er zijn er nog 9 over.")).toBeVisible();
    await uitloggen(page);

    await wachtwoordStap(page);
    await page.getByLabel("Code uit de app of herstelcode").fill(herstelcodes[0]!);
    await page.getByRole("button", { name: "Doorgaan" }).click();
    await expect(page.locator("#code-fout")).toHaveText("Deze herstelcode klopt niet of is al gebruikt.");
    await page.goto("/mijn-werk");
    await expect(page).toHaveURL(/\/inloggen\/code/);
    // another, unused recovery code still works (and clears the wrong-code count)
    await page.getByLabel("Code uit de app of herstelcode").fill(herstelcodes[1]!);
    await page.getByRole("button", { name: "Doorgaan" }).click();
    await expect(page.getByText("Er zijn er nog 8 over.")).toBeVisible();
    await context.close();
  });

  test("na 5 verkeerde codes is het invullen van codes een kwartier geblokkeerd, ook voor de juiste code", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    await wachtwoordStap(page);
    for (let i = 0; i < 4; i++) {
      await page.getByLabel("Code uit de app of herstelcode").fill(String(111111 + i));
      await page.getByRole("button", { name: "Doorgaan" }).click();
      await expect(page.locator("#code-fout")).toContainText("Deze code klopt niet.");
    }
    await page.getByLabel("Code uit de app of herstelcode").fill("999999");
    await page.getByRole("button", { name: "Doorgaan" }).click();
    await expect(page.locator("#code-fout")).toContainText("Te vaak een verkeerde code. Probeer het over 15 minuten opnieuw");
    await page.getByLabel("Code uit de app of herstelcode").fill(totp(geheim, Math.floor(Date.now() / 30_000) + 1));
    await page.getByRole("button", { name: "Doorgaan" }).click();
    await expect(page.locator("#code-fout")).toContainText("Te vaak een verkeerde code.");
    await page.goto("/mijn-werk");
    await expect(page).toHaveURL(/\/inloggen\/code/);
    await context.close();
  });
});

test.describe("step-up", () => {
  test("een export van persoonsgegevens vraagt een verse code als de laatste ouder is dan tien minuten", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam, { javaScript: false });
    const direct = await page.request.get("/klachten/export?formaat=csv", { maxRedirects: 0 });
    expect(direct.status()).toBe(200); // the sign-in code is minutes old
    const db = e2eDatabase();
    db.prepare("UPDATE sessie_info SET tweede_factor_op = tweede_factor_op - 11 * 60000 WHERE medewerker_id = (SELECT id FROM medewerkers WHERE email = ?)").run(DEMO.regieteam);
    db.close();
    const later = await page.request.get("/klachten/export?formaat=csv", { maxRedirects: 0 });
    expect(later.status()).toBe(302);
    expect(later.headers()["location"]).toBe("/inloggen/bevestigen?terug=%2Fklachten%2Fexport%3Fformaat%3Dcsv");
    await page.goto("/inloggen/bevestigen?terug=%2Fklachten%2Fexport%3Fformaat%3Dcsv");
    await expect(page.getByRole("heading", { level: 1, name: "Bevestig dat u het bent" })).toBeVisible();
    const download = page.waitForEvent("download");
    await vulTweestapsCode(page, DEMO.regieteam, DEMO_TOTP_GEHEIM, { pad: "/inloggen/bevestigen", knop: "Bevestigen" });
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await context.close();
  });
});

test.describe("sessies", () => {
  test("'overal anders uitloggen' maakt de cookie van de andere browser nutteloos", async ({ browser }) => {
    const a = await ingelogdeContext(browser, "anouk@voorbeeld.nl");
    const b = await ingelogdeContext(browser, "anouk@voorbeeld.nl");
    await a.page.goto("/profiel");
    await a.page.getByRole("link", { name: "Beveiliging en sessies" }).click();
    await expect(a.page.getByRole("heading", { level: 1, name: "Beveiliging" })).toBeVisible();
    const rijen = a.page.getByRole("table").getByRole("row");
    await expect(rijen).toHaveCount(3); // header + two sessions
    await expect(a.page.locator("tr[data-sessie=deze]")).toContainText(/Chrome · (Windows|Linux)/);
    await expect(a.page.locator("tr[data-sessie=deze]")).toContainText("(deze sessie)");
    await expect(a.page.locator("tr[data-sessie=deze]")).toContainText(/(127\.0\.0\.0\/24|0:0:0::\/48)/);
    await expectAxeClean(a.page);
    await a.page.getByRole("button", { name: "Overal anders uitloggen" }).click();
    await expect(a.page.getByText("Uitgelogd op 1 andere plek.")).toBeVisible();
    await expect(rijen).toHaveCount(2);

    await b.page.goto("/mijn-werk");
    await expect(b.page).toHaveURL(/\/inloggen\?terug=%2Fmijn-werk/);
    const cookie = (await b.context.cookies()).find((c) => c.name === "afspraak_sessie");
    expect(cookie?.value ?? "").toBe(""); // the server blanked the dead cookie
    await a.page.goto("/mijn-werk");
    await expect(a.page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
    await a.context.close();
    await b.context.close();
  });

  test("de demo-beheerder logt in met een echte code uit het gepubliceerde demo-geheim", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/profiel/beveiliging");
    await expect(page.getByText(/^Aan\. U heeft nog \d+ ongebruikte herstelcodes\.$/)).toBeVisible();
    await context.close();
  });
});
