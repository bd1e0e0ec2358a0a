/** The inzage package, readable and printable (AVG art. 15); producing it is recorded and audited. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { pakketPagina } from "~/features/privacy/pagina.server";
import { InzagePakket } from "~/features/privacy/components/pakket";
import css from "~/styles/privacy.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Inzage in persoonsgegevens – Afspraak" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "privacy"); // the citizen's whole file: a fresh second factor
  return data(pakketPagina(user, params.id ?? "", origin(context)));
}

export default function Inzagepakket() {
  const { pakket, sha256, verzoekId } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="utrecht-paragraph pv-knoppen afs-geen-print">
        <Link to={`/privacy/${verzoekId}`} className="utrecht-link">Terug naar het verzoek</Link> ·{" "}
        <a href={`/privacy/${verzoekId}/pakket.json`} className="utrecht-link" download>
          Ook als JSON downloaden
        </a>{" "}
        · Afdrukken of als PDF bewaren: gebruik de afdrukfunctie van de browser.
      </p>
      <PageTitle>{pakket.titel}</PageTitle>
      <p className="utrecht-paragraph">
        Voor: <strong>{pakket.inwoner.naam ?? "(geen naam vastgelegd)"}</strong>
      </p>
      <InzagePakket p={pakket} sha256={sha256} />
    </>
  );
}
