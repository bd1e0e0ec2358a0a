/** Download of one attachment of a klacht, with the dossier's access check, always as an attachment. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { eisKlachtToegang } from "~/features/klachten/toegang.server";
import { bijlageDownload } from "~/features/klachten/bijlagen-pagina.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  eisKlachtToegang(user, context, id, "klacht.bijlage.download");
  const bestand = bijlageDownload(id, params.bijlageId ?? "", user, origin(context));
  if (!bestand) throw new Response("Niet gevonden", { status: 404 });
  return bestand;
}
