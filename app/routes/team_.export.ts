/** Export van de teamlijst (?team=&eigenaar=&soort=&status=&formaat=csv|xlsx): dezelfde filters als /team. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { exporteerTeamlijst } from "~/features/werklijsten/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "team");
  return exporteerTeamlijst(user, context, new URL(request.url));
}
