/**
 * What the regieteam's statistics pages show. The dashboards (klachten, nakoming) read the same filter from the
 * URL — period, department, team — checked against the organisation, and show the same filter form; the
 * other pages (jaarverslag, contactvolumes, termijnen) have their own input.
 */
import { now } from "~/platform/clock";
import type { Taal } from "~/platform/i18n/i18n";
import { audit } from "~/platform/audit/audit.server";
import type { AppUser } from "~/platform/auth/permissions.server";
import { lokaleDelen } from "~/domain/kalender/tijd";
import { MAANDEN } from "~/domain/kalender/format";
import { KLACHT_KANALEN } from "../klachten/recht";
import { afdelingenLijst, controleerOrganisatie, teamsLijst } from "./basis.server";
import { contactvolume, contactvolumesLijst } from "./contactvolumes.server";
import { leesMaand, leesStatFilter, leesTermijnFilter, maandParam, maandVan, plusMaanden } from "./filter";
import { jaarverslag, laatsteVolledigeJaar, leesJaar } from "./jaarverslag.server";
import { klachtenDashboard } from "./klachten-dashboard.server";
import { nakoming, PAGINA_GROOTTE, termijnFilterTekst, termijnenLijst } from "./nakoming.server";

/** The dashboards' filter from `?periode=&van=&tot=&afdeling=&team=&per=`; a wrong value falls back, with its error. */
export function dashboardFilter(zoek: URLSearchParams, taal: Taal = "nl") {
  const gelezen = leesStatFilter(zoek, now(), taal);
  return controleerOrganisatie(gelezen.filter, gelezen.fouten);
}

/** The filter form's state: the checked filter, its errors, what was asked, and the choices. */
function filterStaat(url: URL, taal: Taal) {
  const { filter, fouten } = dashboardFilter(url.searchParams, taal);
  return {
    filter,
    fouten,
    waarden: Object.fromEntries(url.searchParams) as Record<string, string>,
    zoek: url.search,
    keuzes: { afdelingen: afdelingenLijst(), teams: teamsLijst() },
  };
}

export function klachtenDashboardPagina(url: URL, taal: Taal = "nl") {
  const staat = filterStaat(url, taal);
  return { d: klachtenDashboard(staat.filter, now(), taal), ...staat };
}

export function nakomingPagina(url: URL, taal: Taal = "nl") {
  const staat = filterStaat(url, taal);
  return { n: nakoming(staat.filter, now(), taal), ...staat };
}

/** The annual report for `?jaar=` (400 with the error at the year field when it is not a year). */
export function jaarverslagPagina(url: URL, taal: Taal = "nl") {
  const { jaar, fout } = leesJaar(url, taal);
  const v = jaarverslag(jaar, taal);
  const p = lokaleDelen(now());
  const jaren = [...new Set([...v.beschikbareJaren, jaar, laatsteVolledigeJaar()])].sort((a, b) => b - a);
  const heeftIets = v.heeftKlachten || v.vorig.ontvangen > 0 || v.secties.some((s) => (s.id === "lessen" || s.id === "verbeteracties") && s.rijen.length > 0);
  return {
    jaar,
    vorigJaar: v.vorigJaar,
    fout,
    jaren,
    beschikbareJaren: v.beschikbareJaren,
    heeftKlachten: v.heeftKlachten,
    heeftIets,
    ontvangen: v.cijfers.ontvangen,
    lopendJaar: jaar >= p.jaar,
    peildatum: `${p.dag} ${MAANDEN[p.maand]} ${p.jaar}`,
    /** the reference moment, for the date in the page's language */
    peilmoment: now(),
    secties: v.secties,
  };
}

/** The contact volumes of the last 24 months; "Wijzigen" (`?maand=&kanaal=&afdeling=`) prefills an existing row. */
export function contactvolumesPagina(zoek: URLSearchParams) {
  let bewerken: { maand: string; kanaal: string; afdeling: string; aantal: string; bekend: string } | null = null;
  const m = leesMaand(zoek.get("maand"));
  const kanaal = zoek.get("kanaal") ?? "";
  if (m && (KLACHT_KANALEN as readonly string[]).includes(kanaal)) {
    const afd = /^\d{1,9}$/.test(zoek.get("afdeling") ?? "") ? Number(zoek.get("afdeling")) : 0;
    const rij = contactvolume(m, kanaal, afd);
    if (rij) bewerken = { maand: maandParam(m), kanaal, afdeling: afd ? String(afd) : "", aantal: String(rij.aantal), bekend: String(rij.gewijzigdOp) };
  }
  return { lijst: contactvolumesLijst(24), afdelingen: afdelingenLijst(), bewerken, vorigeMaand: maandParam(plusMaanden(maandVan(now()), -1)) };
}

/**
 * The deadlines behind a compliance number, 50 a page, with employee names (so the read is audited); `basis` is
 * the query without the page, for the page links.
 */
export function termijnenPagina(url: URL, user: AppUser, oorsprong: string | null, taal: Taal = "nl") {
  const { filter, pagina, fouten } = leesTermijnFilter(url.searchParams, taal);
  const { rijen, totaal } = termijnenLijst(filter, pagina, now());
  audit({ actor: user, actie: "regieteam.termijnen", objectType: "termijn", objectId: null, resultaat: "ok", oorsprong, details: { filter, pagina, aantal: rijen.length } });
  const params = new URLSearchParams(url.searchParams);
  params.delete("pagina");
  return {
    rijen,
    totaal,
    pagina,
    paginas: Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE)),
    fouten,
    beschrijving: termijnFilterTekst(filter, taal),
    basis: params.toString(),
    zoek: url.search,
    nu: filter.nu === "te_laat",
  };
}
