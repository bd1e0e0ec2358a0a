/**
 * Dates and times in the interface language (Europe/Amsterdam, no Intl): the Dutch formatting of
 * app/domain/kalender/format and its English counterpart ("Monday 23 November 2026, 17:00", "due tomorrow,
 * Tue 24 Nov, 17:00"). Components use `useDatum()`; server code that words a date for the page passes the
 * request's language to `datumFormat(taal)`.
 */
import { useTranslation } from "react-i18next";
import * as nl from "../../domain/kalender/format";
import { datumVanDag, lokaleDag, lokaleDelen, weekdagVanDag } from "../../domain/kalender/tijd";
import type { Taal } from "./i18n";

export const WEEKDAGEN_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const WEEKDAGEN_KORT_EN = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const MAANDEN_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
export const MAANDEN_KORT_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

export interface DatumFormat {
  taal: Taal;
  /** "17:00" */
  tijd(t: number): string;
  /** "maandag 23 november 2026" / "Monday 23 November 2026" (day index) */
  dagLang(z: number, metJaar?: boolean): string;
  /** "ma 23 nov" / "Mon 23 Nov" (day index) */
  dagKort(z: number): string;
  /** long date of an instant */
  datum(t: number): string;
  /** long date and time of an instant */
  datumTijd(t: number): string;
  /** short date and time of an instant */
  kort(t: number): string;
  /** a deadline relative to now ("uiterlijk morgen, …" / "due tomorrow, …") */
  relatief(dueMs: number, nowMs: number): string;
  /** month names, index 1–12 */
  maanden: readonly string[];
  maandenKort: readonly string[];
  /** a period label the server wrote in Dutch ("mrt 2026", "maart 2026", "week 12 (2026)") in this language */
  maandLabel(label: string): string;
  /** weekday name, ISO 1 = Monday … 7 = Sunday */
  weekdag(wd: number): string;
}

const NL: DatumFormat = {
  taal: "nl",
  tijd: nl.formatTijd,
  dagLang: nl.formatDagLang,
  dagKort: nl.formatDagKort,
  datum: nl.formatDatum,
  datumTijd: nl.formatDatumTijd,
  kort: nl.formatKort,
  relatief: nl.formatRelatief,
  maanden: nl.MAANDEN,
  maandenKort: nl.MAANDEN_KORT,
  maandLabel: (label) => label,
  weekdag: (wd) => nl.WEEKDAGEN[wd] ?? "",
};

function dagLang(z: number, metJaar = true): string {
  const d = datumVanDag(z);
  return `${WEEKDAGEN_EN[weekdagVanDag(z)]} ${d.dag} ${MAANDEN_EN[d.maand]}${metJaar ? " " + d.jaar : ""}`;
}
function dagKort(z: number): string {
  const d = datumVanDag(z);
  return `${WEEKDAGEN_KORT_EN[weekdagVanDag(z)]} ${d.dag} ${MAANDEN_KORT_EN[d.maand]}`;
}

const EN: DatumFormat = {
  taal: "en",
  tijd: nl.formatTijd,
  dagLang,
  dagKort,
  datum: (t) => dagLang(lokaleDag(t)),
  datumTijd: (t) => `${dagLang(lokaleDag(t))}, ${nl.formatTijd(t)}`,
  kort: (t) => `${dagKort(lokaleDag(t))}, ${nl.formatTijd(t)}`,
  relatief(dueMs, nowMs) {
    const dz = lokaleDag(dueMs);
    const nz = lokaleDag(nowMs);
    const tijd = nl.formatTijd(dueMs);
    const verschil = dz - nz;
    if (verschil === 0) return `due today, ${tijd}`;
    if (verschil === 1) return `due tomorrow, ${dagKort(dz)}, ${tijd}`;
    if (verschil === -1) return `due yesterday, ${dagKort(dz)}, ${tijd}`;
    return `due ${dagLang(dz, datumVanDag(dz).jaar !== datumVanDag(nz).jaar)}, ${tijd}`;
  },
  maanden: MAANDEN_EN,
  maandenKort: MAANDEN_KORT_EN,
  weekdag: (wd) => WEEKDAGEN_EN[wd] ?? "",
  maandLabel: (label) =>
    label.replace(/\p{L}+/gu, (w) => {
      const lang = (nl.MAANDEN as readonly string[]).indexOf(w);
      if (lang > 0) return MAANDEN_EN[lang]!;
      const kort = (nl.MAANDEN_KORT as readonly string[]).indexOf(w);
      return kort > 0 ? MAANDEN_KORT_EN[kort]! : w;
    }),
};

export function datumFormat(taal: string | undefined): DatumFormat {
  return taal === "en" ? EN : NL;
}

/** The date formatting of the page's language. */
export function useDatum(): DatumFormat {
  const { i18n } = useTranslation();
  return datumFormat(i18n.language);
}

/** "okt 2026" / "Oct 2026" for an instant. */
export function maandJaar(f: DatumFormat, t: number): string {
  const p = lokaleDelen(t);
  return `${f.maandenKort[p.maand]} ${p.jaar}`;
}
