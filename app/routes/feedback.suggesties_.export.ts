/** Export van de suggestielijst van het regieteam (?formaat=csv|xlsx): dezelfde lijst als /feedback/suggesties. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormaat } from "~/platform/export/export.server";
import { exporteerLijst, geenFormaat } from "~/features/werklijsten/export.server";
import { SUGGESTIE_STATUS_TEKST, suggesties } from "~/features/feedback/feedback.server";
import { KANAAL_TEKST } from "~/features/klachten/recht";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const formaat = leesFormaat(new URL(request.url));
  if (!formaat) throw geenFormaat();
  // suggesties() audits the read of the inwoners' contact details itself (suggesties.gelezen).
  const lijst = suggesties({ id: user.id, naam: user.naam }, origin(context));
  return exporteerLijst({
    user,
    context,
    lijst: "suggesties",
    objectType: "feedback",
    formaat,
    bestandsnaam: "suggesties",
    filter: {},
    tabellen: [
      {
        naam: "Suggesties",
        titel: "Suggesties",
        kolommen: [
          { sleutel: "id", kop: "Nummer", soort: "getal" },
          { sleutel: "aangemaaktOp", kop: "Binnengekomen", soort: "datumtijd" },
          { sleutel: "kanaal", kop: "Kanaal" },
          { sleutel: "status", kop: "Status" },
          { sleutel: "tekst", kop: "Suggestie" },
          { sleutel: "vanNaam", kop: "Inwoner" },
          { sleutel: "vanContact", kop: "Contact" },
          { sleutel: "doorNaam", kop: "Doorgegeven door" },
          { sleutel: "triageNotitie", kop: "Notitie" },
        ],
        rijen: lijst.map((s) => ({
          id: s.id,
          aangemaaktOp: s.aangemaaktOp,
          kanaal: KANAAL_TEKST[s.kanaal as keyof typeof KANAAL_TEKST] ?? s.kanaal,
          status: SUGGESTIE_STATUS_TEKST[s.status],
          tekst: s.tekst,
          vanNaam: s.vanNaam,
          vanContact: s.vanContact,
          doorNaam: s.doorNaam,
          triageNotitie: s.triageNotitie,
        })),
      },
    ],
  });
}
