/**
 * Download of the filtered complaints list (same filters as /klachten), at most 50,000 rows, WITHOUT the
 * complainant's name or contact details (data minimisation: they are in the dossier) and without complaint text.
 * Same record-level access as the list; audited.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormaat } from "~/platform/export/export.server";
import { geenFormaat } from "~/platform/export/lijst.server";
import { klachtenExport } from "~/features/klachten/lijst.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { vertaal } from "~/platform/i18n/vertaal";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "werk");
  const url = new URL(request.url);
  const taal = taalVan(request);
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat(vertaal(taal, "statistiek:fout.formaat"));
  return klachtenExport(user, url, formaat, origin(context), taal);
}
