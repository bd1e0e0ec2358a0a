import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { auditPagina } from "~/features/audit/pagina.server";
import { AuditFilter, AuditPaginering, AuditTabel } from "~/features/audit/components/auditlog";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:audit.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "audit");
  return data(auditPagina(user, new URL(request.url), context, taalVan(request)));
}

export default function Auditlog() {
  const { filter, zoek, rijen, volgende, medewerkers, resultaten, vervolg } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("audit.intro")}>{t("audit.titel")}</PageTitle>
      <AuditFilter filter={filter} medewerkers={medewerkers} resultaten={resultaten} />
      <ExportKnoppen pad="/beheer/audit/export" zoek={zoek} label={t("audit.download")} />
      <AuditTabel rijen={rijen} />
      <AuditPaginering zoek={zoek} vervolg={vervolg} volgende={volgende} />
    </>
  );
}
