/**
 * Issue 17 part 4 for the complaint dossier: with English chosen the server-worded parts of /klachten/:id
 * (deadline explanations, timeline, notices, field errors and the law's refusals) are English; without a
 * language, as the API and other callers use them, they stay Dutch.
 */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { registreerKlacht, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { dossierPagina, verwerkDossierFormulier } from "../../../app/features/klachten/dossier.server";
import { maakKalenders, parseTijdstip, verklaarTermijn } from "../../../app/domain/kalender/index";
import type { AppUser } from "../../../app/platform/auth/permissions.server";

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

describe("deadline explanations (verklaarTermijn)", () => {
  it("explains a 6-week term over Christmas in English, and still in Dutch by default", () => {
    const k = maakKalenders();
    const norm = { duur: 6, eenheid: "weken", kalender: "atw" } as const;
    expect(verklaarTermijn(k, parseTijdstip("2025-11-13T10:00"), norm, "en")).toBe(
      "6 weeks after receipt on Thu 13 November 2025 = Thu 25 December, Christmas Day; then Boxing Day and the weekend → Mon 29 December, end of the day (23:59:59)",
    );
    expect(verklaarTermijn(k, parseTijdstip("2025-11-13T10:00"), norm)).toMatch(/^6 weken na ontvangst op do 13 november 2025 = do 25 december, Eerste Kerstdag/);
    expect(verklaarTermijn(k, parseTijdstip("2026-04-24T16:45"), { duur: 1, eenheid: "werkdagen", kalender: "organisatie" }, "en")).toBe(
      "1 working day after Fri 24 April 2026 16:45 → Tue 28 April 2026 17:00 (closing time); skipped: King's Day (Mon 27 April)",
    );
  });
});

describe("the dossier in English", () => {
  it("words deadlines, the timeline and the notice after a step in the chosen language", () => {
    const id = nieuweKlacht();
    expect(verwerkDossierFormulier(id, formulier({ intent: "notitie", versie: "1", tekst: "Called the complainant." }), ruben, null, "en")).toEqual({ ok: true, gedaan: "notitie" });
    const en = dossierPagina(id, ruben, new URLSearchParams("gedaan=notitie"), null, "en")!;
    expect(en.gedaan).toBe("The note has been added.");
    expect(en.d.termijnen.map((t) => t.titel)).toContain("Acknowledgement of receipt");
    expect(en.d.termijnen.find((t) => t.mijlpaal === "klacht_afgehandeld")!.uitleg).toContain("6 weeks after receipt on Thu 13 November 2025");
    expect(en.d.tijdlijn.map((t) => t.titel)).toEqual(expect.arrayContaining(["Complaint registered", "Note"]));
    const nl = dossierPagina(id, ruben, new URLSearchParams("gedaan=ONTVANGST_BEVESTIGEN"), null)!;
    expect(nl.gedaan).toBe("De ontvangst is bevestigd; de ontvangstbevestiging staat in het dossier.");
    expect(nl.d.tijdlijn.map((t) => t.titel)).toEqual(expect.arrayContaining(["Klacht geregistreerd", "Notitie"]));
  });

  it("answers refused forms in English: field errors, an incomplete form, a stale version and the law's refusal", () => {
    const id = nieuweKlacht();
    expect(verwerkDossierFormulier(id, formulier({ intent: "notitie", versie: "1", tekst: " " }), ruben, null, "en")).toMatchObject({ status: 400, antwoord: { fouten: { notitie: ["Write the note."] } } });
    expect(verwerkDossierFormulier(id, formulier({ intent: "INTREKKEN", versie: "1" }), ruben, null, "en")).toMatchObject({ status: 400, antwoord: { melding: "This form is incomplete. Reload the page." } });
    expect(verwerkDossierFormulier(id, formulier({ intent: "ONTVANGST_BEVESTIGEN", versie: "7" }), ruben, null, "en")).toMatchObject({
      status: 409,
      antwoord: { melding: "Someone else has changed this complaint in the meantime. Reload the page and try again." },
    });
    const versie = String(dossierPagina(id, ruben, new URLSearchParams(), null)!.d.versie);
    expect(verwerkDossierFormulier(id, formulier({ intent: "SLUITEN", versie }), ruben, null, "en")).toMatchObject({
      status: 422,
      antwoord: { melding: "This step is not possible in the status ‘Received’." },
    });
    expect(verwerkDossierFormulier(id, formulier({ intent: "SLUITEN", versie }), ruben, null)).toMatchObject({
      status: 422,
      antwoord: { melding: "Deze stap kan niet in de status ‘Ontvangen’." },
    });
    expect(verwerkDossierFormulier(id, formulier({ intent: "BEHANDELAAR_TOEWIJZEN", versie }), ruben, null, "en")).toMatchObject({
      status: 400,
      antwoord: { fouten: { behandelaarId: ["Choose a complaint handler."] } },
    });
    const afh = verwerkDossierFormulier(id, formulier({ intent: "AFHANDELEN", versie, oordeel: "gegrond" }), ruben, null, "en");
    expect(afh).toMatchObject({
      status: 400,
      antwoord: { fouten: { bevindingen: ["Describe the findings (Awb 9:12)."], normen: ["Choose the standard(s) of propriety breached."], ombudsmanTermijnWeken: ["Enter the term for the ombudsman in weeks."] } },
    });
    expect(verwerkDossierFormulier(id, formulier({ intent: "VERDAGEN", versie, weken: "0" }), ruben, null)).toMatchObject({
      antwoord: { fouten: { weken: ["Kies het aantal weken (1 tot en met 4)."] } },
    });
    expect(verwerkDossierFormulier(id, formulier({ intent: "VERDAGEN", versie, weken: "0" }), ruben, null, "en")).toMatchObject({
      antwoord: { fouten: { weken: ["Choose the number of weeks (1 up to and including 4)."] } },
    });
  });
});
