/**
 * One letter of a klacht dossier as sent, for the routes: the printable page and the download as .txt or
 * .html (always as an attachment). Both are audited; the access check is the route's (`eisKlachtToegang`).
 */
import type { AppUser } from "../../platform/auth/permissions.server";
import { audit } from "../../platform/audit/audit.server";
import { brief } from "./klachten.server";
import { briefHtml } from "./brieven.server";

/** The letter for the page; `null` when the dossier has no such letter. */
export function briefInzage(klachtId: string, briefId: number, user: AppUser, oorsprong: string | null) {
  const b = brief(klachtId, briefId);
  if (!b) return null;
  audit({ actor: user, actie: "klacht.brief.ingezien", objectType: "klacht", objectId: klachtId, resultaat: "ok", oorsprong, details: { brief: b.id } });
  return { b: { id: b.id, onderwerp: b.onderwerp, tekst: b.tekst, aan: b.aan, op: b.op, door: b.door_naam }, klachtId };
}

/** The letter as a file: `formaat` "html" or else text; `null` when the dossier has no such letter. */
export function briefDownload(klachtId: string, briefId: number, formaat: string | null, user: AppUser, oorsprong: string | null): Response | null {
  const b = brief(klachtId, briefId);
  if (!b) return null;
  const html = formaat === "html";
  audit({ actor: user, actie: "klacht.brief.gedownload", objectType: "klacht", objectId: klachtId, resultaat: "ok", oorsprong, details: { brief: b.id, html } });
  const bestand = `${b.soort}-${b.id}.${html ? "html" : "txt"}`;
  return new Response(html ? briefHtml(b.onderwerp, b.tekst) : `${b.onderwerp}\n\n${b.tekst}\n`, {
    headers: {
      "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bestand}"`,
      "Cache-Control": "no-store",
    },
  });
}
