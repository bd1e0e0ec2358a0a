import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { overzichtActie, overzichtPagina } from "~/features/bewaren/pagina.server";
import { LijstenTabel } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Vernietiging – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  return data(overzichtPagina(new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "archief");
  const r = overzichtActie(user, await leesInvoer(request), context);
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function Vernietiging() {
  const { lijsten, open, ok } = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  return (
    <>
      <PageTitle intro="Elke maand stelt Afspraak een lijst op van wat over zijn bewaartermijn is. U beoordeelt de lijst, houdt onderdelen aan waar dat nodig is (bezwaar, beroep, Woo-verzoek) en keurt hem goed. Zonder uw goedkeuring wordt niets vernietigd.">
        Vernietiging
      </PageTitle>
      {ok ? <Melding soort="ok">{ok}</Melding> : null}
      {antwoord?.melding ? (
        <Melding soort={antwoord.lijstId ? "waarschuwing" : "info"}>
          <p className="utrecht-paragraph">
            {antwoord.melding}{" "}
            {antwoord.lijstId ? (
              <Link to={`/vernietiging/${antwoord.lijstId}`} className="utrecht-link">
                Naar de open lijst
              </Link>
            ) : null}
          </p>
        </Melding>
      ) : null}
      {open ? (
        <p className="utrecht-paragraph">
          <Link to={`/vernietiging/${open}`} className="utrecht-link">
            De lijst die op beoordeling wacht
          </Link>
        </p>
      ) : (
        <Form method="post">
          <Knop soort="secundair">Nu een vernietigingslijst opstellen</Knop>
        </Form>
      )}
      <h2 className="utrecht-heading-2">Lijsten</h2>
      <LijstenTabel lijsten={lijsten} />
      <p className="utrecht-paragraph">
        De bewaartermijnen stelt een beheerder in onder Beheer → Bewaartermijnen.
      </p>
    </>
  );
}
