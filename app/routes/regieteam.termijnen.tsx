/**
 * Regieteam: the deadlines behind a charter-compliance number (drill-down from /regieteam/nakoming and the
 * dashboard): ?norm=CODE&team=…&afdeling=…&van=YYYY-MM&tot=YYYY-MM&opTijd=0|1, or ?nu=te_laat for the deadlines
 * overdue right now. 50 per page. Employee names are shown: regieteam only.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { PageTitle } from "~/platform/ui/ui";
import { PaginaNummers } from "~/platform/ui/paginanummers";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { termijnenPagina } from "~/features/statistiek/pagina.server";
import { TermijnFilterFouten, TermijnenTabel } from "~/features/statistiek/components/termijnen";
import dashboardCss from "~/styles/dashboard.css";
import grafiekCss from "~/styles/grafiek.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Termijnen – Nakoming handvest – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return data(termijnenPagina(new URL(request.url), user, origin(context)), { headers: { "Cache-Control": "no-store" } });
}

export default function Termijnen() {
  const { rijen, totaal, pagina, paginas, fouten, beschrijving, basis, zoek, nu } = useLoaderData<typeof loader>();
  const href = (p: number) => `/regieteam/termijnen?${basis}${basis ? "&" : ""}pagina=${p}`;
  return (
    <>
      <PageTitle intro="De termijnen achter een getal op het dashboard nakoming handvest. Klik op een afspraak om die te openen.">
        {nu ? "Termijnen die nu te laat zijn" : "Gehaalde termijnen"}
      </PageTitle>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/regieteam/nakoming">Terug naar nakoming handvest</a>
      </p>
      <TermijnFilterFouten fouten={fouten} />
      <p className="utrecht-paragraph" role="status">
        {totaal.toLocaleString("nl-NL")} {totaal === 1 ? "termijn" : "termijnen"}
        {beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}.
        {paginas > 1 ? ` Pagina ${pagina} van ${paginas}.` : ""}
      </p>
      <ExportKnoppen pad="/regieteam/termijnen/export" zoek={zoek} label="Deze termijnen downloaden" />
      <TermijnenTabel rijen={rijen} beschrijving={beschrijving} nu={nu} />
      <PaginaNummers pagina={pagina} paginas={paginas} href={href} label="Paginering" />
    </>
  );
}
