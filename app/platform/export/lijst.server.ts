/**
 * Eén afronding voor elke lijstexport: begrenst elke tabel (EXPORT_LIMIET, met een laatste rij die zegt dat er
 * is afgekapt), schrijft de auditregel `export.<lijst>` (filter, aantallen, gelezen inwoners) en maakt het
 * downloadantwoord (CSV of XLSX, decision 005). Gedeelde mechaniek: kent geen feature.
 */
import type { AppLoadContext } from "@remix-run/node";
import { audit, origin } from "../audit/audit.server";
import type { AppUser } from "../auth/permissions.server";
import { exportAntwoord, type ExportFormaat } from "./export.server";
import { begrens, EXPORT_LIMIET, type Tabel } from "./tabel";
import { vertaal } from "../i18n/vertaal";
import type { Taal } from "../i18n/i18n";

export { EXPORT_LIMIET };

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
  /** Taal van de regel "export afgekapt" (standaard Nederlands). */
  taal?: Taal;
}

/** De regel "export afgekapt" in `taal` voor `begrens`; undefined = de Nederlandse tekst van begrens zelf. */
export function afgekaptTekst(taal: Taal = "nl"): ((limiet: number) => string) | undefined {
  if (taal === "nl") return undefined;
  return (limiet) => vertaal(taal, "statistiek:export.afgekapt", { limiet: limiet.toLocaleString(taal === "en" ? "en-GB" : "nl-NL") });
}

/** Begrenst, schrijft de auditregel en geeft het downloadantwoord. */
export async function exporteerLijst(e: LijstExport): Promise<Response> {
  const begrensd = e.tabellen.map((t) => begrens(t, EXPORT_LIMIET, afgekaptTekst(e.taal)));
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
export function geenFormaat(melding = "Kies formaat=csv of formaat=xlsx."): Response {
  return new Response(melding, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
