/**
 * Attachments of a klacht (issue 5 item 1): stored on disk under AFSPRAAK_BIJLAGEN (default data/bijlagen),
 * never under /public, with a random file name; metadata in klacht_bijlagen. Only pdf, jpg, png, docx and txt,
 * checked by extension AND by the file's first bytes; at most 10 MB. Access checks are the dossier's
 * (toegangVoorId in klachten.server.ts) and are done by the routes; every upload and download is audited.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import { vertaal } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";

export const BIJLAGE_MAX_BYTES = 10 * 1024 * 1024;

const SOORTEN: Record<string, { mime: string; past: (b: Uint8Array) => boolean }> = {
  pdf: { mime: "application/pdf", past: (b) => begintMet(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  jpg: { mime: "image/jpeg", past: (b) => begintMet(b, [0xff, 0xd8, 0xff]) },
  jpeg: { mime: "image/jpeg", past: (b) => begintMet(b, [0xff, 0xd8, 0xff]) },
  png: { mime: "image/png", past: (b) => begintMet(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    past: (b) => begintMet(b, [0x50, 0x4b, 0x03, 0x04]),
  },
  txt: { mime: "text/plain; charset=utf-8", past: isTekst },
};
export const TOEGESTANE_EXTENSIES = ["pdf", "jpg", "png", "docx", "txt"] as const;

function begintMet(b: Uint8Array, kop: number[]): boolean {
  return b.length >= kop.length && kop.every((x, i) => b[i] === x);
}

/** UTF-8 text without NUL or other binary control characters. */
function isTekst(b: Uint8Array): boolean {
  try {
    const s = new TextDecoder("utf-8", { fatal: true }).decode(b);
    return !/[\u0000-\u0008\u000e-\u001f]/.test(s);
  } catch {
    return false;
  }
}

export function bijlagenMap(): string {
  return path.resolve(process.env.AFSPRAAK_BIJLAGEN ?? "data/bijlagen");
}

/** A display name without path parts or control characters (the stored name is random). */
export function veiligeNaam(naam: string): string {
  const basis = naam.split(/[\\/]/).pop() ?? "";
  return basis.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
}

export type Controle = { ok: true; mime: string; naam: string } | { ok: false; fout: string };

/** Checks type (extension and magic bytes) and size of an uploaded file; the refusal in `taal` (Dutch by default). */
export function controleerBijlage(naam: string, bytes: Uint8Array, taal: Taal = "nl"): Controle {
  const schoon = veiligeNaam(naam);
  if (!schoon || bytes.length === 0) return { ok: false, fout: vertaal(taal, "klachten:bijlagen.fout.leeg") };
  if (bytes.length > BIJLAGE_MAX_BYTES) return { ok: false, fout: vertaal(taal, "klachten:bijlagen.fout.groot") };
  const ext = schoon.includes(".") ? schoon.split(".").pop()!.toLowerCase() : "";
  const soort = SOORTEN[ext];
  if (!soort) return { ok: false, fout: vertaal(taal, "klachten:bijlagen.fout.soort") };
  if (!soort.past(bytes)) return { ok: false, fout: vertaal(taal, "klachten:bijlagen.fout.inhoud", { ext }) };
  return { ok: true, mime: soort.mime, naam: schoon };
}

export interface Bijlage {
  id: string;
  naam: string;
  mime: string;
  grootte: number;
  op: number;
  doorNaam: string | null;
}

export function bijlagenVan(klachtId: string): Bijlage[] {
  const { sqlite } = getDatabase();
  return (
    sqlite
      .prepare(
        `SELECT b.id, b.naam, b.mime, b.grootte, b.op, m.naam AS door_naam FROM klacht_bijlagen b
         LEFT JOIN medewerkers m ON m.id = b.door_id WHERE b.klacht_id = ? ORDER BY b.op, b.id`,
      )
      .all(klachtId) as { id: string; naam: string; mime: string; grootte: number; op: number; door_naam: string | null }[]
  ).map((r) => ({ id: r.id, naam: r.naam, mime: r.mime, grootte: r.grootte, op: r.op, doorNaam: r.door_naam }));
}

/** Stores a checked file: first on disk (random name), then the row and the audit line in one transaction. */
export function bewaarBijlage(
  klachtId: string,
  bestand: { naam: string; bytes: Uint8Array },
  actor: { id: string; naam: string },
  oorsprong: string | null,
  taal: Taal = "nl",
): { ok: true; id: string } | { ok: false; fout: string } {
  const c = controleerBijlage(bestand.naam, bestand.bytes, taal);
  if (!c.ok) return c;
  const id = randomUUID();
  const map = bijlagenMap();
  mkdirSync(map, { recursive: true, mode: 0o700 });
  const pad = path.join(map, id);
  writeFileSync(pad, bestand.bytes, { mode: 0o600, flag: "wx" });
  const { sqlite } = getDatabase();
  try {
    sqlite.transaction(() => {
      sqlite
        .prepare("INSERT INTO klacht_bijlagen (id, klacht_id, naam, mime, grootte, op, door_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .run(id, klachtId, c.naam, c.mime, bestand.bytes.length, now(), actor.id);
      audit({
        actor,
        actie: "klacht.bijlage.toegevoegd",
        objectType: "klacht",
        objectId: klachtId,
        resultaat: "ok",
        oorsprong,
        details: { bijlage: id, grootte: bestand.bytes.length, mime: c.mime },
      });
    })();
  } catch (e) {
    try {
      unlinkSync(pad);
    } catch {
      /* already gone */
    }
    throw e;
  }
  return { ok: true, id };
}

/** The metadata and bytes of one attachment of this klacht (undefined when it is not there). */
export function leesBijlage(klachtId: string, bijlageId: string): (Bijlage & { bytes: Buffer }) | undefined {
  if (!/^[0-9a-f-]{36}$/.test(bijlageId)) return undefined;
  const b = bijlagenVan(klachtId).find((x) => x.id === bijlageId);
  if (!b) return undefined;
  try {
    return { ...b, bytes: readFileSync(path.join(bijlagenMap(), b.id)) };
  } catch {
    return undefined;
  }
}
