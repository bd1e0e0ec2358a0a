/** The in-app inbox (table berichten): list, unread count, mark as read. Always scoped to one medewerker. */
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import { voorbereid } from "../../../db/voorbereid";

export interface Bericht {
  id: number;
  titel: string;
  tekst: string;
  link: string | null;
  afspraakId: string | null;
  urgent: boolean;
  aangemaaktOp: number;
  gelezenOp: number | null;
}

/** Unread first (newest first), then read ones (newest first). */
export function berichtenVan(medewerkerId: string, opts: { limit?: number } = {}): Bericht[] {
  const { sqlite } = getDatabase();
  const rijen = voorbereid(sqlite,
      `SELECT * FROM (
         SELECT id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op, gelezen_op FROM berichten
         WHERE medewerker_id = ? AND gelezen_op IS NULL ORDER BY aangemaakt_op DESC, id DESC LIMIT ?)
       UNION ALL SELECT * FROM (
         SELECT id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op, gelezen_op FROM berichten
         WHERE medewerker_id = ? AND gelezen_op IS NOT NULL ORDER BY aangemaakt_op DESC, id DESC LIMIT ?)`,
    )
    .all(medewerkerId, opts.limit ?? 100, medewerkerId, opts.limit ?? 100) as {
    id: number;
    titel: string;
    tekst: string;
    link: string | null;
    afspraak_id: string | null;
    urgent: number;
    aangemaakt_op: number;
    gelezen_op: number | null;
  }[];
  return rijen.map((r) => ({
    id: r.id,
    titel: r.titel,
    tekst: r.tekst,
    link: r.link,
    afspraakId: r.afspraak_id,
    urgent: r.urgent === 1,
    aangemaaktOp: r.aangemaakt_op,
    gelezenOp: r.gelezen_op,
  }));
}

export function aantalOngelezen(medewerkerId: string): number {
  const { sqlite } = getDatabase();
  return (
    voorbereid(sqlite, "SELECT count(*) AS n FROM berichten WHERE medewerker_id = ? AND gelezen_op IS NULL").get(medewerkerId) as {
      n: number;
    }
  ).n;
}

/** Marks one message (or all with "alle") of this medewerker as read; returns how many changed. */
export function markeerGelezen(medewerkerId: string, id: number | "alle"): number {
  const { sqlite } = getDatabase();
  if (id === "alle") {
    return voorbereid(sqlite, "UPDATE berichten SET gelezen_op = ? WHERE medewerker_id = ? AND gelezen_op IS NULL").run(now(), medewerkerId)
      .changes;
  }
  return voorbereid(sqlite, "UPDATE berichten SET gelezen_op = ? WHERE id = ? AND medewerker_id = ? AND gelezen_op IS NULL")
    .run(now(), id, medewerkerId).changes;
}
