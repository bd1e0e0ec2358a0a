/** Export van de medewerkerslijst met de filters van /beheer/medewerkers (?zoek=&team=&rol=&actief=&formaat=…). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat } from "~/features/werklijsten/export.server";
import { zoekMedewerkers, type MedewerkerRij } from "~/features/organisatie/organisatie.server";
import { leesMedewerkerFilter } from "./beheer.medewerkers._index";

const ROL_TEKST: Record<string, string> = { medewerker: "Medewerker", teamleider: "Teamleider", regieteam: "Regieteam", beheerder: "Beheerder" };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  const f = leesMedewerkerFilter(url);
  const filter = { zoek: f.zoek, teamId: f.team ?? null, rol: f.rol ?? null, actief: f.actief };
  // The page's own query, page by page.
  const rijen: MedewerkerRij[] = [];
  for (let pagina = 1; ; pagina++) {
    const r = zoekMedewerkers({ ...filter, pagina });
    rijen.push(...r.rijen);
    if (pagina >= r.paginas || rijen.length > EXPORT_LIMIET) break;
  }
  return exporteerLijst({
    user,
    context,
    lijst: "medewerkers",
    objectType: "medewerker",
    formaat,
    bestandsnaam: "medewerkers",
    filter,
    tabellen: [
      {
        naam: "Medewerkers",
        titel: "Medewerkers",
        kolommen: [
          { sleutel: "naam", kop: "Naam" },
          { sleutel: "email", kop: "E-mailadres" },
          { sleutel: "team", kop: "Team" },
          { sleutel: "rollen", kop: "Rollen" },
          { sleutel: "status", kop: "Status" },
        ],
        rijen: rijen.map((m) => ({
          naam: m.naam,
          email: m.email,
          team: m.teamNaam,
          rollen: m.rollen.map((r) => ROL_TEKST[r] ?? r).join(", "),
          status: m.actief ? "Actief" : "Inactief",
        })),
      },
    ],
  });
}
