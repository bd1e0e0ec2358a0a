/**
 * The due moment a norm gives when a commitment starts now, in plain Dutch, for the live preview on the
 * "Nieuwe terugbelafspraak" form (progressive enhancement: without JS the page shows the server-computed text).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { termijnVoorbeeld } from "~/features/terugbellen/pagina.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  const v = termijnVoorbeeld(new URL(request.url).searchParams.get("norm") ?? "");
  if (!v) return data({ tekst: null, norm: null }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return data(v, { headers: { "Cache-Control": "no-store" } });
}
