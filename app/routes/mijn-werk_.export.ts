/** Export van Mijn werk (?soort=&status=&formaat=csv|xlsx): mijn open afspraken en het onverdeelde teamwerk. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { exporteerMijnWerk } from "~/features/werklijsten/downloads.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "werk");
  return exporteerMijnWerk(user, context, new URL(request.url));
}
