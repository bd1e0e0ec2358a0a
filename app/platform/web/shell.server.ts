import type { AppUser } from "../auth/permissions.server";
import { aantalOngelezen } from "../engine/inbox.server";

/**
 * Extra facts for the header (e.g. the unread count of the inbox). The notifications area fills this in.
 */
export function shellExtras(user: AppUser): { ongelezen: number } {
  return { ongelezen: aantalOngelezen(user.id) };
}
