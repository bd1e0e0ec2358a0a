import { seed } from "../../features/demodata/seed.server";
import { closeDatabase, databasePath } from "../../../db/client";

export async function run(): Promise<number> {
  await seed();
  process.stdout.write(`Demo-gemeente aanwezig in ${databasePath()}.\n`);
  closeDatabase();
  return 0;
}
