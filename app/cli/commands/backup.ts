import { existsSync } from "node:fs";
import path from "node:path";
import { getDatabase, closeDatabase } from "../../../db/client";

/** Online backup through SQLite's backup API: safe while the app runs and writes. */
export async function run(args: string[]): Promise<number> {
  const target = args[0];
  if (!target) {
    process.stderr.write("Geef het doelbestand op: backup <bestand>\n");
    return 2;
  }
  if (existsSync(target)) {
    process.stderr.write(`Het bestand ${target} bestaat al; kies een nieuwe naam.\n`);
    return 2;
  }
  const { sqlite } = getDatabase();
  const t0 = Date.now();
  await sqlite.backup(path.resolve(target));
  closeDatabase();
  process.stdout.write(`Back-up geschreven naar ${target} (${Date.now() - t0} ms).\n`);
  return 0;
}
