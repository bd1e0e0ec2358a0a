/** Download of a letter as sent: ?formaat=txt (default) or html, as an attachment (Content-Disposition). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import { brief, toegangVoorId } from "~/features/klachten/klachten.server";
import { briefHtml } from "~/features/klachten/brieven.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const toegang = toegangVoorId(user, id);
  if (toegang === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (!toegang) weiger(user, context, "klacht.brief", id, "U heeft geen toegang tot dit klachtdossier.");
  const b = brief(id, Number(params.briefId));
  if (!b) throw new Response("Niet gevonden", { status: 404 });
  const html = new URL(request.url).searchParams.get("formaat") === "html";
  audit({ actor: user, actie: "klacht.brief.gedownload", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong: origin(context), details: { brief: b.id, html } });
  const bestand = `${b.soort}-${b.id}.${html ? "html" : "txt"}`;
  return new Response(html ? briefHtml(b.onderwerp, b.tekst) : `${b.onderwerp}\n\n${b.tekst}\n`, {
    headers: {
      "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bestand}"`,
      "Cache-Control": "no-store",
    },
  });
}
