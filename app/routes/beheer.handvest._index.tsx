import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { normenPagina } from "~/features/handvest/pagina.server";
import { NormenTabel } from "~/features/handvest/components/normen-tabel";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "handvest:beheer.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(normenPagina(new URL(request.url)));
}

export default function BeheerHandvest() {
  const { rijen, aangemaakt } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  return (
    <>
      <PageTitle intro={t("beheer.intro")}>{t("beheer.titel")}</PageTitle>
      {aangemaakt ? <Melding soort="ok">{t("beheer.aangemaakt", { code: aangemaakt })}</Melding> : null}
      <div className="afs-acties">
        <Link to="/beheer/handvest/nieuw" className="utrecht-button utrecht-button--primary-action">
          {t("beheer.nieuweNorm")}
        </Link>
        <Link to="/beheer/kalender" className="utrecht-link">
          {t("beheer.kalenderLink")}
        </Link>
      </div>
      <NormenTabel rijen={rijen} />
    </>
  );
}
