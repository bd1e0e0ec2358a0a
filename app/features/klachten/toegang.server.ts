/**
 * The access check every klacht route starts with (dossier actions, attachments, letters): an unknown klacht
 * is a 404; without access the refusal is audited and answered with a 403 (`weiger`). Reading needs any access
 * (regieteam, handler, teamleider of the department); changing needs the regieteam or the handler.
 */
import type { AppLoadContext } from "@remix-run/node";
import { weiger, type AppUser } from "../../platform/auth/permissions.server";
import { toegangVoorId, type Toegang } from "./klachten.server";

export const GEEN_TOEGANG = "U heeft geen toegang tot dit klachtdossier.";
export const GEEN_WIJZIGING = "U mag dit klachtdossier niet wijzigen.";

/** The user's access to klacht `id`, or a thrown 404/403 Response; `actie` names the refusal in the audit log. */
export function eisKlachtToegang(
  user: AppUser,
  context: AppLoadContext | undefined,
  id: string,
  actie: string,
  nodig: "lezen" | "wijzigen" = "lezen",
): NonNullable<Toegang> {
  const toegang = toegangVoorId(user, id);
  if (toegang === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (nodig === "wijzigen" && toegang !== "beheer" && toegang !== "behandelaar") weiger(user, context, actie, id, GEEN_WIJZIGING);
  if (!toegang) weiger(user, context, actie, id, GEEN_TOEGANG);
  return toegang;
}
