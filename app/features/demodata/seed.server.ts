/**
 * The demo municipality "Gemeente Voorbeeld": departments, teams, employees in every role, office hours,
 * calendar data and the kwaliteitshandvest. Idempotent: rows are matched on their natural keys and existing
 * ones are left as they are (passwords are never reset by a re-seed).
 */
import crypto from "node:crypto";
import { and, eq, count } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import {
  afdelingen,
  teams,
  medewerkers,
  medewerkerRollen,
  leidinggevenden,
  openingstijden,
  kalenderDagen,
  instellingen,
  normen,
  normVersies,
  type Rol,
} from "../../../db/schema";
import { hashPassword } from "../../platform/auth/sessies.server";
import { DEMO_NORMEN, DEMO_INSTELLINGEN, DEMO_GELIJKGESTELDE_DAGEN, demoDeeldagen } from "./demo-gemeente";
import { zaaiDemoTweestaps } from "../tweestaps/demo.server";
import { STANDAARD_MFA_ROLLEN } from "../../platform/auth/sessie-info.server";

export const DEMO_WACHTWOORD = "Voorbeeld-demo-2026";

interface DemoPersoon {
  naam: string;
  email: string;
  team: string;
  rollen: Rol[];
}

export const DEMO_AFDELINGEN: { naam: string; teams: string[] }[] = [
  { naam: "Klantcontactcentrum (KCC)", teams: ["KCC Telefonie", "KCC Balie"] },
  { naam: "Burgerzaken", teams: ["Burgerzaken Documenten"] },
  { naam: "Openbare Ruimte", teams: ["Meldingen Openbare Ruimte"] },
  { naam: "Sociaal Domein", teams: ["Wmo en Jeugd"] },
  { naam: "Bedrijfsvoering", teams: ["Regieteam Dienstverlening", "Informatiebeheer"] },
];

export const DEMO_MEDEWERKERS: DemoPersoon[] = [
  { naam: "Sanne de Vries", email: "sanne@voorbeeld.nl", team: "KCC Telefonie", rollen: ["medewerker", "teamleider"] },
  { naam: "Fatima El Amrani", email: "fatima@voorbeeld.nl", team: "KCC Telefonie", rollen: ["medewerker"] },
  { naam: "Jeroen Bakker", email: "jeroen@voorbeeld.nl", team: "KCC Telefonie", rollen: ["medewerker"] },
  { naam: "Lotte Jansen", email: "lotte@voorbeeld.nl", team: "KCC Telefonie", rollen: ["medewerker"] },
  { naam: "Mohamed Yilmaz", email: "mohamed@voorbeeld.nl", team: "KCC Balie", rollen: ["medewerker", "teamleider"] },
  { naam: "Anouk Visser", email: "anouk@voorbeeld.nl", team: "KCC Balie", rollen: ["medewerker"] },
  { naam: "Daan Smit", email: "daan@voorbeeld.nl", team: "KCC Balie", rollen: ["medewerker"] },
  { naam: "Ingrid Mulder", email: "ingrid@voorbeeld.nl", team: "Burgerzaken Documenten", rollen: ["medewerker", "teamleider"] },
  { naam: "Pieter de Boer", email: "pieter@voorbeeld.nl", team: "Burgerzaken Documenten", rollen: ["medewerker"] },
  { naam: "Noor Hendriks", email: "noor@voorbeeld.nl", team: "Burgerzaken Documenten", rollen: ["medewerker"] },
  { naam: "Kees van Dijk", email: "kees@voorbeeld.nl", team: "Meldingen Openbare Ruimte", rollen: ["medewerker", "teamleider"] },
  { naam: "Bram Meijer", email: "bram@voorbeeld.nl", team: "Meldingen Openbare Ruimte", rollen: ["medewerker"] },
  { naam: "Eva de Graaf", email: "eva@voorbeeld.nl", team: "Meldingen Openbare Ruimte", rollen: ["medewerker"] },
  { naam: "Marieke Bos", email: "marieke@voorbeeld.nl", team: "Wmo en Jeugd", rollen: ["medewerker", "teamleider"] },
  { naam: "Yusuf Kaya", email: "yusuf@voorbeeld.nl", team: "Wmo en Jeugd", rollen: ["medewerker"] },
  { naam: "Sophie Peters", email: "sophie@voorbeeld.nl", team: "Wmo en Jeugd", rollen: ["medewerker"] },
  { naam: "Hanna Vos", email: "hanna@voorbeeld.nl", team: "Regieteam Dienstverlening", rollen: ["medewerker", "teamleider", "regieteam"] },
  { naam: "Ruben Dekker", email: "ruben@voorbeeld.nl", team: "Regieteam Dienstverlening", rollen: ["medewerker", "regieteam"] },
  { naam: "Wim Koster", email: "wim@voorbeeld.nl", team: "Informatiebeheer", rollen: ["medewerker", "teamleider", "beheerder"] },
  { naam: "Laura Brouwer", email: "laura@voorbeeld.nl", team: "Informatiebeheer", rollen: ["beheerder"] },
  { naam: "Gerda Smeets", email: "gerda@voorbeeld.nl", team: "Informatiebeheer", rollen: ["archief"] },
  { naam: "Priya Ramdin", email: "priya@voorbeeld.nl", team: "Informatiebeheer", rollen: ["privacy"] },
];

export function nieuwId(): string {
  return crypto.randomUUID();
}

/** True when the database holds no medewerkers yet. */
export function isNieuw(): boolean {
  const { db } = getDatabase();
  return (db.select({ n: count() }).from(medewerkers).get()?.n ?? 0) === 0;
}

/** Seeds when the database is new (and AFSPRAAK_SEED is not "0"). Returns whether it seeded. */
export async function seedAlsNieuw(): Promise<boolean> {
  if (process.env.AFSPRAAK_SEED === "0" || !isNieuw()) return false;
  await seed();
  // A fresh demo also gets a small history (3 years, scale klein) so the regieteam dashboards are not empty.
  if (process.env.AFSPRAAK_DEMO_HISTORIE !== "0") {
    const { genereerDemoData } = await import("./generator.server");
    await genereerDemoData({ jaren: 3, schaal: "klein", zaad: 2026 });
    (await import("./kto.server")).zaaiKtoAntwoorden({ zaad: 2026 }); // satisfaction answers (issue 13)
  }
  // One demo citizen with a record of every kind, for trying out an inzageverzoek (issue 17). After the history:
  // the generator numbers complaints from the start of its first year, so an earlier complaint would collide.
  (await import("../privacy/voorbeeld.server")).zaaiPrivacyVoorbeeld();
  return true;
}

export async function seed(): Promise<void> {
  const { db, sqlite } = getDatabase();
  const hash = await hashPassword(DEMO_WACHTWOORD);
  const t = Date.now();
  const nieuwMetMfa: string[] = []; // new demo accounts whose role requires MFA get the published demo TOTP

  sqlite.transaction(() => {
    const teamIds = new Map<string, number>();
    for (const a of DEMO_AFDELINGEN) {
      db.insert(afdelingen).values({ naam: a.naam }).onConflictDoNothing().run();
      const afd = db.select().from(afdelingen).where(eq(afdelingen.naam, a.naam)).get()!;
      for (const tn of a.teams) {
        db.insert(teams).values({ afdelingId: afd.id, naam: tn }).onConflictDoNothing().run();
        const team = db
          .select()
          .from(teams)
          .where(and(eq(teams.afdelingId, afd.id), eq(teams.naam, tn)))
          .get()!;
        teamIds.set(tn, team.id);
      }
    }

    const ids = new Map<string, string>();
    for (const p of DEMO_MEDEWERKERS) {
      const bestaand = db.select().from(medewerkers).where(eq(medewerkers.email, p.email)).get();
      const id = bestaand?.id ?? nieuwId();
      if (!bestaand) {
        db.insert(medewerkers)
          .values({ id, email: p.email, naam: p.naam, wachtwoordHash: hash, teamId: teamIds.get(p.team)! })
          .run();
        for (const rol of p.rollen) db.insert(medewerkerRollen).values({ medewerkerId: id, rol }).onConflictDoNothing().run();
        if (p.rollen.some((r) => STANDAARD_MFA_ROLLEN.includes(r))) nieuwMetMfa.push(id);
      }
      ids.set(p.email, id);
    }

    // Teamleiders lead their team and manage its members.
    for (const p of DEMO_MEDEWERKERS.filter((x) => x.rollen.includes("teamleider"))) {
      const tlId = ids.get(p.email)!;
      const teamId = teamIds.get(p.team)!;
      db.update(teams).set({ teamleiderId: tlId }).where(and(eq(teams.id, teamId))).run();
      for (const m of DEMO_MEDEWERKERS.filter((x) => x.team === p.team && x.email !== p.email)) {
        db.insert(leidinggevenden)
          .values({ medewerkerId: ids.get(m.email)!, leidinggevendeId: tlId })
          .onConflictDoNothing()
          .run();
      }
    }
    // Teamleiders report to the regieteam's lead (Hanna) except Hanna herself, who reports to Wim.
    const hanna = ids.get("hanna@voorbeeld.nl")!;
    const wim = ids.get("wim@voorbeeld.nl")!;
    for (const p of DEMO_MEDEWERKERS.filter((x) => x.rollen.includes("teamleider"))) {
      const id = ids.get(p.email)!;
      const manager = id === hanna ? wim : hanna;
      if (id !== manager) db.insert(leidinggevenden).values({ medewerkerId: id, leidinggevendeId: manager }).onConflictDoNothing().run();
    }

    for (let wd = 1; wd <= 7; wd++) {
      const open = wd <= 5 ? "08:30" : null;
      const sluit = wd <= 5 ? "17:00" : null;
      db.insert(openingstijden).values({ weekdag: wd, open, sluit }).onConflictDoNothing().run();
    }
    for (const d of DEMO_GELIJKGESTELDE_DAGEN) {
      db.insert(kalenderDagen)
        .values({ kalender: "atw", datum: d.datum, soort: "gelijkgesteld", omschrijving: d.omschrijving })
        .onConflictDoNothing()
        .run();
    }
    for (const d of demoDeeldagen()) {
      db.insert(kalenderDagen)
        .values({ kalender: "organisatie", datum: d.datum, soort: "deeldag", sluit: d.sluit, omschrijving: d.omschrijving })
        .onConflictDoNothing()
        .run();
    }
    for (const [sleutel, waarde] of Object.entries(DEMO_INSTELLINGEN)) {
      db.insert(instellingen).values({ sleutel, waarde: JSON.stringify(waarde) }).onConflictDoNothing().run();
    }
    for (const n of DEMO_NORMEN) {
      db.insert(normen).values({ code: n.code }).onConflictDoNothing().run();
      const norm = db.select().from(normen).where(eq(normen.code, n.code)).get()!;
      const heeftVersie = db.select({ n: count() }).from(normVersies).where(eq(normVersies.normId, norm.id)).get()!.n > 0;
      if (!heeftVersie) {
        const { code: _code, ...rest } = n;
        db.insert(normVersies)
          .values({ ...rest, normId: norm.id, versie: 1, geldigVanaf: Date.UTC(2020, 0, 1), gemaaktOp: t, gemaaktDoor: null })
          .run();
      }
    }
  })();
  zaaiDemoTweestaps(nieuwMetMfa);
}
