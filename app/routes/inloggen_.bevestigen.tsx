import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { bevestigPagina, verwerkBevestigen } from "~/features/tweestaps/pagina.server";
import { CodeFormulier } from "~/features/tweestaps/components/tweestaps";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "tweestaps:bevestigen.titel");

/** Step-up: a fresh second factor before an export of personal data or a change to one's own security. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(bevestigPagina(user, request));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = await verwerkBevestigen(user, request, context, await leesInvoer(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function Bevestigen() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const { t } = useTranslation("tweestaps");
  return (
    <div className="afs-smal">
      <PageTitle intro={t("bevestigen.intro")}>{t("bevestigen.titel")}</PageTitle>
      {!d.ingesteld ? (
        <p className="utrecht-paragraph">
          <Link to={`/inloggen/tweestaps?reden=export&terug=${encodeURIComponent(d.terug)}`} className="utrecht-link">
            {t("profiel.instellen")}
          </Link>
        </p>
      ) : null}
      <CodeFormulier terug={d.terug} fout={a?.fouten?.code} label={t("code.veld")} hint={t("code.hint")} knop={t("bevestigen.knop")} />
    </div>
  );
}
