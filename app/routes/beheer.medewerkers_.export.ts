/** Export van de medewerkerslijst met de filters van /beheer/medewerkers (?zoek=&team=&rol=&actief=&formaat=…). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { exporteerMedewerkers } from "~/features/organisatie/export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "beheer");
  return exporteerMedewerkers(user, context, new URL(request.url));
}
