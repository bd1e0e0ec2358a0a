/**
 * The regieteam's triage list of suggestions: nieuw → in behandeling → overgenomen | niet overgenomen, with a
 * note. One plain form per suggestion (works without JavaScript), version-checked, audited.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { suggestieLijst, triageerUitFormulier } from "~/features/feedback/pagina.server";
import { SuggestieKaart } from "~/features/feedback/components/suggesties";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "werk:suggesties.titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return data({ suggesties: suggestieLijst(user, origin(context)) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const r = triageerUitFormulier(await leesFormulier(request), user, origin(context));
  return data(r.antwoord, { status: r.status });
}

export default function Suggesties() {
  const { suggesties: lijst } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle intro={t("suggesties.intro")}>{t("suggesties.titel")}</PageTitle>
      <nav aria-label={t("suggesties.titel")} className="afs-acties">
        <Link to="/regieteam" className="utrecht-link">
          {t("suggesties.terug")}
        </Link>
      </nav>
      {lijst.length ? <ExportKnoppen pad="/feedback/suggesties/export" label={t("suggesties.downloaden")} /> : null}
      {ad?.ok ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{t("suggesties.bijgewerkt")}</p>
        </Melding>
      ) : null}
      {ad && !ad.ok && ad.fouten._form ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{ad.fouten._form[0]}</p>
        </Melding>
      ) : null}
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph">{t("suggesties.geen")}</p>
      ) : (
        <ul className="kl-tijdlijn">
          {lijst.map((sg) => (
            <li key={sg.id}>
              <SuggestieKaart sg={sg} antwoord={ad} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
