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

/**
 * Copies every attachment missing from `doel` (a set of names already known to be there speeds up later
 * rounds; it is filled on first use).
 */
export function synchroniseerBijlagen(bron: string, doel: string, bekend: Set<string>): BijlagenSync {
  mkdirSync(doel, { recursive: true });
  if (bekend.size === 0) for (const n of bestandenIn(doel)) bekend.add(n);
  let gekopieerd = 0;
  let achter = 0;
  for (const naam of bestandenIn(bron)) {
    if (bekend.has(naam)) continue;
    try {
      const doelPad = path.join(doel, naam);
      if (!existsSync(doelPad) || statSync(doelPad).size !== statSync(path.join(bron, naam)).size) {
        kopieerVeilig(path.join(bron, naam), doelPad);
        gekopieerd += 1;
      }
      bekend.add(naam);
    } catch {
      achter += 1;
    }
  }
  return { gerepliceerd: bekend.size, achter, gekopieerd };
}
