/**
 * Attachments of a klacht dossier: the list (anyone who may read the dossier) and an upload form (handler and
 * regieteam, as for the dossier's steps). A plain multipart form that works without JavaScript; at most 10 MB;
 * only pdf, jpg, png, docx and txt (extension and content checked on the server). Errors at the field.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { eisKlachtToegang } from "~/features/klachten/toegang.server";
import { bijlagenPagina, voegBijlageToe } from "~/features/klachten/bijlagen-pagina.server";
import { BijlagenTabel, BijlageToevoegen } from "~/features/klachten/components/bijlagen";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "klachten:bijlagen.titel");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const toegang = eisKlachtToegang(user, context, id, "klacht.bijlagen");
  const pagina = bijlagenPagina(id, user, toegang, new URL(request.url).searchParams, origin(context));
  if (!pagina) throw new Response("Niet gevonden", { status: 404 });
  return data(pagina, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  eisKlachtToegang(user, context, id, "klacht.bijlage", "wijzigen");
  const r = await voegBijlageToe(id, request, user, origin(context), taalVan(request));
  return r.ok ? redirect(`/klachten/${id}/bijlagen?toegevoegd=1`) : data({ fout: r.fout }, { status: r.status });
}

export default function KlachtBijlagen() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("klachten");
  return (
    <>
      <PageTitle intro={t("bijlagen.intro")}>{t("bijlagen.kop", { nummer: d.nummer })}</PageTitle>
      <p className="utrecht-paragraph">
        <Link to={`/klachten/${d.id}`} className="utrecht-link">
          {t("bijlagen.terug")}
        </Link>
      </p>
      {d.toegevoegd && !ad ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{t("bijlagen.toegevoegd")}</p>
        </Melding>
      ) : null}
      <h2 className="utrecht-heading-2">{t("bijlagen.lijst")}</h2>
      <BijlagenTabel id={d.id} nummer={d.nummer} bijlagen={d.bijlagen} />
      {d.magToevoegen ? <BijlageToevoegen fout={ad?.fout} /> : null}
    </>
  );
}
