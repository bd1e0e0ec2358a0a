/**
 * What the worklist pages (Mijn werk, Team) and their exports share on the server: the filters from the URL,
 * a commitment as the row the table shows, and the audit line for reading citizens' names in a list.
 */
import { audit } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { formatRelatief } from "../../domain/kalender/format";
import { WERK_STATUSSEN, type WerkItem, type WerkStatus } from "./werklijsten.server";
import type { WerkRij } from "./components/werk-tabel";

export interface WerkFilters {
  soort: string | null;
  status: WerkStatus | null;
  /** keyset cursor of the page ("na" = after this row) */
  na: string | null;
}

/** The soort, status and page filters of a worklist URL; anything unknown is ignored. */
export function leesFilters(url: URL): WerkFilters {
  const soort = url.searchParams.get("soort");
  const status = url.searchParams.get("status");
  const na = url.searchParams.get("na");
  return {
    soort: soort && /^[a-z_]{1,40}$/.test(soort) ? soort : null,
    status: status && (WERK_STATUSSEN as readonly string[]).includes(status) ? (status as WerkStatus) : null,
    na: na && na.length < 300 ? na : null,
  };
}

/** The row as the page shows it, with the due moment in plain Dutch relative to now. */
export function naarRij(i: WerkItem, nu: number): WerkRij {
  return {
    id: i.id,
    soort: i.soort,
    soortNaam: i.soortNaam,
    link: i.link,
    titel: i.titel,
    burgerNaam: i.burgerNaam,
    burgerId: i.burgerId,
    eigenaarNaam: i.eigenaarNaam,
    teamNaam: i.teamNaam,
    kanaal: i.kanaal,
    termijnStatus: i.termijnStatus,
    termijnTekst: i.termijnOp != null ? formatRelatief(i.termijnOp, nu) : null,
    termijnOp: i.termijnOp,
    nu,
    versie: i.versie,
  };
}

/** Audits the reading of the citizens named in a shown list (nothing when the list names none). */
export function auditWerklijst(
  user: Pick<AppUser, "id" | "naam">,
  actie: string,
  items: { burgerId: string | null }[],
  oorsprong: string | null,
  details: Record<string, unknown> = {},
): void {
  const burgerIds = [...new Set(items.map((i) => i.burgerId).filter(Boolean))];
  if (!burgerIds.length) return;
  audit({
    actor: { id: user.id, naam: user.naam },
    actie,
    objectType: "burger",
    resultaat: "ok",
    oorsprong,
    details: { ...details, burgerIds },
  });
}
