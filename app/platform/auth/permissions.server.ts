/**
 * The one permission helper. Every loader and action starts with requireUser(request, context, permissie).
 * Anonymous visitors are redirected to the login page; users without the permission get a 403 (rendered by
 * the error boundary in Dutch, without data) and the refusal is audited.
 */
import { redirect } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import type { Rol } from "../../../db/schema";
import { sessionFromRequest, type SessieGebruiker } from "./sessies.server";
import { audit, origin } from "../audit/audit.server";

export type Permissie =
  | "werk" // Mijn werk, klantbeeld, registering promises/complaints/feedback: all staff
  | "klantbeeld" // finding a citizen's klantbeeld: all staff and the privacy officer (record-level rule in klantbeeld.server.ts)
  | "team" // team worklists, reassign, escalations: teamleiders
  | "klachten" // complaints list and dossiers: regieteam (handlers get access per dossier)
  | "regieteam" // learning log, dashboards, annual report
  | "beheer" // organisation, charter, calendars, templates
  | "audit" // audit log: beheerders
  | "archief" // vernietigingslijsten: review, hold back, approve destruction (records manager)
  | "privacy"; // privacy requests (AVG art. 15, 16, 18): the privacy officer (FG)

export const PERMISSIES: Record<Permissie, readonly Rol[]> = {
  werk: ["medewerker", "teamleider", "regieteam", "beheerder"],
  klantbeeld: ["medewerker", "teamleider", "regieteam", "beheerder", "privacy"],
  team: ["teamleider"],
  klachten: ["regieteam", "teamleider"],
  regieteam: ["regieteam"],
  beheer: ["beheerder"],
  audit: ["beheerder"],
  archief: ["archief"],
  privacy: ["privacy"],
};

export type AppUser = SessieGebruiker;

export function heeft(user: Pick<AppUser, "rollen"> | null | undefined, permissie: Permissie): boolean {
  if (!user) return false;
  return user.rollen.some((r) => PERMISSIES[permissie].includes(r));
}

export function permissiesVan(user: Pick<AppUser, "rollen">): Permissie[] {
  return (Object.keys(PERMISSIES) as Permissie[]).filter((p) => heeft(user, p));
}

/** Returns the logged-in user or null, without refusing. For the shell and the login page only. */
export async function optionalUser(request: Request): Promise<AppUser | null> {
  return (await sessionFromRequest(request)).user;
}

function loginRedirect(request: Request, setCookie: string | null): Response {
  const url = new URL(request.url);
  const terug = url.pathname + url.search;
  const headers = new Headers();
  if (setCookie) headers.append("Set-Cookie", setCookie);
  const target = terug && terug !== "/" ? `/inloggen?terug=${encodeURIComponent(terug)}` : "/inloggen";
  return redirect(target, { headers });
}

/**
 * Authenticates and authorises. Throws a redirect (anonymous) or a 403 Response (no permission);
 * `check` can add a record-level test (e.g. "is this my team's commitment").
 */
export async function requireUser(
  request: Request,
  context: AppLoadContext | undefined,
  permissie: Permissie,
): Promise<AppUser> {
  const { user, setCookie } = await sessionFromRequest(request);
  if (!user) throw loginRedirect(request, setCookie);
  if (!heeft(user, permissie)) {
    weiger(user, context, `toegang:${permissie}`, new URL(request.url).pathname);
  }
  return user;
}

/** Refuses with a 403 and writes the refusal to the audit log. */
export function weiger(
  user: AppUser | null,
  context: AppLoadContext | undefined,
  actie: string,
  object: string,
  melding = "U heeft geen toegang tot deze pagina.",
): never {
  audit({
    actor: user ? { id: user.id, naam: user.naam } : null,
    actie,
    objectType: "route",
    objectId: object,
    resultaat: "geweigerd",
    oorsprong: origin(context),
  });
  throw new Response(melding, { status: 403, statusText: "Geen toegang" });
}
