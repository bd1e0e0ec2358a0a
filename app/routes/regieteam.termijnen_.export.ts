/** Download of the deadlines behind a compliance number (same filters as /regieteam/termijnen), at most 50,000 rows. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { termijnenDownload } from "~/features/statistiek/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "regieteam");
  return termijnenDownload(new URL(request.url), user, origin(context), taalVan(request));
}
