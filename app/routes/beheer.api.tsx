/** Beheer → API-clients: clients with scopes and limits, token shown once, rotation, revocation, webhooks. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { alleWaarden, invoerVan, leesFormulier } from "~/platform/web/formulier.server";
import { apiBeheerPagina, voerApiActieUit } from "~/features/api/beheer.server";
import { ClientLijst, Eenmalig, MisluktLeveringen, NieuweClient } from "~/features/api/components/beheer";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:kaart.api", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(apiBeheerPagina());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const formulier = await leesFormulier(request);
  const r = voerApiActieUit(invoerVan(formulier), alleWaarden(formulier, "team"), { id: user.id, naam: user.naam }, origin(context), taalVan(request));
  return data(r.antwoord, { status: r.status });
}

export default function BeheerApi() {
  const pagina = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const { t } = useTranslation("beheer");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("api.intro")}>{t("kaart.api")}</PageTitle>
      <p className="utrecht-paragraph">
        <a href="/api/v1/referentie" className="utrecht-link">{t("api.referentie")}</a> · <a href="/api/v1/openapi.json" className="utrecht-link">openapi.json</a> ·{" "}
        <Link to="/beheer/openklant" className="utrecht-link">{t("api.openklant")}</Link>
      </p>
      <Eenmalig antwoord={antwoord} />
      <ClientLijst pagina={pagina} antwoord={antwoord} />
      <NieuweClient teams={pagina.teams} antwoord={antwoord} />
      <MisluktLeveringen problemen={pagina.problemen} />
    </>
  );
}
