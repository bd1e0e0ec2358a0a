import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { replicatiePagina } from "~/platform/replicatie/pagina.server";
import { ReplicatieOverzicht } from "~/platform/replicatie/components/replicatie-status";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Back-up en replicatie – Beheer – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(replicatiePagina());
}

export default function BeheerReplicatie() {
  const { status, schijf } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          Terug naar Beheer
        </Link>
      </p>
      <PageTitle intro="De doorlopende back-up van de database en de bijlagen: hoe ver, hoeveel achter, de laatste fout.">
        Back-up en replicatie
      </PageTitle>
      <ReplicatieOverzicht status={status} schijf={schijf} />
    </>
  );
}
