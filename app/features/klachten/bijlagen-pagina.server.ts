/**
 * The attachments of a klacht dossier for the routes (/klachten/:id/bijlagen and the download of one file):
 * the list (audited), the upload from the multipart form (read by the shared form reader with the attachment
 * limit; a body that is too big is a message at the field) and the download as an attachment (audited).
 * The access check is the route's (`eisKlachtToegang`).
 */
import { vertaal } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import type { AppUser } from "../../platform/auth/permissions.server";
import { audit } from "../../platform/audit/audit.server";
import { leesFormulier } from "../../platform/web/formulier.server";
import { klachtDossier, type Toegang } from "./klachten.server";
import { BIJLAGE_MAX_BYTES, bewaarBijlage, bijlagenVan, leesBijlage } from "./bijlagen.server";

/** The largest upload body: one file of at most 10 MB plus the multipart framing. */
export const BIJLAGE_FORMULIER_MAX_BYTES = BIJLAGE_MAX_BYTES + 64 * 1024;
const TE_GROOT = "klachten:bijlagen.fout.groot";

/** The attachments page; `null` when the dossier cannot be shown (the route answers 404). */
export function bijlagenPagina(id: string, user: AppUser, toegang: NonNullable<Toegang>, zoek: URLSearchParams, oorsprong: string | null) {
  const d = klachtDossier(id, user, oorsprong);
  if (!d || !d.toegang) return null;
  const bijlagen = bijlagenVan(id);
  audit({ actor: user, actie: "klacht.bijlagen.bekeken", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong, details: { aantal: bijlagen.length } });
  return {
    id,
    nummer: d.klacht.nummer,
    magToevoegen: toegang === "beheer" || toegang === "behandelaar",
    bijlagen,
    toegevoegd: zoek.has("toegevoegd"),
  };
}

export type BijlagenPagina = NonNullable<ReturnType<typeof bijlagenPagina>>;

export type BijlageUitkomst = { ok: true; id: string } | { ok: false; status: 400 | 413; fout: string };

/**
 * Reads the upload form of `request` and stores its file `bestand` (type and size checked by `bewaarBijlage`).
 * A body over the limit is refused at the field (413); a body that is no form at all is the reader's 415/400.
 */
export async function voegBijlageToe(
  id: string,
  request: Request,
  actor: { id: string; naam: string },
  oorsprong: string | null,
  taal: Taal = "nl",
): Promise<BijlageUitkomst> {
  const teGroot = vertaal(taal, TE_GROOT);
  let formulier: FormData;
  try {
    formulier = await leesFormulier(request, { maxBytes: BIJLAGE_FORMULIER_MAX_BYTES });
  } catch (e) {
    if (e instanceof Response && e.status === 413) return { ok: false, status: 413, fout: teGroot };
    throw e;
  }
  const bestand = formulier.get("bestand");
  if (!bestand || typeof bestand === "string") return { ok: false, status: 400, fout: vertaal(taal, "klachten:bijlagen.fout.leeg") };
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  if (bytes.length > BIJLAGE_MAX_BYTES) return { ok: false, status: 413, fout: teGroot };
  const r = bewaarBijlage(id, { naam: bestand.name, bytes }, { id: actor.id, naam: actor.naam }, oorsprong, taal);
  return r.ok ? r : { ok: false, status: 400, fout: r.fout };
}

/** One attachment as a download (always as an attachment, never rendered), audited; `null` when unknown. */
export function bijlageDownload(id: string, bijlageId: string, user: AppUser, oorsprong: string | null): Response | null {
  const b = leesBijlage(id, bijlageId);
  if (!b) return null;
  audit({ actor: user, actie: "klacht.bijlage.gedownload", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong, details: { bijlage: b.id } });
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
