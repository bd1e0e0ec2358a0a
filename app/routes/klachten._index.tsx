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
export const meta: MetaFunction = () => [{ title: "Klachten – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(klachtenLijstPagina(user, new URL(request.url), origin(context)), { headers: { "Cache-Control": "no-store" } });
}

export default function Klachten() {
  const lijst = useLoaderData<typeof loader>();
  const { totaal, pagina, paginas, basis } = lijst;
  const href = (p: number) => `/klachten?${basis}${basis ? "&" : ""}pagina=${p}`;
  return (
    <>
      <PageTitle intro="Klachten die u mag zien, op volgorde van het uiterste moment. Het regieteam ziet alle klachten, een teamleider die van de eigen afdeling, een klachtbehandelaar de eigen klachten.">
        Klachten
      </PageTitle>
      <p className="utrecht-paragraph kl-knoppen">
        <Link to="/klachten/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">Klacht registreren</Link>
      </p>
      <KlachtFilters {...lijst} />
      <ActieveFilters actief={lijst.actief} />
      <p className="utrecht-paragraph" role="status">
        {totaal === 1 ? "1 klacht" : `${totaal.toLocaleString("nl-NL")} klachten`}
        {paginas > 1 ? ` · pagina ${pagina} van ${paginas}` : ""}
      </p>
      {totaal > 0 ? <ExportKnoppen pad="/klachten/export" zoek={lijst.zoek} label="Deze klachtenlijst downloaden (zonder gegevens van klagers)" /> : null}
      <KlachtenTabel rijen={lijst.rijen} />
      <PaginaNummers pagina={pagina} paginas={paginas} href={href} label="Paginering klachten" />
    </>
  );
}
