/**
 * `npm run --silent afspraak -- wachtwoord-reset <e-mail>`: creates a one-time link (valid 72 hours) to set the
 * password of an active medewerker and prints its URL. The base comes from AFSPRAAK_BASE_URL
 * (default http://localhost:3000). Unknown or inactive e-mail: a Dutch message on stderr, exit code 2.
 */
import os from "node:os";
import { closeDatabase } from "../../../db/client";
import { maakWachtwoordLinkVoorEmail } from "../../features/inloggen/wachtwoord.server";

export async function run(args: string[]): Promise<number> {
  const email = args.find((a) => !a.startsWith("-"))?.trim();
  if (!email) {
    process.stderr.write("Gebruik: wachtwoord-reset <e-mailadres>\n");
    return 2;
  }
  try {
    let gebruiker = "?";
    try {
      gebruiker = os.userInfo().username;
    } catch {
      /* no passwd entry in some containers */
    }
    const bron = `cli ${gebruiker}@${os.hostname()}`;
    const link = maakWachtwoordLinkVoorEmail(email, { bron });
    if (!link) {
      process.stderr.write(`Geen actieve medewerker gevonden met e-mailadres ${email}.\n`);
      return 2;
    }
    process.stdout.write(`${link.url}\n`);
    process.stderr.write(`Eenmalige link, geldig tot ${new Date(link.verlooptOp).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" })}.\n`);
    return 0;
  } finally {
    closeDatabase();
  }
}
