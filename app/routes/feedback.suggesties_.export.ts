/** Export van de suggestielijst van het regieteam (?formaat=csv|xlsx): dezelfde lijst als /feedback/suggesties. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStapOmhoog } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormaat } from "~/platform/export/export.server";
import { exporteerLijst, geenFormaat } from "~/platform/export/lijst.server";
import { suggesties } from "~/features/feedback/feedback.server";
import { suggestiesTabel } from "~/features/feedback/pagina.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStapOmhoog(request, context, "regieteam");
  const formaat = leesFormaat(new URL(request.url));
  if (!formaat) throw geenFormaat();
  // suggesties() audits the read of the inwoners' contact details itself (suggesties.gelezen).
  const lijst = suggesties({ id: user.id, naam: user.naam }, origin(context));
  return exporteerLijst({ user, context, lijst: "suggesties", objectType: "feedback", formaat, bestandsnaam: "suggesties", filter: {}, tabellen: [suggestiesTabel(lijst)] });
}
