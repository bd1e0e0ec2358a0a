/**
 * Hostile input never reaches a 500 (issue 19). Every route module in app/routes that exports an `action` is
 * found through Remix's own flat-routes convention (a new route is covered without editing this file), and is
 * sent mutated posts over a real socket through the real Express host, as each role:
 *
 *   - bodies that are not a form: none, JSON, text/plain, a broken multipart body, multipart without boundary,
 *     an oversized body, an empty form, JSON to the single-fetch `.data` URL (all of them for one role per route,
 *     rotating; the other roles get none and broken multipart);
 *   - the page's own forms (read from the HTML the role sees, one variant per `intent` button), with fields
 *     missing, duplicated, 100 kB long, with NUL/RTL/emoji, negative/huge numbers, bad dates, `[]` and
 *     `__proto__` names, sent as urlencoded and as multipart, to the page and to its `.data` URL.
 *
 * It fails on any 5xx, on a stack trace or error name in a response, and on a response without
 * `Cache-Control: no-store`. Deterministic: a fixed seed and a bounded number of cases per route and role
 * (AFSPRAAK_FUZZ_ZAAD and AFSPRAAK_FUZZ_PER_ROUTE change them for a longer local run).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { medewerkers } from "../../../db/schema";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { DEMO_TOTP_GEHEIM } from "../../../app/features/tweestaps/demo";
import { patroonVan, startTestServer, type RouteInfo, type TestServer } from "./app";
import { formulieren, links, type PaginaFormulier, type Veld } from "./html";

process.env.AFSPRAAK_LOG = "stil";

const ZAAD = Number(process.env.AFSPRAAK_FUZZ_ZAAD ?? 20260319);
const PER_ROUTE = Number(process.env.AFSPRAAK_FUZZ_PER_ROUTE ?? 6);
/** Forms per route and role that get the 100 kB case (beheer pages have a form per row). */
const LANG_FORMULIEREN = Math.max(4, PER_ROUTE - 2);
const WACHTWOORD = "Voorbeeld-demo-2026";
const ROLLEN = [
  { rol: "medewerker", email: "fatima@voorbeeld.nl" },
  { rol: "teamleider", email: "sanne@voorbeeld.nl" },
  { rol: "regieteam", email: "ruben@voorbeeld.nl" },
  { rol: "beheerder", email: "laura@voorbeeld.nl" },
  { rol: "archief", email: "gerda@voorbeeld.nl" },
] as const;

interface ActieRoute {
  route: RouteInfo;
  patroon: string;
  regex: RegExp;
  statisch: boolean;
}

interface Geval {
  omschrijving: string;
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}

interface Probleem {
  wie: string;
  route: string;
  geval: string;
  status: number;
  fragment: string;
}

const STACK = /\n\s+at [^\n]*:\d+:\d+|\b(TypeError|ReferenceError|ZodError|SqliteError|RangeError|SyntaxError)\b|Unexpected Server Error/;

function regexVan(patroon: string): RegExp {
  const bron = patroon
    .split("/")
    .map((seg) => (seg === "*" ? ".+" : seg.startsWith(":") ? "[^/]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${bron === "/" ? "/" : bron.replace(/\/$/, "")}/?$`);
}

/** Single-fetch URL of a page URL, as Remix's client posts to it. */
function dataUrl(url: string): string {
  const u = new URL(url);
  u.pathname = u.pathname === "/" ? "/_root.data" : `${u.pathname.replace(/\/$/, "")}.data`;
  return u.href;
}

const LANG = "Ł".repeat(50_000); // 100 kB in UTF-8
const TEKENS = ["a\u0000b", "\u202Eevil\u202C", "😀👨‍👩‍👧", "\uFEFF", "\uD800", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "' OR 1=1 --", "../../etc/passwd", "   "];
const GETALLEN = ["-1", "-99999999999999999999", "1e308", "NaN", "Infinity", "9007199254740993", "0x1F", "1,5", "0"];
const DATUMS = ["2026-02-30", "0000-00-00", "9999-12-31T99:99", "2026-13-01", "gisteren", "1970-01-01T00:00:00Z", "-271821-04-20"];
const RAAR = ["", "__proto__", "999999", "null", "undefined", "[]", "{}", "true"];
const NAMEN = ["__proto__", "constructor", "prototype", "toString", "[]", "naam[]", "a[b][c]", "", "hasOwnProperty"];

type Klasse = "geldig" | "weg" | "dubbel" | "lang" | "tekens" | "getallen" | "datums" | "namen";
const KLASSEN: Klasse[] = ["lang", "weg", "dubbel", "tekens", "getallen", "datums", "namen", "geldig"];

type Paar = [string, string | Blob];

function isKnop(v: Veld): boolean {
  return v.type === "submit";
}

/** The fields of a form after one mutation class applied to every field (buttons keep their intent). */
function muteer(velden: Veld[], klasse: Klasse, i: number): Paar[] {
  const uit: Paar[] = [];
  const tekst = velden.filter((v) => !isKnop(v) && v.type !== "file" && v.type !== "hidden");
  const lengte = Math.max(600, Math.floor(100_000 / Math.max(1, tekst.length)));
  for (const v of velden) {
    if (v.type === "file") {
      uit.push([v.naam, new Blob(["%PDF-1.4\n% afspraak fuzz\n"], { type: "application/pdf" })]);
      continue;
    }
    // Buttons and hidden fields (intent, id, versie) choose what the action does: they keep their value, so
    // the mutation reaches the branch behind them (the random mixes mutate hidden fields too).
    if (isKnop(v) || (v.type === "hidden" && klasse !== "dubbel")) {
      uit.push([v.naam, v.waarde]);
      continue;
    }
    switch (klasse) {
      case "geldig":
        uit.push([v.naam, v.waarde]);
        break;
      case "weg":
        break;
      case "dubbel":
        uit.push([v.naam, v.waarde], [v.naam, v.waarde || "x"]);
        break;
      case "lang":
        uit.push([v.naam, tekst.length <= 1 ? LANG : LANG.slice(0, lengte / 2)]);
        break;
      case "tekens":
        uit.push([v.naam, TEKENS[(i + uit.length) % TEKENS.length]!]);
        break;
      case "getallen":
        uit.push([v.naam, GETALLEN[(i + uit.length) % GETALLEN.length]!]);
        break;
      case "datums":
        uit.push([v.naam, DATUMS[(i + uit.length) % DATUMS.length]!]);
        break;
      case "namen":
        uit.push([`${v.naam}[]`, v.waarde], [v.naam, RAAR[(i + uit.length) % RAAR.length]!]);
        break;
    }
  }
  if (klasse === "namen") for (const n of NAMEN) uit.push([n, "x"]);
  return uit;
}

/** A random mix per field (fast-check, seeded): keep, drop, duplicate or replace with a hostile value. */
const willekeurig = (velden: Veld[]) =>
  fc.tuple(
    fc.tuple(...velden.map((v) =>
      isKnop(v) || v.type === "file"
        ? fc.constant<Paar[]>(v.type === "file" ? [[v.naam, new Blob(["x"])]] : [[v.naam, v.waarde]])
        : fc.oneof(
            fc.constant<Paar[]>([[v.naam, v.waarde]]),
            fc.constant<Paar[]>([]),
            fc.constant<Paar[]>([
              [v.naam, v.waarde],
              [v.naam, "x"],
            ]),
            fc.constantFrom(...TEKENS, ...GETALLEN, ...DATUMS, ...RAAR).map((w): Paar[] => [[v.naam, w]]),
            fc.string({ unit: "binary", maxLength: 40 }).map((w): Paar[] => [[v.naam, w]]),
            fc.integer({ min: 600, max: 100_000 }).map((n): Paar[] => [[v.naam, "x".repeat(n)]]),
          ),
    )),
    fc.subarray(NAMEN, { maxLength: 3 }),
  );

function alsBody(paren: Paar[], multipart: boolean): { body: BodyInit; headers: Record<string, string> } {
  if (multipart) {
    const fd = new FormData();
    for (const [k, v] of paren) typeof v === "string" ? fd.append(k, v) : fd.append(k, v, "fuzz.pdf");
    return { body: fd, headers: {} };
  }
  const p = new URLSearchParams();
  for (const [k, v] of paren) if (typeof v === "string") p.append(k, v);
  return { body: p.toString(), headers: { "Content-Type": "application/x-www-form-urlencoded" } };
}

function lichaamsGevallen(url: string, groot: boolean): Geval[] {
  const g = (omschrijving: string, headers: Record<string, string>, body?: BodyInit, doel = url): Geval => ({
    omschrijving,
    url: doel,
    init: { method: "POST", headers, body },
  });
  const uit = [
    g("zonder body en Content-Type", {}),
    g("JSON", { "Content-Type": "application/json" }, JSON.stringify({ intent: "x", naam: "y" })),
    g("text/plain", { "Content-Type": "text/plain" }, "intent=x"),
    g("kapotte multipart", { "Content-Type": "multipart/form-data; boundary=----afs" }, "------afs\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"),
    g("multipart zonder boundary", { "Content-Type": "multipart/form-data" }, "intent=x"),
    g("leeg formulier", { "Content-Type": "application/x-www-form-urlencoded" }, ""),
    g("JSON naar .data", { "Content-Type": "application/json" }, "{\"intent\":", dataUrl(url)),
  ];
  if (groot) uit.push(g("te groot (1,1 MB)", { "Content-Type": "application/x-www-form-urlencoded" }, "a=" + "x".repeat(1_150_000)));
  return uit;
}

let server: TestServer;
let acties: ActieRoute[];
const cookies = new Map<string, string>();

async function login(email: string): Promise<string> {
  const r = await fetch(`${server.url}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, wachtwoord: WACHTWOORD, terug: "/mijn-werk" }).toString(),
  });
  const setCookie = r.headers.get("set-cookie");
  if (r.status !== 302 || !setCookie) throw new Error(`inloggen als ${email} mislukt: ${r.status}`);
  const cookie = setCookie.split(";")[0]!;
  if (!r.headers.get("location")?.startsWith("/inloggen/code")) return cookie;
  // beheerders and regieteam have two-step verification (the published demo secret): give the real code
  const code = generateHOTP(decodeBase32IgnorePadding(DEMO_TOTP_GEHEIM), BigInt(Math.floor(Date.now() / 30_000)), 6);
  const c = await fetch(`${server.url}/inloggen/code`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: server.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ code, terug: "/mijn-werk" }).toString(),
  });
  if (c.status !== 302) throw new Error(`tweestapscode voor ${email} geweigerd: ${c.status}`);
  return cookie;
}

/** A fresh session per post: an action may end the session (uitloggen) and must not end the walk. */
async function verseSessie(email: string): Promise<string> {
  const m = getDatabase().db.select().from(medewerkers).where(eq(medewerkers.email, email)).get();
  return (await startSession(m!.id)).split(";")[0]!;
}

/** GET responses without `Cache-Control: no-store` (every page and resource can hold personal data). */
const zonderNoStore: string[] = [];

async function haal(pad: string, cookie: string): Promise<{ status: number; html: string }> {
  const r = await fetch(server.url + pad, { headers: { Cookie: cookie }, redirect: "manual" });
  if (!/no-store/.test(r.headers.get("cache-control") ?? "")) zonderNoStore.push(`GET ${pad} (${r.status})`);
  return { status: r.status, html: r.status === 200 && (r.headers.get("content-type") ?? "").includes("text/html") ? await r.text() : (await r.body?.cancel(), "") };
}

function routeVan(url: string): ActieRoute | undefined {
  const u = new URL(url, "http://x");
  const index = u.searchParams.has("index");
  const kandidaten = acties.filter((a) => !!a.route.index === index && a.regex.test(u.pathname));
  // As Remix ranks them: static segments beat parameters, parameters beat a splat.
  const gewicht = (a: ActieRoute) => a.patroon.split("/").reduce((s, seg) => s + (seg === "*" ? -100 : seg.startsWith(":") ? 1 : 10), 0);
  return kandidaten.sort((x, y) => gewicht(y) - gewicht(x))[0];
}

interface Verkenning {
  /** Per action route: a URL where the role can reach it, and the forms seen that post to it. */
  voorbeeld: Map<string, string>;
  formulieren: Map<string, PaginaFormulier[]>;
}

/** Walks the role's pages (every static route, then one level of links) to find real ids and the real forms. */
async function verken(cookie: string, alle: RouteInfo[]): Promise<Verkenning> {
  const voorbeeld = new Map<string, string>();
  const forms = new Map<string, PaginaFormulier[]>();
  const gezien = new Set<string>();
  const statisch = alle
    .filter((r) => typeof r.module.loader === "function" || typeof r.module.default === "function")
    .map((r) => patroonVan(r, alle))
    .filter((p) => !p.includes(":") && !p.includes("*") && !p.includes("__test"));
  let wachtrij = [...new Set(statisch)];
  for (let diepte = 0; diepte < 3 && wachtrij.length; diepte++) {
    const volgende: string[] = [];
    for (const pad of wachtrij) {
      if (gezien.has(pad) || gezien.size > 100) continue;
      gezien.add(pad);
      const { html } = await haal(pad, cookie);
      if (!html) continue;
      const a = routeVan(server.url + pad);
      if (a && !voorbeeld.has(a.route.id)) voorbeeld.set(a.route.id, pad);
      for (const f of formulieren(html, server.url + pad)) {
        const doel = routeVan(f.actie);
        if (!doel) continue;
        const u = new URL(f.actie);
        if (!voorbeeld.has(doel.route.id)) voorbeeld.set(doel.route.id, u.pathname + u.search);
        const lijst = forms.get(doel.route.id) ?? [];
        const sleutel = JSON.stringify([f.actie, f.velden.map((v) => v.naam + (isKnop(v) ? "=" + v.waarde : ""))]);
        if (!lijst.some((x) => JSON.stringify([x.actie, x.velden.map((v) => v.naam + (isKnop(v) ? "=" + v.waarde : ""))]) === sleutel)) lijst.push(f);
        forms.set(doel.route.id, lijst);
      }
      for (const l of links(html, server.url + pad)) {
        const u = new URL(l, server.url);
        if (u.pathname.includes("export") || u.pathname.includes("download") || gezien.has(l)) continue;
        const doel = routeVan(u.href);
        // Follow links to action routes not yet reached, and a few list → detail links to find more.
        if ((doel && !voorbeeld.has(doel.route.id)) || (diepte === 0 && volgende.length < 60 && /\/[0-9a-z_-]{8,}$/i.test(u.pathname))) {
          volgende.push(u.pathname + u.search);
        }
      }
    }
    wachtrij = volgende;
  }
  return { voorbeeld, formulieren: forms };
}

/** A URL for a route pattern when no page showed one: dummy ids (the action must still not fail). */
function dummyUrl(a: ActieRoute): string {
  const pad = a.patroon.replace(/:[^/]+/g, "999999").replace(/\*/g, "x");
  return pad + (a.route.index ? "?index" : "");
}

function formGeval(f: PaginaFormulier, klasse: Klasse, k: number, naarData: boolean): Geval {
  const multipart = f.enctype === "multipart/form-data" || k % 2 === 1;
  const { body, headers } = alsBody(muteer(f.velden, klasse, k), multipart);
  const intent = f.velden.find(isKnop);
  return {
    omschrijving: `${klasse}${intent ? ` (${intent.naam}=${intent.waarde})` : ""}${multipart ? " multipart" : ""}${naarData ? " .data" : ""}`,
    url: naarData ? dataUrl(f.actie) : f.actie,
    init: { method: "POST", headers, body },
  };
}

/**
 * The cases for one route and role: the bodies that are not a form, then (`formulier`) a valid post of the first
 * form as a probe, every form with 100 kB values, the other mutation classes rotated over the forms and roles,
 * and a few seeded random mixes.
 */
function gevallenVoor(a: ActieRoute, url: string, forms: PaginaFormulier[], rolIndex: number, groot: boolean) {
  const doelUrl = server.url + url;
  const lijst: PaginaFormulier[] = forms.length ? forms : [{ actie: doelUrl, enctype: "application/x-www-form-urlencoded", velden: [] }];
  const probe = formGeval(lijst[0]!, "geldig", 0, false);
  const rest: Geval[] = [];
  lijst.slice(0, LANG_FORMULIEREN).forEach((f, i) => rest.push(formGeval(f, "lang", i, i % 2 === 1)));
  const andere = KLASSEN.filter((k) => k !== "lang" && k !== "geldig");
  for (let k = 0; rest.length < Math.max(PER_ROUTE, Math.min(lijst.length, LANG_FORMULIEREN) + 3); k++) {
    const f = lijst[k % lijst.length]!;
    rest.push(formGeval(f, andere[(k + Math.floor(k / lijst.length) + rolIndex) % andere.length]!, k, k % 3 !== 0));
  }
  // Random mixes (fast-check, fixed seed per route and role).
  const zaad = ZAAD + rolIndex * 7919 + [...a.route.id].reduce((s, c) => (s * 31 + c.charCodeAt(0)) | 0, 0);
  const f = lijst[Math.abs(zaad) % lijst.length]!;
  fc.sample(willekeurig(f.velden), { seed: zaad, numRuns: 2 }).forEach(([velden, extra], k) => {
    const paren = [...velden.flat(), ...extra.map((n): Paar => [n, "x"])];
    const { body, headers } = alsBody(paren, k % 2 === 0);
    rest.push({ omschrijving: `willekeurig #${k}`, url: k === 1 ? dataUrl(f.actie) : f.actie, init: { method: "POST", headers, body } });
  });
  // The bodies that are not a form: all of them for one role per route (rotating), two for the others.
  const alleLichamen = lichaamsGevallen(doelUrl, groot);
  const routeIndex = acties.indexOf(a);
  const lichaam = routeIndex % ROLLEN.length === rolIndex ? alleLichamen : alleLichamen.filter((g) => /^(zonder body|kapotte multipart)/.test(g.omschrijving));
  return { lichaam, probe, rest };
}

async function stuur(g: Geval, cookie: string): Promise<{ status: number; tekst: string; cache: string | null; location: string | null }> {
  let r: Response;
  let tekst: string;
  try {
    r = await fetch(g.url, {
      ...g.init,
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
      headers: { Origin: server.url, Cookie: cookie, ...g.init.headers },
    });
    tekst = await r.text();
  } catch (e) {
    // A reset connection or no answer within 15 s: counted as a failure like a 5xx.
    return { status: 0, tekst: String((e as { cause?: unknown }).cause ?? e), cache: null, location: null };
  }
  return { status: r.status, tekst, cache: r.headers.get("cache-control"), location: r.headers.get("location") };
}

/** Test-only routes (served, never fuzzed): an action and a loader that fail unexpectedly. */
const FOUTROUTES: RouteInfo[] = [
  {
    id: "routes/__test-fout",
    parentId: "root",
    path: "__test-fout",
    file: "(test)",
    module: {
      loader: () => {
        throw new Error("geheime details van de lader");
      },
      action: () => {
        throw new Error("geheime details van de action");
      },
      default: () => null,
    },
  },
];

beforeAll(async () => {
  // Open work to aim at: a year of the small demo municipality, through the real machines.
  const { genereerDemoData } = await import("../../../app/features/demodata/generator.server");
  try {
    await genereerDemoData({ jaren: 1, schaal: "klein", zaad: 2026 });
  } catch (e) {
    console.warn(`demo-data niet gegenereerd (${e instanceof Error ? e.message.split("\n")[0] : e}); alleen de seed`);
  }
  server = await startTestServer(FOUTROUTES);
  acties = server.routes
    .filter((r) => typeof r.module.action === "function")
    .map((route) => {
      const patroon = patroonVan(route, server.routes);
      return { route, patroon, regex: regexVan(patroon), statisch: !patroon.includes(":") && !patroon.includes("*") };
    });
  for (const { email } of ROLLEN) cookies.set(email, await login(email));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe("een onverwachte fout", () => {
  it.each([
    ["na een action (zonder rootloaderdata)", "POST"],
    ["in een loader", "GET"],
  ])("toont de Nederlandse foutpagina met de echte referentie, zonder details — %s", async (_naam, methode) => {
    const r = await fetch(`${server.url}/__test-fout`, {
      method: methode,
      redirect: "manual",
      headers: { Origin: server.url, Cookie: cookies.get("fatima@voorbeeld.nl")!, ...(methode === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
      body: methode === "POST" ? "a=1" : undefined,
    });
    const html = (await r.text()).replace(/<!-- -->/g, "");
    const id = r.headers.get("x-request-id");
    expect(r.status).toBe(500);
    expect(id).toBeTruthy();
    expect(html).toContain("Er ging iets mis");
    expect(html).toContain(`${id} (foutcode 500)`);
    expect(html).not.toContain("onbekend (foutcode");
    expect(html).not.toMatch(/geheime details|\bat .*:\d+:\d+/);
    expect(r.headers.get("cache-control")).toBe("no-store");
  });
});

describe("de host leest elk formulier eerst zelf", () => {
  const post = (pad: string, headers: Record<string, string>, body?: BodyInit) =>
    fetch(server.url + pad, { method: "POST", redirect: "manual", headers: { Origin: server.url, Cookie: cookies.get("ruben@voorbeeld.nl")!, ...headers }, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);

  it("weigert JSON met 415 en een Nederlandse pagina met de referentie", async () => {
    const r = await post("/klachten/nieuw", { "Content-Type": "application/json" }, "{}");
    const html = await r.text();
    expect(r.status).toBe(415);
    expect(html).toContain("Dit verzoek bevat geen formulier");
    expect(html).toContain(`Referentie: ${r.headers.get("x-request-id")}`);
  });

  it("begrenst per route: 1 MB standaard, de bijlagen van een klacht tot 11 MB", async () => {
    const twee = "a=" + "x".repeat(2 * 1024 * 1024);
    expect((await post("/klachten/nieuw", { "Content-Type": "application/x-www-form-urlencoded" }, twee)).status).toBe(413);
    const fd = new FormData();
    fd.append("bestand", new Blob([new Uint8Array(2 * 1024 * 1024)]), "groot.pdf");
    const bijlage = await post("/klachten/999999/bijlagen", {}, fd);
    expect(bijlage.status).toBe(404); // reached the route (unknown complaint), not refused by the host
    const teGroot = new FormData();
    teGroot.append("bestand", new Blob([new Uint8Array(12 * 1024 * 1024)]), "te-groot.pdf");
    const r = await post("/klachten/999999/bijlagen", {}, teGroot);
    expect(r.status).toBe(413);
    expect(await r.text()).toContain("hoogstens 11 MB");
  });

  it("begrenst ook een body zonder Content-Length (chunked)", async () => {
    const stuk = new TextEncoder().encode("a=" + "x".repeat(256 * 1024));
    let n = 0;
    const stroom = new ReadableStream<Uint8Array>({
      pull(c) {
        if (n++ < 8) c.enqueue(stuk);
        else c.close();
      },
    });
    const r = await post("/klachten/nieuw", { "Content-Type": "application/x-www-form-urlencoded" }, stroom);
    expect(r.status).toBe(413);
  });
});

describe("Cache-Control", () => {
  it("elke route antwoordt met no-store: pagina's, data-verzoeken en resources, anoniem en ingelogd", async () => {
    const alle = server.routes.filter((r) => typeof r.module.loader === "function");
    for (const cookie of ["", cookies.get("fatima@voorbeeld.nl")!]) {
      for (const r of alle) {
        const a = { route: r, patroon: patroonVan(r, server.routes), regex: /$^/, statisch: false };
        const pad = dummyUrl(a);
        await haal(pad, cookie);
        const u = new URL(server.url + pad);
        await haal(new URL(dataUrl(u.href)).pathname + u.search, cookie);
      }
    }
    await haal("/api/medewerkers?q=fa", cookies.get("fatima@voorbeeld.nl")!);
    expect(zonderNoStore).toEqual([]);
  });
});

describe("vijandige formulieren", () => {
  it("vindt de routes met een action", () => {
    expect(acties.length).toBeGreaterThan(20);
    expect(acties.map((a) => a.route.id)).toContain("routes/beheer.organisatie._index");
  });

  it("geen 5xx, geen stacktrace en altijd no-store, voor elke route met een action en elke rol", async () => {
    const problemen: Probleem[] = [];
    let verzoeken = 0;
    const perKlasse = new Map<string, number>();
    const tijden: string[] = [];
    for (const [rolIndex, { rol, email }] of ROLLEN.entries()) {
      let t0 = Date.now();
      const verkenning = await verken(cookies.get(email)!, server.routes);
      tijden.push(`${rol}: verkennen ${Date.now() - t0} ms, ${verkenning.voorbeeld.size} routes gevonden, ${[...verkenning.formulieren.values()].reduce((s, l) => s + l.length, 0)} formulieren`);
      t0 = Date.now();
      const v0 = verzoeken;
      let tLichaam = 0;
      let tRest = 0;
      for (const a of acties) {
        const url = verkenning.voorbeeld.get(a.route.id) ?? dummyUrl(a);
        const { lichaam, probe, rest } = gevallenVoor(a, url, verkenning.formulieren.get(a.route.id) ?? [], rolIndex, acties.indexOf(a) % ROLLEN.length === rolIndex);
        const controleer = async (g: Geval) => {
          verzoeken++;
          const r = await stuur(g, await verseSessie(email));
          const fout = r.status === 0 ? "geen antwoord (verbinding verbroken)" : r.status >= 500 ? `status ${r.status}` : STACK.test(r.tekst) ? "stacktrace" : !/no-store/.test(r.cache ?? "") ? "zonder no-store" : null;
          if (fout) {
            const soort = fout.startsWith("status") ? "5xx" : fout.split(" ")[0]!;
            const klasse = `${soort} ${g.omschrijving.split(" (")[0]!.replace(/ \.data$/, "")}`;
            perKlasse.set(klasse, (perKlasse.get(klasse) ?? 0) + 1);
            problemen.push({
              wie: rol,
              route: `${a.route.id} ${new URL(g.url).pathname}${new URL(g.url).search}`,
              geval: `${g.omschrijving}: ${fout}`,
              status: r.status,
              fragment: (STACK.exec(r.tekst)?.[0] ?? r.tekst.slice(0, 120)).replace(/\s+/g, " "),
            });
          }
          return r;
        };
        let tl = Date.now();
        for (const g of lichaam) await controleer(g);
        tLichaam += Date.now() - tl;
        tl = Date.now();
        // A role the action refuses (403, or to the login page) gets no further form cases: they would all
        // stop at the same permission check.
        const p = await controleer(probe);
        if (process.env.AFSPRAAK_FUZZ_UITLEG) tijden.push(`  ${a.route.id} ${url} probe ${p.status} ${p.location ?? ""} +${rest.length}`);
        if (p.status === 403 || (p.status >= 300 && p.status < 400 && /inloggen/.test(p.location ?? ""))) continue;
        for (const g of rest) await controleer(g);
        tRest += Date.now() - tl;
      }
      tijden.push(`${rol}: lichaam ${tLichaam} ms, formulieren ${tRest} ms`);
      tijden.push(`${rol}: ${verzoeken - v0} verzoeken in ${Date.now() - t0} ms`);
    }
    if (process.env.AFSPRAAK_FUZZ_UITLEG) console.log(tijden.join("\n"));
    const telling = [...perKlasse.entries()]
      .sort()
      .map(([k, n]) => `${k}: ${n}`)
      .join(", ");
    if (process.env.AFSPRAAK_FUZZ_RAPPORT) {
      writeFileSync(process.env.AFSPRAAK_FUZZ_RAPPORT, problemen.map((p) => `${p.status}\t${p.wie}\t${p.route}\t${p.geval}\t${p.fragment}`).join("\n") + "\n");
    }
    console.log(`vijandige formulieren: ${verzoeken} verzoeken over ${acties.length} routes, ${problemen.length} problemen${telling ? ` (${telling})` : ""}`);
    expect(zonderNoStore, "GET-antwoorden zonder no-store tijdens het verkennen").toEqual([]);
    expect(
      problemen.map((p) => `${p.wie} ${p.route} — ${p.geval} — ${p.fragment}`).slice(0, 40),
      `${problemen.length} van ${verzoeken} vijandige verzoeken gingen mis`,
    ).toEqual([]);
  }, Number(process.env.AFSPRAAK_FUZZ_TIMEOUT_MS ?? 170_000));
});
