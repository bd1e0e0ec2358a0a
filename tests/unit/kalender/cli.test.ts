import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run, type HandvestModule } from "../../../app/cli/commands/termijn";
import { STANDAARD_KALENDER_CONFIG } from "../../../app/domain/kalender/index";

async function cli(args: string[], handvest?: () => Promise<HandvestModule>) {
  let out = "";
  let err = "";
  const code = await run(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    laadHandvest:
      handvest ??
      (async () => {
        throw new Error("geen database in deze test");
      }),
  });
  return { code, out, err };
}

describe("termijn --duur", () => {
  it.each([
    [["--vanaf", "2026-11-20T16:45", "--duur", "1wd", "--kalender", "organisatie"], "2026-11-23T17:00:00+01:00"],
    [["--vanaf", "2026-11-20 16:45", "--duur", "1wd"], "2026-11-23T17:00:00+01:00"],
    [["--vanaf=2026-11-20T16:45:00+01:00", "--duur=1wd"], "2026-11-23T17:00:00+01:00"],
    [["--vanaf", "2026-04-24T16:45", "--duur", "1wd"], "2026-04-28T17:00:00+02:00"],
    [["--vanaf", "2025-11-13", "--duur", "6w", "--kalender", "atw"], "2025-12-29T23:59:59+01:00"],
    [["--vanaf", "2025-12-31", "--duur", "2d", "--kalender", "atw"], "2026-01-05T23:59:59+01:00"],
    [["--vanaf", "2026-11-20T15:00", "--duur", "4wu"], "2026-11-23T10:30:00+01:00"],
    [["--vanaf", "2026-11-20T16:45", "--duur", "90m"], "2026-11-20T18:15:00+01:00"],
    [["--vanaf", "2026-11-19", "--duur", "3d", "--kalender", "organisatie"], "2026-11-23T17:00:00+01:00"],
    [["--vanaf", "2026-11-20", "--duur", "0wd"], "2026-11-20T17:00:00+01:00"],
  ])("%j → %s", async (args, verwacht) => {
    const r = await cli(args);
    expect(r).toEqual({ code: 0, out: verwacht + "\n", err: "" });
  });

  it("--uitleg voegt een tweede regel toe", async () => {
    const r = await cli(["--vanaf", "2026-11-20T16:45", "--duur", "1wd", "--uitleg"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "2026-11-23T17:00:00+01:00\n1 werkdag na vr 20 november 2026 16:45 → ma 23 november 2026 17:00 (sluitingstijd)\n",
    );
  });

  it("gebruikt de kalenderconfiguratie uit de database als die er is", async () => {
    const handvest: HandvestModule = {
      laadNormVoorCli: () => null,
      laadKalenderConfig: () => ({ ...STANDAARD_KALENDER_CONFIG, sluitingsdagen: [{ datum: "2026-11-23" }] }),
    };
    const r = await cli(["--vanaf", "2026-11-20T16:45", "--duur", "1wd"], async () => handvest);
    expect(r.out).toBe("2026-11-24T17:00:00+01:00\n");
  });

  it.each([
    [[], "--vanaf"],
    [["--vanaf", "2026-11-20"], "--norm"],
    [["--vanaf", "2026-11-20", "--duur", "1x"], "Ongeldige duur"],
    [["--vanaf", "2026-11-20", "--duur", "-1wd"], "Ongeldige duur"],
    [["--vanaf", "2026-11-20", "--duur", "1.5wd"], "Ongeldige duur"],
    [["--vanaf", "2026-11-20", "--duur", "6w"], "--kalender"],
    [["--vanaf", "2026-11-20", "--duur", "6w", "--kalender", "rijk"], "Onbekende kalender"],
    [["--vanaf", "2026-11-20", "--duur", "4wu", "--kalender", "atw"], "werkuren"],
    [["--vanaf", "2026-13-20", "--duur", "1wd"], "Ongeldig tijdstip"],
    [["--vanaf", "gisteren", "--duur", "1wd"], "Ongeldig tijdstip"],
    [["--vanaf", "2026-11-20", "--duur", "1wd", "--norm", "X"], "óf --norm"],
    [["--vanaf", "2026-11-20", "--duur", "1wd", "--snel"], "Onbekende optie"],
    [["--vanaf", "2026-11-20", "--duur"], "mist een waarde"],
    [["--vanaf", "2300-01-01", "--duur", "1wd"], "bereik"],
  ])("ongeldige invoer %j → exit 2", async (args, melding) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(melding);
  });

  it("--help", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Gebruik:");
  });
});

describe("termijn --norm", () => {
  const handvest: HandvestModule = {
    laadNormVoorCli: async (code) =>
      code === "KLACHT-AFGEHANDELD" ? { duur: 6, eenheid: "weken", kalender: "atw" } : null,
    laadKalenderConfig: async () => STANDAARD_KALENDER_CONFIG,
  };

  it("haalt norm en kalender uit het handvest", async () => {
    const r = await cli(["--vanaf", "2025-11-13", "--norm", "KLACHT-AFGEHANDELD"], async () => handvest);
    expect(r).toEqual({ code: 0, out: "2025-12-29T23:59:59+01:00\n", err: "" });
  });

  it("onbekende norm → exit 2", async () => {
    const r = await cli(["--vanaf", "2025-11-13", "--norm", "BESTAAT-NIET"], async () => handvest);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Onbekende norm "BESTAAT-NIET"');
  });

  it("geen database → exit 1 met Nederlandse melding", async () => {
    const r = await cli(["--vanaf", "2025-11-13", "--norm", "KLACHT-AFGEHANDELD"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("De database is niet beschikbaar");
  });
});

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dispatcher = path.join(root, "app/cli/afspraak.ts");

describe("via de dispatcher (app/cli/afspraak.ts)", () => {
  it.skipIf(!existsSync(dispatcher))(
    "tsx app/cli/afspraak.ts termijn … drukt alleen het uiterste moment af",
    async () => {
      const tsx = path.join(root, "node_modules/.bin/tsx");
      const exec = promisify(execFile);
      const [goed, fout] = await Promise.all([
        exec(tsx, [dispatcher, "termijn", "--vanaf", "2026-11-20T16:45", "--duur", "1wd", "--kalender", "organisatie"], {
          cwd: root,
        }),
        exec(tsx, [dispatcher, "termijn", "--vanaf", "morgen", "--duur", "1wd"], { cwd: root }).catch(
          (e: { code: number; stderr: string; stdout: string }) => e,
        ),
      ]);
      expect(goed.stdout).toBe("2026-11-23T17:00:00+01:00\n");
      expect(fout).toMatchObject({ code: 2, stdout: "" });
      expect((fout as { stderr: string }).stderr).toContain("Ongeldig tijdstip");
    },
    30_000,
  );
});
