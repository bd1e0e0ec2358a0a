/**
 * The charter norm of a privacy request (AVG art. 12 lid 3): answered within one month of receipt, extendable
 * by two further months with a notice to the citizen. Pure data: the demo charter lists it, and the privacy
 * module makes sure it exists before the first request is registered (a statutory term must not depend on
 * whether a beheerder entered it). Counted on the Atw calendar in months (app/domain/kalender, "maanden").
 */
export const PRIVACY_NORM = {
  code: "PRIVACYVERZOEK",
  titel: "Privacyverzoek beantwoord binnen 1 maand (AVG art. 12 lid 3)",
  mijlpaal: "privacyverzoek_beantwoord",
  duur: 1,
  eenheid: "maanden",
  kalender: "atw",
  waarschuwingPct: 75,
  escalatieTeamleider: true,
  escalatieRegieteamNaWerkdagen: 2,
  pauzeerbaar: false,
  belofte:
    "Vraagt u welke gegevens wij over u hebben, of vraagt u ze te verbeteren of het gebruik te beperken? Dan krijgt u binnen 1 maand antwoord. Hebben we meer tijd nodig, dan laten we u dat binnen die maand weten, met de reden; we verlengen met ten hoogste 2 maanden.",
} as const;

export const PRIVACY_MIJLPAAL = PRIVACY_NORM.mijlpaal;
/** Extension (art. 12 lid 3): at most two further months, so the due moment becomes receipt + 3 months. */
export const VERLENGING_MAANDEN = 2;
