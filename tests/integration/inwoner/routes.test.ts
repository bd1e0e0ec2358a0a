/**
 * The public routes as the host calls them: status codes, headers and pages of every refusal (honeypot, fill
 * time, rate limit 429 + Retry-After, body size 413, not a form 415), and the status page's headers and its
 * single 404 for unknown and expired tokens.
 */
import { beforeEach, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { advance, now, setNow } from "../../../app/platform/clock";
import { maakStempel, STANDAARD_LIMIETEN } from "../../../app/features/inwoner/beveiliging.server";
import { nieuweStatusLink, tokenUitUrl } from "../../../app/features/inwoner/statuslink.server";
import * as klacht from "../../../app/routes/inwoner.klacht";
import * as suggestie from "../../../app/routes/inwoner.suggestie";
import * as status from "../../../app/routes/inwoner.status.$token";

const T0 = Date.parse("2026-12-01T09:00:00+01:00");
beforeEach(() => setNow(T0));

function post(url: string, velden: Record<string, string>, extra: { bestand?: { naam: string; bytes: Uint8Array<ArrayBuffer> } } = {}): Request {
  const f = new FormData();
  for (const [k, v] of Object.entries(velden)) f.set(k, v);
  if (extra.bestand) f.append("bijlage", new Blob([extra.bestand.bytes]), extra.bestand.naam);
  return new Request(`http://localhost${url}`, { method: "POST", body: f });
}
const ctx = (ip: string) => ({ clientIp: ip, requestId: "test" });
const geldig = (over: Record<string, string> = {}) => ({
  website: "",
  formulierStempel: maakStempel(now() - 5_000),
  naam: "Els de Wit",
  email: "els@example.nl",
  antwoordVia: "e-mail",
  wat: "Ik wacht al weken op antwoord.",
  ...over,
});

type Antwoord = { data: Record<string, unknown>; init: { status?: number; headers?: Record<string, string> } | null };
async function roep(fn: (a: never) => Promise<unknown>, request: Request, params: Record<string, string> = {}, ip = "192.0.2.1") {
  try {
    const v = await fn({ request, params, context: ctx(ip) } as never);
    return v as Response | Antwoord;
  } catch (e) {
    // a thrown Response or data(…, { status }) is an answer; anything else would have been a 500
    if (e instanceof Response || (e && typeof e === "object" && (e as { type?: string }).type === "DataWithResponseInit")) return e as Response | Antwoord;
    return { data: { fout: String(e) }, init: { status: 500 } } as Antwoord;
  }
}
const statusVan = (v: Response | Antwoord) => (v instanceof Response ? v.status : (v.init?.status ?? 200));
const headersVan = (v: Response | Antwoord) => (v instanceof Response ? Object.fromEntries(v.headers) : (v.init?.headers ?? {}));

describe("public form routes", () => {
  it("a valid complaint redirects to its own status page", async () => {
    const r = (await roep(klacht.action, post("/inwoner/klacht", geldig()))) as Response;
    expect(r.status).toBe(302);
    expect(r.headers.get("Location")).toMatch(/^\/inwoner\/status\/[A-Za-z0-9_-]{43}\?ontvangen=1$/);
  });

  it("honeypot 400, too fast 400, each with the typed text back", async () => {
    const hp = (await roep(klacht.action, post("/inwoner/klacht", geldig({ website: "x" })))) as Antwoord;
    expect(statusVan(hp)).toBe(400);
    expect(hp.data.weigering).toMatchObject({ soort: "honingpot" });
    expect((hp.data.waarden as Record<string, string>).wat).toBe("Ik wacht al weken op antwoord.");
    const snel = (await roep(klacht.action, post("/inwoner/klacht", geldig({ formulierStempel: maakStempel(now()) })))) as Antwoord;
    expect(statusVan(snel)).toBe(400);
    expect(snel.data.weigering).toMatchObject({ soort: "stempel" });
  });

  it("rate limit: 429 with Retry-After and the typed text back", async () => {
    for (let i = 0; i < STANDAARD_LIMIETEN.ip.max; i++) {
      expect(statusVan(await roep(suggestie.action, post("/inwoner/suggestie", { website: "", formulierStempel: maakStempel(now() - 5_000), tekst: `idee ${i}` }), {}, "198.51.100.9"))).toBe(302);
      advance(100);
    }
    const r = (await roep(suggestie.action, post("/inwoner/suggestie", { website: "", formulierStempel: maakStempel(now() - 5_000), tekst: "nog één" }), {}, "198.51.100.9")) as Antwoord;
    expect(statusVan(r)).toBe(429);
    expect(Number(headersVan(r)["Retry-After"])).toBeGreaterThan(0);
    expect((r.data.waarden as Record<string, string>).tekst).toBe("nog één");
  });

  it("size limits: a body over the route's limit is 413, a JSON body 415, before anything is stored", async () => {
    const groot = "x".repeat(70 * 1024);
    const r = await roep(suggestie.action, post("/inwoner/suggestie", { website: "", formulierStempel: maakStempel(now() - 5_000), tekst: groot }));
    expect(statusVan(r)).toBe(413);
    expect(await (r as Response).text()).toMatch(/te groot/);
    const json = await roep(suggestie.action, new Request("http://localhost/inwoner/suggestie", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }));
    expect(statusVan(json)).toBe(415);
    const bijlage = await roep(klacht.action, post("/inwoner/klacht", geldig(), { bestand: { naam: "groot.txt", bytes: new Uint8Array(11 * 1024 * 1024).fill(65) } }));
    expect(statusVan(bijlage)).toBe(413);
  });
});

describe("status page route", () => {
  it("no-store, no-referrer and noindex; the same 404 for an unknown and an expired token", async () => {
    const ok = (await roep(klacht.action, post("/inwoner/klacht", geldig()))) as Response;
    const pad = ok.headers.get("Location")!.replace(/\?.*$/, "");
    const token = pad.split("/").pop()!;
    const v = (await roep(status.loader, new Request(`http://localhost${pad}`), { token })) as Antwoord;
    expect(statusVan(v)).toBe(200);
    expect(headersVan(v)).toMatchObject({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow" });
    expect(status.meta({} as never)).toEqual(expect.arrayContaining([{ name: "robots", content: "noindex, nofollow" }, { name: "referrer", content: "no-referrer" }]));

    const onbekend = (await roep(status.loader, new Request("http://localhost/inwoner/status/x"), { token: "A".repeat(43) })) as Antwoord;
    const afspraakId = (getDatabase().sqlite.prepare("SELECT afspraak_id FROM inwoner_statuslinks ORDER BY aangemaakt_op DESC LIMIT 1").get() as { afspraak_id: string }).afspraak_id;
    const kort = tokenUitUrl(nieuweStatusLink(afspraakId, { vervaltOp: now() + 1 }));
    advance(10);
    const verlopen = (await roep(status.loader, new Request("http://localhost/inwoner/status/x"), { token: kort })) as Antwoord;
    for (const x of [onbekend, verlopen]) {
      expect(statusVan(x)).toBe(404);
      expect(x.data).toBe("Niet gevonden");
      expect(headersVan(x)).toMatchObject({ "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" });
    }
    // actions on an unknown token: the same 404
    const actie = (await roep(status.action, post("/inwoner/status/x", { intent: "aanvullen", tekst: "hallo" }), { token: "B".repeat(43) })) as Antwoord;
    expect(statusVan(actie)).toBe(404);
  });
});

describe("hostile bodies", () => {
  it("never a 5xx on any public action, whatever the fields", async () => {
    const routes = [
      ["/inwoner/klacht", klacht.action, {}],
      ["/inwoner/suggestie", suggestie.action, {}],
      ["/inwoner/status/x", status.action, { token: "C".repeat(43) }],
    ] as const;
    const ok = (await roep(klacht.action, post("/inwoner/klacht", geldig()))) as Response;
    const token = ok.headers.get("Location")!.replace(/\?.*$/, "").split("/").pop()!;
    const lichamen: Record<string, string>[] = [
      {},
      { formulierStempel: "9".repeat(16) + "." + "f".repeat(32), website: "" },
      { formulierStempel: "abc", naam: "\u0000\u202e", wat: "<script>alert(1)</script>", antwoordVia: "duif", wanneer: "2026-02-31", afdeling: "-1" },
      { ...geldig(), email: "a@b", telefoon: "++++", adres: "x".repeat(500) },
      { intent: "tijdstip", datum: "9999-99-99", tijd: "25:61" },
      { intent: "intrekken", bevestig: "nee" },
      { intent: "onbekend" },
      { intent: "aanvullen", tekst: "x".repeat(5000) },
    ];
    for (const b of lichamen) {
      for (const [url, fn, params] of routes) {
        const r = await roep(fn, post(url, b), params);
        expect(statusVan(r), `${url} ${JSON.stringify(b).slice(0, 80)}`).toBeLessThan(500);
      }
      const s = await roep(status.action, post(`/inwoner/status/${token}`, b), { token }, "192.0.2.77");
      expect(statusVan(s), `status ${JSON.stringify(b).slice(0, 80)}`).toBeLessThan(500);
    }
  });
});
