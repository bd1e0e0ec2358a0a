/** Download of the verbeteracties this user may see (same filters as the list): ?formaat=csv|xlsx. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { exporteerLijst, geenFormaat } from "~/platform/export/lijst.server";
import { actiesExport } from "~/features/verbeteracties/lijst.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) return geenFormaat();
  const { tabel, filter } = actiesExport(user, url.searchParams);
  return exporteerLijst({ user, context, lijst: "verbeteracties", formaat, bestandsnaam: "verbeteracties", tabellen: [tabel], filter, objectType: "verbeteractie" });
}
