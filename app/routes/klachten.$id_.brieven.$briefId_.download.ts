/** Download of a letter as sent: ?formaat=txt (default) or html, as an attachment (Content-Disposition). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { eisKlachtToegang } from "~/features/klachten/toegang.server";
import { briefDownload } from "~/features/klachten/brief-pagina.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  eisKlachtToegang(user, context, id, "klacht.brief");
  const bestand = briefDownload(id, Number(params.briefId), new URL(request.url).searchParams.get("formaat"), user, origin(context));
  if (!bestand) throw new Response("Niet gevonden", { status: 404 });
  return bestand;
}
