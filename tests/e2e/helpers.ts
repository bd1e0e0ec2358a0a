import { expect, type Page, type Browser, type BrowserContext } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

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

export async function login(page: Page, email: string, wachtwoord = DEMO_WACHTWOORD): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
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
