/** Download of the leerlogboek (same filters as the list): ?formaat=csv|xlsx. No names: the log is blameless. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { exporteerLijst, geenFormaat } from "~/platform/export/lijst.server";
import { lessenExport } from "~/features/leerlogboek/lijst.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) return geenFormaat();
  const { tabel, filter } = lessenExport(url.searchParams);
  return exporteerLijst({ user, context, lijst: "leerlogboek", formaat, bestandsnaam: "leerlogboek", tabellen: [tabel], filter, objectType: "leerlogboek" });
}
