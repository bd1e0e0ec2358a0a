/**
 * Restriction of processing (AVG art. 18): while a citizen has an active row in privacy_beperkingen, no step by a
 * person may change their commitments and no new commitment may be made for them; the runtime asks here before
 * every such step and refuses with the Dutch reason below. Scheduler events (deadlines) still run: storing and
 * keeping the term is allowed (art. 18 lid 2). Kinds that *handle* the restriction (the privacy request itself)
 * are registered as exempt by their feature. Knows no feature: it reads only the table.
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";

export const BEPERKING_MELDING =
  "De verwerking van de gegevens van deze inwoner is beperkt (AVG art. 18) op verzoek van de inwoner. Tot de functionaris gegevensbescherming de beperking opheft, kan hier niets aan worden gewijzigd of toegevoegd. Neem contact op met de privacyfunctionaris.";

const VRIJ_KEY = Symbol.for("afspraak.beperking.vrij");
type G = typeof globalThis & { [VRIJ_KEY]?: Set<string> };
function vrij(): Set<string> {
  const g = globalThis as G;
  return (g[VRIJ_KEY] ??= new Set());
}

/** A kind of commitment that may still be processed for a restricted citizen (e.g. the privacy request). */
export function registreerVrijVanBeperking(soort: string): void {
  vrij().add(soort);
}

const stmtCache = new WeakMap<Database.Database, Database.Statement>();
function stmt(sqlite: Database.Database): Database.Statement {
  let s = stmtCache.get(sqlite);
  if (!s) {
    s = sqlite.prepare("SELECT 1 FROM privacy_beperkingen WHERE burger_id = ? AND opgeheven_op IS NULL LIMIT 1");
    stmtCache.set(sqlite, s);
  }
  return s;
}

/** Is processing of this citizen's data restricted right now? */
export function burgerBeperkt(burgerId: string | null | undefined, sqlite: Database.Database = getDatabase().sqlite): boolean {
  if (!burgerId) return false;
  return !!stmt(sqlite).get(burgerId);
}

/** The refusal for a step on a commitment of `soort` for this citizen, or null when it may go ahead. */
export function verwerkingGeweigerd(sqlite: Database.Database, burgerId: string | null | undefined, soort: string): string | null {
  if (!burgerId || vrij().has(soort)) return null;
  return burgerBeperkt(burgerId, sqlite) ? BEPERKING_MELDING : null;
}

/** Is this citizen's data hidden from this user (restricted, and the user is not the privacy officer)? */
export function verborgenVoor(user: { rollen: readonly string[] } | null | undefined, burgerId: string | null | undefined): boolean {
  if (!burgerId || user?.rollen.includes("privacy")) return false;
  return burgerBeperkt(burgerId);
}
