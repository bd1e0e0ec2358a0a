import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { mijnMedewerkers } from "~/features/coaching/coaching.server";
import { MedewerkersLijst } from "~/features/coaching/components/medewerkers";
import css from "~/styles/coaching.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "coaching:medewerkers.titel", "werk:team.titel");

/** The employees this teamleider is leidinggevende of (alphabetical), each linking to their profile. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  return data({ medewerkers: mijnMedewerkers(user.id) });
}

export default function MijnMedewerkers() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("coaching");
  return (
    <>
      <PageTitle intro={t("medewerkers.intro")}>{t("medewerkers.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/team/dashboard" className="utrecht-link">
          {t("medewerkers.dashboard")}
        </Link>
      </p>
      <MedewerkersLijst medewerkers={d.medewerkers} />
    </>
  );
}
