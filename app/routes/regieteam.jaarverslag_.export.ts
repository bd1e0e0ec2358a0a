/** Download van het jaarverslag klachten: ?jaar=2025&formaat=csv|xlsx — één tabel (blad) per onderdeel. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { origin } from "~/platform/audit/audit.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { jaarverslagDownload } from "~/features/statistiek/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return jaarverslagDownload(new URL(request.url), user, origin(context), taalVan(request));
}
