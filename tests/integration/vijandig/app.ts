/**
 * The real HTTP host (app/http/server.mjs) in front of a Remix server build assembled from the sources in the test
 * process: routes as Remix's flat-routes convention finds them, the real entry.server and root. Requests go over a
 * real socket, so status codes and headers are what a browser or a hostile script would see.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const APP = path.join(ROOT, "app");

export interface RouteInfo {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  file: string;
  module: Record<string, unknown>;
}

/** Every route module of app/routes, as Remix routes them (id, parent, path segment, index). */
export async function routesVanApp(): Promise<RouteInfo[]> {
  const manifest = flatRoutes(APP, ["**/.*", "**/*.test.{ts,tsx}"]);
  const uit: RouteInfo[] = [];
  for (const r of Object.values(manifest)) {
    const module = (await import(pathToFileURL(path.join(APP, r.file)).href)) as Record<string, unknown>;
    uit.push({ id: r.id, parentId: r.parentId, path: r.path, index: r.index, file: r.file, module });
  }
  return uit;
}

/** The full URL pattern of a route ("/klachten/:id/bijlagen"), following its parents. */
export function patroonVan(route: RouteInfo, alle: RouteInfo[]): string {
  const delen: string[] = [];
  let r: RouteInfo | undefined = route;
  while (r) {
    if (r.path) delen.unshift(r.path);
    const ouder: string | undefined = r.parentId;
    r = ouder && ouder !== "root" ? alle.find((x) => x.id === ouder) : undefined;
  }
  return "/" + delen.join("/");
}

export async function serverBuild(routes: RouteInfo[]) {
  const root = (await import(pathToFileURL(path.join(APP, "root.tsx")).href)) as Record<string, unknown>;
  const entry = (await import(pathToFileURL(path.join(APP, "entry.server.tsx")).href)) as Record<string, unknown>;
  const alle = [{ id: "root", path: "", module: root, file: "root.tsx" } as RouteInfo, ...routes];
  const serverRoutes: Record<string, unknown> = {};
  const assetRoutes: Record<string, unknown> = {};
  for (const r of alle) {
    serverRoutes[r.id] = { id: r.id, parentId: r.parentId, path: r.path, index: r.index, caseSensitive: undefined, module: r.module };
    assetRoutes[r.id] = {
      id: r.id,
      parentId: r.parentId,
      path: r.path,
      index: r.index,
      caseSensitive: undefined,
      module: `/build/${r.id}.js`,
      imports: [],
      hasAction: typeof r.module.action === "function",
      hasLoader: typeof r.module.loader === "function",
      hasClientAction: false,
      hasClientLoader: false,
      hasErrorBoundary: typeof r.module.ErrorBoundary === "function",
    };
  }
  return {
    mode: "production",
    entry: { module: entry },
    routes: serverRoutes,
    assets: { entry: { module: "/build/entry.client.js", imports: [] }, routes: assetRoutes, url: "/build/manifest-test.js", version: "test" },
    publicPath: "/build/",
    assetsBuildDirectory: path.join(ROOT, "public/build"),
    future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_singleFetch: true, v3_lazyRouteDiscovery: true },
    isSpaMode: false,
  };
}

export interface TestServer {
  url: string;
  routes: RouteInfo[];
  stop(): Promise<void>;
}

/**
 * Starts the real Express host on a free port with the assembled build. `extra` routes (test-only modules) are
 * served but not listed in `routes`.
 */
export async function startTestServer(extra: RouteInfo[] = []): Promise<TestServer> {
  const routes = await routesVanApp();
  const build = await serverBuild([...routes, ...extra]);
  const { createApp } = (await import(pathToFileURL(path.join(ROOT, "app/http/server.mjs")).href)) as {
    createApp(o: { build: unknown }): Promise<{ app: { listen(port: number, host: string, cb: () => void): Server } }>;
  };
  const { app } = await createApp({ build });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
