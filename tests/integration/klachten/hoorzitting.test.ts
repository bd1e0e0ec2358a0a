/**
 * Issue 17 part 3: a hearing (Awb 9:10) is planned through the dossier form only on a working day of the
 * organisation calendar, within its office hours and before the end of the complaint's (extended) term;
 * every refusal is a message at the field with the last possible day, in Dutch or in English.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { registreerKlacht, voerStapUit, type KlachtInvoer } from "../../../app/features/klachten/klachten.server";
import { verwerkDossierFormulier } from "../../../app/features/klachten/dossier.server";
import type { KlachtEvent } from "../../../workflows/klacht/machine";
import type { AppUser } from "../../../app/platform/auth/permissions.server";

const { sqlite } = getDatabase();
function mw(email: string): AppUser {
  const r = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as { id: string; naam: string; email: string };
  const rollen = (sqlite.prepare("SELECT rol FROM medewerker_rollen WHERE medewerker_id = ?").all(r.id) as { rol: string }[]).map((x) => x.rol);
  return { ...r, rollen: rollen as AppUser["rollen"] };
}
const ruben = mw("ruben@voorbeeld.nl");
const fatima = mw("fatima@voorbeeld.nl");

const T = Date.UTC(2025, 11, 10, 9, 0); // wo 10 december 2025 10:00 Amsterdam; 6-week term ends wo 21 januari 2026
let versie = 1;
function stap(id: string, e: KlachtEvent) {
  const r = voerStapUit(id, versie, e, ruben, null);
  if (r.ok) versie = r.versie;
  return r;
}

function totHoren(): string {
  const invoer: KlachtInvoer = {
    ontvangenDatum: "2025-12-10",
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
    gedragingDatum: "2025-12-08",
    afdelingId: null,
    beklaagdeIds: [fatima.id],
    beklaagdeOnbekend: false,
    betreftBestuursorgaan: false,
  };
  const { id } = registreerKlacht(invoer, ruben, null);
  versie = 1;
  expect(stap(id, { type: "ONTVANGST_BEVESTIGEN", op: T }).ok).toBe(true);
  expect(stap(id, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: ruben.id, behandelaarNaam: ruben.naam }).ok).toBe(true);
  expect(stap(id, { type: "KOPIE_BEKLAAGDE", op: T }).ok).toBe(true);
  return id;
}

function plan(id: string, moment: string, taal: "nl" | "en" = "nl") {
  const f = new FormData();
  f.append("intent", "HOORZITTING_PLANNEN");
  f.append("versie", String(versie));
  f.append("moment", moment);
  return verwerkDossierFormulier(id, f, ruben, null, taal);
}
function melding(r: ReturnType<typeof plan>): string {
  if (r.ok) throw new Error("planning was accepted");
  expect(r.status).toBe(400);
  expect(Object.keys(r.antwoord.fouten)).toEqual(["hoorMoment"]);
  return r.antwoord.fouten.hoorMoment![0]!;
}
const gepland = (id: string) => (sqlite.prepare("SELECT hoorzitting_gepland_op AS op FROM klachten WHERE id = ?").get(id) as { op: number | null }).op;

beforeEach(() => setNow(T));

describe("planning a hearing (Awb 9:10)", () => {
  it("refuses a Saturday, with the last possible day", () => {
    const id = totHoren();
    expect(melding(plan(id, "2025-12-20T10:00"))).toBe(
      "Zaterdag 20 december 2025 is geen werkdag. Plan het hoorgesprek op een werkdag. De laatste mogelijke dag is woensdag 21 januari 2026.",
    );
    expect(melding(plan(id, "2025-12-20T10:00", "en"))).toBe(
      "Saturday 20 December 2025 is not a working day. Plan the hearing on a working day. The last possible day is Wednesday 21 January 2026.",
    );
    expect(gepland(id)).toBeNull();
  });

  it("refuses a public holiday on a weekday", () => {
    const id = totHoren();
    expect(melding(plan(id, "2025-12-25T10:00"))).toBe(
      "Donderdag 25 december 2025 is een feestdag (Eerste Kerstdag). Plan het hoorgesprek op een werkdag. De laatste mogelijke dag is woensdag 21 januari 2026.",
    );
    expect(melding(plan(id, "2025-12-25T10:00", "en"))).toBe(
      "Thursday 25 December 2025 is a public holiday (Christmas Day). Plan the hearing on a working day. The last possible day is Wednesday 21 January 2026.",
    );
    expect(gepland(id)).toBeNull();
  });

  it("refuses a moment outside office hours (before opening, too close to closing, at night)", () => {
    const id = totHoren();
    const tekst =
      "Dat is buiten kantoortijd (08:30–17:00 op maandag 22 december 2025). Laat het hoorgesprek beginnen tussen 08:30 en 16:30. De laatste mogelijke dag is woensdag 21 januari 2026.";
    expect(melding(plan(id, "2025-12-22T08:00"))).toBe(tekst);
    expect(melding(plan(id, "2025-12-22T16:45"))).toBe(tekst);
    expect(melding(plan(id, "2025-12-22T03:00"))).toBe(tekst);
    expect(melding(plan(id, "2025-12-22T03:00", "en"))).toBe(
      "That is outside office hours (08:30–17:00 on Monday 22 December 2025). Start the hearing between 08:30 and 16:30. The last possible day is Wednesday 21 January 2026.",
    );
    expect(gepland(id)).toBeNull();
  });

  it("refuses a moment after the end of the term, and accepts it once the term is extended", () => {
    const id = totHoren();
    expect(melding(plan(id, "2026-01-22T10:00"))).toBe(
      "Dit ligt na het einde van de termijn van de klacht (woensdag 21 januari 2026, 23:59). De laatste mogelijke dag is woensdag 21 januari 2026.",
    );
    expect(melding(plan(id, "2026-01-22T10:00", "en"))).toBe(
      "This is after the end of the complaint's term (Wednesday 21 January 2026, 23:59). The last possible day is Wednesday 21 January 2026.",
    );
    // verdaging by 2 weeks (Awb 9:11 lid 2): the extended term counts
    const f = new FormData();
    for (const aan of ["klager", "beklaagde"]) {
      f.set("intent", "VERDAGINGSBERICHT");
      f.set("versie", String(versie));
      f.set("aan", aan);
      const r = verwerkDossierFormulier(id, f, ruben, null);
      expect(r).toEqual({ ok: true, gedaan: "VERDAGINGSBERICHT" });
      versie++;
    }
    const v = new FormData();
    v.append("intent", "VERDAGEN");
    v.append("versie", String(versie));
    v.append("weken", "2");
    expect(verwerkDossierFormulier(id, v, ruben, null)).toEqual({ ok: true, gedaan: "VERDAGEN" });
    versie++;
    expect(melding(plan(id, "2026-02-05T10:00"))).toContain("De laatste mogelijke dag is woensdag 4 februari 2026.");
    expect(plan(id, "2026-01-22T10:00")).toEqual({ ok: true, gedaan: "HOORZITTING_PLANNEN" });
    expect(gepland(id)).toBe(Date.UTC(2026, 0, 22, 9, 0));
  });

  it("accepts a working day within office hours, stored as Amsterdam time", () => {
    const id = totHoren();
    expect(plan(id, "2025-12-22T08:30")).toEqual({ ok: true, gedaan: "HOORZITTING_PLANNEN" });
    expect(gepland(id)).toBe(Date.UTC(2025, 11, 22, 7, 30));
  });

  it("still asks for a date and time when the field is empty or nonsense", () => {
    const id = totHoren();
    expect(melding(plan(id, ""))).toBe("Vul datum en tijd van het hoorgesprek in.");
    expect(melding(plan(id, "2025-12-22T25:00", "en"))).toBe("Enter the date and time of the hearing.");
  });
});
