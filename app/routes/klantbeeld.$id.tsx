import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { klantbeeldPagina } from "~/features/klantbeeld/pagina.server";
import { BurgerGegevens, Contacten } from "~/features/klantbeeld/components/klantbeeld";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:klant.titel");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "klantbeeld");
  return data(klantbeeldPagina(user, context, params.id ?? ""));
}

export default function KlantbeeldPagina() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation(["werk", "afspraken"]);
  return (
    <>
      <PageTitle>
        {t("klant.titel")}: {d.burger.naam}
      </PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/klantbeeld" className="utrecht-link">
          {t("klant.terug")}
        </Link>
      </p>
      {d.privacy ? (
        <p className="utrecht-paragraph">
          {d.privacy.beperkt ? <strong>{t("afspraken:klant.beperkt")}</strong> : null}
          <Link to={d.privacy.nieuw} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t("afspraken:klant.privacy")}
          </Link>
        </p>
      ) : null}
      <BurgerGegevens burger={d.burger} />
      <Contacten afspraken={d.afspraken} />
    </>
  );
}
