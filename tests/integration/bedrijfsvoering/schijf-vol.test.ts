/**
 * A full disk (issue 18), on a real small file system: a tmpfs mounted as the data directory, filled with a
 * ballast file. Through the real HTTP host over a socket: writes are refused with the Dutch 507 page, reads
 * keep working inside the guard's margin (their audit rows fit), /readyz says why it is not ready while
 * /healthz stays alive. With no byte left at all, a write that meets ENOSPC inside SQLite rolls back whole,
 * and a read of personal data that cannot be audited is not served. Nothing is corrupted (integrity_check), and when
 * the ballast is removed the same process takes writes again by itself. Needs root for `mount`.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statfsSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import {
  closeDatabase,
  getDatabase,
  openDatabase,
  setDatabase,
} from "../../../db/client";
import { startTestServer, type TestServer } from "../vijandig/app";
import { startSession } from "../../../app/platform/auth/sessies.server";
import { maakTerugbelafspraak } from "../../../app/features/terugbellen/terugbel.server";
import { gebruiker } from "../afspraken/helpers";
import "../../../app/boot/workflows.server";

const ROOT_GEBRUIKER = process.getuid?.() === 0;
const basis = mkdtempSync(path.join(os.tmpdir(), "afspraak-schijfvol-"));
const map = path.join(basis, "data");
mkdirSync(map);
let gemount = false;
let reden = "niet als root: een tmpfs mounten kan alleen root";
if (ROOT_GEBRUIKER) {
  const r = spawnSync(
    "mount",
    ["-t", "tmpfs", "-o", "size=48m,mode=0700", "tmpfs", map],
    { encoding: "utf8" }
  );
  gemount = r.status === 0;
  if (!gemount)
    reden = `mount -t tmpfs mislukte: ${(r.stderr || r.stdout).trim()}`;
}
if (!gemount) console.warn(`schijf-vol-test overgeslagen: ${reden}`);

const BASIS_ENV = { ...process.env };
const ballast = path.join(map, "ballast");
let s: TestServer;
let cookie = "";

const FORM = {
  naam: "Piet Jansen",
  telefoon: "06-12345678",
  vraag: "Wanneer is mijn paspoort klaar?",
  kanaal: "telefoon",
  toewijzing: "ik",
  norm: "TERUGBELLEN",
};

function vrij(): number {
  const st = statfsSync(map);
  return Number(st.bavail) * Number(st.bsize);
}

/** Writes zeros until the file system says ENOSPC (or leaves `rest` bytes). */
function vul(rest = 0): void {
  const fd = openSync(ballast, "a");
  const blok = Buffer.alloc(256 * 1024);
  try {
    for (;;) {
      const over = vrij() - rest;
      if (over <= 0) break;
      try {
        writeSync(fd, blok, 0, Math.min(blok.length, over));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOSPC") break;
        throw err;
      }
    }
  } finally {
    closeSync(fd);
  }
}

async function post(form: Record<string, string>): Promise<Response> {
  return fetch(`${s.url}/terugbelafspraken/nieuw`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Cookie: cookie,
      Origin: s.url,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(form).toString(),
  });
}

function integriteit(): string {
  return (
    getDatabase().sqlite.pragma("integrity_check") as {
      integrity_check: string;
    }[]
  )[0]!.integrity_check;
}

function aantal(vraag: string): number {
  return (
    getDatabase()
      .sqlite.prepare("SELECT count(*) AS n FROM afspraken WHERE titel LIKE ?")
      .get(`%${vraag}%`) as { n: number }
  ).n;
}

beforeAll(async () => {
  if (!gemount) return;
  closeDatabase();
  const db = path.join(map, "afspraak.db");
  copyFileSync(path.join(inject("testTmpDir"), "base.db"), db);
  Object.assign(process.env, {
    AFSPRAAK_DB: db,
    AFSPRAAK_BIJLAGEN: path.join(map, "bijlagen"),
    AFSPRAAK_MIN_VRIJ_MB: "8",
    AFSPRAAK_LOG: "stil",
  });
  setDatabase(openDatabase(db));
  s = await startTestServer();
  const fatima = gebruiker("fatima@voorbeeld.nl");
  cookie = (await startSession(fatima.id)).split(";")[0]!;
});

afterAll(async () => {
  await s?.stop();
  closeDatabase();
  if (gemount) spawnSync("umount", ["-l", map]);
  for (const k of Object.keys(process.env))
    if (!(k in BASIS_ENV)) delete process.env[k];
  Object.assign(process.env, BASIS_ENV);
  rmSync(basis, { recursive: true, force: true });
});

describe.skipIf(!gemount)("schijf vol (tmpfs van 48 MB als datamap)", () => {
  it("weigert schrijven met een Nederlandse pagina, lezen gaat door, niets kapot, en herstelt vanzelf", async () => {
    // Before: a write goes through.
    const eerst = await post({ ...FORM, vraag: "Voor de volle schijf" });
    expect(eerst.status).toBe(302);
    const detail = eerst.headers.get("location")!;
    expect(detail).toMatch(/^\/terugbelafspraken\//);

    // Another process fills the disk until 3 MB are left: below the guard's margin (AFSPRAAK_MIN_VRIJ_MB=8).
    vul(3 * 1024 * 1024);
    expect(vrij()).toBeLessThan(8 * 1024 * 1024);
    await new Promise((r) => setTimeout(r, 1100)); // the guard measures at most once a second

    // Writes: refused with the Dutch page, before the body is read.
    const geweigerd = await post({ ...FORM, vraag: "Tijdens de volle schijf" });
    expect(geweigerd.status).toBe(507);
    expect(geweigerd.headers.get("retry-after")).toBe("60");
    const html = await geweigerd.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Opslaan kan nu niet");
    expect(html).toContain("De schijf van Afspraak is vol");
    expect(html).not.toMatch(/SQLITE|Error|at \w+ \(/);
    expect(aantal("Tijdens de volle schijf")).toBe(0);
    // In English for a user who chose English.
    const engels = await fetch(`${s.url}/terugbelafspraken/nieuw`, {
      method: "POST",
      redirect: "manual",
      headers: {
        Cookie: `${cookie}; taal=en`,
        Origin: s.url,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        ...FORM,
        vraag: "Tijdens de volle schijf",
      }).toString(),
    });
    expect(engels.status).toBe(507);
    const en = await engels.text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("The disk of Afspraak is full");

    // Reads: the saved commitment (its read is audited: that small row fits in the margin), the form.
    const lees = await fetch(s.url + detail, { headers: { Cookie: cookie } });
    expect(lees.status).toBe(200);
    expect(await lees.text()).toContain("Voor de volle schijf");
    expect(
      (
        await fetch(`${s.url}/terugbelafspraken/nieuw`, {
          headers: { Cookie: cookie },
        })
      ).status
    ).toBe(200);

    // Probes: alive, not ready, with the reason.
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    const gereed = await fetch(`${s.url}/readyz`);
    expect(gereed.status).toBe(503);
    expect(
      ((await gereed.json()) as { redenen: string[] }).redenen.join(" ")
    ).toMatch(/schijf vol/);

    // Past the guard (a tool, a background job): SQLite itself meets ENOSPC. Each write either commits whole or
    // fails whole; the database stays intact.
    vul(0);
    // Nothing left at all: a read of personal data that cannot be audited is not served (no stack trace either).
    const blind = await fetch(s.url + detail, { headers: { Cookie: cookie } });
    expect(blind.status).toBeGreaterThanOrEqual(500);
    const blindHtml = await blind.text();
    expect(blindHtml).not.toContain("Piet Jansen");
    expect(blindHtml).not.toMatch(/SqliteError|disk is full|at \w+ \(/);
    const fatima = gebruiker("fatima@voorbeeld.nl");
    let gelukt = 0;
    let fout: { code?: string } | null = null;
    for (let i = 0; i < 2000 && !fout; i++) {
      try {
        const r = maakTerugbelafspraak(
          {
            ...FORM,
            naam: `Achter de bewaking ${i}`,
            vraag: `Achter de bewaking ${i}`,
          },
          fatima,
          null
        );
        if (r.ok) gelukt += 1;
      } catch (err) {
        fout = err as { code?: string };
      }
    }
    expect(fout?.code, "SQLite had de volle schijf moeten melden").toMatch(
      /^SQLITE_(FULL|IOERR)/
    );
    expect(aantal("Achter de bewaking")).toBe(gelukt);
    expect(integriteit()).toBe("ok");

    // Space returns: the same process writes again by itself, within a few seconds.
    rmSync(ballast);
    let weer: Response | null = null;
    for (let i = 0; i < 50; i++) {
      weer = await post({ ...FORM, vraag: "Na de volle schijf" });
      if (weer.status !== 507) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(weer!.status).toBe(302);
    expect(aantal("Na de volle schijf")).toBe(1);
    expect(aantal("Voor de volle schijf")).toBe(1);
    expect(aantal("Achter de bewaking")).toBe(gelukt + 0);
    // The failed write of the loop above left nothing half-done, and a write after it works.
    expect(
      maakTerugbelafspraak(
        { ...FORM, vraag: "Direct na de volle schijf" },
        fatima,
        null
      ).ok
    ).toBe(true);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    expect(integriteit()).toBe("ok");
    const fk = getDatabase().sqlite.pragma("foreign_key_check") as unknown[];
    expect(fk).toEqual([]);
    // What is on the disk (file + WAL), read by a second connection as a restart would: intact, every write there.
    const vers = new Database(getDatabase().path, { readonly: true });
    try {
      expect(
        (vers.pragma("integrity_check") as { integrity_check: string }[])[0]!
          .integrity_check
      ).toBe("ok");
      expect(
        (
          vers
            .prepare(
              "SELECT count(*) AS n FROM afspraken WHERE titel LIKE '%Achter de bewaking%'"
            )
            .get() as { n: number }
        ).n
      ).toBe(gelukt);
      expect(
        (
          vers
            .prepare(
              "SELECT count(*) AS n FROM afspraken WHERE titel LIKE '%Direct na de volle schijf%'"
            )
            .get() as { n: number }
        ).n
      ).toBe(1);
    } finally {
      vers.close();
    }
  }, 60_000);
});
