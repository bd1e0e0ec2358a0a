import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { hertoewijzenFormulier, teamPagina, type HertoewijsData } from "~/features/werklijsten/team.server";
import {
  EscalatieVerwijzing,
  GedeactiveerdMetWerk,
  HertoewijsResultaat,
  PerMedewerker,
  TeamKiezer,
  TeamLijst,
  TeamNavigatie,
} from "~/features/werklijsten/components/team";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:team.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  return data(teamPagina(user, new URL(request.url), origin(context)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const r = hertoewijzenFormulier(user, await leesFormulier(request), origin(context));
  return data<HertoewijsData>(r, { status: r.ok ? 200 : 400 });
}

export default function Team() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  const location = useLocation();
  if (d.geenTeam) {
    return (
      <>
        <PageTitle>{t("team.titel")}</PageTitle>
        <Melding soort="info">
          <p className="utrecht-paragraph">{t("team.geenTeam")}</p>
        </Melding>
      </>
    );
  }
  return (
    <>
      <PageTitle intro={t("team.intro")}>
        {t("team.titel")}: {d.team.naam}
      </PageTitle>
      <TeamNavigatie />
      <TeamKiezer teams={d.teams} team={d.team} />
      {actie && actie.ok ? <HertoewijsResultaat uitkomsten={actie.uitkomsten} /> : null}
      <GedeactiveerdMetWerk leden={d.overzicht.leden} zoek={location.search} />
      <EscalatieVerwijzing d={d} />
      <PerMedewerker overzicht={d.overzicht} zoek={location.search} />
      <TeamLijst d={d} actie={actie} zoek={location.search} />
    </>
  );
}
