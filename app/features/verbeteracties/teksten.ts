/** The texts of the improvement-action pages (client-safe: no server code). */
import type { StapIntent } from "./verbeteracties.server";

/** A step's form title (also its button). */
export const STAP_TITEL: Record<StapIntent, string> = {
  STARTEN: "Verbeteractie starten",
  REALISEREN: "Vastleggen dat de actie is gerealiseerd",
  EVALUEREN: "Effect evalueren",
  AFWIJZEN: "Verbeteractie afwijzen",
  WIJZIGEN: "Eigenaar of deadline wijzigen",
};

/** The notice after a step (`?gedaan=<intent>`). */
export const GEDAAN: Record<string, string> = {
  STARTEN: "De verbeteractie is gestart en staat nu op ‘In uitvoering’.",
  REALISEREN: "Vastgelegd: de verbeteractie is gerealiseerd.",
  EVALUEREN: "De evaluatie is vastgelegd, met de gemeten aantallen.",
  AFWIJZEN: "De verbeteractie is afgewezen; de termijn is gestopt.",
  WIJZIGEN: "Eigenaar en deadline zijn bijgewerkt.",
};

/** An event in the history, as people say it. */
export const EVENT_TEKST: Record<string, string> = {
  AANGEMAAKT: "Voorgesteld",
  STARTEN: "Gestart",
  REALISEREN: "Gerealiseerd",
  EVALUEREN: "Geëvalueerd",
  AFWIJZEN: "Afgewezen",
  WIJZIGEN: "Eigenaar/deadline gewijzigd",
  "TERMIJN.WAARSCHUWING": "Termijn bijna verlopen: eigenaar gewaarschuwd",
  "TERMIJN.VERLOPEN": "Termijn verlopen: teamleider geïnformeerd",
  "TERMIJN.ESCALATIE": "Geëscaleerd naar het regieteam",
};
