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
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import type { Taal } from "~/platform/i18n/i18n";
import { periodeTekst } from "~/features/statistiek/filter";
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
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "statistiek:dashboard.titel", "nav.regieteam");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  return data({ ...klachtenDashboardPagina(new URL(request.url), taalVan(request)), kto: ktoVoorDashboard() }, { headers: { "Cache-Control": "no-store" } });
}

export default function Dashboard() {
  const { d, fouten, waarden, zoek, keuzes, filter, kto } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("statistiek");
  const periode = (p: { van: number; tot: number }) => periodeTekst(p.van, p.tot, i18n.language as Taal);
  return (
    <>
      <PageTitle intro={t("dashboard.intro")}>{t("dashboard.titel")}</PageTitle>
      <StatFilter filter={filter} fouten={fouten} waarden={waarden} keuzes={keuzes} />
      <p className="utrecht-paragraph">
        {t("dashboard.periode")} <strong>{periode(d.periode)}</strong> {t("dashboard.periodeNa")} <strong>{periode(d.vorigJaar)}</strong>. {t("dashboard.kengetallen", { periode: periode(d.vorigePeriode) })}
      </p>
      <div className="db-knoppen">
        <ExportKnoppen pad="/regieteam/dashboard/export" zoek={zoek} label={t("dashboard.downloaden")} />
        <a className="utrecht-link" href={`/regieteam/nakoming${zoek}`}>{t("dashboard.nakoming")}</a>
        <a className="utrecht-link" href="/regieteam/contactvolumes">{t("dashboard.contactvolumes")}</a>
      </div>
      <DashboardSamenvatting d={d} filter={filter} />
      <TrendSectie d={d} filter={filter} />
      <VerdelingenSectie d={d} />
      <ThemasSectie d={d} />
      <PrincipesSectie d={d} />
      <KtoSectie kto={kto} titel={t("dashboard.kto")} meerLink="/regieteam/tevredenheid" />
    </>
  );
}
