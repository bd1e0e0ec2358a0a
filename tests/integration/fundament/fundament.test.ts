import { describe, expect, it } from "vitest";
import { eq, count } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { auditLog, medewerkers, sessions, afdelingen, teams } from "../../../db/schema";
import { audit } from "../../../app/platform/audit/audit.server";
import { probeerInloggen, THROTTLE } from "../../../app/features/inloggen/throttle.server";
import { startSession, sessionFromRequest, ABSOLUUT_UREN } from "../../../app/platform/auth/sessies.server";
import { requireUser, heeft } from "../../../app/platform/auth/permissions.server";
import { seed, DEMO_WACHTWOORD, DEMO_MEDEWERKERS } from "../../../app/features/demodata/seed.server";
import { veiligTerug } from "../../../app/routes/inloggen";

const ctx = { nonce: "", requestId: "test", clientIp: "10.0.0.1" };

function cookieHeader(setCookie: string): string {
  return setCookie.split(";")[0]!;
}

function req(path: string, cookie?: string): Request {
  return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

describe("database", () => {
  it("staat in WAL-modus met foreign keys aan", () => {
    const { sqlite } = getDatabase();
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(Number(sqlite.pragma("busy_timeout", { simple: true }))).toBeGreaterThan(0);
  });

  it("de auditlog kan niet worden gewijzigd of verwijderd", () => {
    audit({ actor: null, actie: "test", objectType: "test", resultaat: "ok" });
    const { sqlite } = getDatabase();
    expect(() => sqlite.prepare("UPDATE audit_log SET actie = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
    expect(sqlite.prepare("SELECT count(*) n FROM audit_log WHERE actie = 'test'").get()).toEqual({ n: 1 });
  });

  it("de demo-seed is idempotent", async () => {
    const { db } = getDatabase();
    const voor = db.select({ n: count() }).from(medewerkers).get()!.n;
    await seed();
    expect(db.select({ n: count() }).from(medewerkers).get()!.n).toBe(voor);
    expect(voor).toBe(DEMO_MEDEWERKERS.length);
    expect(db.select({ n: count() }).from(afdelingen).get()!.n).toBeGreaterThanOrEqual(4);
    const t = db.select().from(teams).all();
    expect(t.length).toBeGreaterThanOrEqual(6);
    expect(t.every((x) => x.teamleiderId)).toBe(true);
  });
});

describe("inloggen", () => {
  it("accepteert het juiste wachtwoord en weigert een onjuist", async () => {
    expect((await probeerInloggen("Fatima@Voorbeeld.nl ", DEMO_WACHTWOORD, "10.1.1.1")).ok).toBe(true);
    const fout = await probeerInloggen("fatima@voorbeeld.nl", "onjuist", "10.1.1.1");
    expect(fout).toMatchObject({ ok: false, reden: "onjuist" });
    const onbekend = await probeerInloggen("niemand@voorbeeld.nl", "onjuist", "10.1.1.1");
    expect(onbekend).toMatchObject({ ok: false, reden: "onjuist", melding: fout.ok ? "" : fout.melding });
  });

  it("blokkeert een account na te veel fouten, ook voor het juiste wachtwoord", async () => {
    for (let i = 0; i < THROTTLE.perAccount.max; i++) await probeerInloggen("jeroen@voorbeeld.nl", "x" + i, `10.2.0.${i}`);
    const r = await probeerInloggen("jeroen@voorbeeld.nl", DEMO_WACHTWOORD, "10.2.1.1");
    expect(r).toMatchObject({ ok: false, reden: "geblokkeerd" });
    expect(r.ok ? "" : r.melding).toMatch(/Te veel mislukte inlogpogingen\. Probeer het over 15 minuten opnieuw/);
    // Other accounts are not affected.
    expect((await probeerInloggen("lotte@voorbeeld.nl", DEMO_WACHTWOORD, "10.2.1.1")).ok).toBe(true);
  });

  it("blokkeert een adres na te veel fouten over verschillende accounts", async () => {
    for (let i = 0; i < THROTTLE.perAdres.max; i++) await probeerInloggen(`onbekend${i}@voorbeeld.nl`, "x", "10.3.3.3");
    const r = await probeerInloggen("anouk@voorbeeld.nl", DEMO_WACHTWOORD, "10.3.3.3");
    expect(r).toMatchObject({ ok: false, reden: "geblokkeerd" });
    expect((await probeerInloggen("anouk@voorbeeld.nl", DEMO_WACHTWOORD, "10.3.3.4")).ok).toBe(true);
  });

  it("weigert een gedeactiveerd account", async () => {
    const { db } = getDatabase();
    db.update(medewerkers).set({ actief: false }).where(eq(medewerkers.email, "daan@voorbeeld.nl")).run();
    expect(await probeerInloggen("daan@voorbeeld.nl", DEMO_WACHTWOORD, "10.4.4.4")).toMatchObject({ ok: false, reden: "inactief" });
  });
});

describe("sessies en rechten", () => {
  function idVan(email: string): string {
    return getDatabase().db.select().from(medewerkers).where(eq(medewerkers.email, email)).get()!.id;
  }

  it("een sessie geeft de gebruiker met zijn rollen", async () => {
    const cookie = cookieHeader(await startSession(idVan("hanna@voorbeeld.nl")));
    const { user } = await sessionFromRequest(req("/", cookie));
    expect(user?.naam).toBe("Hanna Vos");
    expect(user?.rollen.sort()).toEqual(["medewerker", "regieteam", "teamleider"]);
    expect(heeft(user, "regieteam")).toBe(true);
    expect(heeft(user, "beheer")).toBe(false);
  });

  it("een sessie verloopt absoluut na de maximale duur", async () => {
    const id = idVan("noor@voorbeeld.nl");
    const cookie = cookieHeader(await startSession(id));
    const { db } = getDatabase();
    db.update(sessions).set({ createdAt: Date.now() - ABSOLUUT_UREN * 3600_000 - 1000 }).where(eq(sessions.userId, id)).run();
    const r = await sessionFromRequest(req("/", cookie));
    expect(r.user).toBeNull();
    expect(r.setCookie).toMatch(/afspraak_sessie=;/);
  });

  it("sessies van een gedeactiveerde medewerker werken niet meer", async () => {
    const id = idVan("pieter@voorbeeld.nl");
    const cookie = cookieHeader(await startSession(id));
    getDatabase().db.update(medewerkers).set({ actief: false }).where(eq(medewerkers.id, id)).run();
    expect((await sessionFromRequest(req("/", cookie))).user).toBeNull();
  });

  it("requireUser stuurt anoniemen naar inloggen en weigert een verkeerde rol met 403 en een auditregel", async () => {
    const anoniem = await requireUser(req("/beheer?x=1"), ctx, "beheer").catch((e: unknown) => e);
    expect(anoniem).toBeInstanceOf(Response);
    expect((anoniem as Response).status).toBe(302);
    expect((anoniem as Response).headers.get("Location")).toBe("/inloggen?terug=%2Fbeheer%3Fx%3D1");

    const cookie = cookieHeader(await startSession(idVan("bram@voorbeeld.nl")));
    const verkeerd = await requireUser(req("/beheer", cookie), ctx, "beheer").catch((e: unknown) => e);
    expect((verkeerd as Response).status).toBe(403);
    const regel = getDatabase()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.actie, "toegang:beheer"))
      .all()
      .at(-1);
    expect(regel).toMatchObject({ actorNaam: "Bram Meijer", resultaat: "geweigerd", objectId: "/beheer" });
    expect(regel?.oorsprong).toContain("10.0.0.1");

    const ok = await requireUser(req("/mijn-werk", cookie), ctx, "werk");
    expect(ok.email).toBe("bram@voorbeeld.nl");
  });

  it("volgt na inloggen alleen paden binnen Afspraak", () => {
    expect(veiligTerug("/team?x=1")).toBe("/team?x=1");
    expect(veiligTerug("//evil.example")).toBe("/mijn-werk");
    expect(veiligTerug("https://evil.example")).toBe("/mijn-werk");
    expect(veiligTerug("/\\evil.example")).toBe("/mijn-werk");
    expect(veiligTerug(undefined)).toBe("/mijn-werk");
  });
});
