/**
 * The citizen pages' server messages in English. Validation and refusals are written once, in B1 Dutch, where
 * they are decided (intake.server.ts, status.server.ts, beveiliging.server.ts, the KTO form, phone numbers,
 * attachments); when the citizen chose English, the public routes pass every message through `naarEngels` just
 * before answering. A message without a translation stays Dutch rather than disappear, and
 * tests/unit/inwoner/engels.test.ts fails for every Dutch message in those files that has none.
 */
import type { Fouten } from "../../platform/web/formulier.server";

export type Taal = "nl" | "en";

export const VASTE_VERTALINGEN: Record<string, string> = {
  // intake
  "Vul uw naam in.": "Enter your name.",
  "Vul uw e-mailadres in.": "Enter your e-mail address.",
  "Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl.": "This e-mail address is not right. For example: name@example.com.",
  "Kies hoe u antwoord wilt krijgen.": "Choose how you want to receive our answer.",
  "Schrijf op waarover u een klacht heeft.": "Write down what your complaint is about.",
  "Vul een datum in, bijvoorbeeld 14-11-2026.": "Enter a date, for example 14-11-2026.",
  "Deze datum ligt in de toekomst.": "This date is in the future.",
  "U wilt antwoord per e-mail. Vul dan uw e-mailadres in.": "You want an answer by e-mail. Please enter your e-mail address.",
  "U wilt antwoord per telefoon. Vul dan uw telefoonnummer in.": "You want an answer by phone. Please enter your phone number.",
  "U wilt antwoord per post. Vul dan uw adres en woonplaats in.": "You want an answer by post. Please enter your address and town.",
  "Kies het team of loket dat het compliment krijgt.": "Choose the team or desk that gets the compliment.",
  "Schrijf uw compliment op.": "Write down your compliment.",
  "Schrijf uw compliment op (minstens 3 tekens).": "Write down your compliment (at least 3 characters).",
  "Schrijf uw idee op.": "Write down your idea.",
  "Schrijf uw idee op (minstens 3 tekens).": "Write down your idea (at least 3 characters).",
  "Kies waar uw vraag over gaat.": "Choose what your question is about.",
  "Schrijf kort op wat uw vraag is.": "Write down your question in a few words.",
  "Vul het telefoonnummer in waarop wij u kunnen bellen.": "Enter the phone number on which we can call you.",
  "Vul een telefoonnummer in.": "Enter a phone number.",
  "Schrijf geen gevoelige gegevens, zoals uw BSN.": "Please do not write sensitive data, such as your citizen service number.",
  "De terugbelafspraak kon niet worden gemaakt.": "We could not make the callback appointment.",
  "Kies uw bestanden opnieuw; een browser onthoudt ze niet.": "Choose your files again; a browser does not remember them.",
  // phone numbers (app/domain/telefoon)
  "Dit is geen geldig Nederlands telefoonnummer. Gebruik bijvoorbeeld 06-12345678 of 020 123 4567; een buitenlands nummer begint met + en de landcode.":
    "This is not a valid Dutch phone number. Use for example 06-12345678 or 020 123 4567; a foreign number starts with + and the country code.",
  "Dit is geen geldig buitenlands telefoonnummer. Controleer de landcode en het nummer.": "This is not a valid foreign phone number. Check the country code and the number.",
  "Dit telefoonnummer is te kort. Controleer het nummer.": "This phone number is too short. Check the number.",
  "Dit telefoonnummer is te lang. Controleer het nummer.": "This phone number is too long. Check the number.",
  "Een telefoonnummer bestaat alleen uit cijfers, spaties, streepjes en eventueel een + vooraan.": "A phone number has only digits, spaces, hyphens and possibly a + at the start.",
  // attachments
  "De bestanden zijn samen groter dan 10 MB. Stuur kleinere bestanden mee.": "The files together are larger than 10 MB. Please send smaller files.",
  "Het bestand is groter dan 10 MB.": "The file is larger than 10 MB.",
  "Dit soort bestand kan niet. Toegestaan zijn pdf, jpg, png, docx en txt.": "This kind of file is not possible. Allowed are pdf, jpg, png, docx and txt.",
  "Kies een bestand om toe te voegen.": "Choose a file to add.",
  // abuse checks
  "Dit formulier kwam niet goed aan. Uw gegevens staan er nog; verstuur het formulier opnieuw.": "This form did not arrive properly. Your details are still there; please send the form again.",
  "Dit formulier stond te lang open. Uw gegevens staan er nog; verstuur het formulier opnieuw.": "This form was open for too long. Your details are still there; please send the form again.",
  "U verstuurde het formulier erg snel. Controleer of alles klopt en verstuur het daarna opnieuw.": "You sent the form very quickly. Check that everything is right and then send it again.",
  "Uw bericht is niet verstuurd, omdat een verborgen veld was ingevuld. Dat gebeurt soms door een programma dat formulieren automatisch invult. Controleer uw gegevens en verstuur het formulier opnieuw.":
    "Your message was not sent, because a hidden field was filled in. This sometimes happens with a program that fills in forms automatically. Check your details and send the form again.",
  // the status page
  "Dank u. We hebben uw informatie toegevoegd; uw behandelaar krijgt er bericht van.": "Thank you. We have added your information; the person handling your case will be told.",
  "Dit is al afgerond. U kunt hier niets meer aan toevoegen. Heeft u nog een vraag? Bel 14 020.": "This has already been completed. You cannot add anything here any more. Do you have a question? Call 14 020.",
  "Schrijf op wat u wilt toevoegen.": "Write down what you want to add.",
  "Alleen een klacht kunt u hier intrekken.": "Only a complaint can be withdrawn here.",
  "Vink aan dat u uw klacht wilt intrekken.": "Tick the box to confirm that you want to withdraw your complaint.",
  "Uw klacht is ingetrokken. We behandelen hem niet verder. U krijgt hiervan geen aparte brief.": "Your complaint has been withdrawn. We will not handle it any further. You will not receive a separate letter about this.",
  "Een ander belmoment kunt u alleen bij een terugbelverzoek kiezen.": "You can only choose another time for a callback request.",
  "Kies een datum.": "Choose a date.",
  "Kies een datum, bijvoorbeeld 10-12-2026.": "Choose a date, for example 10-12-2026.",
  "Kies een tijd.": "Choose a time.",
  "Kies een tijd, bijvoorbeeld 10:30.": "Choose a time, for example 10:30.",
  "Deze datum of tijd bestaat niet.": "This date or time does not exist.",
  "Kies een moment binnen twee maanden.": "Choose a moment within two months.",
  "Deze actie kennen we niet. Laad de pagina opnieuw.": "We do not know this action. Please reload the page.",
  // the satisfaction check
  "Kies een cijfer van 1 tot 5.": "Choose a number from 1 to 5.",
};

const PATRONEN: [RegExp, (...m: string[]) => string][] = [
  [/^Gebruik hoogstens (\d+) tekens\.$/, (_, n) => `Use at most ${n} characters.`],
  [/^U kunt hoogstens (\d+) bestanden meesturen\.$/, (_, n) => `You can send at most ${n} files.`],
  [/^Uw toelichting is te lang: houd het onder de (\d+) tekens\.$/, (_, n) => `Your comment is too long: keep it under ${n} characters.`],
  [
    /^De inhoud van het bestand past niet bij de extensie \.(\w+)\. Toegestaan zijn pdf, jpg, png, docx en txt\.$/,
    (_, ext) => `The content of the file does not match its extension .${ext}. Allowed are pdf, jpg, png, docx and txt.`,
  ],
  [
    /^Op dat moment zijn wij gesloten\. Kies een werkdag tijdens kantoortijd, bijvoorbeeld (.+)\.$/,
    (_, moment) => `We are closed at that moment. Choose a working day during office hours, for example ${moment}.`,
  ],
  [
    /^Er zijn vanaf dit adres of met deze contactgegevens kort na elkaar veel berichten verstuurd\. Probeer het (.+) opnieuw, of bel ons via 14 020\. Uw tekst staat nog in het formulier\.$/,
    (_, wacht) => `Many messages were sent from this address or with these contact details in a short time. Please try again ${wachtEngels(wacht)}, or call us on 14 020. Your text is still in the form.`,
  ],
];

function wachtEngels(nl: string): string {
  if (nl === "over een minuut") return "in a minute";
  if (nl === "over een uur") return "in an hour";
  const m = /^over (\d+) (minuten|uur)$/.exec(nl);
  if (m) return `in ${m[1]} ${m[2] === "uur" ? "hours" : "minutes"}`;
  return "later";
}

/** One message in English (or unchanged when there is no translation). */
export function naarEngels(tekst: string): string {
  const vast = VASTE_VERTALINGEN[tekst];
  if (vast) return vast;
  for (const [re, f] of PATRONEN) {
    const m = re.exec(tekst);
    if (m) return f(...m);
  }
  return tekst;
}

export function inTaal(tekst: string, taal: Taal): string;
export function inTaal(tekst: string | null, taal: Taal): string | null;
export function inTaal(tekst: string | null, taal: Taal): string | null {
  return tekst === null || taal === "nl" ? tekst : naarEngels(tekst);
}

/** Every field's messages in the citizen's language. */
export function foutenInTaal<F extends Fouten | Record<string, string[]>>(fouten: F, taal: Taal): F {
  if (taal === "nl") return fouten;
  return Object.fromEntries(Object.entries(fouten).map(([k, v]) => [k, v?.map(naarEngels)])) as F;
}
