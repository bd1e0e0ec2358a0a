import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDatabase, setDatabase, openDatabase } from "../../../db/client";
import { medewerkers, medewerkerRollen, auditLog } from "../../../db/schema";

// The command closes the database when done; reopen the same file for the assertions.
async function draai(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const file = getDatabase().path;
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    const { run } = await import("../../../app/cli/commands/beheerder");
    const code = await run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    setDatabase(openDatabase(file));
  }
}

describe("opdracht beheerder", () => {
  it("maakt een nieuwe beheerder zonder wachtwoord aan en geeft een eenmalige link", async () => {
    const r = await draai(["nieuw.beheer@voorbeeld.nl", "Nieuwe", "Beheerder"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^http:\/\/localhost:3000\/wachtwoord\/[A-Za-z0-9_-]{20,}\n$/);
    const { db } = getDatabase();
    const m = db.select().from(medewerkers).where(eq(medewerkers.email, "nieuw.beheer@voorbeeld.nl")).get()!;
    expect(m.naam).toBe("Nieuwe Beheerder");
    expect(m.wachtwoordHash).toBeNull();
    const rollen = db.select().from(medewerkerRollen).where(eq(medewerkerRollen.medewerkerId, m.id)).all().map((x) => x.rol).sort();
    expect(rollen).toEqual(["beheerder", "medewerker"]);
    expect(db.select().from(auditLog).where(eq(auditLog.objectId, m.id)).all().some((a) => a.actie === "medewerker.aangemaakt")).toBe(true);
  });

  it("geeft een bestaande medewerker de rol beheerder erbij", async () => {
    const r = await draai(["bram@voorbeeld.nl"]);
    expect(r.code).toBe(0);
    const { db } = getDatabase();
    const m = db.select().from(medewerkers).where(eq(medewerkers.email, "bram@voorbeeld.nl")).get()!;
    const rollen = db.select().from(medewerkerRollen).where(eq(medewerkerRollen.medewerkerId, m.id)).all().map((x) => x.rol);
    expect(rollen).toContain("beheerder");
  });

  it("weigert ongeldige invoer met een Nederlandse melding", async () => {
    expect(await draai(["geen-email"])).toMatchObject({ code: 2, err: expect.stringContaining("Gebruik: beheerder") });
    expect(await draai(["onbekend@voorbeeld.nl"])).toMatchObject({ code: 2, err: expect.stringContaining("Geef ook de naam op") });
  });
});
