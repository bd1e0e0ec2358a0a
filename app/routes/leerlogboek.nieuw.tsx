/**
 * A new lesson (regieteam). Entry points: /leerlogboek/nieuw?klacht=<id> (prefills the afdeling and the violated
 * norms of a decided complaint), ?afspraak=<id> (an overdue commitment), ?compliment=<feedbackId>. A plain POST
 * form: works without JavaScript; errors at the field with the input kept; employee names are refused.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { NieuweLesFormulier } from "~/features/leerlogboek/components/nieuwe-les";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { leesFormulier } from "~/platform/web/formulier.server";
import { bewaarNieuweLes, nieuweLesPagina } from "~/features/leerlogboek/nieuwe-les.server";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "leerlogboek:nieuwe.paginaTitel", "leerlogboek:titel");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return data(nieuweLesPagina(user, new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const r = bewaarNieuweLes(user, await leesFormulier(request), origin(context), taalVan(request));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function NieuweLes() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const fouten = ad?.fouten ?? {};
  const { t } = useTranslation("leerlogboek");
  return (
    <>
      <PageTitle intro={t("nieuwe.intro")}>{t("nieuw")}</PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">{t("nieuwe.terug")}</Link></p>
      {d.fout ? <Melding soort="waarschuwing" titel={t("nieuwe.nietKoppelen")}>{d.fout}</Melding> : null}
      {ad?.melding ? <Melding soort="fout" titel={t("nieuwe.nietOpgeslagen")}><p className="utrecht-paragraph">{ad.melding}</p></Melding> : null}
      {ad && !ad.melding && Object.keys(fouten).length ? (
        <Melding soort="fout" titel={t("nieuwe.nietOpgeslagen")}>
          <p className="utrecht-paragraph">{t("nieuwe.verbeter")}</p>
        </Melding>
      ) : null}
      <NieuweLesFormulier d={d} ad={ad ?? null} />
    </>
  );
}
