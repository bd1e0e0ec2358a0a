/** The route-facing functions of the feedback feature (issue 12): passing feedback on and triaging a suggestion. */
import { describe, expect, it } from "vitest";
import { getDatabase } from "../../../db/client";
import { geefFeedbackDoor, suggestieLijst, suggestiesTabel, triageerUitFormulier } from "../../../app/features/feedback/pagina.server";
import { suggesties } from "../../../app/features/feedback/feedback.server";

const { sqlite } = getDatabase();
const ruben = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE email = 'ruben@voorbeeld.nl'").get() as { id: string; naam: string };

function form(v: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, w] of Object.entries(v)) f.set(k, w);
  return f;
}

describe("geefFeedbackDoor", () => {
  it("returns the field errors with what was typed, or the kind that was passed on", () => {
    const fout = geefFeedbackDoor(form({ soort: "suggestie", kanaal: "", tekst: "Langer open" }), ruben, null);
    expect(fout).toEqual({ ok: false, antwoord: { fouten: { kanaal: ["Kies het kanaal waarlangs het binnenkwam."] }, invoer: { soort: "suggestie", kanaal: "", tekst: "Langer open" } } });
    expect(geefFeedbackDoor(form({ soort: "suggestie", kanaal: "balie", tekst: "Ook op zaterdag open (paginatest)" }), ruben, null)).toEqual({ ok: true, soort: "suggestie" });
  });
});

describe("triageerUitFormulier", () => {
  it("moves a suggestion on, refuses a stale version (409), a decision without a note (400) and a missing id (400)", () => {
    geefFeedbackDoor(form({ soort: "suggestie", kanaal: "website", tekst: "Een chatfunctie (triagetest)" }), ruben, null);
    const sg = suggestieLijst(ruben, null).find((s) => s.tekst === "Een chatfunctie (triagetest)")!;
    expect(sg).toMatchObject({ statusTekst: "Nieuw", kanaalTekst: "Website / formulier", volgende: [{ value: "in_behandeling", label: "In behandeling" }] });

    const zonderId = triageerUitFormulier(form({ versie: "1", status: "in_behandeling" }), ruben, null);
    expect(zonderId).toMatchObject({ status: 400, antwoord: { ok: false, id: 0, fouten: { _form: ["Deze suggestie bestaat niet (meer)."] } } });
    expect(triageerUitFormulier(form({ id: String(sg.id), versie: String(sg.versie + 1), status: "in_behandeling" }), ruben, null)).toMatchObject({ status: 409 });
    expect(triageerUitFormulier(form({ id: String(sg.id), versie: String(sg.versie), status: "in_behandeling", notitie: "" }), ruben, null)).toEqual({
      status: 200,
      antwoord: { ok: true, id: sg.id, fouten: {}, invoer: { status: "in_behandeling", notitie: "" } },
    });
    const besluit = triageerUitFormulier(form({ id: String(sg.id), versie: String(sg.versie + 1), status: "overgenomen", notitie: "" }), ruben, null);
    expect(besluit).toMatchObject({ status: 400, antwoord: { ok: false, id: sg.id, fouten: { notitie: ["Licht het besluit toe in de notitie (minimaal 3 tekens)."] } } });
  });

  it("exports the same rows as the list, with labels", () => {
    const lijst = suggesties(ruben, null);
    const tabel = suggestiesTabel(lijst);
    expect(tabel.rijen).toHaveLength(lijst.length);
    expect(tabel.rijen.find((r) => r.tekst === "Een chatfunctie (triagetest)")).toMatchObject({ kanaal: "Website / formulier", status: "In behandeling" });
  });
});
