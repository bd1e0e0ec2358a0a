import { test, expect } from "@playwright/test";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO, berichtenVoor, expectAxeClean, ingelogdeContext, stap, zetKlok, type OntvangenMail } from "./helpers";

// Monday 23 November 2026, 10:00 Amsterdam (outside the quiet hours); TERUGBELLEN → Tuesday 24 Nov 17:00.
const MAANDAG = "2026-11-23T10:00:00+01:00";

interface Sms {
  to: string;
  text: string;
  auth: string | undefined;
  sleutel: string | undefined;
}

/** The fake SMS gateway: a real HTTP server on loopback in the test process. */
async function nepGateway() {
  const ontvangen: Sms[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      const j = JSON.parse(body || "{}") as { to: string; text: string };
      ontvangen.push({ to: j.to, text: j.text, auth: req.headers.authorization, sleutel: req.headers["idempotency-key"] as string | undefined });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `sms-${ontvangen.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, ontvangen, sluit: () => new Promise<void>((r) => server.close(() => r())) };
}

test.describe("berichten aan inwoners", () => {
  test("the beheerder sets the SMS gateway; without JavaScript a staff-logged callback sends its SMS with a status link", async ({ browser }) => {
    const gw = await nepGateway();
    // beheer with JavaScript (axe runs in the page); the staff member and the citizen without
    const beheer = await ingelogdeContext(browser, DEMO.beheerder);
    try {
      await beheer.page.goto("/beheer/berichten");
      await expect(beheer.page.getByText("Niet ingesteld", { exact: true })).toBeVisible();
      await expectAxeClean(beheer.page);
      await beheer.page.getByLabel("Adres van de gateway (URL)").fill("geen-url");
      await beheer.page.getByRole("button", { name: "Gateway opslaan" }).click();
      await expect(beheer.page.getByText(/Vul een adres in dat begint met https:\/\//)).toBeVisible();
      await expect(beheer.page.getByLabel("Adres van de gateway (URL)")).toHaveValue("geen-url"); // typed input kept
      await beheer.page.getByLabel("Adres van de gateway (URL)").fill(gw.url);
      await beheer.page.getByLabel("Token").fill("e2e-token");
      await beheer.page.getByRole("button", { name: "Gateway opslaan" }).click();
      await expect(beheer.page.getByText("De sms-gateway is opgeslagen.")).toBeVisible();
      await expect(beheer.page.getByText("Ingesteld", { exact: true })).toBeVisible();

      const { context, page } = await ingelogdeContext(browser, DEMO.medewerker, { javaScript: false });
      await zetKlok(page, MAANDAG);
      await page.goto("/terugbelafspraken/nieuw");
      await page.getByLabel("Naam van de inwoner").fill("Kees de Vries");
      await page.getByLabel("Telefoonnummer").fill("06-87654321");
      await page.getByLabel("Vraag van de inwoner").fill("Vraag over mijn parkeervergunning");
      await page.getByRole("button", { name: "Terugbelafspraak vastleggen" }).click();
      await expect(page.getByRole("heading", { name: "Terugbelafspraak: Kees de Vries" })).toBeVisible();
      const dossier = page.url();
      // the delivery job runs (the test clock runs the background jobs synchronously)
      await zetKlok(page, "2026-11-23T10:01:00+01:00");
      await expect.poll(() => gw.ontvangen.filter((s) => s.to === "+31687654321").length).toBe(1);
      const sms = gw.ontvangen.find((s) => s.to === "+31687654321")!;
      expect(sms.auth).toBe("Bearer e2e-token");
      expect(sms.sleutel).toBeTruthy();
      expect(sms.text).toContain("we bellen u uiterlijk dinsdag 24 november om 17:00 terug");
      const link = /https?:\/\/\S+\/inwoner\/status\/[A-Za-z0-9_-]{43}/.exec(sms.text)![0];

      // the citizen opens the link (no account, no JavaScript)
      const burger = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
      const bp = await burger.newPage();
      const res = await bp.goto(new URL(link).pathname);
      expect(res?.status()).toBe(200);
      await expect(bp.getByText(/parkeervergunning/).first()).toBeVisible();
      await burger.close();

      // a failed call attempt sends "we tried to call you"
      await page.goto(dossier);
      await page.getByLabel("Uitkomst").selectOption({ label: "Geen gehoor" });
      await page.getByRole("button", { name: "Poging vastleggen" }).click();
      await expect(page.getByText("De poging is vastgelegd.")).toBeVisible();
      await zetKlok(page, "2026-11-23T10:05:00+01:00");
      await expect.poll(() => gw.ontvangen.filter((s) => s.to === "+31687654321").length).toBe(2);
      expect(gw.ontvangen.filter((s) => s.to === "+31687654321")[1]!.text).toContain("we probeerden u te bellen");
      await context.close();
    } finally {
      // other specs share this server: leave the gateway "niet ingesteld" again
      await beheer.page.goto("/beheer/berichten");
      await beheer.page.getByLabel("Adres van de gateway (URL)").fill("");
      await beheer.page.getByRole("button", { name: "Gateway opslaan" }).click();
      await expect(beheer.page.getByText("Niet ingesteld", { exact: true })).toBeVisible();
      await beheer.context.close();
      await gw.sluit();
    }
  });

  test("a public complaint: acknowledgement and conclusion with the satisfaction link arrive by mail; an unhappy answer lands on the teamleider's list", async ({ browser }) => {
    test.setTimeout(150_000);
    const email = "joke.visser@example.nl";
    const leesbaar = (m: OntvangenMail) => m.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    const burger = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const bp = await burger.newPage();
    await bp.goto("/inwoner/klacht");
    await zetKlok(bp, "2026-12-07T10:00:00+01:00"); // a Monday morning, outside the quiet hours
    await bp.goto("/inwoner/klacht");
    await bp.getByLabel("Wat is er gebeurd?").fill("Niemand heeft mij teruggebeld over mijn kapotte lantaarnpaal.");
    await bp.getByLabel(/Over wie of welke afdeling/).fill("Openbare ruimte");
    await bp.getByLabel("Uw naam").fill("Joke Visser");
    await bp.getByLabel("Per e-mail").check();
    await bp.getByLabel(/Uw e-mailadres/).fill(email);
    await bp.waitForTimeout(3_200); // the public form refuses a submission faster than a person types it
    await bp.getByRole("button", { name: "Versturen" }).click();
    await expect(bp.getByRole("heading", { level: 1, name: /Zo staat het met uw klacht KL-/ })).toBeVisible();
    const nummer = (await bp.getByRole("heading", { level: 1 }).textContent())!.match(/KL-\d{4}-\d{4}/)![0];

    const { context, page } = await ingelogdeContext(browser, DEMO.regieteam);
    await page.goto("/klachten?kanaal=webformulier");
    await page.getByRole("link", { name: nummer }).first().click();
    await page.waitForURL(/\/klachten\/[^/?]+$/);
    await stap(page, "Ontvangst bevestigen", undefined, /Ontvangst bevestigen/);
    await expect(page.getByText("De ontvangst is bevestigd")).toBeVisible();
    await zetKlok(page, "2026-12-07T10:05:00+01:00"); // runs the delivery
    // the acknowledgement (Awb 9:6, with its term) arrives at the SMTP server on loopback, with a status link
    await expect.poll(async () => (await berichtenVoor(email)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    const bevestiging = leesbaar((await berichtenVoor(email))[0]!);
    const statusLink = /https?:\/\/\S+\/inwoner\/status\/[A-Za-z0-9_-]{43}/.exec(bevestiging)![0];
    const s = await bp.goto(new URL(statusLink).pathname);
    expect(s?.status()).toBe(200);
    await expect(bp.getByText(nummer).first()).toBeVisible();

    await stap(page, "Klachtbehandelaar toewijzen", async () => {
      await page.getByLabel("Klachtbehandelaar").selectOption({ label: "Ruben Dekker" });
    }, "Toewijzen");
    await stap(page, "Afschrift aan de beklaagde", async () => {
      const reden = page.getByLabel("Er is geen beklaagde bekend: waarom kan er geen afschrift?");
      if (await reden.count()) await reden.fill("De klacht noemt geen persoon.");
    }, "Afschrift vastleggen");
    await stap(page, "Hoorgesprek gehouden", async () => page.getByLabel("Verslag van het hoorgesprek").fill("Klager gebeld; het verzoek tot terugbellen was niet opgevolgd."), "Verslag vastleggen");
    await stap(page, "Klacht afhandelen", async () => {
      await page.getByLabel("Bevindingen", { exact: true }).fill("Het terugbelverzoek is blijven liggen.");
      await page.getByLabel("Oordeel", { exact: true }).selectOption("gegrond");
      await page.getByLabel(/7\. Fatsoenlijke bejegening/).check();
      await page.getByLabel("Genomen maatregelen").fill("Excuses; de lantaarnpaal is gerepareerd.");
    }, /Afhandelen en conclusiebrief/);
    await expect(page.getByText("De klacht is afgehandeld")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Berichten aan de inwoner" })).toBeVisible();
    await zetKlok(page, "2026-12-07T10:30:00+01:00");

    // the conclusion letter and the one-time satisfaction link arrive by mail
    await expect.poll(async () => (await berichtenVoor(email)).filter((m) => /\/inwoner\/kto\//.test(leesbaar(m))).length, { timeout: 20_000 }).toBe(1);
    const conclusie = leesbaar((await berichtenVoor(email)).find((m) => /\/inwoner\/kto\//.test(leesbaar(m)))!);
    expect(conclusie).toContain("Het terugbelverzoek is blijven liggen.");
    const ktoLink = /https?:\/\/\S+\/inwoner\/kto\/[A-Za-z0-9_-]{43}/.exec(conclusie)![0];

    // the citizen answers (no JavaScript): an error keeps the comment; then a 1
    await bp.goto(new URL(ktoLink).pathname);
    await expect(bp.getByRole("heading", { level: 1, name: "Hoe tevreden bent u?" })).toBeVisible();
    await expect(bp.getByRole("navigation", { name: "Hoofdnavigatie" })).toHaveCount(0);
    await bp.getByLabel(/Wilt u er iets over zeggen/).fill("Het duurde veel te lang.");
    await bp.getByRole("button", { name: "Verstuur mijn antwoord" }).click();
    await expect(bp.getByText("Kies een cijfer van 1 tot 5.")).toBeVisible();
    await expect(bp.getByLabel(/Wilt u er iets over zeggen/)).toHaveValue("Het duurde veel te lang.");
    await bp.getByLabel("1 – Heel ontevreden").check();
    await bp.getByRole("button", { name: "Verstuur mijn antwoord" }).click();
    await expect(bp.getByText("Dank u wel")).toBeVisible();
    // one-time: the link no longer works
    const weer = await bp.goto(new URL(ktoLink).pathname);
    expect(weer?.status()).toBe(404);
    await burger.close();

    // the unhappy answer is on the teamleider's list, who calls the citizen back
    const tl = await ingelogdeContext(browser, DEMO.regieteamLeider);
    await tl.page.goto("/team");
    await expect(tl.page.getByRole("link", { name: "Ontevreden inwoners" })).toHaveAttribute("href", "/team/kto");
    await tl.page.goto("/team/kto");
    await expect(tl.page.getByRole("heading", { level: 1, name: "Ontevreden inwoners" })).toBeVisible();
    const rij = tl.page.getByRole("row").filter({ hasText: "Het duurde veel te lang." });
    await expect(rij).toBeVisible();
    await expect(rij).toContainText("1 van 5");
    await expectAxeClean(tl.page);
    await rij.getByRole("button", { name: "Opnieuw oppakken" }).click();
    await expect(tl.page.getByText(/Van deze inwoner is geen telefoonnummer bekend|nieuwe opvolging klaar/)).toBeVisible();
    await tl.context.close();
    await context.close();
  });
});
