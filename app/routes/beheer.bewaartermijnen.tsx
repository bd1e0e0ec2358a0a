import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { termijnenActie, termijnenPagina } from "~/features/bewaren/pagina.server";
import { KlachtTermijnen, TermijnenFormulier } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "bewaren:termijnen.titel", "common:nav.beheer");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(termijnenPagina(new URL(request.url)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = termijnenActie(user, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function BeheerBewaartermijnen() {
  const d = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const { t } = useTranslation("bewaren");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("nav.terugBeheer")}
        </Link>
      </p>
      <PageTitle intro={t("termijnen.intro")}>{t("termijnen.titel")}</PageTitle>
      {d.ok ? <Melding soort="ok">{t(`ok.${d.ok}`)}</Melding> : null}
      <KlachtTermijnen klachten={d.klachten} />
      <h2 className="utrecht-heading-2">{t("termijnen.overige")}</h2>
      <TermijnenFormulier data={d} antwoord={antwoord} />
    </>
  );
}
