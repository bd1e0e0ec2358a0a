/** One privacy request: its term, the package / rectification / restriction it calls for, and its steps. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { detailPagina, stap, type StapAntwoord } from "~/features/privacy/pagina.server";
import { VerzoekGegevens, VerzoekHistorie, VerzoekStappen } from "~/features/privacy/components/verzoek";
import css from "~/styles/privacy.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => paginaTitel(matches, d?.d.soortTekst ?? "privacy:lijst.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  return data(detailPagina(user, params.id ?? "", new URL(request.url), origin(context), taalVan(request)));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  const r = stap(user, params.id ?? "", await leesFormulier(request), origin(context), taalVan(request));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function Privacyverzoek() {
  const { d, vandaag, nieuw, gedaan, besluiten, velden } = useLoaderData<typeof loader>();
  const a = useActionData<StapAntwoord>() ?? null;
  const { t } = useTranslation("privacy");
  return (
    <>
      <PageTitle intro={t("detail.titelRegel", { status: d.statusTekst, uiterlijk: d.uiterlijk })}>
        {d.soortTekst}
        {d.burger ? `: ${d.burger.naam}` : ""}
      </PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/privacy" className="utrecht-link">{t("detail.terug")}</Link>
      </p>
      {nieuw ? (
        <Melding soort="ok" titel={t("detail.geregistreerd")}>
          <p className="utrecht-paragraph">{t("detail.geregistreerdTekst", { uiterlijk: d.uiterlijk })}</p>
        </Melding>
      ) : null}
      {gedaan ? <Melding soort="ok">{gedaan}</Melding> : null}
      {a && a.melding && !["verlengen", "afhandelen", "intrekken", "rectificeren", "beperken", "opheffen"].includes(a.intent) ? <Melding soort="fout">{a.melding}</Melding> : null}
      <div className="pv-raster">
        <div>
          <VerzoekGegevens d={d} />
          <VerzoekStappen d={d} a={a} vandaag={vandaag} besluiten={besluiten} velden={velden} />
        </div>
        <div>
          <VerzoekHistorie d={d} />
        </div>
      </div>
    </>
  );
}
