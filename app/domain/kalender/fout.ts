/** Soorten invoerfouten van de kalender- en termijnmodule. */
export type TermijnFoutCode =
  | "ONGELDIGE_DUUR"
  | "ONBEKENDE_EENHEID"
  | "ONBEKENDE_KALENDER"
  | "ONGELDIGE_COMBINATIE"
  | "ONGELDIG_TIJDSTIP"
  | "ONGELDIGE_DATUM"
  | "ONGELDIG_PERCENTAGE"
  | "ONGELDIGE_PAUZE"
  | "ONGELDIGE_CONFIG"
  | "BUITEN_BEREIK";

/**
 * Fout bij ongeldige invoer voor een termijnberekening of kalenderconfiguratie. `message` is Nederlands
 * en geschikt om aan een gebruiker of beheerder te tonen; `code` is bedoeld voor de code.
 */
export class TermijnFout extends Error {
  readonly code: TermijnFoutCode;

  constructor(code: TermijnFoutCode, message: string) {
    super(message);
    this.name = "TermijnFout";
    this.code = code;
  }
}
