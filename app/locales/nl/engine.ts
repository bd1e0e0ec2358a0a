/** Texts of the inbox (berichten) and other workflow-engine pages. */
export const engine = {
  inbox: {
    titel: "Berichten",
    intro: "Waarschuwingen, termijnen die verlopen zijn en escalaties over afspraken. Ongelezen berichten staan bovenaan.",
    leeg: "U heeft geen berichten.",
    leegUitleg: "Hier verschijnt een bericht zodra een termijn van een van uw afspraken bijna verloopt, verlopen is of naar u is geëscaleerd.",
    ongelezenKop: "Ongelezen ({{aantal}})",
    gelezenKop: "Gelezen",
    geenOngelezen: "U heeft geen ongelezen berichten.",
    ontvangen: "Ontvangen {{moment}}",
    gelezenOp: "gelezen {{moment}}",
    urgent: "Urgent",
    bekijk: "Bekijk de afspraak",
    markeer: "Markeer als gelezen",
    markeerAlle: "Markeer alle als gelezen",
    gemarkeerd: "Het bericht is als gelezen gemarkeerd.",
    alleGemarkeerd: "Alle berichten zijn als gelezen gemarkeerd.",
    nietGevonden: "Dit bericht bestaat niet of is al gelezen.",
    ongeldig: "Dit verzoek kon niet worden verwerkt.",
  },
};
