/**
 * `afspraak herstel --tijdstip` (docs/herstel.md, "back to a moment"): a real Litestream replicates two rounds
 * of writes with a quiet moment in between; restoring at that moment gives exactly the first round, the
 * latest position gives both. Bad input is refused with a Dutch message, not a stack trace.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  basisEnv,
  cli,
  nieuweDataMap,
  ROOT,
  startKind,
  type Kind,
} from "./helpers";
import type { ReplicatieStatus } from "../../../app/platform/replicatie/supervisor.server";

const data = nieuweDataMap();
const replica = `${data.map}-replica`;
const mappen = [data.map, replica, `${data.map}-moment`, `${data.map}-laatst`];
afterAll(() => {
  for (const m of mappen) rmSync(m, { recursive: true, force: true });
});

const env = basisEnv({
  AFSPRAAK_DB: data.db,
  AFSPRAAK_BIJLAGEN: data.bijlagen,
  AFSPRAAK_REPLICA: replica,
  AFSPRAAK_REPLICA_INTERVAL: "1s",
});

async function totBij(k: Kind, bijlagen: number): Promise<void> {
  const eind = Date.now() + 30_000;
  for (;;) {
    const vanaf = k.regels.length;
    k.stuur("status");
    const s = JSON.parse(
      (await k.wacht(/^STATUS /, 10_000, vanaf)).slice(7)
    ) as ReplicatieStatus;
    if (s.bij && s.bijlagen.gerepliceerd >= bijlagen && s.bijlagen.achter === 0)
      return;
    if (Date.now() > eind)
      throw new Error(`Replica niet bij: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function klachten(db: string): Set<string> {
  const d = new Database(db, { readonly: true });
  try {
    return new Set(
      (d.prepare("SELECT id FROM klachten").all() as { id: string }[]).map(
        (x) => x.id
      )
    );
  } finally {
    d.close();
  }
}

describe("herstel naar een tijdstip", () => {
  it("geeft de stand van dat moment terug, en de laatste stand zonder --tijdstip", async () => {
    const k = startKind(
      path.join(ROOT, "tests/integration/bedrijfsvoering/schrijver.ts"),
      env
    );
    let eerste: string[] = [];
    let alle: string[] = [];
    let moment = "";
    try {
      await k.wacht(/^KLAAR$/, 30_000);
      k.stuur("klachten 10");
      await k.wacht(/^KLAAR$/, 60_000, 1);
      await totBij(k, 10);
      eerste = k.regels
        .filter((r) => r.startsWith("ACK "))
        .map((r) => r.split(" ")[1]!);
      await new Promise((r) => setTimeout(r, 1500));
      moment = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 1500));
      const vanaf = k.regels.length;
      k.stuur("klachten 10");
      await k.wacht(/^KLAAR$/, 60_000, vanaf);
      await totBij(k, 20);
      alle = k.regels
        .filter((r) => r.startsWith("ACK "))
        .map((r) => r.split(" ")[1]!);
    } finally {
      // The writer has no stop handler: its Litestream would outlive it (a restarted server cleans that up via
      // litestream.pid; here the test does), so stop both and wait until Litestream is gone.
      const pidBestand = path.join(data.map, "litestream.pid");
      const litestream = existsSync(pidBestand) ? Number(readFileSync(pidBestand, "utf8")) : 0;
      k.proces.kill("SIGTERM");
      await new Promise((r) =>
        k.proces.exitCode !== null || k.proces.signalCode !== null
          ? r(null)
          : k.proces.once("exit", r)
      );
      if (litestream) {
        try {
          process.kill(litestream, "SIGTERM");
          for (let i = 0; i < 100; i++) {
            process.kill(litestream, 0);
            await new Promise((r) => setTimeout(r, 50));
          }
        } catch {
          /* gone */
        }
      }
    }
    expect(eerste).toHaveLength(10);
    expect(alle).toHaveLength(20);

    const fout = await cli(
      [
        "herstel",
        "--naar",
        mappen[2]!,
        "--replica",
        replica,
        "--tijdstip",
        "gisteren",
      ],
      env,
      30_000
    );
    expect(fout.status).toBe(2);
    expect(fout.stderr).toMatch(
      /Onbekend tijdstip: gisteren \(gebruik ISO 8601/
    );

    const r = await cli(
      [
        "herstel",
        "--naar",
        mappen[2]!,
        "--replica",
        replica,
        "--tijdstip",
        moment,
      ],
      env,
      60_000
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`op ${moment}`);
    expect(r.stdout).toMatch(/Integriteit: ok; verwijzingen in orde/);
    expect(r.stdout).toMatch(/Bijlagen: (\d+) van \1 aanwezig/);
    expect(r.status).toBe(0);
    const opMoment = klachten(path.join(mappen[2]!, "afspraak.db"));
    for (const id of eerste)
      expect(opMoment.has(id), `${id} uit de eerste ronde ontbreekt`).toBe(
        true
      );
    for (const id of alle.slice(10))
      expect(opMoment.has(id), `${id} is van na het tijdstip`).toBe(false);

    const l = await cli(
      ["herstel", "--naar", mappen[3]!, "--replica", replica],
      env,
      60_000
    );
    expect(l.status).toBe(0);
    const laatst = klachten(path.join(mappen[3]!, "afspraak.db"));
    for (const id of alle) expect(laatst.has(id)).toBe(true);
  }, 150_000);
});
