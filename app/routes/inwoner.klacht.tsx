/** A complaint from the citizen: into the Awb chapter 9 workflow, channel "webformulier"; then the status page. */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { leesFormulier, invoerVan } from "~/platform/web/formulier.server";
import { maakStempel } from "~/features/inwoner/beveiliging.server";
import { afdelingKeuzes, bijlagenUit, dienKlachtIn, KLACHT_MAX_BYTES } from "~/features/inwoner/intake.server";
import { afzenderVan, FORMULIER_HEADERS, samengevoegdeHeaders, weigeringAntwoord } from "~/features/inwoner/web.server";
import { InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";
import { KlachtFormulier } from "~/features/inwoner/components/formulieren";

export const meta: MetaFunction = () => [{ title: "Een klacht indienen – Gemeente Voorbeeld" }];
export const headers = samengevoegdeHeaders;

export async function loader() {
  return data({ stempel: maakStempel(), afdelingen: afdelingKeuzes() }, { headers: FORMULIER_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formulier = await leesFormulier(request, { maxBytes: KLACHT_MAX_BYTES });
  const r = dienKlachtIn(invoerVan(formulier), await bijlagenUit(formulier), afzenderVan(context));
  if (!r.ok) return weigeringAntwoord(r, request);
  return redirect(`${new URL(r.statusUrl!).pathname}?ontvangen=1`);
}

export default function InwonerKlacht() {
  const { stempel, afdelingen } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("inwoner");
  return (
    <InwonerPagina titel={t("klacht.titel")} intro={t("klacht.intro")}>
      <KlachtFormulier stempel={ad?.stempel ?? stempel} afdelingen={afdelingen} fouten={ad?.fouten} waarden={ad?.waarden} weigering={ad?.weigering} />
      <TerugLink />
    </InwonerPagina>
  );
}
