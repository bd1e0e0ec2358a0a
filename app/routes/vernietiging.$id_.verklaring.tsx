import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { verklaringPagina } from "~/features/bewaren/pagina.server";
import { VerklaringWeergave } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `Verklaring van vernietiging ${d?.nummer ?? ""} – Afspraak` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  const d = verklaringPagina(params.id ?? "", new URL(request.url));
  if (!d) throw new Response("Deze vernietigingslijst bestaat niet.", { status: 404 });
  return data(d);
}

export default function Verklaring() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to={`/vernietiging/${d.id}`} className="utrecht-link">
          Terug naar lijst {d.nummer}
        </Link>
      </p>
      <PageTitle>Verklaring van vernietiging</PageTitle>
      {d.uitgevoerd ? (
        <>
          {d.ok ? <Melding soort="ok">{d.ok}</Melding> : null}
          <VerklaringWeergave data={d} />
        </>
      ) : (
        <Melding soort="info">Lijst {d.nummer} is nog niet goedgekeurd; er is nog geen verklaring.</Melding>
      )}
    </>
  );
}
