/** Download of the satisfaction tables (and the answers behind the current drill-down): ?<filter>&formaat=csv|xlsx. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat } from "~/platform/export/lijst.server";
import { heeftDrilldown, ktoAntwoorden, ktoOverzicht, ktoTabellen, leesKtoFilter } from "~/features/statistiek/kto.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) return geenFormaat();
  const { filter } = leesKtoFilter(url);
  const o = ktoOverzicht(filter);
  const antwoorden = heeftDrilldown(filter) ? ktoAntwoorden(filter, EXPORT_LIMIET + 1) : null;
  return exporteerLijst({
    user,
    context,
    lijst: "tevredenheid",
    formaat,
    bestandsnaam: `tevredenheid-${filter.van}-${filter.tot}`,
    tabellen: ktoTabellen(o, antwoorden, EXPORT_LIMIET),
    filter: { ...filter },
  });
}
