/**
 * Privacy requests (issue 17) against a real database: the one-month term (31 January → 28 February) as a
 * deadline row of the charter engine, extension only with the notice to the citizen, the inzage package with a
 * record of every kind and the audit lines (staff by function and team, not by name), rectification with its
 * history, and a restriction that hides the citizen and blocks processing until lifted. Everything audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import "../../../app/boot/workflows.server";
import { getDatabase } from "../../../db/client";
import { now, setNow } from "../../../app/platform/clock";
import { formatIso, parseTijdstip } from "../../../app/domain/kalender";
import { BEPERKING_MELDING } from "../../../app/platform/engine/beperking.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { sweep } from "../../../app/platform/engine/scheduler.server";
import { berichtenVan } from "../../../app/platform/engine/inbox.server";
import { magKlantbeeldZien, zoekBurgers } from "../../../app/features/klantbeeld/klantbeeld.server";
import { beperk, hefBeperkingOp, maakVerzoek, rectificeer, verleng, handelAf, laadVerzoek } from "../../../app/features/privacy/verzoeken.server";
import { maakInzagePakket } from "../../../app/features/privacy/pakket.server";
import { VOORBEELD_INWONER, zaaiPrivacyVoorbeeld } from "../../../app/features/privacy/voorbeeld.server";
import { maakTerugbelafspraak } from "../../../app/features/terugbellen/terugbel.server";
import { overdrachtDetail, overdrachtStap } from "../../../app/features/overdracht/overdracht.server";
import { terugbelDetail } from "../../../app/features/terugbellen/terugbel.server";
import { klachtDossier } from "../../../app/features/klachten/klachten.server";
import { registreerUitFormulier } from "../../../app/features/klachten/registratie.server";
import { gebruiker, teamId } from "../werklijsten/helpers";
import { voorMijnTeam } from "../../../app/features/werklijsten/werklijsten.server";

const priya = () => gebruiker("priya@voorbeeld.nl");

function auditRegels(actie: string, objectId?: string): { actor_id: string | null; object_id: string | null; details: string | null }[] {
  const { sqlite } = getDatabase();
  return sqlite
    .prepare(`SELECT actor_id, object_id, details FROM audit_log WHERE actie = ? ${objectId ? "AND object_id = ?" : ""} ORDER BY id`)
    .all(...(objectId ? [actie, objectId] : [actie])) as { actor_id: string | null; object_id: string | null; details: string | null }[];
}

function termijnRij(id: string) {
  return getDatabase().sqlite.prepare("SELECT mijlpaal, status, start_op, waarschuwing_op, termijn_op, verzet FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC").get(id) as {
    mijlpaal: string;
    status: string;
    start_op: number;
    waarschuwing_op: number;
    termijn_op: number;
    verzet: number;
  };
}

let anna = "";

beforeAll(() => {
  anna = zaaiPrivacyVoorbeeld()!;
});

describe("de termijn van een privacyverzoek", () => {
  let id = "";

  it("is één maand na ontvangst op de Atw-kalender: 31 januari → vrijdag 28 februari 23:59:59", () => {
    setNow(parseTijdstip("2025-02-03T10:00"));
    const r = maakVerzoek(priya(), { burgerId: anna, soort: "inzage", ontvangenDatum: "2025-01-31", kanaal: "brief", omschrijving: "Ik wil weten welke gegevens u van mij heeft." }, "test");
    expect(r.ok).toBe(true);
    id = r.ok ? r.id : "";
    const t = termijnRij(id);
    expect(t.mijlpaal).toBe("privacyverzoek_beantwoord");
    expect(t.status).toBe("lopend");
    expect(formatIso(t.start_op)).toBe("2025-01-31T12:00:00+01:00");
    expect(formatIso(t.termijn_op)).toBe("2025-02-28T23:59:59+01:00");
    // warnings and escalation like every promise: the norm's 75 % warning lies inside the term
    expect(t.waarschuwing_op).toBeGreaterThan(t.start_op);
    expect(t.waarschuwing_op).toBeLessThan(t.termijn_op);
    expect(laadAfspraakRij(id)!.termijn_op).toBe(t.termijn_op);
    expect(auditRegels("privacy.verzoek_geregistreerd", anna).length).toBeGreaterThan(0);
  });

  it("waarschuwt de privacyfunctionaris en escaleert naar de teamleider als elke belofte", () => {
    const t = termijnRij(id);
    setNow(t.waarschuwing_op + 1000);
    sweep({ nu: now() });
    expect(berichtenVan(priya().id).some((b) => b.link === `/privacy/${id}`)).toBe(true);
    setNow(t.termijn_op + 1000);
    sweep({ nu: now() });
    const wim = gebruiker("wim@voorbeeld.nl"); // teamleider of Informatiebeheer, the privacy officer's team
    expect(berichtenVan(wim.id).some((b) => b.link === `/privacy/${id}`)).toBe(true);
    setNow(parseTijdstip("2025-02-03T10:00"));
  });

  it("weigert een ontvangstdatum in de toekomst aan het veld", () => {
    const r = maakVerzoek(priya(), { burgerId: anna, soort: "inzage", ontvangenDatum: "2025-02-10", kanaal: "brief", omschrijving: "Ik wil weten welke gegevens u van mij heeft." }, "test");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.ontvangenDatum?.[0]).toMatch(/toekomst/);
  });

  it("verlengt alleen met de kennisgeving aan de inwoner, binnen de eerste maand, één keer, tot drie maanden na ontvangst", () => {
    const versie = () => laadVerzoek(id)!.versie;
    const zonder = verleng(priya(), id, { versie: versie(), reden: "Veel gegevens bij verschillende afdelingen", kennisgeving: "", kennisgevingDatum: "2025-02-03" }, "test");
    expect(zonder.ok).toBe(false);
    if (!zonder.ok) expect(zonder.fouten.kennisgeving?.[0]).toMatch(/kennisgeving/);
    expect(formatIso(termijnRij(id).termijn_op)).toBe("2025-02-28T23:59:59+01:00");

    setNow(parseTijdstip("2025-03-05T10:00")); // past the first month: too late to extend
    const telaat = verleng(priya(), id, { versie: versie(), reden: "Veel gegevens", kennisgeving: "Wij hebben meer tijd nodig om uw verzoek te beantwoorden.", kennisgevingDatum: "2025-03-04" }, "test");
    expect(telaat.ok).toBe(false);
    if (!telaat.ok) expect(telaat.melding).toMatch(/binnen een maand/);

    setNow(parseTijdstip("2025-02-20T10:00"));
    const ok = verleng(priya(), id, { versie: versie(), reden: "Veel gegevens bij verschillende afdelingen", kennisgeving: "Wij hebben meer tijd nodig om uw verzoek volledig te beantwoorden.", kennisgevingDatum: "2025-02-20" }, "test");
    expect(ok.ok).toBe(true);
    const t = termijnRij(id);
    expect(formatIso(t.termijn_op)).toBe("2025-04-30T23:59:59+02:00");
    expect(t.verzet).toBe(1);
    expect(laadVerzoek(id)!.c.verlenging?.kennisgeving).toMatch(/meer tijd/);
    expect(auditRegels("privacy.termijn_verlengd", id)).toHaveLength(1);

    const nogmaals = verleng(priya(), id, { versie: versie(), reden: "Nog meer", kennisgeving: "Wij hebben nog meer tijd nodig om uw verzoek te beantwoorden.", kennisgevingDatum: "2025-02-20" }, "test");
    expect(nogmaals.ok).toBe(false);
    if (!nogmaals.ok) expect(nogmaals.melding).toMatch(/al verlengd/);
  });

  it("afhandelen haalt de termijn; daarna kan er niets meer", () => {
    const r = handelAf(priya(), id, { versie: laadVerzoek(id)!.versie, besluit: "toegewezen", toelichting: "Het overzicht is per post verstuurd." }, "test");
    expect(r.ok).toBe(true);
    expect(termijnRij(id).status).toBe("gehaald");
    const na = verleng(priya(), id, { versie: laadVerzoek(id)!.versie, reden: "Te laat", kennisgeving: "Wij hebben meer tijd nodig om uw verzoek te beantwoorden.", kennisgevingDatum: "2025-02-20" }, "test");
    expect(na.ok).toBe(false);
  });
});

describe("het inzagepakket", () => {
  it("bevat elk soort gegeven over de inwoner en de auditregels, met functie en team in plaats van namen", () => {
    setNow(Date.now());
    const v = maakVerzoek(priya(), { burgerId: anna, soort: "inzage", ontvangenDatum: new Date(now()).toISOString().slice(0, 10), kanaal: "e-mail", omschrijving: "Graag een kopie van al mijn gegevens." }, "test");
    expect(v.ok).toBe(true);
    const id = v.ok ? v.id : "";
    const r = maakInzagePakket(priya(), id, "json", "test");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.pakket;
    expect(p.inwoner.email).toBe(VOORBEELD_INWONER.email);
    expect(p.terugbelafspraken.length).toBeGreaterThan(0);
    expect(p.terugbelafspraken[0]!.gegevens.vraag).toMatch(/huishouden/);
    expect(p.terugbelafspraken[0]!.geschiedenis.map((g) => g.stap)).toContain("POGING");
    expect(p.overdrachten.length).toBeGreaterThan(0);
    expect(p.klachten.length).toBeGreaterThan(0);
    const dossier = p.klachten[0]!.dossier!;
    expect(dossier.brieven.map((b) => b.soort)).toContain("ontvangstbevestiging");
    expect(dossier.bijlagen.map((b) => b.naam)).toContain("stoeptegel.txt");
    expect(p.feedback.map((f) => f.soort).sort()).toEqual(["compliment", "suggestie"]);
    expect(p.feedback.find((f) => f.soort === "suggestie")!.gevondenOp).toBe("contact");
    expect(p.feedback.find((f) => f.soort === "compliment")!.gevondenOp).toBe("naam");
    expect(p.berichten.length).toBeGreaterThan(0);
    expect(p.berichten.map((b) => b.aan)).toContain(VOORBEELD_INWONER.email);
    expect(p.tevredenheid).toEqual([expect.objectContaining({ score: 4 })]);
    expect(p.privacyverzoeken.length).toBeGreaterThan(0);

    // the audit trail: the colleague's klantbeeld view, shown by function and team
    const bekeken = p.audit.find((a) => a.actie === "klantbeeld.bekijken");
    expect(bekeken?.door).toBe("Medewerker, Wmo en Jeugd");
    expect(p.audit.some((a) => a.actie === "privacy.verzoek_geregistreerd" && a.door.startsWith("Functionaris gegevensbescherming"))).toBe(true);
    const auditTekst = JSON.stringify(p.audit);
    for (const naam of ["Yusuf Kaya", "Ruben Dekker", "Fatima El Amrani", "Priya Ramdin"]) expect(auditTekst).not.toContain(naam);
    // staff ids never appear in the workflow data
    expect(JSON.stringify(p.terugbelafspraken)).not.toContain(gebruiker("yusuf@voorbeeld.nl").id);

    // producing the package is recorded with its hash, logged on the request and audited
    const { sqlite } = getDatabase();
    const rij = sqlite.prepare("SELECT sha256, aantal_records FROM privacy_pakketten WHERE verzoek_id = ?").get(id) as { sha256: string; aantal_records: number };
    expect(rij.sha256).toBe(r.sha256);
    expect(rij.aantal_records).toBeGreaterThan(8);
    expect(auditRegels("privacy.inzage_gemaakt", anna).some((a) => JSON.parse(a.details!).verzoekId === id)).toBe(true);
    expect(laadVerzoek(id)!.c.handelingen.map((h) => h.soort)).toEqual(["pakket"]);
  });

  it("hoort alleen bij een inzageverzoek", () => {
    const v = maakVerzoek(priya(), { burgerId: anna, soort: "rectificatie", ontvangenDatum: new Date(now()).toISOString().slice(0, 10), kanaal: "brief", omschrijving: "Mijn naam is verkeerd gespeld." }, "test");
    const r = maakInzagePakket(priya(), v.ok ? v.id : "", "html", "test");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toMatch(/inzageverzoek/);
  });
});

describe("rectificatie", () => {
  it("verbetert het gegeven en bewaart oud, nieuw, wie, wanneer en waarom", () => {
    const { sqlite } = getDatabase();
    const burger = sqlite.prepare("INSERT INTO burgers (id, naam, naam_zoek, achternaam_zoek, email, aangemaakt_op, gewijzigd_op) VALUES ('rect-1', 'Piet Jansen', 'piet jansen', 'jansen', 'piet@oud.nl', 1, 1)").run();
    expect(burger.changes).toBe(1);
    const v = maakVerzoek(priya(), { burgerId: "rect-1", soort: "rectificatie", ontvangenDatum: new Date(now()).toISOString().slice(0, 10), kanaal: "brief", omschrijving: "Mijn e-mailadres is veranderd." }, "test");
    const id = v.ok ? v.id : "";
    const fout = rectificeer(priya(), id, { versie: laadVerzoek(id)!.versie, veld: "email", nieuweWaarde: "geen-adres", reden: "Nieuw adres" }, "test");
    expect(fout.ok).toBe(false);
    if (!fout.ok) expect(fout.fouten.nieuweWaarde?.[0]).toMatch(/e-mailadres/);
    const ok = rectificeer(priya(), id, { versie: laadVerzoek(id)!.versie, veld: "email", nieuweWaarde: "Piet@Nieuw.nl", reden: "Nieuw adres na verhuizing" }, "test");
    expect(ok.ok).toBe(true);
    expect((sqlite.prepare("SELECT email FROM burgers WHERE id = 'rect-1'").get() as { email: string }).email).toBe("piet@nieuw.nl");
    const h = sqlite.prepare("SELECT veld, oude_waarde, nieuwe_waarde, reden, door_id, door_naam, op FROM privacy_rectificaties WHERE burger_id = 'rect-1'").all() as Record<string, unknown>[];
    expect(h).toEqual([
      expect.objectContaining({ veld: "email", oude_waarde: "piet@oud.nl", nieuwe_waarde: "piet@nieuw.nl", reden: "Nieuw adres na verhuizing", door_id: priya().id, door_naam: "Priya Ramdin", op: now() }),
    ]);
    const naam = rectificeer(priya(), id, { versie: laadVerzoek(id)!.versie, veld: "naam", nieuweWaarde: "Pieter Janssen", reden: "Spelling" }, "test");
    expect(naam.ok).toBe(true);
    expect(sqlite.prepare("SELECT naam, naam_zoek, achternaam_zoek FROM burgers WHERE id = 'rect-1'").get()).toEqual({ naam: "Pieter Janssen", naam_zoek: "pieter janssen", achternaam_zoek: "janssen" });
    expect(auditRegels("privacy.gerectificeerd", "rect-1")).toHaveLength(2);
    // the audit line names the field, not the values
    expect(auditRegels("privacy.gerectificeerd", "rect-1").map((a) => a.details).join()).not.toContain("piet@nieuw.nl");
  });
});

describe("beperking van de verwerking", () => {
  it("verbergt de inwoner voor iedereen behalve de privacyrol en weigert verwerking tot de beperking is opgeheven", () => {
    const yusuf = gebruiker("yusuf@voorbeeld.nl");
    const ruben = gebruiker("ruben@voorbeeld.nl");
    const fatima = gebruiker("fatima@voorbeeld.nl");
    expect(magKlantbeeldZien(yusuf, anna)).toBe(true);
    expect(zoekBurgers(ruben, VOORBEELD_INWONER.email).resultaten.map((r) => r.id)).toContain(anna);

    const v = maakVerzoek(priya(), { burgerId: anna, soort: "beperking", ontvangenDatum: new Date(now()).toISOString().slice(0, 10), kanaal: "brief", omschrijving: "Ik betwist de juistheid van mijn gegevens." }, "test");
    const id = v.ok ? v.id : "";
    expect(beperk(priya(), id, { versie: laadVerzoek(id)!.versie, reden: "De inwoner betwist de juistheid (art. 18 lid 1 onder a)." }, "test").ok).toBe(true);

    // hidden
    expect(magKlantbeeldZien(yusuf, anna)).toBe(false);
    expect(magKlantbeeldZien(ruben, anna)).toBe(false);
    expect(magKlantbeeldZien(priya(), anna)).toBe(true);
    expect(zoekBurgers(ruben, VOORBEELD_INWONER.email).resultaten.map((r) => r.id)).not.toContain(anna);
    expect(zoekBurgers(priya(), VOORBEELD_INWONER.email).resultaten.map((r) => r.id)).toContain(anna);

    // her callback, handover and complaint pages are hidden too
    const { sqlite } = getDatabase();
    const van = (soort: string) => (sqlite.prepare("SELECT id FROM afspraken WHERE burger_id = ? AND soort = ? LIMIT 1").get(anna, soort) as { id: string }).id;
    expect(terugbelDetail(van("terugbelafspraak"), yusuf, "test").soort).toBe("geweigerd");
    expect(overdrachtDetail(van("overdracht"), gebruiker("bram@voorbeeld.nl"), "test").soort).toBe("geweigerd");
    expect(klachtDossier(van("klacht"), ruben, "test")?.toegang).toBeNull();

    // worklists keep the work item but show neither her name nor her question
    const opLijst = () => voorMijnTeam(teamId("Meldingen Openbare Ruimte")).items.find((i) => i.burgerId === anna)!;
    expect(opLijst().burgerNaam).toBe("Gegevens beperkt (AVG art. 18)");
    expect(opLijst().titel).toBe("Warme overdracht (gegevens beperkt)");

    // blocked: a step on her open handover, a new callback, a new complaint
    const ov = sqlite.prepare("SELECT id, versie FROM afspraken WHERE burger_id = ? AND soort = 'overdracht' AND open = 1").get(anna) as { id: string; versie: number };
    const bram = gebruiker("bram@voorbeeld.nl");
    const stap = overdrachtStap(ov.id, ov.versie, "oppakken", {}, bram, "test");
    expect(stap.ok).toBe(false);
    if (!stap.ok) expect(stap.melding).toBe(BEPERKING_MELDING);
    const voorAantal = (sqlite.prepare("SELECT count(*) AS n FROM afspraken WHERE burger_id = ?").get(anna) as { n: number }).n;
    const tb = maakTerugbelafspraak({ naam: VOORBEELD_INWONER.naam, telefoon: "06 12345678", email: VOORBEELD_INWONER.email, vraag: "Nieuwe vraag" }, fatima, "test");
    expect(tb.ok).toBe(false);
    if (!tb.ok) expect(tb.melding).toBe(BEPERKING_MELDING);
    const form = new FormData();
    for (const [k, w] of Object.entries({
      ontvangenDatum: new Date(now()).toISOString().slice(0, 10),
      kanaal: "e-mail",
      vorm: "schriftelijk",
      klagerVoorkeurKanaal: "e-mail",
      klagerSoort: "persoon",
      klagerNaam: VOORBEELD_INWONER.naam,
      klagerEmail: VOORBEELD_INWONER.email,
      omschrijving: "Een nieuwe klacht van de inwoner.",
      beklaagdeOnbekend: "ja",
    }))
      form.set(k, w);
    const kl = registreerUitFormulier(form, ruben, "test");
    if (!kl.ok && Object.keys(kl.antwoord.fouten).some((k) => k !== "klagerNaam")) throw new Error(`formulier onvolledig: ${JSON.stringify(kl.antwoord.fouten)}`);
    expect(kl.ok).toBe(false);
    if (!kl.ok) expect(kl.antwoord.fouten.klagerNaam?.[0]).toBe(BEPERKING_MELDING);
    expect((sqlite.prepare("SELECT count(*) AS n FROM afspraken WHERE burger_id = ?").get(anna) as { n: number }).n).toBe(voorAantal);
    // the refusal is audited by the engine's step
    expect(auditRegels("privacy.beperkt", anna)).toHaveLength(1);

    // lifted: visible and processable again
    expect(hefBeperkingOp(priya(), id, { reden: "Juistheid gecontroleerd; de inwoner is vooraf geïnformeerd." }, "test").ok).toBe(true);
    expect(magKlantbeeldZien(yusuf, anna)).toBe(true);
    expect(opLijst().burgerNaam).toBe(VOORBEELD_INWONER.naam);
    expect(terugbelDetail(van("terugbelafspraak"), yusuf, "test").soort).toBe("ok");
    expect(klachtDossier(van("klacht"), ruben, "test")?.toegang).toBe("beheer");
    expect(overdrachtStap(ov.id, ov.versie, "oppakken", {}, bram, "test").ok).toBe(true);
    expect(auditRegels("privacy.beperking_opgeheven", anna)).toHaveLength(1);
  });
});
