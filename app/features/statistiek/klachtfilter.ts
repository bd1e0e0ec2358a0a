/**
 * The complaints list's URL filter (/klachten and /klachten/export): the existing filters plus month of receipt
 * van/tot, team, afloop and the page. Pure.
 */
import type { KlachtAfloop, KlachtFilter } from "../klachten/klachten.server";
import { leesMaand } from "./filter";

const AFLOPEN: readonly string[] = ["informeel", "niet_in_behandeling", "afgehandeld", "ingetrokken", "open"];

/** Reads the list filter from the URL; `fouten` holds Dutch messages for unusable months. */
export function leesKlachtFilter(u: URLSearchParams): { filter: KlachtFilter; fouten: Partial<Record<"van" | "tot", string>> } {
  const fouten: Partial<Record<"van" | "tot", string>> = {};
  const getal = (k: string) => (/^\d{1,9}$/.test(u.get(k) ?? "") ? Number(u.get(k)) : undefined);
  const maand = (k: "van" | "tot") => {
    const s = u.get(k)?.trim();
    if (!s) return undefined;
    const m = leesMaand(s);
    if (m === null) fouten[k] = "Vul een maand in als JJJJ-MM, bijvoorbeeld 2026-03.";
    return m ?? undefined;
  };
  const afloop = u.get("afloop") ?? "";
  const filter: KlachtFilter = {
    status: u.get("status") || undefined,
    oordeel: u.get("oordeel") || undefined,
    afdelingId: getal("afdeling") || undefined,
    teamId: getal("team") || undefined,
    kanaal: u.get("kanaal") || undefined,
    norm: getal("norm") || undefined,
    telaat: u.get("telaat") === "ja",
    zoek: u.get("zoek")?.slice(0, 200) || undefined,
    van: maand("van"),
    tot: maand("tot"),
    afloop: AFLOPEN.includes(afloop) ? (afloop as KlachtAfloop) : undefined,
    pagina: getal("pagina") || 1,
  };
  if (filter.van && filter.tot && filter.van > filter.tot) {
    fouten.tot = "De eindmaand ligt vóór de beginmaand.";
    filter.tot = undefined;
  }
  return { filter, fouten };
}

