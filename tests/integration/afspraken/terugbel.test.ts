import { describe, expect, it, beforeAll } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow, now } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import {
  maakTerugbelafspraak,
  terugbelDetail,
  terugbelStap,
  voorbeeldTermijn,
} from "../../../app/features/terugbellen/terugbel.server";
import { zetTerugbelOmNaarOverdracht, overdrachtDetail } from "../../../app/features/overdracht/overdracht.server";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import { termijnenVan } from "../../../app/platform/engine/termijnen.server";
import { gebruiker, teamId, auditRegels } from "./helpers";

const FORM = {
  naam: "Piet Jansen",
  telefoon: "06-12345678",
  email: "piet@example.nl",
  vraag: "Wanneer wordt mijn paspoort klaar?",
  kanaal: "telefoon",
  toewijzing: "ik",
  norm: "TERUGBELLEN",
};

function maak(extra: Record<string, unknown> = {}, wie = "fatima@voorbeeld.nl") {
  const r = maakTerugbelafspraak({ ...FORM, ...extra }, gebruiker(wie), null);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

function versie(id: string): number {
  return laadAfspraakRij(id)!.versie;
}

describe("terugbelafspraken (server module + runtime)", () => {
  beforeAll(() => {
    // Monday 23 November 2026, 10:00 Amsterdam: a working day.
    setNow(parseTijdstip("2026-11-23T10:00"));
  });

  it("creates a callback with E.164 phone, an owner, a citizen link and a deadline from the norm", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const r = maakTerugbelafspraak({ ...FORM, telefoon: "0031 6 1234 5678" }, fatima, "127.0.0.1 req=t");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rij = laadAfspraakRij(r.id)!;
    expect(rij.soort).toBe("terugbelafspraak");
    expect(rij.eigenaar_id).toBe(fatima.id);
    expect(rij.burger_id).toBeTruthy();
    expect(rij.status).toBe("open.beloofd");
    // 1 werkdag after Monday 10:00 → Tuesday 17:00 Amsterdam.
    expect(rij.termijn_op).toBe(parseTijdstip("2026-11-24T17:00"));
    expect(r.termijnTekst).toBe("uiterlijk morgen, di 24 nov, 17:00");
    expect(voorbeeldTermijn("TERUGBELLEN")?.tekst).toBe("uiterlijk morgen, di 24 nov, 17:00");
    const d = terugbelDetail(r.id, fatima, null);
    expect(d.soort).toBe("ok");
    if (d.soort !== "ok") return;
    expect(d.data.burger.telefoonE164).toBe("+31612345678");
    expect(d.data.burger.telefoon).toBe("06 12345678");
    expect(auditRegels("terugbelafspraak.bekeken", r.id)).toHaveLength(1);
    expect(auditRegels("afspraak.aangemaakt", r.id)).toHaveLength(1);
  });

  it("refuses invalid input with Dutch messages at the fields", () => {
    const r = maakTerugbelafspraak({ ...FORM, naam: "", telefoon: "12ab", vraag: "" }, gebruiker("fatima@voorbeeld.nl"), null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.naam?.[0]).toMatch(/naam in, of vink ‘anoniem’/);
    expect(r.fouten.telefoon?.[0]).toMatch(/cijfers/);
    expect(r.fouten.vraag?.[0]).toMatch(/vraag/);
    const anoniem = maakTerugbelafspraak({ ...FORM, naam: "", anoniem: "on" }, gebruiker("fatima@voorbeeld.nl"), null);
    expect(anoniem.ok).toBe(true);
  });

  it("ends as niet_bereikbaar after the configured number of failed attempts, with the fallback message", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const id = maak();
    for (const uitkomst of ["geen_gehoor", "voicemail"]) {
      const r = terugbelStap(id, versie(id), "poging", { uitkomst, notitie: "" }, fatima, null);
      expect(r.ok).toBe(true);
    }
    expect(laadAfspraakRij(id)!.open).toBe(1);
    const r = terugbelStap(id, versie(id), "poging", { uitkomst: "geen_gehoor", notitie: "derde keer" }, fatima, null);
    expect(r.ok).toBe(true);
    const rij = laadAfspraakRij(id)!;
    expect(rij.status).toBe("niet_bereikbaar");
    expect(rij.open).toBe(0);
    const d = terugbelDetail(id, fatima, null);
    if (d.soort !== "ok") throw new Error("geen toegang");
    expect(d.data.terugvalBericht).toMatch(/Beste Piet Jansen/);
    expect(d.data.pogingen).toHaveLength(3);
    // the owner got an inbox message with the fallback text
    const { sqlite } = getDatabase();
    const berichten = sqlite.prepare("SELECT titel, tekst FROM berichten WHERE afspraak_id = ? AND medewerker_id = ?").all(id, fatima.id) as {
      titel: string;
      tekst: string;
    }[];
    expect(berichten.some((b) => /niet bereikbaar/i.test(b.titel) && /Beste Piet Jansen/.test(b.tekst))).toBe(true);
  });

  it("respects terugbel_max_pogingen from the settings", () => {
    const { sqlite } = getDatabase();
    sqlite.prepare("UPDATE instellingen SET waarde = '1' WHERE sleutel = 'terugbel_max_pogingen'").run();
    try {
      const id = maak();
      terugbelStap(id, versie(id), "poging", { uitkomst: "geen_gehoor" }, gebruiker("fatima@voorbeeld.nl"), null);
      expect(laadAfspraakRij(id)!.status).toBe("niet_bereikbaar");
    } finally {
      sqlite.prepare("UPDATE instellingen SET waarde = '3' WHERE sleutel = 'terugbel_max_pogingen'").run();
    }
  });

  it("a wrong number does not count; correcting it resumes the promise", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const id = maak();
    terugbelStap(id, versie(id), "poging", { uitkomst: "verkeerd_nummer" }, fatima, null);
    expect(laadAfspraakRij(id)!.status).toBe("open.nummer_onjuist");
    const geweigerd = terugbelStap(id, versie(id), "poging", { uitkomst: "geen_gehoor" }, fatima, null);
    expect(geweigerd.ok).toBe(false);
    if (!geweigerd.ok) expect(geweigerd.melding).toMatch(/Corrigeer eerst het nummer/);
    const fout = terugbelStap(id, versie(id), "nummer", { telefoon: "06-1234" }, fatima, null);
    expect(fout.ok).toBe(false);
    const r = terugbelStap(id, versie(id), "nummer", { telefoon: "+32 470 12 34 56" }, fatima, null);
    expect(r.ok).toBe(true);
    expect(laadAfspraakRij(id)!.status).toBe("open.beloofd");
    const d = terugbelDetail(id, fatima, null);
    if (d.soort !== "ok") throw new Error();
    expect(d.data.burger.telefoonE164).toBe("+32470123456");
    expect(d.data.mislukt).toBe(0);
  });

  it("a new time at the citizen's request moves the deadline and is not a breach", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const id = maak();
    const oud = laadAfspraakRij(id)!.termijn_op!;
    const r = terugbelStap(id, versie(id), "tijdstip", { op: "2026-11-27T14:30", reden: "Inwoner is tot vrijdag op reis" }, fatima, null);
    expect(r.ok).toBe(true);
    const rij = laadAfspraakRij(id)!;
    expect(rij.termijn_op).toBe(parseTijdstip("2026-11-27T14:30"));
    expect(rij.termijn_op).toBeGreaterThan(oud);
    const t = termijnenVan(getDatabase().sqlite, id).find((x) => x.status === "lopend")!;
    expect(t.verzet).toBe(1);
    expect(t.oorspronkelijk_op).toBe(oud);
    // past the original due moment but before the new one: not overdue
    setNow(parseTijdstip("2026-11-25T09:00"));
    try {
      const d = terugbelDetail(id, fatima, null);
      if (d.soort !== "ok") throw new Error();
      expect(d.data.termijnen[0]?.status).not.toBe("te_laat");
      const bereikt = terugbelStap(id, versie(id), "poging", { uitkomst: "bereikt" }, fatima, null);
      expect(bereikt.ok).toBe(true);
      const na = termijnenVan(getDatabase().sqlite, id).find((x) => x.mijlpaal === "terugbellen" && x.status === "gehaald")!;
      expect(na.op_tijd).toBe(1);
    } finally {
      setNow(parseTijdstip("2026-11-23T10:00"));
    }
    const verleden = terugbelStap(maak(), 1, "tijdstip", { op: "2020-01-01T10:00", reden: "x" }, fatima, null);
    expect(verleden.ok).toBe(false);
  });

  it("reassigns to a colleague or a team, and the new owner gets a message", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const jeroen = gebruiker("jeroen@voorbeeld.nl");
    const id = maak();
    const r = terugbelStap(id, versie(id), "toewijzen", { aan: `m:${jeroen.id}` }, fatima, null);
    expect(r.ok).toBe(true);
    expect(laadAfspraakRij(id)!.eigenaar_id).toBe(jeroen.id);
    const { sqlite } = getDatabase();
    expect(sqlite.prepare("SELECT count(*) n FROM berichten WHERE afspraak_id = ? AND medewerker_id = ?").get(id, jeroen.id)).toEqual({ n: 1 });
    const balie = teamId("KCC Balie");
    const t = terugbelStap(id, versie(id), "toewijzen", { aan: `t:${balie}` }, jeroen, null);
    expect(t.ok).toBe(true);
    const rij = laadAfspraakRij(id)!;
    expect(rij.eigenaar_id).toBeNull();
    expect(rij.team_id).toBe(balie);
    // now a KCC Balie member may see it
    expect(terugbelDetail(id, gebruiker("anouk@voorbeeld.nl"), null).soort).toBe("ok");
  });

  it("refuses a stale version with a clear message and changes nothing", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const jeroen = gebruiker("jeroen@voorbeeld.nl");
    const id = maak();
    const v = versie(id);
    expect(terugbelStap(id, v, "poging", { uitkomst: "geen_gehoor" }, jeroen, null).ok).toBe(true);
    const r = terugbelStap(id, v, "annuleren", { reden: "dubbel" }, fatima, null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(409);
    expect(r.melding).toMatch(/intussen gewijzigd door Jeroen Bakker/);
    expect(laadAfspraakRij(id)!.status).toBe("open.beloofd");
  });

  it("cancel needs a reason", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const id = maak();
    const leeg = terugbelStap(id, versie(id), "annuleren", { reden: "  " }, fatima, null);
    expect(leeg.ok).toBe(false);
    if (!leeg.ok) expect(leeg.fouten.reden?.[0]).toBeTruthy();
    expect(terugbelStap(id, versie(id), "annuleren", { reden: "Inwoner belde zelf al terug" }, fatima, null).ok).toBe(true);
    expect(laadAfspraakRij(id)!.status).toBe("geannuleerd");
  });

  it("gives access to owner, team, teamleider and regieteam, and refuses an unrelated colleague", () => {
    const id = maak();
    expect(terugbelDetail(id, gebruiker("jeroen@voorbeeld.nl"), null).soort).toBe("ok"); // same team
    expect(terugbelDetail(id, gebruiker("sanne@voorbeeld.nl"), null).soort).toBe("ok"); // teamleider
    expect(terugbelDetail(id, gebruiker("ruben@voorbeeld.nl"), null).soort).toBe("ok"); // regieteam
    const pieter = gebruiker("pieter@voorbeeld.nl"); // Burgerzaken
    expect(terugbelDetail(id, pieter, null).soort).toBe("geweigerd");
    expect(terugbelDetail(id, gebruiker("mohamed@voorbeeld.nl"), null).soort).toBe("geweigerd"); // other team's lead
    const stap = terugbelStap(id, versie(id), "annuleren", { reden: "x" }, pieter, null);
    expect(stap.ok).toBe(false);
    if (!stap.ok) expect(stap.status).toBe(403);
    expect(auditRegels("terugbelafspraak.bekeken", id).map((a) => a.actor_id)).not.toContain(pieter.id);
  });

  it("turns a callback into a warm handover in one step, carrying the context", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const pieter = gebruiker("pieter@voorbeeld.nl");
    const id = maak();
    const r = zetTerugbelOmNaarOverdracht(id, versie(id), { ontvanger: `m:${pieter.id}`, alGedaan: "Gecontroleerd: aanvraag is binnen." }, fatima, null);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(laadAfspraakRij(id)!.status).toBe("omgezet");
    const o = overdrachtDetail(r.id, pieter, null);
    expect(o.soort).toBe("ok");
    if (o.soort !== "ok") return;
    expect(o.data.vraag).toBe(FORM.vraag);
    expect(o.data.burger.telefoonE164).toBe("+31612345678");
    expect(o.data.bronId).toBe(id);
    expect(o.data.acties).toEqual(["oppakken", "weigeren"]);
    // stale: converting again with the old version fails and creates nothing
    const { sqlite } = getDatabase();
    const voor = (sqlite.prepare("SELECT count(*) n FROM afspraken WHERE soort = 'overdracht'").get() as { n: number }).n;
    const weer = zetTerugbelOmNaarOverdracht(id, 1, { ontvanger: `m:${pieter.id}`, alGedaan: "x" }, fatima, null);
    expect(weer.ok).toBe(false);
    expect((sqlite.prepare("SELECT count(*) n FROM afspraken WHERE soort = 'overdracht'").get() as { n: number }).n).toBe(voor);
    expect(now()).toBeGreaterThan(0);
  });
});
