/** Download of the charter-compliance tables: ?<filter>&formaat=csv|xlsx — per norm and per team. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { now } from "~/platform/clock";
import { audit, origin } from "~/platform/audit/audit.server";
import { exportAntwoord, leesFormaat } from "~/platform/export/export.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { controleerOrganisatie } from "~/features/statistiek/basis.server";
import { nakomingTabellen } from "~/features/statistiek/export-tabellen.server";
import { leesStatFilter, maandParam } from "~/features/statistiek/filter";
import { nakoming } from "~/features/statistiek/nakoming.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw new Response("Kies formaat=csv of formaat=xlsx.", { status: 400 });
  const gelezen = leesStatFilter(url.searchParams, now());
  const { filter } = controleerOrganisatie(gelezen.filter, gelezen.fouten);
  const tabellen = nakomingTabellen(nakoming(filter));
  audit({ actor: user, actie: "export.dashboard", objectType: "dashboard", objectId: "nakoming", resultaat: "ok", oorsprong: origin(context), details: { filter, formaat } });
  return exportAntwoord(formaat, `nakoming-handvest-${maandParam(filter.van)}-${maandParam(filter.tot)}`, tabellen);
}
