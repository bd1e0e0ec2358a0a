/** Shared pieces of the operations tests: child processes with line protocols, the CLI, a fresh data directory. */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** Node with tsx's loader: the child is the Node process itself (a kill -9 hits it, not a wrapper). */
export const NODE_TSX = [process.execPath, "--import", "tsx"] as const;

/** A new directory under the OS temp dir (or `onder`) with a copy of the migrated, seeded base database. */
export function nieuweDataMap(onder?: string): { map: string; db: string; bijlagen: string } {
  const map = onder ?? mkdtempSync(path.join(os.tmpdir(), "afspraak-bv-"));
  mkdirSync(map, { recursive: true });
  const db = path.join(map, "afspraak.db");
  copyFileSync(path.join(inject("testTmpDir"), "base.db"), db);
  const bijlagen = path.join(map, "bijlagen");
  mkdirSync(bijlagen, { recursive: true });
  return { map, db, bijlagen };
}

export function basisEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, AFSPRAAK_ROOT: ROOT, AFSPRAAK_LOG: "stil", AFSPRAAK_BACKGROUND: "0", AFSPRAAK_SEED: "0", ...extra };
}

/** The CLI, as an operator runs it (killed after `ms`; the output so far is kept for the failure message). */
export function cli(args: string[], env: NodeJS.ProcessEnv, ms = 150_000): Promise<{ status: number; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const p = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), path.join(ROOT, "app/cli/afspraak.ts"), ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += String(d)));
    p.stderr.on("data", (d) => (stderr += String(d)));
    const t = setTimeout(() => {
      stderr += `\n[afgebroken na ${ms} ms]`;
      p.kill("SIGKILL");
    }, ms);
    p.once("exit", (code) => {
      clearTimeout(t);
      resolve({ status: code ?? -1, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

export interface Kind {
  proces: ChildProcess;
  regels: string[];
  stderr(): string;
  stuur(regel: string): void;
  /** Waits for the first line (from `vanaf` on) that matches, returns it. */
  wacht(patroon: RegExp, ms?: number, vanaf?: number): Promise<string>;
}

export function startKind(script: string, env: NodeJS.ProcessEnv): Kind {
  const proces = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), script], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
  const regels: string[] = [];
  const wachters: (() => void)[] = [];
  createInterface({ input: proces.stdout! }).on("line", (r) => {
    regels.push(r);
    for (const w of wachters.splice(0)) w();
  });
  let stderr = "";
  proces.stderr!.on("data", (d) => (stderr += String(d)));
  return {
    proces,
    regels,
    stderr: () => stderr,
    stuur: (r) => proces.stdin!.write(r + "\n"),
    wacht(patroon, ms = 30_000, vanaf = 0) {
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`Geen regel ${patroon} binnen ${ms} ms. stderr: ${stderr.slice(-2000)}`)), ms);
        const kijk = () => {
          const r = regels.slice(vanaf).find((x) => patroon.test(x));
          if (r) {
            clearTimeout(t);
            resolve(r);
          } else wachters.push(kijk);
        };
        kijk();
      });
    },
  };
}
