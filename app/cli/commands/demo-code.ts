/**
 * `afspraak demo-code`: the current two-step code of the demo accounts (beheerders and regieteam of the demo
 * municipality), computed from the PUBLISHED demo secret (app/features/tweestaps/demo.ts) — not from the database,
 * so it never gives a code for an account that set up its own authenticator.
 */
import { DEMO_TOTP_GEHEIM } from "../../features/tweestaps/demo";
import { huidigeDemoCode } from "../../features/tweestaps/demo.server";
import { PERIODE_S } from "../../features/tweestaps/tweestaps.server";

export async function run(): Promise<number> {
  const nu = Date.now();
  const over = PERIODE_S - Math.floor(nu / 1000) % PERIODE_S;
  process.stdout.write(`${huidigeDemoCode(nu)}\n`);
  process.stderr.write(`(nog ${over} s geldig; demo-geheim ${DEMO_TOTP_GEHEIM}, voor de demo-accounts van Gemeente Voorbeeld)\n`);
  return 0;
}
