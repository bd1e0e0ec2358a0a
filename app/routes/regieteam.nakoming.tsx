/**
 * Regieteam: nakoming van het kwaliteitshandvest. Per charter norm and per team: % of deadlines met on time
 * (against the target), median time to meet (≈, from a histogram) and — live — overdue right now. Every number
 * links to the deadlines behind it (/regieteam/termijnen).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { PageTitle } from "~/platform/ui/ui";
import { formatDatumTijd } from "~/domain/kalender/format";
import { requireUser } from "~/platform/auth/permissions.server";
import { nakomingPagina } from "~/features/statistiek/pagina.server";
import { StatFilter } from "~/features/statistiek/components/stat-filter";
import { NakomingSamenvatting, NakomingSectie } from "~/features/statistiek/components/nakoming";
import grafiekCss from "~/styles/grafiek.css";
import dashboardCss from "~/styles/dashboard.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Nakoming handvest – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  return data(nakomingPagina(new URL(request.url)), { headers: { "Cache-Control": "no-store" } });
}

export default function Nakoming() {
  const { n, filter, fouten, waarden, zoek, keuzes } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro="Houden we ons aan het kwaliteitshandvest? Per norm en per team het aandeel termijnen dat op tijd is gehaald, de mediane tijd tot gehaald en wat nú te laat is. Elk getal leidt naar de termijnen erachter.">
        Nakoming handvest
      </PageTitle>
      <StatFilter filter={filter} fouten={fouten} waarden={waarden} keuzes={keuzes} metIndeling={false} />
      <p className="utrecht-paragraph">
        Gehaalde termijnen in <strong>{n.periode.tekst}</strong> (maand waarin gehaald), vergeleken met {n.vorigePeriode.tekst}. "Nu te laat" is live: lopende termijnen waarvan het uiterste moment is verstreken (peilmoment {formatDatumTijd(n.peilmoment)}).
      </p>
      <div className="db-knoppen">
        <ExportKnoppen pad="/regieteam/nakoming/export" zoek={zoek} label="Tabellen nakoming downloaden" />
        <a className="utrecht-link" href={`/regieteam/dashboard${zoek}`}>Dashboard klachten en leren</a>
      </div>
      <NakomingSamenvatting n={n} filter={filter} />
      <NakomingSectie n={n} per="norm" />
      <NakomingSectie n={n} per="team" />
      <p className="utrecht-paragraph db-kpi__uitleg">
        De mediaan komt uit een histogram met klassen van ongeveer 9 % breed en wijkt hoogstens ongeveer 5 % af van de exacte mediaan; daarom "≈". Het team is het team van de afspraak op het moment dat de termijn werd gehaald.
      </p>
    </>
  );
}
