/**
 * Worklists: Mijn werk (my open commitments, my team's unowned work, handovers I have not let go yet), Team
 * (per-employee counts, the team's open list, bulk reassign, work of deactivated employees) and the escalations
 * inbox. All lists read the engine's projection table `afspraken` (db/schema/werk.ts) with the indexes in
 * db/sql/030-werklijsten-indexen.sql and keyset pagination on (termijn_op, id); commitments without a running
 * deadline (termijn_op NULL) come after all dated ones, ordered by id.
 *
 * Team scope: the work of team T = open commitments owned by a medewerker whose team is T (active or
 * deactivated), plus open commitments assigned to T without an owner.
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { audit } from "../../platform/audit/audit.server";
import { now } from "../../platform/clock";
import { pasToe } from "../../platform/engine/runtime.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import type { EscalatieRegel } from "./components/escalaties";
import { formatKort, formatRelatief } from "../../domain/kalender/format";

export const PAGINA_GROOTTE = 25;

export type WerkStatus = "op_tijd" | "bijna" | "te_laat";
export const WERK_STATUSSEN: readonly WerkStatus[] = ["op_tijd", "bijna", "te_laat"];

/** Known kinds of commitment, with their Dutch name and detail page. Unknown kinds fall back to /afspraken/:id. */
export const SOORTEN: Record<string, { naam: string; pad: string }> = {
  terugbelafspraak: { naam: "Terugbelafspraak", pad: "/terugbelafspraken" },
  overdracht: { naam: "Warme overdracht", pad: "/overdrachten" },
  warme_overdracht: { naam: "Warme overdracht", pad: "/overdrachten" },
  klacht: { naam: "Klacht", pad: "/klachten" },
};

export function soortNaam(soort: string): string {
  return SOORTEN[soort]?.naam ?? soort.charAt(0).toUpperCase() + soort.slice(1).replace(/_/g, " ");
}

export function detailLink(soort: string, id: string): string {
  return `${SOORTEN[soort]?.pad ?? "/afspraken"}/${encodeURIComponent(id)}`;
}

export interface WerkItem {
  id: string;
  soort: string;
  soortNaam: string;
  link: string;
  status: string;
  titel: string;
  eigenaarId: string | null;
  eigenaarNaam: string | null;
  teamId: number | null;
  teamNaam: string | null;
  burgerId: string | null;
  burgerNaam: string | null;
  kanaal: string | null;
  termijnOp: number | null;
  /** Status a glance can read; null = no running deadline. Overdue as soon as the due moment has passed. */
  termijnStatus: WerkStatus | null;
  versie: number;
}

export interface Pagina<T> {
  items: T[];
  /** Cursor for the next page, or null on the last page. */
  volgende: string | null;
}

export interface Filters {
  soort?: string | null;
  status?: WerkStatus | null;
}

// ---------------------------------------------------------------------------------------------------------------
// SQL building blocks

const CACHE = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  let m = CACHE.get(sqlite);
  if (!m) {
    m = new Map();
    CACHE.set(sqlite, m);
  }
  let s = m.get(sql);
  if (!s) {
    s = sqlite.prepare(sql);
    m.set(sql, s);
  }
  return s;
}

/** Effective deadline status: overdue once the due moment passed, even before the scheduler has run. */
const STATUS_SQL = `CASE WHEN a.termijn_op IS NULL THEN NULL WHEN a.termijn_op <= @nu THEN 'te_laat' ELSE coalesce(a.termijn_status, 'op_tijd') END`;

const KOLOMMEN = `a.id, a.soort, a.status, a.titel, a.eigenaar_id, a.team_id, a.burger_id, a.kanaal, a.termijn_op, a.versie,
  ${STATUS_SQL} AS werk_status`;

interface Rij {
  id: string;
  soort: string;
  status: string;
  titel: string;
  eigenaar_id: string | null;
  team_id: number | null;
  burger_id: string | null;
  kanaal: string | null;
  termijn_op: number | null;
  versie: number;
  werk_status: WerkStatus | null;
}

function filterSql(f: Filters): string {
  let s = "";
  if (f.soort) s += " AND a.soort = @soort";
  if (f.status) s += ` AND (${STATUS_SQL}) = @status`;
  return s;
}

function parseCursor(cursor: string | null | undefined): { fase: "t"; op: number; id: string } | { fase: "n"; id: string } | null {
  if (!cursor) return null;
  const m = /^t(-?\d+)_(.+)$/.exec(cursor);
  if (m) return { fase: "t", op: Number(m[1]), id: m[2]! };
  const n = /^n_(.*)$/.exec(cursor);
  if (n) return { fase: "n", id: n[1]! };
  return null;
}

function cursorVan(r: Rij): string {
  return r.termijn_op == null ? `n_${r.id}` : `t${r.termijn_op}_${r.id}`;
}

/**
 * Runs one keyset-paginated list. `bronnen` are WHERE fragments over `afspraken a` (each must contain
 * `a.open = 1` so the partial indexes apply); several sources are merged with UNION ALL (they must not overlap).
 */
function pagineer(
  bronnen: string[],
  params: Record<string, unknown>,
  filters: Filters,
  cursor: string | null | undefined,
  limiet: number,
): { rijen: Rij[]; volgende: string | null } {
  const { sqlite } = getDatabase();
  const c = parseCursor(cursor);
  const f = filterSql(filters);
  const p = { ...params, nu: now(), soort: filters.soort ?? null, status: filters.status ?? null, limiet: limiet + 1 };
  const rijen: Rij[] = [];

  const union = (extra: string, order: string) =>
    bronnen.length === 1
      ? `SELECT ${KOLOMMEN} FROM afspraken a WHERE ${bronnen[0]}${f}${extra} ORDER BY ${order.replace(/\b(termijn_op|id)\b/g, "a.$1")} LIMIT @limiet`
      : `SELECT * FROM (${bronnen
          .map((b) => `SELECT ${KOLOMMEN} FROM afspraken a WHERE ${b}${f}${extra}`)
          .join(" UNION ALL ")}) ORDER BY ${order} LIMIT @limiet`;

  if (!c || c.fase === "t") {
    const extra = c ? " AND a.termijn_op IS NOT NULL AND (a.termijn_op, a.id) > (@cop, @cid)" : " AND a.termijn_op IS NOT NULL";
    rijen.push(...(stmt(sqlite, union(extra, "termijn_op, id")).all({ ...p, cop: c?.op ?? null, cid: c?.id ?? null }) as Rij[]));
  }
  if (rijen.length <= limiet) {
    const cid = c?.fase === "n" ? c.id : "";
    const rest = limiet + 1 - rijen.length;
    rijen.push(
      ...(stmt(sqlite, union(" AND a.termijn_op IS NULL AND a.id > @cid", "id")).all({ ...p, cid, limiet: rest }) as Rij[]),
    );
  }
  const meer = rijen.length > limiet;
  const pagina = rijen.slice(0, limiet);
  return { rijen: pagina, volgende: meer && pagina.length ? cursorVan(pagina[pagina.length - 1]!) : null };
}

const BEPERKT = "Gegevens beperkt (AVG art. 18)";

/** Names for the owners, teams and citizens on a page (one small lookup each, by primary key). */
function verrijk(rijen: Rij[]): WerkItem[] {
  const { sqlite } = getDatabase();
  const ids = (xs: (string | number | null)[]) => JSON.stringify([...new Set(xs.filter((x) => x != null))]);
  const mensen = new Map(
    (stmt(sqlite, "SELECT id, naam FROM medewerkers WHERE id IN (SELECT value FROM json_each(?))").all(
      ids(rijen.map((r) => r.eigenaar_id)),
    ) as { id: string; naam: string }[]).map((m) => [m.id, m.naam]),
  );
  const teams = new Map(
    (stmt(sqlite, "SELECT id, naam FROM teams WHERE id IN (SELECT value FROM json_each(?))").all(
      ids(rijen.map((r) => r.team_id)),
    ) as { id: number; naam: string }[]).map((t) => [t.id, t.naam]),
  );
  // A citizen whose processing is restricted (AVG art. 18) shows neither name nor question on a list.
  const burgers = new Map(
    (stmt(
      sqlite,
      `SELECT b.id, b.naam, EXISTS (SELECT 1 FROM privacy_beperkingen pb WHERE pb.burger_id = b.id AND pb.opgeheven_op IS NULL) AS beperkt
         FROM burgers b WHERE b.id IN (SELECT value FROM json_each(?))`,
    ).all(ids(rijen.map((r) => r.burger_id))) as { id: string; naam: string | null; beperkt: number }[]).map((b) => [b.id, b.beperkt ? BEPERKT : b.naam]),
  );
  return rijen.map((r) => ({
    id: r.id,
    soort: r.soort,
    soortNaam: soortNaam(r.soort),
    link: detailLink(r.soort, r.id),
    status: r.status,
    titel: r.burger_id && burgers.get(r.burger_id) === BEPERKT ? `${soortNaam(r.soort)} (gegevens beperkt)` : r.titel,
    eigenaarId: r.eigenaar_id,
    eigenaarNaam: r.eigenaar_id ? (mensen.get(r.eigenaar_id) ?? null) : null,
    teamId: r.team_id,
    teamNaam: r.team_id != null ? (teams.get(r.team_id) ?? null) : null,
    burgerId: r.burger_id,
    burgerNaam: r.burger_id ? (burgers.has(r.burger_id) ? (burgers.get(r.burger_id)?.trim() || "Anoniem") : null) : null,
    kanaal: r.kanaal,
    termijnOp: r.termijn_op,
    termijnStatus: r.werk_status,
    versie: r.versie,
  }));
}

export type Tellingen = Record<WerkStatus | "geen", number> & { totaal: number };

function tel(sql: string, params: Record<string, unknown>): Tellingen {
  const { sqlite } = getDatabase();
  const rijen = stmt(sqlite, sql).all({ ...params, nu: now() }) as { s: WerkStatus | null; n: number }[];
  const t: Tellingen = { op_tijd: 0, bijna: 0, te_laat: 0, geen: 0, totaal: 0 };
  for (const r of rijen) {
    t[r.s ?? "geen"] += r.n;
    t.totaal += r.n;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Mijn werk

const BRON_EIGENAAR = "a.eigenaar_id = @me AND a.open = 1";
const BRON_TEAM_VRIJ = "a.team_id = @team AND a.open = 1 AND a.eigenaar_id IS NULL";

export function mijnAfspraken(medewerkerId: string, filters: Filters = {}, cursor?: string | null, limiet = PAGINA_GROOTTE): Pagina<WerkItem> {
  const { rijen, volgende } = pagineer([BRON_EIGENAAR], { me: medewerkerId }, filters, cursor, limiet);
  return { items: verrijk(rijen), volgende };
}

/** Counts per status of my open commitments (filtered by soort only, so the status filter shows all options). */
export function mijnTellingen(medewerkerId: string, soort?: string | null): Tellingen {
  return tel(
    `SELECT ${STATUS_SQL} AS s, count(*) AS n FROM afspraken a WHERE ${BRON_EIGENAAR}${soort ? " AND a.soort = @soort" : ""} GROUP BY s`,
    { me: medewerkerId, soort: soort ?? null },
  );
}

/** Open work assigned to my team that nobody owns yet. */
export function voorMijnTeam(teamId: number | null, filters: Filters = {}, cursor?: string | null, limiet = PAGINA_GROOTTE): Pagina<WerkItem> {
  if (teamId == null) return { items: [], volgende: null };
  const { rijen, volgende } = pagineer([BRON_TEAM_VRIJ], { team: teamId }, filters, cursor, limiet);
  return { items: verrijk(rijen), volgende };
}

/** The soorten that occur in the work (for the filter), with their Dutch names. */
export function bekendeSoorten(): { value: string; label: string }[] {
  const { sqlite } = getDatabase();
  // The distinct kinds by skipping through the (soort, status) index: a handful of seeks, where
  // `SELECT DISTINCT soort … WHERE open = 1` read every open row (400 ms with a million open). A kind whose work
  // is all closed stays in the filter; choosing it shows an empty list.
  const uitData = (
    stmt(
      sqlite,
      `WITH RECURSIVE s(soort) AS (SELECT (SELECT min(soort) FROM afspraken)
         UNION ALL SELECT (SELECT min(soort) FROM afspraken WHERE soort > s.soort) FROM s WHERE s.soort IS NOT NULL)
       SELECT soort FROM s WHERE soort IS NOT NULL LIMIT 50`,
    ).all() as { soort: string }[]
  ).map((r) => r.soort);
  const alle = [...new Set(["terugbelafspraak", "overdracht", ...uitData])].filter((s) => s !== "warme_overdracht" || uitData.includes(s));
  return alle.map((s) => ({ value: s, label: soortNaam(s) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Team

export interface TeamInfo {
  id: number;
  naam: string;
}

/** The active teams this medewerker leads (teams.teamleider_id). */
export function geleideTeams(medewerkerId: string): TeamInfo[] {
  const { sqlite } = getDatabase();
  return stmt(sqlite, "SELECT id, naam FROM teams WHERE teamleider_id = ? AND actief = 1 ORDER BY naam").all(medewerkerId) as TeamInfo[];
}

export function teamVanMedewerker(medewerkerId: string): number | null {
  const { sqlite } = getDatabase();
  const r = stmt(sqlite, "SELECT team_id FROM medewerkers WHERE id = ?").get(medewerkerId) as { team_id: number | null } | undefined;
  return r?.team_id ?? null;
}

export interface TeamLid {
  id: string;
  naam: string;
  actief: boolean;
  /** Deactivated because their groups at the organisation's provider no longer grant access (single sign-on). */
  geenToegang: boolean;
  open: number;
  bijna: number;
  teLaat: number;
}

/** Per employee of the team (alphabetical, deactivated included): open, at risk and overdue. Not a ranking. */
export function teamOverzicht(teamId: number): { leden: TeamLid[]; zonderEigenaar: Tellingen } {
  const { sqlite } = getDatabase();
  const leden = stmt(
    sqlite,
    `SELECT m.id, m.naam, m.actief,
       EXISTS (SELECT 1 FROM sso_identiteiten i WHERE i.medewerker_id = m.id AND i.geen_toegang_sinds IS NOT NULL) AS geen_toegang,
       (SELECT count(*) FROM afspraken a WHERE a.eigenaar_id = m.id AND a.open = 1) AS open,
       (SELECT count(*) FROM afspraken a WHERE a.eigenaar_id = m.id AND a.open = 1 AND (${STATUS_SQL}) = 'bijna') AS bijna,
       (SELECT count(*) FROM afspraken a WHERE a.eigenaar_id = m.id AND a.open = 1 AND a.termijn_op <= @nu) AS te_laat
     FROM medewerkers m WHERE m.team_id = @team ORDER BY m.naam COLLATE NOCASE, m.id`,
  ).all({ team: teamId, nu: now() }) as { id: string; naam: string; actief: number; geen_toegang: number; open: number; bijna: number; te_laat: number }[];
  return {
    leden: leden
      .filter((l) => l.actief || l.open > 0)
      .map((l) => ({ id: l.id, naam: l.naam, actief: !!l.actief, geenToegang: !l.actief && !!l.geen_toegang, open: l.open, bijna: l.bijna, teLaat: l.te_laat })),
    zonderEigenaar: tel(`SELECT ${STATUS_SQL} AS s, count(*) AS n FROM afspraken a WHERE ${BRON_TEAM_VRIJ} GROUP BY s`, { team: teamId }),
  };
}

export interface TeamFilters extends Filters {
  /** A medewerker id, or "geen" for unowned team work. */
  eigenaar?: string | null;
}

/**
 * The team's open list. Without an owner filter it merges the owned work of every member (one index range each)
 * with the team's unowned work.
 */
export function teamAfspraken(teamId: number, filters: TeamFilters = {}, cursor?: string | null, limiet = PAGINA_GROOTTE): Pagina<WerkItem> {
  const { sqlite } = getDatabase();
  if (filters.eigenaar === "geen") {
    const { rijen, volgende } = pagineer([BRON_TEAM_VRIJ], { team: teamId }, filters, cursor, limiet);
    return { items: verrijk(rijen), volgende };
  }
  if (filters.eigenaar) {
    const lid = stmt(sqlite, "SELECT 1 FROM medewerkers WHERE id = ? AND team_id = ?").get(filters.eigenaar, teamId);
    if (!lid) return { items: [], volgende: null };
    const { rijen, volgende } = pagineer([BRON_EIGENAAR], { me: filters.eigenaar }, filters, cursor, limiet);
    return { items: verrijk(rijen), volgende };
  }
  const { rijen, volgende } = pagineer(
    [
      "a.eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = @team) AND a.open = 1",
      BRON_TEAM_VRIJ,
    ],
    { team: teamId },
    filters,
    cursor,
    limiet,
  );
  return { items: verrijk(rijen), volgende };
}

export function teamTellingen(teamId: number, soort?: string | null): Tellingen {
  const s = soort ? " AND a.soort = @soort" : "";
  return tel(
    `SELECT s, sum(n) AS n FROM (
       SELECT ${STATUS_SQL} AS s, count(*) AS n FROM afspraken a
         WHERE a.eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = @team) AND a.open = 1${s} GROUP BY s
       UNION ALL
       SELECT ${STATUS_SQL} AS s, count(*) AS n FROM afspraken a WHERE ${BRON_TEAM_VRIJ}${s} GROUP BY s
     ) GROUP BY s`,
    { team: teamId, soort: soort ?? null },
  );
}

/** Is commitment `id` within the work of one of `teamIds` (owned by a member, or assigned to the team)? */
export function inTeamScope(id: string, teamIds: number[]): boolean {
  if (!teamIds.length) return false;
  const { sqlite } = getDatabase();
  return !!stmt(
    sqlite,
    `SELECT 1 FROM afspraken a LEFT JOIN medewerkers m ON m.id = a.eigenaar_id
     WHERE a.id = @id AND (a.team_id IN (SELECT value FROM json_each(@teams)) OR m.team_id IN (SELECT value FROM json_each(@teams)))`,
  ).get({ id, teams: JSON.stringify(teamIds) });
}

export interface Doel {
  soort: "medewerker" | "team";
  id: string;
  naam: string;
  teamId: number | null;
}

/** Where work can be reassigned to: active colleagues of my teams, then every active team. */
export function hertoewijsDoelen(teamIds: number[]): { medewerkers: Doel[]; teams: Doel[] } {
  const { sqlite } = getDatabase();
  const mw = stmt(
    sqlite,
    `SELECT m.id, m.naam, m.team_id FROM medewerkers m
     WHERE m.actief = 1 AND m.team_id IN (SELECT value FROM json_each(?)) ORDER BY m.naam COLLATE NOCASE`,
  ).all(JSON.stringify(teamIds)) as { id: string; naam: string; team_id: number | null }[];
  const tm = stmt(sqlite, "SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam COLLATE NOCASE").all() as { id: number; naam: string }[];
  return {
    medewerkers: mw.map((m) => ({ soort: "medewerker", id: m.id, naam: m.naam, teamId: m.team_id })),
    teams: tm.map((t) => ({ soort: "team", id: String(t.id), naam: t.naam, teamId: t.id })),
  };
}

export interface HertoewijsUitkomst {
  id: string;
  titel: string;
  ok: boolean;
  melding: string;
}

/**
 * Bulk reassign: every item goes through the workflow (pasToe HERTOEWIJZEN) with the version it was shown with,
 * one transaction per item, so one refusal never blocks the others. Items outside the teamleider's teams are
 * refused here (and audited as refused).
 */
export function hertoewijzenBulk(
  user: Pick<AppUser, "id" | "naam">,
  teamIds: number[],
  items: { id: string; versie: number }[],
  doel: { eigenaarId: string | null; teamId: number | null },
  oorsprong?: string | null,
): HertoewijsUitkomst[] {
  const { sqlite } = getDatabase();
  const actor = { id: user.id, naam: user.naam };
  const uitkomsten: HertoewijsUitkomst[] = [];
  for (const item of items) {
    const rij = stmt(sqlite, "SELECT titel FROM afspraken WHERE id = ?").get(item.id) as { titel: string } | undefined;
    const titel = rij?.titel ?? item.id;
    if (!rij) {
      uitkomsten.push({ id: item.id, titel, ok: false, melding: "Deze afspraak bestaat niet (meer)." });
      continue;
    }
    if (!inTeamScope(item.id, teamIds)) {
      audit({ actor, actie: "afspraak.HERTOEWIJZEN", objectType: "afspraak", objectId: item.id, resultaat: "geweigerd", oorsprong, details: { reden: "buiten_team" } });
      uitkomsten.push({ id: item.id, titel, ok: false, melding: "Deze afspraak hoort niet bij een team dat u leidt." });
      continue;
    }
    const r = pasToe(item.id, item.versie, { type: "HERTOEWIJZEN", eigenaarId: doel.eigenaarId, teamId: doel.teamId }, actor, { oorsprong });
    uitkomsten.push(
      r.ok ? { id: item.id, titel, ok: true, melding: "Toegewezen." } : { id: item.id, titel, ok: false, melding: r.melding },
    );
  }
  return uitkomsten;
}

// ---------------------------------------------------------------------------------------------------------------
// Escalations inbox

export interface Escalatie {
  termijnId: number;
  afspraak: WerkItem;
  mijlpaal: string;
  termijnOp: number;
  verlopenOp: number | null;
  escalatieOp: number;
  naarRegieteam: boolean;
  bevestigdOp: number | null;
}

/** Whose escalations: the teams a teamleider leads, or everything escalated to the regieteam. */
export type EscalatieScope = number[] | "regieteam";

/**
 * Overdue commitments that escalated: for a teamleider those of the teams they lead (deadline rows with a
 * teamleider escalation), for the regieteam every open commitment escalated to the regieteam. Oldest due moment
 * first; acknowledged ones after the others.
 */
export function escalaties(medewerkerId: string, scope: EscalatieScope, limiet = 200): Escalatie[] {
  if (Array.isArray(scope) && !scope.length) return [];
  const { sqlite } = getDatabase();
  const kolommen = `t.id AS termijn_id, t.mijlpaal, t.termijn_op AS t_op, t.verlopen_op, t.escalatie_teamleider_op,
            t.escalatie_regieteam_op, eb.op AS bevestigd_op, t.afspraak_id AS aid`;
  const rijen = (
    scope === "regieteam"
      ? stmt(
          sqlite,
          `SELECT ${kolommen}
           FROM termijnen t
           JOIN afspraken a ON a.id = t.afspraak_id AND a.open = 1
           LEFT JOIN escalatie_bevestigingen eb ON eb.termijn_id = t.id AND eb.medewerker_id = @me
           WHERE t.status = 'lopend' AND t.escalatie_regieteam_op IS NOT NULL
           ORDER BY eb.op IS NOT NULL, t.termijn_op, t.id
           LIMIT @limiet`,
        ).all({ me: medewerkerId, limiet })
      : stmt(
          sqlite,
          `SELECT ${kolommen}
     FROM (
       SELECT a.id AS afspraak_id FROM afspraken a
         WHERE a.eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id IN (SELECT value FROM json_each(@teams)))
           AND a.open = 1 AND a.termijn_op <= @nu
       UNION
       SELECT a.id FROM afspraken a
         WHERE a.team_id IN (SELECT value FROM json_each(@teams)) AND a.open = 1 AND a.termijn_op <= @nu
     ) a
     JOIN termijnen t ON t.afspraak_id = a.afspraak_id AND t.status = 'lopend' AND t.escalatie_teamleider_op IS NOT NULL
     LEFT JOIN escalatie_bevestigingen eb ON eb.termijn_id = t.id AND eb.medewerker_id = @me
     ORDER BY eb.op IS NOT NULL, t.termijn_op, t.id
     LIMIT @limiet`,
        ).all({ teams: JSON.stringify(scope), nu: now(), me: medewerkerId, limiet })
  ) as {
    termijn_id: number;
    mijlpaal: string;
    t_op: number;
    verlopen_op: number | null;
    escalatie_teamleider_op: number | null;
    escalatie_regieteam_op: number | null;
    bevestigd_op: number | null;
    aid: string;
  }[];
  if (!rijen.length) return [];
  const afs = verrijk(
    stmt(sqlite, `SELECT ${KOLOMMEN} FROM afspraken a WHERE a.id IN (SELECT value FROM json_each(@ids))`).all({
      ids: JSON.stringify(rijen.map((r) => r.aid)),
      nu: now(),
    }) as Rij[],
  );
  const perId = new Map(afs.map((a) => [a.id, a]));
  return rijen
    .filter((r) => perId.has(r.aid))
    .map((r) => ({
      termijnId: r.termijn_id,
      afspraak: perId.get(r.aid)!,
      mijlpaal: r.mijlpaal,
      termijnOp: r.t_op,
      verlopenOp: r.verlopen_op,
      escalatieOp: (scope === "regieteam" ? r.escalatie_regieteam_op : r.escalatie_teamleider_op) ?? r.t_op,
      naarRegieteam: r.escalatie_regieteam_op != null,
      bevestigdOp: r.bevestigd_op,
    }));
}

/** Escalations as rows for the escalation table (app/features/werklijsten/components/escalaties.tsx), times in plain Dutch. */
export function escalatieRegels(lijst: Escalatie[], nu: number): EscalatieRegel[] {
  return lijst.map((e) => ({
    termijnId: e.termijnId,
    afspraakId: e.afspraak.id,
    titel: e.afspraak.titel,
    link: e.afspraak.link,
    soort: e.afspraak.soort,
    soortNaam: e.afspraak.soortNaam,
    eigenaar: e.afspraak.eigenaarNaam ?? (e.afspraak.teamNaam ? `${e.afspraak.teamNaam} (team)` : "—"),
    eigenaarId: e.afspraak.eigenaarId,
    verlopen: formatRelatief(e.termijnOp, nu).replace(/^uiterlijk /, ""),
    geescaleerd: formatKort(e.escalatieOp),
    naarRegieteam: e.naarRegieteam,
    bevestigd: e.bevestigdOp != null ? formatKort(e.bevestigdOp) : null,
    termijnOp: e.termijnOp,
    escalatieOp: e.escalatieOp,
    bevestigdOp: e.bevestigdOp,
    nu,
  }));
}

/** "Gezien, ik pak het op": records the acknowledgement (idempotent) with an audit line, in one transaction. */
export function bevestigEscalatie(
  user: Pick<AppUser, "id" | "naam">,
  teamIds: EscalatieScope,
  termijnId: number,
  notitie: string | null,
  oorsprong?: string | null,
): { ok: true } | { ok: false; melding: string } {
  const { sqlite } = getDatabase();
  const t = stmt(sqlite, "SELECT afspraak_id FROM termijnen WHERE id = ?").get(termijnId) as { afspraak_id: string } | undefined;
  if (!t) return { ok: false, melding: "Deze escalatie bestaat niet (meer)." };
  if (teamIds !== "regieteam" && !inTeamScope(t.afspraak_id, teamIds)) {
    audit({ actor: user, actie: "escalatie.bevestigen", objectType: "afspraak", objectId: t.afspraak_id, resultaat: "geweigerd", oorsprong });
    return { ok: false, melding: "Deze escalatie hoort niet bij een team dat u leidt." };
  }
  sqlite.transaction(() => {
    stmt(
      sqlite,
      `INSERT INTO escalatie_bevestigingen (termijn_id, medewerker_id, afspraak_id, op, notitie) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (termijn_id, medewerker_id) DO NOTHING`,
    ).run(termijnId, user.id, t.afspraak_id, now(), notitie?.trim() || null);
    audit({
      actor: user,
      actie: "escalatie.bevestigen",
      objectType: "afspraak",
      objectId: t.afspraak_id,
      resultaat: "ok",
      oorsprong,
      details: { termijnId },
    });
  })();
  return { ok: true };
}
