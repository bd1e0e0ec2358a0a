/**
 * The dashboards' filter: a period of whole months (yyyymm, Europe/Amsterdam), optionally a department and a team,
 * and the grouping of the trend charts (per maand / per kwartaal). Parsed from the URL's search params (GET form,
 * works without JavaScript). Pure: no server or db imports, so unit tests and components can use it.
 *
 * Nonsense input never breaks the page: the field gets a Dutch error and the default period is used instead.
 */
import { instantVanLokaal, lokaleDelen } from "../../domain/kalender/tijd";
import { vertaal } from "../../platform/i18n/vertaal";
import { MAANDEN_EN, MAANDEN_KORT_EN } from "../../platform/i18n/datum";
import type { Taal } from "../../platform/i18n/i18n";

export const PERIODE_PRESETS = ["dit_kwartaal", "vorig_kwartaal", "dit_jaar", "vorig_jaar", "laatste_12"] as const;
export type PeriodePreset = (typeof PERIODE_PRESETS)[number];
export const PRESET_TEKST: Record<PeriodePreset | "eigen", string> = {
  dit_kwartaal: "Dit kwartaal (tot nu)",
  vorig_kwartaal: "Vorig kwartaal",
  dit_jaar: "Dit jaar (tot nu)",
  vorig_jaar: "Vorig jaar",
  laatste_12: "Laatste 12 maanden",
  eigen: "Eigen periode (van/tot)",
};

export type Indeling = "maand" | "kwartaal";

export interface StatFilter {
  /** first month, yyyymm */
  van: number;
  /** last month (inclusive), yyyymm */
  tot: number;
  afdelingId?: number;
  teamId?: number;
  indeling: Indeling;
  preset: PeriodePreset | "eigen";
}

export type FilterFouten = Partial<Record<"periode" | "van" | "tot" | "afdeling" | "team" | "per", string>>;

/** Longest period accepted: ten years. */
export const MAX_MAANDEN = 120;

// ------------------------------------------------------------------------------------------------ month arithmetic

/** yyyymm → month index (year·12 + month − 1). */
export function maandIndex(yyyymm: number): number {
  return Math.floor(yyyymm / 100) * 12 + ((yyyymm % 100) - 1);
}

export function uitIndex(i: number): number {
  return Math.floor(i / 12) * 100 + (i % 12) + 1;
}

export function plusMaanden(yyyymm: number, n: number): number {
  return uitIndex(maandIndex(yyyymm) + n);
}

export function aantalMaanden(van: number, tot: number): number {
  return maandIndex(tot) - maandIndex(van) + 1;
}

/** All months van..tot inclusive. */
export function maandenTussen(van: number, tot: number): number[] {
  const uit: number[] = [];
  for (let i = maandIndex(van); i <= maandIndex(tot); i++) uit.push(uitIndex(i));
  return uit;
}

/** yyyymm of the Amsterdam month that contains instant `ms`. */
export function maandVan(ms: number): number {
  const d = lokaleDelen(ms);
  return d.jaar * 100 + d.maand;
}

/** 202603 → "2026-03" (URL form). */
export function maandParam(yyyymm: number): string {
  return `${Math.floor(yyyymm / 100)}-${String(yyyymm % 100).padStart(2, "0")}`;
}

/** "2026-03" → 202603, or null. */
export function leesMaand(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec((s ?? "").trim());
  if (!m) return null;
  const j = Number(m[1]);
  const mnd = Number(m[2]);
  if (mnd < 1 || mnd > 12 || j < 1990 || j > 2200) return null;
  return j * 100 + mnd;
}

const MAANDNAMEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const MAANDKORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** 202603 → "maart 2026" ("March 2026" in English) */
export function maandTekst(yyyymm: number, taal: Taal = "nl"): string {
  return `${taal === "en" ? MAANDEN_EN[yyyymm % 100] : MAANDNAMEN[(yyyymm % 100) - 1]} ${Math.floor(yyyymm / 100)}`;
}

/** 202603 → "mrt" ("Mar" in English) */
export function maandKort(yyyymm: number, taal: Taal = "nl"): string {
  return (taal === "en" ? MAANDEN_KORT_EN[yyyymm % 100] : MAANDKORT[(yyyymm % 100) - 1]) ?? String(yyyymm);
}

/** Quarter key yyyyq (20261 = Q1 2026) of a month. */
export function kwartaalVan(yyyymm: number): number {
  return Math.floor(yyyymm / 100) * 10 + Math.floor(((yyyymm % 100) - 1) / 3) + 1;
}

/** 20261 → "K1 2026" ("Q1 2026" in English) */
export function kwartaalTekst(k: number, taal: Taal = "nl"): string {
  return `${taal === "en" ? "Q" : "K"}${k % 10} ${Math.floor(k / 10)}`;
}

/** First and last month of quarter key yyyyq. */
export function kwartaalMaanden(k: number): { van: number; tot: number } {
  const j = Math.floor(k / 10);
  const q = k % 10;
  return { van: j * 100 + (q - 1) * 3 + 1, tot: j * 100 + q * 3 };
}

/** "januari 2026 t/m maart 2026" / "maart 2026" */
export function periodeTekst(van: number, tot: number, taal: Taal = "nl"): string {
  if (van === tot) return maandTekst(van, taal);
  if (Math.floor(van / 100) === Math.floor(tot / 100) && van % 100 === 1 && tot % 100 === 12) return vertaal(taal, "statistiek:periode.heel", { jaar: Math.floor(van / 100) });
  return vertaal(taal, "statistiek:periode.tm", { van: maandTekst(van, taal), tot: maandTekst(tot, taal) });
}

// ------------------------------------------------------------------------------------------------ presets

export function presetPeriode(preset: PeriodePreset, nu: number): { van: number; tot: number } {
  const m = maandVan(nu);
  const j = Math.floor(m / 100);
  const kw = kwartaalVan(m);
  switch (preset) {
    case "dit_kwartaal":
      return { van: kwartaalMaanden(kw).van, tot: m };
    case "vorig_kwartaal": {
      const eerste = plusMaanden(kwartaalMaanden(kw).van, -3);
      return { van: eerste, tot: plusMaanden(eerste, 2) };
    }
    case "dit_jaar":
      return { van: j * 100 + 1, tot: m };
    case "vorig_jaar":
      return { van: (j - 1) * 100 + 1, tot: (j - 1) * 100 + 12 };
    case "laatste_12":
      return { van: plusMaanden(m, -11), tot: m };
  }
}

/** The same months one year earlier (for "same period last year"). */
export function vorigJaar(p: { van: number; tot: number }): { van: number; tot: number } {
  return { van: p.van - 100, tot: p.tot - 100 };
}

/** The period of equal length right before (for "previous period"). */
export function vorigePeriode(p: { van: number; tot: number }): { van: number; tot: number } {
  const n = aantalMaanden(p.van, p.tot);
  return { van: plusMaanden(p.van, -n), tot: plusMaanden(p.van, -1) };
}

function positiefGetal(s: string | null): number | null | "fout" {
  if (s === null || s.trim() === "") return null;
  if (!/^\d{1,9}$/.test(s.trim())) return "fout";
  const n = Number(s.trim());
  return n > 0 ? n : "fout";
}

/**
 * Parses ?periode=<preset>|eigen&van=YYYY-MM&tot=YYYY-MM&afdeling=<id>&team=<id>&per=maand|kwartaal.
 * Default: this quarter so far. Given van/tot without a preset means "eigen". Always returns a usable filter;
 * `fouten` says per field what was wrong (the field then falls back to the default).
 */
export function leesStatFilter(params: URLSearchParams, nu: number, taal: Taal = "nl"): { filter: StatFilter; fouten: FilterFouten } {
  const fouten: FilterFouten = {};
  const t = (k: string, w?: Record<string, number>) => vertaal(taal, `statistiek:fout.${k}`, w);
  const ruwPreset = params.get("periode")?.trim() || "";
  const ruwVan = params.get("van")?.trim() || "";
  const ruwTot = params.get("tot")?.trim() || "";
  let preset: PeriodePreset | "eigen" = "dit_kwartaal";
  if (ruwPreset) {
    if ((PERIODE_PRESETS as readonly string[]).includes(ruwPreset) || ruwPreset === "eigen") preset = ruwPreset as PeriodePreset | "eigen";
    else fouten.periode = t("periode");
  } else if (ruwVan || ruwTot) preset = "eigen";

  let periode = presetPeriode("dit_kwartaal", nu);
  if (preset === "eigen") {
    const van = leesMaand(ruwVan);
    const tot = ruwTot ? leesMaand(ruwTot) : maandVan(nu);
    if (van === null) fouten.van = ruwVan ? t("vanFormaat") : t("vanLeeg");
    if (tot === null) fouten.tot = t("totFormaat");
    if (van !== null && tot !== null) {
      if (van > tot) fouten.tot = t("totVoorVan");
      else if (aantalMaanden(van, tot) > MAX_MAANDEN) fouten.van = t("teLang", { max: MAX_MAANDEN });
      else periode = { van, tot };
    }
    if (fouten.van || fouten.tot) preset = "dit_kwartaal";
  } else {
    periode = presetPeriode(preset, nu);
  }

  const afdeling = positiefGetal(params.get("afdeling"));
  if (afdeling === "fout") fouten.afdeling = t("afdeling");
  const team = positiefGetal(params.get("team"));
  if (team === "fout") fouten.team = t("team");
  const ruwPer = params.get("per")?.trim() || "";
  let indeling: Indeling = "maand";
  if (ruwPer === "kwartaal") indeling = "kwartaal";
  else if (ruwPer && ruwPer !== "maand") fouten.per = t("per");

  const filter: StatFilter = { ...periode, indeling, preset };
  if (typeof afdeling === "number") filter.afdelingId = afdeling;
  if (typeof team === "number") filter.teamId = team;
  return { filter, fouten };
}

/** The filter as search params (for links and export URLs): the inverse of leesStatFilter. */
export function filterParams(f: StatFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.preset === "eigen") {
    p.set("van", maandParam(f.van));
    p.set("tot", maandParam(f.tot));
  } else p.set("periode", f.preset);
  if (f.afdelingId) p.set("afdeling", String(f.afdelingId));
  if (f.teamId) p.set("team", String(f.teamId));
  if (f.indeling === "kwartaal") p.set("per", "kwartaal");
  return p;
}

/** Instant of 00:00 Amsterdam on the first day of month yyyymm. */
export function maandBegin(yyyymm: number): number {
  return instantVanLokaal(Math.floor(yyyymm / 100), yyyymm % 100, 1);
}

/** Instant of 00:00 Amsterdam on the first day after month yyyymm (exclusive end). */
export function maandEinde(yyyymm: number): number {
  return maandBegin(plusMaanden(yyyymm, 1));
}

/** ?norm=CODE&team=…&afdeling=…&van=YYYY-MM&tot=YYYY-MM&opTijd=0|1&nu=te_laat&pagina=N for the deadlines list. */
export function leesTermijnFilter(params: URLSearchParams, taal: Taal = "nl"): {
  filter: { normCode?: string; teamId?: number; afdelingId?: number; van?: number; tot?: number; opTijd?: 0 | 1; nu?: "te_laat" };
  pagina: number;
  fouten: Partial<Record<"norm" | "team" | "afdeling" | "van" | "tot" | "opTijd" | "nu" | "pagina", string>>;
} {
  const fouten: Partial<Record<"norm" | "team" | "afdeling" | "van" | "tot" | "opTijd" | "nu" | "pagina", string>> = {};
  const filter: ReturnType<typeof leesTermijnFilter>["filter"] = {};
  const t = (k: string) => vertaal(taal, `statistiek:fout.${k}`);
  const norm = params.get("norm")?.trim();
  if (norm) {
    if (/^[A-Za-z0-9._-]{1,40}$/.test(norm)) filter.normCode = norm;
    else fouten.norm = t("norm");
  }
  for (const [sleutel, veld] of [
    ["team", "teamId"],
    ["afdeling", "afdelingId"],
  ] as const) {
    const w = positiefGetal(params.get(sleutel));
    if (w === "fout") fouten[sleutel] = sleutel === "team" ? t("team") : t("afdeling");
    else if (w !== null) filter[veld] = w;
  }
  const nu = params.get("nu")?.trim();
  if (nu === "te_laat") filter.nu = "te_laat";
  else if (nu) fouten.nu = t("nu");
  for (const veld of ["van", "tot"] as const) {
    const s = params.get(veld)?.trim();
    if (!s) continue;
    const m = leesMaand(s);
    if (m === null) fouten[veld] = t("maand");
    else filter[veld] = m;
  }
  if (filter.van && filter.tot && filter.van > filter.tot) {
    fouten.tot = t("totVoorVan");
    delete filter.tot;
  }
  const opTijd = params.get("opTijd")?.trim();
  if (opTijd === "0" || opTijd === "1") filter.opTijd = Number(opTijd) as 0 | 1;
  else if (opTijd) fouten.opTijd = t("opTijd");
  const p = positiefGetal(params.get("pagina"));
  if (p === "fout") fouten.pagina = t("pagina");
  return { filter, pagina: typeof p === "number" ? Math.min(p, 100_000) : 1, fouten };
}
