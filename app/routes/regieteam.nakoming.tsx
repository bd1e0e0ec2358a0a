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
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
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
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "statistiek:nakoming.titel", "nav.regieteam");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  return data(nakomingPagina(new URL(request.url), taalVan(request)), { headers: { "Cache-Control": "no-store" } });
}

export default function Nakoming() {
  const { n, filter, fouten, waarden, zoek, keuzes } = useLoaderData<typeof loader>();
  const { t } = useTranslation("statistiek");
  const f = useDatum();
  return (
    <>
      <PageTitle intro={t("nakoming.intro")}>{t("nakoming.titel")}</PageTitle>
      <StatFilter filter={filter} fouten={fouten} waarden={waarden} keuzes={keuzes} metIndeling={false} />
      <p className="utrecht-paragraph">
        {t("nakoming.periodeVoor")} <strong>{n.periode.tekst}</strong> {t("nakoming.periodeNa", { vorige: n.vorigePeriode.tekst, peil: f.datumTijd(n.peilmoment) })}
      </p>
      <div className="db-knoppen">
        <ExportKnoppen pad="/regieteam/nakoming/export" zoek={zoek} label={t("nakoming.downloaden")} />
        <a className="utrecht-link" href={`/regieteam/dashboard${zoek}`}>{t("nakoming.naarDashboard")}</a>
      </div>
      <NakomingSamenvatting n={n} filter={filter} />
      <NakomingSectie n={n} per="norm" />
      <NakomingSectie n={n} per="team" />
      <p className="utrecht-paragraph db-kpi__uitleg">
        {t("nakoming.uitleg")}
      </p>
    </>
  );
}
