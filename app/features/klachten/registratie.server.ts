/**
 * Registering a complaint from the intake form (/klachten/nieuw) for the route: the choices of the form and
 * the submission — validated by `leesIntake` (errors at the field), then registered; the typed input is
 * returned with the errors so the form keeps it.
 */
import { now } from "../../platform/clock";
import { isoDatum } from "../../domain/kalender/tijd";
import { alleWaarden, invoerVan, type Invoer } from "../../platform/web/formulier.server";
import { keuzelijsten, registreerKlacht } from "./klachten.server";
import { leesIntake, type Fouten } from "./formulieren.server";
import { WorkflowFout } from "../../platform/engine/effect";

export function intakeKeuzes() {
  const k = keuzelijsten();
  return { afdelingen: k.afdelingen, medewerkers: k.medewerkers, vandaag: isoDatum(now()) };
}

export interface IntakeAntwoord {
  fouten: Fouten;
  invoer: Invoer;
  /** the chosen beklaagden (a repeated field) */
  beklaagden: string[];
}

export function registreerUitFormulier(
  formulier: FormData,
  actor: { id: string; naam: string },
  oorsprong: string | null,
  taal: "nl" | "en" = "nl",
): { ok: true; id: string } | { ok: false; antwoord: IntakeAntwoord } {
  const r = leesIntake(formulier, taal);
  if (!r.ok) return { ok: false, antwoord: { fouten: r.fouten, invoer: invoerVan(formulier), beklaagden: alleWaarden(formulier, "beklaagden") } };
  try {
    const { id } = registreerKlacht(r.invoer, { id: actor.id, naam: actor.naam }, oorsprong);
    return { ok: true, id };
  } catch (err) {
    // e.g. processing of this citizen's data is restricted (AVG art. 18): the reason at the complainant's name
    if (!(err instanceof WorkflowFout)) throw err;
    const fouten = { klagerNaam: [err.message] } as Fouten;
    return { ok: false, antwoord: { fouten, invoer: invoerVan(formulier), beklaagden: alleWaarden(formulier, "beklaagden") } };
  }
}
