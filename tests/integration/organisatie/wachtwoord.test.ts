import { describe, expect, it, afterEach } from "vitest";
import { linkInfo, maakWachtwoordLink, stelWachtwoordIn, LINK_GELDIG_UREN, ONGELDIGE_LINK_MELDING } from "../../../app/features/inloggen/wachtwoord.server";
import { zetMedewerkerActief, medewerker } from "../../../app/features/organisatie/organisatie.server";
import { probeerInloggen } from "../../../app/features/inloggen/throttle.server";
import { sessionFromRequest, startSession } from "../../../app/platform/auth/sessies.server";
import { advance, resetClock } from "../../../app/platform/clock";
import { run } from "../../../app/cli/commands/wachtwoord-reset";
import { loader, action } from "../../../app/routes/wachtwoord.$token";
import { ctx, persoon, auditRegels } from "./helpers";

const NIEUW = "Mijn-nieuwe-zin-2026!";
const token = (url: string) => url.split("/wachtwoord/")[1]!;

afterEach(() => resetClock());

describe("eenmalige wachtwoordlinks", () => {
  it("stelt een wachtwoord in, eindigt sessies, en werkt maar één keer", async () => {
    const laura = persoon("laura@voorbeeld.nl");
    const daan = persoon("daan@voorbeeld.nl");
    const cookie = await startSession(daan.id);
    const link = maakWachtwoordLink(daan.id, laura, { context: ctx, basisUrl: "http://x" })!;
    expect(linkInfo(token(link.url))).toEqual({ email: "daan@voorbeeld.nl", naam: "Daan Smit" });

    const te = await stelWachtwoordIn(token(link.url), "kort", "kort", ctx);
    expect(te).toMatchObject({ ok: false, reden: "wachtwoord" });
    const anders = await stelWachtwoordIn(token(link.url), NIEUW, NIEUW + "x", ctx);
    expect(anders.ok === false && anders.reden === "wachtwoord" && anders.fouten.herhaling?.[0]).toMatch(/niet gelijk/);

    const r = await stelWachtwoordIn(token(link.url), NIEUW, NIEUW, ctx);
    expect(r).toEqual({ ok: true, medewerkerId: daan.id });
    expect((await probeerInloggen("daan@voorbeeld.nl", NIEUW, "10.2.2.2")).ok).toBe(true);
    expect(
      (await sessionFromRequest(new Request("http://localhost/", { headers: { Cookie: cookie.split(";")[0]! } }))).user,
    ).toBeNull();
    expect(auditRegels("wachtwoord.ingesteld", daan.id)).toHaveLength(1);

    const nogmaals = await stelWachtwoordIn(token(link.url), "Nog-een-wachtwoord-1", "Nog-een-wachtwoord-1", ctx);
    expect(nogmaals).toEqual({ ok: false, reden: "ongeldig", melding: ONGELDIGE_LINK_MELDING });
    expect(linkInfo(token(link.url))).toBeNull();
  });

  it("verloopt na 72 uur, en een nieuwe link maakt de vorige ongeldig", () => {
    const anouk = persoon("anouk@voorbeeld.nl");
    const eerste = maakWachtwoordLink(anouk.id, null)!;
    const tweede = maakWachtwoordLink(anouk.id, null)!;
    expect(linkInfo(token(eerste.url))).toBeNull();
    expect(linkInfo(token(tweede.url))).not.toBeNull();
    advance(LINK_GELDIG_UREN * 3600_000 - 60_000);
    expect(linkInfo(token(tweede.url))).not.toBeNull();
    advance(120_000);
    expect(linkInfo(token(tweede.url))).toBeNull();
  });

  it("geen link voor een gedeactiveerde medewerker; deactiveren maakt open links ongeldig", async () => {
    const wim = persoon("wim@voorbeeld.nl");
    const noor = persoon("noor@voorbeeld.nl");
    const link = maakWachtwoordLink(noor.id, wim)!;
    await zetMedewerkerActief(wim, noor.id, medewerker(noor.id)!.versie, false);
    expect(linkInfo(token(link.url))).toBeNull();
    expect(maakWachtwoordLink(noor.id, wim)).toBeNull();
  });

  it("de pagina zegt bij een onbekende link niets over het account", async () => {
    const res = await loader({ request: new Request("http://localhost/wachtwoord/onzin"), params: { token: "onzin" }, context: ctx } as never);
    const d = res as unknown as { data: { geldig: boolean; email: string | null; melding: string }; init: { status: number } };
    expect(d.data).toEqual({ geldig: false, email: null, melding: ONGELDIGE_LINK_MELDING });
    expect(d.init.status).toBe(404);
    const body = new URLSearchParams({ wachtwoord: NIEUW, herhaling: NIEUW });
    const post = await action({
      request: new Request("http://localhost/wachtwoord/onzin", { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
      params: { token: "onzin" },
      context: ctx,
    } as never);
    expect((post as unknown as { init: { status: number } }).init.status).toBe(404);
    expect(auditRegels("wachtwoord.ingesteld").some((r) => r.resultaat === "geweigerd")).toBe(true);
  });

  it("de pagina zet het wachtwoord en stuurt door naar inloggen", async () => {
    const pieter = persoon("pieter@voorbeeld.nl");
    const t = token(maakWachtwoordLink(pieter.id, null)!.url);
    const body = new URLSearchParams({ wachtwoord: NIEUW, herhaling: NIEUW });
    const res = (await action({
      request: new Request(`http://localhost/wachtwoord/${t}`, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
      params: { token: t },
      context: ctx,
    } as never)) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/inloggen/);
  });
});

describe("CLI wachtwoord-reset", () => {
  function vang() {
    const out: string[] = [];
    const err: string[] = [];
    const o = process.stdout.write.bind(process.stdout);
    const e = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
    return {
      out,
      err,
      herstel: () => {
        process.stdout.write = o;
        process.stderr.write = e;
      },
    };
  }

  it("drukt een bruikbare link af met AFSPRAAK_BASE_URL", async () => {
    process.env.AFSPRAAK_BASE_URL = "https://afspraak.gemeente.example/";
    const v = vang();
    let code: number;
    try {
      code = await run(["Eva@Voorbeeld.nl"]);
    } finally {
      v.herstel();
      delete process.env.AFSPRAAK_BASE_URL;
    }
    expect(code).toBe(0);
    const url = v.out.join("").trim();
    expect(url).toMatch(/^https:\/\/afspraak\.gemeente\.example\/wachtwoord\/[A-Za-z0-9_-]{43}$/);
    expect(linkInfo(token(url))?.email).toBe("eva@voorbeeld.nl");
  });

  it("onbekend e-mailadres: Nederlandse fout op stderr, code 2", async () => {
    const v = vang();
    let code: number;
    try {
      code = await run(["niemand@voorbeeld.nl"]);
    } finally {
      v.herstel();
    }
    expect(code).toBe(2);
    expect(v.out.join("")).toBe("");
    expect(v.err.join("")).toMatch(/Geen actieve medewerker gevonden/);
  });
});
