import { getDatabase } from "../../../db/client";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { now } from "../../../app/platform/clock";

export const CONTEXT = { nonce: "", requestId: "t", clientIp: "127.0.0.1" };

export function idVan(email: string): string {
  const r = getDatabase().sqlite.prepare("SELECT id FROM medewerkers WHERE email = ?").get(email) as { id: string } | undefined;
  if (!r) throw new Error(`onbekende demo-gebruiker ${email}`);
  return r.id;
}

export async function cookieVoor(email: string): Promise<string> {
  return (await startSession(idVan(email))).split(";")[0]!;
}

export function get(pad: string, cookie: string): Request {
  return new Request(`http://localhost${pad}`, { headers: { Cookie: cookie } });
}

export function post(pad: string, cookie: string, velden: Record<string, string>): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
    body: new URLSearchParams(velden).toString(),
  });
}

export type Uitkomst = { soort: "data"; status: number; data: unknown } | { soort: "response"; status: number; location: string | null };

function isDataMetInit(v: unknown): v is { type: string; data: unknown; init: { status?: number } | null } {
  return !!v && typeof v === "object" && (v as { type?: unknown }).type === "DataWithResponseInit";
}

/** Calls a loader or action the way Remix does, returning data or the (thrown) Response. */
export async function roep(fn: (args: never) => unknown, request: Request, params: Record<string, string> = {}): Promise<Uitkomst> {
  try {
    const v = await (fn as (a: unknown) => unknown)({ request, params, context: CONTEXT });
    if (v instanceof Response) return { soort: "response", status: v.status, location: v.headers.get("Location") };
    if (isDataMetInit(v)) return { soort: "data", status: v.init?.status ?? 200, data: v.data };
    return { soort: "data", status: 200, data: v };
  } catch (e) {
    if (e instanceof Response) return { soort: "response", status: e.status, location: e.headers.get("Location") };
    if (isDataMetInit(e)) return { soort: "data", status: e.init?.status ?? 200, data: e.data };
    throw e;
  }
}

/** A charter norm for the milestone 'coachingsafspraak' (not seeded): no escalation, 4 weeks. */
/** The demo seed has an active COACHINGSAFSPRAAK norm; this switches every coaching norm off (or on again). */
export function zetCoachingNormen(actief: boolean): void {
  getDatabase().sqlite.prepare("UPDATE norm_versies SET actief = ? WHERE mijlpaal = 'coachingsafspraak'").run(actief ? 1 : 0);
}

export function maakCoachingNorm(): void {
  const { sqlite } = getDatabase();
  const bestaat = sqlite.prepare("SELECT 1 FROM norm_versies WHERE mijlpaal = 'coachingsafspraak'").get();
  if (bestaat) {
    zetCoachingNormen(true);
    return;
  }
  const normId = Number(sqlite.prepare("INSERT INTO normen (code) VALUES ('COACHING-TEST')").run().lastInsertRowid);
  sqlite
    .prepare(
      `INSERT INTO norm_versies (norm_id, versie, geldig_vanaf, titel, mijlpaal, duur, eenheid, kalender, waarschuwing_pct,
         escalatie_teamleider, escalatie_regieteam_na_werkdagen, pauzeerbaar, belofte, actief, gemaakt_op)
       VALUES (?, 1, 0, 'Coachingsafspraak', 'coachingsafspraak', 4, 'weken', 'organisatie', 80, 0, NULL, 0, 'Intern', 1, ?)`,
    )
    .run(normId, now());
}

export function auditRegels(actie: string, objectId?: string): { actor_id: string | null; resultaat: string; details: string | null }[] {
  const { sqlite } = getDatabase();
  return (
    objectId === undefined
      ? sqlite.prepare("SELECT actor_id, resultaat, details FROM audit_log WHERE actie = ? ORDER BY id").all(actie)
      : sqlite.prepare("SELECT actor_id, resultaat, details FROM audit_log WHERE actie = ? AND object_id = ? ORDER BY id").all(actie, objectId)
  ) as { actor_id: string | null; resultaat: string; details: string | null }[];
}
