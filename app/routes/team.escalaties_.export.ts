/** Export van de escalaties van de teams die ik leid (?formaat=csv|xlsx). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { exporteerTeamEscalaties } from "~/features/werklijsten/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "team");
  return exporteerTeamEscalaties(user, context, new URL(request.url));
}
