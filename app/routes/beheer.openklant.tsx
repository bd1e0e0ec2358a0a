/** Beheer → Open Klant: the connector's connection, its state (last success, last error, backlog) and the actor → team mapping. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { openKlantPagina, voerOpenKlantActieUit } from "~/features/openklant/pagina.server";
import { Actoren, Instellingen, Toestand } from "~/features/openklant/components/beheer";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Open Klant – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(openKlantPagina());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = await voerOpenKlantActieUit(await leesInvoer(request), { id: user.id, naam: user.naam }, origin(context));
  return data(r.antwoord, { status: r.status });
}

export default function BeheerOpenKlant() {
  const p = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          Terug naar beheer
        </Link>
      </p>
      <PageTitle intro="Contactverzoeken uit KISS (Open Klant, Klantinteracties-API 0.9.0) komen als terugbelafspraak binnen; elke belpoging gaat terug als klantcontact en de taak wordt verwerkt als de afspraak is afgerond.">
        Open Klant
      </PageTitle>
      {antwoord?.ok ? <Melding soort="ok">{antwoord.ok}</Melding> : null}
      {antwoord && !antwoord.ok && antwoord.intent !== "instellingen" && antwoord.fouten._formulier ? <Melding soort="fout">{antwoord.fouten._formulier[0]}</Melding> : null}
      <Toestand t={p.toestand} actief={p.instellingen.actief} />
      <Instellingen i={p.instellingen} antwoord={antwoord} />
      <Actoren actoren={p.actoren} teams={p.teams} antwoord={antwoord} />
    </>
  );
}
