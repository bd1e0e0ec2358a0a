import { beforeEach, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { auditLog, normen, normVersies } from "../../../db/schema";
import { setNow, advance } from "../../../app/platform/clock";
import { instantVanLokaal } from "../../../app/domain/kalender/tijd";
import {
  handvestVoorMedewerkers,
  invoerUitVersie,
  maakNieuweNorm,
  maakNieuweVersie,
  normMetGeschiedenis,
  normenOverzicht,
} from "../../../app/features/handvest/beheer.server";

const wie = { actor: { id: "test-beheerder", naam: "Test Beheerder" }, oorsprong: "test" };

/** The edit form as a browser would send it, based on the latest version of `code`. */
function formVan(code: string, wijzig: Record<string, string | boolean> = {}): Record<string, string> {
  const n = normMetGeschiedenis(code)!;
  const invoer = { ...invoerUitVersie(n.laatste), ...wijzig };
  const form: Record<string, string> = { verwachteVersie: String(n.laatste.versie) };
  for (const [k, v] of Object.entries(invoer)) {
    if (v === true) form[k] = "on";
    else if (v !== false) form[k] = v;
  }
  return form;
}

function versies(code: string) {
  const { db } = getDatabase();
  const norm = db.select().from(normen).where(eq(normen.code, code)).get()!;
  return db.select().from(normVersies).where(eq(normVersies.normId, norm.id)).orderBy(normVersies.versie).all();
}

// Friday 20 November 2026, 16:45 in Amsterdam.
const VRIJDAG = instantVanLokaal(2026, 11, 20, 16, 45);

beforeEach(() => {
  setNow(VRIJDAG);
});

describe("het handvest voor medewerkers", () => {
  it("rekent het voorbeeld nu uit met de echte kalender", () => {
    const normen = handvestVoorMedewerkers(VRIJDAG);
    const terug = normen.find((n) => n.code === "TERUGBELLEN")!;
    // Friday 16:45 + 1 werkdag → Monday 23 November 17:00
    expect(terug.voorbeeldMoment).toBe(instantVanLokaal(2026, 11, 23, 17, 0));
    expect(terug.voorbeeld).toBe("uiterlijk maandag 23 november, 17:00");
    expect(terug.thema).toBe("contact");
    const klacht = normen.find((n) => n.code === "KLACHT-AFHANDELING")!;
    expect(klacht.termijn).toBe("binnen 6 weken (Algemene termijnenwet)");
    // every seeded norm is shown, grouped by theme in order
    expect(normen.map((n) => n.thema)).toEqual([...normen.map((n) => n.thema)].sort((a, b) =>
      ["contact", "overdracht", "klachten", "schriftelijk", "overig"].indexOf(a) - ["contact", "overdracht", "klachten", "schriftelijk", "overig"].indexOf(b),
    ));
  });

  it("toont een inactieve norm niet", () => {
    expect(maakNieuweVersie("OVERDRACHT-GEINFORMEERD", formVan("OVERDRACHT-GEINFORMEERD", { actief: false }), wie).ok).toBe(true);
    expect(handvestVoorMedewerkers().some((n) => n.code === "OVERDRACHT-GEINFORMEERD")).toBe(false);
  });
});

describe("nieuwe versie van een norm", () => {
  it("maakt versie n+1 en laat de oude versie ongewijzigd", () => {
    const voor = versies("TERUGBELLEN");
    expect(voor).toHaveLength(1);
    const r = maakNieuweVersie("TERUGBELLEN", formVan("TERUGBELLEN", { duur: "2", titel: "Terugbellen binnen 2 werkdagen", geldigVanaf: "" }), wie);
    expect(r).toEqual({ ok: true, code: "TERUGBELLEN", versie: 2 });
    const na = versies("TERUGBELLEN");
    expect(na).toHaveLength(2);
    expect(na[0]).toEqual(voor[0]);
    expect(na[1]).toMatchObject({ versie: 2, duur: 2, titel: "Terugbellen binnen 2 werkdagen", gemaaktDoor: "test-beheerder" });
    expect(Math.abs(na[1]!.geldigVanaf - VRIJDAG)).toBeLessThan(5_000);
    const regel = getDatabase()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "norm.versie_gemaakt"), eq(auditLog.objectId, "TERUGBELLEN")))
      .orderBy(desc(auditLog.id))
      .get();
    expect(regel?.resultaat).toBe("ok");
    expect(JSON.parse(regel!.details!)).toMatchObject({ versie: 2, vorigeVersie: 1, gewijzigd: ["titel", "duur"] });
    // the charter now shows version 2 with the new term
    const h = handvestVoorMedewerkers().find((n) => n.code === "TERUGBELLEN")!;
    expect(h.versie).toBe(2);
    expect(h.termijn).toBe("binnen 2 werkdagen");
  });

  it("weigert een verouderde versie en bewaart de invoer", () => {
    const form = formVan("EMAIL", { titel: "Eerste wijziging" });
    const tweede = formVan("EMAIL", { titel: "Tweede wijziging van iemand anders" });
    expect(maakNieuweVersie("EMAIL", form, wie).ok).toBe(true);
    const r = maakNieuweVersie("EMAIL", tweede, wie);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(409);
    expect(r.melding).toMatch(/Iemand anders heeft intussen versie 2/);
    expect(r.invoer.titel).toBe("Tweede wijziging van iemand anders");
    expect(r.laatsteVersie).toBe(2);
    expect(versies("EMAIL")).toHaveLength(2);
    // a deliberate resubmit based on the version now shown succeeds (a minute later: a new version must take
    // effect after the one before it)
    advance(60_000);
    const opnieuw = maakNieuweVersie("EMAIL", { ...tweede, verwachteVersie: "2", geldigVanaf: "" }, wie);
    expect(opnieuw).toMatchObject({ ok: true, versie: 3 });
  });

  it("bewaakt geldig vanaf: niet in het verleden, niet vóór de laatste versie, wel in de toekomst", () => {
    const gisteren = maakNieuweVersie("BRIEF", formVan("BRIEF", { geldigVanaf: "2026-11-19T09:00" }), wie);
    expect(gisteren.ok).toBe(false);
    if (!gisteren.ok) expect(gisteren.fouten.geldigVanaf?.[0]).toMatch(/terugwerkende kracht/);

    const toekomst = maakNieuweVersie("BRIEF", formVan("BRIEF", { geldigVanaf: "2027-01-01T00:00", duur: "4" }), wie);
    expect(toekomst).toMatchObject({ ok: true, versie: 2 });
    // the version in force now is still 1; version 2 is scheduled
    const o = normenOverzicht().find((n) => n.code === "BRIEF")!;
    expect(o.huidig?.versie).toBe(1);
    expect(o.gepland?.versie).toBe(2);
    expect(handvestVoorMedewerkers().find((n) => n.code === "BRIEF")?.gepland?.versie).toBe(2);

    const ervoor = maakNieuweVersie("BRIEF", formVan("BRIEF", { geldigVanaf: "2026-12-01T08:00" }), wie);
    expect(ervoor.ok).toBe(false);
    if (!ervoor.ok) expect(ervoor.fouten.geldigVanaf?.[0]).toMatch(/later ingaan dan versie 2/);

    const onzin = maakNieuweVersie("BRIEF", formVan("BRIEF", { geldigVanaf: "morgen" }), wie);
    expect(onzin.ok).toBe(false);
    if (!onzin.ok) expect(onzin.fouten.geldigVanaf?.[0]).toMatch(/geldige datum/);
    expect(versies("BRIEF")).toHaveLength(2);
  });

  it("valideert de velden met Nederlandse meldingen", () => {
    const r = maakNieuweVersie(
      "KLACHT-AFHANDELING",
      formVan("KLACHT-AFHANDELING", { kalender: "organisatie", waarschuwingPct: "100", titel: "", duur: "0" }),
      wie,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(400);
    expect(r.fouten.kalender?.[0]).toMatch(/Algemene termijnenwet/);
    expect(r.fouten.waarschuwingPct?.[0]).toMatch(/tussen 1 en 99/);
    expect(r.fouten.titel?.[0]).toMatch(/titel/);
    expect(r.fouten.duur?.[0]).toMatch(/ten minste 1/);
    expect(r.invoer.kalender).toBe("organisatie");

    const teLang = maakNieuweVersie("KLACHT-VERDAGING", formVan("KLACHT-VERDAGING", { duur: "6" }), wie);
    expect(teLang.ok).toBe(false);
    if (!teLang.ok) expect(teLang.fouten.duur?.[0]).toMatch(/4 weken/);

    const uren = maakNieuweVersie("OVERDRACHT-OPGEPAKT", formVan("OVERDRACHT-OPGEPAKT", { duur: "500" }), wie);
    expect(uren.ok).toBe(false);
    if (!uren.ok) expect(uren.fouten.duur?.[0]).toMatch(/niet zinvol/);

    const komma = maakNieuweVersie("OVERDRACHT-OPGEPAKT", formVan("OVERDRACHT-OPGEPAKT", { duur: "1,5" }), wie);
    expect(komma.ok).toBe(false);
    if (!komma.ok) expect(komma.fouten.duur?.[0]).toMatch(/heel getal/);

    expect(versies("KLACHT-AFHANDELING")).toHaveLength(1);
    expect(versies("OVERDRACHT-OPGEPAKT")).toHaveLength(1);
  });

  it("een tweede actieve norm voor dezelfde mijlpaal wordt geweigerd", () => {
    const r = maakNieuweVersie("BRIEF", formVan("BRIEF", { mijlpaal: "email_beantwoord" }), wie);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.mijlpaal?.[0]).toMatch(/norm EMAIL/);
  });
});

describe("nieuwe norm", () => {
  const basis = {
    code: "balie-wachttijd",
    titel: "Balie: binnen 30 minuten geholpen",
    mijlpaal: "balie_geholpen",
    duur: "30",
    eenheid: "minuten",
    kalender: "organisatie",
    waarschuwingPct: "50",
    escalatieTeamleider: "on",
    escalatieRegieteamNaWerkdagen: "",
    belofte: "Aan de balie helpen we u binnen 30 minuten.",
    actief: "on",
    geldigVanaf: "",
  };

  it("maakt een norm met versie 1 (code in hoofdletters) en weigert dezelfde code nog eens", () => {
    const r = maakNieuweNorm(basis, wie);
    expect(r).toEqual({ ok: true, code: "BALIE-WACHTTIJD", versie: 1 });
    const n = normMetGeschiedenis("BALIE-WACHTTIJD")!;
    expect(n.versies).toHaveLength(1);
    expect(n.laatste).toMatchObject({ duur: 30, eenheid: "minuten", pauzeerbaar: false, escalatieRegieteamNaWerkdagen: null, actief: true });
    const dubbel = maakNieuweNorm({ ...basis, mijlpaal: "balie_geholpen" }, wie);
    expect(dubbel.ok).toBe(false);
    if (!dubbel.ok) expect(dubbel.fouten.code?.[0]).toMatch(/bestaat al/);
  });

  it("weigert een code met andere tekens", () => {
    const r = maakNieuweNorm({ ...basis, code: "BALIE WACHT!" }, wie);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fouten.code?.[0]).toMatch(/hoofdletters, cijfers en streepjes/);
      expect(r.invoer.belofte).toBe(basis.belofte);
    }
  });
});

