import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { mijnTeamDashboards } from "~/features/coaching/dashboard.server";
import { TeamDashboardSectie } from "~/features/coaching/components/team-dashboard";
import css from "~/styles/coaching.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "coaching:dashboard.titel", "werk:team.titel");

/** Dashboard for the teams the viewer leads (teams.teamleider_id); nothing about other teams. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  return data({ teams: mijnTeamDashboards(user.id) });
}

export default function TeamDashboard() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("coaching");
  return (
    <>
      <PageTitle intro={t("dashboard.intro")}>{t("dashboard.titel")}</PageTitle>
      <p className="utrecht-paragraph coaching-knoppen">
        <Link to="/team" className="utrecht-link">
          {t("dashboard.naarWerklijst")}
        </Link>
        <Link to="/team/profielen" className="utrecht-link">
          {t("dashboard.profielen")}
        </Link>
      </p>
      {d.teams.length === 0 ? (
        <Melding soort="info">
          <p className="utrecht-paragraph">{t("dashboard.geenTeams")}</p>
        </Melding>
      ) : null}
      {d.teams.map((team) => (
        <TeamDashboardSectie key={team.id} team={team} />
      ))}
    </>
  );
}
