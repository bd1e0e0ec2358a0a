/** Download of the satisfaction tables (and the answers behind the current drill-down): ?<filter>&formaat=csv|xlsx. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst } from "~/platform/export/lijst.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { vertaal } from "~/platform/i18n/vertaal";
import { heeftDrilldown, ktoAntwoorden, ktoOverzicht, ktoTabellen, leesKtoFilter } from "~/features/statistiek/kto.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const taal = taalVan(request);
  const formaat = leesFormaat(url);
  if (!formaat) return new Response(vertaal(taal, "statistiek:fout.formaat"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { filter } = leesKtoFilter(url);
  const o = ktoOverzicht(filter);
  const antwoorden = heeftDrilldown(filter) ? ktoAntwoorden(filter, EXPORT_LIMIET + 1) : null;
  return exporteerLijst({
    user,
    context,
    lijst: "tevredenheid",
    formaat,
    bestandsnaam: `tevredenheid-${filter.van}-${filter.tot}`,
    tabellen: ktoTabellen(o, antwoorden, EXPORT_LIMIET, taal),
    filter: { ...filter },
    taal,
  });
}
