/**
 * Leerlogboek and verbeteracties against a real (per-file) SQLite database: permissions, blameless refusal,
 * versions, LES_VASTLEGGEN on the klacht in the same transaction, links without names for readers, deadlines
 * started / moved / met / stopped, escalation by the scheduler, the effect measurement and the list filters.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow, now } from "../../../app/platform/clock";
import { registreerKlacht, voerStapUit, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { startAfspraak } from "../../../app/platform/engine/runtime.server";
import "../../../app/features/terugbellen/terugbel.server";
import { sweep } from "../../../app/platform/engine/scheduler.server";
import {
  lesDetail,
  leesLes,
  lessenVoorKlacht,
  maakLes,
  voegKoppelingToe,
  verwijderKoppeling,
  wijzigLes,
  zoekLessen,
  type LesInvoer,
} from "../../../app/features/leerlogboek/leerlogboek.server";
import {
  deadlineMoment,
  leesNieuweActie,
  leesStap,
  maakVerbeteractie,
  meetEffect,
  verbeteractieDetail,
  voerActieStapUit,
  zoekVerbeteracties,
} from "../../../app/features/verbeteracties/verbeteracties.server";
import { gebruiker } from "../werklijsten/helpers";
import { cookieVoor, get, post, roep } from "../coaching/helpers";
import * as nieuwRoute from "../../../app/routes/leerlogboek.nieuw";
import * as lesRoute from "../../../app/routes/leerlogboek.$id";
import type { KlachtEvent } from "../../../workflows/klacht/machine";

const { sqlite } = getDatabase();
const ruben = gebruiker("ruben@voorbeeld.nl");
const fatima = gebruiker("fatima@voorbeeld.nl");
const lotte = gebruiker("lotte@voorbeeld.nl");
const jeroen = gebruiker("jeroen@voorbeeld.nl");
const sanne = gebruiker("sanne@voorbeeld.nl");
const afdeling = (sqlite.prepare("SELECT t.afdeling_id AS a FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(fatima.id) as { a: number }).a;

const T = Date.UTC(2026, 2, 2, 9, 0); // ma 2 maart 2026 10:00 Amsterdam
const DAG = 86_400_000;

function klachtInvoer(): KlachtInvoer {
  return {
    ontvangenDatum: "2026-03-02",
    kanaal: "telefoon",
    schriftelijk: false,
    klagerSoort: "persoon",
    klagerNaam: "Piet Jansen",
    klagerOrganisatie: null,
    klagerAdres: "Dorpsstraat 1",
    klagerPostcode: "1234 AB",
    klagerWoonplaats: "Voorbeeld",
    klagerTelefoon: "+31612345678",
    klagerEmail: "piet@example.nl",
    klagerVoorkeurKanaal: "telefoon",
    dagtekening: null,
    omschrijving: "Niet teruggebeld over de parkeervergunning.",
    gedragingDatum: "2026-02-27",
    afdelingId: afdeling,
    beklaagdeIds: [fatima.id],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
  };
}

/** A complaint driven to afgehandeld (gegrond, norms 7 and 17). */
function afgehandeldeKlacht(): { id: string; nummer: string } {
  const k = registreerKlacht(klachtInvoer(), ruben, null);
  let versie = 1;
  const stap = (e: KlachtEvent) => {
    const r = voerStapUit(k.id, versie, e, ruben, null);
    expect(r, e.type).toMatchObject({ ok: true });
    if (r.ok) versie = r.versie;
  };
  stap({ type: "ONTVANGST_BEVESTIGEN", op: now() });
  stap({ type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam });
  stap({ type: "KOPIE_BEKLAAGDE", op: now() });
  stap({ type: "HOORZITTING_GEHOUDEN", op: now(), verslag: "Gehoord." });
  stap({
    type: "AFHANDELEN",
    op: now(),
    bevindingen: "Terugbelverzoek niet geregistreerd.",
    oordeel: "gegrond",
    oordeelReden: null,
    normen: [7, 17],
    maatregelen: "Excuses.",
    ombudsmanNaam: "Nationale ombudsman",
    ombudsmanTermijnWeken: 52,
  } as KlachtEvent);
  return k;
}

const LES: LesInvoer = {
  titel: "Terugbelverzoeken verdwijnen buiten het systeem",
  watGebeurde: "Een terugbelverzoek werd op papier genoteerd en niet geregistreerd.",
  oorzaak: "Het registratiescherm kost te veel tijd tijdens het gesprek.",
  les: "Terugbelverzoeken altijd direct in Afspraak vastleggen.",
  normen: [17],
  processtap: "terugbellen",
  afdelingId: afdeling,
};

function klacht(id: string) {
  return sqlite.prepare("SELECT status, les, leerlogboek_aantal, versie FROM klachten WHERE id = ?").get(id) as {
    status: string;
    les: string | null;
    leerlogboek_aantal: number;
    versie: number;
  };
}

beforeEach(() => setNow(T));

describe("leerlogboek: blameless, permissions, versions", () => {
  it("refuses a text that names an employee (field error, input kept), accepts process language", () => {
    const w = { titel: "Terugbellen", watGebeurde: "Fatima El Amrani belde niet terug", oorzaak: "Drukte", les: "Les", normen: ["17"], processtap: "terugbellen", afdelingId: "" };
    const r = leesLes(w);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fouten.watGebeurde?.[0]).toBe(`Noem processen, geen personen: ‘${fatima.naam}’ is de naam van een medewerker. Het leerlogboek is blameless.`);
      expect(r.fouten.titel).toBeUndefined();
    }
    expect(leesLes({ ...w, watGebeurde: "Het verzoek werd op papier genoteerd" }).ok).toBe(true);
    const zonderNorm = leesLes({ ...w, watGebeurde: "x", normen: [] });
    expect(zonderNorm.ok || zonderNorm.fouten.normen?.[0]).toMatch(/behoorlijkheidsnorm/);
  });

  it("the create route refuses a name with 400 and sends the typed input back; others than the regieteam get 403", async () => {
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    const velden = { titel: "Titel", watGebeurde: `Door ${lotte.naam.toUpperCase()} vergeten`, oorzaak: "Oorzaak", les: "Les", normen: "17", processtap: "terugbellen" };
    const r = await roep(nieuwRoute.action as never, post("/leerlogboek/nieuw", cookie, velden));
    expect(r.status).toBe(400);
    const d = (r as { data: { fouten: Record<string, string[]>; waarden: Record<string, unknown> } }).data;
    expect(d.fouten.watGebeurde?.[0]).toContain("blameless");
    expect(d.waarden.watGebeurde).toBe(velden.watGebeurde);
    const f = await roep(nieuwRoute.loader as never, get("/leerlogboek/nieuw", await cookieVoor("fatima@voorbeeld.nl")));
    expect(f.status).toBe(403);
    expect(maakLes(fatima, LES, []).ok).toBe(false);
  });

  it("numbers LL-<year>-<nnnn>, edits with the version, refuses a stale version", () => {
    const a = maakLes(ruben, LES, []);
    const b = maakLes(ruben, { ...LES, titel: "Tweede" }, []);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.nummer).toMatch(/^LL-2026-\d{4}$/);
    expect(Number(b.nummer.slice(-4))).toBe(Number(a.nummer.slice(-4)) + 1);
    const w = wijzigLes(ruben, a.id, 1, { ...LES, titel: "Nieuwe titel", normen: [14, 17] });
    expect(w).toMatchObject({ ok: true, versie: 2 });
    const oud = wijzigLes(ruben, a.id, 1, { ...LES, titel: "Overschrijven" });
    expect(oud).toMatchObject({ ok: false, reden: "verouderd" });
    if (!oud.ok) expect(oud.melding).toMatch(/intussen gewijzigd/);
    const d = lesDetail(ruben, a.id)!;
    expect(d.titel).toBe("Nieuwe titel");
    expect(d.normen).toEqual([14, 17]);
    const audit = sqlite.prepare("SELECT actie FROM audit_log WHERE object_type = 'leerlogboek' AND object_id = ? ORDER BY id").all(String(a.id)) as { actie: string }[];
    expect(audit.map((x) => x.actie)).toEqual(["leerlogboek.aangemaakt", "leerlogboek.gewijzigd"]);
  });
});

describe("leerlogboek: links", () => {
  it("a decided klacht moves on with LES_VASTLEGGEN in the same transaction and counts as 'with a lesson'", () => {
    const k = afgehandeldeKlacht();
    expect(klacht(k.id).status).toBe("afgehandeld");
    const r = maakLes(ruben, LES, [{ soort: "klacht", ref: k.id }]);
    expect(r).toMatchObject({ ok: true, klachtenVerder: [k.nummer] });
    const na = klacht(k.id);
    expect(na.status).toBe("les");
    expect(na.les).toBe(LES.les);
    expect(na.leerlogboek_aantal).toBe(1);
    const a = sqlite.prepare("SELECT status, versie FROM afspraken WHERE id = ?").get(k.id) as { status: string; versie: number };
    expect(a.status).toBe("les");
    expect(na.versie).toBe(a.versie);
    const ev = sqlite.prepare("SELECT type, payload FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer DESC LIMIT 1").get(k.id) as { type: string; payload: string };
    expect(ev.type).toBe("LES_VASTLEGGEN");
    expect(JSON.parse(ev.payload).les).toBe(LES.les);
    const stat = sqlite.prepare("SELECT sum(met_les) AS n FROM stat_klachten WHERE afdeling_id = ?").get(afdeling) as { n: number };
    expect(stat.n).toBeGreaterThanOrEqual(1);
    if (r.ok) expect(lessenVoorKlacht(k.id).map((l) => l.id)).toEqual([r.id]);
    // a second lesson on the same klacht just links (the klacht is past LES_VASTLEGGEN)
    const tweede = maakLes(ruben, { ...LES, titel: "Nog een les" }, [{ soort: "klacht", ref: k.id }]);
    expect(tweede).toMatchObject({ ok: true, klachtenVerder: [] });
    expect(klacht(k.id).leerlogboek_aantal).toBe(2);
  });

  it("readers see links without employee or citizen names; the regieteam sees the dossier link (audited)", () => {
    const k = afgehandeldeKlacht();
    const r = maakLes(ruben, LES, [{ soort: "klacht", ref: k.id }]);
    if (!r.ok) throw new Error(String(r.melding));
    const voorFatima = lesDetail(fatima, r.id)!;
    const tekst = JSON.stringify(voorFatima.koppelingen);
    expect(voorFatima.koppelingen[0]!.omschrijving).toMatch(new RegExp(`^Klacht ${k.nummer} · .+ · gegrond · ontvangen 2 mrt 2026$`));
    for (const naam of [fatima.naam, ruben.naam, "Piet Jansen"]) expect(tekst).not.toContain(naam);
    expect(voorFatima.koppelingen[0]!.href).toBeNull();
    const voorRuben = lesDetail(ruben, r.id, "test")!;
    expect(voorRuben.koppelingen[0]!.href).toBe(`/klachten/${k.id}`);
    const a = sqlite.prepare("SELECT actor_id FROM audit_log WHERE actie = 'leerlogboek.koppelingen.ingezien' AND object_id = ?").all(String(r.id)) as { actor_id: string }[];
    expect(a.map((x) => x.actor_id)).toEqual([ruben.id]);
  });

  it("links an overdue commitment and a compliment; refuses a commitment that is on time; removes a link", async () => {
    const les = maakLes(ruben, LES, []);
    if (!les.ok) throw new Error("les");
    const { id: afspraakId } = startAfspraak(
      "terugbelafspraak",
      { burger: { naam: "Anna de Boer", telefoon: "+31612345679", email: null }, vraag: "Afvalpas", kanaal: "telefoon", eigenaarId: lotte.id, teamId: null, maxPogingen: 3 },
      lotte,
    );
    const opTijd = voegKoppelingToe(ruben, les.id, { soort: "afspraak", ref: afspraakId });
    expect(opTijd).toMatchObject({ ok: false, reden: "ongeldig" });
    setNow(T + 4 * DAG);
    expect(voegKoppelingToe(ruben, les.id, { soort: "afspraak", ref: afspraakId })).toMatchObject({ ok: true });
    const fb = Number(
      sqlite
        .prepare("INSERT INTO feedback (soort, tekst, kanaal, medewerker_id, aangemaakt_op, gewijzigd_op) VALUES ('compliment', 'Heel vriendelijk geholpen door Lotte', 'telefoon', ?, ?, ?)")
        .run(lotte.id, T, T).lastInsertRowid,
    );
    expect(voegKoppelingToe(ruben, les.id, { soort: "compliment", ref: String(fb) })).toMatchObject({ ok: true });
    expect(voegKoppelingToe(ruben, les.id, { soort: "compliment", ref: String(fb) })).toMatchObject({ ok: false });
    expect(voegKoppelingToe(fatima, les.id, { soort: "compliment", ref: String(fb) })).toMatchObject({ ok: false, reden: "geweigerd" });
    const lezer = lesDetail(fatima, les.id)!;
    const afspr = lezer.koppelingen.find((k) => k.soort === "afspraak")!;
    expect(afspr.omschrijving).toMatch(/^Afspraak terugbellen · nog open, te laat \(\d+ werkdag(en)?\)/);
    const compl = lezer.koppelingen.find((k) => k.soort === "compliment")!;
    expect(compl.omschrijving).toMatch(/^Compliment · /);
    const alles = JSON.stringify(lezer.koppelingen);
    for (const naam of [lotte.naam, "Anna de Boer", "Heel vriendelijk"]) expect(alles).not.toContain(naam);
    expect(lesDetail(ruben, les.id)!.koppelingen.find((k) => k.soort === "afspraak")!.href).toBe(`/terugbelafspraken/${afspraakId}`);
    expect(verwijderKoppeling(ruben, les.id, { soort: "compliment", ref: String(fb) })).toMatchObject({ ok: true });
    expect(lesDetail(ruben, les.id)!.koppelingen.map((k) => k.soort)).toEqual(["afspraak"]);
  });

  it("the entry page's 'Koppeling toevoegen' by klachtnummer moves the klacht on (route, no JavaScript needed)", async () => {
    const k = afgehandeldeKlacht();
    const les = maakLes(ruben, LES, []);
    if (!les.ok) throw new Error("les");
    const cookie = await cookieVoor("ruben@voorbeeld.nl");
    const fout = await roep(lesRoute.action as never, post(`/leerlogboek/${les.id}`, cookie, { intent: "koppel", klachtnummer: "KL-1999-9999" }), { id: String(les.id) });
    expect(fout.status).toBe(400);
    const r = await roep(lesRoute.action as never, post(`/leerlogboek/${les.id}`, cookie, { intent: "koppel", klachtnummer: k.nummer.toLowerCase() }), { id: String(les.id) });
    expect(r).toMatchObject({ soort: "response", status: 302 });
    expect((r as { location: string }).location).toContain(`klachten=${k.nummer}`);
    expect(klacht(k.id).status).toBe("les");
    const lezer = await roep(lesRoute.action as never, post(`/leerlogboek/${les.id}`, await cookieVoor("fatima@voorbeeld.nl"), { intent: "koppel", klachtnummer: k.nummer }), { id: String(les.id) });
    expect(lezer.status).toBe(403);
  });

  it("list filters: period, norm, processtap, text; newest first", () => {
    const a = maakLes(ruben, { ...LES, titel: "Alfa bereikbaarheid", normen: [2], processtap: "bereikbaarheid" }, []);
    setNow(Date.UTC(2026, 3, 15, 9));
    const b = maakLes(ruben, { ...LES, titel: "Bravo brieven", normen: [4], processtap: "brief_communicatie" }, []);
    if (!a.ok || !b.ok) throw new Error("les");
    expect(zoekLessen({ norm: 4 }).rijen.map((r) => r.id)).toContain(b.id);
    expect(zoekLessen({ norm: 4 }).rijen.map((r) => r.id)).not.toContain(a.id);
    expect(zoekLessen({ van: "2026-04", tot: "2026-04" }).rijen.map((r) => r.id)).toEqual([b.id]);
    expect(zoekLessen({ processtap: "bereikbaarheid", zoek: "alfa" }).rijen.map((r) => r.id)).toEqual([a.id]);
    const alle = zoekLessen({}).rijen;
    expect(alle[0]!.id).toBe(b.id);
  });
});

describe("verbeteracties", () => {
  function nieuweActie(lesAfdeling: number | null = afdeling, normen = [17]) {
    const les = maakLes(ruben, { ...LES, afdelingId: lesAfdeling, normen }, []);
    if (!les.ok) throw new Error("les");
    const r = maakVerbeteractie(ruben, les.id, { titel: "Registratiescherm versnellen", omschrijving: "Minder velden", eigenaarId: lotte.id, deadline: "2026-04-30" });
    if (!r.ok) throw new Error(String(r.melding));
    return { les, ...r };
  }
  function termijn(id: string) {
    return sqlite.prepare("SELECT status, termijn_op, op_tijd, verzet, fase FROM termijnen WHERE afspraak_id = ? ORDER BY id DESC LIMIT 1").get(id) as {
      status: string;
      termijn_op: number;
      op_tijd: number | null;
      verzet: number;
      fase: string;
    };
  }
  function rij(id: string) {
    return sqlite.prepare("SELECT * FROM verbeteracties WHERE id = ?").get(id) as Record<string, unknown>;
  }

  it("created by the regieteam only, with a future date; VA number; deadline row at the closing time of the date", () => {
    const les = maakLes(ruben, LES, []);
    if (!les.ok) throw new Error("les");
    expect(maakVerbeteractie(lotte, les.id, { titel: "x", omschrijving: "y", eigenaarId: lotte.id, deadline: "2026-04-30" })).toMatchObject({ ok: false, reden: "geweigerd" });
    expect(maakVerbeteractie(ruben, les.id, { titel: "x", omschrijving: "y", eigenaarId: lotte.id, deadline: "2026-03-02" })).toMatchObject({ ok: false, reden: "ongeldig" });
    const { id, nummer } = nieuweActie();
    expect(nummer).toMatch(/^VA-2026-\d{4}$/);
    expect(deadlineMoment("2026-04-30")).toBe(Date.UTC(2026, 3, 30, 15, 0)); // do 30 april 17:00 CEST
    expect(termijn(id)).toMatchObject({ status: "lopend", termijn_op: deadlineMoment("2026-04-30") });
    expect(rij(id)).toMatchObject({ status: "voorgesteld", eigenaar_id: lotte.id, eigenaar_naam: lotte.naam, afdeling_id: afdeling, versie: 1 });
    const a = sqlite.prepare("SELECT soort, eigenaar_id, titel FROM afspraken WHERE id = ?").get(id) as { soort: string; eigenaar_id: string; titel: string };
    expect(a).toMatchObject({ soort: "verbeteractie", eigenaar_id: lotte.id });
    // a date on a weekend runs to the closing time of the next working day
    expect(deadlineMoment("2026-05-02")).toBe(Date.UTC(2026, 4, 4, 15, 0));
  });

  it("the action's title and description are blameless too; the owner is its own field", () => {
    const form = (omschrijving: string) => {
      const f = new FormData();
      f.set("titel", "Terugbelscherm inkorten");
      f.set("omschrijving", omschrijving);
      f.set("eigenaarId", lotte.id);
      f.set("deadline", "2026-04-30");
      return f;
    };
    const fout = leesNieuweActie(form(`Zorg dat ${lotte.naam} voortaan beter oplet.`));
    expect(fout.ok).toBe(false);
    if (!fout.ok) expect(fout.fouten.omschrijving?.[0]).toMatch(/Noem processen, geen personen/);
    expect(leesNieuweActie(form("Alleen naam, nummer en vraag verplicht.")).ok).toBe(true);
  });

  it("steps: owner starts and realises; others refused; stale versions refused; columns in sync; deadline met", () => {
    const { id } = nieuweActie();
    expect(voerActieStapUit(jeroen, id, 1, { type: "STARTEN", op: now() })).toMatchObject({ ok: false, reden: "geweigerd" });
    expect(voerActieStapUit(lotte, id, 1, { type: "WIJZIGEN", eigenaarId: lotte.id, deadline: "2026-05-29", termijnOp: deadlineMoment("2026-05-29") })).toMatchObject({ ok: false, reden: "geweigerd" });
    const nietNu = voerActieStapUit(lotte, id, 1, { type: "REALISEREN", toelichting: "klaar", op: now() });
    expect(nietNu).toMatchObject({ ok: false, reden: "niet_toegestaan" });
    if (!nietNu.ok) expect(nietNu.melding).toMatch(/Start de verbeteractie eerst/);
    expect(voerActieStapUit(lotte, id, 1, { type: "STARTEN", op: now() })).toMatchObject({ ok: true, versie: 2, status: "in_uitvoering" });
    expect(voerActieStapUit(ruben, id, 1, { type: "AFWIJZEN", reden: "x", op: now() })).toMatchObject({ ok: false, reden: "verouderd" });
    expect(rij(id)).toMatchObject({ status: "in_uitvoering", versie: 2, gestart_op: T });
    setNow(T + 10 * DAG);
    expect(voerActieStapUit(lotte, id, 2, { type: "REALISEREN", toelichting: "Scherm ingekort", op: now() })).toMatchObject({ ok: true, status: "gerealiseerd" });
    expect(termijn(id)).toMatchObject({ status: "gehaald", op_tijd: 1 });
    expect(rij(id)).toMatchObject({ status: "gerealiseerd", op_tijd: 1, realisatie_toelichting: "Scherm ingekort", gerealiseerd_op: T + 10 * DAG });
    const afw = voerActieStapUit(ruben, id, 3, { type: "AFWIJZEN", reden: "x", op: now() });
    expect(afw).toMatchObject({ ok: false, reden: "niet_toegestaan" });
    if (!afw.ok) expect(afw.melding).toMatch(/niet meer worden afgewezen/);
    const weigeringen = sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE object_id = ? AND resultaat = 'geweigerd'").get(id) as { n: number };
    expect(weigeringen.n).toBeGreaterThanOrEqual(4);
  });

  it("WIJZIGEN moves the deadline (verzet) and the owner; AFWIJZEN stops it", () => {
    const { id } = nieuweActie();
    const nieuw = deadlineMoment("2026-06-30");
    expect(voerActieStapUit(ruben, id, 1, { type: "WIJZIGEN", eigenaarId: jeroen.id, deadline: "2026-06-30", termijnOp: nieuw })).toMatchObject({ ok: true });
    expect(termijn(id)).toMatchObject({ status: "lopend", termijn_op: nieuw, verzet: 1 });
    expect(rij(id)).toMatchObject({ eigenaar_id: jeroen.id, eigenaar_naam: jeroen.naam, deadline: "2026-06-30", termijn_op: nieuw });
    expect((sqlite.prepare("SELECT eigenaar_id FROM afspraken WHERE id = ?").get(id) as { eigenaar_id: string }).eigenaar_id).toBe(jeroen.id);
    expect(voerActieStapUit(ruben, id, 2, { type: "AFWIJZEN", reden: "Opgegaan in een breder project", op: now() })).toMatchObject({ ok: true, status: "afgewezen" });
    expect(termijn(id).status).toBe("gestopt");
    expect(rij(id)).toMatchObject({ status: "afgewezen", afwijsreden: "Opgegaan in een breder project" });
  });

  it("an untouched proposal surfaces: the scheduler warns the owner and escalates to the teamleider and the regieteam", () => {
    const { id } = nieuweActie();
    expect(zoekVerbeteracties(ruben, { teLaat: true }).map((r) => r.id)).not.toContain(id);
    setNow(Date.UTC(2026, 4, 12, 12)); // past 30 april + 3 werkdagen
    sweep({ nu: now() });
    const fase = termijn(id).fase;
    expect(fase).toBe("geescaleerd");
    const aan = sqlite.prepare("SELECT DISTINCT medewerker_id FROM berichten WHERE afspraak_id = ?").all(id) as { medewerker_id: string }[];
    const ids = aan.map((a) => a.medewerker_id);
    expect(ids).toContain(lotte.id);
    expect(ids).toContain(sanne.id);
    expect(ids).toContain(ruben.id);
    expect(zoekVerbeteracties(ruben, { teLaat: true }).map((r) => r.id)).toContain(id);
  });

  it("list: regieteam all, owner own, teamleider of the owner; filters norm + afdeling as the dashboard links them", () => {
    const a = nieuweActie(afdeling, [7]);
    const b = nieuweActie(null, [14]);
    expect(zoekVerbeteracties(ruben, { norm: 7, afdelingId: afdeling }).map((r) => r.id)).toEqual([a.id]);
    expect(zoekVerbeteracties(ruben, { norm: 14 }).map((r) => r.id)).toEqual([b.id]);
    expect(zoekVerbeteracties(lotte, {}).map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(zoekVerbeteracties(sanne, {}).map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(zoekVerbeteracties(fatima, {})).toEqual([]);
    expect(verbeteractieDetail(fatima, a.id)).toBe("geweigerd");
    expect(verbeteractieDetail(lotte, a.id)).toMatchObject({ stappen: ["STARTEN"] });
    expect(verbeteractieDetail(ruben, a.id)).toMatchObject({ stappen: ["STARTEN", "AFWIJZEN", "WIJZIGEN"] });
  });
});

describe("effect evaluation", () => {
  function telling(maand: number, norm: number, aantal: number, afd = afdeling) {
    sqlite
      .prepare(
        `INSERT INTO stat_klacht_normen (maand, afdeling_id, team_id, norm, aantal) VALUES (?, ?, 0, ?, ?)
         ON CONFLICT (maand, afdeling_id, team_id, norm) DO UPDATE SET aantal = aantal + excluded.aantal`,
      )
      .run(maand, afd, norm, aantal);
  }

  it("counts the N months before and after the month of realisation, per month when the after-window is incomplete", () => {
    // realised 15 jan 2025; before: jul–dec 2024; after: feb–jul 2025
    for (const m of [202407, 202408, 202409, 202410, 202411, 202412]) telling(m, 21, 2);
    telling(202501, 21, 50); // the month of realisation itself does not count
    for (const m of [202502, 202503, 202504]) telling(m, 21, 1);
    telling(202503, 22, 1); // the second norm of the lesson counts too
    telling(202503, 21, 7, afdeling + 100); // another department does not
    const R = Date.UTC(2025, 0, 15, 12);
    const compleet = meetEffect([21, 22], afdeling, R, 6, Date.UTC(2025, 7, 5));
    expect(compleet).toMatchObject({ compleet: true, voor: { aantal: 12, van: 202407, tot: 202412 }, na: { aantal: 4, van: 202502, tot: 202507, maandenCompleet: 6 } });
    expect(compleet.verandering).toBeCloseTo(-66.7, 1);
    const deels = meetEffect([21, 22], afdeling, R, 6, Date.UTC(2025, 4, 10)); // may 2025: feb–apr complete
    expect(deels).toMatchObject({ compleet: false, na: { aantal: 4, maandenCompleet: 3 } });
    expect(deels.perMaandVoor).toBe(2);
    expect(deels.perMaandNa).toBeCloseTo(4 / 3, 5);
    expect(deels.verandering).toBeCloseTo(-33.3, 1);
    const zonderAfdeling = meetEffect([21], null, R, 3, Date.UTC(2025, 7, 5));
    expect(zonderAfdeling.voor.aantal).toBe(6);
    expect(zonderAfdeling.na.aantal).toBe(3 + 7);
    expect(meetEffect([21], afdeling, R, 6, Date.UTC(2025, 1, 10)).perMaandNa).toBeNull();
  });

  it("EVALUEREN stores the measured numbers with the evaluation", () => {
    const les = maakLes(ruben, { ...LES, normen: [20] }, []);
    if (!les.ok) throw new Error("les");
    const r = maakVerbeteractie(ruben, les.id, { titel: "Voorbereiding", omschrijving: "Checklist", eigenaarId: lotte.id, deadline: "2026-04-30" });
    if (!r.ok) throw new Error("actie");
    voerActieStapUit(lotte, r.id, 1, { type: "STARTEN", op: now() });
    voerActieStapUit(lotte, r.id, 2, { type: "REALISEREN", toelichting: "Checklist ingevoerd", op: now() }); // maart 2026
    for (const m of [202512, 202601, 202602]) telling(m, 20, 3);
    telling(202604, 20, 1);
    setNow(Date.UTC(2026, 5, 10, 10)); // june: april and may complete
    const form = new FormData();
    form.set("effect", "effectief");
    form.set("venster", "3");
    form.set("toelichting", "Duidelijk minder klachten over voorbereiding.");
    const stap = leesStap(r.id, "EVALUEREN", form);
    expect(stap.ok).toBe(true);
    if (!stap.ok) return;
    expect(stap.event).toMatchObject({ herhaalVoor: 9, herhaalNa: 1, vensterMaanden: 3, naMaanden: 2 });
    expect(voerActieStapUit(lotte, r.id, 3, stap.event)).toMatchObject({ ok: false, reden: "geweigerd" });
    expect(voerActieStapUit(ruben, r.id, 3, stap.event)).toMatchObject({ ok: true, status: "geevalueerd" });
    const v = sqlite.prepare("SELECT status, effect, herhaal_voor, herhaal_na, evaluatie_venster_maanden FROM verbeteracties WHERE id = ?").get(r.id);
    expect(v).toEqual({ status: "geevalueerd", effect: "effectief", herhaal_voor: 9, herhaal_na: 1, evaluatie_venster_maanden: 3 });
  });
});
