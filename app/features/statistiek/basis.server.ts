/**
 * Shared pieces of the regieteam dashboards: the dimension WHERE clause over the rollup tables, the names of
 * departments, teams and charter norms (small tables), and validation of the filter against the organisation.
 */
import { getDatabase } from "../../../db/client";
import type { FilterFouten, StatFilter } from "./filter";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";

/**
 * A fixed label of a code (channel, judgement, ombudsman norm): in Dutch the text as it is (the constant the
 * other pages share), in another language the text of `sleutel`.
 */
export function codeLabel(taal: Taal, nl: string, sleutel: string): string {
  return taal === "nl" ? nl : vertaal(taal, sleutel, {});
}

export interface Afdeling {
  id: number;
  naam: string;
}
export interface Team {
  id: number;
  naam: string;
  afdelingId: number;
}
export interface HandvestNorm {
  id: number;
  code: string;
  titel: string;
  mijlpaal: string;
}

/**
 * The organisation's target for "% op tijd". The charter has no per-norm target (yet); the regieteam uses one
 * target for every norm, shown as a line on the "percentage met" bars.
 */
export const STREEFWAARDE_OP_TIJD = 0.9;

export function afdelingenLijst(): Afdeling[] {
  return getDatabase().sqlite.prepare("SELECT id, naam FROM afdelingen ORDER BY naam").all() as Afdeling[];
}

export function teamsLijst(): Team[] {
  return getDatabase()
    .sqlite.prepare("SELECT t.id, t.naam, t.afdeling_id AS afdelingId FROM teams t JOIN afdelingen a ON a.id = t.afdeling_id ORDER BY a.naam, t.naam")
    .all() as Team[];
}

/** Every charter norm with the title and milestone of its latest version. */
export function handvestNormen(): HandvestNorm[] {
  return getDatabase()
    .sqlite.prepare(
      `SELECT n.id, n.code, v.titel, v.mijlpaal FROM normen n
       JOIN norm_versies v ON v.norm_id = n.id AND v.versie = (SELECT max(versie) FROM norm_versies w WHERE w.norm_id = n.id)
       ORDER BY n.code`,
    )
    .all() as HandvestNorm[];
}

/** Checks the filter's department and team against the organisation (field errors in Dutch). */
export function controleerOrganisatie(f: StatFilter, fouten: FilterFouten): { filter: StatFilter; fouten: FilterFouten } {
  const uit = { ...f };
  const fo = { ...fouten };
  if (f.afdelingId && !afdelingenLijst().some((a) => a.id === f.afdelingId)) {
    fo.afdeling = "Deze afdeling bestaat niet; kies een afdeling uit de lijst.";
    delete uit.afdelingId;
  }
  if (f.teamId) {
    const t = teamsLijst().find((x) => x.id === f.teamId);
    if (!t) {
      fo.team = "Dit team bestaat niet; kies een team uit de lijst.";
      delete uit.teamId;
    } else if (uit.afdelingId && t.afdelingId !== uit.afdelingId) {
      fo.team = "Dit team hoort niet bij de gekozen afdeling.";
      delete uit.teamId;
    }
  }
  return { filter: uit, fouten: fo };
}

/** " AND afdeling_id = @afdeling AND team_id = @team" for the rollup tables (alias optional) + params. */
export function dimWhere(f: Pick<StatFilter, "afdelingId" | "teamId">, alias = ""): { sql: string; params: Record<string, number> } {
  const a = alias ? `${alias}.` : "";
  let sql = "";
  const params: Record<string, number> = {};
  if (f.afdelingId) {
    sql += ` AND ${a}afdeling_id = @afdeling`;
    params.afdeling = f.afdelingId;
  }
  if (f.teamId) {
    sql += ` AND ${a}team_id = @team`;
    params.team = f.teamId;
  }
  return { sql, params };
}

/** part / whole as a fraction, null when the whole is 0. */
export function aandeel(deel: number, geheel: number): number | null {
  return geheel > 0 ? deel / geheel : null;
}
