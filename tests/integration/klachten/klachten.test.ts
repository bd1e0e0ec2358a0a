import { describe, expect, it, beforeEach } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import {
  registreerKlacht,
  voerStapUit,
  klachtDossier,
  zoekKlachten,
  notitieToevoegen,
  stelBriefOp,
  verdagingsMoment,
  eindeVanDag,
  type KlachtInvoer,
} from "../../../app/features/klachten/klachten.server";
import type { AppUser } from "../../../app/platform/auth/permissions.server";
import type { KlachtEvent } from "../../../workflows/klacht/machine";

const { sqlite } = getDatabase();
function mw(email: string): AppUser {
  const r = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string };
  const rollen = (sqlite.prepare("SELECT rol FROM medewerker_rollen WHERE medewerker_id = ?").all(r.id) as { rol: string }[]).map((x) => x.rol);
  return { ...r, rollen: rollen as AppUser["rollen"] };
}
const ruben = mw("ruben@voorbeeld.nl");
const fatima = mw("fatima@voorbeeld.nl");
const sanne = mw("sanne@voorbeeld.nl");
const jeroen = mw("jeroen@voorbeeld.nl");
const afdelingFatima = (sqlite.prepare("SELECT t.afdeling_id AS a FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(fatima.id) as { a: number }).a;

function invoer(over: Partial<KlachtInvoer> = {}): KlachtInvoer {
  return {
    ontvangenDatum: "2025-11-13",
    kanaal: "post",
    schriftelijk: true,
    klagerSoort: "persoon",
    klagerNaam: "Piet Jansen",
    klagerOrganisatie: null,
    klagerAdres: "Dorpsstraat 1",
    klagerPostcode: "1234 AB",
    klagerWoonplaats: "Voorbeeld",
    klagerTelefoon: "+31612345678",
    klagerEmail: "piet@example.nl",
    klagerVoorkeurKanaal: "post",
    dagtekening: "2025-11-12",
    omschrijving: "De medewerker aan de telefoon was onbeleefd over mijn parkeervergunning.",
    gedragingDatum: "2025-11-10",
    afdelingId: afdelingFatima,
    beklaagdeIds: [fatima.id],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
    ...over,
  };
}

const T = Date.UTC(2025, 10, 13, 10, 0); // do 13 november 2025 11:00 Amsterdam
let versie = 1;
function stap(id: string, e: KlachtEvent, wie = ruben) {
  const r = voerStapUit(id, versie, e, wie, null);
  if (r.ok) versie = r.versie;
  return r;
}
function klachtRij(id: string) {
  return sqlite.prepare("SELECT * FROM klachten WHERE id = ?").get(id) as Record<string, unknown>;
}

beforeEach(() => {
  setNow(T);
  versie = 1;
});

function totHoren() {
  const { id } = registreerKlacht(invoer(), ruben, null);
  expect(stap(id, { type: "ONTVANGST_BEVESTIGEN", op: T }).ok).toBe(true);
  expect(stap(id, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam }).ok).toBe(true);
  expect(stap(id, { type: "KOPIE_BEKLAAGDE", op: T }).ok).toBe(true);
  return id;
}

describe("klachten: intake and term", () => {
  it("registers with the 6-week Atw term and the explanation from the calendar", () => {
    const { id, nummer } = registreerKlacht(invoer(), ruben, null);
    expect(nummer).toMatch(/^KL-2025-\d{4}$/);
    const d = klachtDossier(id, ruben, null)!;
    expect(d.toegang).toBe("beheer");
    if (!d.toegang) return;
    const afh = d.termijnen.find((t) => t.mijlpaal === "klacht_afgehandeld")!;
    // 6 weeks after do 13 november 2025 = do 25 december (Eerste Kerstdag) → ma 29 december
    expect(afh.termijnTekst).toContain("29 december 2025");
    expect(afh.uitleg).toContain("Kerstdag");
    expect(d.termijnen.find((t) => t.mijlpaal === "klacht_ontvangst_bevestigd")).toBeDefined();
    expect(klachtRij(id).burger_id).toBeTruthy();
  });
});

describe("klachten: the law, refused with reasons", () => {
  it("9:7: a beklaagde cannot be the handler", () => {
    const { id } = registreerKlacht(invoer(), ruben, null);
    stap(id, { type: "ONTVANGST_BEVESTIGEN", op: T });
    const r = stap(id, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: fatima.id, behandelaarNaam: fatima.naam });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("9:7");
    const audit = sqlite.prepare("SELECT resultaat FROM audit_log WHERE object_id = ? AND actie = 'klacht.BEHANDELAAR_TOEWIJZEN'").get(id) as { resultaat: string };
    expect(audit.resultaat).toBe("geweigerd");
  });

  it("9:8: ground b refused within the year, allowed after; notice closes with 1-year retention", () => {
    const { id } = registreerKlacht(invoer({ gedragingDatum: "2024-11-13" }), ruben, null);
    stap(id, { type: "ONTVANGST_BEVESTIGEN", op: T });
    stap(id, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam });
    const r = stap(id, { type: "NIET_IN_BEHANDELING", grond: "b", toelichting: "Te oud" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("niet meer dan een jaar");
    const { id: id2 } = registreerKlacht(invoer({ gedragingDatum: "2024-11-12" }), ruben, null);
    versie = 1;
    stap(id2, { type: "ONTVANGST_BEVESTIGEN", op: T });
    stap(id2, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam });
    expect(stap(id2, { type: "NIET_IN_BEHANDELING", grond: "b", toelichting: "De gedraging is van november 2024." }).ok).toBe(true);
    const d = klachtDossier(id2, ruben, null)!;
    if (!d.toegang) throw new Error("geen toegang");
    expect(d.termijnen.find((t) => t.mijlpaal === "klacht_niet_in_behandeling")?.status).toBe("lopend");
    expect(stap(id2, { type: "BERICHT_9_8_VERSTUURD", op: T }).ok).toBe(true);
    const rij = klachtRij(id2);
    expect(rij.status).toBe("gesloten");
    expect(rij.bewaarklasse).toBe("niet_in_behandeling");
    expect(rij.vernietigingsdatum).toBe("2026-11-13");
    const brief = sqlite.prepare("SELECT tekst FROM klacht_brieven WHERE klacht_id = ? AND soort = 'niet_in_behandeling'").get(id2) as { tekst: string };
    expect(brief.tekst).toContain("9:8 lid 1 b");
  });

  it("9:5: informal resolution only with satisfaction", () => {
    const { id } = registreerKlacht(invoer(), ruben, null);
    stap(id, { type: "ONTVANGST_BEVESTIGEN", op: T });
    stap(id, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam });
    const r = stap(id, { type: "INFORMEEL_OPGELOST", toelichting: "Gebeld", klagerTevreden: false, vastgelegdVia: "telefoon", op: T });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("9:5");
    expect(stap(id, { type: "INFORMEEL_OPGELOST", toelichting: "Gebeld, excuses", klagerTevreden: true, vastgelegdVia: "telefonisch 14-11", op: T }).ok).toBe(true);
    expect(klachtRij(id).bewaarklasse).toBe("afgehandeld");
    expect(klachtRij(id).vernietigingsdatum).toBe("2030-11-13");
  });

  it("9:11: verdaging needs both notices and max 4 weeks; further delay needs written consent", () => {
    const id = totHoren();
    const nieuw = verdagingsMoment(id, 4)!;
    let r = stap(id, { type: "VERDAGEN", weken: 4, nieuwOp: nieuw, op: T });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("de klager en de beklaagde");
    expect(stap(id, { type: "VERDAGINGSBERICHT", aan: "klager", op: T }).ok).toBe(true);
    r = stap(id, { type: "VERDAGEN", weken: 4, nieuwOp: nieuw, op: T });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("de beklaagde");
    expect(stap(id, { type: "VERDAGINGSBERICHT", aan: "beklaagde", op: T }).ok).toBe(true);
    r = stap(id, { type: "VERDAGEN", weken: 5, nieuwOp: verdagingsMoment(id, 5)!, op: T });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("ten hoogste 4 weken");
    expect(stap(id, { type: "VERDAGEN", weken: 4, nieuwOp: nieuw, op: T }).ok).toBe(true);
    const rij = sqlite.prepare("SELECT termijn_op, termijn_status FROM afspraken WHERE id = ?").get(id) as { termijn_op: number };
    expect(rij.termijn_op).toBe(nieuw);
    r = stap(id, { type: "UITSTEL_MET_INSTEMMING", nieuwOp: eindeVanDag("2026-02-27"), instemmingDatum: "", toelichting: "", op: T });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toContain("schriftelijke instemming");
    expect(stap(id, { type: "UITSTEL_MET_INSTEMMING", nieuwOp: eindeVanDag("2026-02-27"), instemmingDatum: "2026-01-20", toelichting: "E-mail klager", op: T }).ok).toBe(true);
    expect(klachtRij(id).termijn_op).toBe(eindeVanDag("2026-02-27"));
    const brieven = sqlite.prepare("SELECT aan FROM klacht_brieven WHERE klacht_id = ? AND soort = 'verdaging'").all(id) as { aan: string }[];
    expect(brieven.map((b) => b.aan)).toEqual(["Piet Jansen", fatima.naam]);
  });

  it("9:12: no conclusion (nor conclusion letter) without all fields; then letter, lesson, retention", () => {
    const id = totHoren();
    expect(stelBriefOp(id, "conclusie").ok).toBe(false);
    stap(id, { type: "HOORZITTING_GEHOUDEN", op: T, verslag: "Klager en medewerker gehoord." });
    const basis = {
      type: "AFHANDELEN" as const,
      op: T,
      bevindingen: "Onvriendelijk gesprek bevestigd.",
      oordeel: "gegrond",
      oordeelReden: null,
      normen: [7],
      maatregelen: "Excuses; coaching.",
      ombudsmanNaam: "Nationale ombudsman",
      ombudsmanTermijnWeken: 52,
    };
    for (const fout of [{ normen: [] }, { bevindingen: "" }, { maatregelen: " " }, { ombudsmanNaam: "" }, { oordeel: "geen_oordeel", oordeelReden: "" }]) {
      const r = stap(id, { ...basis, ...fout });
      expect(r.ok, JSON.stringify(fout)).toBe(false);
      if (!r.ok) expect(r.melding).toContain("9:12");
    }
    setNow(Date.UTC(2025, 11, 15, 10));
    const r = stap(id, { ...basis, op: Date.UTC(2025, 11, 15, 10) });
    expect(r.ok).toBe(true);
    const brief = sqlite.prepare("SELECT tekst FROM klacht_brieven WHERE klacht_id = ? AND soort = 'conclusie'").get(id) as { tekst: string };
    expect(brief.tekst).toContain("Fatsoenlijke bejegening");
    expect(brief.tekst).toContain("Nationale ombudsman");
    expect(brief.tekst).toContain("52 weken");
    expect(brief.tekst).toContain("gegrond");
    // the findings are searchable, and the complaint still has exactly one full-text row (replaced, not added)
    expect(zoekKlachten(ruben, { zoek: "Onvriendelijk gesprek" }, null).map((k) => k.id)).toContain(id);
    const ftsRijen = sqlite.prepare("SELECT count(*) AS n FROM klachten_fts WHERE klacht_id = ? AND bron = 'klacht'").get(id) as { n: number };
    expect(ftsRijen.n).toBe(1);
    expect(() => sqlite.prepare("UPDATE klacht_brieven SET tekst = 'x' WHERE klacht_id = ?").run(id)).toThrow();
    expect(stap(id, { type: "LES_VASTLEGGEN", les: "Telefoontraining", op: T }).ok).toBe(true);
    expect(stap(id, { type: "SLUITEN", op: T }).ok).toBe(true);
    expect(klachtRij(id).vernietigingsdatum).toBe("2030-12-15");
    expect(stap(id, { type: "OMBUDSMAN_INGESCHAKELD", op: T }).ok).toBe(true);
    expect(klachtRij(id).bewaarklasse).toBe("afgehandeld_ombudsman");
    expect(klachtRij(id).vernietigingsdatum).toBe("2035-12-15");
    const termijn = sqlite.prepare("SELECT status, op_tijd FROM termijnen WHERE afspraak_id = ? AND mijlpaal = 'klacht_afgehandeld'").get(id) as { status: string; op_tijd: number };
    expect(termijn).toEqual({ status: "gehaald", op_tijd: 1 });
  });

  it("a stale version is refused", () => {
    const { id } = registreerKlacht(invoer(), ruben, null);
    stap(id, { type: "ONTVANGST_BEVESTIGEN", op: T });
    const r = voerStapUit(id, 1, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam }, ruben, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reden).toBe("verouderd");
  });
});

describe("klachten: access and search", () => {
  it("the beklaagde never sees the dossier; teamleider of the department reads; a colleague not", () => {
    const { id } = registreerKlacht(invoer(), ruben, null);
    expect(klachtDossier(id, fatima, null)!.toegang).toBeNull();
    expect(klachtDossier(id, sanne, null)!.toegang).toBe("lezen");
    expect(klachtDossier(id, jeroen, null)!.toegang).toBeNull();
    expect(zoekKlachten(fatima, {}, null).some((k) => k.id === id)).toBe(false);
    const audit = sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE object_id = ? AND actie = 'klacht.ingezien'").get(id) as { n: number };
    expect(audit.n).toBe(1);
  });

  it("full-text search over complaint text and notes, with diacritics", () => {
    const { id } = registreerKlacht(invoer({ omschrijving: "Lange wachttijd bij de balie voor een paspoort" }), ruben, null);
    notitieToevoegen(id, "Klager belde opnieuw over de café-vergunning", ruben, null);
    expect(zoekKlachten(ruben, { zoek: "paspoort" }, null).map((k) => k.id)).toContain(id);
    expect(zoekKlachten(ruben, { zoek: "cafe" }, null).map((k) => k.id)).toContain(id);
    expect(zoekKlachten(ruben, { zoek: "wachtt" }, null).map((k) => k.id)).toContain(id);
    expect(zoekKlachten(ruben, { zoek: "xyzzy" }, null).map((k) => k.id)).not.toContain(id);
  });
});
