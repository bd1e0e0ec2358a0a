/**
 * When a hearing (hoorgesprek, Awb 9:10) may be planned: on a working day of the organisation calendar,
 * within that day's office hours (the calendar's opening hours, so a shorter day such as 24 December counts
 * with its early closing), starting at least HOOR_MIN_DUUR before closing, and no later than the end of the
 * complaint's current term (after verdaging or agreed delay). Pure: the caller passes the calendar and the
 * term; a refusal comes back as data with the last possible day, and `hoorMelding` words it in Dutch or
 * English for the field.
 *
 * `leesLokaalMoment` reads the `<input type="datetime-local">` value as Amsterdam wall-clock time through
 * the calendar's own conversion, so the two daylight-saving Sundays (23 and 25 hours long) are right.
 */
import type { OrganisatieKalender } from "../../domain/kalender/kalenders";
import { nederlandseFeestdagen, type FeestdagCode } from "../../domain/kalender/feestdagen";
import { formatDagLang, formatTijd } from "../../domain/kalender/format";
import {
  MS_MINUUT,
  MS_UUR,
  datumVanDag,
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

const EN_WEEKDAGEN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const EN_MAANDEN = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_FEESTDAGEN: Record<FeestdagCode, string> = {
  nieuwjaarsdag: "New Year's Day",
  goedeVrijdag: "Good Friday",
  eerstePaasdag: "Easter Sunday",
  tweedePaasdag: "Easter Monday",
  koningsdag: "King's Day",
  bevrijdingsdag: "Liberation Day",
  hemelvaartsdag: "Ascension Day",
  eerstePinksterdag: "Whit Sunday",
  tweedePinksterdag: "Whit Monday",
  eersteKerstdag: "Christmas Day",
  tweedeKerstdag: "Boxing Day",
};

function dagEn(z: number): string {
  const d = datumVanDag(z);
  return `${EN_WEEKDAGEN[weekdagVanDag(z)]} ${d.dag} ${EN_MAANDEN[d.maand]} ${d.jaar}`;
}

const kloktijd = formatTijd;
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The refusal as one sentence for the field, with the last possible day. */
export function hoorMelding(w: HoorWeigering, taal: "nl" | "en" = "nl"): string {
  const en = taal === "en";
  const laatste =
    w.laatsteDag === null
      ? en
        ? "There is no working day left before the end of the term."
        : "Er is geen werkdag meer vóór het einde van de termijn."
      : en
        ? `The last possible day is ${dagEn(w.laatsteDag)}.`
        : `De laatste mogelijke dag is ${formatDagLang(w.laatsteDag)}.`;
  switch (w.reden) {
    case "na_termijn":
      return en
        ? `This is after the end of the complaint's term (${dagEn(lokaleDag(w.termijnOp))}, ${kloktijd(w.termijnOp)}). ${laatste}`
        : `Dit ligt na het einde van de termijn van de klacht (${formatDagLang(lokaleDag(w.termijnOp))}, ${formatTijd(w.termijnOp)}). ${laatste}`;
    case "geen_werkdag": {
      if (en) {
        const waarom = w.feestdag ? `a public holiday (${EN_FEESTDAGEN[w.feestdag]})` : weekdagVanDag(w.dag) >= 6 ? "not a working day" : "a day the municipality is closed";
        return `${dagEn(w.dag)} is ${waarom}. Plan the hearing on a working day. ${laatste}`;
      }
      const waarom = w.feestdag ? `een feestdag (${w.omschrijving})` : weekdagVanDag(w.dag) >= 6 ? "geen werkdag" : `een dag waarop de gemeente dicht is (${w.omschrijving})`;
      return `${hoofdletter(formatDagLang(w.dag))} is ${waarom}. Plan het hoorgesprek op een werkdag. ${laatste}`;
    }
    case "buiten_kantoortijd": {
      const uiterlijk = w.sluit - HOOR_MIN_DUUR;
      return en
        ? `That is outside office hours (${kloktijd(w.open)}–${kloktijd(w.sluit)} on ${dagEn(w.dag)}). Start the hearing between ${kloktijd(w.open)} and ${kloktijd(uiterlijk)}. ${laatste}`
        : `Dat is buiten kantoortijd (${formatTijd(w.open)}–${formatTijd(w.sluit)} op ${formatDagLang(w.dag)}). Laat het hoorgesprek beginnen tussen ${formatTijd(w.open)} en ${formatTijd(uiterlijk)}. ${laatste}`;
    }
  }
}
