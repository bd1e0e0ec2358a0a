/**
 * Two-step verification through the real routes and modules (issue 15): the session stays half after the password
 * until a TOTP code (RFC 6238, computed here from the secret) or a recovery code is given; replay within the window
 * is refused; 5 wrong codes lock code entry; recovery codes work once; exports of personal data want a code from
 * the last 10 minutes; a role that requires MFA reaches no page before setting it up; every attempt is audited.
 */
import { describe, expect, it, beforeAll } from "vitest";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import QRCode from "qrcode";
import { getDatabase } from "../../../db/client";
import { action as inlogActie } from "../../../app/routes/inloggen";
import { loader as codeLoader, action as codeActie } from "../../../app/routes/inloggen_.code";
import { loader as instelLoader, action as instelActie } from "../../../app/routes/inloggen_.tweestaps";
import { loader as bevestigLoader, action as bevestigActie } from "../../../app/routes/inloggen_.bevestigen";
import { loader as mijnWerk } from "../../../app/routes/mijn-werk";
import { loader as mijnWerkExport } from "../../../app/routes/mijn-werk_.export";
import { loader as beheerIndex } from "../../../app/routes/beheer._index";
import { DEMO_TOTP_GEHEIM } from "../../../app/features/tweestaps/demo";
import { DEMO_WACHTWOORD } from "../../../app/features/demodata/seed.server";
import { BLOKKADE_MS } from "../../../app/features/tweestaps/tweestaps.server";

const CONTEXT = { nonce: "", requestId: "t", clientIp: "10.1.2.3" };
const { sqlite } = getDatabase();
const idVan = (email: string) => (sqlite.prepare("SELECT id FROM medewerkers WHERE email = ?").get(email) as { id: string }).id;
const demoGeheim = decodeBase32IgnorePadding(DEMO_TOTP_GEHEIM);
const stap = (ms = Date.now()) => Math.floor(ms / 30_000);
const code = (geheim: Uint8Array, teller = stap()) => generateHOTP(geheim, BigInt(teller), 6);

async function roep(fn: (a: never) => unknown, request: Request, params: Record<string, string> = {}): Promise<Response | { data: unknown; init: { status?: number } | null }> {
  try {
    return (await fn({ request, params, context: CONTEXT } as never)) as Response;
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}

function post(pad: string, velden: Record<string, string>, cookie = ""): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36" },
    body: new URLSearchParams(velden).toString(),
  });
}
const get = (pad: string, cookie: string) => new Request(`http://localhost${pad}`, { headers: { Cookie: cookie } });
const koekje = (r: Response) => r.headers.get("Set-Cookie")!.split(";")[0]!;
const status = (r: Awaited<ReturnType<typeof roep>>) => (r instanceof Response ? r.status : (r.init?.status ?? 200));
const naar = (r: Awaited<ReturnType<typeof roep>>) => (r instanceof Response ? r.headers.get("Location") : null);

/** Password step through the real login action; returns the (half) session cookie and where it was sent. */
async function metWachtwoord(email: string, terug = "/mijn-werk"): Promise<{ cookie: string; naar: string }> {
  const r = (await roep(inlogActie, post("/inloggen", { email, wachtwoord: DEMO_WACHTWOORD, terug }))) as Response;
  expect(r.status).toBe(302);
  return { cookie: koekje(r), naar: r.headers.get("Location")! };
}

function auditTelling(actie: string, medewerkerId: string, resultaat?: string): number {
  return (
    sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE actie = ? AND object_id = ?${resultaat ? " AND resultaat = ?" : ""}`)
      .get(...[actie, medewerkerId, ...(resultaat ? [resultaat] : [])]) as { n: number }
  ).n;
}

/** Makes the last accepted step of an account older, so a test can use the current code (tests share the demo secret). */
function vergeetTeller(medewerkerId: string) {
  sqlite.prepare("UPDATE mfa_totp SET laatste_teller = 0 WHERE medewerker_id = ?").run(medewerkerId);
  sqlite.prepare("DELETE FROM mfa_pogingen WHERE medewerker_id = ?").run(medewerkerId);
}

describe("tweestapsverificatie bij het inloggen", () => {
  it("de demo-beheerders en het demo-regieteam hebben TOTP met het gepubliceerde geheim, versleuteld opgeslagen", () => {
    for (const e of ["laura@voorbeeld.nl", "wim@voorbeeld.nl", "hanna@voorbeeld.nl", "ruben@voorbeeld.nl"]) {
      const r = sqlite.prepare("SELECT geheim, bevestigd_op FROM mfa_totp WHERE medewerker_id = ?").get(idVan(e)) as { geheim: string; bevestigd_op: number };
      expect(r.bevestigd_op).toBeGreaterThan(0);
      expect(r.geheim).toMatch(/^v1\./);
      expect(r.geheim).not.toContain(DEMO_TOTP_GEHEIM);
      expect(Buffer.from(r.geheim.slice(3), "base64url").includes(Buffer.from(demoGeheim))).toBe(false);
    }
    expect(sqlite.prepare("SELECT 1 FROM mfa_totp WHERE medewerker_id = ?").get(idVan("fatima@voorbeeld.nl"))).toBeUndefined();
  });

  it("na het wachtwoord is de sessie half: geen pagina behalve de codepagina; met de juiste code volledig", async () => {
    const ruben = idVan("ruben@voorbeeld.nl");
    vergeetTeller(ruben);
    const { cookie, naar: eerst } = await metWachtwoord("ruben@voorbeeld.nl", "/klachten");
    expect(eerst).toBe("/inloggen/code?terug=%2Fklachten");
    for (const [fn, pad] of [[mijnWerk, "/mijn-werk"], [mijnWerkExport, "/mijn-werk/export?formaat=csv"]] as const) {
      const r = await roep(fn, get(pad, cookie));
      expect(status(r)).toBe(302);
      expect(naar(r)).toMatch(/^\/inloggen\/code\?terug=/);
    }
    const pagina = (await roep(codeLoader, get("/inloggen/code?terug=%2Fklachten", cookie))) as { data: { naam: string; demo: boolean } };
    expect(pagina.data).toMatchObject({ naam: "Ruben Dekker", demo: true });

    const fout = await roep(codeActie, post("/inloggen/code", { code: "000000", terug: "/klachten" }, cookie));
    expect(status(fout)).toBe(400);
    expect(JSON.stringify((fout as { data: unknown }).data)).toMatch(/klopt niet/);

    const goed = await roep(codeActie, post("/inloggen/code", { code: code(demoGeheim), terug: "/klachten" }, cookie));
    expect(naar(goed)).toBe("/klachten");
    expect(status(await roep(mijnWerk, get("/mijn-werk", cookie)))).toBe(200);
    expect(auditTelling("tweestaps.code", ruben, "ok")).toBeGreaterThanOrEqual(1);
    expect(auditTelling("tweestaps.code", ruben, "geweigerd")).toBeGreaterThanOrEqual(1);
    const regel = sqlite.prepare("SELECT details FROM audit_log WHERE actie = 'tweestaps.code' AND object_id = ? ORDER BY id DESC LIMIT 1").get(ruben) as { details: string };
    expect(regel.details).not.toContain(code(demoGeheim));
  });

  it("dezelfde code een tweede keer (ook in een andere sessie) wordt geweigerd: geen replay binnen het venster", async () => {
    const hanna = idVan("hanna@voorbeeld.nl");
    vergeetTeller(hanna);
    const c = code(demoGeheim);
    const a = await metWachtwoord("hanna@voorbeeld.nl");
    expect(naar(await roep(codeActie, post("/inloggen/code", { code: c }, a.cookie)))).toBe("/mijn-werk");
    const b = await metWachtwoord("hanna@voorbeeld.nl");
    const nogmaals = await roep(codeActie, post("/inloggen/code", { code: c }, b.cookie));
    expect(status(nogmaals)).toBe(400);
    expect(JSON.stringify((nogmaals as { data: unknown }).data)).toMatch(/al gebruikt/);
    expect(status(await roep(mijnWerk, get("/mijn-werk", b.cookie)))).toBe(302);
    // an older step is refused as well once a newer one was used; the next step is accepted (clock drift ±1)
    expect(status(await roep(codeActie, post("/inloggen/code", { code: code(demoGeheim, stap() - 1) }, b.cookie)))).toBe(400);
    expect(naar(await roep(codeActie, post("/inloggen/code", { code: code(demoGeheim, stap() + 1) }, b.cookie)))).toBe("/mijn-werk");
    const reden = sqlite.prepare("SELECT details FROM audit_log WHERE actie = 'tweestaps.code' AND object_id = ? AND resultaat = 'geweigerd' ORDER BY id").all(hanna) as { details: string }[];
    expect(reden.some((r) => JSON.parse(r.details).reden === "hergebruikt")).toBe(true);
  });

  it("5 verkeerde codes blokkeren het account een kwartier, ook voor de juiste code; elke poging staat in de audit", async () => {
    const wim = idVan("wim@voorbeeld.nl");
    vergeetTeller(wim);
    const { cookie } = await metWachtwoord("wim@voorbeeld.nl");
    const voor = auditTelling("tweestaps.code", wim);
    for (let i = 0; i < 4; i++) expect(status(await roep(codeActie, post("/inloggen/code", { code: String(100000 + i) }, cookie)))).toBe(400);
    expect(status(await roep(codeActie, post("/inloggen/code", { code: "123457" }, cookie)))).toBe(429);
    const juist = await roep(codeActie, post("/inloggen/code", { code: code(demoGeheim) }, cookie));
    expect(status(juist)).toBe(429);
    expect(JSON.stringify((juist as { data: unknown }).data)).toMatch(/Te vaak een verkeerde code. Probeer het over 15 minuten opnieuw/);
    expect(status(await roep(mijnWerk, get("/mijn-werk", cookie)))).toBe(302);
    expect(auditTelling("tweestaps.code", wim) - voor).toBe(6);
    // after the lock the right code works again
    sqlite.prepare("UPDATE mfa_pogingen SET geblokkeerd_tot = ? WHERE medewerker_id = ?").run(Date.now() - 1, wim);
    expect(naar(await roep(codeActie, post("/inloggen/code", { code: code(demoGeheim) }, cookie)))).toBe("/mijn-werk");
    expect(BLOKKADE_MS).toBe(15 * 60_000);
  });
});

describe("instellen, herstelcodes en step-up", () => {
  let geheim: Uint8Array;
  let herstel: string[];
  let cookie: string;

  beforeAll(async () => {
    // Daan (medewerker) sets up MFA voluntarily from a complete session
    const r = await metWachtwoord("daan@voorbeeld.nl");
    expect(r.naar).toBe("/mijn-werk");
    cookie = r.cookie;
    const pagina = (await roep(instelLoader, get("/inloggen/tweestaps", cookie))) as { data: { gegevens: { uri: string; geheimTekst: string; qr: string } } };
    const uri = new URL(pagina.data.gegevens.uri);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("issuer")).toBe("Afspraak");
    // the QR code's payload is exactly the otpauth URI (the same library renders the URI to the same SVG)
    const svg = await QRCode.toString(pagina.data.gegevens.uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    expect(pagina.data.gegevens.qr).toBe(`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`);
    expect(pagina.data.gegevens.geheimTekst.replace(/ /g, "")).toBe(uri.searchParams.get("secret"));
    geheim = decodeBase32IgnorePadding(uri.searchParams.get("secret")!);
    expect(geheim).toHaveLength(20);
    const fout = await roep(instelActie, post("/inloggen/tweestaps", { code: "12345" }, cookie));
    expect(JSON.stringify((fout as { data: unknown }).data)).toMatch(/zes cijfers/);
    const ok = (await roep(instelActie, post("/inloggen/tweestaps", { code: code(geheim) }, cookie))) as { data: { herstelcodes: string[] } };
    herstel = ok.data.herstelcodes;
  });

  it("tien herstelcodes, alleen als SHA-256 opgeslagen; de volgende keer vraagt het inloggen een code", async () => {
    const daan = idVan("daan@voorbeeld.nl");
    expect(herstel).toHaveLength(10);
    expect(new Set(herstel).size).toBe(10);
    for (const c of herstel) expect(c).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    const opgeslagen = sqlite.prepare("SELECT code_hash FROM mfa_herstelcodes WHERE medewerker_id = ?").all(daan) as { code_hash: string }[];
    expect(opgeslagen).toHaveLength(10);
    expect(opgeslagen.every((r) => /^[0-9a-f]{64}$/.test(r.code_hash))).toBe(true);
    expect(JSON.stringify(opgeslagen)).not.toContain(herstel[0]!.replace(/-/g, ""));
    expect((await metWachtwoord("daan@voorbeeld.nl")).naar).toMatch(/^\/inloggen\/code/);
  });

  it("een herstelcode werkt één keer (ook met hoofdletters of spaties), daarna niet meer", async () => {
    const a = await metWachtwoord("daan@voorbeeld.nl");
    const r = await roep(codeActie, post("/inloggen/code", { code: ` ${herstel[3]!.toUpperCase().replace(/-/g, " ")} ` }, a.cookie));
    expect(naar(r)).toBe("/profiel/beveiliging?herstelcode=9");
    expect(status(await roep(mijnWerk, get("/mijn-werk", a.cookie)))).toBe(200);
    const b = await metWachtwoord("daan@voorbeeld.nl");
    const nogmaals = await roep(codeActie, post("/inloggen/code", { code: herstel[3]! }, b.cookie));
    expect(status(nogmaals)).toBe(400);
    expect(JSON.stringify((nogmaals as { data: unknown }).data)).toMatch(/herstelcode klopt niet of is al gebruikt/);
  });

  it("een export van persoonsgegevens vraagt een code van de laatste 10 minuten", async () => {
    const daan = idVan("daan@voorbeeld.nl");
    sqlite.prepare("UPDATE mfa_totp SET laatste_teller = 0 WHERE medewerker_id = ?").run(daan);
    const a = await metWachtwoord("daan@voorbeeld.nl");
    expect(naar(await roep(codeActie, post("/inloggen/code", { code: code(geheim) }, a.cookie)))).toBe("/mijn-werk");
    const vers = await roep(mijnWerkExport, get("/mijn-werk/export?formaat=csv", a.cookie));
    expect(status(vers)).toBe(200);
    // eleven minutes later the same session is asked again
    sqlite.prepare("UPDATE sessie_info SET tweede_factor_op = tweede_factor_op - 11 * 60000 WHERE medewerker_id = ?").run(daan);
    const oud = await roep(mijnWerkExport, get("/mijn-werk/export?formaat=csv", a.cookie));
    expect(naar(oud)).toBe("/inloggen/bevestigen?terug=%2Fmijn-werk%2Fexport%3Fformaat%3Dcsv");
    expect(status(await roep(bevestigLoader, get("/inloggen/bevestigen?terug=%2Fmijn-werk%2Fexport%3Fformaat%3Dcsv", a.cookie)))).toBe(200);
    const bevestigd = await roep(bevestigActie, post("/inloggen/bevestigen", { code: code(geheim, stap() + 1), terug: "/mijn-werk/export?formaat=csv" }, a.cookie));
    expect(naar(bevestigd)).toBe("/mijn-werk/export?formaat=csv");
    expect(status(await roep(mijnWerkExport, get("/mijn-werk/export?formaat=csv", a.cookie)))).toBe(200);
  });

  it("zonder tweestapsverificatie vraagt een export eerst het instellen", async () => {
    const { cookie: c } = await metWachtwoord("jeroen@voorbeeld.nl");
    expect(naar(await roep(mijnWerkExport, get("/mijn-werk/export?formaat=csv", c)))).toBe("/inloggen/tweestaps?reden=export&terug=%2Fmijn-werk%2Fexport%3Fformaat%3Dcsv");
  });
});

describe("verplicht per rol", () => {
  it("een beheerder zonder tweestapsverificatie komt nergens behalve bij het instellen; daarna wel", async () => {
    const laura = idVan("laura@voorbeeld.nl");
    sqlite.prepare("DELETE FROM mfa_totp WHERE medewerker_id = ?").run(laura);
    const { cookie, naar: eerst } = await metWachtwoord("laura@voorbeeld.nl", "/beheer");
    expect(eerst).toBe("/inloggen/tweestaps?terug=%2Fbeheer");
    for (const [fn, pad] of [[beheerIndex, "/beheer"], [mijnWerk, "/mijn-werk"], [codeLoader, "/inloggen/code"]] as const) {
      const r = await roep(fn, get(pad, cookie));
      expect(status(r)).toBe(302);
      expect(naar(r)).toMatch(/^\/inloggen\/tweestaps/);
    }
    const pagina = (await roep(instelLoader, get("/inloggen/tweestaps?terug=%2Fbeheer", cookie))) as { data: { verplicht: boolean; gegevens: { uri: string } } };
    expect(pagina.data.verplicht).toBe(true);
    const g = decodeBase32IgnorePadding(new URL(pagina.data.gegevens.uri).searchParams.get("secret")!);
    const ok = (await roep(instelActie, post("/inloggen/tweestaps", { code: code(g), terug: "/beheer" }, cookie))) as { data: { herstelcodes: string[]; terug: string } };
    expect(ok.data.herstelcodes).toHaveLength(10);
    expect(ok.data.terug).toBe("/beheer");
    expect(status(await roep(beheerIndex, get("/beheer", cookie)))).toBe(200);
  });

  it("wordt MFA verplicht voor een rol, dan moet een lopende sessie van die rol het eerst instellen", async () => {
    const { cookie } = await metWachtwoord("sanne@voorbeeld.nl");
    expect(status(await roep(mijnWerk, get("/mijn-werk", cookie)))).toBe(200);
    sqlite.prepare("INSERT INTO instellingen (sleutel, waarde) VALUES ('tweestaps_verplicht_rollen', ?) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde").run(JSON.stringify(["beheerder", "regieteam", "teamleider"]));
    try {
      expect(naar(await roep(mijnWerk, get("/mijn-werk", cookie)))).toBe("/inloggen/tweestaps?terug=%2Fmijn-werk");
    } finally {
      sqlite.prepare("DELETE FROM instellingen WHERE sleutel = 'tweestaps_verplicht_rollen'").run();
    }
  });
});
