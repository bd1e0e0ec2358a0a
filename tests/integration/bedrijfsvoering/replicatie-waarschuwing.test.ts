/**
 * The replication state in Beheer and the warning to the beheerders (issue 18), with a real Litestream: while
 * it keeps up, /beheer/replicatie says the replica is in step; when it stalls (SIGSTOP: a hung process, an
 * unreachable target) and the lag passes AFSPRAAK_REPLICA_MAX_VERTRAGING, every active beheerder gets one
 * urgent inbox message per incident and the page says how far behind it is; when it resumes, it catches up
 * and the page says so again. Through the real HTTP host, as a beheerder.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeDatabase,
  getDatabase,
  openDatabase,
  setDatabase,
} from "../../../db/client";
import { startTestServer, type TestServer } from "../vijandig/app";
import { startSession } from "../../../app/platform/auth/sessies.server";
import {
  replicatieStatus,
  startReplicatie,
  stopReplicatie,
} from "../../../app/platform/replicatie/supervisor.server";
import { maakTerugbelafspraak } from "../../../app/features/terugbellen/terugbel.server";
import { gebruiker } from "../afspraken/helpers";
import { nieuweDataMap } from "./helpers";
import "../../../app/boot/workflows.server";

const data = nieuweDataMap();
const replica = `${data.map}-replica`;
const BASIS_ENV = { ...process.env };
let s: TestServer;
let cookie = "";
let litestream = 0;

beforeAll(async () => {
  closeDatabase();
  Object.assign(process.env, {
    AFSPRAAK_DB: data.db,
    AFSPRAAK_BIJLAGEN: data.bijlagen,
    AFSPRAAK_REPLICA: replica,
    AFSPRAAK_REPLICA_INTERVAL: "1s",
    AFSPRAAK_REPLICA_MAX_VERTRAGING: "2",
    AFSPRAAK_LOG: "stil",
  });
  setDatabase(openDatabase(data.db));
  expect(await startReplicatie(data.db)).toBe(true);
  litestream = Number(
    readFileSync(path.join(data.map, "litestream.pid"), "utf8")
  );
  s = await startTestServer();
  const { sqlite } = getDatabase();
  const b = sqlite
    .prepare(
      "SELECT m.id FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id WHERE r.rol = 'beheerder' AND m.actief = 1 LIMIT 1"
    )
    .get() as { id: string };
  cookie = (await startSession(b.id)).split(";")[0]!;
}, 60_000);

afterAll(async () => {
  if (litestream) {
    try {
      process.kill(litestream, "SIGCONT");
    } catch {
      /* already gone */
    }
  }
  await s?.stop();
  await stopReplicatie();
  closeDatabase();
  for (const k of Object.keys(process.env))
    if (!(k in BASIS_ENV)) delete process.env[k];
  Object.assign(process.env, BASIS_ENV);
  for (const m of [data.map, replica, `${replica}-bijlagen`])
    rmSync(m, { recursive: true, force: true });
});

async function tot(
  voorwaarde: () => boolean,
  ms: number,
  wat: string
): Promise<void> {
  const eind = Date.now() + ms;
  while (!voorwaarde()) {
    if (Date.now() > eind)
      throw new Error(
        `${wat} niet binnen ${ms} ms: ${JSON.stringify(replicatieStatus())}`
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function pagina(): Promise<string> {
  const r = await fetch(`${s.url}/beheer/replicatie`, {
    headers: { Cookie: cookie },
  });
  expect(r.status).toBe(200);
  return r.text();
}

function waarschuwingen(): { medewerker_id: string; tekst: string }[] {
  return getDatabase()
    .sqlite.prepare(
      "SELECT medewerker_id, tekst FROM berichten WHERE titel = 'Back-up loopt achter'"
    )
    .all() as {
    medewerker_id: string;
    tekst: string;
  }[];
}

function schrijf(n: number): void {
  const fatima = gebruiker("fatima@voorbeeld.nl");
  for (let i = 0; i < n; i++) {
    const r = maakTerugbelafspraak(
      {
        naam: `Inwoner ${i}`,
        telefoon: "06-12345678",
        vraag: "Paspoort",
        kanaal: "telefoon",
        toewijzing: "ik",
        norm: "TERUGBELLEN",
      },
      fatima,
      null
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
}

describe("replicatie in Beheer", () => {
  it("toont dat de replica bij is, waarschuwt de beheerders één keer als hij achterloopt, en meldt het herstel", async () => {
    schrijf(5);
    await tot(() => replicatieStatus().bij, 30_000, "replica bij");
    let html = await pagina();
    expect(html).toContain("De replica is bij");
    expect(html).toMatch(/draait \(proces \d+/);
    expect(waarschuwingen()).toHaveLength(0);

    // Litestream hangs: writes go on locally, the replica falls behind.
    process.kill(litestream, "SIGSTOP");
    schrijf(5);
    await tot(() => waarschuwingen().length > 0, 30_000, "waarschuwing");
    const st = replicatieStatus();
    expect(st.bij).toBe(false);
    expect(st.vertragingS).toBeGreaterThan(2);
    const beheerders = getDatabase()
      .sqlite.prepare(
        "SELECT count(DISTINCT m.id) AS n FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id WHERE r.rol = 'beheerder' AND m.actief = 1"
      )
      .get() as { n: number };
    const w = waarschuwingen();
    expect(w).toHaveLength(beheerders.n);
    expect(w[0]!.tekst).toMatch(
      /De back-up van de database loopt \d+ seconden achter \(grens: 2 s\)/
    );
    html = await pagina();
    expect(html).toContain("De back-up loopt achter");
    expect(html.replace(/<!-- -->/g, "")).toMatch(
      /De replica loopt \d+ seconden achter \(grens: 2 seconden\)/
    );

    // One message per incident, not one per second.
    await new Promise((r) => setTimeout(r, 2500));
    expect(waarschuwingen()).toHaveLength(beheerders.n);

    // It resumes and catches up by itself.
    process.kill(litestream, "SIGCONT");
    await tot(() => replicatieStatus().bij, 30_000, "weer bij");
    html = await pagina();
    expect(html).toContain("De replica is bij");
    expect(html).not.toContain("De back-up loopt achter");
  }, 90_000);
});
