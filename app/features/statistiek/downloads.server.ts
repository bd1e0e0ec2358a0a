/**
 * The downloads of the regieteam's statistics pages (`?<filter>&formaat=csv|xlsx`, one sheet per table): same
 * filter as the page, an audit line per download, 400 with a text for a missing format or a wrong year. Sheet
 * names, column names, labels and the 400 texts are in the language the route passes (Dutch by default).
 */
import { audit } from "~/platform/audit/audit.server";
import type { AppUser } from "~/platform/auth/permissions.server";
import { exportAntwoord, leesFormaat, type ExportFormaat } from "~/platform/export/export.server";
import { begrens, EXPORT_LIMIET, type Tabel } from "~/platform/export/tabel";
import type { Taal } from "~/platform/i18n/i18n";
import { vertaal } from "~/platform/i18n/vertaal";
import { now } from "~/platform/clock";
import { dashboardTabellen, nakomingTabellen, termijnenTabel } from "./export-tabellen.server";
import { leesTermijnFilter, maandParam, type StatFilter } from "./filter";
import { jaarverslagTabellen, leesJaar } from "./jaarverslag.server";
import { klachtenDashboard } from "./klachten-dashboard.server";
import { nakoming, termijnFilterTekst, termijnenLijst } from "./nakoming.server";
import { dashboardFilter } from "./pagina.server";

function fout(tekst: string): Response {
  return new Response(tekst, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function formaatVan(url: URL, taal: Taal): ExportFormaat {
  const formaat = leesFormaat(url);
  if (!formaat) throw fout(vertaal(taal, "statistiek:fout.formaat"));
  return formaat;
}

const DASHBOARDS: Record<"klachten" | "nakoming", { bestand: string; tabellen: (f: StatFilter, taal: Taal) => Tabel[] }> = {
  klachten: { bestand: "dashboard-klachten", tabellen: (f, taal) => dashboardTabellen(klachtenDashboard(f, now(), taal), f, taal) },
  nakoming: { bestand: "nakoming-handvest", tabellen: (f, taal) => nakomingTabellen(nakoming(f, now(), taal), taal) },
};

/** Every table of a dashboard, for the dashboard's filter. */
export async function dashboardDownload(welk: keyof typeof DASHBOARDS, url: URL, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): Promise<Response> {
  const formaat = formaatVan(url, taal);
  const { filter } = dashboardFilter(url.searchParams);
  const tabellen = DASHBOARDS[welk].tabellen(filter, taal);
  audit({ actor: user, actie: "export.dashboard", objectType: "dashboard", objectId: welk, resultaat: "ok", oorsprong, details: { filter, formaat } });
  return exportAntwoord(formaat, `${DASHBOARDS[welk].bestand}-${maandParam(filter.van)}-${maandParam(filter.tot)}`, tabellen);
}

/** The annual report of `?jaar=`, one table per part. */
export async function jaarverslagDownload(url: URL, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): Promise<Response> {
  const formaat = formaatVan(url, taal);
  const { jaar, fout: jaarFout } = leesJaar(url, taal);
  if (jaarFout) throw fout(jaarFout);
  const tabellen = jaarverslagTabellen(jaar, taal);
  audit({
    actor: user,
    actie: "export.jaarverslag",
    objectType: "jaarverslag",
    objectId: jaar,
    resultaat: "ok",
    oorsprong,
    details: { jaar, formaat, tabellen: tabellen.length, rijen: tabellen.reduce((n, t) => n + t.rijen.length, 0) },
  });
  return exportAntwoord(formaat, `jaarverslag-klachten-${jaar}`, tabellen);
}

/** The deadlines behind a compliance number (the filter of /regieteam/termijnen), at most EXPORT_LIMIET rows. */
export async function termijnenDownload(url: URL, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): Promise<Response> {
  const formaat = formaatVan(url, taal);
  const { filter } = leesTermijnFilter(url.searchParams, taal);
  const { rijen } = termijnenLijst(filter, 1, now(), EXPORT_LIMIET + 1);
  const beschrijving = termijnFilterTekst(filter, taal);
  const titel = vertaal(taal, "statistiek:termijnen.titel");
  const afgekapt =
    taal === "nl" ? undefined : (limiet: number) => vertaal(taal, "statistiek:export.afgekapt", { limiet: limiet.toLocaleString(taal === "en" ? "en-GB" : "nl-NL") });
  const { tabel, aantal } = begrens(termijnenTabel(rijen, `${titel}${beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}`, taal), EXPORT_LIMIET, afgekapt);
  audit({ actor: user, actie: "export.termijnen", objectType: "termijn", objectId: null, resultaat: "ok", oorsprong, details: { filter, formaat, aantal } });
  return exportAntwoord(formaat, "termijnen", [tabel]);
}
