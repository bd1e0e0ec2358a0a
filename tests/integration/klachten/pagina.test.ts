/**
 * The route-facing functions of the klachten feature (issue 12): the dossier form dispatch, the attachment
 * upload through the shared form reader and the access check every klacht route starts with.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { registreerKlacht, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { dossierPagina, verwerkDossierFormulier } from "../../../app/features/klachten/dossier.server";
import { BIJLAGE_FORMULIER_MAX_BYTES, voegBijlageToe } from "../../../app/features/klachten/bijlagen-pagina.server";
import { bijlagenVan, BIJLAGE_MAX_BYTES } from "../../../app/features/klachten/bijlagen.server";
import { eisKlachtToegang } from "../../../app/features/klachten/toegang.server";
import { registreerUitFormulier } from "../../../app/features/klachten/registratie.server";
import type { AppUser } from "../../../app/platform/auth/permissions.server";

const map = mkdtempSync(path.join(os.tmpdir(), "afspraak-bijlagen-"));
process.env.AFSPRAAK_BIJLAGEN = map;
afterAll(() => rmSync(map, { recursive: true, force: true }));

const { sqlite } = getDatabase();
function mw(email: string): AppUser {
  const r = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string };
  const rollen = (sqlite.prepare("SELECT rol FROM medewerker_rollen WHERE medewerker_id = ?").all(r.id) as { rol: string }[]).map((x) => x.rol);
  return { ...r, rollen: rollen as AppUser["rollen"] };
}
const ruben = mw("ruben@voorbeeld.nl");
const fatima = mw("fatima@voorbeeld.nl");

function nieuweKlacht(): string {
  setNow(Date.UTC(2025, 10, 13, 10, 0));
  const invoer: KlachtInvoer = {
    ontvangenDatum: "2025-11-13",
    kanaal: "post",
    schriftelijk: true,
    klagerSoort: "persoon",
    klagerNaam: "Piet Jansen",
    klagerOrganisatie: null,
    klagerAdres: "Dorpsstraat 1",
    klagerPostcode: "1234 AB",
    klagerWoonplaats: "Voorbeeld",
    klagerTelefoon: null,
    klagerEmail: "piet@example.nl",
    klagerVoorkeurKanaal: "post",
    dagtekening: null,
    omschrijving: "Onbeleefd behandeld aan de balie.",
    gedragingDatum: "2025-11-10",
    afdelingId: null,
    beklaagdeIds: [fatima.id],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
  };
  return registreerKlacht(invoer, ruben, null).id;
}

function formulier(velden: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(velden)) for (const w of Array.isArray(v) ? v : [v]) f.append(k, w);
  return f;
}

describe("verwerkDossierFormulier", () => {
  it("adds a note, and refuses an empty one at the field with what was typed", () => {
    const id = nieuweKlacht();
    expect(verwerkDossierFormulier(id, formulier({ intent: "notitie", versie: "1", tekst: "  " }), ruben, null)).toEqual({
      ok: false,
      status: 400,
      antwoord: { intent: "notitie", fouten: { notitie: ["Schrijf de notitie."] }, melding: null, invoer: { intent: "notitie", versie: "1", tekst: "  " }, normen: [] },
    });
    expect(verwerkDossierFormulier(id, formulier({ intent: "notitie", versie: "1", tekst: "Gebeld met de klager." }), ruben, null)).toEqual({ ok: true, gedaan: "notitie" });
    const pagina = dossierPagina(id, ruben, new URLSearchParams("gedaan=notitie"), null);
    expect(pagina?.gedaan).toBe("De notitie is toegevoegd.");
    expect(pagina?.d.tijdlijn.some((t) => t.tekst === "Gebeld met de klager.")).toBe(true);
  });

  it("answers an unknown intent or missing version with 400, a stale version with 409 and a step the law refuses with 422", () => {
    const id = nieuweKlacht();
    const onvolledig = verwerkDossierFormulier(id, formulier({ intent: "INTREKKEN", versie: "1" }), ruben, null);
    expect(onvolledig).toMatchObject({ ok: false, status: 400, antwoord: { melding: "Dit formulier is onvolledig. Laad de pagina opnieuw." } });
    expect(verwerkDossierFormulier(id, formulier({ intent: "ONTVANGST_BEVESTIGEN", versie: "x" }), ruben, null)).toMatchObject({ ok: false, status: 400 });
    expect(verwerkDossierFormulier(id, formulier({ intent: "ONTVANGST_BEVESTIGEN", versie: "7" }), ruben, null)).toMatchObject({ ok: false, status: 409 });
    const d = dossierPagina(id, ruben, new URLSearchParams(), null)!.d;
    expect(verwerkDossierFormulier(id, formulier({ intent: "SLUITEN", versie: String(d.versie) }), ruben, null)).toMatchObject({ ok: false, status: 422 });
    expect(verwerkDossierFormulier(id, formulier({ intent: "ONTVANGST_BEVESTIGEN", versie: String(d.versie) }), ruben, null)).toEqual({ ok: true, gedaan: "ONTVANGST_BEVESTIGEN" });
  });

  it("keeps every chosen norm of a refused conclusion", () => {
    const id = nieuweKlacht();
    const r = verwerkDossierFormulier(id, formulier({ intent: "AFHANDELEN", versie: "1", oordeel: "gegrond", normen: ["3", "7"] }), ruben, null);
    expect(r).toMatchObject({ ok: false, status: 400, antwoord: { normen: ["3", "7"], fouten: { bevindingen: expect.any(Array) } } });
  });

  it("offers only the steps the page has a form for", () => {
    const id = nieuweKlacht();
    const acties = dossierPagina(id, ruben, new URLSearchParams(), null)!.d.acties;
    expect(acties).toContain("ONTVANGST_BEVESTIGEN");
    expect(acties).not.toContain("INTREKKEN");
  });
});

describe("registreerUitFormulier", () => {
  it("returns the field errors with the typed input and every chosen beklaagde", () => {
    const r = registreerUitFormulier(formulier({ klagerNaam: "", omschrijving: "Zonder naam", beklaagden: [fatima.id, ruben.id] }), ruben, null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.antwoord.fouten.klagerNaam).toEqual(["Vul de naam van de klager (of de contactpersoon) in."]);
    expect(r.antwoord.invoer.omschrijving).toBe("Zonder naam");
    expect(r.antwoord.beklaagden).toEqual([fatima.id, ruben.id]);
  });
});

describe("voegBijlageToe", () => {
  const upload = (inhoud: BlobPart, naam: string) => {
    const f = new FormData();
    f.append("bestand", new File([inhoud], naam));
    return new Request("http://localhost/klachten/x/bijlagen", { method: "POST", body: f });
  };

  it("stores a checked file and refuses a mismatching one at the field", async () => {
    const id = nieuweKlacht();
    expect(await voegBijlageToe(id, upload("%PDF-1.7\n", "brief.pdf"), ruben, null)).toMatchObject({ ok: true });
    expect(await voegBijlageToe(id, upload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "nep.pdf"), ruben, null)).toMatchObject({
      ok: false,
      status: 400,
      fout: expect.stringMatching(/past niet bij de extensie \.pdf/),
    });
    expect(bijlagenVan(id).map((b) => b.naam)).toEqual(["brief.pdf"]);
  });

  it("answers a form without a file, a file over 10 MB and a body over the limit with a message for the field", async () => {
    const id = nieuweKlacht();
    const leeg = new Request("http://localhost/", { method: "POST", body: new URLSearchParams({ iets: "x" }) });
    expect(await voegBijlageToe(id, leeg, ruben, null)).toEqual({ ok: false, status: 400, fout: "Kies een bestand om toe te voegen." });
    const groot = new Uint8Array(BIJLAGE_MAX_BYTES + 1);
    expect(await voegBijlageToe(id, upload(groot, "groot.pdf"), ruben, null)).toEqual({ ok: false, status: 413, fout: "Het bestand is groter dan 10 MB." });
    const teGroot = new Uint8Array(BIJLAGE_FORMULIER_MAX_BYTES + 1);
    expect(await voegBijlageToe(id, upload(teGroot, "nog-groter.pdf"), ruben, null)).toEqual({ ok: false, status: 413, fout: "Het bestand is groter dan 10 MB." });
    expect(bijlagenVan(id)).toEqual([]);
  });

  it("leaves a body that is no form at all to the shared reader (415)", async () => {
    const json = new Request("http://localhost/", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    await expect(voegBijlageToe(nieuweKlacht(), json, ruben, null)).rejects.toMatchObject({ status: 415 });
  });
});

describe("eisKlachtToegang", () => {
  it("is 404 for an unknown klacht, 403 for the beklaagde and the access level otherwise", () => {
    const id = nieuweKlacht();
    expect(() => eisKlachtToegang(ruben, undefined, "bestaat-niet", "klacht.test")).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => eisKlachtToegang(fatima, undefined, id, "klacht.test")).toThrow(expect.objectContaining({ status: 403 }));
    expect(eisKlachtToegang(ruben, undefined, id, "klacht.test", "wijzigen")).toBe("beheer");
  });
});
