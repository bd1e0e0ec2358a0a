import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { replicatiePagina } from "~/platform/replicatie/pagina.server";
import { ReplicatieOverzicht } from "~/platform/replicatie/components/replicatie-status";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:replicatie.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(replicatiePagina());
}

export default function BeheerReplicatie() {
  const { status, schijf } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("replicatie.intro")}>{t("replicatie.titel")}</PageTitle>
      <ReplicatieOverzicht status={status} schijf={schijf} />
    </>
  );
}
