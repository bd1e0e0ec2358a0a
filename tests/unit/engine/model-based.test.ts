import { describe, it, expect } from "vitest";
import { doorloopAllePaden } from "./model-based";
import { fixtureMachine, type FixtureEvent } from "../../../workflows/test-fixture/machine";
import { registreerFixture, FIXTURE_SOORT } from "../../../app/platform/engine/test-fixture.server";
import { getDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";

describe("model-based helper on the test-fixture machine", () => {
  it("replays every shortest path through the durable runtime", () => {
    registreerFixture();
    const f = getDatabase().sqlite.prepare("SELECT id, naam, team_id FROM medewerkers WHERE email = 'fatima@voorbeeld.nl'").get() as {
      id: string;
      naam: string;
      team_id: number;
    };
    const events: FixtureEvent[] = [
      { type: "POGING", uitkomst: "bereikt" },
      { type: "POGING", uitkomst: "geen_gehoor" },
      { type: "PAUZEER" },
      { type: "HERVAT" },
      { type: "VERZET", nieuwOp: "2026-03-20T12:00:00+01:00" },
      { type: "ANNULEER", reden: "Inwoner belde zelf" },
      { type: "OPMERKING", tekst: "notitie" },
    ];
    const r = doorloopAllePaden({
      soort: FIXTURE_SOORT,
      machine: fixtureMachine,
      input: { titel: "Model", eigenaarId: f.id, teamId: f.team_id, maxPogingen: 2 },
      events,
      actor: { id: f.id, naam: f.naam },
      voorPad: () => setNow(Date.parse("2026-03-02T10:00:00+01:00")),
      naStap: (id, stap) => {
        const lopend = getDatabase().sqlite.prepare("SELECT count(*) n FROM termijnen WHERE afspraak_id = ? AND status = 'lopend'").get(id) as {
          n: number;
        };
        expect(lopend.n).toBe(stap.state.status === "active" ? 1 : 0);
      },
    });
    expect(r.toestanden).toEqual(["beloofd", "geannuleerd", "gepauzeerd", "nagekomen", "niet_bereikbaar"]);
    expect(r.paden).toBeGreaterThanOrEqual(5);
    expect(r.stappen).toBeGreaterThan(0);
  });
});
