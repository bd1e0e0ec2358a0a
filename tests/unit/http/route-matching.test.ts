// The route-matching memo (patches/@remix-run+router+*.patch, docs decision 012): for every route of the app the
// patched CommonJS build (what the server loads) matches exactly as the unpatched ESM build does.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "@remix-run/dev/dist/config.js";

const root = process.env.AFSPRAAK_ROOT ?? process.cwd();
const require = createRequire(path.join(root, "package.json"));
const cjsPad = require.resolve("@remix-run/router");
type Router = typeof import("@remix-run/router");
const gepatcht = require("@remix-run/router") as Router;

interface R { id: string; path?: string; index?: boolean; caseSensitive?: boolean; parentId?: string }
interface Knoop { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children: Knoop[] }

function boom(routes: Record<string, R>, parentId?: string): Knoop[] {
  return Object.values(routes)
    .filter((r) => r.parentId === parentId)
    .map((r) => ({ id: r.id, path: r.path, index: r.index, caseSensitive: r.caseSensitive, children: boom(routes, r.id) }));
}

function voorbeeld(pad: string): string[] {
  const a = pad.replace(/:[\w-]+\?/g, "opt").replace(/:[\w-]+/g, "x1").replace(/\*$/, "a/b");
  const b = pad.replace(/\/:[\w-]+\?/g, "").replace(/:[\w-]+/g, "ABC-123").replace(/\*$/, "");
  return [a, b, `${a}/`, a.toUpperCase()];
}

function kort(m: ReturnType<Router["matchRoutes"]>) {
  return m?.map((x) => ({ id: (x.route as { id: string }).id, params: x.params, pathname: x.pathname, base: x.pathnameBase })) ?? null;
}

describe("route matching memo", () => {
  it("is applied to the build the server loads", () => {
    expect(readFileSync(cjsPad, "utf8")).toContain("rankedBranchesCache");
  });

  it("matches every route of the app as the unpatched router does", async () => {
    const ongepatcht = (await import(path.join(path.dirname(cjsPad), "router.js"))) as Router;
    const config = await readConfig(root, "production" as Parameters<typeof readConfig>[1]);
    const routes = boom(config.routes as Record<string, R>) as unknown as Parameters<Router["matchRoutes"]>[0];
    const volledig = Object.values(config.routes as Record<string, R>);
    expect(volledig.length).toBeGreaterThan(50);
    const paden = new Set<string>(["/", "/bestaat-niet", "/klachten/1/x/y/z", "//", "/%20a"]);
    const padVan = (r: R): string => {
      const ouder = r.parentId ? (config.routes as Record<string, R>)[r.parentId] : undefined;
      return `${ouder ? padVan(ouder) : ""}/${r.path ?? ""}`.replace(/\/+/g, "/");
    };
    for (const r of volledig) for (const p of voorbeeld(padVan(r))) paden.add(p);
    for (const p of paden) {
      const verwacht = kort(ongepatcht.matchRoutes(routes, p));
      expect(kort(gepatcht.matchRoutes(routes, p)), p).toEqual(verwacht);
      expect(kort(gepatcht.matchRoutes(routes, p)), `${p} (cached)`).toEqual(verwacht);
      const m = ongepatcht.matchPath({ path: p, end: false }, p);
      expect(gepatcht.matchPath({ path: p, end: false }, p)).toEqual(m);
    }
  });
});

describe("route tables made once per build (patches/@remix-run+react, patches/react-router-dom)", () => {
  it("the static router reuses the data routes of the same route table, and makes new ones for another", () => {
    const dom = require("react-router-dom/server") as typeof import("react-router-dom/server");
    const tabel = [{ id: "root", path: "/", children: [{ id: "a", path: "a" }] }];
    const context = (routes: typeof tabel) =>
      ({ basename: "", location: { pathname: "/a", search: "", hash: "", state: null, key: "k" }, matches: [], loaderData: {}, actionData: null, errors: null, statusCode: 200, loaderHeaders: {}, actionHeaders: {}, activeDeferreds: null, _deepestRenderedBoundaryId: null, routes }) as never;
    const r1 = dom.createStaticRouter(tabel, context(tabel));
    const r2 = dom.createStaticRouter(tabel, context(tabel));
    expect(r2.routes).toBe(r1.routes);
    const ander = [{ id: "root", path: "/", children: [{ id: "b", path: "b" }] }];
    const r3 = dom.createStaticRouter(ander, context(ander));
    expect(r3.routes).not.toBe(r1.routes);
    expect(r3.routes[0]!.children![0]!.id).toBe("b");
  });

  it("Remix's server render builds its route objects once per build", () => {
    expect(readFileSync(require.resolve("@remix-run/react/dist/server.js"), "utf8")).toContain("serverRoutesEenmaal");
  });
});
