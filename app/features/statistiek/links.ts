/**
 * Drill-down links: every number on a dashboard links to the list behind it. Pure (usable in components).
 * Months are yyyymm and become YYYY-MM in the URL.
 */
import { maandParam } from "./filter";

export type Afloop = "open" | "afgehandeld" | "informeel" | "niet_in_behandeling" | "ingetrokken";
export const AFLOPEN: readonly Afloop[] = ["informeel", "niet_in_behandeling", "afgehandeld", "ingetrokken", "open"];
export const AFLOOP_TEKST: Record<Afloop, string> = {
  informeel: "Informeel opgelost (9:5)",
  niet_in_behandeling: "Niet in behandeling (9:8)",
  afgehandeld: "Afgehandeld met oordeel",
  ingetrokken: "Ingetrokken door de klager",
  open: "Nog open",
};

export interface KlachtenLinkOpties {
  van: number;
  tot: number;
  afdeling?: number | null;
  team?: number | null;
  kanaal?: string | null;
  oordeel?: string | null;
  norm?: number | null;
  afloop?: Afloop | null;
}

function zet(p: URLSearchParams, k: string, v: string | number | null | undefined) {
  if (v === null || v === undefined || v === "") return;
  p.set(k, String(v));
}

/** /klachten?van=YYYY-MM&tot=YYYY-MM&afdeling=…&team=…&kanaal=…&oordeel=…&norm=…&afloop=… */
export function klachtenLink(o: KlachtenLinkOpties): string {
  const p = new URLSearchParams();
  p.set("van", maandParam(o.van));
  p.set("tot", maandParam(o.tot));
  zet(p, "afdeling", o.afdeling || null);
  zet(p, "team", o.team || null);
  zet(p, "kanaal", o.kanaal);
  // "geen oordeel (nog)" is stored as '' in the rollup: the list filters on oordeel=geen
  zet(p, "oordeel", o.oordeel === "" ? "geen" : o.oordeel);
  zet(p, "norm", o.norm);
  zet(p, "afloop", o.afloop);
  return `/klachten?${p.toString()}`;
}

export interface TermijnenLinkOpties {
  norm?: string | null;
  team?: number | null;
  afdeling?: number | null;
  van?: number | null;
  tot?: number | null;
  opTijd?: 0 | 1 | null;
  nu?: "te_laat" | null;
}

/** /regieteam/termijnen?norm=CODE&team=…&afdeling=…&van=…&tot=…&opTijd=0|1 or …&nu=te_laat */
export function termijnenLink(o: TermijnenLinkOpties): string {
  const p = new URLSearchParams();
  zet(p, "norm", o.norm);
  zet(p, "team", o.team || null);
  zet(p, "afdeling", o.afdeling || null);
  if (o.nu) p.set("nu", o.nu);
  else {
    if (o.van) p.set("van", maandParam(o.van));
    if (o.tot) p.set("tot", maandParam(o.tot));
    if (o.opTijd === 0 || o.opTijd === 1) p.set("opTijd", String(o.opTijd));
  }
  return `/regieteam/termijnen?${p.toString()}`;
}

/** /verbeteracties?norm=…&afdeling=… (B's list). */
export function verbeteractiesLink(norm: number, afdeling?: number | null): string {
  const p = new URLSearchParams({ norm: String(norm) });
  if (afdeling) p.set("afdeling", String(afdeling));
  return `/verbeteracties?${p.toString()}`;
}
