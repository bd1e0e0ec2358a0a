/**
 * Loading the kwaliteitshandvest (charter) and the calendars from the database.
 *
 * - `normVersieOp`: the norm version for a milestone (or norm code) valid at an instant: a commitment keeps
 *   the norms in force when it started (`afspraken.handvest_peil_op`).
 * - `laadKalenderConfig`: openingstijden / kalender_dagen / instellingen → KalenderConfig.
 * - `kalenders()`: one cached Kalenders instance; call `invalideerKalenders()` after changing calendar data
 *   (the cache also notices changes by a cheap fingerprint at most every few seconds).
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { normVersies, openingstijden, kalenderDagen, instellingen } from "../../../db/schema";
import type { KalenderConfig, IsoWeekdag, Kantooruren, VrijeFeestdagCode } from "../../domain/kalender/config";
import { STANDAARD_KALENDER_CONFIG } from "../../domain/kalender/config";
import { maakKalenders, type Kalenders } from "../../domain/kalender/kalenders";
import type { TermijnNorm } from "../../domain/kalender/termijn";

export type NormVersie = typeof normVersies.$inferSelect & { code: string };

/** The arithmetic part of a norm version, as the calendar module wants it. */
export function termijnNorm(n: Pick<NormVersie, "duur" | "eenheid" | "kalender">): TermijnNorm {
  return { duur: n.duur, eenheid: n.eenheid, kalender: n.kalender };
}

const KOLOMMEN = `v.id AS id, v.norm_id AS normId, v.versie AS versie, v.geldig_vanaf AS geldigVanaf, v.titel AS titel,
  v.mijlpaal AS mijlpaal, v.duur AS duur, v.eenheid AS eenheid, v.kalender AS kalender, v.waarschuwing_pct AS waarschuwingPct,
  v.escalatie_teamleider AS escalatieTeamleider, v.escalatie_regieteam_na_werkdagen AS escalatieRegieteamNaWerkdagen,
  v.pauzeerbaar AS pauzeerbaar, v.belofte AS belofte, v.actief AS actief, v.gemaakt_door AS gemaaktDoor,
  v.gemaakt_op AS gemaaktOp, n.code AS code`;

interface NormStmts {
  opCode: Database.Statement;
  opMijlpaal: Database.Statement;
  metId: Database.Statement;
}
const normStmtCache = new WeakMap<Database.Database, NormStmts>();
function normStmts(): NormStmts {
  const { sqlite } = getDatabase();
  let s = normStmtCache.get(sqlite);
  if (!s) {
    const basis = `SELECT ${KOLOMMEN} FROM norm_versies v JOIN normen n ON n.id = v.norm_id`;
    s = {
      opCode: sqlite.prepare(`${basis} WHERE n.code = ? AND v.geldig_vanaf <= ? ORDER BY v.geldig_vanaf DESC, v.versie DESC LIMIT 1`),
      opMijlpaal: sqlite.prepare(`${basis} WHERE v.mijlpaal = ? AND v.geldig_vanaf <= ? ORDER BY v.geldig_vanaf DESC, v.versie DESC`),
      metId: sqlite.prepare(`${basis} WHERE v.id = ?`),
    };
    normStmtCache.set(sqlite, s);
  }
  return s;
}

type RuweNorm = Omit<NormVersie, "escalatieTeamleider" | "pauzeerbaar" | "actief"> & {
  escalatieTeamleider: number;
  pauzeerbaar: number;
  actief: number;
};
function alsNorm(r: RuweNorm | undefined): NormVersie | undefined {
  if (!r) return undefined;
  return { ...r, escalatieTeamleider: r.escalatieTeamleider === 1, pauzeerbaar: r.pauzeerbaar === 1, actief: r.actief === 1 };
}

/**
 * The norm version valid at `atMs` for a norm code or a milestone: the version with the latest
 * geldig_vanaf ≤ atMs (highest versie on ties). An inactive latest version means the norm was withdrawn
 * at that moment: null. With only a milestone, the most recent valid version among the norms governing
 * that milestone wins.
 */
export function normVersieOp(sel: { code?: string | null; mijlpaal?: string | null }, atMs: number): NormVersie | null {
  const s = normStmts();
  if (sel.code) {
    const rij = alsNorm(s.opCode.get(sel.code, atMs) as RuweNorm | undefined);
    return rij && rij.actief ? rij : null;
  }
  if (!sel.mijlpaal) return null;
  const kandidaten = s.opMijlpaal.all(sel.mijlpaal, atMs) as RuweNorm[];
  // Per norm only its latest version counts; then the most recently changed norm.
  const gezien = new Set<number>();
  for (const k of kandidaten) {
    if (gezien.has(k.normId)) continue;
    gezien.add(k.normId);
    if (k.actief === 1) return alsNorm(k)!;
  }
  return null;
}

/** A norm version by id (commitments keep the id they started under). */
export function normVersieMetId(id: number): NormVersie | null {
  return alsNorm(normStmts().metId.get(id) as RuweNorm | undefined) ?? null;
}

/** For the CLI `termijn --norm CODE`: the version of a norm code valid at an instant. */
export function laadNormVoorCli(code: string, atMs: number): NormVersie | null {
  return normVersieOp({ code }, atMs);
}

function instelling<T>(waarden: Map<string, string>, sleutel: string, standaard: T): T {
  const w = waarden.get(sleutel);
  if (w === undefined) return standaard;
  try {
    return JSON.parse(w) as T;
  } catch {
    return standaard;
  }
}

/** Builds the KalenderConfig from the tables openingstijden, kalender_dagen and instellingen. */
export function laadKalenderConfig(): KalenderConfig {
  const { db } = getDatabase();
  const uren = db.select().from(openingstijden).all();
  const kantooruren = { ...STANDAARD_KALENDER_CONFIG.kantooruren } as Record<IsoWeekdag, Kantooruren | null>;
  if (uren.length > 0) {
    for (let wd = 1; wd <= 7; wd++) kantooruren[wd as IsoWeekdag] = null;
    for (const u of uren) {
      if (u.weekdag < 1 || u.weekdag > 7) continue;
      kantooruren[u.weekdag as IsoWeekdag] = u.open && u.sluit ? { open: u.open, sluit: u.sluit } : null;
    }
  }
  const dagen = db.select().from(kalenderDagen).orderBy(kalenderDagen.datum).all();
  const waarden = new Map(db.select().from(instellingen).all().map((r) => [r.sleutel, r.waarde]));
  const gelijkgesteld = dagen
    .filter((d) => d.kalender === "atw" && d.soort === "gelijkgesteld")
    .map((d) => ({ datum: d.datum, omschrijving: d.omschrijving }));
  return {
    ...STANDAARD_KALENDER_CONFIG,
    kantooruren,
    sluitingsdagen: dagen
      .filter((d) => d.kalender === "organisatie" && d.soort === "sluitingsdag")
      .map((d) => ({ datum: d.datum, omschrijving: d.omschrijving })),
    deeldagen: dagen
      .filter((d) => d.kalender === "organisatie" && d.soort === "deeldag" && d.sluit)
      .map((d) => ({ datum: d.datum, sluit: d.sluit!, omschrijving: d.omschrijving })),
    bevrijdingsdagVrij: instelling(waarden, "bevrijdingsdag_vrij", STANDAARD_KALENDER_CONFIG.bevrijdingsdagVrij),
    goedeVrijdagVrij: instelling(waarden, "goede_vrijdag_vrij", STANDAARD_KALENDER_CONFIG.goedeVrijdagVrij),
    vrijeFeestdagen: instelling<readonly VrijeFeestdagCode[]>(waarden, "vrije_feestdagen", STANDAARD_KALENDER_CONFIG.vrijeFeestdagen),
    atwArtikel2: instelling(waarden, "atw_artikel2", STANDAARD_KALENDER_CONFIG.atwArtikel2),
    atwArtikel4: instelling(waarden, "atw_artikel4", STANDAARD_KALENDER_CONFIG.atwArtikel4),
    gelijkgesteldeDagen: gelijkgesteld.length > 0 ? gelijkgesteld : STANDAARD_KALENDER_CONFIG.gelijkgesteldeDagen,
  };
}

const KEY = Symbol.for("afspraak.kalenders");
interface Cache {
  kalenders: Kalenders;
  vingerafdruk: string;
  gecontroleerdOp: number;
  db: unknown;
}
type G = typeof globalThis & { [KEY]?: Cache };
const CONTROLE_MS = 5_000;

/** A cheap fingerprint of the calendar data: changes whenever a beheerder edits a calendar table. */
function vingerafdruk(): string {
  const { sqlite } = getDatabase();
  const r = sqlite
    .prepare(
      `SELECT (SELECT group_concat(weekdag || ':' || ifnull(open,'') || '-' || ifnull(sluit,''), ',') FROM openingstijden) AS o,
              (SELECT count(*) || ':' || ifnull(max(id),0) || ':' || ifnull(sum(length(datum || soort || ifnull(sluit,''))),0) FROM kalender_dagen) AS k,
              (SELECT group_concat(sleutel || '=' || waarde, ';') FROM instellingen
                 WHERE sleutel IN ('bevrijdingsdag_vrij','goede_vrijdag_vrij','vrije_feestdagen','atw_artikel2','atw_artikel4')) AS i`,
    )
    .get() as { o: string | null; k: string | null; i: string | null };
  return `${r.o}|${r.k}|${r.i}`;
}

/**
 * The organisation's calendars (cached). Rebuilt after `invalideerKalenders()`, when another database is
 * opened (tests), or when the calendar tables changed (checked at most every 5 s of wall time).
 */
export function kalenders(): Kalenders {
  const g = globalThis as G;
  const handle = getDatabase();
  const c = g[KEY];
  const t = Date.now();
  if (c && c.db === handle.sqlite) {
    if (t - c.gecontroleerdOp < CONTROLE_MS) return c.kalenders;
    const v = vingerafdruk();
    if (v === c.vingerafdruk) {
      c.gecontroleerdOp = t;
      return c.kalenders;
    }
  }
  const cache: Cache = { kalenders: maakKalenders(laadKalenderConfig()), vingerafdruk: vingerafdruk(), gecontroleerdOp: t, db: handle.sqlite };
  g[KEY] = cache;
  return cache.kalenders;
}

/** Drop the cached calendars (call after changing openingstijden, kalender_dagen or calendar settings). */
export function invalideerKalenders(): void {
  (globalThis as G)[KEY] = undefined;
}
