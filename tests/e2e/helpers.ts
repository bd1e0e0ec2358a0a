import { expect, type Page, type Browser, type BrowserContext } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { DEMO_TOTP_GEHEIM } from "../../app/features/tweestaps/demo";

export const DEMO_WACHTWOORD = "Voorbeeld-demo-2026";

/** Demo accounts by role (see README). */
export const DEMO = {
  medewerker: "fatima@voorbeeld.nl",
  medewerker2: "jeroen@voorbeeld.nl",
  teamleider: "sanne@voorbeeld.nl",
  teamleiderAnder: "mohamed@voorbeeld.nl",
  regieteam: "ruben@voorbeeld.nl",
  regieteamLeider: "hanna@voorbeeld.nl",
  beheerder: "laura@voorbeeld.nl",
} as const;

/**
 * Logs in with the password and, when the account has two-step verification (the demo beheerders and regieteam:
 * the published demo secret; others: `geheim`), with a real TOTP code computed from that secret.
 */
export async function login(page: Page, email: string, wachtwoord = DEMO_WACHTWOORD, geheim: string = DEMO_TOTP_GEHEIM): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  const uitloggen = page.getByRole("button", { name: "Uitloggen", exact: true });
  const codeVeld = page.getByLabel("Code uit de app of herstelcode");
  await expect(uitloggen.or(codeVeld)).toBeVisible();
  if (await codeVeld.isVisible()) await vulTweestapsCode(page, email, geheim);
  await expect(uitloggen).toBeVisible();
}

/** The TOTP (RFC 6238: 30 s, 6 digits) of a base32 secret for time step `stap`. */
export function totp(geheim: string, stap = Math.floor(Date.now() / 30_000)): string {
  return generateHOTP(decodeBase32IgnorePadding(geheim.replace(/\s/g, "")), BigInt(stap), 6);
}

/** Last time step used per account in this worker: the server refuses a code for a step already used (no replay). */
const gebruikteStap = new Map<string, number>();

/** Tells the helper a step was used outside it (e.g. the code that confirmed setting up MFA). */
export function noteerGebruikteStap(email: string, stap: number): void {
  gebruikteStap.set(email, Math.max(stap, gebruikteStap.get(email) ?? 0));
}

/**
 * Enters a code on the code page. The server accepts the previous, current and next step, each once per account
 * and only ascending; a test that logs in as the same account again within seconds takes the next unused step, and
 * waits for the clock when all three are used.
 */
export async function vulTweestapsCode(
  page: Page,
  email: string,
  geheim: string = DEMO_TOTP_GEHEIM,
  waar: { pad: string; knop: string } = { pad: "/inloggen/code", knop: "Doorgaan" }, // or the step-up page
): Promise<void> {
  const codeVeld = page.getByLabel("Code uit de app of herstelcode");
  for (let poging = 0; poging < 3; poging++) {
    const nu = Math.floor(Date.now() / 30_000);
    const ruimVoorEinde = (nu + 1) * 30_000 - Date.now() > 3_000; // the previous step still counts for > 3 s
    const stap = Math.max(ruimVoorEinde ? nu - 1 : nu, (gebruikteStap.get(email) ?? 0) + 1);
    if (stap > nu + 1) await page.waitForTimeout((stap - 1) * 30_000 - Date.now() + 300);
    gebruikteStap.set(email, stap);
    await codeVeld.fill(totp(geheim, stap));
    const [antwoord] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith(waar.pad)), // …/code.data with single fetch
      page.getByRole("button", { name: waar.knop }).click(),
    ]);
    if (antwoord.status() < 400) return;
    await expect(page.locator("#code-fout")).toBeVisible();
    // refused: that step was used already (by another worker, or before this helper knew): take a later one
  }
  throw new Error(`geen geldige tweestapscode voor ${email}`);
}

/** A fresh context (own cookies), optionally without JavaScript, logged in as `email`. */
export async function ingelogdeContext(
  browser: Browser,
  email: string,
  opts: { javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: opts.javaScript ?? true, locale: "nl-NL" });
  const page = await context.newPage();
  await login(page, email);
  return { context, page };
}

/** Zero WCAG 2.0/2.1 A and AA violations on the current page. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const samenvatting = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(samenvatting, `axe op ${page.url()}`).toEqual([]);
}

/** The origin of the server under test (for the Origin header of POSTs made with page.request). */
function serverOrigin(page: Page): string {
  const url = page.url();
  if (url.startsWith("http")) return new URL(url).origin;
  return `http://localhost:${process.env.AFSPRAAK_E2E_PORT ?? 3111}`;
}

/** Moves the server's business clock (AFSPRAAK_TEST_CLOCK=1) to an instant and runs due background jobs. */
export async function zetKlok(page: Page, iso: string): Promise<void> {
  const res = await page.request.post("/__test/klok", {
    form: { op: iso },
    headers: { Origin: serverOrigin(page) },
  });
  expect(res.status(), await res.text()).toBe(200);
}

export interface OntvangenMail {
  from: string | null;
  to: string[];
  subject: string;
  raw: string;
  ontvangen: string;
}

/** E-mails captured by the test SMTP server (tests/e2e/serve.mjs) for one address, oldest first. */
export async function berichtenVoor(email: string): Promise<OntvangenMail[]> {
  const { readdirSync, readFileSync, existsSync } = await import("node:fs");
  const path = await import("node:path");
  const { fileURLToPath } = await import("node:url");
  const dir = path.join(fileURLToPath(new URL("../..", import.meta.url)), `tests/.tmp-e2e/p${process.env.AFSPRAAK_E2E_PORT ?? 3111}/mail`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as OntvangenMail)
    .filter((m) => m.to.some((t) => t.toLowerCase() === email.toLowerCase()));
}

/** Registers a written complaint received on 13 November 2025 through the intake form (ends on its page). */
export async function registreerKlacht(
  page: Page,
  over: { omschrijving?: string; beklaagde?: string; gedraging?: string; klager?: string; email?: string; afdeling?: string } = {},
): Promise<void> {
  await page.goto("/klachten/nieuw");
  await page.getByLabel("Datum van ontvangst").fill("2025-11-13");
  await page.getByLabel("Kanaal").selectOption("post");
  await page.getByLabel("Naam (bij een organisatie: de contactpersoon)").fill(over.klager ?? "Piet Jansen");
  await page.getByLabel("Adres", { exact: true }).fill("Dorpsstraat 1");
  await page.getByLabel("Postcode").fill("1234 AB");
  await page.getByLabel("Woonplaats").fill("Voorbeeld");
  await page.getByLabel("E-mailadres", { exact: true }).fill(over.email ?? "piet@example.nl");
  await page.getByLabel("Waarover klaagt de klager?").fill(over.omschrijving ?? "Onbeleefd behandeld aan de telefoon over mijn parkeervergunning.");
  await page.getByLabel("Datum van de gedraging").fill(over.gedraging ?? "2025-11-10");
  if (over.afdeling) await page.getByLabel("Afdeling", { exact: true }).selectOption({ label: over.afdeling });
  await page.getByRole("checkbox", { name: over.beklaagde ?? "Fatima El Amrani" }).check();
  await page.getByRole("button", { name: "Klacht registreren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Klacht KL-2025-/ })).toBeVisible();
}

/** Opens the <details> of a workflow step (complaint or improvement action page), fills it and submits it. */
export async function stap(page: Page, actie: string | RegExp, vul?: () => Promise<unknown>, knop?: string | RegExp): Promise<void> {
  const details = page.locator("details").filter({ has: page.locator("summary", { hasText: actie }) });
  const knopLoc = details.getByRole("button", { name: knop ?? /./ });
  // the page may still re-render after the previous step's navigation; (re)open until the form is visible
  await wachtTotRemixKlaar(page);
  await expect(async () => {
    await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await expect(knopLoc).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  if (vul) await vul();
  const antwoord = page.waitForResponse((r) => r.request().method() === "POST", { timeout: 30_000 });
  await knopLoc.click();
  await antwoord;
  // after the POST, Remix redirects, revalidates the page's data and re-renders (closing the open <details>); a
  // next step clicked during that re-render is lost, so wait until Remix's router is idle again. (networkidle
  // alone returned at once when the page had loaded before: the redirect was still pending.)
  await page.waitForLoadState("networkidle");
  await wachtTotRemixKlaar(page);
}

/** Waits until Remix's client router has no navigation, revalidation or fetcher in flight (no-op without JS). */
export async function wachtTotRemixKlaar(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const r = (window as unknown as { __remixRouter?: { state: { navigation: { state: string }; revalidation: string; fetchers: Map<string, { state: string }> } } }).__remixRouter;
      if (!r) return document.readyState === "complete";
      const s = r.state;
      return s.navigation.state === "idle" && s.revalidation === "idle" && [...s.fetchers.values()].every((f) => f.state === "idle");
    },
    undefined,
    { timeout: 30_000 },
  );
}
