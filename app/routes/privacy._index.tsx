/** The privacy officer's requests (AVG art. 15/16/18), open ones first by due moment. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { lijstPagina } from "~/features/privacy/pagina.server";
import { VerzoekenTabel } from "~/features/privacy/components/verzoeken";
import css from "~/styles/privacy.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "privacy:lijst.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  return data(lijstPagina(user, origin(context), taalVan(request)));
}

export default function Privacyverzoeken() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  return (
    <>
      <PageTitle intro={t("lijst.intro")}>{t("lijst.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        {t("lijst.nieuwVoor")}<Link to="/klantbeeld" className="utrecht-link">{t("lijst.klantbeeld")}</Link>{t("lijst.nieuwNa")}
      </p>
      <VerzoekenTabel verzoeken={d.verzoeken} />
    </>
  );
}
