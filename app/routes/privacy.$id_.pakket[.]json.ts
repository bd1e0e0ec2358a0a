/** The inzage package as machine-readable JSON (a download); producing it is recorded and audited. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { pakketJson } from "~/features/privacy/pagina.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  return pakketJson(user, params.id ?? "", origin(context));
}
