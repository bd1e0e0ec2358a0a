/**
 * Contact volumes per month and channel (afdeling optional, 0 = whole organisation), entered by the regieteam:
 * the denominator of "klachten over bejegening per 1.000 contacten". Upsert with an optimistic check on
 * gewijzigd_op (the version the form was loaded with) and an audit line with the old and new value.
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { KLACHT_KANALEN, KANAAL_TEKST, type KlachtKanaal } from "../klachten/recht";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { leesMaand, maandTekst, maandVan, plusMaanden } from "./filter";

export interface ContactvolumeRij {
  maand: number;
  maandTekst: string;
  kanaal: string;
  kanaalTekst: string;
  afdelingId: number;
  afdeling: string;
  aantal: number;
  gewijzigdOp: number;
  gewijzigdDoor: string | null;
}

/** The last `maanden` months (up to this month), newest first. */
export function contactvolumesLijst(maanden = 24, nu = now()): ContactvolumeRij[] {
  const tot = maandVan(nu);
  const van = plusMaanden(tot, -(maanden - 1));
  const rijen = getDatabase()
    .sqlite.prepare(
      `SELECT c.maand, c.kanaal, c.afdeling_id AS afdelingId, coalesce(a.naam, 'Hele organisatie') AS afdeling, c.aantal,
              c.gewijzigd_op AS gewijzigdOp, c.gewijzigd_door AS gewijzigdDoor
       FROM contactvolumes c LEFT JOIN afdelingen a ON a.id = c.afdeling_id AND c.afdeling_id <> 0
       WHERE c.maand BETWEEN @van AND @tot ORDER BY c.maand DESC, c.afdeling_id, c.kanaal`,
    )
    .all({ van, tot }) as Omit<ContactvolumeRij, "maandTekst" | "kanaalTekst">[];
  return rijen.map((r) => ({ ...r, maandTekst: maandTekst(r.maand), kanaalTekst: KANAAL_TEKST[r.kanaal as KlachtKanaal] ?? r.kanaal }));
}

export function contactvolume(maand: number, kanaal: string, afdelingId: number): { aantal: number; gewijzigdOp: number } | undefined {
  return getDatabase()
    .sqlite.prepare("SELECT aantal, gewijzigd_op AS gewijzigdOp FROM contactvolumes WHERE maand = ? AND kanaal = ? AND afdeling_id = ?")
    .get(maand, kanaal, afdelingId) as { aantal: number; gewijzigdOp: number } | undefined;
}

const Schema = z.object({
  maand: z.string().trim().refine((s) => leesMaand(s) !== null, { message: "Vul de maand in als JJJJ-MM, bijvoorbeeld 2026-03." }),
  kanaal: z.enum(KLACHT_KANALEN, { message: "Kies een kanaal." }),
  afdeling: z
    .string()
    .trim()
    .regex(/^\d{0,9}$/, { message: "Kies een afdeling uit de lijst." }),
  aantal: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, { message: "Vul het aantal contacten in als heel getal (0 of meer), zonder punten." }),
  bekend: z.string().trim().regex(/^\d{0,15}$/).optional(),
});

export type ContactvolumeFouten = Partial<Record<"maand" | "kanaal" | "afdeling" | "aantal" | "formulier", string>>;

/** The form's fields as typed (to send back with the errors). */
export type ContactvolumeWaarden = Record<"maand" | "kanaal" | "afdeling" | "aantal" | "bekend", string>;

export type ContactvolumeResultaat =
  | { ok: true; maand: number; kanaal: string; afdelingId: number; aantal: number; nieuw: boolean }
  | { ok: false; fouten: ContactvolumeFouten; invoer: ContactvolumeWaarden };

/**
 * Saves a contact volume. `bekend` = gewijzigd_op of the row the form was loaded with (empty for a new row):
 * a row that exists but was not loaded, or changed since, is refused with a Dutch message; nothing is
 * overwritten silently.
 */
export function bewaarContactvolume(form: Record<string, string>, user: AppUser, oorsprong: string | null, nu = now()): ContactvolumeResultaat {
  const invoer: ContactvolumeWaarden = {
    maand: form.maand ?? "",
    kanaal: form.kanaal ?? "",
    afdeling: form.afdeling ?? "",
    aantal: (form.aantal ?? "").replace(/[.\s]/g, ""),
    bekend: form.bekend ?? "",
  };
  const r = Schema.safeParse(invoer);
  if (!r.success) {
    const fe = z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
    const fouten: ContactvolumeFouten = {};
    for (const k of ["maand", "kanaal", "afdeling", "aantal"] as const) if (fe[k]?.[0]) fouten[k] = fe[k]![0];
    if (fe.bekend) fouten.formulier = "Het formulier is ongeldig; laad de pagina opnieuw.";
    return { ok: false, fouten, invoer };
  }
  const maand = leesMaand(r.data.maand)!;
  if (maand > maandVan(nu)) return { ok: false, fouten: { maand: "Een maand in de toekomst kan nog geen contactvolume hebben." }, invoer };
  const afdelingId = r.data.afdeling ? Number(r.data.afdeling) : 0;
  const { sqlite } = getDatabase();
  if (afdelingId && !sqlite.prepare("SELECT 1 FROM afdelingen WHERE id = ?").get(afdelingId)) {
    return { ok: false, fouten: { afdeling: "Deze afdeling bestaat niet; kies een afdeling uit de lijst." }, invoer };
  }
  const aantal = Number(r.data.aantal);
  const bekend = r.data.bekend ? Number(r.data.bekend) : null;
  return sqlite.transaction((): ContactvolumeResultaat => {
    const oud = contactvolume(maand, r.data.kanaal, afdelingId);
    if (oud && bekend === null) {
      return {
        ok: false,
        fouten: {
          formulier: `Voor ${maandTekst(maand)}, ${KANAAL_TEKST[r.data.kanaal]} is al ${oud.aantal.toLocaleString("nl-NL")} ingevoerd. Kies "Wijzigen" bij die regel in de lijst om het aan te passen.`,
        },
        invoer,
      };
    }
    if (bekend !== null && (!oud || oud.gewijzigdOp !== bekend)) {
      return {
        ok: false,
        fouten: { formulier: "Iemand anders heeft dit contactvolume intussen gewijzigd. Bekijk de lijst en voer uw wijziging opnieuw in." },
        invoer,
      };
    }
    const op = oud && nu <= oud.gewijzigdOp ? oud.gewijzigdOp + 1 : nu;
    sqlite
      .prepare(
        `INSERT INTO contactvolumes (maand, kanaal, afdeling_id, aantal, gewijzigd_op, gewijzigd_door) VALUES (@maand, @kanaal, @afd, @aantal, @op, @door)
         ON CONFLICT (maand, kanaal, afdeling_id) DO UPDATE SET aantal = excluded.aantal, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door`,
      )
      .run({ maand, kanaal: r.data.kanaal, afd: afdelingId, aantal, op, door: user.naam });
    audit({
      actor: user,
      actie: oud ? "contactvolume.gewijzigd" : "contactvolume.ingevoerd",
      objectType: "contactvolume",
      objectId: `${maand}/${r.data.kanaal}/${afdelingId}`,
      resultaat: "ok",
      oorsprong,
      details: { maand, kanaal: r.data.kanaal, afdelingId, oud: oud?.aantal ?? null, nieuw: aantal },
    });
    return { ok: true, maand, kanaal: r.data.kanaal, afdelingId, aantal, nieuw: !oud };
  })();
}

/** The answer to the contact-volume form: the saved number, or the errors with what was typed (409 when stale). */
export type ContactvolumeAntwoord =
  | { ok: true; fouten: ContactvolumeFouten; invoer: null; melding: string }
  | { ok: false; fouten: ContactvolumeFouten; invoer: ContactvolumeWaarden };

export function bewaarContactvolumeFormulier(form: Record<string, string>, user: AppUser, oorsprong: string | null): { status: number; antwoord: ContactvolumeAntwoord } {
  const r = bewaarContactvolume(form, user, oorsprong);
  if (!r.ok) return { status: r.fouten.formulier?.startsWith("Iemand") ? 409 : 400, antwoord: { ok: false, fouten: r.fouten, invoer: r.invoer } };
  return { status: 200, antwoord: { ok: true, fouten: {}, invoer: null, melding: `${r.nieuw ? "Ingevoerd" : "Gewijzigd"}: ${r.aantal.toLocaleString("nl-NL")} contacten.` } };
}
