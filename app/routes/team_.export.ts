/** Export van de teamlijst (?team=&eigenaar=&soort=&status=&formaat=csv|xlsx): dezelfde filters als /team. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat, werkTabel } from "~/features/werklijsten/export.server";
import { teamAfspraken } from "~/features/werklijsten/werklijsten.server";
import { teamLijstKeuze } from "./team._index";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  const keuze = teamLijstKeuze(url, user.id);
  if (!keuze) throw new Response("U leidt geen team.", { status: 404 });
  const { team, f, eigenaar } = keuze;
  const items = teamAfspraken(team.id, { soort: f.soort, status: f.status, eigenaar }, null, EXPORT_LIMIET + 1).items;
  return exporteerLijst({
    user,
    context,
    lijst: "team",
    formaat,
    bestandsnaam: `team-${team.naam}`,
    filter: { team: team.id, soort: f.soort, status: f.status, eigenaar },
    tabellen: [werkTabel("Teamlijst", `Open afspraken van ${team.naam}`, items)],
    burgerIds: items.map((i) => i.burgerId),
  });
}
