/** Beheer → Single sign-on: the OpenID Connect connection (environment wins), local passwords, MFA, group mapping. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { basisAdres } from "~/features/sso/oidc.server";
import { ssoPagina, voerSsoActieUit } from "~/features/sso/pagina.server";
import { Beleid, Groepen, Toestand, Verbinding } from "~/features/sso/components/beheer";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "beheer:sso.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(ssoPagina(basisAdres(request)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = await voerSsoActieUit(await leesInvoer(request), { id: user.id, naam: user.naam }, origin(context), taalVan(request));
  return data(r.antwoord, { status: r.status });
}

export default function BeheerSso() {
  const p = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const { t } = useTranslation("beheer");
  const algemeen = antwoord && !antwoord.ok && ["testen", "groep_weg", ""].includes(antwoord.intent) ? antwoord.fouten._formulier?.[0] : null;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          {t("sso.terug")}
        </Link>
      </p>
      <PageTitle intro={t("sso.intro")}>{t("sso.titel")}</PageTitle>
      {antwoord?.ok ? <Melding soort="ok">{antwoord.ok}</Melding> : null}
      {algemeen ? <Melding soort="fout">{algemeen}</Melding> : null}
      <Toestand p={p} />
      <Verbinding p={p} antwoord={antwoord} />
      <Beleid p={p} antwoord={antwoord} />
      <Groepen p={p} antwoord={antwoord} />
    </>
  );
}
