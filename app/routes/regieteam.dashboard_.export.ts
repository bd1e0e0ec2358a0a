/** Download of every table of the complaints dashboard: ?<filter>&formaat=csv|xlsx — one sheet per table. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { dashboardDownload } from "~/features/statistiek/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return dashboardDownload("klachten", new URL(request.url), user, origin(context), taalVan(request));
}
