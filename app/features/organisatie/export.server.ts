/** The export of the medewerker list (/beheer/medewerkers/export): the page's filter and query, page by page. */
import type { AppLoadContext } from "@remix-run/node";
import type { AppUser } from "../../platform/auth/permissions.server";
import { leesFormaat } from "../../platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat } from "../../platform/export/lijst.server";
import { leesMedewerkerFilter } from "./medewerkers-pagina.server";
import { zoekMedewerkers, type MedewerkerRij } from "./organisatie.server";

const ROL_TEKST: Record<string, string> = { medewerker: "Medewerker", teamleider: "Teamleider", regieteam: "Regieteam", beheerder: "Beheerder", archief: "Archief (informatiebeheer)" };

/** CSV or XLSX (?formaat=) of the medewerkers the list shows with the same filter; 400 without a format. */
export async function exporteerMedewerkers(user: AppUser, context: AppLoadContext | undefined, url: URL): Promise<Response> {
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  const filter = leesMedewerkerFilter(url).zoekFilter;
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
