import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { medewerkersPagina } from "~/features/organisatie/medewerkers-pagina.server";
import { MedewerkerFilter, MedewerkersTabel, VorigeVolgende } from "~/features/organisatie/components/medewerkers-lijst";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:mw.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(medewerkersPagina(new URL(request.url)));
}

export default function Medewerkers() {
  const { filter, zoek, rijen, totaal, pagina, paginas, teams, rollen } = useLoaderData<typeof loader>();
  const { t } = useTranslation("beheer");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <PageTitle intro={t("mw.intro")}>{t("mw.titel")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/beheer/medewerkers/nieuw" className="utrecht-button-link utrecht-button-link--primary-action utrecht-link">
          {t("mw.nieuw")}
        </Link>
      </p>
      <MedewerkerFilter filter={filter} teams={teams} rollen={rollen} />
      <p className="utrecht-paragraph" role="status">
        {t("mw.gevonden", { aantal: totaal })}
      </p>
      <ExportKnoppen pad="/beheer/medewerkers/export" zoek={zoek} label="Medewerkerslijst downloaden" />
      <MedewerkersTabel rijen={rijen} />
      <VorigeVolgende filter={filter} pagina={pagina} paginas={paginas} />
    </>
  );
}
