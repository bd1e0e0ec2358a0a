import type { BackgroundJob } from "./jobs.server";
import { engineTaken } from "./engine/taken.server";
import { coachingTaken } from "./coaching.server";

/**
 * The list of background jobs the server runs. Each area adds its job here (one line each).
 */
export function achtergrondTaken(): BackgroundJob[] {
  return [...engineTaken(), ...coachingTaken()];
}
