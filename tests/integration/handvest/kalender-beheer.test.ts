import { beforeEach, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { auditLog, openingstijden } from "../../../db/schema";
import { setNow } from "../../../app/platform/clock";
import { instantVanLokaal } from "../../../app/domain/kalender/tijd";
import { kalenders } from "../../../app/platform/engine/normen.server";
import {
  instellingenStand,
  kalenderOverzicht,
  openingstijdenStand,
  verwijderKalenderDag,
  voegGelijkgesteldeDagToe,
  voegOrganisatieDagToe,
  wijzigOpeningstijden,
  wijzigVrijeDagen,
} from "../../../app/features/kalender/beheer.server";

const wie = { actor: { id: "test-beheerder", naam: "Test Beheerder" }, oorsprong: "test" };

function tijdenForm(wijzig: Record<string, string> = {}): Record<string, string> {
  const f: Record<string, string> = { stand: openingstijdenStand() };
  for (let wd = 1; wd <= 7; wd++) {
    if (wd <= 5) {
      f[`open-${wd}`] = "08:30";
      f[`sluit-${wd}`] = "17:00";
    } else f[`gesloten-${wd}`] = "on";
  }
  return { ...f, ...wijzig };
}

function laatsteAudit() {
  return getDatabase().db.select().from(auditLog).orderBy(desc(auditLog.id)).get();
}

beforeEach(() => {
  setNow(instantVanLokaal(2026, 11, 20, 10, 0));
});

describe("kantoortijden", () => {
  it("weigert sluiten vóór openen en een week zonder open dag, met de melding bij het veld", () => {
    const r = wijzigOpeningstijden(tijdenForm({ "open-3": "17:00", "sluit-3": "09:00", "open-2": "", "sluit-2": "25:00" }), wie);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten["sluit-3"]?.[0]).toMatch(/woensdag moet de sluitingstijd later zijn/);
    expect(r.fouten["open-2"]?.[0]).toMatch(/openingstijd in voor dinsdag/);
    expect(r.fouten["sluit-2"]?.[0]).toMatch(/sluitingstijd in voor dinsdag/);
    expect(r.invoer["open-3"]).toBe("17:00");

    const dicht: Record<string, string> = { stand: openingstijdenStand() };
    for (let wd = 1; wd <= 7; wd++) dicht[`gesloten-${wd}`] = "on";
    const r2 = wijzigOpeningstijden(dicht, wie);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.fouten["gesloten-1"]?.[0]).toMatch(/ten minste één weekdag/);
  });

  it("slaat geldige tijden op, schrijft een auditregel en de kalender rekent er direct mee", () => {
    // warm the cache first
    const vrijdag = "2026-11-27";
    expect(kalenders().organisatie.kantoortijden(vrijdag)?.sluit).toBe(instantVanLokaal(2026, 11, 27, 17, 0));
    const r = wijzigOpeningstijden(tijdenForm({ "sluit-5": "16:00" }), wie);
    expect(r.ok).toBe(true);
    const rij = getDatabase().db.select().from(openingstijden).where(eq(openingstijden.weekdag, 5)).get();
    expect(rij).toMatchObject({ open: "08:30", sluit: "16:00" });
    expect(laatsteAudit()).toMatchObject({ actie: "kalender.openingstijden_gewijzigd", resultaat: "ok", actorId: "test-beheerder" });
    expect(kalenders().organisatie.kantoortijden(vrijdag)?.sluit).toBe(instantVanLokaal(2026, 11, 27, 16, 0));
  });

  it("weigert een wijziging op basis van een verouderde stand en houdt de invoer", () => {
    const oud = tijdenForm({ "sluit-1": "18:00" });
    expect(wijzigOpeningstijden(tijdenForm({ "sluit-1": "17:30" }), wie).ok).toBe(true);
    const r = wijzigOpeningstijden(oud, wie);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(409);
    expect(r.melding).toMatch(/Iemand anders heeft de kantoortijden intussen gewijzigd/);
    expect(r.invoer["sluit-1"]).toBe("18:00");
    expect(getDatabase().db.select().from(openingstijden).where(eq(openingstijden.weekdag, 1)).get()?.sluit).toBe("17:30");
  });
});

describe("sluitingsdagen en verkorte werkdagen", () => {
  it("voegt een sluitingsdag toe; de werkkalender ziet hem meteen, verwijderen maakt het ongedaan", () => {
    const datum = "2026-12-28";
    expect(kalenders().organisatie.isWerkdag(datum)).toBe(true);
    const r = voegOrganisatieDagToe({ datum, soort: "sluitingsdag", sluit: "", omschrijving: "Collectieve vrije dag" }, wie);
    expect(r.ok).toBe(true);
    expect(kalenders().organisatie.isWerkdag(datum)).toBe(false);
    expect(kalenders().organisatie.redenVrij(datum)).toBe("Collectieve vrije dag");
    const dag = kalenderOverzicht(2026).organisatieDagen.find((d) => d.datum === datum)!;
    expect(dag).toMatchObject({ soort: "sluitingsdag", omschrijving: "Collectieve vrije dag" });
    expect(laatsteAudit()).toMatchObject({ actie: "kalender.dag_toegevoegd", objectId: String(dag.id) });

    const dubbel = voegOrganisatieDagToe({ datum, soort: "deeldag", sluit: "12:00", omschrijving: "Nog eens" }, wie);
    expect(dubbel.ok).toBe(false);
    if (!dubbel.ok) expect(dubbel.fouten.datum?.[0]).toMatch(/staat al een sluitingsdag/);

    expect(verwijderKalenderDag(dag.id, wie).ok).toBe(true);
    expect(kalenders().organisatie.isWerkdag(datum)).toBe(true);
    const weg = verwijderKalenderDag(dag.id, wie);
    expect(weg.ok).toBe(false);
    if (!weg.ok) expect(weg.status).toBe(404);
  });

  it("valideert datum, weekend, feestdag en de vroege sluitingstijd", () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ datum: "2026-02-30", soort: "sluitingsdag", omschrijving: "Bestaat niet" }, "datum", /bestaat niet/],
      [{ datum: "28-12-2026", soort: "sluitingsdag", omschrijving: "Verkeerde vorm" }, "datum", /JJJJ-MM-DD/],
      [{ datum: "2026-11-28", soort: "sluitingsdag", omschrijving: "Zaterdag" }, "datum", /al geen werkdag \(zaterdag\)/],
      [{ datum: "2026-12-25", soort: "sluitingsdag", omschrijving: "Kerst" }, "datum", /al geen werkdag \(Eerste Kerstdag\)/],
      [{ datum: "2026-12-29", soort: "deeldag", sluit: "", omschrijving: "Zonder tijd" }, "sluit", /vroege sluitingstijd/],
      [{ datum: "2026-12-29", soort: "deeldag", sluit: "17:30", omschrijving: "Te laat" }, "sluit", /sluit het kantoor al om 17:00/],
      [{ datum: "2026-12-29", soort: "deeldag", sluit: "08:00", omschrijving: "Te vroeg" }, "sluit", /pas om 08:30 open/],
      [{ datum: "2026-12-29", soort: "sluitingsdag", omschrijving: "" }, "omschrijving", /omschrijving/],
    ];
    for (const [form, veld, melding] of cases) {
      const r = voegOrganisatieDagToe(form, wie);
      expect(r.ok, JSON.stringify(form)).toBe(false);
      if (!r.ok) expect(r.fouten[veld]?.[0], JSON.stringify(form)).toMatch(melding);
    }
    const goed = voegOrganisatieDagToe({ datum: "2026-12-29", soort: "deeldag", sluit: "12:00", omschrijving: "Middag dicht" }, wie);
    expect(goed.ok).toBe(true);
    expect(kalenders().organisatie.kantoortijden("2026-12-29")?.sluit).toBe(instantVanLokaal(2026, 12, 29, 12, 0));
  });
});

describe("gelijkgestelde dagen en vrije feestdagen", () => {
  it("voegt een gelijkgestelde dag toe voor de Atw-kalender, niet voor de werkkalender", () => {
    const datum = "2029-05-11";
    expect(kalenders().atw.isWerkdag(datum)).toBe(true);
    const r = voegGelijkgesteldeDagToe({ datum, omschrijving: "Vrijdag na Hemelvaartsdag (nieuw besluit)" }, wie);
    expect(r.ok).toBe(true);
    expect(kalenders().atw.isWerkdag(datum)).toBe(false);
    expect(kalenders().organisatie.isWerkdag(datum)).toBe(true);
    expect(kalenderOverzicht(2029).gelijkgesteldeDagen.find((g) => g.datum === datum)?.inJaar).toBe(true);

    const weekend = voegGelijkgesteldeDagToe({ datum: "2029-05-12", omschrijving: "Zaterdag" }, wie);
    expect(weekend.ok).toBe(false);
    if (!weekend.ok) expect(weekend.fouten.datum?.[0]).toMatch(/weekend/);
    const feest = voegGelijkgesteldeDagToe({ datum: "2029-05-10", omschrijving: "Hemelvaart" }, wie);
    expect(feest.ok).toBe(false);
    if (!feest.ok) expect(feest.fouten.datum?.[0]).toMatch(/Hemelvaartsdag/);
    const dubbel = voegGelijkgesteldeDagToe({ datum, omschrijving: "Nog eens" }, wie);
    expect(dubbel.ok).toBe(false);
    if (!dubbel.ok) expect(dubbel.fouten.datum?.[0]).toMatch(/staat al/);
  });

  it("Goede Vrijdag vrij maken verandert de werkkalender; een verouderde stand wordt geweigerd", () => {
    const goedeVrijdag = "2027-03-26";
    expect(kalenders().organisatie.isWerkdag(goedeVrijdag)).toBe(true);
    const stand = instellingenStand();
    const r = wijzigVrijeDagen({ stand, bevrijdingsdagVrij: "on", goedeVrijdagVrij: "on" }, wie);
    expect(r.ok).toBe(true);
    expect(kalenders().organisatie.isWerkdag(goedeVrijdag)).toBe(false);
    expect(kalenderOverzicht(2027).feestdagen.find((f) => f.naam === "Goede Vrijdag")?.organisatie).toBe("vrij");
    const oud = wijzigVrijeDagen({ stand, bevrijdingsdagVrij: "" }, wie);
    expect(oud.ok).toBe(false);
    if (!oud.ok) expect(oud.status).toBe(409);
    // Bevrijdingsdag stays free: 5 May 2027 is a Wednesday
    expect(kalenders().organisatie.isWerkdag("2027-05-05")).toBe(false);
  });
});
