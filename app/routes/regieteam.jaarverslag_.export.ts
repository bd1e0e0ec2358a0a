/** Download van het jaarverslag klachten: ?jaar=2025&formaat=csv|xlsx — één tabel (blad) per onderdeel. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import { exportAntwoord, leesFormaat } from "~/platform/export/export.server";
import { jaarverslagTabellen, leesJaar } from "~/features/statistiek/jaarverslag.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw new Response("Kies formaat=csv of formaat=xlsx.", { status: 400 });
  const { jaar, fout } = leesJaar(url);
  if (fout) throw new Response(fout, { status: 400 });
  const tabellen = jaarverslagTabellen(jaar);
  audit({
    actor: user,
    actie: "export.jaarverslag",
    objectType: "jaarverslag",
    objectId: jaar,
    resultaat: "ok",
    oorsprong: origin(context),
    details: { jaar, formaat, tabellen: tabellen.length, rijen: tabellen.reduce((n, t) => n + t.rijen.length, 0) },
  });
  return exportAntwoord(formaat, `jaarverslag-klachten-${jaar}`, tabellen);
}
