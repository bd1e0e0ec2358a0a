import { expect, test } from "@playwright/test";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

test.describe("complimenten, suggesties en briefsjablonen", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a compliment about jeroen reaches jeroen and his teamleider sanne via the inbox", async ({ browser }) => {
    const uniek = `Jeroen hielp mij heel geduldig met mijn paspoort (${Date.now()})`;
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker);
    await page.goto("/mijn-werk");
    await page.getByRole("link", { name: "Compliment of suggestie" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Compliment of suggestie" })).toBeVisible();
    await expectAxeClean(page);

    // errors at the field, typed input kept
    await page.getByLabel("Wat zei of schreef de inwoner?").fill(uniek);
    await page.getByRole("button", { name: "Doorgeven" }).click();
    await expect(page.getByText("Kies het kanaal waarlangs het binnenkwam.")).toBeVisible();
    await expect(page.getByText("Kies de collega of het team dat het compliment krijgt.")).toBeVisible();
    await expect(page.getByLabel("Kanaal")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Wat zei of schreef de inwoner?")).toHaveValue(uniek);
    await expectAxeClean(page);

    await page.getByLabel("Kanaal").selectOption("telefoon");
    await page.getByLabel("Voor wie is het compliment?").selectOption({ label: "Jeroen Bakker" });
    await page.getByRole("button", { name: "Doorgeven" }).click();
    await expect(page.getByText("Het compliment is doorgegeven")).toBeVisible();
    await context.close();

    for (const wie of [DEMO.medewerker2, DEMO.teamleider]) {
      const { context: c, page: p } = await ingelogdeContext(browser, wie);
      await p.goto("/inbox");
      const bericht = p.getByRole("listitem").filter({ hasText: uniek });
      await expect(bericht).toHaveCount(1);
      await expect(bericht.getByRole("heading", { name: "Compliment voor Jeroen Bakker" })).toBeVisible();
      await c.close();
    }
    // the giver does not get it
    const { context: f, page: fp } = await ingelogdeContext(browser, DEMO.medewerker);
    await fp.goto("/inbox");
    await expect(fp.getByText(uniek)).toHaveCount(0);
    await f.close();
  });

  test("a suggestion (without JavaScript) lands on the regieteam's triage list and ruben triages it", async ({ browser }) => {
    const uniek = `Graag ook op zaterdag een balie open (${Date.now()})`;
    const { context, page } = await ingelogdeContext(browser, DEMO.medewerker, { javaScript: false });
    await page.goto("/feedback/nieuw");
    await page.getByRole("radio", { name: "Suggestie" }).check();
    await page.getByLabel("Kanaal").selectOption("balie");
    await page.getByLabel("Wat zei of schreef de inwoner?").fill(uniek);
    await page.getByLabel("Naam van de inwoner").fill("Els de Vries");
    await page.getByLabel("Telefoonnummer of e-mailadres (alleen bij een suggestie)").fill("els@example.nl");
    await page.getByRole("button", { name: "Doorgeven" }).click();
    await expect(page.getByText("De suggestie is doorgegeven aan het regieteam")).toBeVisible();
    // a medewerker cannot open the triage list
    const geweigerd = await page.goto("/feedback/suggesties");
    expect(geweigerd?.status()).toBe(403);
    await context.close();

    const { context: r, page: rp } = await ingelogdeContext(browser, DEMO.regieteam);
    await rp.goto("/regieteam");
    await rp.getByRole("link", { name: "Suggesties" }).click();
    await expect(rp.getByRole("heading", { level: 1, name: "Suggesties" })).toBeVisible();
    await expectAxeClean(rp);
    const kaart = rp.getByRole("article").filter({ hasText: uniek });
    await expect(kaart.getByRole("heading", { name: /status: Nieuw/ })).toBeVisible();
    await expect(kaart.getByText("Els de Vries — els@example.nl")).toBeVisible();
    await kaart.getByRole("button", { name: /Opslaan/ }).click();
    await expect(rp.getByText("De suggestie is bijgewerkt.")).toBeVisible();
    await expect(kaart.getByRole("heading", { name: /status: In behandeling/ })).toBeVisible();

    // the decision needs a note (message at the field)
    await kaart.getByLabel("Volgende stap").selectOption({ label: "Overgenomen" });
    await kaart.getByRole("button", { name: /Opslaan/ }).click();
    await expect(kaart.getByText("Licht het besluit toe in de notitie (minimaal 3 tekens).")).toBeVisible();
    await expectAxeClean(rp);
    await kaart.getByLabel("Volgende stap").selectOption({ label: "Overgenomen" });
    await kaart.getByLabel("Notitie").fill("Proef met zaterdagopenstelling vanaf het voorjaar.");
    await kaart.getByRole("button", { name: /Opslaan/ }).click();
    await expect(kaart.getByRole("heading", { name: /status: Overgenomen/ })).toBeVisible();
    await expect(kaart.getByText("Proef met zaterdagopenstelling vanaf het voorjaar.")).toBeVisible();
    await expect(kaart.getByRole("button", { name: /Opslaan/ })).toHaveCount(0);
    await r.close();
  });

  test("a beheerder edits a letter template; an unknown merge field is refused at the field", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.beheerder);
    await page.goto("/beheer/brieven");
    await expect(page.getByRole("heading", { level: 1, name: "Briefsjablonen" })).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("link", { name: "Ontvangstbevestiging (Awb 9:6)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ontvangstbevestiging (Awb 9:6)" })).toBeVisible();
    await expectAxeClean(page);
    const tekst = page.getByLabel("Tekst van de brief");
    const origineel = await tekst.inputValue();
    await tekst.fill(origineel + "\n\nUw dossier: {{dossiernummer}}");
    await page.getByRole("button", { name: "Sjabloon opslaan" }).click();
    await expect(page.getByText("Onbekend samenvoegveld: {{dossiernummer}}.")).toBeVisible();
    await expect(tekst).toHaveAttribute("aria-invalid", "true");
    await expect(tekst).toHaveValue(/\{\{dossiernummer\}\}/);
    await expectAxeClean(page);
    // a valid change is saved (the original text, so other specs' letters stay the same)
    await tekst.fill(origineel);
    await page.getByRole("button", { name: "Sjabloon opslaan" }).click();
    await expect(page.getByText("Het sjabloon „Ontvangstbevestiging (Awb 9:6)” is opgeslagen.")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Ontvangstbevestiging (Awb 9:6)" }).getByRole("cell").nth(2)).toHaveText("1");
    await context.close();
  });

  test("attachments: upload at the dossier (type checked by content), download as attachment, beklaagde refused", async ({ browser }) => {
    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await zetKlok(page, "2025-11-13T10:00:00+01:00");
    await page.goto("/klachten/nieuw");
    await page.getByLabel("Datum van ontvangst").fill("2025-11-13");
    await page.getByLabel("Kanaal").selectOption("post");
    await page.getByLabel("Naam (bij een organisatie: de contactpersoon)").fill("Piet Jansen");
    await page.getByLabel("Adres", { exact: true }).fill("Dorpsstraat 1");
    await page.getByLabel("Postcode").fill("1234 AB");
    await page.getByLabel("Woonplaats").fill("Voorbeeld");
    await page.getByLabel("Waarover klaagt de klager?").fill("Onbeleefd behandeld aan de balie (bijlagentest).");
    await page.getByLabel("Datum van de gedraging").fill("2025-11-10");
    await page.getByRole("checkbox", { name: "Fatima El Amrani" }).check();
    await page.getByRole("button", { name: "Klacht registreren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Klacht KL-2025-/ })).toBeVisible();
    const dossierUrl = page.url().replace(/\?.*$/, "");

    await page.getByRole("link", { name: "Bijlagen bij deze klacht" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Bijlagen bij klacht KL-2025-/ })).toBeVisible();
    await expectAxeClean(page);

    // a PNG renamed to .pdf is refused at the field
    await page.getByLabel("Bestand").setInputFiles({ name: "brief.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
    await page.getByRole("button", { name: "Bijlage toevoegen" }).click();
    await expect(page.getByText("De inhoud van het bestand past niet bij de extensie .pdf.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Bestand")).toHaveAttribute("aria-invalid", "true");
    await expectAxeClean(page);

    const pdf = Buffer.from("%PDF-1.7\n% klaagbrief\n");
    await page.getByLabel("Bestand").setInputFiles({ name: "klaagbrief.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Bijlage toevoegen" }).click();
    await expect(page.getByText("De bijlage is toegevoegd.")).toBeVisible();
    const link = page.getByRole("link", { name: "klaagbrief.pdf" });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute("href"))!;
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="klaagbrief.pdf"/);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await res.body()).equals(pdf)).toBe(true);
    await context.close();

    // fatima is the beklaagde: no access to the dossier's attachments
    const { context: f, page: fp } = await ingelogdeContext(browser, DEMO.medewerker);
    const geweigerd = await fp.goto(`${dossierUrl}/bijlagen`);
    expect(geweigerd?.status()).toBe(403);
    const download = await fp.request.get(href);
    expect(download.status()).toBe(403);
    await f.close();
  });
});
