import { getDatabase } from "../../../db/client";
import { voorbereid } from "../../../db/voorbereid";

export function databaseGezond(): boolean {
  try {
    voorbereid(getDatabase().sqlite, "SELECT 1").get();
    return true;
  } catch {
    return false;
  }
}
