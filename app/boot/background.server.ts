import type { BackgroundJob } from "../platform/engine/jobs.server";
import { engineTaken } from "../platform/engine/taken.server";
import { coachingTaken } from "../features/coaching/coaching.server";
import { berichtenTaken } from "../features/berichten/registratie.server";
// The scheduler must know every machine before its first sweep, also those no page has loaded yet.
import "./workflows.server";

/**
 * The list of background jobs the server runs. Each area adds its job here (one line each).
 */
export function achtergrondTaken(): BackgroundJob[] {
  return [...engineTaken(), ...coachingTaken(), ...berichtenTaken()];
}
