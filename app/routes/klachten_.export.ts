/**
 * Download of the filtered complaints list (same filters as /klachten), at most 50,000 rows, WITHOUT the
 * complainant's name or contact details (data minimisation: they are in the dossier) and without complaint text.
 * Same record-level access as the list; audited.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { origin } from "~/platform/audit/audit.server";
import { exportAntwoord, leesFormaat } from "~/platform/export/export.server";
import { begrens, EXPORT_LIMIET } from "~/platform/export/tabel";
import { klachtenVoorExport } from "~/features/klachten/klachten.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { klachtenTabel } from "~/features/statistiek/export-tabellen.server";
import { leesKlachtFilter } from "~/features/statistiek/klachtfilter";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw new Response("Kies formaat=csv of formaat=xlsx.", { status: 400 });
  const { filter } = leesKlachtFilter(url.searchParams);
  const rijen = klachtenVoorExport(user, { ...filter, pagina: undefined }, EXPORT_LIMIET + 1, origin(context));
  const { tabel } = begrens(klachtenTabel(rijen));
  return exportAntwoord(formaat, "klachten", [tabel]);
}
