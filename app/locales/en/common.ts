import type { common as nlCommon } from "../nl/common";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const common: Shape<typeof nlCommon> = {
  app: "Afspraak",
  organisatie: "Municipality of Voorbeeld",
  skip: "Skip to content",
  nav: {
    label: "Main navigation",
    klantbeeld: "Customer view",
    mijnWerk: "My work",
    team: "Team",
    klachten: "Complaints",
    regieteam: "Service quality team",
    leerlogboek: "Learning log",
    handvest: "Our quality charter",
    beheer: "Administration",
    vernietiging: "Destruction",
    privacy: "Privacy requests",
  },
  gebruiker: { profiel: "my profile", rollen: "Roles", uitloggen: "Log out" },
  rol: { medewerker: "Employee", teamleider: "Team lead", regieteam: "Service quality team", beheerder: "Administrator", archief: "Records manager", privacy: "Privacy officer (DPO)" },
  taal: { label: "Language", nl: "Nederlands", en: "English", kies: "Change language" },
  fout: {
    titel403: "No access",
    tekst403: "You do not have access to this page. If you think this is wrong, contact your team lead or an administrator.",
    titel404: "Page not found",
    tekst404: "This page does not exist (any more). Check the address or go back to My work.",
    titel500: "Something went wrong",
    tekst500: "Something went wrong while processing your request. Nothing already saved was lost. Please try again; if it keeps failing, quote this reference:",
    titel409: "Changed by someone else",
    terug: "Back to My work",
  },
  login: {
    titel: "Log in",
    intro: "Log in with your Municipality of Voorbeeld e-mail address and password.",
    email: "E-mail address",
    wachtwoord: "Password",
    knop: "Log in",
    verplichtEmail: "Enter your e-mail address.",
    verplichtWachtwoord: "Enter your password.",
    wachtwoordIngesteld: "Your password has been set. Log in with your new password.",
    uitgelogd: "You have been logged out.",
  },
  mijnWerk: {
    titel: "My work",
    welkom: "Welcome, {{naam}}.",
    leeg: "You have no open commitments at the moment.",
    leegUitleg: "All your open promises to citizens will appear here, ordered by deadline: callbacks you made or that were assigned to you, warm handovers to pick up or not yet let go, and complaints you handle. Each shows whether it is on time, at risk or overdue.",
  },
};
