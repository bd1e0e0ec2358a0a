import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { zoekPagina } from "~/features/klantbeeld/pagina.server";
import { ZoekFormulier, ZoekResultaten } from "~/features/klantbeeld/components/zoeken";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:klant.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "klantbeeld");
  return data(zoekPagina(user, new URL(request.url), origin(context)));
}

export default function KlantbeeldZoeken() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("klant.intro")}>{t("klant.titel")}</PageTitle>
      <ZoekFormulier zoek={d.zoek} ongeldig={d.ongeldig} />
      <p className="utrecht-paragraph afs-werk-uitleg">{t("klant.toegang", { dagen: d.dagen })}</p>
      {d.gezocht && !d.ongeldig ? <ZoekResultaten resultaten={d.resultaten} /> : null}
    </>
  );
}
