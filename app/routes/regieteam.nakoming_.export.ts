/** Download of the charter-compliance tables: ?<filter>&formaat=csv|xlsx — per norm and per team. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { dashboardDownload } from "~/features/statistiek/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return dashboardDownload("nakoming", new URL(request.url), user, origin(context), taalVan(request));
}
