/**
 * The complaints list page (/klachten) for the route: the filters from the URL (also month of receipt van/tot,
 * team and afloop — the drill-down target of the regieteam dashboard), one page of the records the user may
 * see, the active filters in words (each with the URL without it) and the choices of the filter form.
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import { exportAntwoord, type ExportFormaat } from "../../platform/export/export.server";
import { begrens, EXPORT_LIMIET } from "../../platform/export/tabel";
import { klachtenTabel } from "../statistiek/export-tabellen.server";
import { teamsLijst } from "../statistiek/basis.server";
import { leesMaand, maandTekst } from "../statistiek/filter";
import { leesKlachtFilter } from "../statistiek/klachtfilter";
import { keuzelijsten, klachtenVoorExport, zoekKlachtenPagina, STATUS_TEKST, KLACHT_AFLOPEN, KLACHT_AFLOOP_TEKST, type KlachtAfloop } from "./klachten.server";
import { BEHOORLIJKHEIDSNORMEN, KANAAL_TEKST, OORDEEL_TEKST, type KlachtKanaal, type Oordeel } from "./recht";

export function klachtenLijstPagina(user: AppUser, url: URL, oorsprong: string | null) {
  const u = url.searchParams;
  const { filter, fouten } = leesKlachtFilter(u);
  const { rijen, totaal, pagina, paginas } = zoekKlachtenPagina(user, filter, oorsprong);
  const afdelingen = keuzelijsten().afdelingen;
  const teams = teamsLijst();
  const maand = (v: string) => (leesMaand(v) ? maandTekst(leesMaand(v)!) : v);
  const namen: Record<string, (v: string) => string> = {
    zoek: (v) => `Zoekterm "${v}"`,
    status: (v) => `Status: ${STATUS_TEKST[v as keyof typeof STATUS_TEKST] ?? v}`,
    oordeel: (v) => `Oordeel: ${v === "geen" ? "(nog) geen oordeel" : OORDEEL_TEKST[v as Oordeel] ?? v}`,
    afdeling: (v) => `Afdeling: ${afdelingen.find((a) => String(a.id) === v)?.naam ?? v}`,
    team: (v) => `Team: ${teams.find((t) => String(t.id) === v)?.naam ?? v}`,
    kanaal: (v) => `Kanaal: ${KANAAL_TEKST[v as KlachtKanaal] ?? v}`,
    norm: (v) => `Norm: ${BEHOORLIJKHEIDSNORMEN.find((n) => String(n.nr) === v)?.naam ?? v}`,
    telaat: () => "Alleen te laat",
    van: (v) => `Ontvangen vanaf ${maand(v)}`,
    tot: (v) => `Ontvangen tot en met ${maand(v)}`,
    afloop: (v) => `Afloop: ${KLACHT_AFLOOP_TEKST[v as KlachtAfloop] ?? v}`,
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
export function klachtenExport(user: AppUser, url: URL, formaat: ExportFormaat, oorsprong: string | null): Promise<Response> {
  const { filter } = leesKlachtFilter(url.searchParams);
  const rijen = klachtenVoorExport(user, { ...filter, pagina: undefined }, EXPORT_LIMIET + 1, oorsprong);
  const { tabel } = begrens(klachtenTabel(rijen));
  return exportAntwoord(formaat, "klachten", [tabel]);
}
