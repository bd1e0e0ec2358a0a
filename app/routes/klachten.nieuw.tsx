/**
 * Intake of a complaint from every channel, oral or written (Awb 9:1, 9:2, 9:4). Works without JavaScript:
 * a plain form, server-side validation, errors at the field, the typed input kept.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { FoutSamenvatting } from "~/platform/ui/foutsamenvatting";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { intakeKeuzes, registreerUitFormulier } from "~/features/klachten/registratie.server";
import { KlachtIntakeFormulier } from "~/features/klachten/components/intake-formulier";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "klachten:intake.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  return data(intakeKeuzes());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = registreerUitFormulier(await leesFormulier(request), user, origin(context), taalVan(request));
  return r.ok ? redirect(`/klachten/${r.id}?nieuw=1`) : data(r.antwoord, { status: 400 });
}

export default function KlachtNieuw() {
  const keuzes = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("klachten");
  return (
    <>
      <PageTitle intro={t("intake.intro")}>{t("intake.titel")}</PageTitle>
      <FoutSamenvatting fouten={ad?.fouten ?? {}} titel={t("intake.nietGeregistreerd")} />
      <KlachtIntakeFormulier {...keuzes} antwoord={ad} />
    </>
  );
}
