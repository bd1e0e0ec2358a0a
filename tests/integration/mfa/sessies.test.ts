/**
 * Sessions the user can see (issue 15): the list on Profiel → Beveiliging (device from the user agent, IP range,
 * first/last seen; never a session id in the page), log out here / everywhere else, the beheerder ending all
 * sessions of an account or its MFA, idle and absolute lifetimes, and last seen written at most once a minute.
 */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { sessionFromRequest } from "../../../app/platform/auth/sessies.server";
import { apparaatUit, ipBereik, sessieBeleid } from "../../../app/platform/auth/sessie-info.server";
import { action as inlogActie } from "../../../app/routes/inloggen";
import { loader as beveiligingLoader, action as beveiligingActie } from "../../../app/routes/profiel_.beveiliging";
import { action as beheerActie } from "../../../app/routes/beheer.medewerkers.$id_.beveiliging";
import { loader as beleidLoader, action as beleidActie } from "../../../app/routes/beheer.beveiliging";
import { DEMO_WACHTWOORD } from "../../../app/features/demodata/seed.server";
import { startSession } from "../../../app/platform/auth/sessies.server";

const { sqlite } = getDatabase();
const idVan = (email: string) => (sqlite.prepare("SELECT id FROM medewerkers WHERE email = ?").get(email) as { id: string }).id;
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

async function roep(fn: (a: never) => unknown, request: Request, ip = "10.1.2.3", params: Record<string, string> = {}) {
  try {
    return (await fn({ request, params, context: { nonce: "", requestId: "t", clientIp: ip } } as never)) as Response | { data: any; init: { status?: number } | null };
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}
function post(pad: string, velden: Record<string, string> | [string, string][], cookie = "", ua = CHROME): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "User-Agent": ua },
    body: new URLSearchParams(velden).toString(),
  });
}
const get = (pad: string, cookie: string) => new Request(`http://localhost${pad}`, { headers: { Cookie: cookie } });
const ingelogd = async (cookie: string) => (await sessionFromRequest(get("/", cookie))).user;

async function login(email: string, ua: string, ip: string): Promise<string> {
  const r = (await roep(inlogActie, post("/inloggen", { email, wachtwoord: DEMO_WACHTWOORD }, "", ua), ip)) as Response;
  expect(r.headers.get("Location")).toBe("/mijn-werk");
  return r.headers.get("Set-Cookie")!.split(";")[0]!;
}

describe("sessies die de gebruiker ziet", () => {
  it("de lijst toont apparaat, IP-bereik en tijden, deze sessie eerst, en nooit een sessie-id", async () => {
    const laptop = await login("lotte@voorbeeld.nl", CHROME, "192.168.17.42");
    const telefoon = await login("lotte@voorbeeld.nl", IPHONE, "2001:db8:abcd:12::7");
    const r = (await roep(beveiligingLoader, get("/profiel/beveiliging", laptop))) as { data: any };
    const sessies = r.data.sessies as { apparaat: string; ipBereik: string; deze: boolean; eerstOp: number; laatstOp: number }[];
    expect(sessies).toHaveLength(2);
    expect(sessies[0]).toMatchObject({ apparaat: "Chrome · Windows", ipBereik: "192.168.17.0/24", deze: true });
    expect(sessies[1]).toMatchObject({ apparaat: "Safari · iPhone", ipBereik: "2001:db8:abcd::/48", deze: false });
    const json = JSON.stringify(r.data);
    for (const c of [laptop, telefoon]) expect(json).not.toContain(c.split("=")[1]!);
    expect(json).not.toContain("192.168.17.42");
  });

  it("'overal anders uitloggen' maakt de cookie van de andere sessie nutteloos; deze blijft werken", async () => {
    const a = await login("eva@voorbeeld.nl", CHROME, "10.0.0.1");
    const b = await login("eva@voorbeeld.nl", IPHONE, "10.0.0.2");
    const c = await login("eva@voorbeeld.nl", IPHONE, "10.0.0.3");
    const r = (await roep(beveiligingActie, post("/profiel/beveiliging", { intent: "elders" }, a))) as { data: any };
    expect(r.data.melding).toBe("Uitgelogd op 2 andere plekken.");
    expect(await ingelogd(b)).toBeNull();
    expect(await ingelogd(c)).toBeNull();
    expect((await ingelogd(a))?.email).toBe("eva@voorbeeld.nl");
    const audit = sqlite.prepare("SELECT details FROM audit_log WHERE actie = 'sessie.elders_beeindigd' AND object_id = ? ORDER BY id DESC").get(idVan("eva@voorbeeld.nl")) as { details: string };
    expect(JSON.parse(audit.details)).toEqual({ aantal: 2 });
  });

  it("'hier uitloggen' beëindigt één sessie; die van een ander kan niet", async () => {
    const a = await login("bram@voorbeeld.nl", CHROME, "10.0.0.1");
    const b = await login("bram@voorbeeld.nl", IPHONE, "10.0.0.2");
    const lijst = ((await roep(beveiligingLoader, get("/profiel/beveiliging", a))) as { data: any }).data.sessies as { id: string; deze: boolean }[];
    const ander = lijst.find((s) => !s.deze)!;
    const vreemd = await login("noor@voorbeeld.nl", CHROME, "10.0.0.9");
    const nietVanMij = (await roep(beveiligingActie, post("/profiel/beveiliging", { intent: "uitloggen", sessie: ander.id }, vreemd))) as { init: { status: number } };
    expect(nietVanMij.init.status).toBe(404);
    expect(await ingelogd(b)).not.toBeNull();
    await roep(beveiligingActie, post("/profiel/beveiliging", { intent: "uitloggen", sessie: ander.id }, a));
    expect(await ingelogd(b)).toBeNull();
    const deze = lijst.find((s) => s.deze)!;
    const zelf = (await roep(beveiligingActie, post("/profiel/beveiliging", { intent: "uitloggen", sessie: deze.id }, a))) as Response;
    expect(zelf.headers.get("Location")).toBe("/inloggen?uitgelogd=1");
    expect(await ingelogd(a)).toBeNull();
  });

  it("de beheerder beëindigt alle sessies van een account (verloren laptop) en zet MFA uit (verloren telefoon)", async () => {
    const beheer = await startSession(idVan("wim@voorbeeld.nl"));
    const yusuf = idVan("yusuf@voorbeeld.nl");
    const a = await login("yusuf@voorbeeld.nl", CHROME, "10.0.0.1");
    const b = await login("yusuf@voorbeeld.nl", IPHONE, "10.0.0.2");
    const r = (await roep(beheerActie, post(`/beheer/medewerkers/${yusuf}/beveiliging`, { intent: "sessies" }, beheer.split(";")[0]!), "10.9.9.9", { id: yusuf })) as Response;
    expect(r.headers.get("Location")).toBe(`/beheer/medewerkers/${yusuf}?melding=sessies-2`);
    expect(await ingelogd(a)).toBeNull();
    expect(await ingelogd(b)).toBeNull();
    // an account that is not a medewerker of ours
    const onbekend = (await roep(beheerActie, post(`/beheer/medewerkers/x/beveiliging`, { intent: "sessies" }, beheer.split(";")[0]!), "10.9.9.9", { id: "bestaat-niet" })) as Response;
    expect(onbekend.status).toBe(404);
    // MFA reset: the authenticator and codes are gone, every session of the account ends
    const ruben = idVan("ruben@voorbeeld.nl");
    const rubenSessie = (await startSession(ruben)).split(";")[0]!;
    const reset = (await roep(beheerActie, post(`/beheer/medewerkers/${ruben}/beveiliging`, { intent: "tweestaps" }, beheer.split(";")[0]!), "10.9.9.9", { id: ruben })) as Response;
    expect(reset.headers.get("Location")).toBe(`/beheer/medewerkers/${ruben}?melding=tweestaps-uit`);
    expect(sqlite.prepare("SELECT 1 FROM mfa_totp WHERE medewerker_id = ?").get(ruben)).toBeUndefined();
    expect(await ingelogd(rubenSessie)).toBeNull();
    // a medewerker cannot do this
    const fatima = (await startSession(idVan("fatima@voorbeeld.nl"))).split(";")[0]!;
    const geweigerd = (await roep(beheerActie, post(`/beheer/medewerkers/${yusuf}/beveiliging`, { intent: "sessies" }, fatima), "10.9.9.9", { id: yusuf })) as Response;
    expect(geweigerd.status).toBe(403);
  });

  it("laatst gezien wordt hoogstens eens per minuut geschreven; na de inactieve tijd is de sessie voorbij", async () => {
    const c = await login("sophie@voorbeeld.nl", CHROME, "10.0.0.1");
    const lees = () => (sqlite.prepare("SELECT laatst_op AS l FROM sessie_info WHERE medewerker_id = ? ORDER BY eerst_op DESC LIMIT 1").get(idVan("sophie@voorbeeld.nl")) as { l: number }).l;
    const eerst = lees();
    const wijzigingen = sqlite.prepare("SELECT total_changes() AS n");
    const voor = (wijzigingen.get() as { n: number }).n;
    for (let i = 0; i < 20; i++) await ingelogd(c);
    expect((wijzigingen.get() as { n: number }).n - voor).toBe(0); // twenty requests, no write
    expect(lees()).toBe(eerst);
    sqlite.prepare("UPDATE sessie_info SET laatst_op = laatst_op - 61000 WHERE medewerker_id = ?").run(idVan("sophie@voorbeeld.nl"));
    await ingelogd(c);
    expect(lees()).toBeGreaterThan(eerst - 1000);
    expect(sessieBeleid().inactiefMinuten).toBe(30);
    sqlite.prepare("UPDATE sessie_info SET laatst_op = laatst_op - 31 * 60000 WHERE medewerker_id = ?").run(idVan("sophie@voorbeeld.nl"));
    expect(await ingelogd(c)).toBeNull();
  });

  it("de beheerder stelt de inactieve en maximale duur en de verplichte rollen in; fouten bij het veld", async () => {
    const beheer = (await startSession(idVan("laura@voorbeeld.nl"))).split(";")[0]!;
    const pagina = (await roep(beleidLoader, get("/beheer/beveiliging", beheer))) as { data: any };
    expect(pagina.data.rollen.filter((r: { verplicht: boolean }) => r.verplicht).map((r: { rol: string }) => r.rol)).toEqual(["regieteam", "beheerder", "privacy"]);
    const fout = (await roep(beleidActie, post("/beheer/beveiliging", [["rol", "beheerder"], ["inactiefMinuten", "2"], ["maxUren", "abc"]], beheer))) as { data: any; init: { status: number } };
    expect(fout.init.status).toBe(400);
    expect(fout.data.fouten.inactiefMinuten[0]).toBe("Minstens 5 minuten.");
    expect(fout.data.fouten.maxUren[0]).toBe("Vul een aantal uren in.");
    const ok = (await roep(beleidActie, post("/beheer/beveiliging", [["rol", "beheerder"], ["rol", "teamleider"], ["rol", "onzin"], ["inactiefMinuten", "15"], ["maxUren", "8"]], beheer))) as Response;
    expect(ok.headers.get("Location")).toBe("/beheer/beveiliging?opgeslagen=1");
    expect(sessieBeleid()).toEqual({ inactiefMinuten: 15, maxUren: 8, mfaRollen: ["beheerder", "teamleider"] });
    sqlite.prepare("DELETE FROM instellingen WHERE sleutel IN ('tweestaps_verplicht_rollen', 'sessie_inactief_minuten', 'sessie_max_uren')").run();
  });

  it("apparaat en IP-bereik uit user agent en adres", () => {
    expect(apparaatUit("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("Firefox · Linux");
    expect(apparaatUit("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("Edge · macOS");
    expect(apparaatUit("")).toBe("");
    expect(ipBereik("::ffff:83.84.85.86")).toBe("83.84.85.0/24");
    expect(ipBereik("::1")).toBe("0:0:0::/48");
    expect(ipBereik("fe80::1%eth0")).toBe("fe80:0:0::/48");
    expect(ipBereik("onbekend")).toBe("");
  });
});
