/** A suggestion from the citizen: lands on the regieteam's triage list. */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { leesInvoer } from "~/platform/web/formulier.server";
import { maakStempel } from "~/features/inwoner/beveiliging.server";
import { dienSuggestieIn, FORMULIER_MAX_BYTES } from "~/features/inwoner/intake.server";
import { afzenderVan, FORMULIER_HEADERS, samengevoegdeHeaders, weigeringAntwoord } from "~/features/inwoner/web.server";
import { InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";
import { SuggestieFormulier } from "~/features/inwoner/components/formulieren";

export const meta: MetaFunction = () => [{ title: "Een idee doorgeven – Gemeente Voorbeeld" }];
export const headers = samengevoegdeHeaders;

export async function loader() {
  return data({ stempel: maakStempel() }, { headers: FORMULIER_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const r = dienSuggestieIn(await leesInvoer(request, { maxBytes: FORMULIER_MAX_BYTES }), afzenderVan(context));
  if (!r.ok) return weigeringAntwoord(r, request);
  return redirect("/inwoner/bedankt?soort=suggestie");
}

export default function InwonerSuggestie() {
  const { stempel } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("inwoner");
  return (
    <InwonerPagina titel={t("suggestie.titel")} intro={t("suggestie.intro")}>
      <SuggestieFormulier stempel={ad?.stempel ?? stempel} fouten={ad?.fouten} waarden={ad?.waarden} weigering={ad?.weigering} />
      <TerugLink />
    </InwonerPagina>
  );
}
