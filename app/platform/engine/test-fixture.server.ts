/** Registers the engine's test-fixture workflow (used by engine tests only; never imported by the app). */
import { fixtureMachine } from "../../../workflows/test-fixture/machine";
import { registreerWorkflow } from "./runtime.server";

export const FIXTURE_SOORT = "test-fixture";

const STATUS_NAMEN: Record<string, string> = {
  beloofd: "Beloofd",
  gepauzeerd: "Gepauzeerd",
  nagekomen: "Nagekomen",
  niet_bereikbaar: "Niet bereikbaar",
  geannuleerd: "Geannuleerd",
};

export function registreerFixture(): void {
  registreerWorkflow({
    soort: FIXTURE_SOORT,
    machine: fixtureMachine,
    projectie: (s) => ({ titel: s.context.titel, eigenaarId: s.context.eigenaarId, teamId: s.context.teamId }),
    statusNaam: (s) => STATUS_NAMEN[s] ?? s,
    weigering: (s, e) =>
      e.type === "HERVAT" && s.value === "beloofd" ? "Deze afspraak is niet gepauzeerd, dus hervatten kan niet." : null,
  });
}
