/**
 * Searching the audit log for the audit page: filters, newest first, keyset pagination on (op, id) so that
 * deep pages stay as cheap as the first (indexes audit_op, audit_actor_op, audit_object). Reading the audit
 * log is itself audited.
 */
import type { AppLoadContext } from "@remix-run/node";
import { getDatabase } from "../../../db/client";
import { audit, origin } from "../../platform/audit/audit.server";
import { vertaal } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";

export const AUDIT_PAGINA = 50;
export const RESULTATEN = ["ok", "geweigerd", "fout"] as const;

export interface AuditFilter {
  /** Inclusive start date, YYYY-MM-DD (Europe/Amsterdam). */
  van?: string | null;
  /** Inclusive end date, YYYY-MM-DD (Europe/Amsterdam). */
  tot?: string | null;
  actorId?: string | null;
  /** Exact action, or a prefix when it ends with "*" or "." (e.g. "medewerker." or "toegang*"). */
  actie?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  resultaat?: (typeof RESULTATEN)[number] | null;
  /** Keyset cursor "op:id" of the last row of the previous page. */
  na?: string | null;
}

export interface AuditRij {
  id: number;
  op: number;
  actorId: string | null;
  actorNaam: string | null;
  actie: string;
  objectType: string;
  objectId: string | null;
  resultaat: "ok" | "geweigerd" | "fout";
  oorsprong: string | null;
  details: Record<string, unknown> | null;
}

const TZ = "Europe/Amsterdam";

function offsetMs(instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TZ,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const g = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const alsUtc = Date.UTC(g("year"), g("month") - 1, g("day"), g("hour"), g("minute"), g("second"));
  return alsUtc - (instant - (instant % 1000));
}

/** Midnight at the start of a calendar date in Europe/Amsterdam, as an epoch-ms instant; null when invalid. */
export function begintVanDag(datum: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const guess = Date.UTC(y, mo - 1, d);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  let t = guess - offsetMs(guess);
  t = guess - offsetMs(t);
  return t;
}

function volgendeDag(datum: string): string {
  const [y, m, d] = datum.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function leesDetails(s: string | null): Record<string, unknown> | null {
  if (!s) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : { waarde: v };
  } catch {
    return { tekst: s };
  }
}

export function zoekAudit(filter: AuditFilter): { rijen: AuditRij[]; volgende: string | null } {
  const { sqlite } = getDatabase();
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.van) {
    const t = begintVanDag(filter.van);
    if (t != null) {
      where.push("op >= ?");
      args.push(t);
    }
  }
  if (filter.tot) {
    const t = begintVanDag(filter.tot) != null ? begintVanDag(volgendeDag(filter.tot)) : null;
    if (t != null) {
      where.push("op < ?");
      args.push(t);
    }
  }
  if (filter.actorId) {
    if (filter.actorId === "-") where.push("actor_id IS NULL");
    else {
      where.push("actor_id = ?");
      args.push(filter.actorId);
    }
  }
  const actie = filter.actie?.trim();
  if (actie) {
    if (actie.endsWith("*") || actie.endsWith(".") || actie.endsWith(":")) {
      const prefix = actie.replace(/\*$/, "");
      where.push("actie >= ? AND actie < ?");
      args.push(prefix, prefix + "\uffff");
    } else {
      where.push("actie = ?");
      args.push(actie);
    }
  }
  if (filter.objectType?.trim()) {
    where.push("object_type = ?");
    args.push(filter.objectType.trim());
  }
  if (filter.objectId?.trim()) {
    where.push("object_id = ?");
    args.push(filter.objectId.trim());
  }
  if (filter.resultaat) {
    where.push("resultaat = ?");
    args.push(filter.resultaat);
  }
  const cursor = /^(\d+):(\d+)$/.exec(filter.na ?? "");
  if (cursor) {
    where.push("(op < ? OR (op = ? AND id < ?))");
    args.push(Number(cursor[1]), Number(cursor[1]), Number(cursor[2]));
  }
  const rows = sqlite
    .prepare(
      `SELECT id, op, actor_id AS actorId, actor_naam AS actorNaam, actie, object_type AS objectType, object_id AS objectId,
              resultaat, oorsprong, details
         FROM audit_log ${where.length ? "WHERE " + where.join(" AND ") : ""}
        ORDER BY op DESC, id DESC
        LIMIT ?`,
    )
    .all(...args, AUDIT_PAGINA + 1) as (Omit<AuditRij, "details"> & { details: string | null })[];
  const meer = rows.length > AUDIT_PAGINA;
  const pagina = rows.slice(0, AUDIT_PAGINA);
  const laatste = pagina[pagina.length - 1];
  return {
    rijen: pagina.map((r) => ({ ...r, details: leesDetails(r.details) })),
    volgende: meer && laatste ? `${laatste.op}:${laatste.id}` : null,
  };
}

/** Searches and writes the audit line for this read (who looked, with which filters). */
export function bekijkAudit(
  actor: { id: string; naam: string },
  filter: AuditFilter,
  context?: AppLoadContext,
): { rijen: AuditRij[]; volgende: string | null } {
  const r = zoekAudit(filter);
  const gebruikt = Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null && v !== ""));
  audit({
    actor,
    actie: "audit.bekeken",
    objectType: "audit_log",
    resultaat: "ok",
    oorsprong: origin(context),
    details: { filter: gebruikt, aantal: r.rijen.length },
  });
  return r;
}

/** Known actions in words (Dutch by default, from the beheer dictionary); unknown ones are shown as they are. */
export function actieOmschrijving(actie: string, taal: Taal = "nl"): string {
  const sleutel = `beheer:audit.acties.${actie.replace(/\./g, "_")}`;
  if (/^[a-z_.]+$/.test(actie)) {
    const tekst = vertaal(taal, sleutel);
    if (tekst !== sleutel) return tekst;
  }
  if (actie.startsWith("toegang:")) return vertaal(taal, "beheer:audit.acties.toegang", { recht: actie.slice("toegang:".length) });
  return actie;
}

/** The result of an audit line in words. */
export function resultaatTekst(resultaat: AuditRij["resultaat"], taal: Taal = "nl"): string {
  return vertaal(taal, `beheer:audit.resultaten.${resultaat}`);
}

export const RESULTAAT_TEKST: Record<AuditRij["resultaat"], string> = {
  ok: resultaatTekst("ok"),
  geweigerd: resultaatTekst("geweigerd"),
  fout: resultaatTekst("fout"),
};
