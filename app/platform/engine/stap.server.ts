import type { PasToeResultaat } from "./runtime.server";
import type { Taal } from "../i18n/i18n";
import { melding as metWaarden, vertaalMelding } from "../i18n/vertaal";

import type { Fouten } from "../web/formulier.server";

/** Field errors of a step form, per field name (Dutch messages). */
export type { Fouten };

/** The outcome of one workflow step as the detail pages show it. */
export type StapResultaat =
  | { ok: true; versie: number; melding: string }
  | { ok: false; fouten: Fouten; melding: string | null; status: number };

/**
 * The runtime's answer as a step result: a stale version is a 409 that tells the user their input is kept,
 * an unknown record a 404, a step not allowed now a 422 with the workflow's own reason — in `taal` (Dutch unless asked).
 */
export function uitPasToe(r: PasToeResultaat, okMelding: string, taal: Taal = "nl"): StapResultaat {
  if (r.ok) return { ok: true, versie: r.versie, melding: okMelding };
  const reden = vertaalMelding(taal, r.sleutel ?? r.melding);
  return {
    ok: false,
    fouten: {},
    melding: r.reden === "verouderd" ? vertaalMelding(taal, metWaarden("engine:weigering.ingevuldBlijft", { melding: reden })) : reden,
    status: r.reden === "verouderd" ? 409 : r.reden === "niet_gevonden" ? 404 : 422,
  };
}
