/**
 * The citizen's private status page. Unknown and expired tokens give the same 404; never cached, indexed or sent
 * on as a Referer; every view is audited with the token's hash (status.server.ts).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { leesInvoer } from "~/platform/web/formulier.server";
import { statusPagina, statusActie, STATUS_MAX_BYTES } from "~/features/inwoner/status.server";
import { afzenderVan, inwonerTaal, STATUS_HEADERS } from "~/features/inwoner/web.server";
import { foutenInTaal, inTaal } from "~/features/inwoner/engels";
import { StatusNietGevonden, StatusPagina } from "~/features/inwoner/components/status";

export const meta: MetaFunction = () => [
  { title: "Uw persoonlijke pagina – Gemeente Voorbeeld" },
  { name: "robots", content: "noindex, nofollow" },
  // the host sends Referrer-Policy: same-origin for every page; this page's own policy is stricter (last one wins)
  { name: "referrer", content: "no-referrer" },
];
export const headers = () => STATUS_HEADERS;

function nietGevonden(): never {
  throw data("Niet gevonden", { status: 404, headers: STATUS_HEADERS });
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const p = statusPagina(params.token ?? "", afzenderVan(context).oorsprong);
  if (!p) nietGevonden();
  return data({ p, nieuw: new URL(request.url).searchParams.has("ontvangen") }, { headers: STATUS_HEADERS });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const invoer = await leesInvoer(request, { maxBytes: STATUS_MAX_BYTES });
  const { ip, oorsprong } = afzenderVan(context);
  const r = statusActie(params.token ?? "", invoer.intent ?? "", invoer, ip, oorsprong);
  if (!r) nietGevonden();
  const taal = inwonerTaal(request);
  if (r.ok) return data({ intent: invoer.intent, ok: true, melding: inTaal(r.melding, taal) }, { headers: STATUS_HEADERS });
  const headers: Record<string, string> = { ...STATUS_HEADERS };
  if (r.weigering?.soort === "limiet") headers["Retry-After"] = String(r.weigering.opnieuwOverSeconden);
  const weigering = r.weigering ? { soort: r.weigering.soort, melding: inTaal(r.weigering.melding, taal) } : null;
  return data({ intent: invoer.intent, ok: false, melding: inTaal(r.melding, taal), fouten: foutenInTaal(r.fouten, taal), waarden: r.waarden, weigering }, { status: r.status, headers });
}

export default function InwonerStatus() {
  const { p, nieuw } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  return <StatusPagina p={p} nieuw={nieuw && !actie} actie={actie} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <StatusNietGevonden />;
  throw error;
}
