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
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
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
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "statistiek:termijnen.titel", "statistiek:nakoming.titel", "nav.regieteam");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return data(termijnenPagina(new URL(request.url), user, origin(context), taalVan(request)), { headers: { "Cache-Control": "no-store" } });
}

export default function Termijnen() {
  const { rijen, totaal, pagina, paginas, fouten, beschrijving, basis, zoek, nu } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("statistiek");
  const href = (p: number) => `/regieteam/termijnen?${basis}${basis ? "&" : ""}pagina=${p}`;
  return (
    <>
      <PageTitle intro={t("termijnen.intro")}>{nu ? t("termijnen.titelNu") : t("termijnen.titelGehaald")}</PageTitle>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/regieteam/nakoming">{t("termijnen.terug")}</a>
      </p>
      <TermijnFilterFouten fouten={fouten} />
      <p className="utrecht-paragraph" role="status">
        {t(totaal === 1 ? "termijnen.aantal1" : "termijnen.aantalN", { n: totaal.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL") })}
        {beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}.
        {paginas > 1 ? t("termijnen.paginaVan", { pagina, paginas }) : ""}
      </p>
      <ExportKnoppen pad="/regieteam/termijnen/export" zoek={zoek} label={t("termijnen.downloaden")} />
      <TermijnenTabel rijen={rijen} beschrijving={beschrijving} nu={nu} />
      <PaginaNummers pagina={pagina} paginas={paginas} href={href} label={t("termijnen.paginering")} />
    </>
  );
}
