import { test, expect } from "@playwright/test";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO, expectAxeClean, ingelogdeContext, zetKlok } from "./helpers";

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
});
