/** Export van de escalaties van de teams die ik leid (?formaat=csv|xlsx). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, escalatieTabel, exporteerLijst, geenFormaat } from "~/features/werklijsten/export.server";
import { escalaties, geleideTeams } from "~/features/werklijsten/werklijsten.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const formaat = leesFormaat(new URL(request.url));
  if (!formaat) throw geenFormaat();
  const teams = geleideTeams(user.id);
  const lijst = escalaties(user.id, teams.map((t) => t.id), EXPORT_LIMIET + 1);
  return exporteerLijst({
    user,
    context,
    lijst: "team_escalaties",
    formaat,
    bestandsnaam: "escalaties",
    filter: { teams: teams.map((t) => t.id) },
    tabellen: [escalatieTabel("Escalaties", `Escalaties van ${teams.map((t) => t.naam).join(", ") || "mijn teams"}`, lijst)],
  });
}
