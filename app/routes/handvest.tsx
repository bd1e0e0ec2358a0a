import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { useDatum } from "~/platform/i18n/datum";
import { requireUser } from "~/platform/auth/permissions.server";
import { handvestPagina } from "~/features/handvest/pagina.server";
import { HandvestThema } from "~/features/handvest/components/handvest-thema";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "handvest:pagina.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  return data(handvestPagina());
}

export default function Handvest() {
  const { themas, leeg, nu } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  const f = useDatum();
  return (
    <>
      <PageTitle intro={t("pagina.intro")}>{t("pagina.titel")}</PageTitle>
      <p className="utrecht-paragraph afs-handvest-zacht">{t("pagina.stand", { moment: f.datumTijd(nu) })}</p>
      {leeg ? <Melding>{t("pagina.leeg")}</Melding> : null}
      {themas.map((g) => (
        <HandvestThema key={g.thema} thema={g.thema} normen={g.normen} />
      ))}
    </>
  );
}
