/**
 * The permission walk: every route module in app/routes is imported, and its loader and action are called as an
 * anonymous visitor and as a logged-in user of each role. Expectations come from ./route-permissies.ts, which
 * must classify every route (a new route without an entry fails here — that is the point).
 *
 *   anonymous, protected route  → a 302 redirect to /inloggen…
 *   logged in, no permission    → a 403 Response (or 404 for an unknown record), never data
 *   logged in, with permission  → no 500 and no uncaught error (dummy params, empty form)
 *   public route                → no 500 and no uncaught error, for everyone
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../db/client";
import { medewerkers, type Rol } from "../../db/schema";
import { rollenVan, startSession } from "../../app/platform/auth/sessies.server";
import { PERMISSIES, type Permissie } from "../../app/platform/auth/permissions.server";
import { ROUTE_PERMISSIES, type RouteRegel } from "./route-permissies";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ROUTES = path.join(ROOT, "app/routes");
const CONTEXT = { nonce: "", requestId: "t", clientIp: "127.0.0.1" };
const DUMMY = "999999";

/** Route modules as Remix's flat routes see them: files, or folders with a route.* file. */
function routeModules(): { id: string; file: string }[] {
  const uit: { id: string; file: string }[] = [];
  for (const naam of readdirSync(ROUTES).sort()) {
    if (naam.startsWith(".") || /\.test\.[jt]sx?$/.test(naam)) continue;
    const vol = path.join(ROUTES, naam);
    if (statSync(vol).isDirectory()) {
      const route = ["route.tsx", "route.ts", "route.jsx", "route.js"].map((f) => path.join(vol, f)).find((f) => existsSync(f));
      if (route) uit.push({ id: naam, file: route });
      continue;
    }
    const m = /^(.*)\.(tsx|ts|jsx|js)$/.exec(naam);
    if (m) uit.push({ id: m[1]!, file: vol });
  }
  return uit;
}

/** Splits a flat-route id on dots outside [escapes]. */
function segmenten(id: string): string[] {
  const s: string[] = [];
  let huidig = "";
  let inHaak = false;
  for (const c of id) {
    if (c === "[") inHaak = true;
    else if (c === "]") inHaak = false;
    if (c === "." && !inHaak) {
      s.push(huidig);
      huidig = "";
    } else huidig += c;
  }
  s.push(huidig);
  return s;
}

function padEnParams(id: string): { pad: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const delen: string[] = [];
  for (let seg of segmenten(id)) {
    if (seg === "_index" || seg === "route") continue;
    if (seg.startsWith("_")) continue; // pathless layout
    if (seg.endsWith("_")) seg = seg.slice(0, -1);
    if (seg === "$") {
      params["*"] = "x";
      delen.push("x");
    } else if (seg.startsWith("$")) {
      params[seg.slice(1)] = DUMMY;
      delen.push(DUMMY);
    } else delen.push(seg.replace(/[[\]]/g, ""));
  }
  return { pad: "/" + delen.join("/"), params };
}

const ROLLEN_ACCOUNTS: Record<Rol, string> = {
  medewerker: "fatima@voorbeeld.nl",
  teamleider: "sanne@voorbeeld.nl",
  regieteam: "ruben@voorbeeld.nl",
  beheerder: "laura@voorbeeld.nl",
  archief: "gerda@voorbeeld.nl",
  privacy: "priya@voorbeeld.nl",
};

interface Persoon {
  label: string;
  id: string;
  rollen: Rol[];
}

function personen(): Persoon[] {
  const { db } = getDatabase();
  return (Object.entries(ROLLEN_ACCOUNTS) as [Rol, string][]).map(([rol, email]) => {
    const m = db.select().from(medewerkers).where(eq(medewerkers.email, email)).get();
    if (!m) throw new Error(`demo-account ${email} ontbreekt`);
    return { label: `${rol} (${email})`, id: m.id, rollen: rollenVan(m.id) };
  });
}

function magErin(regel: RouteRegel, rollen: Rol[]): boolean {
  if ("publiek" in regel) return true;
  const ps = (Array.isArray(regel.permissie) ? regel.permissie : [regel.permissie]) as Permissie[];
  return ps.some((p) => rollen.some((r) => PERMISSIES[p].includes(r)));
}

type Uitkomst =
  | { soort: "response"; status: number; location: string | null; gegooid: boolean }
  | { soort: "data"; status: number }
  | { soort: "fout"; fout: unknown };

function isDataMetInit(v: unknown): v is { type: string; data: unknown; init: { status?: number } | null } {
  return !!v && typeof v === "object" && (v as { type?: unknown }).type === "DataWithResponseInit";
}

async function roepAan(fn: (args: unknown) => unknown, request: Request, params: Record<string, string>): Promise<Uitkomst> {
  try {
    const v = await fn({ request, params, context: CONTEXT });
    if (v instanceof Response) return { soort: "response", status: v.status, location: v.headers.get("Location"), gegooid: false };
    if (isDataMetInit(v)) return { soort: "data", status: v.init?.status ?? 200 };
    return { soort: "data", status: 200 };
  } catch (e) {
    if (e instanceof Response) return { soort: "response", status: e.status, location: e.headers.get("Location"), gegooid: true };
    if (isDataMetInit(e)) return { soort: "data", status: e.init?.status ?? 200 };
    return { soort: "fout", fout: e };
  }
}

function beschrijf(u: Uitkomst): string {
  if (u.soort === "fout") return `onafgevangen fout: ${u.fout instanceof Error ? u.fout.stack ?? u.fout.message : String(u.fout)}`;
  if (u.soort === "data") return `data (status ${u.status})`;
  return `${u.gegooid ? "gegooide" : "teruggegeven"} Response ${u.status}${u.location ? ` → ${u.location}` : ""}`;
}

function maakRequest(methode: "GET" | "POST", pad: string, cookie?: string): Request {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  if (methode === "POST") {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    headers.set("Origin", "http://localhost");
    return new Request(`http://localhost${pad}`, { method: "POST", headers, body: "" });
  }
  return new Request(`http://localhost${pad}`, { headers });
}

const modules = routeModules();

describe("elke route is geclassificeerd", () => {
  it("app/routes bevat routes", () => {
    expect(modules.length).toBeGreaterThan(5);
  });

  it("heeft voor elke route een regel in tests/integration/route-permissies.ts", () => {
    const zonder = modules.map((m) => m.id).filter((id) => !(id in ROUTE_PERMISSIES));
    expect(
      zonder,
      `Nieuwe route(s) zonder classificatie: ${zonder.join(", ")}. Voeg voor elke route een regel toe aan ` +
        `tests/integration/route-permissies.ts, bijvoorbeeld  "${zonder[0] ?? "mijn.route"}": { permissie: "werk" }  ` +
        `(of { publiek: "waarom" }).`,
    ).toEqual([]);
  });

  it("heeft geen regels voor routes die niet (meer) bestaan", () => {
    const ids = new Set(modules.map((m) => m.id));
    const weg = Object.keys(ROUTE_PERMISSIES).filter((id) => !ids.has(id));
    expect(weg, `Verwijder deze regels uit tests/integration/route-permissies.ts: ${weg.join(", ")}`).toEqual([]);
  });
});

describe.each(modules)("route $id", ({ id, file }) => {
  const regel = ROUTE_PERMISSIES[id];

  it("loader en action houden zich aan de toegangsregel", async () => {
    if (!regel) throw new Error(`Geen regel voor route ${id} in tests/integration/route-permissies.ts; voeg er een toe.`);
    const mod = (await import(pathToFileURL(file).href)) as { loader?: (a: unknown) => unknown; action?: (a: unknown) => unknown };
    const { pad, params } = padEnParams(id);
    const problemen: string[] = [];
    const mensen = personen();

    for (const [methode, fn] of [
      ["GET", mod.loader],
      ["POST", mod.action],
    ] as const) {
      if (!fn) continue;
      const naam = methode === "GET" ? "loader" : "action";

      // Anonymous.
      const anoniem = await roepAan(fn, maakRequest(methode, pad), params);
      if ("publiek" in regel) {
        if (anoniem.soort === "fout" || anoniem.status >= 500) problemen.push(`${naam} anoniem: ${beschrijf(anoniem)}`);
      } else if (!(anoniem.soort === "response" && anoniem.status === 302 && anoniem.location?.startsWith("/inloggen"))) {
        problemen.push(`${naam} anoniem: verwacht een doorverwijzing naar /inloggen, kreeg ${beschrijf(anoniem)}`);
      }

      // Each role, with a fresh session per call (a route may end the session, e.g. uitloggen).
      for (const p of mensen) {
        const cookie = (await startSession(p.id)).split(";")[0]!;
        const u = await roepAan(fn, maakRequest(methode, pad, cookie), params);
        if (magErin(regel, p.rollen)) {
          if (u.soort === "fout" || u.status >= 500) problemen.push(`${naam} als ${p.label}: ${beschrijf(u)}`);
          if (u.soort === "response" && u.status === 302 && u.location?.startsWith("/inloggen") && !("publiek" in regel))
            problemen.push(`${naam} als ${p.label}: ingelogd maar toch naar /inloggen gestuurd`);
          // Without route params there is no record to refuse: a 403 means the table and the route disagree.
          if (u.soort === "response" && u.status === 403 && Object.keys(params).length === 0)
            problemen.push(`${naam} als ${p.label}: 403, maar volgens route-permissies.ts mag deze rol erin — klopt de regel?`);
        } else if (!(u.soort === "response" && (u.status === 403 || u.status === 404))) {
          problemen.push(`${naam} als ${p.label} (geen recht): verwacht 403/404 zonder data, kreeg ${beschrijf(u)}`);
        }
      }
    }
    expect(problemen, `route ${id} (${pad})`).toEqual([]);
  });
});
