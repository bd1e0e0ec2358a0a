/** Type-ahead source for choosing a colleague or a team (owner of a callback, receiver of a handover). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { zoekCollegasEnTeams } from "~/features/terugbellen/terugbel.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return data({ resultaten: zoekCollegasEnTeams(q, 12) }, { headers: { "Cache-Control": "no-store" } });
}
