import type { AppUser } from "./permissions.server";

/**
 * Extra facts for the header (e.g. the unread count of the inbox). The notifications area fills this in.
 */
export function shellExtras(_user: AppUser): { ongelezen: number } {
  return { ongelezen: 0 };
}
