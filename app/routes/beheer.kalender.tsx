import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { kalenderPagina, voerKalenderActieUit } from "~/features/kalender/pagina.server";
import { FoutMelding } from "~/features/kalender/components/formulier";
import { Feestdagen, GelijkgesteldeDagen, OrganisatieDagen } from "~/features/kalender/components/dagen";
import { Kantoortijden, VrijeDagen } from "~/features/kalender/components/kantoortijden";
import css from "~/styles/handvest.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "handvest:kalender.titel", "beheer:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return data(kalenderPagina(new URL(request.url), taalVan(request)));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = voerKalenderActieUit(user, await leesInvoer(request), context, taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function BeheerKalender() {
  const { overzicht: o, ok, minJaar, maxJaar } = useLoaderData<typeof loader>();
  const { t } = useTranslation("handvest");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/beheer/handvest" className="utrecht-link">
          {t("detail.terug")}
        </Link>
      </p>
      <PageTitle intro={t("kalender.intro")}>{t("kalender.titel")}</PageTitle>
      {ok ? <Melding soort="ok">{ok}</Melding> : null}
      <FoutMelding intent="verwijder" />

      <Form method="get" className="afs-rij">
        <TekstVeld id="jaar" label={t("kalender.jaar")} type="number" min={minJaar} max={maxJaar} defaultValue={String(o.jaar)} />
        <div className="afs-veld">
          <Knop soort="secundair">{t("kalender.toon")}</Knop>
        </div>
      </Form>

      <div className="afs-handvest-twee">
        <Feestdagen o={o} />
        <OrganisatieDagen o={o} />
      </div>
      <GelijkgesteldeDagen o={o} />
      <Kantoortijden o={o} />
      <VrijeDagen o={o} />
    </>
  );
}
