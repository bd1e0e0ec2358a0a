/** "Send me my link again": the same answer whether the address is known or not; rate limited. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";
import { leesInvoer } from "~/platform/web/formulier.server";
import { maakStempel, weigeringHeaders } from "~/features/inwoner/beveiliging.server";
import { stuurLinkOpnieuw } from "~/features/inwoner/status.server";
import { FORMULIER_MAX_BYTES } from "~/features/inwoner/intake.server";
import { afzenderVan, FORMULIER_HEADERS, samengevoegdeHeaders } from "~/features/inwoner/web.server";
import { InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";
import { LinkFormulier } from "~/features/inwoner/components/formulieren";

export const meta: MetaFunction = () => [{ title: "Uw link opnieuw – Gemeente Voorbeeld" }, { name: "robots", content: "noindex" }];
export const headers = samengevoegdeHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const verstuurd = new URL(request.url).searchParams.has("verstuurd");
  return data({ stempel: maakStempel(), verstuurd }, { headers: FORMULIER_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { ip, oorsprong } = afzenderVan(context);
  const r = stuurLinkOpnieuw(await leesInvoer(request, { maxBytes: FORMULIER_MAX_BYTES }), ip, oorsprong);
  if (r.ok) return redirect("/inwoner/link?verstuurd=1");
  const weigering = r.weigering ? { soort: r.weigering.soort, melding: r.weigering.melding } : null;
  return data({ fouten: r.fouten, waarden: r.waarden, weigering, stempel: r.stempel }, { status: r.status, headers: r.weigering ? weigeringHeaders(r.weigering) : FORMULIER_HEADERS });
}

export default function InwonerLink() {
  const { stempel, verstuurd } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const { t } = useTranslation("inwoner");
  return (
    <InwonerPagina titel={t("link.titel")} intro={t("link.intro")}>
      {verstuurd && !ad ? (
        <Melding soort="ok" titel={t("link.klaar")}>
          <p className="utrecht-paragraph">{t("link.verstuurd")}</p>
        </Melding>
      ) : null}
      <LinkFormulier stempel={ad?.stempel ?? stempel} fouten={ad?.fouten} waarden={ad?.waarden} weigering={ad?.weigering} />
      <TerugLink />
    </InwonerPagina>
  );
}
