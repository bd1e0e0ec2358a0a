import type { Eenheid, KalenderSoort, Mijlpaal } from "../../../db/schema";
import { PRIVACY_NORM } from "../privacy/norm";

export interface DemoNorm {
  code: string;
  titel: string;
  mijlpaal: Mijlpaal;
  duur: number;
  eenheid: Eenheid;
  kalender: KalenderSoort;
  waarschuwingPct: number;
  escalatieTeamleider: boolean;
  escalatieRegieteamNaWerkdagen: number | null;
  pauzeerbaar: boolean;
  belofte: string;
}

/** The demo kwaliteitshandvest, after real municipalities' norms (domain.md §3) and Awb chapter 9. */
export const DEMO_NORMEN: DemoNorm[] = [
  {
    code: "TERUGBELLEN",
    titel: "Terugbellen binnen 1 werkdag",
    mijlpaal: "terugbellen",
    duur: 1,
    eenheid: "werkdagen",
    kalender: "organisatie",
    waarschuwingPct: 75,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 2,
    pauzeerbaar: false,
    belofte: "Spraken we af dat we u terugbellen? Dan bellen we u uiterlijk de volgende werkdag terug.",
  },
  {
    code: "OVERDRACHT-OPGEPAKT",
    titel: "Overdracht opgepakt binnen 4 werkuren",
    mijlpaal: "overdracht_opgepakt",
    duur: 4,
    eenheid: "werkuren",
    kalender: "organisatie",
    waarschuwingPct: 75,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 1,
    pauzeerbaar: false,
    belofte: "Brengen we uw vraag bij een collega? Die pakt uw vraag binnen 4 werkuren op.",
  },
  {
    code: "OVERDRACHT-GEINFORMEERD",
    titel: "Inwoner geïnformeerd na overdracht binnen 1 werkdag",
    mijlpaal: "klant_geinformeerd",
    duur: 1,
    eenheid: "werkdagen",
    kalender: "organisatie",
    waarschuwingPct: 75,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 2,
    pauzeerbaar: false,
    belofte: "Binnen 1 werkdag weet u wie uw vraag behandelt en wat er gaat gebeuren.",
  },
  {
    code: "KLACHT-ONTVANGST",
    titel: "Ontvangst van een klacht bevestigd binnen 3 werkdagen",
    mijlpaal: "klacht_ontvangst_bevestigd",
    duur: 3,
    eenheid: "werkdagen",
    kalender: "organisatie",
    waarschuwingPct: 67,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 1,
    pauzeerbaar: false,
    belofte: "Dient u een klacht in? Binnen 3 werkdagen bevestigen we schriftelijk dat we uw klacht hebben ontvangen.",
  },
  {
    code: "KLACHT-AFHANDELING",
    titel: "Klacht afgehandeld binnen 6 weken (Awb 9:11)",
    mijlpaal: "klacht_afgehandeld",
    duur: 6,
    eenheid: "weken",
    kalender: "atw",
    waarschuwingPct: 80,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 0,
    pauzeerbaar: false,
    belofte: "We handelen uw klacht binnen 6 weken na ontvangst af. Lukt dat niet, dan hoort u dat vóór het einde van die termijn.",
  },
  {
    code: "KLACHT-VERDAGING",
    titel: "Verdaging van de klachtafhandeling ten hoogste 4 weken (Awb 9:11 lid 2)",
    mijlpaal: "klacht_verdaging",
    duur: 4,
    eenheid: "weken",
    kalender: "atw",
    waarschuwingPct: 80,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 0,
    pauzeerbaar: false,
    belofte: "Hebben we meer tijd nodig, dan laten we u dat schriftelijk weten en verdagen we met ten hoogste 4 weken.",
  },
  {
    code: "KLACHT-NIET-IN-BEHANDELING",
    titel: "Bericht dat een klacht niet in behandeling wordt genomen binnen 4 weken (Awb 9:8 lid 3)",
    mijlpaal: "klacht_niet_in_behandeling",
    duur: 4,
    eenheid: "weken",
    kalender: "atw",
    waarschuwingPct: 75,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 0,
    pauzeerbaar: false,
    belofte: "Nemen we uw klacht niet in behandeling, dan laten we u dat binnen 4 weken schriftelijk weten, met de reden.",
  },
  {
    code: "EMAIL",
    titel: "E-mail beantwoord binnen 5 werkdagen",
    mijlpaal: "email_beantwoord",
    duur: 5,
    eenheid: "werkdagen",
    kalender: "organisatie",
    waarschuwingPct: 80,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 3,
    pauzeerbaar: true,
    belofte: "Uw e-mail beantwoorden we binnen 5 werkdagen. Lukt dat niet, dan laten we u weten wie uw vraag behandelt en wanneer u antwoord krijgt.",
  },
  {
    code: "BRIEF",
    titel: "Brief beantwoord binnen 3 weken",
    mijlpaal: "brief_beantwoord",
    duur: 3,
    eenheid: "weken",
    kalender: "organisatie",
    waarschuwingPct: 80,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 5,
    pauzeerbaar: true,
    belofte: "Uw brief beantwoorden we binnen 3 weken. Lukt dat niet, dan hoort u waarom en wanneer u antwoord krijgt.",
  },
  {
    // Internal: agreements from coaching conversations (issue 7). Never escalates: a coaching agreement is
    // seen only by the employee and their own manager, so it must not reach teamleiders or the regieteam.
    code: "COACHINGSAFSPRAAK",
    titel: "Coachingsafspraak nagekomen op de afgesproken datum",
    mijlpaal: "coachingsafspraak",
    duur: 4,
    eenheid: "weken",
    kalender: "organisatie",
    waarschuwingPct: 80,
    escalatieTeamleider: false,
    escalatieRegieteamNaWerkdagen: null,
    pauzeerbaar: false,
    belofte: "Intern: een afspraak uit een coachingsgesprek komen we na op de datum die medewerker en leidinggevende samen kozen.",
  },
  {
    // Internal: improvement actions from the leerlogboek (issue 6). The due moment is the agreed date
    // (termijnOp); this norm supplies the warning at 80 %, the teamleider of the owner at the due moment and
    // the regieteam 3 working days later. The duration is only a fallback and is never used.
    code: "VERBETERACTIE",
    titel: "Verbeteractie gerealiseerd op de afgesproken datum",
    mijlpaal: "verbeteractie_gerealiseerd",
    duur: 12,
    eenheid: "weken",
    kalender: "organisatie",
    waarschuwingPct: 80,
    escalatieTeamleider: true,
    escalatieRegieteamNaWerkdagen: 3,
    pauzeerbaar: false,
    belofte: "Intern: een verbeteractie uit het leerlogboek is gerealiseerd op de datum die het regieteam met de eigenaar afsprak.",
  },
  // The AVG term for privacy requests (issue 17): 1 month on the Atw calendar, the statutory term.
  { ...PRIVACY_NORM },
];

/** Milestones of internal norms: not promises to citizens, so not on the "Ons kwaliteitshandvest" page. */
export const INTERNE_MIJLPALEN: readonly string[] = ["coachingsafspraak", "verbeteractie_gerealiseerd"];

/** Gelijkgestelde dagen published by decree (Atw art. 3 lid 3); a beheerder adds the next decree's days. */
export const DEMO_GELIJKGESTELDE_DAGEN = [
  { datum: "2026-01-02", omschrijving: "Vrijdag na Nieuwjaarsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2026-05-15", omschrijving: "Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2027-05-07", omschrijving: "Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2028-04-28", omschrijving: "Vrijdag na Koningsdag (Besluit gelijkstelling 2026–2028)" },
  { datum: "2028-05-26", omschrijving: "Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)" },
];

/** The afternoons of 24 and 31 December: the organisation closes at 12:00. */
export function demoDeeldagen(): { datum: string; sluit: string; omschrijving: string }[] {
  const out = [];
  for (const jaar of [2025, 2026, 2027, 2028]) {
    out.push({ datum: `${jaar}-12-24`, sluit: "12:00", omschrijving: "Kerstavond: middag gesloten" });
    out.push({ datum: `${jaar}-12-31`, sluit: "12:00", omschrijving: "Oudejaarsdag: middag gesloten" });
  }
  return out;
}

export const DEMO_INSTELLINGEN: Record<string, unknown> = {
  bevrijdingsdag_vrij: true,
  goede_vrijdag_vrij: false,
  terugbel_max_pogingen: 3,
  klachtadviescommissie: false,
  ombudsman: { naam: "Nationale ombudsman", termijnWeken: 52 },
};
