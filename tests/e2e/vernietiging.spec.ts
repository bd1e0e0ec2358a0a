import { test, expect, type Page } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

// Two callbacks closed on Monday 8 January 2024 are past their 12-month term on Monday 3 February 2025; nothing
// else in the end-to-end database is that old (other specs work from November 2025 on).
const TOEN = "2024-01-08T10:00:00+01:00";
const LATER = "2025-02-03T10:00:00+01:00";
const ARCHIEF = "gerda@voorbeeld.nl";

async function geslotenTerugbelafspraak(page: Page, naam: string, telefoon: string): Promise<string> {
  await page.goto("/terugbelafspraken/nieuw");
  await page.getByLabel("Naam van de inwoner").fill(naam);
  await page.getByLabel("Telefoonnummer").fill(telefoon);
  await page.getByLabel("Vraag van de inwoner").fill(`Vraag van ${naam} over de bewaartermijn`);
  await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
  await expect(page.getByRole("heading", { name: `Terugbelafspraak: ${naam}` })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Uitkomst").selectOption({ label: "Bereikt" });
  await page.getByRole("button", { name: "Poging vastleggen" }).click();
  await expect(page.getByText("Status: Nagekomen")).toBeVisible();
  return id;
}

test.describe("vernietiging", () => {
  test("the archief role reviews the list, holds one back, approves and sees the signed declaration", async ({ browser }) => {
    const { context: mc, page: mp } = await ingelogdeContext(browser, DEMO.medewerker);
    const klokVoor = ((await (await mp.request.get("/__test/klok")).json()) as { nu: string }).nu;
    await zetKlok(mp, TOEN);
    const weg = await geslotenTerugbelafspraak(mp, "Tjitske Vernietigtest", "06-34567812");
    const blijft = await geslotenTerugbelafspraak(mp, "Romke Aanhoudtest", "06-45678123");
    await zetKlok(mp, LATER);

    const { context, page } = await ingelogdeContext(browser, ARCHIEF);
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Vernietiging" }).click();
    await expect(page.getByRole("heading", { name: "Vernietiging", level: 1 })).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Nu een vernietigingslijst opstellen" }).click();
    await expect(page.getByRole("heading", { name: /^Vernietigingslijst VL-2025-\d{3}$/ })).toBeVisible();
    await expect(page.getByText("De vernietigingslijst is opgesteld.")).toBeVisible();
    const rijWeg = page.locator("tr", { hasText: weg.slice(0, 8) });
    const rijBlijft = page.locator("tr", { hasText: blijft.slice(0, 8) });
    await expect(rijWeg).toContainText("Voorgesteld");
    await expect(rijBlijft).toContainText("Voorgesteld");
    // the list names no citizen
    await expect(page.locator("main")).not.toContainText("Tjitske");
    await expectAxeClean(page);

    // hold one back: a reason is required
    await rijBlijft.getByText("Aanhouden", { exact: true }).first().click();
    await rijBlijft.getByRole("button", { name: "Aanhouden" }).click();
    await expect(page.locator("tr", { hasText: blijft.slice(0, 8) }).getByText("Kies waarom dit onderdeel wordt aangehouden.")).toBeVisible();
    const rij2 = page.locator("tr", { hasText: blijft.slice(0, 8) });
    await rij2.getByLabel("Reden").selectOption({ label: "Woo-verzoek" });
    await rij2.getByLabel("Toelichting (zonder persoonsgegevens)").fill("Woo-2025-017");
    await rij2.getByRole("button", { name: "Aanhouden" }).click();
    await expect(page.getByText("Het onderdeel wordt aangehouden en niet vernietigd.")).toBeVisible();
    await expect(page.locator("tr", { hasText: blijft.slice(0, 8) })).toContainText("Aangehouden: Woo-verzoek (Woo-2025-017)");

    // approval needs the confirmation
    await page.getByRole("button", { name: "Lijst goedkeuren en vernietigen" }).click();
    await expect(page.getByText("Vink aan dat u de lijst heeft beoordeeld")).toBeVisible();
    await expectAxeClean(page);
    await page.getByLabel("Ik heb de lijst beoordeeld; de voorgestelde onderdelen mogen worden vernietigd.").check();
    await page.getByRole("button", { name: "Lijst goedkeuren en vernietigen" }).click();

    await expect(page.getByRole("heading", { name: "Verklaring van vernietiging", level: 1 })).toBeVisible();
    await expect(page.getByText("De lijst is goedgekeurd en uitgevoerd.")).toBeVisible();
    await expect(page.getByText("Handtekening geldig")).toBeVisible();
    await expect(page.locator("table")).toContainText(weg.slice(0, 8));
    await expect(page.getByRole("listitem").filter({ hasText: blijft.slice(0, 8) })).toContainText("Woo-verzoek");
    await expect(page.getByText(/heeft Gerda Smeets de vernietigingslijst VL-2025-\d{3}/)).toBeVisible();
    await expectAxeClean(page);
    const json = await page.request.get(`${new URL(page.url()).pathname}.json`);
    expect(json.status()).toBe(200);
    const bestand = (await json.json()) as { verklaring: string; handtekening: string; algoritme: string; publiekeSleutel: string };
    expect(bestand.algoritme).toBe("Ed25519");
    expect(bestand.publiekeSleutel).toContain("BEGIN PUBLIC KEY");
    expect(bestand.verklaring).not.toContain("Tjitske");

    // the destroyed callback no longer shows the citizen; the held-back one still does
    await mp.goto(`/terugbelafspraken/${weg}`);
    await expect(mp.locator("main")).not.toContainText("Tjitske");
    await expect(mp.locator("main")).not.toContainText("34567812");
    await mp.goto(`/terugbelafspraken/${blijft}`);
    await expect(mp.getByRole("heading", { name: "Terugbelafspraak: Romke Aanhoudtest" })).toBeVisible();

    // other roles cannot reach the lists
    await mp.goto("/vernietiging");
    await expect(mp.getByRole("heading", { name: "Geen toegang" })).toBeVisible();

    await zetKlok(mp, klokVoor);
    await context.close();
    await mc.close();
  });
});
