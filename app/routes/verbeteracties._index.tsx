/**
 * Verbeteracties: overdue first. The regieteam sees all; an owner sees their own, a teamleider those of their
 * people. Filters in the URL (GET form, no JavaScript needed): status, afdeling, eigenaar, behoorlijkheidsnorm
 * (through the lesson's norms) and "te laat" — /verbeteracties?norm=7&afdeling=3 answers "what are we doing
 * about it" from the dashboards. Download as CSV or XLSX.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { actiesLijstPagina } from "~/features/verbeteracties/lijst.server";
import { ActiesFilter, ActiesTabel } from "~/features/verbeteracties/components/acties-lijst";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Verbeteracties – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(actiesLijstPagina(user, new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export default function Verbeteracties() {
  const d = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const teLaat = d.rijen.filter((r) => r.teLaat).length;
  return (
    <>
      <PageTitle
        intro={
          d.regieteam
            ? "Alle verbeteracties uit het leerlogboek, de te late bovenaan. Nieuwe acties maakt u aan op de pagina van een les."
            : "De verbeteracties waarvan u eigenaar bent, of die van uw medewerkers, de te late bovenaan."
        }
      >
        Verbeteracties
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">Naar het leerlogboek</Link></p>
      <ActiesFilter filter={d.filter} statussen={d.statussen} afdelingen={d.afdelingen} eigenaren={d.eigenaren} regieteam={d.regieteam} />
      <p className="utrecht-paragraph" role="status">
        {d.rijen.length === 1 ? "1 verbeteractie" : `${d.rijen.length} verbeteracties`}
        {teLaat ? `, waarvan ${teLaat} te laat` : ""}
      </p>
      <ExportKnoppen pad="/verbeteracties/export" zoek={search} label="Verbeteracties downloaden" />
      <ActiesTabel rijen={d.rijen} />
    </>
  );
}
