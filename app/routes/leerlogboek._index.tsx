/**
 * Het leerlogboek: every lesson, newest first, for all staff (that is how the organisation learns). Filters in
 * the URL (a GET form, works without JavaScript): period (months), afdeling, behoorlijkheidsnorm, processtap and
 * text; paginated; download as CSV or XLSX. Only the regieteam writes.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { lessenPagina } from "~/features/leerlogboek/lijst.server";
import { LessenFilter, LessenPaginering, LessenTabel } from "~/features/leerlogboek/components/lessen-lijst";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "leerlogboek:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(lessenPagina(user, new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export default function Leerlogboek() {
  const d = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const { t } = useTranslation("leerlogboek");
  return (
    <>
      <PageTitle intro={t("intro")}>{t("titel")}</PageTitle>
      <div className="ll-knoppen">
        {d.magSchrijven ? (
          <Link to="/leerlogboek/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t("nieuw")}
          </Link>
        ) : null}
        <Link to="/verbeteracties" className="utrecht-link">{t("verbeteracties")}</Link>
      </div>
      <LessenFilter filter={d.filter} afdelingen={d.afdelingen} normen={d.normen} processtappen={d.processtappen} />
      <p className="utrecht-paragraph" role="status">
        {d.totaal === 1 ? t("een") : t("aantal", { aantal: d.totaal })}
        {d.paginas > 1 ? t("paginaVan", { pagina: d.pagina, paginas: d.paginas }) : ""}
      </p>
      <ExportKnoppen pad="/leerlogboek/export" zoek={search} label={t("downloaden")} />
      <LessenTabel rijen={d.rijen} />
      <LessenPaginering pagina={d.pagina} paginas={d.paginas} zoek={search} />
    </>
  );
}
