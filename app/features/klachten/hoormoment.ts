/**
 * When a hearing (hoorgesprek, Awb 9:10) may be planned: on a working day of the organisation calendar,
 * within that day's office hours (the calendar's opening hours, so a shorter day such as 24 December counts
 * with its early closing), starting at least HOOR_MIN_DUUR before closing, and no later than the end of the
 * complaint's current term (after verdaging or agreed delay). Pure: the caller passes the calendar and the
 * term; a refusal comes back as data with the last possible day, and `hoorMelding` words it for the field in
 * the page's language (klachten:hoor.*).
 *
 * `leesLokaalMoment` reads the `<input type="datetime-local">` value as Amsterdam wall-clock time through
 * the calendar's own conversion, so the two daylight-saving Sundays (23 and 25 hours long) are right.
 */
import type { OrganisatieKalender } from "../../domain/kalender/kalenders";
import { nederlandseFeestdagen, type FeestdagCode } from "../../domain/kalender/feestdagen";
import { feestdagNaamEn, redenEn } from "../../domain/kalender/verklaar";
import { datumFormat } from "../../platform/i18n/datum";
import { vertaler } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import {
  MS_MINUUT,
  MS_UUR,
  dagVanIso,
  instantVanLokaleDag,
  jaarVanDag,
  lokaleDag,
  weekdagVanDag,
} from "../../domain/kalender/tijd";

/** A hearing needs at least this much office time left on its day. */
export const HOOR_MIN_DUUR = 30 * MS_MINUUT;

/** How far back from the term's end the last possible day is looked for. */
const ZOEK_DAGEN = 400;

/**
 * "2026-11-20T14:30" (datetime-local) or "2026-11-20" (then 12:00) as an instant, Amsterdam local time;
 * null when it is no valid date and time. A time that does not exist (02:30 on the last Sunday of March)
 * moves an hour on, a time that occurs twice (02:30 on the last Sunday of October) is the first (CEST).
 */
export function leesLokaalMoment(datumTijd: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(datumTijd.trim());
  if (!m) return null;
  let dag: number;
  try {
    dag = dagVanIso(m[1]!);
  } catch {
    return null;
  }
  if (!m[2]) return instantVanLokaleDag(dag, 12 * MS_UUR);
  const uur = Number(m[2]);
  const minuut = Number(m[3]);
  if (uur > 23 || minuut > 59) return null;
  return instantVanLokaleDag(dag, uur * MS_UUR + minuut * MS_MINUUT);
}

export type HoorWeigering =
  | { reden: "na_termijn"; termijnOp: number; laatsteDag: number | null }
  | { reden: "geen_werkdag"; dag: number; feestdag: FeestdagCode | null; omschrijving: string; laatsteDag: number | null }
  | { reden: "buiten_kantoortijd"; dag: number; open: number; sluit: number; laatsteDag: number | null };

/**
 * The last day on which a hearing can still start within office hours and before `termijnOp`, as a day
 * index; null when there is none in the year before it.
 */
export function laatsteHoorDag(org: OrganisatieKalender, termijnOp: number): number | null {
  const eind = lokaleDag(termijnOp);
  for (let d = eind; d > eind - ZOEK_DAGEN; d--) {
    const k = org.kantoortijden(d);
    if (k && k.sluit - k.open >= HOOR_MIN_DUUR && k.open <= termijnOp) return d;
  }
  return null;
}

/** null when `moment` is a valid hearing moment for a complaint whose term ends at `termijnOp`. */
export function toetsHoormoment(org: OrganisatieKalender, moment: number, termijnOp: number): HoorWeigering | null {
  const laatsteDag = laatsteHoorDag(org, termijnOp);
  if (moment > termijnOp) return { reden: "na_termijn", termijnOp, laatsteDag };
  const dag = lokaleDag(moment);
  const k = org.kantoortijden(dag);
  if (!k) {
    const feest = nederlandseFeestdagen(jaarVanDag(dag)).find((f) => f.dagIndex === dag);
    const omschrijving = org.redenVrij(dag) ?? "gesloten";
    // a national holiday that is a working day here (Goede Vrijdag) has kantoortijden, so it never gets here
    return { reden: "geen_werkdag", dag, feestdag: feest && omschrijving.includes(feest.naam) ? feest.code : null, omschrijving, laatsteDag };
  }
  if (moment < k.open || moment > k.sluit - HOOR_MIN_DUUR) return { reden: "buiten_kantoortijd", dag, open: k.open, sluit: k.sluit, laatsteDag };
  return null;
}

// ---------------------------------------------------------------- wording

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The refusal as one sentence for the field, with the last possible day (klachten:hoor.* in `taal`). */
export function hoorMelding(w: HoorWeigering, taal: Taal = "nl"): string {
  const t = vertaler(taal);
  const f = datumFormat(taal);
  const en = taal === "en";
  const laatste = w.laatsteDag === null ? t("klachten:hoor.geenWerkdagMeer") : t("klachten:hoor.laatsteDag", { dag: f.dagLang(w.laatsteDag) });
  switch (w.reden) {
    case "na_termijn":
      return t("klachten:hoor.naTermijn", { dag: f.dagLang(lokaleDag(w.termijnOp)), tijd: f.tijd(w.termijnOp), laatste });
    case "geen_werkdag": {
      const dag = hoofdletter(f.dagLang(w.dag));
      if (w.feestdag) return t("klachten:hoor.feestdag", { dag, naam: en ? feestdagNaamEn(w.feestdag) : w.omschrijving, laatste });
      if (weekdagVanDag(w.dag) >= 6) return t("klachten:hoor.weekend", { dag, laatste });
      return t("klachten:hoor.dicht", { dag, omschrijving: en ? redenEn(w.omschrijving) : w.omschrijving, laatste });
    }
    case "buiten_kantoortijd":
      return t("klachten:hoor.buitenKantoortijd", { open: f.tijd(w.open), sluit: f.tijd(w.sluit), dag: f.dagLang(w.dag), uiterlijk: f.tijd(w.sluit - HOOR_MIN_DUUR), laatste });
  }
}
