import type { engine as nlEngine } from "../nl/engine";
import type { Shape } from "./shape";

/** Texts of the inbox (messages) and other workflow-engine pages. */
export const engine: Shape<typeof nlEngine> = {
  inbox: {
    titel: "Messages",
    intro: "Warnings, deadlines that have passed and escalations about commitments. Unread messages are at the top.",
    leeg: "You have no messages.",
    leegUitleg: "A message appears here as soon as a deadline of one of your commitments is about to pass, has passed or was escalated to you.",
    ongelezenKop: "Unread ({{aantal}})",
    gelezenKop: "Read",
    geenOngelezen: "You have no unread messages.",
    ontvangen: "Received {{moment}}",
    gelezenOp: "read {{moment}}",
    urgent: "Urgent",
    bekijk: "View the commitment",
    markeer: "Mark as read",
    markeerAlle: "Mark all as read",
    gemarkeerd: "The message has been marked as read.",
    alleGemarkeerd: "All messages have been marked as read.",
    nietGevonden: "This message does not exist or has already been read.",
    ongeldig: "This request could not be processed.",
  },
};
