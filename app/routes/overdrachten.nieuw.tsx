/** "Nieuwe warme overdracht": hand a citizen's question to a colleague or team, with its context. */
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
import { biedOverdrachtAan, nieuweOverdrachtPagina } from "~/features/overdracht/pagina.server";
import { NieuweOverdrachtFormulier } from "~/features/overdracht/components/nieuwe-overdracht";
import css from "~/styles/afspraken.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "afspraken:titel.nieuweOverdracht");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(nieuweOverdrachtPagina(user), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = biedOverdrachtAan(await leesInvoer(request), user, origin(context), taalVan(request));
  if (r.soort === "verder") return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function NieuweOverdracht() {
  const l = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const aantal = Object.values(a?.fouten ?? {}).filter(Boolean).length;
  const { t } = useTranslation("afspraken");
  return (
    <div className="afs-afspraak-form">
      <PageTitle intro={t("overdracht.intro")}>{t("titel.nieuweOverdracht")}</PageTitle>
      {aantal > 0 ? (
        <Melding soort="fout" titel={t("overdracht.nietVerstuurd")}>
          <p className="utrecht-paragraph">{t("overdracht.controleer")}</p>
        </Melding>
      ) : null}
      {a?.melding ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{a.melding}</p>
        </Melding>
      ) : null}
      <NieuweOverdrachtFormulier l={l} a={a} />
    </div>
  );
}
