import type { afspraken as nlAfspraken } from "../nl/afspraken";
import type { Shape } from "./shape";

/** Callbacks and warm handovers: labels shown by forms and pages. */
export const afspraken: Shape<typeof nlAfspraken> = {
  kanaal: {
    telefoon: "Phone",
    "e-mail": "E-mail",
    balie: "Front desk",
    website: "Website / form",
    post: "Post",
    "sociale media": "Social media",
    chat: "Chat / WhatsApp",
    webformulier: "Web form (by the citizen)",
  },
  uitkomst: {
    bereikt: "Reached",
    geen_gehoor: "No answer",
    voicemail: "Voicemail left",
    verkeerd_nummer: "Wrong number",
  },
  hoe: {
    telefoon: "By phone",
    "e-mail": "By e-mail",
    brief: "By letter",
    balie: "At the front desk",
  },
  titel: {
    nieuweTerugbel: "New callback",
    nieuweOverdracht: "New warm handover",
  },
};
