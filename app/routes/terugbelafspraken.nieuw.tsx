/**
 * "Nieuwe terugbelafspraak": built for use during a phone call. Keyboard only, focus starts in the name field,
 * three required fields (naam or anoniem, telefoonnummer, vraag), everything else preselected. The due moment
 * is shown in plain Dutch before saving (computed on the server at page load; with JavaScript kept live).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { legTerugbelafspraakVast, nieuweTerugbelPagina } from "~/features/terugbellen/pagina.server";
import { NieuweTerugbelFormulier } from "~/features/terugbellen/components/nieuwe-terugbel";
import css from "~/styles/afspraken.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "afspraken:titel.nieuweTerugbel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(nieuweTerugbelPagina(user), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = legTerugbelafspraakVast(await leesInvoer(request), user, origin(context), taalVan(request));
  if (r.soort === "verder") return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function NieuweTerugbelafspraak() {
  const l = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const aantalFouten = Object.values(a?.fouten ?? {}).filter(Boolean).length;
  const { t } = useTranslation("afspraken");
  return (
    <div className="afs-afspraak-form">
      <PageTitle intro={t("nieuw.intro")}>{t("titel.nieuweTerugbel")}</PageTitle>
      {aantalFouten > 0 ? (
        <Melding soort="fout" titel={t("nieuw.nietVastgelegd")}>
          <p className="utrecht-paragraph">{aantalFouten === 1 ? t("nieuw.controleerEen") : t("nieuw.controleerMeer", { aantal: aantalFouten })}</p>
        </Melding>
      ) : null}
      {a?.melding ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{a.melding}</p>
        </Melding>
      ) : null}
      <NieuweTerugbelFormulier l={l} a={a} />
    </div>
  );
}
