/**
 * Telefoonnummers: wat een medewerker tijdens een gesprek intypt (06-12345678, 020 123 4567, +31 6 …,
 * 0031 6 …, +31 (0)6 …, of een buitenlands nummer met landcode) wordt één vaste vorm: E.164 (+31612345678).
 * Puur; bruikbaar op server en client. Validatie met de volledige metadata van libphonenumber-js ("max"),
 * zodat ook de lengte per nummersoort klopt (een 06-nummer heeft 8 cijfers na de 06).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * A refusal has its Dutch `melding` and the same message as a dictionary key (`sleutel`, afspraken:telefoonFout.*)
 * for a page in another language.
 */
export type TelefoonResultaat = { ok: true; e164: string; weergave: string } | { ok: false; melding: string; sleutel: string };

const fout = (sleutel: string, melding: string): TelefoonResultaat => ({ ok: false, melding, sleutel: `afspraken:telefoonFout.${sleutel}` });

const TEKENS = /^[0-9+()\-./\s]+$/;

/**
 * Onthouden uitkomsten: één aanmaak normaliseert hetzelfde nummer een paar keer (formulier, koppelen aan de
 * inwoner, weergave) en libphonenumber is daarvan het duurste deel. Begrensd; de functie is puur.
 */
const ONTHOUDEN = new Map<string, TelefoonResultaat>();
const MAX_ONTHOUDEN = 2_000;

/** Zet invoer om naar E.164, met een Nederlandse foutmelding als het geen geldig nummer is. */
export function normaliseerTelefoon(invoer: string): TelefoonResultaat {
  const bekend = ONTHOUDEN.get(invoer);
  if (bekend) return bekend;
  const r = Object.freeze(normaliseer(invoer));
  if (ONTHOUDEN.size >= MAX_ONTHOUDEN) ONTHOUDEN.delete(ONTHOUDEN.keys().next().value!);
  ONTHOUDEN.set(invoer, r);
  return r;
}

function normaliseer(invoer: string): TelefoonResultaat {
  const tekst = invoer.trim();
  if (!tekst) return fout("leeg", "Vul een telefoonnummer in.");
  if (!TEKENS.test(tekst)) {
    return fout("tekens", "Een telefoonnummer bestaat alleen uit cijfers, spaties, streepjes en eventueel een + vooraan.");
  }
  const cijfers = tekst.replace(/\D/g, "");
  if (cijfers.length < 5) return fout("kort", "Dit telefoonnummer is te kort. Controleer het nummer.");
  if (cijfers.length > 17) return fout("lang", "Dit telefoonnummer is te lang. Controleer het nummer.");
  const nummer = parsePhoneNumberFromString(tekst, "NL");
  if (!nummer || !nummer.isValid()) {
    const internationaal = tekst.startsWith("+") || tekst.startsWith("00");
    return internationaal
      ? fout("buitenland", "Dit is geen geldig buitenlands telefoonnummer. Controleer de landcode en het nummer.")
      : fout(
          "nederland",
          "Dit is geen geldig Nederlands telefoonnummer. Gebruik bijvoorbeeld 06-12345678 of 020 123 4567; een buitenlands nummer begint met + en de landcode.",
        );
  }
  return { ok: true, e164: nummer.number, weergave: formatTelefoon(nummer.number) };
}

const WEERGAVEN = new Map<string, string>();

/** Leesbare vorm van een E.164-nummer: nationaal voor Nederland (06 12345678), anders internationaal. */
export function formatTelefoon(e164: string): string {
  const bekend = WEERGAVEN.get(e164);
  if (bekend !== undefined) return bekend;
  const w = weergave(e164);
  if (WEERGAVEN.size >= MAX_ONTHOUDEN) WEERGAVEN.delete(WEERGAVEN.keys().next().value!);
  WEERGAVEN.set(e164, w);
  return w;
}

function weergave(e164: string): string {
  const nummer = parsePhoneNumberFromString(e164);
  if (!nummer) return e164;
  return nummer.countryCallingCode === "31" ? nummer.formatNational() : nummer.formatInternational();
}
