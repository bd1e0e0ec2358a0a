/**
 * Fixed material for the demo-data generator: the extra departments and teams of a large municipality, lists of
 * common Dutch first and last names (combined at random: fake people, no real personal data), and text
 * fragments for questions, complaints, findings and lessons. Addresses, phone numbers (06-0… range) and e-mail
 * addresses (.example, RFC 2606) are fake by construction.
 */
import type { Processtap } from "../../../db/schema";

export interface DemoAfdeling {
  naam: string;
  /** Weight of this department in callbacks and complaints. */
  gewicht: number;
  teams: { naam: string; grootte: number; basisOpTijd: number }[];
  /** Typical questions (callbacks) and complaint themes. */
  vragen: string[];
  klachten: string[];
}

/** The demo organisation after extension: the names of seed.server.ts plus the departments of a large city. */
export const DEMO_STAD: DemoAfdeling[] = [
  {
    naam: "Klantcontactcentrum (KCC)",
    gewicht: 30,
    teams: [
      { naam: "KCC Telefonie", grootte: 22, basisOpTijd: 0.86 },
      { naam: "KCC Balie", grootte: 14, basisOpTijd: 0.83 },
      { naam: "KCC Digitaal", grootte: 10, basisOpTijd: 0.8 },
    ],
    vragen: [
      "Vraag over de status van een eerder gestelde vraag",
      "Wil weten welke afdeling over een brief gaat",
      "Vraag over openingstijden en het maken van een afspraak",
      "Terugbelverzoek na een onderbroken gesprek",
      "Vraag over een ontvangen brief van de gemeente",
    ],
    klachten: [
      "Lang in de wacht gestaan en daarna niet teruggebeld",
      "Onvriendelijk te woord gestaan aan de telefoon",
      "Tegenstrijdige informatie gekregen van verschillende medewerkers",
      "Afspraak aan de balie niet doorgegaan zonder bericht",
    ],
  },
  {
    naam: "Burgerzaken",
    gewicht: 13,
    teams: [
      { naam: "Burgerzaken Documenten", grootte: 16, basisOpTijd: 0.9 },
      { naam: "Burgerzaken Verhuizingen en BRP", grootte: 10, basisOpTijd: 0.87 },
      { naam: "Burgerlijke Stand", grootte: 7, basisOpTijd: 0.92 },
    ],
    vragen: [
      "Vraag over het aanvragen van een paspoort of identiteitskaart",
      "Verhuizing doorgegeven maar nog geen bevestiging ontvangen",
      "Vraag over een uittreksel uit de BRP",
      "Vraag over het plannen van een huwelijk",
      "Rijbewijs verlopen, vraag over spoedaanvraag",
    ],
    klachten: [
      "Paspoort niet op de afgesproken datum klaar",
      "Verhuizing verkeerd verwerkt in de basisregistratie",
      "Geen afspraak mogelijk binnen redelijke termijn",
      "Onduidelijke uitleg over benodigde documenten",
    ],
  },
  {
    naam: "Openbare Ruimte",
    gewicht: 16,
    teams: [
      { naam: "Meldingen Openbare Ruimte", grootte: 12, basisOpTijd: 0.78 },
      { naam: "Wijkbeheer Noord", grootte: 14, basisOpTijd: 0.76 },
      { naam: "Wijkbeheer Zuid", grootte: 14, basisOpTijd: 0.8 },
      { naam: "Afval en Reiniging", grootte: 12, basisOpTijd: 0.74 },
    ],
    vragen: [
      "Melding over een losliggende stoeptegel, vraag naar de voortgang",
      "Container niet geleegd, wil weten wanneer dat alsnog gebeurt",
      "Vraag over snoeien van een gemeenteboom",
      "Straatverlichting defect, vraag naar de planning van het herstel",
      "Vraag over het aanvragen van een extra afvalcontainer",
    ],
    klachten: [
      "Melding over een kapotte lantaarnpaal meerdere keren gedaan zonder resultaat",
      "Afvalcontainer herhaaldelijk niet geleegd",
      "Melding afgesloten terwijl het probleem niet is opgelost",
      "Geen terugkoppeling gekregen op een melding over overlast",
    ],
  },
  {
    naam: "Sociaal Domein",
    gewicht: 12,
    teams: [
      { naam: "Wmo en Jeugd", grootte: 14, basisOpTijd: 0.82 },
      { naam: "Wmo Hulpmiddelen en Vervoer", grootte: 10, basisOpTijd: 0.79 },
      { naam: "Jeugd en Gezin", grootte: 12, basisOpTijd: 0.81 },
    ],
    vragen: [
      "Vraag over de voortgang van een Wmo-aanvraag",
      "Vraag over huishoudelijke ondersteuning",
      "Vraag over leerlingenvervoer",
      "Vraag over een keukentafelgesprek",
      "Vraag over een eigen bijdrage",
    ],
    klachten: [
      "Wmo-aanvraag ligt al maanden zonder bericht",
      "Keukentafelgesprek op het laatste moment afgezegd",
      "Taxi voor leerlingenvervoer kwam meerdere keren te laat",
      "Onvoldoende rekening gehouden met de persoonlijke situatie",
    ],
  },
  {
    naam: "Werk en Inkomen",
    gewicht: 11,
    teams: [
      { naam: "Uitkeringen", grootte: 16, basisOpTijd: 0.8 },
      { naam: "Schuldhulpverlening", grootte: 9, basisOpTijd: 0.77 },
      { naam: "Werkgeversservicepunt", grootte: 6, basisOpTijd: 0.88 },
    ],
    vragen: [
      "Vraag over de betaling van de bijstandsuitkering",
      "Vraag over het doorgeven van inkomsten",
      "Vraag over een afspraak bij schuldhulpverlening",
      "Vraag over bijzondere bijstand",
      "Vraag over een re-integratietraject",
    ],
    klachten: [
      "Uitkering te laat betaald zonder uitleg",
      "Niet teruggebeld door de consulent",
      "Onheus bejegend tijdens een gesprek over inkomsten",
      "Aanvraag bijzondere bijstand kwijtgeraakt",
    ],
  },
  {
    naam: "Belastingen",
    gewicht: 10,
    teams: [
      { naam: "WOZ en Bezwaar", grootte: 10, basisOpTijd: 0.84 },
      { naam: "Invordering", grootte: 8, basisOpTijd: 0.82 },
    ],
    vragen: [
      "Vraag over de hoogte van de WOZ-waarde",
      "Vraag over een betalingsregeling voor de aanslag",
      "Vraag over kwijtschelding van gemeentelijke belastingen",
      "Vraag over de status van een bezwaar",
      "Vraag over een aanmaning",
    ],
    klachten: [
      "Aanmaning ontvangen terwijl er al betaald was",
      "Bezwaar tegen de WOZ-waarde niet binnen de termijn behandeld",
      "Kwijtschelding afgewezen zonder duidelijke motivering",
      "Niet bereikbaar tijdens de piek na de aanslagen",
    ],
  },
  {
    naam: "Vergunningen",
    gewicht: 8,
    teams: [
      { naam: "Omgevingsvergunningen", grootte: 12, basisOpTijd: 0.75 },
      { naam: "Evenementen en APV", grootte: 6, basisOpTijd: 0.83 },
    ],
    vragen: [
      "Vraag over de voortgang van een omgevingsvergunning",
      "Vraag of een dakkapel vergunningvrij is",
      "Vraag over een evenementenvergunning",
      "Vraag over een parkeervergunning",
      "Vraag over bezwaar tegen een verleende vergunning",
    ],
    klachten: [
      "Vergunningaanvraag niet binnen de wettelijke termijn beslist",
      "Geen reactie op aanvullende stukken",
      "Onduidelijke communicatie over de benodigde tekeningen",
      "Handhavingsverzoek niet serieus genomen",
    ],
  },
];

export const VOORNAMEN = [
  "Jan", "Piet", "Kees", "Henk", "Gerrit", "Willem", "Johan", "Hans", "Peter", "Mark", "Dennis", "Erik", "Thomas", "Lucas", "Daan",
  "Sem", "Milan", "Levi", "Noah", "Finn", "Bram", "Jesse", "Ruben", "Stijn", "Tim", "Sander", "Bas", "Joost", "Martijn", "Frank",
  "Mohamed", "Ahmed", "Youssef", "Mustafa", "Ali", "Emre", "Murat", "Kevin", "Rik", "Wouter", "Maria", "Anna", "Johanna", "Cornelia",
  "Elisabeth", "Anja", "Ingrid", "Monique", "Sandra", "Linda", "Petra", "Marieke", "Esther", "Sanne", "Lisa", "Emma", "Julia", "Sophie",
  "Tess", "Zoë", "Fleur", "Lotte", "Anouk", "Eva", "Iris", "Noor", "Fatima", "Aisha", "Samira", "Yasmina", "Elif", "Naima", "Nadia",
  "Priya", "Mei", "Ilse", "Karin", "Wendy", "Mirjam", "Annemieke", "Gerda", "Truus", "Ria", "Bep",
];

export const ACHTERNAMEN = [
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
  "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
  "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
  "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
  "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Lange", "Kuipers", "van Wijk", "Postma",
  "El Idrissi", "Benali", "Yilmaz", "Kaya", "Demir", "Öztürk", "Bouzid", "Ramdin", "Sewnath", "Nguyen", "Wong", "Martens", "Timmermans",
];

export const STRATEN = [
  "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Lindelaan", "Beukenlaan", "Eikenlaan", "Julianastraat", "Wilhelminalaan",
  "Stationsweg", "Marktplein", "Nieuwstraat", "Parkweg", "Kastanjelaan", "Sportlaan", "Havenkade", "Vlietweg", "Zonnebloemstraat",
];

export const WOONPLAATS = "Voorbeeld";

export const BEVINDINGEN = [
  "Uit het dossier en het hoorgesprek blijkt dat de toegezegde terugkoppeling niet is gegeven.",
  "De klager is op de juiste manier geïnformeerd; de verwachtingen liepen uiteen.",
  "De medewerker heeft de klager onvoldoende uitgelegd waarom de aanvraag langer duurde.",
  "De behandeling heeft langer geduurd dan nodig doordat het dossier tussen twee teams bleef liggen.",
  "Het gesprek is anders verlopen dan de klager verwachtte; de toon was zakelijk maar correct.",
];

export const MAATREGELEN = [
  "Excuses aangeboden en de zaak alsnog met voorrang afgehandeld.",
  "Werkinstructie aangepast en besproken in het teamoverleg.",
  "Geen maatregelen nodig; de uitleg is schriftelijk herhaald.",
  "Terugbelafspraken worden voortaan in de werklijst van het hele team zichtbaar gemaakt.",
  "Tekst van de standaardbrief verduidelijkt.",
];

export const LESSEN = [
  "Bij een overdracht tussen teams blijft één medewerker verantwoordelijk tot de inwoner antwoord heeft.",
  "Een inwoner die lang wacht, krijgt uit zichzelf een tussenbericht.",
  "Leg bij een afwijzing in gewone taal uit waarom, en wat de inwoner nu kan doen.",
  "Controleer bij piekdrukte of terugbelverzoeken op tijd worden opgepakt.",
  "Stem de informatie op de website af met wat medewerkers aan de telefoon vertellen.",
];

export const LES_TITELS: { titel: string; processtap: Processtap; normen: number[] }[] = [
  { titel: "Terugbelverzoeken bleven liggen bij piekdrukte", processtap: "terugbellen", normen: [14, 17] },
  { titel: "Onduidelijke brief over een besluit", processtap: "brief_communicatie", normen: [2, 4] },
  { titel: "Overdracht tussen teams zonder eigenaar", processtap: "doorverbinden_overdracht", normen: [12, 14] },
  { titel: "Toon van gesprekken aan de balie", processtap: "eerste_contact", normen: [7, 15] },
  { titel: "Website en telefoon gaven verschillende informatie", processtap: "informatievoorziening", normen: [2, 17] },
  { titel: "Aanvragen niet binnen de termijn beslist", processtap: "besluitvorming", normen: [14, 21] },
  { titel: "Meldingen afgesloten zonder controle buiten", processtap: "uitvoering_buiten", normen: [17, 22] },
  { titel: "Registratiefout na systeemmigratie", processtap: "systemen_registratie", normen: [21, 20] },
  { titel: "Slechte bereikbaarheid in de aanslagperiode", processtap: "bereikbaarheid", normen: [14, 21] },
  { titel: "Klachtbehandeling duurde te lang", processtap: "klachtbehandeling", normen: [14] },
];

export const COMPLIMENTEN = [
  "Heel vriendelijk geholpen en snel teruggebeld.",
  "De medewerker nam echt de tijd om alles uit te leggen.",
  "Fijn dat er meegedacht werd over een oplossing.",
  "Netjes op de afgesproken tijd teruggebeld, dank daarvoor.",
  "Snel en goed geholpen aan de balie.",
];

export const SUGGESTIES = [
  "Maak het mogelijk om online een terugbelmoment te kiezen.",
  "Zet de openingstijden van de balie duidelijker op de website.",
  "Stuur een sms als het paspoort klaarligt.",
  "Geef bij een melding een nummer waarmee je de voortgang kunt volgen.",
  "Bied vaker avondopenstelling aan.",
];

/** Violated behoorlijkheidsnormen: concentrated on a few (bejegening, informatie, voortvarendheid …). */
export const GESCHONDEN_NORMEN: [number, number][] = [
  [14, 30], [2, 22], [7, 18], [17, 12], [4, 9], [3, 7], [21, 7], [11, 5], [22, 5], [19, 4], [12, 4], [1, 3], [13, 2], [15, 2], [9, 1], [10, 1],
];

/** Improvement actions from a lesson (verbeteracties): a title and what will change. */
export const VERBETERACTIES: { titel: string; omschrijving: string }[] = [
  { titel: "Vaste eigenaar per overdracht tussen teams", omschrijving: "Elke overdracht krijgt één eigenaar die verantwoordelijk blijft tot de inwoner antwoord heeft; vastgelegd in de werkinstructie." },
  { titel: "Tussenbericht bij lange wachttijd", omschrijving: "Inwoners die langer dan de beloofde termijn wachten, krijgen automatisch een tussenbericht met de nieuwe verwachting." },
  { titel: "Standaardbrieven herschreven in B1-taal", omschrijving: "De tien meest verstuurde brieven worden herschreven in eenvoudige taal en getest met inwoners." },
  { titel: "Piekbezetting voor terugbelverzoeken", omschrijving: "In drukke weken pakt een vaste piekgroep de terugbelverzoeken van de dag op, zodat niets blijft liggen." },
  { titel: "Website en kennisbank op elkaar afgestemd", omschrijving: "De teksten op de website en de antwoorden in de kennisbank van het KCC worden elk kwartaal samen nagelopen." },
  { titel: "Training bejegening voor baliemedewerkers", omschrijving: "Alle baliemedewerkers volgen een training over bejegening en het uitleggen van een afwijzing." },
  { titel: "Controle buiten voor het afsluiten van een melding", omschrijving: "Een melding wordt pas afgesloten na een controle ter plaatse of een foto van de uitvoering." },
  { titel: "Dagelijkse controle op registratiefouten", omschrijving: "Na de systeemmigratie draait dagelijks een controle op onvolledige registraties; afwijkingen gaan naar de teamleider." },
  { titel: "Termijnbewaking op aanvragen in de werklijst", omschrijving: "De beslistermijn van elke aanvraag staat zichtbaar in de werklijst met een waarschuwing een week vooraf." },
  { titel: "Extra telefonische bereikbaarheid in de aanslagperiode", omschrijving: "In de weken na het versturen van de aanslagen zijn er extra medewerkers en een terugbeloptie." },
];

export const REALISATIES = [
  "De werkinstructie is aangepast, besproken in het teamoverleg en staat in de kennisbank.",
  "De nieuwe werkwijze is ingevoerd en de teamleider controleert haar maandelijks.",
  "Uitgevoerd zoals voorgesteld; de betrokken medewerkers zijn geïnformeerd.",
  "Ingevoerd na een proefperiode van vier weken in één team.",
];

export const AFWIJSREDENEN = [
  "Wordt al opgelost door het lopende project voor het nieuwe zaaksysteem.",
  "Kosten wegen niet op tegen het verwachte effect; een eenvoudiger maatregel is gekozen.",
  "Valt samen met een eerder voorgestelde verbeteractie; die wordt uitgevoerd.",
  "Past niet binnen de formatie van dit jaar; opnieuw bekijken bij de begroting.",
];

export const EVALUATIES: Record<"effectief" | "deels_effectief" | "niet_effectief", string[]> = {
  effectief: [
    "Het aantal herhaalklachten op dit thema is duidelijk gedaald; de werkwijze blijft.",
    "Sinds de invoering komen er veel minder klachten over dit onderwerp binnen.",
  ],
  deels_effectief: [
    "Minder klachten dan voorheen, maar het knelpunt komt nog voor; aanvullende afspraken gemaakt.",
    "Het effect is beperkt of nog niet goed meetbaar; we volgen het thema nog een half jaar.",
  ],
  niet_effectief: [
    "Het aantal klachten op dit thema is niet gedaald; een nieuwe les en actie zijn nodig.",
    "Geen merkbaar effect; de oorzaak ligt breder dan deze maatregel.",
  ],
};

/** Warm handovers (warme overdrachten). */
export const OVERDRACHT_AL_GEDAAN = [
  "Inwoner heeft de situatie uitgelegd; de gegevens zijn gecontroleerd en de inwoner weet dat een collega contact opneemt.",
  "Vraag is besproken; het dossier is bekeken maar het antwoord vraagt kennis van het vakteam.",
  "Inwoner belde voor de tweede keer; de eerdere contacten staan in het klantbeeld.",
  "Uitgelegd dat de vraag bij een ander team ligt; telefoonnummer en beste belmoment genoteerd.",
];

export const WEIGERREDENEN = [
  "Deze vraag hoort niet bij ons team maar bij de afdeling die het besluit heeft genomen.",
  "Onvoldoende informatie om de vraag op te pakken; graag het zaaknummer erbij.",
  "Ons team is deze week onderbezet; bied de vraag aan het team van de collega's aan.",
];

export const INTREKREDENEN = [
  "De inwoner heeft de vraag intussen zelf beantwoord gekregen.",
  "Vraag alsnog zelf afgehandeld na overleg met een collega.",
  "Dubbel aangemaakt; de vraag loopt al via een andere overdracht.",
];

export const VERVOLGSTAPPEN = [
  "De collega neemt binnen een week contact op met de uitkomst.",
  "De aanvraag wordt opnieuw beoordeeld; de inwoner krijgt binnen twee weken een brief.",
  "Afspraak gemaakt voor een gesprek aan de balie.",
  "Het dossier wordt aangevuld; de inwoner stuurt de ontbrekende stukken per e-mail.",
];
