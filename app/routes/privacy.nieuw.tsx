/** Registering a privacy request for a citizen chosen in the klantbeeld (?burger=<id>); the due moment is shown first. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { leesFormulier } from "~/platform/web/formulier.server";
import { nieuwPagina, registreer, type NieuwAntwoord } from "~/features/privacy/pagina.server";
import { NieuwVerzoekFormulier } from "~/features/privacy/components/verzoeken";
import css from "~/styles/privacy.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "privacy:nieuw.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "privacy");
  return data(nieuwPagina(new URL(request.url), taalVan(request)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  const r = registreer(user, await leesFormulier(request), origin(context), taalVan(request));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function NieuwPrivacyverzoek() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<NieuwAntwoord>();
  const { t } = useTranslation("privacy");
  return (
    <>
      <PageTitle>{t("nieuw.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/privacy" className="utrecht-link">{t("nieuw.terug")}</Link>
      </p>
      <NieuwVerzoekFormulier d={d} fouten={a?.fouten} invoer={a?.invoer} melding={a?.melding} />
    </>
  );
}
