/** The one-question satisfaction form (shared by the route and its tests). */
import { z } from "zod";
import { OPMERKING_MAX } from "./constanten";

export const KtoSchema = z.object({
  score: z.enum(["1", "2", "3", "4", "5"], { error: "Kies een cijfer van 1 tot 5." }),
  opmerking: z
    .string()
    .trim()
    .max(OPMERKING_MAX, { error: `Uw toelichting is te lang: houd het onder de ${OPMERKING_MAX} tekens.` })
    .optional()
    .default(""),
});

export const KTO_TEKST = {
  nl: {
    titel: "Hoe tevreden bent u?",
    intro: "We willen graag weten hoe het ging. Het kost u één minuut.",
    vraag: "Hoe tevreden bent u over hoe we u hebben geholpen?",
    schaal: ["1 – Heel ontevreden", "2 – Ontevreden", "3 – Niet tevreden, niet ontevreden", "4 – Tevreden", "5 – Heel tevreden"],
    opmerking: "Wilt u er iets over zeggen? (mag leeg blijven)",
    opmerkingHint: "Schrijf geen gevoelige gegevens, zoals uw BSN.",
    knop: "Verstuur mijn antwoord",
    bedanktTitel: "Dank u wel",
    bedankt: "We hebben uw antwoord ontvangen. We gebruiken het om beter te worden.",
    bedanktOntevreden: "Jammer dat u niet tevreden bent. Een leidinggevende leest uw antwoord en neemt misschien contact met u op.",
    nietGevondenTitel: "Deze link werkt niet (meer)",
    nietGevonden: "Misschien heeft u de vraag al beantwoord, of is de link verlopen. Heeft u een vraag? Bel ons via 14 020.",
    fout: "Er ging iets mis met uw antwoord. Kijk hieronder wat er moet veranderen.",
  },
  en: {
    titel: "How satisfied are you?",
    intro: "We would like to know how it went. It takes you one minute.",
    vraag: "How satisfied are you with how we helped you?",
    schaal: ["1 – Very dissatisfied", "2 – Dissatisfied", "3 – Neither satisfied nor dissatisfied", "4 – Satisfied", "5 – Very satisfied"],
    opmerking: "Anything you would like to add? (optional)",
    opmerkingHint: "Please do not write sensitive data, such as your citizen service number.",
    knop: "Send my answer",
    bedanktTitel: "Thank you",
    bedankt: "We have received your answer. We use it to improve.",
    bedanktOntevreden: "We are sorry you are not satisfied. A manager reads your answer and may contact you.",
    nietGevondenTitel: "This link does not work (any more)",
    nietGevonden: "You may have answered already, or the link has expired. Any questions? Call us on 14 020.",
    fout: "Something is wrong with your answer. See below what needs to change.",
  },
} as const;
