/**
 * Regieteam dashboard: complaints — what went wrong most often, where, and what is being done about it.
 * Trends per month/quarter beside the previous year, per behoorlijkheidsnorm, department, team, channel, oordeel
 * and afloop; recurring themes with their improvement actions; the KPIs of the four service principles.
 * Server-rendered SVG charts with table alternatives; every number links to the list behind it. Reads only the
 * rollup tables (app/features/statistiek).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportKnoppen } from "~/platform/ui/export";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { klachtenDashboardPagina } from "~/features/statistiek/pagina.server";
import { ktoVoorDashboard } from "~/features/statistiek/kto.server";
import { KtoSectie } from "~/features/statistiek/components/kto";
import { StatFilter } from "~/features/statistiek/components/stat-filter";
import { DashboardSamenvatting, PrincipesSectie, ThemasSectie, TrendSectie, VerdelingenSectie } from "~/features/statistiek/components/klachten-dashboard";
import grafiekCss from "~/styles/grafiek.css";
import dashboardCss from "~/styles/dashboard.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Dashboard klachten en leren – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  return data({ ...klachtenDashboardPagina(new URL(request.url)), kto: ktoVoorDashboard() }, { headers: { "Cache-Control": "no-store" } });
}

export default function Dashboard() {
  const { d, fouten, waarden, zoek, keuzes, filter, kto } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro="Wat ging het vaakst mis, waar, en wat doen we eraan? Klachten, terugkerende thema's en de kengetallen van de vier dienstverleningsprincipes. Elk getal in de tabellen leidt naar de lijst erachter.">
        Dashboard klachten en leren
      </PageTitle>
      <StatFilter filter={filter} fouten={fouten} waarden={waarden} keuzes={keuzes} />
      <p className="utrecht-paragraph">
        Periode: <strong>{d.periode.tekst}</strong> (ontvangstmaand van de klacht), vergeleken met <strong>{d.vorigJaar.tekst}</strong>. Kengetallen vergeleken met de periode ervoor ({d.vorigePeriode.tekst}).
      </p>
      <div className="db-knoppen">
        <ExportKnoppen pad="/regieteam/dashboard/export" zoek={zoek} label="Alle tabellen van dit dashboard downloaden" />
        <a className="utrecht-link" href={`/regieteam/nakoming${zoek}`}>Nakoming handvest</a>
        <a className="utrecht-link" href="/regieteam/contactvolumes">Contactvolumes invoeren</a>
      </div>
      <DashboardSamenvatting d={d} filter={filter} />
      <TrendSectie d={d} filter={filter} />
      <VerdelingenSectie d={d} />
      <ThemasSectie d={d} />
      <PrincipesSectie d={d} />
      <KtoSectie kto={kto} titel="Tevredenheid van inwoners (laatste 12 maanden)" meerLink="/regieteam/tevredenheid" />
    </>
  );
}
