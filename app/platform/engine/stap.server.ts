import type { PasToeResultaat } from "./runtime.server";

import type { Fouten } from "../web/formulier.server";

/** Field errors of a step form, per field name (Dutch messages). */
export type { Fouten };

/** The outcome of one workflow step as the detail pages show it. */
export type StapResultaat =
  | { ok: true; versie: number; melding: string }
  | { ok: false; fouten: Fouten; melding: string | null; status: number };

/**
 * The runtime's answer as a step result: a stale version is a 409 that tells the user their input is kept,
 * an unknown record a 404, a step not allowed now a 422 with the workflow's own reason.
 */
export function uitPasToe(r: PasToeResultaat, okMelding: string): StapResultaat {
  if (r.ok) return { ok: true, versie: r.versie, melding: okMelding };
  return {
    ok: false,
    fouten: {},
    melding: r.reden === "verouderd" ? `${r.melding} Wat u invulde staat hieronder nog; controleer het en verstuur opnieuw.` : r.melding,
    status: r.reden === "verouderd" ? 409 : r.reden === "niet_gevonden" ? 404 : 422,
  };
}
