/**
 * koppelBurger on a number thousands of citizens share (a care home's switchboard): it still links each caller to
 * the right citizen, creates a new one for a name that fits nobody, and finds its candidates through indexes with a
 * LIMIT — no statement it runs scans the citizens of that number or sorts them all.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { achternaamVan, burgerOpId, koppelBurger, normaliseerNaam } from "../../../app/features/klantbeeld/klantbeeld.server";

const NUMMER = "+31205550100";
const MAIL = "receptie@zorgcentrum.example";
const AANTAL = 5_000;
const gezien = new Set<string>();

function metNummer(): number {
  return (getDatabase().sqlite.prepare("SELECT count(*) AS n FROM burgers WHERE telefoon_e164 = ?").get(NUMMER) as { n: number }).n;
}

const id = (i: number) => `bewoner-${String(i).padStart(5, "0")}`;

beforeAll(() => {
  const { sqlite } = getDatabase();
  // Every statement the module prepares from here on is recorded, for the query plans below.
  const prepare = sqlite.prepare.bind(sqlite);
  (sqlite as { prepare: Database.Database["prepare"] }).prepare = ((sql: string) => {
    if (/FROM burgers/.test(sql)) gezien.add(sql);
    return prepare(sql);
  }) as Database.Database["prepare"];
  const ins = sqlite.prepare(
    "INSERT INTO burgers (id, naam, naam_zoek, achternaam_zoek, telefoon_e164, email, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < AANTAL; i++) {
      // Unique last names (BewonerXXXX), so exactly one citizen fits each name below; created one minute apart.
      const naam =
        i === 3_999 ? "Piet Jansen" : i === 4_500 ? "Anna van der Berg" : i === 4_800 ? null : `Bewoner${i} Achternaam${String.fromCharCode(97 + (i % 26))}${i}`;
      const nz = normaliseerNaam(naam);
      ins.run(id(i), naam, nz, achternaamVan(nz), NUMMER, i % 10 === 0 ? MAIL : null, 1_700_000_000_000 + i * 60_000, 1_700_000_000_000);
    }
  })();
});

describe(`koppelBurger met ${AANTAL} inwoners op één nummer`, () => {
  it("vindt de juiste inwoner op exacte naam, ook diep in de lijst", () => {
    const voor = metNummer();
    expect(koppelBurger({ naam: "Piet Jansen", telefoonE164: NUMMER })).toBe(id(3_999));
    expect(koppelBurger({ naam: "piet  JANSEN", telefoonE164: NUMMER })).toBe(id(3_999));
    expect(koppelBurger({ naam: "Anna van der Berg", telefoonE164: NUMMER })).toBe(id(4_500));
    expect(metNummer()).toBe(voor);
  });

  it("koppelt op achternaam met een passende voorletter, en op achternaam alleen", () => {
    expect(koppelBurger({ naam: "P. Jansen", telefoonE164: NUMMER })).toBe(id(3_999));
    expect(koppelBurger({ naam: "Jansen", telefoonE164: NUMMER })).toBe(id(3_999));
    expect(koppelBurger({ naam: "A. van der Berg", telefoonE164: NUMMER })).toBe(id(4_500));
  });

  it("koppelt een voornaam aan de naam die ermee begint", () => {
    expect(koppelBurger({ naam: "Piet", telefoonE164: NUMMER })).toBe(id(3_999));
  });

  it("vult een naam in op het anonieme record (het enige dat past) in plaats van een nieuw aan te maken", () => {
    // An anonymous record fits every name; the older named matches above won over it (oldest first). Only it fits
    // "Truus Zonderling": the name fills it in (and from then on it is Truus's, so the next test gets a new one).
    const voor = metNummer();
    expect(koppelBurger({ naam: "Truus Zonderling", telefoonE164: NUMMER })).toBe(id(4_800));
    expect(burgerOpId(id(4_800))?.naam).toBe("Truus Zonderling");
    expect(metNummer()).toBe(voor);
  });

  it("maakt een nieuwe inwoner voor een naam die bij niemand past, en vindt die daarna terug", () => {
    const voor = metNummer();
    // "Karel Jansen" shares Piet's last name but not his first name: a different person.
    const karel = koppelBurger({ naam: "Karel Jansen", telefoonE164: NUMMER });
    expect(karel).not.toBe(id(3_999));
    expect(metNummer()).toBe(voor + 1);
    expect(burgerOpId(karel)?.naam).toBe("Karel Jansen");
    expect(koppelBurger({ naam: "Karel Jansen", telefoonE164: NUMMER })).toBe(karel);
    expect(koppelBurger({ naam: "Piet Jansen", telefoonE164: NUMMER })).toBe(id(3_999));
    expect(metNummer()).toBe(voor + 1);
  });

  it("koppelt een anonieme beller aan de oudste inwoner met het nummer", () => {
    expect(koppelBurger({ naam: null, telefoonE164: NUMMER })).toBe(id(0));
  });

  it("geeft bij telefoon én e-mail de voorkeur aan wie op beide past", () => {
    // Bewoner 10 has the number and the shared reception address; Bewoner 11 only the number.
    const naam = "Bewoner10 Achternaamk10";
    expect(koppelBurger({ naam, telefoonE164: NUMMER, email: MAIL })).toBe(id(10));
  });

  it("zoekt kandidaten via indexen met een LIMIT: geen statement doorloopt of sorteert alle inwoners van het nummer", () => {
    const { sqlite } = getDatabase();
    const statements = [...gezien].filter((s) => /telefoon_e164 = @waarde|email = @waarde/.test(s));
    expect(statements.length).toBeGreaterThanOrEqual(4);
    const params = { waarde: NUMMER, naam: "piet jansen", woorden: '["piet","jansen"]', van: "piet jansen ", tot: "piet jansen!", limiet: 5 };
    for (const sql of statements) {
      expect(sql).toMatch(/LIMIT @limiet/);
      const namen = new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!));
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(Object.fromEntries([...namen].map((n) => [n, params[n as keyof typeof params]]))) as { detail: string }[])
        .map((p) => p.detail)
        .join("; ");
      // The index that fits the lookup: by name (exact, anonymous, name prefix) or last name, both on the
      // contact; (contact, aangemaakt_op) only for a caller without a name, who fits every citizen.
      const index = /achternaam_zoek IN/.test(sql) ? "achternaam" : /naam_zoek/.test(sql) ? "naam" : "oudste";
      expect(plan, sql).toMatch(new RegExp(`USING (COVERING )?INDEX burgers_(telefoon|email)_${index} \\((telefoon_e164|email)=\\?`));
      if (index !== "oudste") expect(plan, sql).toMatch(/naam_zoek[=>]|achternaam_zoek=/);
      expect(plan, sql).not.toMatch(/SCAN burgers(?! USING)/);
      // Only the last-name and name-prefix lookups may sort, and then only the citizens with that (last) name.
      if (!/achternaam_zoek IN|naam_zoek >/.test(sql)) expect(plan, sql).not.toMatch(/TEMP B-TREE/);
    }
  });
});
