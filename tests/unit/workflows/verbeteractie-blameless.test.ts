/**
 * The blameless matcher of the leerlogboek: employee names (accent- and case-insensitive, whole words, full name
 * and "voornaam achternaam" in either order) are found; ordinary words are not.
 */
import { describe, expect, it } from "vitest";
import { naamPatronen, normaliseer, toetsBlameless, vindMedewerkersnaam } from "../../../app/features/leerlogboek/leerlogboek.server";

const NAMEN = ["Fatima El Amrani", "Jeroen de Vries", "Lotte Bakker", "Sanne Visser", "Renée Brouwer", "Wim"];

describe("blameless: employee names in lesson texts", () => {
  it("normalises accents, case and punctuation", () => {
    expect(normaliseer("  Renée,  BROUWER!! ")).toBe("renee brouwer");
    expect(normaliseer("Çağrı-Öztürk")).toBe("cagri ozturk");
  });

  it("builds the name patterns (full, voornaam + kern, reversed)", () => {
    expect(naamPatronen("Jeroen de Vries")).toEqual(["jeroen de vries", "jeroen vries", "de vries jeroen", "vries jeroen"]);
    expect(naamPatronen("Wim")).toEqual([]);
  });

  it("finds full names, any case, with or without accents", () => {
    expect(vindMedewerkersnaam("Het gesprek met fatima el amrani liep mis.", NAMEN)).toBe("Fatima El Amrani");
    expect(vindMedewerkersnaam("Door RENEE BROUWER niet teruggebeld", NAMEN)).toBe("Renée Brouwer");
    expect(vindMedewerkersnaam("Renée Brouwer vergat het", NAMEN)).toBe("Renée Brouwer");
  });

  it("finds voornaam achternaam in either order, also without tussenvoegsel", () => {
    expect(vindMedewerkersnaam("Jeroen Vries had dienst", NAMEN)).toBe("Jeroen de Vries");
    expect(vindMedewerkersnaam("Volgens Vries, Jeroen was het druk", NAMEN)).toBe("Jeroen de Vries");
    expect(vindMedewerkersnaam("Bakker Lotte nam op", NAMEN)).toBe("Lotte Bakker");
    expect(vindMedewerkersnaam("(Visser, Sanne)", NAMEN)).toBe("Sanne Visser");
  });

  it("no false positives: ordinary words, a first name alone, surnames inside other words", () => {
    const gewoon = [
      "De bakker op de hoek leverde te laat.",
      "Lotte belde terug.",
      "De vissers in de haven klaagden over de vergunning.",
      "Het terugbelverzoek werd niet geregistreerd in het KCC-systeem.",
      "Wim",
      "Een vriesvak en de vriezer",
      "Geen opvolging na de eerste melding; het proces mist een eigenaar.",
      "fatimaelamrani@voorbeeld.nl",
      "",
    ];
    for (const t of gewoon) expect(vindMedewerkersnaam(t, NAMEN), t).toBeNull();
  });

  it("toetsBlameless reports per field with the Dutch message", () => {
    const f = toetsBlameless({ titel: "Terugbellen", oorzaak: "Lotte Bakker was ziek", les: "Vervanging regelen" }, NAMEN);
    expect(Object.keys(f)).toEqual(["oorzaak"]);
    expect(f.oorzaak![0]).toBe("Noem processen, geen personen: ‘Lotte Bakker’ is de naam van een medewerker. Het leerlogboek is blameless.");
  });
});
