import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { heeft, requireUser } from "~/platform/auth/permissions.server";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  return data({ audit: heeft(user, "audit") });
}

export default function BeheerIndex() {
  const { audit } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  const kaarten = [
    { to: "/beheer/organisatie", titel: t("kaart.organisatie"), uitleg: t("kaart.organisatieUitleg") },
    { to: "/beheer/medewerkers", titel: t("kaart.medewerkers"), uitleg: t("kaart.medewerkersUitleg") },
    { to: "/beheer/handvest", titel: t("kaart.handvest"), uitleg: t("kaart.handvestUitleg") },
    { to: "/beheer/kalender", titel: t("kaart.kalender"), uitleg: t("kaart.kalenderUitleg") },
    { to: "/beheer/brieven", titel: t("kaart.brieven"), uitleg: t("kaart.brievenUitleg") },
    { to: "/beheer/berichten", titel: t("kaart.berichten"), uitleg: t("kaart.berichtenUitleg") },
    { to: "/beheer/onderwerpen", titel: t("kaart.onderwerpen"), uitleg: t("kaart.onderwerpenUitleg") },
    { to: "/beheer/api", titel: t("kaart.api"), uitleg: t("kaart.apiUitleg") },
    { to: "/beheer/openklant", titel: t("kaart.openklant"), uitleg: t("kaart.openklantUitleg") },
    ...(audit ? [{ to: "/beheer/audit", titel: t("kaart.audit"), uitleg: t("kaart.auditUitleg") }] : []),
    { to: "/beheer/sso", titel: t("kaart.sso"), uitleg: t("kaart.ssoUitleg") },
    { to: "/beheer/beveiliging", titel: t("tweestaps:beheer.kaart"), uitleg: t("tweestaps:beheer.kaartUitleg") },
    { to: "/beheer/replicatie", titel: t("kaart.replicatie"), uitleg: t("kaart.replicatieUitleg") },
    { to: "/beheer/bewaartermijnen", titel: t("kaart.bewaartermijnen"), uitleg: t("kaart.bewaartermijnenUitleg") },
  ];
  return (
    <>
      <PageTitle intro={t("intro")}>{t("titel")}</PageTitle>
      <ul className="afs-beheer-kaarten">
        {kaarten.map((k) => (
          <li key={k.to} className="afs-beheer-kaart">
            <h2 className="utrecht-heading-2">
              <Link to={k.to} className="utrecht-link">
                {k.titel}
              </Link>
            </h2>
            <p className="utrecht-paragraph">{k.uitleg}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
