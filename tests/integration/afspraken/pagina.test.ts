/**
 * The route-facing calls of the callback and handover pages: what a loader or action gets back for a found,
 * missing or refused record, for an incomplete step form, a step that went through, a field error, a stale
 * form and a refused step — the mapping the routes used to do themselves.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { setNow } from "../../../app/platform/clock";
import { parseTijdstip } from "../../../app/domain/kalender/tijd";
import { laadAfspraakRij } from "../../../app/platform/engine/runtime.server";
import {
  legTerugbelafspraakVast,
  nieuweTerugbelPagina,
  termijnVoorbeeld,
  terugbelPagina,
  voerTerugbelStapUit,
} from "../../../app/features/terugbellen/pagina.server";
import { ONVOLLEDIG } from "../../../app/platform/web/stapactie.server";
import { biedOverdrachtAan, overdrachtPagina, voerOverdrachtStapUit } from "../../../app/features/overdracht/pagina.server";
import { gebruiker } from "./helpers";

const FORM = {
  naam: "Sanne de Vries",
  telefoon: "06-23456789",
  email: "",
  vraag: "Is mijn verhuizing verwerkt?",
  kanaal: "telefoon",
  toewijzing: "ik",
  norm: "TERUGBELLEN",
};

function nieuweTerugbel(): string {
  const r = legTerugbelafspraakVast(FORM, gebruiker("fatima@voorbeeld.nl"), null);
  if (r.soort !== "verder") throw new Error(JSON.stringify(r));
  return r.naar.split("/")[2]!.split("?")[0]!;
}

const versie = (id: string) => String(laadAfspraakRij(id)!.versie);

describe("callback and handover pages: one call per loader and action", () => {
  beforeAll(() => setNow(parseTijdstip("2026-11-23T10:00")));

  it("creates a callback and goes on to its page; a form with errors is answered with its field errors, the input and the norm's due moment", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const ok = legTerugbelafspraakVast(FORM, fatima, null);
    expect(ok.soort).toBe("verder");
    if (ok.soort === "verder") expect(ok.naar).toMatch(/^\/terugbelafspraken\/[^/?]+\?nieuw=1$/);
    const fout = legTerugbelafspraakVast({ ...FORM, vraag: "" }, fatima, null);
    expect(fout.soort).toBe("antwoord");
    if (fout.soort !== "antwoord") return;
    expect(fout.status).toBe(400);
    expect(fout.antwoord.fouten.vraag?.[0]).toBeTruthy();
    expect(fout.antwoord.invoer.naam).toBe("Sanne de Vries");
    expect(fout.antwoord.voorbeeld).toBe(termijnVoorbeeld("TERUGBELLEN")?.tekst);
  });

  it("offers the new-callback page its default norm, without the user among the colleagues", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const p = nieuweTerugbelPagina(fatima);
    expect(p.standaardNorm).toBe("TERUGBELLEN");
    expect(p.voorbeeld).toBeTruthy();
    expect(p.collegas.some((c) => c.value === `m:${fatima.id}`)).toBe(false);
    expect(p.collegas.length).toBeGreaterThan(0);
    expect(termijnVoorbeeld("geen code!")).toBeNull();
  });

  it("a callback's page: found with its done message, missing, or refused with the audit action and text", () => {
    const id = nieuweTerugbel();
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const p = terugbelPagina(id, fatima, null, new URLSearchParams("gedaan=poging"));
    expect(p.soort).toBe("ok");
    if (p.soort === "ok") {
      expect(p.data.gedaan).toBe("De poging is vastgelegd.");
      expect(p.data.nieuw).toBe(false);
    }
    const vreemd = terugbelPagina(id, fatima, null, new URLSearchParams("gedaan=constructor&nieuw=1"));
    if (vreemd.soort === "ok") {
      expect(vreemd.data.gedaan).toBeNull();
      expect(vreemd.data.nieuw).toBe(true);
    }
    expect(terugbelPagina("bestaat-niet", fatima, null, new URLSearchParams()).soort).toBe("niet_gevonden");
    const geweigerd = terugbelPagina(id, gebruiker("mohamed@voorbeeld.nl"), null, new URLSearchParams());
    expect(geweigerd).toMatchObject({ soort: "geweigerd", actie: "terugbelafspraak.bekijken" });
  });

  it("a callback's step forms: incomplete, field error, done, stale, refused, and turned into a handover", () => {
    const id = nieuweTerugbel();
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const onvolledig = voerTerugbelStapUit(id, { intent: "poging", versie: "x", notitie: "bewaard" }, fatima, null);
    expect(onvolledig).toMatchObject({ soort: "antwoord", status: 400, antwoord: { intent: "poging", melding: ONVOLLEDIG, invoer: { notitie: "bewaard" } } });
    expect(voerTerugbelStapUit(id, { intent: "onbekend", versie: versie(id) }, fatima, null)).toMatchObject({ soort: "antwoord", status: 400 });

    const veldfout = voerTerugbelStapUit(id, { intent: "poging", versie: versie(id), uitkomst: "" }, fatima, null);
    expect(veldfout.soort).toBe("antwoord");
    if (veldfout.soort === "antwoord") expect(veldfout.antwoord.fouten.uitkomst?.[0]).toBeTruthy();

    const oud = versie(id);
    expect(voerTerugbelStapUit(id, { intent: "poging", versie: oud, uitkomst: "geen_gehoor" }, fatima, null)).toEqual({
      soort: "verder",
      naar: `/terugbelafspraken/${id}?gedaan=poging`,
    });
    const verouderd = voerTerugbelStapUit(id, { intent: "poging", versie: oud, uitkomst: "geen_gehoor" }, fatima, null);
    expect(verouderd).toMatchObject({ soort: "antwoord", status: 409, antwoord: { intent: "poging" } });

    const mohamed = gebruiker("mohamed@voorbeeld.nl");
    expect(voerTerugbelStapUit(id, { intent: "poging", versie: versie(id), uitkomst: "geen_gehoor" }, mohamed, null)).toEqual({
      soort: "geweigerd",
      actie: "terugbelafspraak.poging",
    });
    expect(voerTerugbelStapUit(id, { intent: "overdracht", versie: versie(id), ontvanger: "m:x", alGedaan: "x" }, mohamed, null)).toMatchObject({
      soort: "geweigerd",
      actie: "terugbelafspraak.overdracht",
    });

    const daan = gebruiker("daan@voorbeeld.nl");
    const zelf = voerTerugbelStapUit(id, { intent: "overdracht", versie: versie(id), ontvanger: `m:${fatima.id}`, alGedaan: "Uitgelegd" }, fatima, null);
    expect(zelf).toMatchObject({ soort: "antwoord", status: 400, antwoord: { intent: "overdracht" } });
    const om = voerTerugbelStapUit(id, { intent: "overdracht", versie: versie(id), ontvanger: `m:${daan.id}`, alGedaan: "Uitgelegd" }, fatima, null);
    expect(om.soort).toBe("verder");
    if (om.soort === "verder") expect(om.naar).toMatch(/^\/overdrachten\/[^/?]+\?nieuw=1$/);
  });

  it("a handover's page and steps: 'not your step' is answered to the form, no access at all is refused", () => {
    const fatima = gebruiker("fatima@voorbeeld.nl");
    const daan = gebruiker("daan@voorbeeld.nl");
    const nieuw = biedOverdrachtAan({ naam: "Ahmed Bouali", telefoon: "0611122233", vraag: "WOZ", alGedaan: "Uitleg", ontvanger: `m:${daan.id}` }, fatima, null);
    expect(nieuw.soort).toBe("verder");
    if (nieuw.soort !== "verder") return;
    const id = nieuw.naar.split("/")[2]!.split("?")[0]!;
    expect(biedOverdrachtAan({ vraag: "" }, fatima, null)).toMatchObject({ soort: "antwoord", status: 400, antwoord: { invoer: { vraag: "" } } });

    const p = overdrachtPagina(id, fatima, null, new URLSearchParams("nieuw=1"));
    expect(p.soort).toBe("ok");
    if (p.soort === "ok") {
      expect(p.data.nieuw).toBe(true);
      expect(p.data.nuInvoer).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(p.data.collegas.some((c) => c.value === `m:${fatima.id}`)).toBe(false);
    }
    expect(overdrachtPagina(id, gebruiker("pieter@voorbeeld.nl"), null, new URLSearchParams())).toMatchObject({
      soort: "geweigerd",
      actie: "overdracht.bekijken",
    });

    const nietAanU = voerOverdrachtStapUit(id, { intent: "oppakken", versie: versie(id) }, gebruiker("jeroen@voorbeeld.nl"), null);
    expect(nietAanU).toMatchObject({ soort: "antwoord", status: 403, antwoord: { intent: "oppakken" } });
    expect(voerOverdrachtStapUit(id, { intent: "oppakken", versie: versie(id) }, gebruiker("pieter@voorbeeld.nl"), null)).toEqual({
      soort: "geweigerd",
      actie: "overdracht.oppakken",
    });
    expect(voerOverdrachtStapUit(id, { intent: "wissen", versie: versie(id) }, daan, null)).toMatchObject({ soort: "antwoord", status: 400, antwoord: { melding: ONVOLLEDIG } });
    expect(voerOverdrachtStapUit(id, { intent: "oppakken", versie: versie(id) }, daan, null)).toEqual({ soort: "verder", naar: `/overdrachten/${id}?gedaan=oppakken` });
    const na = overdrachtPagina(id, daan, null, new URLSearchParams("gedaan=oppakken"));
    if (na.soort === "ok") expect(na.data.gedaan).toMatch(/^U heeft de overdracht opgepakt\./);
  });
});
