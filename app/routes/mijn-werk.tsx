import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { mijnWerkPagina } from "~/features/werklijsten/mijn-werk.server";
import { MijnLijst, MijnWerkActies, NietsTeDoen, NogNietLosgelaten, VoorMijnTeam } from "~/features/werklijsten/components/mijn-werk";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "mijnWerk.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(mijnWerkPagina(user, new URL(request.url), origin(context)));
}

export default function MijnWerk() {
  const d = useLoaderData<typeof loader>();
  const { t: tc } = useTranslation();
  const location = useLocation();
  const helemaalLeeg = d.tellingen.totaal === 0 && !d.filters.soort && d.teamRijen.length === 0 && d.losgelaten.length === 0;

  return (
    <>
      <PageTitle intro={tc("mijnWerk.welkom", { naam: d.naam })}>{tc("mijnWerk.titel")}</PageTitle>
      <MijnWerkActies />
      {helemaalLeeg ? (
        <NietsTeDoen />
      ) : (
        <>
          <MijnLijst d={d} zoek={location.search} />
          <VoorMijnTeam d={d} />
          <NogNietLosgelaten losgelaten={d.losgelaten} />
        </>
      )}
    </>
  );
}
