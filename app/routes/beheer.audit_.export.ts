/** Export van het auditlog met de filters van /beheer/audit (?van=&tot=&actor=&actie=&…&formaat=csv|xlsx). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { exporteerAudit } from "~/features/audit/pagina.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "audit");
  return exporteerAudit(user, context, new URL(request.url));
}
