/**
 * The complaints list for the regieteam (all), teamleiders (their departments) and handlers (their own):
 * filters (also month of receipt van/tot, team and afloop — the drill-down target of the regieteam dashboard),
 * full-text search (FTS5) over complaint text and notes, sorted by due moment, 50 per page. A GET form: works
 * without JavaScript and the filters live in the URL; active filters are listed with a link to remove each.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { ExportKnoppen } from "~/platform/ui/export";
import { PaginaNummers } from "~/platform/ui/paginanummers";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { klachtenLijstPagina } from "~/features/klachten/lijst.server";
import { ActieveFilters, KlachtenTabel, KlachtFilters } from "~/features/klachten/components/lijst";
import css from "~/styles/klachten.css";
import dashboardCss from "~/styles/dashboard.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: css },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "klachten:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(klachtenLijstPagina(user, new URL(request.url), origin(context), taalVan(request)), { headers: { "Cache-Control": "no-store" } });
}

export default function Klachten() {
  const lijst = useLoaderData<typeof loader>();
  const { totaal, pagina, paginas, basis } = lijst;
  const href = (p: number) => `/klachten?${basis}${basis ? "&" : ""}pagina=${p}`;
  const { t, i18n } = useTranslation("klachten");
  return (
    <>
      <PageTitle intro={t("lijst.intro")}>{t("titel")}</PageTitle>
      <p className="utrecht-paragraph kl-knoppen">
        <Link to="/klachten/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">{t("lijst.registreren")}</Link>
      </p>
      <KlachtFilters {...lijst} />
      <ActieveFilters actief={lijst.actief} />
      <p className="utrecht-paragraph" role="status">
        {totaal === 1 ? t("lijst.een") : t("lijst.aantal", { aantal: totaal.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL") })}
        {paginas > 1 ? t("lijst.paginaVan", { pagina, paginas }) : ""}
      </p>
      {totaal > 0 ? <ExportKnoppen pad="/klachten/export" zoek={lijst.zoek} label={t("lijst.downloaden")} /> : null}
      <KlachtenTabel rijen={lijst.rijen} />
      <PaginaNummers pagina={pagina} paginas={paginas} href={href} label={t("lijst.paginering")} />
    </>
  );
}
