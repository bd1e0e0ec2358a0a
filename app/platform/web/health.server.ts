import { getDatabase } from "../../../db/client";

export function databaseGezond(): boolean {
  try {
    getDatabase().sqlite.prepare("SELECT 1").get();
    return true;
  } catch {
    return false;
  }
}
