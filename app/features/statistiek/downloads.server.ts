/**
 * The downloads of the regieteam's statistics pages (`?<filter>&formaat=csv|xlsx`, one sheet per table): same
 * filter as the page, an audit line per download, 400 with a Dutch text for a missing format or a wrong year.
 */
import { audit } from "~/platform/audit/audit.server";
import type { AppUser } from "~/platform/auth/permissions.server";
import { exportAntwoord, leesFormaat, type ExportFormaat } from "~/platform/export/export.server";
import { begrens, EXPORT_LIMIET, type Tabel } from "~/platform/export/tabel";
import { now } from "~/platform/clock";
import { dashboardTabellen, nakomingTabellen, termijnenTabel } from "./export-tabellen.server";
import { leesTermijnFilter, maandParam, type StatFilter } from "./filter";
import { jaarverslagTabellen, leesJaar } from "./jaarverslag.server";
import { klachtenDashboard } from "./klachten-dashboard.server";
import { nakoming, termijnFilterTekst, termijnenLijst } from "./nakoming.server";
import { dashboardFilter } from "./pagina.server";

function formaatVan(url: URL): ExportFormaat {
  const formaat = leesFormaat(url);
  if (!formaat) throw new Response("Kies formaat=csv of formaat=xlsx.", { status: 400 });
  return formaat;
}

const DASHBOARDS: Record<"klachten" | "nakoming", { bestand: string; tabellen: (f: StatFilter) => Tabel[] }> = {
  klachten: { bestand: "dashboard-klachten", tabellen: (f) => dashboardTabellen(klachtenDashboard(f), f) },
  nakoming: { bestand: "nakoming-handvest", tabellen: (f) => nakomingTabellen(nakoming(f)) },
};

/** Every table of a dashboard, for the dashboard's filter. */
export async function dashboardDownload(welk: keyof typeof DASHBOARDS, url: URL, user: AppUser, oorsprong: string | null): Promise<Response> {
  const formaat = formaatVan(url);
  const { filter } = dashboardFilter(url.searchParams);
  const tabellen = DASHBOARDS[welk].tabellen(filter);
  audit({ actor: user, actie: "export.dashboard", objectType: "dashboard", objectId: welk, resultaat: "ok", oorsprong, details: { filter, formaat } });
  return exportAntwoord(formaat, `${DASHBOARDS[welk].bestand}-${maandParam(filter.van)}-${maandParam(filter.tot)}`, tabellen);
}

/** The annual report of `?jaar=`, one table per part. */
export async function jaarverslagDownload(url: URL, user: AppUser, oorsprong: string | null): Promise<Response> {
  const formaat = formaatVan(url);
  const { jaar, fout } = leesJaar(url);
  if (fout) throw new Response(fout, { status: 400 });
  const tabellen = jaarverslagTabellen(jaar);
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
export async function termijnenDownload(url: URL, user: AppUser, oorsprong: string | null): Promise<Response> {
  const formaat = formaatVan(url);
  const { filter } = leesTermijnFilter(url.searchParams);
  const { rijen } = termijnenLijst(filter, 1, now(), EXPORT_LIMIET + 1);
  const beschrijving = termijnFilterTekst(filter);
  const { tabel, aantal } = begrens(termijnenTabel(rijen, `Termijnen${beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}`));
  audit({ actor: user, actie: "export.termijnen", objectType: "termijn", objectId: null, resultaat: "ok", oorsprong, details: { filter, formaat, aantal } });
  return exportAntwoord(formaat, "termijnen", [tabel]);
}
