import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { verklaringPagina } from "~/features/bewaren/pagina.server";
import { VerklaringWeergave } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => paginaTitel(matches, d?.nummer ?? "", "bewaren:verklaring.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  const d = verklaringPagina(params.id ?? "", new URL(request.url));
  if (!d) throw new Response("Deze vernietigingslijst bestaat niet.", { status: 404 });
  return data(d);
}

export default function Verklaring() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("bewaren");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to={`/vernietiging/${d.id}`} className="utrecht-link">
          {t("nav.terugLijst", { nummer: d.nummer })}
        </Link>
      </p>
      <PageTitle>{t("verklaring.titel")}</PageTitle>
      {d.uitgevoerd ? (
        <>
          {d.ok ? <Melding soort="ok">{t(`ok.${d.ok}`)}</Melding> : null}
          <VerklaringWeergave data={d} />
        </>
      ) : (
        <Melding soort="info">{t("verklaring.nogNiet", { nummer: d.nummer })}</Melding>
      )}
    </>
  );
}
