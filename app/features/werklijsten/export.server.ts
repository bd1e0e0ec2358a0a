/**
 * Gedeelde stukken voor de exports van lijsten: de werklijst-kolommen (Mijn werk, Team, escalaties) en één
 * afronding die elke tabel begrenst (EXPORT_LIMIET, met een laatste rij die zegt dat er is afgekapt), de
 * auditregel `export.<lijst>` schrijft (filter, aantallen, gelezen inwoners) en het downloadantwoord maakt.
 */
import type { AppLoadContext } from "@remix-run/node";
import { audit, origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import type { Escalatie, WerkItem, WerkStatus } from "./werklijsten.server";
import { exportAntwoord, type ExportFormaat } from "../../platform/export/export.server";
import { begrens, EXPORT_LIMIET, type Kolom, type Tabel } from "../../platform/export/tabel";

export { EXPORT_LIMIET };

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

export interface LijstExport {
  user: AppUser;
  context: AppLoadContext | undefined;
  /** naam van de lijst in de auditregel: export.<lijst> */
  lijst: string;
  formaat: ExportFormaat;
  bestandsnaam: string;
  /** Haal per tabel EXPORT_LIMIET + 1 rijen op; meer wordt hier afgekapt met een meldingsrij. */
  tabellen: Tabel[];
  /** De gebruikte filters (voor de auditregel). */
  filter: Record<string, unknown>;
  /** Inwoners van wie gegevens in de export staan (lezen van persoonsgegevens wordt gelogd). */
  burgerIds?: (string | null | undefined)[];
  objectType?: string;
  objectId?: string | number | null;
}

/** Begrenst, schrijft de auditregel en geeft het downloadantwoord. */
export async function exporteerLijst(e: LijstExport): Promise<Response> {
  const begrensd = e.tabellen.map((t) => begrens(t));
  const burgerIds = e.burgerIds ? [...new Set(e.burgerIds.filter((x): x is string => !!x))] : [];
  const filter = Object.fromEntries(Object.entries(e.filter).filter(([, v]) => v !== null && v !== undefined && v !== ""));
  audit({
    actor: { id: e.user.id, naam: e.user.naam },
    actie: `export.${e.lijst}`,
    objectType: e.objectType ?? (burgerIds.length ? "burger" : "lijst"),
    objectId: e.objectId ?? null,
    resultaat: "ok",
    oorsprong: origin(e.context),
    details: {
      formaat: e.formaat,
      filter,
      rijen: begrensd.reduce((n, b) => n + b.aantal, 0),
      ...(begrensd.some((b) => b.afgekapt) ? { afgekapt: true } : {}),
      ...(burgerIds.length ? { burgerIds } : {}),
    },
  });
  return exportAntwoord(e.formaat, e.bestandsnaam, begrensd.map((b) => b.tabel));
}

/** 400 voor een ontbrekend of onbekend formaat. */
export function geenFormaat(): Response {
  return new Response("Kies formaat=csv of formaat=xlsx.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
