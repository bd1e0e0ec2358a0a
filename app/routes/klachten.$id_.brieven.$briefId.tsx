/**
 * One letter as sent (exact text from the dossier): printable (print stylesheet) and downloadable as .txt or
 * .html via the resource route klachten.$id_.brieven.$briefId_.download.ts.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { useDatum } from "~/platform/i18n/datum";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { eisKlachtToegang } from "~/features/klachten/toegang.server";
import { briefInzage } from "~/features/klachten/brief-pagina.server";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "klachten:brief.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  eisKlachtToegang(user, context, id, "klacht.brief");
  const pagina = briefInzage(id, Number(params.briefId), user, origin(context));
  if (!pagina) throw new Response("Niet gevonden", { status: 404 });
  return data(pagina, { headers: { "Cache-Control": "no-store" } });
}

export default function Brief() {
  const { b, klachtId } = useLoaderData<typeof loader>();
  const { t } = useTranslation("klachten");
  const f = useDatum();
  return (
    <>
      <div className="kl-niet-printen">
        <PageTitle intro={t("brief.intro", { aan: b.aan, op: f.datumTijd(b.op), door: b.door ?? t("dossier.systeem") })}>{b.onderwerp}</PageTitle>
        <p className="utrecht-paragraph kl-knoppen">
          <a href={`/klachten/${klachtId}/brieven/${b.id}/download?formaat=txt`} className="utrecht-link" download>{t("brief.txt")}</a>
          <a href={`/klachten/${klachtId}/brieven/${b.id}/download?formaat=html`} className="utrecht-link" download>{t("brief.html")}</a>
          <span>{t("brief.afdrukken")}</span>
          <Link to={`/klachten/${klachtId}`} className="utrecht-link">{t("brief.terug")}</Link>
        </p>
      </div>
      <article className="kl-brief" aria-label={t("brief.titel")}>{b.tekst}</article>
    </>
  );
}
