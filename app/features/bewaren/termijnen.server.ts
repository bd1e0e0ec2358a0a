/**
 * Retention terms per kind of record (issue 17 part 2, docs/decisions/013-bewaren-en-vernietigen.md).
 *
 * Complaints follow the Selectielijst class computed on the complaint itself (klachten.bewaarklasse and
 * vernietigingsdatum, workflows/klacht/recht.ts): those terms are law, shown here but not editable. The other kinds
 * have a term in months after the record closed that the beheerder sets; the defaults and their basis are below.
 */
import { getDatabase } from "../../../db/client";
import { BEWAAR_SOORTEN, type BewaarSoort } from "../../../db/schema";
import { BEWAARKLASSEN, BEWAARKLASSE_TEKST, BEWAARJAREN } from "../../../workflows/klacht/recht";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";

export { BEWAAR_SOORTEN, type BewaarSoort };

export interface StandaardTermijn {
  naam: string;
  /** Months after closing; null = together with the complaint dossier (attachments only). */
  maanden: number | null;
  /** What the term counts from. */
  vanaf: string;
  grondslag: string;
}

const AVG = "AVG art. 5 lid 1 onder e (opslagbeperking: niet langer bewaren dan nodig voor het doel)";
const EEN_JAAR =
  "Een jaar na afsluiten laat ruimte voor een klacht over de afhandeling: een klacht over gedrag van meer dan een jaar geleden hoeft niet in behandeling te worden genomen (Awb 9:8 lid 1 onder b).";

export const STANDAARD_TERMIJNEN: Record<BewaarSoort, StandaardTermijn> = {
  terugbelafspraak: {
    naam: "Terugbelafspraken",
    maanden: 12,
    vanaf: "na het afsluiten van de terugbelafspraak",
    grondslag: `${AVG}. ${EEN_JAAR}`,
  },
  overdracht: {
    naam: "Warme overdrachten",
    maanden: 12,
    vanaf: "na het afsluiten van de overdracht",
    grondslag: `${AVG}. ${EEN_JAAR}`,
  },
  bericht: {
    naam: "Berichten aan inwoners (niet bij een klacht)",
    maanden: 12,
    vanaf: "na het afsluiten van de afspraak waar het bericht bij hoort",
    grondslag: `${AVG}. Berichten bij een klacht horen bij het klachtdossier en volgen de Selectielijst (procestype 13).`,
  },
  kto: {
    naam: "Toelichting bij tevredenheidsantwoorden (KTO)",
    maanden: 12,
    vanaf: "na het antwoord",
    grondslag: `${AVG}. Alleen de vrije toelichting wordt vernietigd; het cijfer blijft als anonieme statistiek.`,
  },
  bijlage: {
    naam: "Bijlagen bij klachten",
    maanden: null,
    vanaf: "na het afsluiten van de klacht",
    grondslag:
      "Standaard met het klachtdossier (Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 13: het dossier wordt als geheel gewaardeerd). Een kortere termijn kan op grond van " +
      AVG +
      ".",
  },
};

export interface Termijn extends StandaardTermijn {
  soort: BewaarSoort;
  standaard: number | null;
  versie: number;
  gewijzigdOp: number | null;
}

/** The terms as they apply now (the beheerder's setting, otherwise the default). */
export function bewaartermijnen(): Termijn[] {
  const { sqlite } = getDatabase();
  const rijen = sqlite.prepare("SELECT soort, maanden, versie, gewijzigd_op FROM bewaartermijnen").all() as {
    soort: BewaarSoort;
    maanden: number | null;
    versie: number;
    gewijzigd_op: number;
  }[];
  const per = new Map(rijen.map((r) => [r.soort, r]));
  return BEWAAR_SOORTEN.map((soort) => {
    const s = STANDAARD_TERMIJNEN[soort];
    const r = per.get(soort);
    return { ...s, soort, standaard: s.maanden, maanden: r ? r.maanden : s.maanden, versie: r?.versie ?? 0, gewijzigdOp: r?.gewijzigd_op ?? null };
  });
}

export function termijnVan(soort: BewaarSoort): number | null {
  return bewaartermijnen().find((t) => t.soort === soort)!.maanden;
}

/** The Selectielijst classes of complaints, for display. */
export function klachtTermijnen(): { klasse: string; jaren: number; tekst: string }[] {
  return BEWAARKLASSEN.map((k) => ({ klasse: k, jaren: BEWAARJAREN[k], tekst: BEWAARKLASSE_TEKST[k] }));
}

export type TermijnWijziging = { soort: BewaarSoort; maanden: number | null; versie: number };

/**
 * Stores the beheerder's terms. `versie` per kind is the version the form was loaded with; a stale one is refused
 * (someone else changed it meanwhile) and nothing is stored.
 */
export function bewaarTermijnen(
  wijzigingen: TermijnWijziging[],
  user: Pick<AppUser, "id" | "naam">,
  oorsprong: string | null,
): { ok: true } | { ok: false; verouderd: BewaarSoort[] } {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const huidig = new Map(bewaartermijnen().map((t) => [t.soort, t]));
    const verouderd = wijzigingen.filter((w) => huidig.get(w.soort)!.versie !== w.versie).map((w) => w.soort);
    if (verouderd.length) return { ok: false as const, verouderd };
    const op = now();
    for (const w of wijzigingen) {
      const voor = huidig.get(w.soort)!;
      if (voor.maanden === w.maanden && voor.versie > 0) continue;
      if (voor.maanden === w.maanden && voor.versie === 0) continue;
      sqlite
        .prepare(
          `INSERT INTO bewaartermijnen (soort, maanden, versie, gewijzigd_op, gewijzigd_door) VALUES (?, ?, 1, ?, ?)
           ON CONFLICT (soort) DO UPDATE SET maanden = excluded.maanden, versie = versie + 1, gewijzigd_op = excluded.gewijzigd_op,
             gewijzigd_door = excluded.gewijzigd_door`,
        )
        .run(w.soort, w.maanden, op, user.id);
      audit({
        actor: user,
        actie: "bewaartermijn.gewijzigd",
        objectType: "bewaartermijn",
        objectId: w.soort,
        resultaat: "ok",
        oorsprong,
        details: { voor: voor.maanden, na: w.maanden },
      });
    }
    return { ok: true as const };
  })();
}
