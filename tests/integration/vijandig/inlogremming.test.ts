/**
 * Login throttling (issue 19): accounts are protected by an exponential delay and a lock, while one noisy address
 * — the municipality's shared NAT, or a script behind it — never refuses a colleague who types the right password.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { probeerInloggen, THROTTLE, vertragingVoor, wachten } from "../../../app/features/inloggen/throttle.server";
import { action as inlogActie } from "../../../app/routes/inloggen";

const GOED = "Voorbeeld-demo-2026";
let wachttijden: number[] = [];
const echteSlaap = wachten.slaap;

beforeEach(() => {
  wachttijden = [];
  wachten.slaap = async (ms: number) => {
    wachttijden.push(ms);
  };
});

afterEach(() => {
  wachten.slaap = echteSlaap;
});

/** Moves every lock and window of the throttle table back in time, as if `ms` had passed. */
function laatTijdVerstrijken(ms: number) {
  getDatabase().sqlite.prepare("UPDATE login_throttle SET eerste_fout_op = eerste_fout_op - ?, geblokkeerd_tot = geblokkeerd_tot - ?").run(ms, ms);
}

describe("per account: exponentiële vertraging en blokkade", () => {
  it("wacht na elke fout twee keer zo lang, tot de blokkade bij de vijfde", async () => {
    const ip = "10.20.0.1";
    for (let i = 0; i < THROTTLE.perAccount.max; i++) {
      expect(await probeerInloggen("jeroen@voorbeeld.nl", `fout${i}`, ip)).toMatchObject({ ok: false, reden: "onjuist" });
    }
    expect(wachttijden).toEqual([200, 400, 800, 1600]);
    const r = await probeerInloggen("jeroen@voorbeeld.nl", GOED, ip);
    expect(r).toMatchObject({ ok: false, reden: "geblokkeerd" });
    expect(r.ok ? "" : r.melding).toMatch(/over 15 minuten/);
  });

  it("elke volgende blokkade binnen een dag duurt twee keer zo lang, en inloggen wist de tellers", async () => {
    const ip = "10.20.0.2";
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("lotte@voorbeeld.nl", "x", ip);
    laatTijdVerstrijken(16 * 60_000);
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("lotte@voorbeeld.nl", "x", ip);
    const tweede = await probeerInloggen("lotte@voorbeeld.nl", GOED, ip);
    expect(tweede.ok ? "" : tweede.melding).toMatch(/over 30 minuten/);
    laatTijdVerstrijken(31 * 60_000);
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("lotte@voorbeeld.nl", "x", ip);
    const derde = await probeerInloggen("lotte@voorbeeld.nl", GOED, ip);
    expect(derde.ok ? "" : derde.melding).toMatch(/over 60 minuten/);

    laatTijdVerstrijken(61 * 60_000);
    expect((await probeerInloggen("lotte@voorbeeld.nl", GOED, ip)).ok).toBe(true);
    // Counters cleared: the next mistake starts again without delay and a later lock is 15 minutes again.
    wachttijden = [];
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("lotte@voorbeeld.nl", "x", ip);
    expect(wachttijden[0]).toBe(200);
    const weer = await probeerInloggen("lotte@voorbeeld.nl", GOED, ip);
    expect(weer.ok ? "" : weer.melding).toMatch(/over 15 minuten/);
  });

  it("een onbekend account wordt net zo behandeld als een bestaand (geen verschil in antwoord)", async () => {
    const ip = "10.20.0.3";
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("bestaat.niet@voorbeeld.nl", "x", ip);
    expect(wachttijden).toEqual([200, 400, 800, 1600]);
    expect(await probeerInloggen("bestaat.niet@voorbeeld.nl", "x", ip)).toMatchObject({ ok: false, reden: "geblokkeerd" });
  });
});

describe("per adres: vertragen, niet de hele gemeente buitensluiten", () => {
  it("20 fouten vanaf één adres houden een collega met het juiste wachtwoord niet tegen", async () => {
    const nat = "192.0.2.10";
    // Five colleagues behind the same NAT each mistype their password four times (no account is locked).
    for (const wie of ["fatima", "jeroen", "anouk", "daan", "pieter"]) {
      for (let i = 0; i < 4; i++) await probeerInloggen(`${wie}@voorbeeld.nl`, "verkeerd", nat);
    }
    wachttijden = [];
    const r = await probeerInloggen("sanne@voorbeeld.nl", GOED, nat);
    expect(r.ok).toBe(true);
    // Slowed down, not refused: one second extra for everyone at that address while it stays noisy.
    expect(wachttijden).toEqual([THROTTLE.perAdresTraag.vertragingMs]);
    expect(vertragingVoor("sanne@voorbeeld.nl", "192.0.2.11")).toBe(0);
  });

  it("ook 30 fouten van één collega (zijn account raakt geblokkeerd) houden de anderen niet tegen", async () => {
    const nat = "192.0.2.20";
    for (let i = 0; i < 30; i++) await probeerInloggen("noor@voorbeeld.nl", `poging${i}`, nat);
    expect(await probeerInloggen("noor@voorbeeld.nl", GOED, nat)).toMatchObject({ ok: false, reden: "geblokkeerd" });
    expect((await probeerInloggen("eva@voorbeeld.nl", GOED, nat)).ok).toBe(true);
    expect((await probeerInloggen("bram@voorbeeld.nl", GOED, nat)).ok).toBe(true);
  });

  it("alleen fouten voor niet-bestaande accounts sluiten een adres af (raden van e-mailadressen)", async () => {
    const ip = "192.0.2.30";
    for (let i = 0; i < THROTTLE.perAdres.max - 1; i++) await probeerInloggen(`gok${i}@voorbeeld.nl`, "x", ip);
    expect((await probeerInloggen("kees@voorbeeld.nl", GOED, ip)).ok).toBe(true);
    await probeerInloggen("gok-laatste@voorbeeld.nl", "x", ip);
    expect(await probeerInloggen("kees@voorbeeld.nl", GOED, ip)).toMatchObject({ ok: false, reden: "geblokkeerd" });
  });

  it("via de inlogpagina: na 20 fouten vanaf hetzelfde adres komt een collega gewoon binnen", async () => {
    const context = { nonce: "", requestId: "t", clientIp: "198.51.100.7" };
    const post = (email: string, wachtwoord: string) =>
      inlogActie({
        request: new Request("http://localhost/inloggen", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email, wachtwoord, terug: "/mijn-werk" }).toString(),
        }),
        params: {},
        context,
      } as never) as Promise<Response | { init: { status?: number } | null }>;
    for (const wie of ["yusuf", "sophie", "marieke", "ingrid", "mohamed"]) {
      for (let i = 0; i < 4; i++) {
        const r = await post(`${wie}@voorbeeld.nl`, "typefout");
        expect(r instanceof Response ? r.status : r.init?.status).toBe(401);
      }
    }
    const goed = await post("hanna@voorbeeld.nl", GOED);
    expect(goed).toBeInstanceOf(Response);
    expect((goed as Response).status).toBe(302);
    expect((goed as Response).headers.get("Set-Cookie")).toMatch(/afspraak_sessie=/);
    expect((goed as Response).headers.get("Set-Cookie")).toMatch(/afspraak_apparaat=\d{13}\.[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
  });
});

describe("een bekend apparaat (apparaatcookie)", () => {
  async function apparaatVan(email: string): Promise<string> {
    const r = await probeerInloggen(email, GOED, "10.30.0.1");
    if (!r.ok) throw new Error("inloggen mislukt");
    return r.apparaat;
  }

  it("komt binnen, ook als een script het adres heeft afgesloten en het account van elders heeft geblokkeerd", async () => {
    const apparaat = await apparaatVan("marieke@voorbeeld.nl");
    const nat = "192.0.2.40";
    for (let i = 0; i < THROTTLE.perAdres.max; i++) await probeerInloggen(`script${i}@voorbeeld.nl`, "x", nat);
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("marieke@voorbeeld.nl", "raden", "203.0.113.9");
    // Without the device cookie: refused (address closed, account locked).
    expect(await probeerInloggen("marieke@voorbeeld.nl", GOED, nat)).toMatchObject({ ok: false, reden: "geblokkeerd" });
    // At her own workstation: in, without waiting.
    wachttijden = [];
    expect((await probeerInloggen("marieke@voorbeeld.nl", GOED, nat, apparaat)).ok).toBe(true);
    expect(wachttijden).toEqual([]);
  });

  it("geldt alleen voor het account waarvoor het is uitgegeven, en niet als het is vervalst", async () => {
    const apparaat = await apparaatVan("ingrid@voorbeeld.nl");
    const ip = "192.0.2.50";
    for (let i = 0; i < THROTTLE.perAdres.max; i++) await probeerInloggen(`gok${i}@elders.nl`, "x", ip);
    expect(await probeerInloggen("mohamed@voorbeeld.nl", GOED, ip, apparaat)).toMatchObject({ ok: false, reden: "geblokkeerd" });
    const vervalst = apparaat.slice(0, -2) + (apparaat.endsWith("AA") ? "BB" : "AA");
    expect(await probeerInloggen("ingrid@voorbeeld.nl", GOED, ip, vervalst)).toMatchObject({ ok: false, reden: "geblokkeerd" });
    expect((await probeerInloggen("ingrid@voorbeeld.nl", GOED, ip, apparaat)).ok).toBe(true);
  });

  it("raden met een bekend apparaat wordt net zo vertraagd en geblokkeerd", async () => {
    const apparaat = await apparaatVan("kees@voorbeeld.nl");
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("kees@voorbeeld.nl", "raden", "10.30.0.2", apparaat);
    expect(wachttijden).toEqual([200, 400, 800, 1600]);
    expect(await probeerInloggen("kees@voorbeeld.nl", GOED, "10.30.0.2", apparaat)).toMatchObject({ ok: false, reden: "geblokkeerd" });
    // The account itself (another browser) is not locked by the device's failures.
    expect((await probeerInloggen("kees@voorbeeld.nl", GOED, "10.30.0.3")).ok).toBe(true);
  });
});
