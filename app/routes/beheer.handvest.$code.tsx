import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { taalVanMatches, vertaal } from "~/platform/i18n/vertaal";
import { normDetailPagina } from "~/features/handvest/pagina.server";
import { VersieGeschiedenis } from "~/features/handvest/components/versie-geschiedenis";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  const taal = taalVanMatches(matches);
  return [{ title: `${d?.code ?? vertaal(taal, "handvest:detail.norm")} – ${vertaal(taal, "handvest:detail.titelDeel")} – ${vertaal(taal, "beheer:titel")} – Afspraak` }];
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(normDetailPagina(params.code ?? "", new URL(request.url)));
}

export default function NormDetail() {
  const { code, versies, opgeslagen, heeftHuidig } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/handvest" className="utrecht-link">
          {t("detail.terug")}
        </Link>
      </p>
      <PageTitle intro={versies[0]?.titel}>{code}</PageTitle>
      {opgeslagen ? <Melding soort="ok">{t("beheer.opgeslagen", { versie: opgeslagen, code })}</Melding> : null}
      {!heeftHuidig ? <Melding soort="waarschuwing">{t("detail.geenHuidig")}</Melding> : null}
      <div className="afs-acties">
        <Link to={`/beheer/handvest/${code}/bewerken`} className="utrecht-button utrecht-button--primary-action">
          {t("detail.nieuweVersie")}
        </Link>
      </div>
      <VersieGeschiedenis versies={versies} />
    </>
  );
}
