/**
 * The restore drill (issue 18): a process writes through the app's own write paths while the supervisor runs
 * a real Litestream replicating to a local directory and copies attachments alongside; then the machine "dies"
 * (kill -9 of both), the data directory is deleted, and `afspraak herstel` rebuilds it from the replica.
 * Every write acknowledged before the replica reported itself in step, and its attachment, must be back, with
 * integrity ok. The writes acknowledged after that moment measure the RPO; the restore's duration the RTO.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { basisEnv, cli, nieuweDataMap, ROOT, startKind, type Kind } from "./helpers";
import type { ReplicatieStatus } from "../../../app/platform/replicatie/supervisor.server";

const data = nieuweDataMap();
const replica = `${data.map}-replica`;
const herstelMap = `${data.map}-hersteld`;
afterAll(() => {
  for (const m of [data.map, replica, herstelMap]) rmSync(m, { recursive: true, force: true });
});

const env = basisEnv({
  AFSPRAAK_DB: data.db,
  AFSPRAAK_BIJLAGEN: data.bijlagen,
  AFSPRAAK_REPLICA: replica,
  AFSPRAAK_REPLICA_INTERVAL: "1s",
});

async function status(k: Kind): Promise<ReplicatieStatus> {
  const vanaf = k.regels.length;
  k.stuur("status");
  const r = await k.wacht(/^STATUS /, 10_000, vanaf);
  return JSON.parse(r.slice(7)) as ReplicatieStatus;
}

async function totBij(k: Kind, bijlagen: number, ms = 30_000): Promise<ReplicatieStatus> {
  const eind = Date.now() + ms;
  for (;;) {
    const s = await status(k);
    if (s.bij && s.bijlagen.gerepliceerd >= bijlagen && s.bijlagen.achter === 0) return s;
    if (Date.now() > eind) throw new Error(`Replica niet bij binnen ${ms} ms: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function acks(k: Kind): { klacht: string; bijlage: string; op: number }[] {
  return k.regels
    .filter((r) => r.startsWith("ACK "))
    .map((r) => {
      const [, klacht, bijlage, op] = r.split(" ");
      return { klacht: klacht!, bijlage: bijlage!, op: Number(op) };
    });
}

describe("herstelproef met Litestream", () => {
  it("brengt na verlies van de datamap elke bevestigde schrijfactie tot de replicatiepositie en elke bijlage terug", async () => {
    const k = startKind(path.join(ROOT, "tests/integration/bedrijfsvoering/schrijver.ts"), env);
    try {
      await k.wacht(/^KLAAR$/, 30_000);
      k.stuur("klachten 40");
      await k.wacht(/^KLAAR$/, 60_000, 1);
      const s = await totBij(k, 40);
      expect(s.actief).toBe(true);
      expect(s.laatstePositie).toMatch(/^[0-9a-f]{16}\/[0-9a-f]{8}:\d+$/);
      expect(s.laatsteFout).toBeNull();
      const zeker = acks(k);
      expect(zeker).toHaveLength(40);

      // Keep writing, then lose the machine mid-write: the server and Litestream die at once.
      k.stuur("doorlopend");
      await new Promise((r) => setTimeout(r, 2500));
      const litestreamPid = Number(readFileSync(path.join(data.map, "litestream.pid"), "utf8"));
      const killOp = Date.now();
      process.kill(litestreamPid, "SIGKILL");
      k.proces.kill("SIGKILL");
      for (let i = 0; i < 100 && k.proces.exitCode === null && k.proces.signalCode === null; i++) await new Promise((r) => setTimeout(r, 50));
      expect(k.proces.signalCode).toBe("SIGKILL");
      const alle = acks(k);
      expect(alle.length).toBeGreaterThan(zeker.length);

      rmSync(data.map, { recursive: true, force: true });
      expect(existsSync(data.db)).toBe(false);

      // A dry run first: it reports and leaves nothing behind.
      const proef = await cli(["herstel", "--naar", herstelMap, "--replica", replica, "--proef"], env, 60_000);
      expect(proef.stdout + proef.stderr).toMatch(/proef: niets neergezet/);
      expect(existsSync(herstelMap)).toBe(false);

      const r = await cli(["herstel", "--naar", herstelMap, "--replica", replica], env, 60_000);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/Integriteit: ok; verwijzingen in orde/);
      expect(r.status).toBe(0);

      const db = new Database(path.join(herstelMap, "afspraak.db"), { readonly: true });
      const klachten = new Set((db.prepare("SELECT id FROM klachten").all() as { id: string }[]).map((x) => x.id));
      const bijlagen = db.prepare("SELECT id, grootte FROM klacht_bijlagen").all() as { id: string; grootte: number }[];
      expect((db.pragma("integrity_check") as { integrity_check: string }[])[0]!.integrity_check).toBe("ok");
      db.close();
      for (const a of zeker) expect(klachten.has(a.klacht), `klacht ${a.klacht} ontbreekt`).toBe(true);
      for (const b of bijlagen) expect(statSync(path.join(herstelMap, "bijlagen", b.id)).size).toBe(b.grootte);

      const terug = alle.filter((a) => klachten.has(a.klacht));
      const kwijt = alle.length - terug.length;
      const laatsteTerug = Math.max(...terug.map((a) => a.op));
      // The RPO: what was acknowledged but not replicated when the machine died (sync interval 1 s).
      const rpoMs = killOp - laatsteTerug;
      console.log(
        `herstelproef: ${alle.length} bevestigd, ${terug.length} terug, ${kwijt} kwijt (RPO ${rpoMs} ms), ` +
          `${bijlagen.length} bijlagen terug, herstel (RTO, zonder opstarten) ${r.ms} ms`,
      );
      expect(rpoMs).toBeLessThan(5000);
    } finally {
      if (k.proces.exitCode === null) k.proces.kill("SIGKILL");
    }
  }, 170_000);
});
