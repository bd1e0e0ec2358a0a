import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { maakMedewerkerVanFormulier, nieuweMedewerkerPagina } from "~/features/organisatie/medewerkers-pagina.server";
import type { MedewerkerFormulier } from "~/features/organisatie/organisatie.server";
import { MedewerkerVelden } from "~/features/organisatie/components/medewerker-velden";
import { AangemaaktMetLink, WachtwoordKeuze } from "~/features/organisatie/components/nieuwe-medewerker";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:mw.nieuw", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(nieuweMedewerkerPagina());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = await maakMedewerkerVanFormulier(user, await leesFormulier(request), { context, request, taal: taalVan(request) });
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

const LEEG: MedewerkerFormulier = { naam: "", email: "", teamId: "", rollen: ["medewerker"], leidinggevenden: [] };

export default function NieuweMedewerker() {
  const { teams, medewerkers, rollen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const nav = useNavigation();
  const { t } = useTranslation("beheer");
  const fouten = (actionData?.fouten ?? {}) as Record<string, string[] | undefined>;

  if (actionData?.link && actionData.id) return <AangemaaktMetLink id={actionData.id} naam={actionData.ruw.naam} link={actionData.link} />;

  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers" className="utrecht-link">
          {t("mw.titel")}
        </Link>
      </p>
      <PageTitle>{t("mw.nieuw")}</PageTitle>
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <Form method="post" className="afs-beheer-formulier" noValidate>
        <MedewerkerVelden waarden={actionData?.ruw ?? LEEG} fouten={fouten} teams={teams} medewerkers={medewerkers} rollen={rollen} />
        <WachtwoordKeuze keuze={actionData?.keuze ?? "link"} fout={fouten.wachtwoord} />
        <Knop disabled={nav.state === "submitting"}>{t("aanmaken")}</Knop>
      </Form>
    </>
  );
}
