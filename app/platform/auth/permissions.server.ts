/**
 * The one permission helper. Every loader and action starts with requireUser(request, context, permissie).
 * Anonymous visitors are redirected to the login page; users without the permission get a 403 (rendered by
 * the error boundary in Dutch, without data) and the refusal is audited.
 */
import { redirect } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import type { Rol } from "../../../db/schema";
import { sessionFromRequest, type HalveSessie, type SessieGebruiker, type SessieStaat } from "./sessies.server";
import { audit, origin } from "../audit/audit.server";

export type Permissie =
  | "werk" // Mijn werk, klantbeeld, registering promises/complaints/feedback: all staff
  | "klantbeeld" // finding a citizen's klantbeeld: all staff and the privacy officer (record-level rule in klantbeeld.server.ts)
  | "inbox" // one's own in-app messages (warnings, escalations): every role
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
  inbox: ["medewerker", "teamleider", "regieteam", "beheerder", "archief", "privacy"],
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

/** Where a half session must go first: the code page, or setting up MFA (the only pages it may reach). */
export function tweedeStapPad(half: Pick<HalveSessie, "fase">, terug?: string | null): string {
  const basis = half.fase === "code" ? "/inloggen/code" : "/inloggen/tweestaps";
  return terug && terug !== "/" ? `${basis}?terug=${encodeURIComponent(terug)}` : basis;
}

async function vereis(
  request: Request,
  context: AppLoadContext | undefined,
  permissie: Permissie,
): Promise<{ user: AppUser; sessie: SessieStaat | null }> {
  const { user, setCookie, half, sessie } = await sessionFromRequest(request, context);
  if (!user) {
    if (half) {
      const url = new URL(request.url);
      throw redirect(tweedeStapPad(half, url.pathname + url.search), setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
    }
    throw loginRedirect(request, setCookie);
  }
  if (!heeft(user, permissie)) {
    weiger(user, context, `toegang:${permissie}`, new URL(request.url).pathname);
  }
  return { user, sessie: sessie ?? null };
}

/**
 * Authenticates and authorises. Throws a redirect (anonymous, or a session whose second factor is still due)
 * or a 403 Response (no permission); `check` can add a record-level test (e.g. "is this my team's commitment").
 */
export async function requireUser(
  request: Request,
  context: AppLoadContext | undefined,
  permissie: Permissie,
): Promise<AppUser> {
  return (await vereis(request, context, permissie)).user;
}

/** How recent the second factor must be for a step-up action (an export of personal data). */
export const STAP_OMHOOG_MINUTEN = 10;

/**
 * requireUser for exports of personal data: a session signed in with a password needs a second factor given in
 * the last STAP_OMHOOG_MINUTEN minutes; without MFA set up the user sets it up first. Sessions from another
 * sign-in path (SSO: the provider's MFA) are not asked again here.
 */
export async function requireStapOmhoog(
  request: Request,
  context: AppLoadContext | undefined,
  permissie: Permissie,
): Promise<AppUser> {
  const { user, sessie } = await vereis(request, context, permissie);
  if (sessie?.methode === "wachtwoord") {
    const url = new URL(request.url);
    const terug = encodeURIComponent(url.pathname + url.search);
    if (!sessie.ingesteld) throw redirect(`/inloggen/tweestaps?reden=export&terug=${terug}`);
    if (!sessie.tweedeFactorOp || Date.now() - sessie.tweedeFactorOp > STAP_OMHOOG_MINUTEN * 60_000) {
      throw redirect(`/inloggen/bevestigen?terug=${terug}`);
    }
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
