/** Terugbelafspraken en warme overdracht: labels die formulieren en pagina's tonen. */
export const afspraken = {
  kanaal: {
    telefoon: "Telefoon",
    "e-mail": "E-mail",
    balie: "Balie",
    website: "Website / formulier",
    post: "Post",
    "sociale media": "Sociale media",
    chat: "Chat / WhatsApp",
    webformulier: "Webformulier (door de inwoner zelf)",
  },
  uitkomst: {
    bereikt: "Bereikt",
    geen_gehoor: "Geen gehoor",
    voicemail: "Voicemail ingesproken",
    verkeerd_nummer: "Verkeerd nummer",
  },
  hoe: {
    telefoon: "Telefonisch",
    "e-mail": "Per e-mail",
    brief: "Per brief",
    balie: "Aan de balie",
  },
  titel: {
    nieuweTerugbel: "Nieuwe terugbelafspraak",
    nieuweOverdracht: "Nieuwe warme overdracht",
  },
};
