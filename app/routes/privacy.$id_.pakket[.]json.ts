/** The inzage package as machine-readable JSON (a download); producing it is recorded and audited. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { pakketJson } from "~/features/privacy/pagina.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "privacy"); // the citizen's whole file: a fresh second factor
  return pakketJson(user, params.id ?? "", origin(context));
}
