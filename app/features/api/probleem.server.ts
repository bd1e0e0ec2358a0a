/**
 * The API's one error shape: RFC 9457 problem details (`application/problem+json`), Dutch texts, and for a
 * validation error the Dutch message per field in `fouten` (the same messages the forms show at the field).
 * Also the API's JSON body reader: the counterpart of leesFormulier for `/api/v1/` — anything but JSON is a 415,
 * a broken body a 400, a body over the limit a 413, each as a problem; nothing of a refused body reaches a feature.
 */
import type { Fouten } from "../../platform/web/formulier.server";

export const PROBLEEM_TYPE = "https://afspraak.nl/problemen/";
export const API_MAX_BYTES = 64 * 1024;

export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  fouten?: Fouten;
}

const TITELS: Record<number, [string, string]> = {
  400: ["ongeldig-verzoek", "Ongeldig verzoek"],
  401: ["niet-geauthenticeerd", "Niet geauthenticeerd"],
  403: ["geen-toegang", "Geen toegang"],
  404: ["niet-gevonden", "Niet gevonden"],
  405: ["methode-niet-toegestaan", "Methode niet toegestaan"],
  409: ["conflict", "Conflict"],
  413: ["te-groot", "Verzoek te groot"],
  415: ["geen-json", "Geen JSON"],
  422: ["validatie", "Ongeldige invoer"],
  429: ["te-veel-verzoeken", "Te veel verzoeken"],
  500: ["interne-fout", "Interne fout"],
};

export function probleemBody(status: number, detail: string, extra: { fouten?: Fouten; instance?: string } = {}): Probleem {
  const [slug, titel] = TITELS[status] ?? ["fout", "Fout"];
  const p: Probleem = { type: PROBLEEM_TYPE + slug, title: titel, status, detail };
  if (extra.instance) p.instance = extra.instance;
  if (extra.fouten) {
    const f: Fouten = {};
    for (const [k, v] of Object.entries(extra.fouten)) if (v?.length) f[k] = v;
    p.fouten = f;
  }
  return p;
}

export function probleem(status: number, detail: string, extra: { fouten?: Fouten; instance?: string; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(probleemBody(status, detail, extra)), {
    status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...extra.headers },
  });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** Reads a JSON object body, or throws a 400/413/415 problem Response. */
export async function leesJson(request: Request, maxBytes = API_MAX_BYTES): Promise<Record<string, unknown>> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw probleem(415, "Dit verzoek bevat geen JSON. Stuur de gegevens als JSON met de header Content-Type: application/json.");
  }
  const lengte = Number(request.headers.get("Content-Length") ?? "");
  const teGroot = () => probleem(413, `Het verzoek is te groot (hoogstens ${Math.round(maxBytes / 1024)} kB).`);
  if (Number.isFinite(lengte) && lengte > maxBytes) throw teGroot();
  let tekst = "";
  if (request.body) {
    const reader = request.body.getReader();
    const delen: Uint8Array[] = [];
    let totaal = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      totaal += value.byteLength;
      if (totaal > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw teGroot();
      }
      delen.push(value);
    }
    tekst = Buffer.concat(delen).toString("utf8");
  }
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst);
  } catch {
    throw probleem(400, "De JSON in dit verzoek is niet te lezen. Controleer de opmaak (bijvoorbeeld aanhalingstekens en komma's).");
  }
  if (!waarde || typeof waarde !== "object" || Array.isArray(waarde)) {
    throw probleem(400, "Stuur één JSON-object, bijvoorbeeld {\"vraag\": \"…\"}.");
  }
  return waarde as Record<string, unknown>;
}
