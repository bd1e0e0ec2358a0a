/**
 * `npm run --silent afspraak -- beheerder <e-mail> <naam…>`: creates the first (or another) beheerder in a
 * database without demo data, and prints a one-time link to set the password. An existing medewerker with
 * that e-mail gets the beheerder role added. Audited as a command-line action.
 */
import os from "node:os";
import { eq } from "drizzle-orm";
import { closeDatabase, getDatabase } from "../../../db/client";
import { medewerkers, medewerkerRollen, auditLog } from "../../../db/schema";
import { maakWachtwoordLinkVoorEmail } from "../../features/inloggen/wachtwoord.server";
import { nieuwId } from "../../features/demodata/seed.server";
import { now } from "../../platform/clock";

export async function run(args: string[]): Promise<number> {
  const [emailRaw, ...naamDelen] = args.filter((a) => !a.startsWith("-"));
  const email = emailRaw?.trim().toLowerCase();
  const naam = naamDelen.join(" ").trim();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    process.stderr.write("Gebruik: beheerder <e-mailadres> <naam>  (bijvoorbeeld: beheerder wim@gemeente.nl Wim Koster)\n");
    return 2;
  }
  try {
    const { db, sqlite } = getDatabase();
    let bron = "cli";
    try {
      bron = `cli ${os.userInfo().username}@${os.hostname()}`;
    } catch {
      /* no passwd entry in some containers */
    }
    let nieuw = false;
    sqlite.transaction(() => {
      let m = db.select().from(medewerkers).where(eq(medewerkers.email, email)).get();
      if (!m) {
        if (!naam) throw new Error("Geef ook de naam op voor een nieuwe beheerder.");
        db.insert(medewerkers).values({ id: nieuwId(), email, naam, wachtwoordHash: null }).run();
        m = db.select().from(medewerkers).where(eq(medewerkers.email, email)).get()!;
        nieuw = true;
      }
      for (const rol of ["medewerker", "beheerder"] as const) {
        db.insert(medewerkerRollen).values({ medewerkerId: m.id, rol }).onConflictDoNothing().run();
      }
      db.insert(auditLog)
        .values({
          op: now(),
          actorId: null,
          actorNaam: "Systeem (opdrachtregel)",
          actie: nieuw ? "medewerker.aangemaakt" : "medewerker.rollen.gewijzigd",
          objectType: "medewerker",
          objectId: m.id,
          resultaat: "ok",
          oorsprong: bron,
          details: JSON.stringify({ rollen: ["beheerder"] }),
        })
        .run();
    })();
    const link = maakWachtwoordLinkVoorEmail(email, { bron });
    if (!link) {
      process.stderr.write(`De medewerker ${email} is gedeactiveerd; activeer het account eerst.\n`);
      return 2;
    }
    process.stderr.write(nieuw ? `Beheerder ${naam} aangemaakt.\n` : `${email} is nu (ook) beheerder.\n`);
    process.stdout.write(`${link.url}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  } finally {
    closeDatabase();
  }
}
