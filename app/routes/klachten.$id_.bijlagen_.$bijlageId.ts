/** Download of one attachment of a klacht, with the dossier's access check, always as an attachment. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import { toegangVoorId } from "~/features/klachten/klachten.server";
import { leesBijlage } from "~/features/klachten/bijlagen.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const toegang = toegangVoorId(user, id);
  if (toegang === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (!toegang) weiger(user, context, "klacht.bijlage.download", id, "U heeft geen toegang tot dit klachtdossier.");
  const b = leesBijlage(id, params.bijlageId ?? "");
  if (!b) throw new Response("Niet gevonden", { status: 404 });
  audit({ actor: user, actie: "klacht.bijlage.gedownload", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong: origin(context), details: { bijlage: b.id } });
  const ascii = b.naam.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(b.bytes), {
    headers: {
      "Content-Type": b.mime,
      "Content-Length": String(b.bytes.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(b.naam)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
