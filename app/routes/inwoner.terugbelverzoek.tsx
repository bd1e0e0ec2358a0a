/** A callback request: a terugbelafspraak in the queue of the topic's team; the status page shows the due moment. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { maakStempel } from "~/features/inwoner/beveiliging.server";
import { dienTerugbelverzoekIn, FORMULIER_MAX_BYTES } from "~/features/inwoner/intake.server";
import { onderwerpen } from "~/features/inwoner/onderwerpen.server";
import { afzenderVan, FORMULIER_HEADERS, samengevoegdeHeaders, weigeringAntwoord } from "~/features/inwoner/web.server";
import { InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";
import { TerugbelFormulier } from "~/features/inwoner/components/formulieren";

export const meta: MetaFunction = () => [{ title: "Terugbelverzoek – Gemeente Voorbeeld" }];
export const headers = samengevoegdeHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return data({ stempel: maakStempel(), onderwerpen: onderwerpen(), taal: taalVan(request) }, { headers: FORMULIER_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const r = dienTerugbelverzoekIn(await leesInvoer(request, { maxBytes: FORMULIER_MAX_BYTES }), afzenderVan(context));
  if (!r.ok) return weigeringAntwoord(r, request);
  return redirect(`${new URL(r.statusUrl!).pathname}?ontvangen=1`);
}

export default function InwonerTerugbelverzoek() {
  const { stempel, onderwerpen, taal } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("inwoner");
  return (
    <InwonerPagina titel={t("terugbel.titel")} intro={t("terugbel.intro")}>
      <TerugbelFormulier stempel={ad?.stempel ?? stempel} onderwerpen={onderwerpen} taal={taal} fouten={ad?.fouten} waarden={ad?.waarden} weigering={ad?.weigering} />
      <TerugLink />
    </InwonerPagina>
  );
}
