/**
 * Attachments next to the database replica: complaint attachments are files under AFSPRAAK_BIJLAGEN that are
 * written once (random name, never changed, never removed), so copying each new file once is a complete
 * replication. A copy goes to a temporary name, is flushed to disk and then renamed: the replica never holds a
 * half file under the real name.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync } from "node:fs";
import path from "node:path";

/** Where the app stores attachments (same rule as app/features/klachten/bijlagen.server.ts). */
export function bronBijlagenMap(): string {
  return path.resolve(process.env.AFSPRAAK_BIJLAGEN ?? "data/bijlagen");
}

/** Regular files in a directory (attachment ids), skipping temporary copies. */
export function bestandenIn(map: string): string[] {
  if (!existsSync(map)) return [];
  return readdirSync(map, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith(".") && !d.name.endsWith(".deel"))
    .map((d) => d.name);
}

export function kopieerVeilig(van: string, naar: string): void {
  const tmp = `${naar}.deel`;
  copyFileSync(van, tmp);
  const fd = openSync(tmp, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, naar);
}

export interface BijlagenSync {
  /** Attachments present in the replica. */
  gerepliceerd: number;
  /** Files that are in the source but not (yet) in the replica after this round. */
  achter: number;
  /** Copied in this round. */
  gekopieerd: number;
}

/** Copies one attachment when the replica lacks it or holds another size; returns whether it copied. */
export function kopieerBijlage(bron: string, doel: string, naam: string, bekend: Map<string, number>): boolean {
  const van = path.join(bron, naam);
  const grootte = statSync(van).size;
  if (bekend.get(naam) === grootte) return false;
  const naar = path.join(doel, naam);
  if (existsSync(naar) && statSync(naar).size === grootte) {
    bekend.set(naam, grootte);
    return false;
  }
  kopieerVeilig(van, naar);
  bekend.set(naam, grootte);
  return true;
}

/**
 * Copies every attachment missing from `doel` (or of another size: a file still being written when it was
 * first seen). `bekend` remembers name → size already in the replica; it is filled on first use.
 */
export function synchroniseerBijlagen(bron: string, doel: string, bekend: Map<string, number>): BijlagenSync {
  mkdirSync(doel, { recursive: true });
  if (bekend.size === 0) for (const n of bestandenIn(doel)) bekend.set(n, statSync(path.join(doel, n)).size);
  let gekopieerd = 0;
  let achter = 0;
  for (const naam of bestandenIn(bron)) {
    try {
      if (kopieerBijlage(bron, doel, naam, bekend)) gekopieerd += 1;
    } catch {
      achter += 1;
    }
  }
  return { gerepliceerd: bekend.size, achter, gekopieerd };
}
