import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { termijnenActie, termijnenPagina } from "~/features/bewaren/pagina.server";
import { KlachtTermijnen, TermijnenFormulier } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Bewaartermijnen – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(termijnenPagina(new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = termijnenActie(user, await leesInvoer(request), context);
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function BeheerBewaartermijnen() {
  const d = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          Terug naar Beheer
        </Link>
      </p>
      <PageTitle intro="Hoe lang Afspraak gegevens bewaart voordat ze op de maandelijkse vernietigingslijst komen. Vernietigen gebeurt pas na goedkeuring door de archiefrol.">
        Bewaartermijnen
      </PageTitle>
      {d.ok ? <Melding soort="ok">{d.ok}</Melding> : null}
      <KlachtTermijnen klachten={d.klachten} />
      <h2 className="utrecht-heading-2">Overige gegevens</h2>
      <TermijnenFormulier data={d} antwoord={antwoord} />
    </>
  );
}
