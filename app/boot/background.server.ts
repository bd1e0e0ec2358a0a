import type { BackgroundJob } from "../platform/engine/jobs.server";
import { engineTaken } from "../platform/engine/taken.server";
import { coachingTaken } from "../features/coaching/coaching.server";
import { berichtenTaken } from "../features/berichten/registratie.server";
import { webhookTaken } from "../features/api/webhooks.server";
import { openKlantTaken } from "../features/openklant/connector.server";
import { bewarenTaken } from "../features/bewaren/vernietiging.server";
import { gemeten } from "../platform/metrics/metrics.server";
// The scheduler must know every machine before its first sweep, also those no page has loaded yet.
import "./workflows.server";

/**
 * The list of background jobs the server runs. Each area adds its job here (one line each). Every tick's
 * duration and failure is measured for /metrics (afspraak_taak_duur_seconden; the sweep is taak="termijnen").
 */
export function achtergrondTaken(): BackgroundJob[] {
  return [...engineTaken(), ...coachingTaken(), ...berichtenTaken(), ...webhookTaken(), ...openKlantTaken(), ...bewarenTaken()].map((j) => ({ ...j, run: () => gemeten(j.naam, j.run) }));
}
