import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { organisatiePagina, voerOrganisatieActieUit } from "~/features/organisatie/structuur-pagina.server";
import { AfdelingenSectie, TeamsSectie } from "~/features/organisatie/components/organisatie-secties";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:org.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(organisatiePagina(new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = voerOrganisatieActieUit(user, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function Organisatie() {
  const { afdelingen, teams, medewerkers, aangemaakt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("beheer");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("org.intro")}>{t("org.titel")}</PageTitle>
      {aangemaakt === "afdeling" ? <Melding soort="ok">{t("org.afdelingAangemaakt")}</Melding> : null}
      {aangemaakt === "team" ? <Melding soort="ok">{t("org.teamAangemaakt")}</Melding> : null}
      {actionData?.melding ? <Melding soort="fout">{actionData.melding}</Melding> : null}
      <AfdelingenSectie afdelingen={afdelingen} />
      <TeamsSectie teams={teams} afdelingen={afdelingen} medewerkers={medewerkers} />
    </>
  );
}
