/**
 * The service profile (dienstverleningsprofiel) of one employee: the facts a manager and the employee
 * discuss in a coaching conversation, each beside the TEAM MEDIAN — never a ranking, never a colleague's
 * name or figure. The team median is only shown when at least MIN_TEAM_VOOR_MEDIAAN team members have a
 * value (with fewer, a "median" would reveal a colleague's figure).
 *
 * Sources: termijnen ⋈ afspraken (owner = afspraken.eigenaar_id; coaching agreements excluded), handovers
 * (mijlpaal overdracht_opgepakt), klachten whose beklaagden include the employee and that are decided
 * (oordeel set), compliments in feedback. Callers check visibility first (coaching.server.ts).
 */
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import {
  laatsteMaanden,
  perLid,
  periodeIndex,
  teamMediaan,
  telTermijnen,
  type Periode,
  type TermijnFeit,
} from "./rekenregels";
import { SOORT_COACHINGSAFSPRAAK } from "./coaching.server";

export const OORDEEL_NAMEN: Record<string, string> = {
  gegrond: "Gegrond",
  deels_gegrond: "Deels gegrond",
  ongegrond: "Ongegrond",
  geen_oordeel: "Geen oordeel",
};

export interface Vergelijking {
  waarde: number | null;
  teamMediaan: number | null;
}

export interface NormRegel {
  code: string;
  titel: string;
  genomen: number;
  opTijd: number;
  teLaat: number;
  pctOpTijd: Vergelijking;
}

export interface TrendMaand {
  sleutel: string;
  label: string;
  genomen: number;
  pctOpTijd: number | null;
  teamPctOpTijd: number | null;
  teLaat: number;
  complimenten: number | null;
  klachtenBeslist: number | null;
}

export interface Dienstverleningsprofiel {
  medewerker: { id: string; naam: string; teamNaam: string | null };
  periode: { van: string; tot: string };
  teamLeden: number;
  totaal: { genomen: Vergelijking; pctOpTijd: Vergelijking; teLaat: Vergelijking };
  perNorm: NormRegel[];
  overdrachten: { opgepakt: number; opTijd: number; pctOpTijd: Vergelijking };
  klachten: { beschikbaar: boolean; beslist: Vergelijking; perOordeel: { oordeel: string; naam: string; aantal: number }[] };
  complimenten: { beschikbaar: boolean; aantal: Vergelijking };
  trend: TrendMaand[];
}

function tabelBestaat(sqlite: Database.Database, naam: string): boolean {
  return !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(naam);
}

function plaatshouders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/** Raw deadline facts of these members' commitments that started since `sinds`. */
export function termijnFeiten(leden: readonly string[], sinds: number): TermijnFeit[] {
  if (leden.length === 0) return [];
  const { sqlite } = getDatabase();
  const rijen = sqlite
    .prepare(
      `SELECT a.eigenaar_id AS medewerkerId, n.code AS normCode, nv.titel AS normTitel, t.mijlpaal, t.start_op AS startOp,
              t.termijn_op AS termijnOp, t.status, t.op_tijd AS opTijd, t.verlopen_op AS verlopenOp
       FROM afspraken a
       JOIN termijnen t ON t.afspraak_id = a.id
       JOIN norm_versies nv ON nv.id = t.norm_versie_id
       JOIN normen n ON n.id = nv.norm_id
       WHERE a.eigenaar_id IN (${plaatshouders(leden.length)}) AND a.soort <> ? AND t.start_op >= ?`,
    )
    .all(...leden, SOORT_COACHINGSAFSPRAAK, sinds) as (Omit<TermijnFeit, "opTijd"> & { opTijd: number | null })[];
  return rijen.map((r) => ({ ...r, opTijd: r.opTijd === null ? null : r.opTijd === 1 }));
}

interface KlachtFeit {
  medewerkerId: string;
  oordeel: string;
  op: number;
}

/** Decided complaints (oordeel set) naming these members as beklaagde, decided since `sinds`. */
export function klachtFeiten(leden: readonly string[], sinds: number): KlachtFeit[] | null {
  const { sqlite } = getDatabase();
  if (!tabelBestaat(sqlite, "klachten")) return null;
  if (leden.length === 0) return [];
  return sqlite
    .prepare(
      `SELECT json_extract(j.value, '$.id') AS medewerkerId, k.oordeel AS oordeel, coalesce(k.conclusie_op, k.gewijzigd_op) AS op
       FROM klachten k, json_each(k.beklaagden) j
       WHERE k.oordeel IS NOT NULL AND coalesce(k.conclusie_op, k.gewijzigd_op) >= ?
         AND json_extract(j.value, '$.id') IN (${plaatshouders(leden.length)})`,
    )
    .all(sinds, ...leden) as KlachtFeit[];
}

interface ComplimentFeit {
  medewerkerId: string;
  op: number;
}

/** Compliments addressed to these members since `sinds` (null when the feedback table is not there yet). */
export function complimentFeiten(leden: readonly string[], sinds: number): ComplimentFeit[] | null {
  const { sqlite } = getDatabase();
  if (!tabelBestaat(sqlite, "feedback")) return null;
  if (leden.length === 0) return [];
  return sqlite
    .prepare(
      `SELECT medewerker_id AS medewerkerId, aangemaakt_op AS op FROM feedback
       WHERE soort = 'compliment' AND medewerker_id IN (${plaatshouders(leden.length)}) AND aangemaakt_op >= ?`,
    )
    .all(...leden, sinds) as ComplimentFeit[];
}

function vergelijk<T>(medewerkerId: string, perLidFeiten: Map<string, T[]>, f: (feiten: T[]) => number | null): Vergelijking {
  const waarden = new Map<string, number | null>();
  for (const [lid, feiten] of perLidFeiten) waarden.set(lid, f(feiten));
  return { waarde: waarden.get(medewerkerId) ?? null, teamMediaan: teamMediaan(waarden) };
}

/** The service profile over the last 12 months up to `nu`. Null when the employee does not exist. */
export function dienstverleningsprofiel(medewerkerId: string, nu = now()): Dienstverleningsprofiel | null {
  const { sqlite } = getDatabase();
  const m = sqlite
    .prepare("SELECT m.id, m.naam, m.team_id, t.naam AS team_naam FROM medewerkers m LEFT JOIN teams t ON t.id = m.team_id WHERE m.id = ?")
    .get(medewerkerId) as { id: string; naam: string; team_id: number | null; team_naam: string | null } | undefined;
  if (!m) return null;
  const leden =
    m.team_id === null
      ? [m.id]
      : (sqlite.prepare("SELECT id FROM medewerkers WHERE team_id = ? AND (actief = 1 OR id = ?)").all(m.team_id, m.id) as { id: string }[]).map(
          (r) => r.id,
        );
  const maanden: Periode[] = laatsteMaanden(nu, 12);
  const sinds = maanden[0]!.vanOp;

  const termijnen = perLid(leden, termijnFeiten(leden, sinds));
  const overdrachten = new Map([...termijnen].map(([lid, f]) => [lid, f.filter((x) => x.mijlpaal === "overdracht_opgepakt")]));
  const klachtRuw = klachtFeiten(leden, sinds);
  const klachten = klachtRuw ? perLid(leden, klachtRuw) : null;
  const complRuw = complimentFeiten(leden, sinds);
  const complimenten = complRuw ? perLid(leden, complRuw) : null;

  const eigen = termijnen.get(m.id) ?? [];
  const normen = new Map<string, string>();
  for (const f of eigen) normen.set(f.normCode, f.normTitel);
  const perNorm: NormRegel[] = [...normen.entries()]
    .sort((a, b) => a[1].localeCompare(b[1], "nl"))
    .map(([code, titel]) => {
      const t = telTermijnen(
        eigen.filter((f) => f.normCode === code),
        nu,
      );
      return {
        code,
        titel,
        genomen: t.genomen,
        opTijd: t.opTijd,
        teLaat: t.teLaat,
        pctOpTijd: vergelijk(m.id, termijnen, (fs) => telTermijnen(fs.filter((f) => f.normCode === code), nu).pctOpTijd),
      };
    });

  const eigenOverdracht = telTermijnen(overdrachten.get(m.id) ?? [], nu);
  const eigenKlachten = klachten?.get(m.id) ?? [];
  const perOordeel = Object.entries(OORDEEL_NAMEN).map(([oordeel, naam]) => ({
    oordeel,
    naam,
    aantal: eigenKlachten.filter((k) => k.oordeel === oordeel).length,
  }));

  // Monthly trend, with the team median of the on-time percentage per month.
  const trend: TrendMaand[] = maanden.map((p, i) => {
    const inMaand = (fs: TermijnFeit[]) => fs.filter((f) => periodeIndex(maanden, f.startOp) === i);
    const t = telTermijnen(inMaand(eigen), nu);
    const teamWaarden = new Map<string, number | null>();
    for (const [lid, fs] of termijnen) teamWaarden.set(lid, telTermijnen(inMaand(fs), nu).pctOpTijd);
    return {
      sleutel: p.sleutel,
      label: p.label,
      genomen: t.genomen,
      pctOpTijd: t.pctOpTijd,
      teamPctOpTijd: teamMediaan(teamWaarden),
      teLaat: eigen.filter((f) => periodeIndex(maanden, f.verlopenOp) === i).length,
      complimenten: complimenten ? (complimenten.get(m.id) ?? []).filter((c) => periodeIndex(maanden, c.op) === i).length : null,
      klachtenBeslist: klachten ? eigenKlachten.filter((k) => periodeIndex(maanden, k.op) === i).length : null,
    };
  });

  return {
    medewerker: { id: m.id, naam: m.naam, teamNaam: m.team_naam },
    periode: { van: maanden[0]!.label, tot: maanden[maanden.length - 1]!.label },
    teamLeden: leden.length,
    totaal: {
      genomen: vergelijk(m.id, termijnen, (fs) => telTermijnen(fs, nu).genomen),
      pctOpTijd: vergelijk(m.id, termijnen, (fs) => telTermijnen(fs, nu).pctOpTijd),
      teLaat: vergelijk(m.id, termijnen, (fs) => telTermijnen(fs, nu).teLaat),
    },
    perNorm,
    overdrachten: {
      opgepakt: (overdrachten.get(m.id) ?? []).filter((f) => f.status === "gehaald").length,
      opTijd: eigenOverdracht.opTijd,
      pctOpTijd: vergelijk(m.id, overdrachten, (fs) => telTermijnen(fs, nu).pctOpTijd),
    },
    klachten: {
      beschikbaar: klachten !== null,
      beslist: klachten ? vergelijk(m.id, klachten, (fs) => fs.length) : { waarde: null, teamMediaan: null },
      perOordeel,
    },
    complimenten: {
      beschikbaar: complimenten !== null,
      aantal: complimenten ? vergelijk(m.id, complimenten, (fs) => fs.length) : { waarde: null, teamMediaan: null },
    },
    trend,
  };
}
