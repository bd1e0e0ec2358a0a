import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import "../../../app/boot/workflows.server";
import { apiDocument, OPERATIES } from "../../../app/features/api/contract.server";
import { referentieHtml } from "../../../app/features/api/referentie.server";
import * as documentRoute from "../../../app/routes/api.v1.openapi[.]json";
import * as referentieRoute from "../../../app/routes/api.v1.referentie";

const ROUTES = path.join(process.env.AFSPRAAK_ROOT!, "app", "routes");

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (@readme/openapi-parser)", async () => {
    const r = await validate(structuredClone(apiDocument()) as never);
    expect(r.valid, JSON.stringify((r as { errors?: unknown }).errors ?? null)).toBe(true);
    expect(apiDocument().openapi).toBe("3.1.0");
  });

  it("documents exactly the API's routes: each operation has its route module with the handler for its method, and no api.v1 route is undocumented", async () => {
    const doc = apiDocument() as { paths: Record<string, Record<string, { operationId: string }>> };
    const gedocumenteerd = Object.entries(doc.paths).flatMap(([pad, m]) => Object.entries(m).map(([methode, op]) => `${methode} ${pad} ${op.operationId}`));
    expect(gedocumenteerd.sort()).toEqual(OPERATIES.map((o) => `${o.method} ${o.pad} ${o.operationId}`).sort());
    for (const o of OPERATIES) {
      const mod = (await import(/* @vite-ignore */ path.join(ROUTES, `${o.route}.ts`))) as Record<string, unknown>;
      expect(typeof mod[o.method === "get" ? "loader" : "action"], o.route).toBe("function");
      // the route's URL is the documented path: Remix flat-route segments ↔ OpenAPI template
      const url = "/" + o.route.replace(/\$id/g, "{id}").replace(/\./g, "/");
      expect(url).toBe(`/api/v1${o.pad}`);
    }
    const apiRoutes = readdirSync(ROUTES).filter((f) => f.startsWith("api.v1.")).map((f) => f.replace(/\.tsx?$/, ""));
    const bekend = new Set<string>([...OPERATIES.map((o) => o.route), "api.v1.openapi[.]json", "api.v1.referentie"]);
    expect(apiRoutes.filter((r) => !bekend.has(r))).toEqual([]);
  });

  it("is served at /api/v1/openapi.json, and the reference page renders every operation from it", async () => {
    const res = (await documentRoute.loader()) as Response;
    expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual(apiDocument());
    const html = await ((await referentieRoute.loader()) as Response).text();
    expect(html).toBe(referentieHtml());
    for (const o of OPERATIES) expect(html).toContain(`${o.method.toUpperCase()} /api/v1${o.pad}`);
    expect(html).toContain("Afspraak-Signature");
    expect(html).not.toMatch(/<script/i);
  });

  it("request schemas carry the forms' Dutch rules (same field schemas as the screens)", () => {
    const doc = apiDocument() as { components: { schemas: Record<string, { properties: Record<string, { maxLength?: number }>; required?: string[] }> } };
    const t = doc.components.schemas.NieuweTerugbelafspraak!;
    expect(t.properties.vraag!.maxLength).toBe(4000);
    expect(t.properties.telefoon!.maxLength).toBe(40);
    expect(t.required).toEqual(expect.arrayContaining(["telefoon", "vraag", "team"]));
    expect(doc.components.schemas.NieuweOverdracht!.properties.alGedaan!.maxLength).toBe(4000);
  });
});
