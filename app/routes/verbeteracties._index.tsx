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
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { actiesLijstPagina } from "~/features/verbeteracties/lijst.server";
import { ActiesFilter, ActiesTabel } from "~/features/verbeteracties/components/acties-lijst";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "leerlogboek:verbetering.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(actiesLijstPagina(user, new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export default function Verbeteracties() {
  const d = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const teLaat = d.rijen.filter((r) => r.teLaat).length;
  const { t } = useTranslation("leerlogboek");
  return (
    <>
      <PageTitle intro={d.regieteam ? t("verbetering.introRegieteam") : t("verbetering.intro")}>{t("verbetering.titel")}</PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">{t("verbetering.naarLeerlogboek")}</Link></p>
      <ActiesFilter filter={d.filter} statussen={d.statussen} afdelingen={d.afdelingen} eigenaren={d.eigenaren} regieteam={d.regieteam} />
      <p className="utrecht-paragraph" role="status">
        {d.rijen.length === 1 ? t("verbetering.een") : t("verbetering.aantal", { aantal: d.rijen.length })}
        {teLaat ? t("verbetering.waarvanTeLaat", { aantal: teLaat }) : ""}
      </p>
      <ExportKnoppen pad="/verbeteracties/export" zoek={search} label={t("verbetering.downloaden")} />
      <ActiesTabel rijen={d.rijen} />
    </>
  );
}
