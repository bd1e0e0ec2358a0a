/** Export van Mijn werk (?soort=&status=&formaat=csv|xlsx): mijn open afspraken en het onverdeelde teamwerk. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat, werkTabel } from "~/features/werklijsten/export.server";
import { mijnAfspraken, teamVanMedewerker, voorMijnTeam } from "~/features/werklijsten/werklijsten.server";
import { leesFilters } from "./mijn-werk";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  const f = leesFilters(url);
  const mijn = mijnAfspraken(user.id, { soort: f.soort, status: f.status }, null, EXPORT_LIMIET + 1).items;
  const team = voorMijnTeam(teamVanMedewerker(user.id), {}, null, EXPORT_LIMIET + 1).items;
  return exporteerLijst({
    user,
    context,
    lijst: "mijn_werk",
    formaat,
    bestandsnaam: "mijn-werk",
    filter: { soort: f.soort, status: f.status },
    tabellen: [werkTabel("Mijn afspraken", "Mijn afspraken", mijn), werkTabel("Voor mijn team", "Voor mijn team (nog niet opgepakt)", team)],
    burgerIds: [...mijn, ...team].map((i) => i.burgerId),
  });
}
