import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { leesInvoer } from "~/platform/web/formulier.server";
import { paginaTitel } from "~/platform/i18n/vertaal";
import { codePagina, verwerkCode } from "~/features/tweestaps/pagina.server";
import { CodeFormulier, UitlogKnop } from "~/features/tweestaps/components/tweestaps";

export const meta: MetaFunction = ({ matches }) => paginaTitel(matches, "tweestaps:code.titel");

/** The second step after the password: only a half session (second factor due) sees this page. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const r = await codePagina(request, context);
  if ("naar" in r) throw redirect(r.naar, r.setCookie ? { headers: { "Set-Cookie": r.setCookie } } : undefined);
  return data(r.antwoord);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const r = await verwerkCode(request, context, await leesInvoer(request));
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function CodeInvullen() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const { t } = useTranslation("tweestaps");
  return (
    <div className="afs-smal">
      <PageTitle intro={t("code.intro", { naam: d.naam })}>{t("code.titel")}</PageTitle>
      {d.demo ? <Melding soort="info">{t("code.demo")}</Melding> : null}
      <CodeFormulier terug={d.terug} fout={a?.fouten?.code} label={t("code.veld")} hint={t("code.hint")} knop={t("code.knop")} />
      <p className="utrecht-paragraph">{t("code.kwijt")}</p>
      <UitlogKnop label={t("code.annuleren")} />
    </div>
  );
}
