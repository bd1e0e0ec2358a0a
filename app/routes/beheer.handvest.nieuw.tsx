import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { bewaarNieuweNorm, nieuweNormPagina } from "~/features/handvest/pagina.server";
import { NormVelden } from "~/features/handvest/components/norm-velden";
import { NormMelding } from "~/features/handvest/components/norm-melding";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "handvest:nieuw.titel", "beheer:kaart.handvest", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(nieuweNormPagina());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = bewaarNieuweNorm(user, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function NieuweNorm() {
  const { invoer, opties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("handvest");
  return (
    <div className="afs-handvest-formulier">
      <p className="utrecht-paragraph">
        <Link to="/beheer/handvest" className="utrecht-link">
          {t("detail.terug")}
        </Link>
      </p>
      <PageTitle intro={t("nieuw.intro")}>{t("nieuw.titel")}</PageTitle>
      <NormMelding melding={actionData?.melding} />
      <Form method="post" noValidate>
        <NormVelden invoer={actionData?.invoer ?? invoer} fouten={actionData?.fouten ?? {}} opties={opties} metCode />
        <Knop disabled={nav.state === "submitting"}>{t("nieuw.knop")}</Knop>
      </Form>
    </div>
  );
}
