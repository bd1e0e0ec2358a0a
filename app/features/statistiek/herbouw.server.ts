/**
 * Rebuilds the statistics rollups (db/schema/statistiek.ts) from the base tables in one pass each. Used by
 * `npm run afspraak -- statistiek herbouw`, by the demo-data generator after a bulk load (with the triggers
 * dropped during the load, see zonderStatistiekTriggers), and by the tests as the oracle the incremental
 * triggers must equal.
 */
import type Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import path from "node:path";

export const STAT_TABELLEN = [
  "stat_klachten",
  "stat_klacht_normen",
  "stat_klacht_doorlooptijd",
  "stat_termijnen",
  "stat_termijn_duur",
  "stat_feedback",
] as const;

const AFLOOP = `CASE WHEN k.status = 'ingetrokken' THEN 'ingetrokken' WHEN k.grond_9_8 IS NOT NULL THEN 'niet_in_behandeling' WHEN k.informeel_op IS NOT NULL THEN 'informeel'
  WHEN k.conclusie_op IS NOT NULL THEN 'afgehandeld' ELSE 'open' END`;

/** The SELECTs that compute every rollup from scratch (also the "naive GROUP BY" the benchmark compares with). */
export const HERBOUW_SQL: Record<(typeof STAT_TABELLEN)[number], string> = {
  stat_klachten: `
    SELECT maand_nl(k.ontvangen_op) AS maand, coalesce(k.afdeling_id, 0) AS afdeling_id, coalesce(k.team_id, 0) AS team_id,
      k.kanaal, coalesce(k.oordeel, '') AS oordeel, ${AFLOOP} AS afloop,
      count(*) AS aantal, sum(k.schriftelijk) AS schriftelijk, sum(k.afgesloten_op IS NOT NULL) AS afgerond,
      sum(coalesce(k.afgerond_binnen_termijn, 0)) AS binnen_termijn,
      sum(coalesce(dagen_nl(k.ontvangen_op, k.afgesloten_op), 0)) AS doorloop_dagen,
      sum(k.verdaagd_op IS NOT NULL) AS verdaagd, sum(coalesce(json_array_length(k.uitstel), 0) > 0) AS uitgesteld,
      sum(k.ombudsman_ingeschakeld_op IS NOT NULL) AS ombudsman,
      sum(k.les IS NOT NULL OR k.leerlogboek_aantal > 0) AS met_les,
      sum(k.les_overgeslagen IS NOT NULL AND k.les IS NULL AND k.leerlogboek_aantal = 0) AS les_overgeslagen
    FROM klachten k GROUP BY 1, 2, 3, 4, 5, 6`,
  stat_klacht_normen: `
    SELECT maand_nl(k.ontvangen_op) AS maand, coalesce(k.afdeling_id, 0) AS afdeling_id, coalesce(k.team_id, 0) AS team_id,
      n.norm, count(*) AS aantal
    FROM klacht_normen n JOIN klachten k ON k.id = n.klacht_id GROUP BY 1, 2, 3, 4`,
  stat_klacht_doorlooptijd: `
    SELECT maand_nl(k.ontvangen_op) AS maand, coalesce(k.afdeling_id, 0) AS afdeling_id,
      dagen_nl(k.ontvangen_op, k.afgesloten_op) AS dagen, count(*) AS aantal
    FROM klachten k WHERE k.afgesloten_op IS NOT NULL GROUP BY 1, 2, 3`,
  stat_termijnen: `
    SELECT maand_nl(t.gehaald_op) AS maand, v.norm_id, coalesce(t.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0) AS afdeling_id,
      coalesce(t.team_id, a.team_id, 0) AS team_id,
      count(*) AS aantal, sum(coalesce(t.op_tijd, 0)) AS op_tijd, sum(max(0, (t.gehaald_op - t.start_op) / 60000)) AS duur_minuten
    FROM termijnen t JOIN norm_versies v ON v.id = t.norm_versie_id LEFT JOIN afspraken a ON a.id = t.afspraak_id
    WHERE t.status = 'gehaald' AND t.gehaald_op IS NOT NULL GROUP BY 1, 2, 3, 4`,
  stat_termijn_duur: `
    SELECT maand_nl(t.gehaald_op) AS maand, v.norm_id, coalesce(t.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0) AS afdeling_id,
      coalesce(t.team_id, a.team_id, 0) AS team_id,
      duur_bucket(max(0, (t.gehaald_op - t.start_op) / 60000)) AS bucket, count(*) AS aantal
    FROM termijnen t JOIN norm_versies v ON v.id = t.norm_versie_id LEFT JOIN afspraken a ON a.id = t.afspraak_id
    WHERE t.status = 'gehaald' AND t.gehaald_op IS NOT NULL GROUP BY 1, 2, 3, 4, 5`,
  stat_feedback: `
    SELECT maand_nl(f.aangemaakt_op) AS maand, f.soort,
      coalesce(f.afdeling_id, (SELECT t.afdeling_id FROM teams t WHERE t.id = coalesce(f.team_id, m.team_id)), 0) AS afdeling_id,
      coalesce(f.team_id, m.team_id, 0) AS team_id, count(*) AS aantal
    FROM feedback f LEFT JOIN medewerkers m ON m.id = f.medewerker_id GROUP BY 1, 2, 3, 4`,
};

/** Recomputes klachten.leerlogboek_aantal from the links, then every rollup. One transaction. */
export function herbouwStatistiek(sqlite: Database.Database): Record<string, number> {
  const telling: Record<string, number> = {};
  sqlite.transaction(() => {
    sqlite.exec(`UPDATE klachten SET leerlogboek_aantal = (SELECT count(*) FROM leerlogboek_koppelingen l
                   WHERE l.soort = 'klacht' AND l.ref = klachten.id)
                 WHERE leerlogboek_aantal <> (SELECT count(*) FROM leerlogboek_koppelingen l WHERE l.soort = 'klacht' AND l.ref = klachten.id)`);
    for (const t of STAT_TABELLEN) {
      sqlite.exec(`DELETE FROM ${t}`);
      const r = sqlite.prepare(`INSERT INTO ${t} SELECT * FROM (${HERBOUW_SQL[t]})`).run();
      telling[t] = r.changes;
    }
  })();
  return telling;
}

/** Names of the statistics triggers (all start with stat_). */
export function statistiekTriggers(sqlite: Database.Database): string[] {
  return (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'stat\\_%' ESCAPE '\\'").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

/**
 * Runs `werk` with the statistics triggers dropped (bulk loads), then rebuilds the rollups and recreates the
 * triggers from db/sql/050-statistiek.sql, also when `werk` throws.
 */
export function zonderStatistiekTriggers<T>(sqlite: Database.Database, werk: () => T): T {
  for (const t of statistiekTriggers(sqlite)) sqlite.exec(`DROP TRIGGER IF EXISTS ${t}`);
  try {
    return werk();
  } finally {
    herbouwStatistiek(sqlite);
    const root = process.env.AFSPRAAK_ROOT || process.cwd();
    sqlite.exec(readFileSync(path.join(root, "db/sql/050-statistiek.sql"), "utf8"));
  }
}
