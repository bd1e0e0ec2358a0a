/**
 * De exportkolommen van de werklijsten (Mijn werk, Team, escalaties). Het begrenzen, de auditregel en het
 * downloadantwoord zijn gedeeld: app/platform/export/lijst.server.ts.
 */
import type { Escalatie, WerkItem, WerkStatus } from "./werklijsten.server";
import type { Kolom, Tabel } from "../../platform/export/tabel";

export const TERMIJN_STATUS_TEKST: Record<WerkStatus, string> = {
  op_tijd: "Op tijd",
  bijna: "Bijna verlopen",
  te_laat: "Te laat",
};

const WERK_KOLOMMEN: Kolom[] = [
  { sleutel: "termijnOp", kop: "Uiterste moment", soort: "datumtijd" },
  { sleutel: "termijnStatus", kop: "Termijnstatus" },
  { sleutel: "soort", kop: "Soort" },
  { sleutel: "titel", kop: "Onderwerp" },
  { sleutel: "inwoner", kop: "Inwoner" },
  { sleutel: "eigenaar", kop: "Eigenaar" },
  { sleutel: "team", kop: "Team" },
  { sleutel: "kanaal", kop: "Kanaal" },
  { sleutel: "kenmerk", kop: "Kenmerk" },
];

/** Open afspraken als tabel, met dezelfde kolommen als de werklijsten op het scherm (plus team en kenmerk). */
export function werkTabel(naam: string, titel: string, items: WerkItem[]): Tabel {
  return {
    naam,
    titel,
    kolommen: WERK_KOLOMMEN,
    rijen: items.map((i) => ({
      termijnOp: i.termijnOp,
      termijnStatus: i.termijnStatus ? TERMIJN_STATUS_TEKST[i.termijnStatus] : "Geen lopende termijn",
      soort: i.soortNaam,
      titel: i.titel,
      inwoner: i.burgerId ? i.burgerNaam ?? "Onbekend" : null,
      eigenaar: i.eigenaarNaam,
      team: i.teamNaam,
      kanaal: i.kanaal,
      kenmerk: i.id,
    })),
  };
}

/** Escalaties als tabel (zonder inwonergegevens, net als de pagina). */
export function escalatieTabel(naam: string, titel: string, lijst: Escalatie[]): Tabel {
  return {
    naam,
    titel,
    kolommen: [
      { sleutel: "termijnOp", kop: "Uiterste moment", soort: "datumtijd" },
      { sleutel: "verlopenOp", kop: "Verlopen op", soort: "datumtijd" },
      { sleutel: "escalatieOp", kop: "Geëscaleerd op", soort: "datumtijd" },
      { sleutel: "naarRegieteam", kop: "Ook naar regieteam" },
      { sleutel: "bevestigdOp", kop: "Gezien op", soort: "datumtijd" },
      { sleutel: "soort", kop: "Soort" },
      { sleutel: "titel", kop: "Onderwerp" },
      { sleutel: "mijlpaal", kop: "Mijlpaal" },
      { sleutel: "eigenaar", kop: "Eigenaar" },
      { sleutel: "team", kop: "Team" },
      { sleutel: "kenmerk", kop: "Kenmerk" },
    ],
    rijen: lijst.map((e) => ({
      termijnOp: e.termijnOp,
      verlopenOp: e.verlopenOp,
      escalatieOp: e.escalatieOp,
      naarRegieteam: e.naarRegieteam,
      bevestigdOp: e.bevestigdOp,
      soort: e.afspraak.soortNaam,
      titel: e.afspraak.titel,
      mijlpaal: e.mijlpaal,
      eigenaar: e.afspraak.eigenaarNaam,
      team: e.afspraak.teamNaam,
      kenmerk: e.afspraak.id,
    })),
  };
}

