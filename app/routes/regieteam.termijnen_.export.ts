/** Download of the deadlines behind a compliance number (same filters as /regieteam/termijnen), at most 50,000 rows. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { now } from "~/platform/clock";
import { audit, origin } from "~/platform/audit/audit.server";
import { exportAntwoord, leesFormaat } from "~/platform/export/export.server";
import { begrens, EXPORT_LIMIET } from "~/platform/export/tabel";
import { requireUser } from "~/platform/auth/permissions.server";
import { termijnenTabel } from "~/features/statistiek/export-tabellen.server";
import { leesTermijnFilter } from "~/features/statistiek/filter";
import { termijnFilterTekst, termijnenLijst } from "~/features/statistiek/nakoming.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw new Response("Kies formaat=csv of formaat=xlsx.", { status: 400 });
  const { filter } = leesTermijnFilter(url.searchParams);
  const { rijen } = termijnenLijst(filter, 1, now(), EXPORT_LIMIET + 1);
  const beschrijving = termijnFilterTekst(filter);
  const { tabel, aantal } = begrens(termijnenTabel(rijen, `Termijnen${beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}`));
  audit({ actor: user, actie: "export.termijnen", objectType: "termijn", objectId: null, resultaat: "ok", oorsprong: origin(context), details: { filter, formaat, aantal } });
  return exportAntwoord(formaat, "termijnen", [tabel]);
}
