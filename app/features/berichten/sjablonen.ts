/**
 * The built-in texts of the messages to citizens, in B1 Dutch and in English. The beheerder can replace each one
 * (table bericht_sjablonen, /beheer/berichten); a template absent there uses the text below.
 *
 * Merge fields: {{aanhef}}, {{vraag}}, {{termijn}} (the promised moment in words), {{behandelaar}} (first name),
 * {{team}}, {{nummer}} (complaint number), {{brief}} (the letter's exact text), {{terugval}}, {{vervolgstap}},
 * {{statuslink}} (the private status page) and {{ktolink}} (the one-question satisfaction check). The two links
 * are made when the message is sent and are never stored.
 */
export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];

export interface Sjabloon {
  onderwerp: string;
  /** e-mail text */
  tekst: string;
  /** SMS text (short; keep {{statuslink}} or {{ktolink}} in it) */
  sms: string;
}

export const BERICHT_SOORTEN = [
  "terugbel.aangemaakt",
  "terugbel.niet_bereikt",
  "terugbel.nieuw_tijdstip",
  "terugbel.niet_bereikbaar",
  "terugbel.nagekomen",
  "overdracht.behandelaar",
  "overdracht.afgerond",
  "klacht.brief",
  "klacht.conclusie",
  "klacht.behandelaar",
  "klacht.informeel",
  "klacht.ingetrokken",
] as const;
export type BerichtSoort = (typeof BERICHT_SOORTEN)[number];

export const SOORT_TITEL: Record<BerichtSoort, string> = {
  "terugbel.aangemaakt": "Terugbelafspraak gemaakt",
  "terugbel.niet_bereikt": "We probeerden u te bellen",
  "terugbel.nieuw_tijdstip": "Nieuw tijdstip voor terugbellen",
  "terugbel.niet_bereikbaar": "Niet bereikbaar (terugvalbericht)",
  "terugbel.nagekomen": "Teruggebeld (met tevredenheidsvraag)",
  "overdracht.behandelaar": "Overdracht: wie helpt u en wat gebeurt er nu",
  "overdracht.afgerond": "Overdracht afgerond (met tevredenheidsvraag)",
  "klacht.brief": "Klacht: brief per e-mail (ontvangst, 9:8, verdaging)",
  "klacht.conclusie": "Klacht: conclusie (met tevredenheidsvraag)",
  "klacht.behandelaar": "Klacht: behandelaar bekend",
  "klacht.informeel": "Klacht: naar tevredenheid opgelost (met tevredenheidsvraag)",
  "klacht.ingetrokken": "Klacht: ingetrokken door de klager",
};

const GROET_NL = "Met vriendelijke groet,\nGemeente Voorbeeld";
const GROET_EN = "Kind regards,\nMunicipality of Voorbeeld";
const STATUS_NL = "Hoe staat het ervoor? Kijk op uw eigen pagina: {{statuslink}}";
const STATUS_EN = "Want to know how things stand? See your own page: {{statuslink}}";
const KTO_NL = "Wilt u ons één vraag beantwoorden? Hoe tevreden bent u? Geef een cijfer van 1 tot 5: {{ktolink}}";
const KTO_EN = "Would you answer one question for us? How satisfied are you? Give a score from 1 to 5: {{ktolink}}";

export const STANDAARD_SJABLONEN: Record<BerichtSoort, Record<Taal, Sjabloon>> = {
  "terugbel.aangemaakt": {
    nl: {
      onderwerp: "We bellen u terug",
      tekst: `{{aanhef}}\n\nU vroeg ons u terug te bellen over: "{{vraag}}".\nWe bellen u uiterlijk {{termijn}}.\n\n${STATUS_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: we bellen u uiterlijk {{termijn}} terug. Meer weten: {{statuslink}}",
    },
    en: {
      onderwerp: "We will call you back",
      tekst: `{{aanhef}}\n\nYou asked us to call you back about: "{{vraag}}".\nWe will call you by {{termijn}} at the latest.\n\n${STATUS_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: we will call you back by {{termijn}}. More: {{statuslink}}",
    },
  },
  "terugbel.niet_bereikt": {
    nl: {
      onderwerp: "We probeerden u te bellen",
      tekst: `{{aanhef}}\n\nWe hebben u net gebeld over uw vraag, maar we kregen u niet te pakken. We proberen het nog een keer.\nLiever een ander moment? Dat kunt u doorgeven op uw eigen pagina: {{statuslink}}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: we probeerden u te bellen. We bellen nog een keer. Ander moment? {{statuslink}}",
    },
    en: {
      onderwerp: "We tried to call you",
      tekst: `{{aanhef}}\n\nWe just tried to call you about your question, but could not reach you. We will try again.\nWould another time suit you better? Let us know on your own page: {{statuslink}}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: we tried to call you and will try again. Other time? {{statuslink}}",
    },
  },
  "terugbel.nieuw_tijdstip": {
    nl: {
      onderwerp: "Nieuw moment voor ons telefoontje",
      tekst: `{{aanhef}}\n\nWe hebben het nieuwe moment genoteerd. We bellen u uiterlijk {{termijn}}.\n\n${STATUS_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: genoteerd. We bellen u uiterlijk {{termijn}}. {{statuslink}}",
    },
    en: {
      onderwerp: "New time for our call",
      tekst: `{{aanhef}}\n\nWe have noted the new time. We will call you by {{termijn}} at the latest.\n\n${STATUS_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: noted. We will call you by {{termijn}}. {{statuslink}}",
    },
  },
  "terugbel.niet_bereikbaar": {
    nl: {
      onderwerp: "We konden u niet bereiken",
      tekst: `{{terugval}}\n\n${STATUS_NL}`,
      sms: "Gemeente Voorbeeld: we konden u niet bereiken. Bel ons via 14 020 (werkdagen 08:30-17:00). {{statuslink}}",
    },
    en: {
      onderwerp: "We could not reach you",
      tekst: `{{aanhef}}\n\nYou asked us to call you back about: "{{vraag}}". We tried several times but could not reach you. Please call us on 14 020 (weekdays 08:30–17:00).\n\n${STATUS_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: we could not reach you. Please call 14 020 (weekdays 08:30-17:00). {{statuslink}}",
    },
  },
  "terugbel.nagekomen": {
    nl: {
      onderwerp: "We hebben u gebeld",
      tekst: `{{aanhef}}\n\nWe hebben u gebeld over uw vraag: "{{vraag}}". Dank u wel.\n\n${KTO_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: bedankt voor het gesprek. Hoe tevreden bent u (1-5)? {{ktolink}}",
    },
    en: {
      onderwerp: "We called you",
      tekst: `{{aanhef}}\n\nWe called you about your question: "{{vraag}}". Thank you.\n\n${KTO_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: thank you for the call. How satisfied are you (1-5)? {{ktolink}}",
    },
  },
  "overdracht.behandelaar": {
    nl: {
      onderwerp: "Wie helpt u verder",
      tekst: `{{aanhef}}\n\nUw vraag "{{vraag}}" ligt nu bij {{behandelaar}} van {{team}}. {{behandelaar}} helpt u verder en neemt contact met u op als dat nodig is.\n\nWat gebeurt er nu? {{vervolgstap}}\n\n${STATUS_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: {{behandelaar}} van {{team}} helpt u verder met uw vraag. Meer: {{statuslink}}",
    },
    en: {
      onderwerp: "Who will help you",
      tekst: `{{aanhef}}\n\nYour question "{{vraag}}" is now with {{behandelaar}} of {{team}}. {{behandelaar}} will help you and contact you when needed.\n\nWhat happens next? {{vervolgstap}}\n\n${STATUS_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: {{behandelaar}} of {{team}} will help you with your question. More: {{statuslink}}",
    },
  },
  "overdracht.afgerond": {
    nl: {
      onderwerp: "Uw vraag is afgehandeld",
      tekst: `{{aanhef}}\n\nUw vraag "{{vraag}}" is afgehandeld door {{behandelaar}}.\n\n${KTO_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: uw vraag is afgehandeld. Hoe tevreden bent u (1-5)? {{ktolink}}",
    },
    en: {
      onderwerp: "Your question has been handled",
      tekst: `{{aanhef}}\n\nYour question "{{vraag}}" has been handled by {{behandelaar}}.\n\n${KTO_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: your question has been handled. How satisfied are you (1-5)? {{ktolink}}",
    },
  },
  "klacht.brief": {
    nl: {
      onderwerp: "{{onderwerp}}",
      tekst: `{{brief}}\n\n${STATUS_NL}`,
      sms: "Gemeente Voorbeeld: er is nieuws over uw klacht {{nummer}}. Lees het op uw eigen pagina: {{statuslink}}",
    },
    en: {
      onderwerp: "{{onderwerp}}",
      tekst: `{{brief}}\n\n${STATUS_EN}`,
      sms: "Municipality of Voorbeeld: there is news about your complaint {{nummer}}. Read it on your page: {{statuslink}}",
    },
  },
  "klacht.conclusie": {
    nl: {
      onderwerp: "{{onderwerp}}",
      tekst: `{{brief}}\n\n${KTO_NL}\n\n${STATUS_NL}`,
      sms: "Gemeente Voorbeeld: uw klacht {{nummer}} is afgehandeld. Lees de brief: {{statuslink}} Hoe tevreden bent u (1-5)? {{ktolink}}",
    },
    en: {
      onderwerp: "{{onderwerp}}",
      tekst: `{{brief}}\n\n${KTO_EN}\n\n${STATUS_EN}`,
      sms: "Municipality of Voorbeeld: your complaint {{nummer}} has been handled. Letter: {{statuslink}} Satisfied (1-5)? {{ktolink}}",
    },
  },
  "klacht.behandelaar": {
    nl: {
      onderwerp: "Wie behandelt uw klacht",
      tekst: `{{aanhef}}\n\n{{behandelaar}} behandelt uw klacht {{nummer}}. We laten u uiterlijk {{termijn}} weten wat we ervan vinden.\n\n${STATUS_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: {{behandelaar}} behandelt uw klacht {{nummer}}. Meer: {{statuslink}}",
    },
    en: {
      onderwerp: "Who is handling your complaint",
      tekst: `{{aanhef}}\n\n{{behandelaar}} is handling your complaint {{nummer}}. We will let you know our findings by {{termijn}} at the latest.\n\n${STATUS_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: {{behandelaar}} is handling your complaint {{nummer}}. More: {{statuslink}}",
    },
  },
  "klacht.ingetrokken": {
    nl: {
      onderwerp: "Uw klacht is ingetrokken",
      tekst: `{{aanhef}}\n\nU heeft uw klacht {{nummer}} ingetrokken. We behandelen de klacht daarom niet verder. Wilt u toch weer een klacht indienen? Dat kan altijd.\n\n${STATUS_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: uw klacht {{nummer}} is ingetrokken. Meer: {{statuslink}}",
    },
    en: {
      onderwerp: "Your complaint has been withdrawn",
      tekst: `{{aanhef}}\n\nYou have withdrawn your complaint {{nummer}}. We will therefore not handle it any further. You can always file a complaint again.\n\n${STATUS_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: your complaint {{nummer}} has been withdrawn. More: {{statuslink}}",
    },
  },
  "klacht.informeel": {
    nl: {
      onderwerp: "Uw klacht is opgelost",
      tekst: `{{aanhef}}\n\nFijn dat we uw klacht {{nummer}} samen hebben kunnen oplossen.\n\n${KTO_NL}\n\n${GROET_NL}`,
      sms: "Gemeente Voorbeeld: uw klacht {{nummer}} is opgelost. Hoe tevreden bent u (1-5)? {{ktolink}}",
    },
    en: {
      onderwerp: "Your complaint has been resolved",
      tekst: `{{aanhef}}\n\nWe are glad we could resolve your complaint {{nummer}} together.\n\n${KTO_EN}\n\n${GROET_EN}`,
      sms: "Municipality of Voorbeeld: your complaint {{nummer}} has been resolved. Satisfied (1-5)? {{ktolink}}",
    },
  },
};

/** The merge fields a template may use (the beheer form checks against this list). */
export const VELDEN = [
  "aanhef",
  "vraag",
  "termijn",
  "behandelaar",
  "team",
  "nummer",
  "brief",
  "onderwerp",
  "terugval",
  "vervolgstap",
  "statuslink",
  "ktolink",
] as const;

/** Fills {{veld}}; the two links stay as placeholders (made at send time). Unknown fields become empty. */
export function vul(tekst: string, velden: Partial<Record<string, string>>): string {
  return tekst.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (heel, naam: string) => {
    if (naam === "statuslink" || naam === "ktolink") return `{{${naam}}}`;
    return velden[naam] ?? "";
  });
}

/** Fields used in `tekst` that do not exist. */
export function onbekendeVelden(tekst: string): string[] {
  const uit = new Set<string>();
  for (const m of tekst.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) if (!(VELDEN as readonly string[]).includes(m[1]!)) uit.add(m[1]!);
  return [...uit];
}

/** Whether a soort carries the satisfaction question. */
export function metKto(soort: string): boolean {
  return soort === "terugbel.nagekomen" || soort === "overdracht.afgerond" || soort === "klacht.conclusie" || soort === "klacht.informeel";
}
