/** A compliment from the citizen: reaches the employee (or team) and their managers, as the staff feedback flow. */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { leesInvoer } from "~/platform/web/formulier.server";
import { maakStempel } from "~/features/inwoner/beveiliging.server";
import { complimentTeams, dienComplimentIn, FORMULIER_MAX_BYTES } from "~/features/inwoner/intake.server";
import { afzenderVan, FORMULIER_HEADERS, samengevoegdeHeaders, weigeringAntwoord } from "~/features/inwoner/web.server";
import { InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";
import { ComplimentFormulier } from "~/features/inwoner/components/formulieren";

export const meta: MetaFunction = () => [{ title: "Een compliment geven – Gemeente Voorbeeld" }];
export const headers = samengevoegdeHeaders;

export async function loader() {
  return data({ stempel: maakStempel(), teams: complimentTeams() }, { headers: FORMULIER_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const r = dienComplimentIn(await leesInvoer(request, { maxBytes: FORMULIER_MAX_BYTES }), afzenderVan(context));
  if (!r.ok) return weigeringAntwoord(r, request);
  return redirect("/inwoner/bedankt?soort=compliment");
}

export default function InwonerCompliment() {
  const { stempel, teams } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("inwoner");
  return (
    <InwonerPagina titel={t("compliment.titel")} intro={t("compliment.intro")}>
      <ComplimentFormulier stempel={ad?.stempel ?? stempel} teams={teams} fouten={ad?.fouten} waarden={ad?.waarden} weigering={ad?.weigering} />
      <TerugLink />
    </InwonerPagina>
  );
}
