import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { getDatabase } from "../../../db/client";
import { apiDocument } from "../../../app/features/api/contract.server";
import { maakClient } from "../../../app/features/api/clients.server";

export const CONTEXT = { clientIp: "192.0.2.10", requestId: "api-test" };
export const BEHEERDER = { id: null, naam: "Test beheerder" };

export function teamId(naam: string): number {
  const { sqlite } = getDatabase();
  return (sqlite.prepare("SELECT id FROM teams WHERE naam = ?").get(naam) as { id: number }).id;
}

let n = 0;
export function nieuweClient(scopes: string[], limietPerMinuut = 1000): { id: string; token: string; naam: string } {
  const naam = `Testsysteem ${++n} ${Math.random().toString(36).slice(2, 6)}`;
  const r = maakClient({ naam, scopes, limietPerMinuut }, BEHEERDER, null);
  if (!r.ok) throw new Error(r.fout);
  return { id: r.id, token: r.token, naam };
}

export function verzoek(pad: string, opties: { methode?: string; token?: string | null; body?: unknown; type?: string; ruw?: string } = {}): Request {
  const headers: Record<string, string> = {};
  if (opties.token) headers.Authorization = `Bearer ${opties.token}`;
  let body: string | undefined;
  if (opties.ruw !== undefined) body = opties.ruw;
  else if (opties.body !== undefined) body = JSON.stringify(opties.body);
  if (body !== undefined) headers["Content-Type"] = opties.type ?? "application/json";
  return new Request(`http://localhost${pad}`, { method: opties.methode ?? (body !== undefined ? "POST" : "GET"), headers, body });
}

/** Validates a value against a schema of the generated OpenAPI document (JSON Schema 2020-12). */
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(apiDocument() as object, "afspraak-api");

export function volgensDocument(pad: string, methode: string, status: number, body: unknown, type = "application/json"): string[] {
  const doc = apiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
  const antwoord = doc.paths[pad]?.[methode]?.responses[String(status)];
  if (!antwoord) return [`${methode.toUpperCase()} ${pad} documenteert status ${status} niet`];
  const inhoud = antwoord.content?.[type];
  if (!inhoud) return [`${methode.toUpperCase()} ${pad} ${status} documenteert ${type} niet`];
  const schema = JSON.parse(JSON.stringify(inhoud.schema).replace(/"#\/components\//g, '"afspraak-api#/components/'));
  const valideer = ajv.compile(schema);
  return valideer(body) ? [] : (valideer.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export function auditRegels(actie: string): { actor_naam: string | null; resultaat: string; object_id: string | null; details: string | null }[] {
  const { sqlite } = getDatabase();
  return sqlite.prepare("SELECT actor_naam, resultaat, object_id, details FROM audit_log WHERE actie = ? ORDER BY id").all(actie) as never;
}
