/**
 * The complaints list page (/klachten) for the route: the filters from the URL (also month of receipt van/tot,
 * team and afloop — the drill-down target of the regieteam dashboard), one page of the records the user may
 * see, the active filters in words (each with the URL without it) and the choices of the filter form.
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import { exportAntwoord, type ExportFormaat } from "../../platform/export/export.server";
import { begrens, EXPORT_LIMIET } from "../../platform/export/tabel";
import { afgekaptTekst } from "../../platform/export/lijst.server";
import { klachtenTabel } from "../statistiek/export-tabellen.server";
import { teamsLijst } from "../statistiek/basis.server";
import { leesMaand, maandTekst } from "../statistiek/filter";
import { leesKlachtFilter } from "../statistiek/klachtfilter";
import { vertaler } from "../../platform/i18n/vertaal";
import { datumFormat } from "../../platform/i18n/datum";
import type { Taal } from "../../platform/i18n/i18n";
import { keuzelijsten, klachtenVoorExport, zoekKlachtenPagina, STATUS_TEKST, KLACHT_AFLOPEN, KLACHT_AFLOOP_TEKST, type KlachtAfloop } from "./klachten.server";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, OORDEEL_TEKST, type KlachtKanaal, type Oordeel } from "./recht";

export function klachtenLijstPagina(user: AppUser, url: URL, oorsprong: string | null, taal: Taal = "nl") {
  const t = vertaler(taal);
  const u = url.searchParams;
  const { filter, fouten } = leesKlachtFilter(u);
  const { rijen, totaal, pagina, paginas } = zoekKlachtenPagina(user, filter, oorsprong);
  const afdelingen = keuzelijsten().afdelingen;
  const teams = teamsLijst();
  const maand = (v: string) => (leesMaand(v) ? datumFormat(taal).maandLabel(maandTekst(leesMaand(v)!)) : v);
  const of = (sleutel: string, anders: string | undefined, v: string) => (anders === undefined ? v : t(sleutel) === sleutel ? anders : t(sleutel));
  const namen: Record<string, (v: string) => string> = {
    zoek: (v) => t("klachten:lijst.fZoek", { v }),
    status: (v) => t("klachten:lijst.fStatus", { v: of(`klachten:status.${v}`, STATUS_TEKST[v as keyof typeof STATUS_TEKST], v) }),
    oordeel: (v) => t("klachten:lijst.fOordeel", { v: of(`klachten:oordeel.${v}`, v === "geen" ? "(nog) geen oordeel" : OORDEEL_TEKST[v as Oordeel], v) }),
    afdeling: (v) => t("klachten:lijst.fAfdeling", { v: afdelingen.find((a) => String(a.id) === v)?.naam ?? v }),
    team: (v) => t("klachten:lijst.fTeam", { v: teams.find((x) => String(x.id) === v)?.naam ?? v }),
    kanaal: (v) => t("klachten:lijst.fKanaal", { v: of(`afspraken:kanaal.${v}`, KANAAL_TEKST[v as KlachtKanaal], v) }),
    norm: (v) => t("klachten:lijst.fNorm", { v: of(`klachten:norm.${v}`, BEHOORLIJKHEIDSNORMEN.find((n) => String(n.nr) === v)?.naam, v) }),
    telaat: () => t("klachten:lijst.alleenTeLaat"),
    van: (v) => t("klachten:lijst.fVan", { v: maand(v) }),
    tot: (v) => t("klachten:lijst.fTot", { v: maand(v) }),
    afloop: (v) => t("klachten:lijst.fAfloop", { v: of(`klachten:afloop.${v}`, KLACHT_AFLOOP_TEKST[v as KlachtAfloop], v) }),
  };
  const actief = [...u.entries()]
    .filter(([k, v]) => v && namen[k])
    .map(([k, v]) => {
      const zonder = new URLSearchParams(u);
      zonder.delete(k);
      zonder.delete("pagina");
      return { sleutel: k, tekst: namen[k]!(v), zonder: `/klachten${zonder.size ? `?${zonder.toString()}` : ""}` };
    });
  const basis = new URLSearchParams(u);
  basis.delete("pagina");
  return {
    rijen,
    totaal,
    pagina,
    paginas,
    fouten,
    actief,
    basis: basis.toString(),
    zoek: url.search,
    filter: Object.fromEntries(u.entries()) as Record<string, string | undefined>,
    afdelingen,
    teams,
    statussen: Object.entries(STATUS_TEKST),
    aflopen: KLACHT_AFLOPEN.map((a) => ({ value: a as string, label: KLACHT_AFLOOP_TEKST[a] })),
  };
}

export type KlachtenLijstPagina = ReturnType<typeof klachtenLijstPagina>;

/**
 * The filtered list as a download (same filters and record-level access as the page, all pages, at most
 * EXPORT_LIMIET rows) WITHOUT the complainant's name or contact details and without complaint text;
 * `klachtenVoorExport` audits the export.
 */
export function klachtenExport(user: AppUser, url: URL, formaat: ExportFormaat, oorsprong: string | null, taal: Taal = "nl"): Promise<Response> {
  const { filter } = leesKlachtFilter(url.searchParams);
  const rijen = klachtenVoorExport(user, { ...filter, pagina: undefined }, EXPORT_LIMIET + 1, oorsprong);
  const { tabel } = begrens(klachtenTabel(rijen, taal), EXPORT_LIMIET, afgekaptTekst(taal));
  return exportAntwoord(formaat, "klachten", [tabel]);
}
