/** Beheer → Open Klant: the connector's connection, its state (last success, last error, backlog) and the actor → team mapping. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { openKlantPagina, voerOpenKlantActieUit } from "~/features/openklant/pagina.server";
import { Actoren, Instellingen, Toestand } from "~/features/openklant/components/beheer";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:kaart.openklant", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(openKlantPagina(taalVan(request)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = await voerOpenKlantActieUit(await leesInvoer(request), { id: user.id, naam: user.naam }, origin(context), taalVan(request));
  return data(r.antwoord, { status: r.status });
}

export default function BeheerOpenKlant() {
  const p = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const { t } = useTranslation("beheer");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("openklant.intro")}>{t("kaart.openklant")}</PageTitle>
      {antwoord?.ok ? <Melding soort="ok">{antwoord.ok}</Melding> : null}
      {antwoord && !antwoord.ok && antwoord.intent !== "instellingen" && antwoord.fouten._formulier ? <Melding soort="fout">{antwoord.fouten._formulier[0]}</Melding> : null}
      <Toestand t={p.toestand} actief={p.instellingen.actief} />
      <Instellingen i={p.instellingen} antwoord={antwoord} />
      <Actoren actoren={p.actoren} teams={p.teams} antwoord={antwoord} />
    </>
  );
}
