/** The privacy officer's requests (AVG art. 15/16/18), open ones first by due moment. */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { lijstPagina } from "~/features/privacy/pagina.server";
import { VerzoekenTabel } from "~/features/privacy/components/verzoeken";
import css from "~/styles/privacy.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Privacyverzoeken – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  return data(lijstPagina(user, origin(context)));
}

export default function Privacyverzoeken() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro="Verzoeken om inzage (AVG art. 15), verbetering (art. 16) en beperking (art. 18). Het antwoord is binnen één maand na ontvangst verschuldigd; verlengen met ten hoogste twee maanden kan alleen met een kennisgeving aan de inwoner.">
        Privacyverzoeken
      </PageTitle>
      <p className="utrecht-paragraph">
        Een nieuw verzoek registreert u vanuit het <Link to="/klantbeeld" className="utrecht-link">klantbeeld</Link> van de inwoner.
      </p>
      <VerzoekenTabel verzoeken={d.verzoeken} />
    </>
  );
}
