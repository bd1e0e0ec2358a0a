/**
 * Crash test: a child process sweeps many due deadlines and is killed with SIGKILL mid-sweep; a second
 * process finishes the sweep. Every deadline must have fired exactly once (count events per deadline).
 */
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDatabase } from "../../../db/client";
import { startAfspraak } from "../../../app/platform/engine/runtime.server";
import { registreerFixture, FIXTURE_SOORT } from "../../../app/platform/engine/test-fixture.server";
import { medewerker, zet, een, rijen } from "./helpers";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const child = path.join(root, "tests/integration/engine/crash-child.ts");
const N = 3000;

function start(nu: number) {
  return spawn(process.execPath, ["--import", "tsx", child], {
    cwd: root,
    env: { ...process.env, AFSPRAAK_DB: getDatabase().path, CRASH_NU: String(nu), AFSPRAAK_TEST_CLOCK: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const telVerlopen = () => een<{ n: number }>("SELECT count(*) n FROM afspraak_gebeurtenissen WHERE type = 'TERMIJN.VERLOPEN'").n;

describe("crash during a sweep", () => {
  it("fires every deadline exactly once across a SIGKILL and a restart", async () => {
    registreerFixture();
    zet("2026-03-02T10:00:00+01:00");
    const f = medewerker("jeroen@voorbeeld.nl");
    const { sqlite } = getDatabase();
    sqlite.transaction(() => {
      for (let i = 0; i < N; i++) startAfspraak(FIXTURE_SOORT, { titel: `Crash ${i}`, eigenaarId: f.id, teamId: f.teamId, mijlpaal: "terugbellen" }, f);
    })();
    const nu = Date.parse("2026-03-20T10:00:00+01:00");

    const eerste = start(nu);
    let stderr = "";
    eerste.stderr.on("data", (d) => (stderr += d));
    const gestopt = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => eerste.on("exit", (code, signal) => r({ code, signal })));
    // Kill as soon as a part of the work is committed.
    for (let i = 0; i < 3000; i++) {
      if (telVerlopen() > 300) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    eerste.kill("SIGKILL");
    const e1 = await gestopt;
    expect(e1.signal, stderr).toBe("SIGKILL");
    const naCrash = telVerlopen();
    expect(naCrash).toBeGreaterThan(0);
    expect(naCrash).toBeLessThan(N); // it really died mid-sweep

    const tweede = start(nu);
    let out = "";
    let err2 = "";
    tweede.stdout.on("data", (d) => (out += d));
    tweede.stderr.on("data", (d) => (err2 += d));
    const code = await new Promise<number | null>((r) => tweede.on("exit", (c) => r(c)));
    expect(code, err2).toBe(0);
    expect(out).toContain("klaar");

    const perTermijn = rijen<{ afspraak_id: string; verlopen: number; tl: number; rt: number }>(
      `SELECT a.id AS afspraak_id,
              sum(g.type = 'TERMIJN.VERLOPEN') AS verlopen,
              sum(g.type = 'TERMIJN.ESCALATIE' AND g.payload LIKE '%teamleider%') AS tl,
              sum(g.type = 'TERMIJN.ESCALATIE' AND g.payload LIKE '%regieteam%') AS rt
       FROM afspraken a JOIN afspraak_gebeurtenissen g ON g.afspraak_id = a.id
       WHERE a.titel LIKE 'Crash %' GROUP BY a.id`,
    );
    expect(perTermijn).toHaveLength(N);
    const fout = perTermijn.filter((r) => r.verlopen !== 1 || r.tl !== 1 || r.rt !== 1);
    expect(fout).toEqual([]);
    expect(een<{ n: number }>("SELECT count(*) n FROM termijnen WHERE volgende_actie_op IS NOT NULL").n).toBe(0);
    // Inbox rows match: one "Te laat" message to the owner per deadline
    expect(een<{ n: number }>("SELECT count(*) n FROM berichten WHERE titel LIKE 'Te laat: Crash %'").n).toBe(N);
  }, 120_000);
});
