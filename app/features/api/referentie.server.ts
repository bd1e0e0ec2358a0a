/**
 * The readable API reference (/api/v1/referentie): plain HTML rendered from the generated OpenAPI document, so
 * the page, the document and the handlers share one source. No script, no external assets.
 */
import { apiDocument } from "./contract.server";

type Json = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function schemaVan(doc: Json, s: Json | undefined): Json {
  if (!s) return {};
  const ref = s.$ref as string | undefined;
  if (ref) return ((doc.components as Json).schemas as Json)[ref.split("/").pop()!] as Json;
  return s;
}

function typeTekst(doc: Json, s: Json): string {
  if (s.$ref) return esc((s.$ref as string).split("/").pop());
  if (s.enum) return (s.enum as unknown[]).map((e) => `<code>${esc(e)}</code>`).join(" | ");
  const t = Array.isArray(s.type) ? (s.type as string[]).join(" | ") : String(s.type ?? (s.anyOf ? "…" : "object"));
  if (t === "array" && s.items) return `lijst van ${typeTekst(doc, s.items as Json)}`;
  return esc(t) + (s.format ? ` (${esc(s.format)})` : "");
}

function veldenTabel(doc: Json, schema: Json): string {
  const s = schemaVan(doc, schema);
  const props = (s.properties ?? {}) as Record<string, Json>;
  const verplicht = new Set((s.required ?? []) as string[]);
  const rijen = Object.entries(props)
    .map(([naam, p]) => {
      const grenzen = [p.minLength != null ? `min. ${p.minLength}` : "", p.maxLength != null ? `max. ${p.maxLength} tekens` : "", p.default !== undefined ? `standaard ${JSON.stringify(p.default)}` : ""]
        .filter(Boolean)
        .join(", ");
      return `<tr><th scope="row"><code>${esc(naam)}</code></th><td>${typeTekst(doc, p)}</td><td>${verplicht.has(naam) ? "ja" : "nee"}</td><td>${esc(p.description)}${grenzen ? ` <small>(${esc(grenzen)})</small>` : ""}</td></tr>`;
    })
    .join("");
  return `<table><thead><tr><th scope="col">Veld</th><th scope="col">Type</th><th scope="col">Verplicht</th><th scope="col">Uitleg</th></tr></thead><tbody>${rijen}</tbody></table>`;
}

export function referentieHtml(): string {
  const doc = apiDocument();
  const info = doc.info as Json;
  const paden = doc.paths as Record<string, Record<string, Json>>;
  const delen: string[] = [];
  for (const [pad, methodes] of Object.entries(paden)) {
    for (const [methode, op] of Object.entries(methodes)) {
      const body = (((op.requestBody as Json | undefined)?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema as Json | undefined;
      const antwoorden = Object.entries(op.responses as Record<string, Json>)
        .map(([code, a]) => `<li><strong>${esc(code)}</strong> — ${esc(a.description)}</li>`)
        .join("");
      const ok = Object.entries(op.responses as Record<string, Json>).find(([code]) => code.startsWith("2"));
      const okSchema = ((ok?.[1].content as Json | undefined)?.["application/json"] as Json | undefined)?.schema as Json | undefined;
      delen.push(`<section id="${esc(op.operationId)}">
<h2><code>${esc(methode.toUpperCase())} /api/v1${esc(pad)}</code> — ${esc(op.summary)}</h2>
<p>${esc(op.description)}</p>
${body ? `<h3>Verzoek (${esc(schemaVan(doc, body) === body ? "" : (body.$ref as string).split("/").pop())})</h3>${veldenTabel(doc, body)}` : ""}
${okSchema ? `<h3>Antwoord</h3>${veldenTabel(doc, okSchema)}` : ""}
<h3>Antwoordcodes</h3><ul>${antwoorden}</ul>
</section>`);
    }
  }
  const webhooks = Object.entries((doc.webhooks ?? {}) as Record<string, Record<string, Json>>)
    .map(([naam, m]) => {
      const op = m.post!;
      const body = (((op.requestBody as Json).content as Json)["application/json"] as Json).schema as Json;
      return `<section id="webhook-${esc(naam)}"><h2>Webhook <code>${esc(naam)}</code></h2><p>${esc(op.description)}</p>${veldenTabel(doc, body)}</section>`;
    })
    .join("");
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} – referentie</title></head>
<body><main>
<h1>${esc(info.title)} ${esc(info.version)}</h1>
<p>${esc(info.description)}</p>
<p>Authenticatie: stuur het token van uw API-client mee als <code>Authorization: Bearer afs_…</code>. De beheerder maakt clients aan in Afspraak onder Beheer → API-clients.
Het machineleesbare document staat op <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
<p>Fouten: <code>application/problem+json</code> (RFC 9457) met <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> en bij ongeldige invoer <code>fouten</code>: per veld de Nederlandse melding(en).</p>
<h2>Voorbeeld</h2>
<pre><code>curl -X POST https://afspraak.gemeente.nl/api/v1/terugbelafspraken \\
  -H "Authorization: Bearer afs_…" -H "Content-Type: application/json" \\
  -d '{"naam":"Els de Wit","telefoon":"06 12345678","vraag":"Wanneer is mijn paspoort klaar?","team":1}'</code></pre>
${delen.join("\n")}
${webhooks}
</main></body></html>`;
}
