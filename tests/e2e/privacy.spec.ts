/**
 * Issue 17, privacy requests end to end: the privacy officer (priya) finds the demo citizen Anna de Wit in the
 * klantbeeld, registers an inzageverzoek, sees its one-month due moment (received Friday 29 January 2027: 29
 * February does not exist, 28 February is a Sunday → Monday 1 March 2027, end of the day), produces the package
 * and finds a record of every kind and the audit lines in it — in the printable HTML and in the JSON download.
 * Other roles cannot reach /privacy.
 */
import { expect, test } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

const PRIVACY = "priya@voorbeeld.nl";

test.describe("privacyverzoeken", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a privacy officer registers an inzageverzoek and produces the package with every record kind and the audit lines", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, PRIVACY);
    await zetKlok(page, "2027-01-29T10:00:00+01:00");

    // find the citizen through the klantbeeld
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Klantbeeld" }).click();
    await page.getByLabel("Telefoonnummer, e-mailadres of naam").fill("Anna de Wit");
    await page.getByLabel("Telefoonnummer, e-mailadres of naam").press("Enter");
    await page.getByRole("link", { name: /Anna de Wit/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /Anna de Wit/ })).toBeVisible();
    await page.getByRole("link", { name: "Privacyverzoek registreren" }).click();

    // the form shows the due moment before saving; errors at the field
    await expect(page.getByRole("heading", { level: 1, name: "Privacyverzoek registreren" })).toBeVisible();
    await expect(page.getByTestId("voorbeeld-termijn")).toContainText("maandag 1 maart 2027, 23:59");
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Verzoek registreren" }).click();
    await expect(page.getByText("Beschrijf wat de inwoner vraagt (ten minste 10 tekens).")).toBeVisible();
    await page.getByLabel("Soort verzoek").selectOption("inzage");
    await page.getByLabel("Wat vraagt de inwoner?").fill("Mevrouw De Wit vraagt per brief welke gegevens de gemeente van haar heeft.");
    await page.getByRole("button", { name: "Verzoek registreren" }).click();

    await expect(page.getByText("Het verzoek is geregistreerd")).toBeVisible();
    await expect(page.getByTestId("uiterlijk")).toContainText("maandag 1 maart 2027, 23:59");
    await expect(page.getByText(/28 februari, een zondag/)).toBeVisible();
    await expectAxeClean(page);
    const verzoekUrl = page.url().replace(/\?.*$/, "");

    // the list shows it
    await page.goto("/privacy");
    await expect(page.getByRole("row").filter({ hasText: "Anna de Wit" }).first()).toContainText("Inzageverzoek (AVG art. 15)");

    // the package
    await page.goto(verzoekUrl);
    await page.getByRole("link", { name: "Inzagepakket bekijken en afdrukken (HTML)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Inzage in uw persoonsgegevens (AVG artikel 15)" })).toBeVisible();
    for (const kop of [/^Uw contactgegevens \(1\)$/, /^Terugbelafspraken \(1\)$/, /^Warme overdrachten \(1\)$/, /^Klachten \(1\)$/, /^Complimenten en suggesties \(2\)$/, /^Uw antwoorden op onze tevredenheidsvraag \(1\)$/]) {
      await expect(page.getByRole("heading", { level: 2, name: kop })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 2, name: /^Berichten die wij u stuurden \([1-9]\d*\)$/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Wie uw gegevens bekeek of wijzigde \([1-9]\d*\)$/ })).toBeVisible();
    await expect(page.locator("[data-brief='ontvangstbevestiging']")).toHaveCount(1);
    await expect(page.locator("[data-bijlage='stoeptegel.txt']")).toHaveCount(1);
    await expect(page.locator("[data-feedback='suggestie']")).toHaveCount(1);
    await expect(page.locator("[data-feedback='compliment']")).toHaveCount(1);
    await expect(page.getByText("huishouden").first()).toBeVisible();
    // audit lines: the colleague's view of the klantbeeld, by function and team; the registration by the FG
    const audit = page.locator("section[data-sectie='audit']");
    await expect(audit.locator("tr[data-actie='klantbeeld.bekijken']").filter({ hasText: "Medewerker, Wmo en Jeugd" }).first()).toBeVisible();
    await expect(audit.locator("tr[data-actie='privacy.verzoek_geregistreerd']").filter({ hasText: "Functionaris gegevensbescherming" })).toHaveCount(1);
    await expect(audit.getByText("Yusuf Kaya")).toHaveCount(0);
    await expect(audit.getByText("Priya Ramdin")).toHaveCount(0);
    await expectAxeClean(page);

    // the JSON download holds the same kinds
    const res = await page.request.get(`${verzoekUrl}/pakket.json`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/attachment; filename="inzage-/);
    const p = (await res.json()) as {
      aantallen: Record<string, number>;
      klachten: { dossier: { brieven: { soort: string }[]; bijlagen: { naam: string }[] } }[];
      audit: { actie: string; door: string }[];
    };
    expect(p.aantallen).toMatchObject({ terugbelafspraken: 1, overdrachten: 1, klachten: 1, feedback: 2, tevredenheid: 1 });
    expect(p.aantallen.berichten).toBeGreaterThan(0);
    expect(p.klachten[0]!.dossier.bijlagen.map((b) => b.naam)).toContain("stoeptegel.txt");
    expect(p.audit.some((a) => a.actie === "klantbeeld.bekijken" && a.door === "Medewerker, Wmo en Jeugd")).toBe(true);
    // producing the package was audited: the second package lists the first one's production
    expect(p.audit.some((a) => a.actie === "privacy.inzage_gemaakt")).toBe(true);

    // the request logs both packages
    await page.goto(verzoekUrl);
    await expect(page.getByRole("heading", { level: 3, name: "Inzagepakketten" })).toBeVisible();
    await expect(page.locator("li").filter({ hasText: "SHA-256" })).toHaveCount(2);
    await context.close();
  });

  test("other roles cannot reach /privacy", async ({ browser }) => {
    // (accounts without two-step verification in the demo; every role is checked by tests/integration/permissies.test.ts)
    for (const wie of [DEMO.medewerker, DEMO.teamleider, "gerda@voorbeeld.nl"]) {
      const { context, page } = await ingelogdeContext(browser, wie);
      const res = await page.goto("/privacy");
      expect(res?.status()).toBe(403);
      await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Privacyverzoeken" })).toHaveCount(0);
      await context.close();
    }
  });
});
