import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { overzichtActie, overzichtPagina } from "~/features/bewaren/pagina.server";
import { LijstenTabel } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "bewaren:overzicht.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  return data(overzichtPagina(new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "archief");
  const r = overzichtActie(user, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function Vernietiging() {
  const { lijsten, open, ok } = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const { t } = useTranslation("bewaren");
  return (
    <>
      <PageTitle intro={t("overzicht.intro")}>{t("overzicht.titel")}</PageTitle>
      {ok ? <Melding soort="ok">{t(`ok.${ok}`)}</Melding> : null}
      {antwoord?.melding ? (
        <Melding soort={antwoord.lijstId ? "waarschuwing" : "info"}>
          <p className="utrecht-paragraph">
            {antwoord.melding}{" "}
            {antwoord.lijstId ? (
              <Link to={`/vernietiging/${antwoord.lijstId}`} className="utrecht-link">
                {t("overzicht.naarOpen")}
              </Link>
            ) : null}
          </p>
        </Melding>
      ) : null}
      {open ? (
        <p className="utrecht-paragraph">
          <Link to={`/vernietiging/${open}`} className="utrecht-link">
            {t("overzicht.openLijst")}
          </Link>
        </p>
      ) : (
        <Form method="post">
          <Knop soort="secundair">{t("overzicht.opstellen")}</Knop>
        </Form>
      )}
      <h2 className="utrecht-heading-2">{t("overzicht.lijsten")}</h2>
      <LijstenTabel lijsten={lijsten} />
      <p className="utrecht-paragraph">{t("overzicht.termijnenUitleg")}</p>
    </>
  );
}
