/**
 * Demo data: years of a large Dutch city (issue 6, item 6). `genereerDemoData` fills the database with
 *
 * - an extended organisation (departments, teams, employees with fake names) and a pool of fake citizens;
 * - historic, CLOSED callbacks (terugbelafspraken) and complaints (klachten), bulk-inserted with prepared
 *   statements in large transactions with the statistics triggers dropped (zonderStatistiekTriggers; the
 *   rollups are rebuilt once afterwards). Each row carries valid projection columns, its deadline rows and a
 *   persisted snapshot of a final state of the real machine (app/features/demodata/sjablonen.server.ts; the first
 *   row of every outcome is re-run through the real machine and its context compared). The event log of such a
 *   row holds only the creation event and the final event;
 * - the OPEN work of the last weeks (everything whose next step lies after `nu`) through the real engine
 *   (startAfspraak/pasToe, registreerKlacht/voerStapUit), so warnings and escalations work live;
 * - warm handovers (warme overdrachten): closed ones bulk-inserted like the callbacks (snapshots from the real
 *   overdracht machine, deadline rows for overdracht_opgepakt per offer and klant_geinformeerd), part of them made
 *   from a callback (that callback ends as "omgezet"); the open ones through the real engine;
 * - compliments and suggestions, learning-log entries with norms and links, contact volumes per month/channel;
 * - improvement actions (verbeteracties) for about 2 in 5 lessons, driven through the real server functions
 *   (maakVerbeteractie / voerActieStapUit, the evaluation built by leesStap, which measures the effect on the
 *   rebuilt rollups) with the clock at each step's moment. Their ids are random (crypto.randomUUID in
 *   maakVerbeteractie); everything else about them is deterministic.
 *
 * Deterministic for a given seed (`zaad`), scale and `nu`.
 */
import { statSync, existsSync } from "node:fs";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now, setNow, resetClock } from "../../platform/clock";
import { publiekeInzendingen, type PubliekeAantallen } from "./inwoner.server";
import { kalenders, normVersieMetId, termijnNorm, type NormVersie } from "../../platform/engine/normen.server";
import type { OrganisatieKalender } from "../../domain/kalender/kalenders";
import { berekenTermijn, berekenWaarschuwing } from "../../domain/kalender/termijn";
import { isoDatum, lokaleDag, instantVanLokaleDag, weekdagVanDag, datumVanDag, isoDatumVanDag, dagVanIso } from "../../domain/kalender/tijd";
import { regieteamMoment } from "../../platform/engine/termijnen.server";
import { zonderStatistiekTriggers } from "../statistiek/herbouw.server";
import { startAfspraak, pasToe, type Actor } from "../../platform/engine/runtime.server";
// Every machine the generated dossiers use must be registered (klachten and verbeteracties come with their imports below).
import "../overdracht/overdracht.server";
import "../coaching/coaching.server";
import { registreerKlacht, voerStapUit, afhandelTermijn, type KlachtInvoer } from "../klachten/klachten.server";
import { normaliseerNaam, achternaamVan } from "../klantbeeld/klantbeeld.server";
import { terugbelMachine, terugvalTekst, type TerugbelContext, type Kanaal } from "../../../workflows/terugbelafspraak/machine";
import {
  overdrachtMachine,
  MIJLPAAL_OPGEPAKT,
  MIJLPAAL_GEINFORMEERD,
  type OverdrachtContext,
  type OverdrachtEvent,
  type OverdrachtInput,
  type OverdrachtOntvanger,
  type Hoe,
} from "../../../workflows/overdracht/machine";
import type { Effect } from "../../../workflows/verbeteractie/machine";
import { maakVerbeteractie, voerActieStapUit, leesStap, effectVoorActie, deadlineMoment } from "../verbeteracties/verbeteracties.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { klachtMachine, type KlachtContext, type KlachtEvent } from "../../../workflows/klacht/machine";
import { vernietigingsdatum, type Oordeel } from "../../../workflows/klacht/recht";
import { Toeval, Gewogen, tijdId } from "./toeval.server";
import { maakSjabloon, doorloop, vul, type Sjabloon } from "./sjablonen.server";
import {
  DEMO_STAD,
  VOORNAMEN,
  ACHTERNAMEN,
  STRATEN,
  WOONPLAATS,
  BEVINDINGEN,
  MAATREGELEN,
  LESSEN,
  LES_TITELS,
  COMPLIMENTEN,
  SUGGESTIES,
  GESCHONDEN_NORMEN,
  VERBETERACTIES,
  REALISATIES,
  AFWIJSREDENEN,
  EVALUATIES,
  OVERDRACHT_AL_GEDAAN,
  WEIGERREDENEN,
  INTREKREDENEN,
  VERVOLGSTAPPEN,
} from "./gegevens.server";

export type Schaal = "klein" | "middel" | "groot";
export const SCHALEN: Record<
  Schaal,
  {
    terugbel: number;
    klachten: number;
    feedback: number;
    lessen: number;
    burgers: number;
    snel: boolean;
    recentPerWerkdag: number;
    recentOverdrachtPerWerkdag: number;
  }
> = {
  // per year (the city grows ~1.2 % a year; these are the decade's averages)
  klein: { terugbel: 400, klachten: 50, feedback: 30, lessen: 4, burgers: 1_500, snel: false, recentPerWerkdag: 12, recentOverdrachtPerWerkdag: 1 },
  middel: { terugbel: 50_000, klachten: 2_100, feedback: 800, lessen: 40, burgers: 30_000, snel: true, recentPerWerkdag: 0, recentOverdrachtPerWerkdag: 0 },
  groot: { terugbel: 500_000, klachten: 21_000, feedback: 8_000, lessen: 250, burgers: 150_000, snel: true, recentPerWerkdag: 0, recentOverdrachtPerWerkdag: 0 },
};
/** Warm handovers made directly (not from a callback), as a share of the callbacks' volume. */
const OVERDRACHT_AANDEEL = 0.02;
/** Share of callbacks turned into a warm handover. */
const OMZET_KANS = 0.015;
/** Share of lessons that get an improvement action (one action per ~2.5 lessons). */
const ACTIE_KANS = 0.4;

export interface DemoDataOpties {
  jaren: number;
  schaal: Schaal;
  zaad: number;
  /** End of the history (default now()). */
  nu?: number;
  /** Progress lines (Dutch). */
  voortgang?: (regel: string) => void;
}

export interface DemoDataSamenvatting {
  rijen: Record<string, number>;
  ms: number;
  bytes: number;
  viaEngine: { terugbel: number; klachten: number; overdrachten: number; verbeteracties: number; geweigerd: number };
}

export const DEMODATA_SLEUTEL = "demodata";

/** The marker row, when this database already holds generated data. */
export function gegenereerdeData(sqlite: Database.Database): { schaal: string; jaren: number; zaad: number; op: number } | null {
  const r = sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = ?").get(DEMODATA_SLEUTEL) as { waarde: string } | undefined;
  return r ? (JSON.parse(r.waarde) as { schaal: string; jaren: number; zaad: number; op: number }) : null;
}

const MIN = 60_000;
const UUR = 3_600_000;

/**
 * A hearing moment near `doel` on a working day of the organisation calendar, on a quarter hour within office
 * hours (at least 30 minutes before closing), strictly between `na` and `voor`; null when none fits. The
 * slot is derived from `doel` itself, so the generator draws no extra random numbers.
 */
function hoorMomentOpWerkdag(org: OrganisatieKalender, doel: number, na: number, voor: number): number | null {
  if (voor <= na) return null;
  const d0 = lokaleDag(doel);
  const vanDag = lokaleDag(na);
  const totDag = lokaleDag(voor);
  const deel = (doel / UUR) % 1; // where in its hour the target fell: a spread 0..1
  const slot = (dag: number): number | null => {
    const kt = org.kantoortijden(dag);
    if (!kt) return null;
    const kwartieren = Math.floor((kt.sluit - kt.open - 30 * 60_000) / (15 * 60_000));
    if (kwartieren < 0) return null;
    const kandidaat = kt.open + Math.floor(deel * (kwartieren + 1)) * 15 * 60_000;
    if (kandidaat > na && kandidaat < voor) return kandidaat;
    // the first or last day of the window: try the earliest / latest quarter that fits
    for (let q = 0; q <= kwartieren; q++) {
      const m = kt.open + q * 15 * 60_000;
      if (m > na && m < voor) return m;
    }
    return null;
  };
  for (let i = 0; d0 + i <= totDag || d0 - i >= vanDag; i++) {
    if (d0 + i <= totDag && d0 + i >= vanDag) {
      const m = slot(d0 + i);
      if (m !== null) return m;
    }
    if (i > 0 && d0 - i >= vanDag && d0 - i <= totDag) {
      const m = slot(d0 - i);
      if (m !== null) return m;
    }
  }
  return null;
}
const DAG = 86_400_000;
const SEIZOEN = [1.15, 1.0, 1.12, 1.0, 0.95, 0.95, 0.72, 0.75, 1.12, 1.05, 1.0, 0.88];
const WEEKDAG = [0, 1.3, 1.1, 1.0, 1.0, 0.85, 0.08, 0.05]; // 1 = Monday … 7 = Sunday
const DIGITAAL = new Set<string>(["e-mail", "website", "chat", "sociale media"]);

function kort(tekst: string, n = 70): string {
  const t = tekst.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

// ------------------------------------------------------------------------------------------------ organisation

interface Lid {
  id: string;
  naam: string;
  teamId: number;
}
interface TeamInfo {
  id: number;
  naam: string;
  afdelingId: number;
  afdeling: (typeof DEMO_STAD)[number];
  basisOpTijd: number;
  leden: Lid[];
  slecht: number;
}

function asciiSlug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");
}

function breidOrganisatieUit(sqlite: Database.Database, t: Toeval, op: number): { teams: TeamInfo[]; regie: Lid[]; kcc: Lid[] } {
  const emails = new Set((sqlite.prepare("SELECT email FROM medewerkers").all() as { email: string }[]).map((r) => r.email));
  const insAfd = sqlite.prepare("INSERT INTO afdelingen (naam) VALUES (?) ON CONFLICT (naam) DO NOTHING");
  const afdId = sqlite.prepare("SELECT id FROM afdelingen WHERE naam = ?");
  const insTeam = sqlite.prepare("INSERT INTO teams (afdeling_id, naam) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const teamRij = sqlite.prepare("SELECT id, teamleider_id FROM teams WHERE afdeling_id = ? AND naam = ?");
  const ledenVan = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE team_id = ? ORDER BY email");
  const insMw = sqlite.prepare("INSERT INTO medewerkers (id, email, naam, team_id, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?)");
  const insRol = sqlite.prepare("INSERT OR IGNORE INTO medewerker_rollen (medewerker_id, rol) VALUES (?, ?)");
  const insLg = sqlite.prepare("INSERT OR IGNORE INTO leidinggevenden (medewerker_id, leidinggevende_id) VALUES (?, ?)");
  const zetTl = sqlite.prepare("UPDATE teams SET teamleider_id = ? WHERE id = ?");
  const hanna = (sqlite.prepare("SELECT id FROM medewerkers WHERE email = 'hanna@voorbeeld.nl'").get() as { id: string } | undefined)?.id ?? null;

  const nieuwLid = (teamId: number, rollen: string[]): Lid => {
    let naam = "";
    let email = "";
    for (let i = 0; ; i++) {
      naam = `${t.kies(VOORNAMEN)} ${t.kies(ACHTERNAMEN)}`;
      const [v, ...a] = naam.split(" ");
      email = `${asciiSlug(v!)}.${asciiSlug(a.join(""))}${i ? i : ""}@voorbeeld.nl`;
      if (!emails.has(email)) break;
    }
    emails.add(email);
    const id = tijdId(op - 3650 * DAG, t);
    insMw.run(id, email, naam, teamId, op, op);
    for (const r of rollen) insRol.run(id, r);
    return { id, naam, teamId };
  };

  const teams: TeamInfo[] = [];
  for (const a of DEMO_STAD) {
    insAfd.run(a.naam);
    const afdelingId = (afdId.get(a.naam) as { id: number }).id;
    for (const tm of a.teams) {
      insTeam.run(afdelingId, tm.naam);
      const rij = teamRij.get(afdelingId, tm.naam) as { id: number; teamleider_id: string | null };
      const leden = (ledenVan.all(rij.id) as { id: string; naam: string }[]).map((m) => ({ ...m, teamId: rij.id }));
      let tl = rij.teamleider_id;
      if (!tl) {
        const l = nieuwLid(rij.id, ["medewerker", "teamleider"]);
        leden.push(l);
        tl = l.id;
        zetTl.run(tl, rij.id);
        if (hanna) insLg.run(tl, hanna);
      }
      while (leden.length < tm.grootte) {
        const l = nieuwLid(rij.id, ["medewerker"]);
        leden.push(l);
        insLg.run(l.id, tl);
      }
      teams.push({ id: rij.id, naam: tm.naam, afdelingId, afdeling: a, basisOpTijd: tm.basisOpTijd, leden, slecht: 0 });
    }
  }
  // The regieteam handles complaints: the demo members plus complaint coordinators.
  const regieTeam = sqlite.prepare("SELECT id FROM teams WHERE naam = 'Regieteam Dienstverlening'").get() as { id: number } | undefined;
  const regie: Lid[] = (
    sqlite
      .prepare("SELECT m.id, m.naam, m.team_id AS teamId FROM medewerkers m JOIN medewerker_rollen r ON r.medewerker_id = m.id AND r.rol = 'regieteam' ORDER BY m.email")
      .all() as Lid[]
  ).slice();
  if (regieTeam) while (regie.length < 6) regie.push(nieuwLid(regieTeam.id, ["medewerker", "regieteam"]));
  const kcc = teams.filter((x) => x.afdeling.naam.startsWith("Klantcontact")).flatMap((x) => x.leden);
  return { teams, regie, kcc };
}

// ------------------------------------------------------------------------------------------------ citizens

interface Burger {
  id: string;
  naam: string;
  telefoon: string;
  email: string | null;
  adres: string;
  postcode: string;
}

function maakBurgers(sqlite: Database.Database, t: Toeval, n: number, op: number): Burger[] {
  const ins = sqlite.prepare(
    "INSERT INTO burgers (id, naam, naam_zoek, achternaam_zoek, telefoon_e164, email, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const uit: Burger[] = [];
  const basis = t.int(0, 9_999_999);
  for (let i = 0; i < n; i++) {
    const v = t.kies(VOORNAMEN);
    const a = t.kies(ACHTERNAMEN);
    const naam = `${v} ${a}`;
    // 06-0xxxxxxx: a range not issued to subscribers; unique per citizen.
    const nr = ((basis + i * 7_919) % 10_000_000).toString().padStart(7, "0");
    const telefoon = `+3160${nr}`;
    const email = t.kans(0.7) ? `${asciiSlug(v)}.${asciiSlug(a)}${i}@voorbeeldmail.example` : null;
    const adres = `${t.kies(STRATEN)} ${t.int(1, 180)}`;
    const postcode = `${t.int(1000, 9999)} ${String.fromCharCode(65 + t.int(0, 25))}${String.fromCharCode(65 + t.int(0, 25))}`;
    const id = tijdId(op - 3650 * DAG + i, t);
    const nz = normaliseerNaam(naam);
    ins.run(id, naam, nz, achternaamVan(nz), telefoon, email, op, op);
    uit.push({ id, naam, telefoon, email, adres, postcode });
  }
  return uit;
}

// ------------------------------------------------------------------------------------------------ deadlines

interface TermijnRijIn {
  mijlpaal: string;
  norm: NormVersie;
  startOp: number;
  termijnOp: number;
  waarschuwingOp: number;
  status: "gehaald" | "gestopt";
  eindOp: number;
}

/** Phase, timestamps and the number of scheduler firings a deadline row went through before `eindOp`. */
function fase(r: TermijnRijIn): { fase: string; gew: number | null; verl: number | null; tl: number | null; rt: number | null; vuren: number } {
  let vuren = 0;
  let f = "gepland";
  let gew: number | null = null;
  let verl: number | null = null;
  let tl: number | null = null;
  let rt: number | null = null;
  if (r.waarschuwingOp < r.termijnOp && r.eindOp > r.waarschuwingOp) {
    f = "gewaarschuwd";
    gew = r.waarschuwingOp;
    vuren++;
  }
  if (r.eindOp > r.termijnOp) {
    f = "verlopen";
    verl = r.termijnOp;
    if (r.norm.escalatieTeamleider) tl = r.termijnOp;
    vuren++;
    const m = regieteamMoment(r.norm, r.termijnOp);
    if (m !== null && r.eindOp > m) {
      f = "geescaleerd";
      rt = m;
      vuren++;
    }
  }
  return { fase: f, gew, verl, tl, rt, vuren };
}

// ------------------------------------------------------------------------------------------------ generator

interface OpenTerugbel {
  t0: number;
  input: Record<string, unknown>;
  maker: Actor;
  eigenaar: Actor;
  pogingen: { op: number; uitkomst: "geen_gehoor" | "voicemail" }[];
}
interface OpenOverdracht {
  t0: number;
  id: string;
  input: OverdrachtInput & { burgerId: string | null };
  maker: Actor;
  stappen: { wanneer: number; e: OverdrachtEvent; door: Actor }[];
}
interface OpenKlacht {
  t0: number;
  invoer: KlachtInvoer;
  maker: Actor;
  stappen: { wanneer: number; e: KlachtEvent; door: Actor }[];
}

export async function genereerDemoData(opties: DemoDataOpties): Promise<DemoDataSamenvatting> {
  const start = performance.now();
  const { sqlite, path: dbPad } = getDatabase();
  const melding = opties.voortgang ?? (() => {});
  const t = new Toeval(opties.zaad);
  const nu = opties.nu ?? now();
  const cfg = SCHALEN[opties.schaal];
  const jaren = Math.max(1, Math.min(30, opties.jaren));
  if (gegenereerdeData(sqlite)) throw new Error("Deze database bevat al gegenereerde demo-data.");
  if (!(sqlite.prepare("SELECT count(*) AS n FROM medewerkers").get() as { n: number }).n) {
    throw new Error("De database is nog niet gevuld met de demo-gemeente (seed).");
  }

  const vandaag = lokaleDag(nu);
  const eersteDag = vandaag - Math.round(jaren * 365.25);
  const beginOp = instantVanLokaleDag(eersteDag, 0);
  const k = kalenders();

  // The charter's first versions apply from the start of the history (the demo charter is dated 2020).
  sqlite.prepare(
    `UPDATE norm_versies SET geldig_vanaf = ? WHERE geldig_vanaf > ? AND id IN (SELECT min(id) FROM norm_versies GROUP BY norm_id)`,
  ).run(beginOp, beginOp);
  const normId = (code: string): NormVersie => {
    const r = sqlite
      .prepare("SELECT v.id FROM norm_versies v JOIN normen n ON n.id = v.norm_id WHERE n.code = ? ORDER BY v.versie LIMIT 1")
      .get(code) as { id: number } | undefined;
    if (!r) throw new Error(`Norm ${code} ontbreekt in het kwaliteitshandvest.`);
    return normVersieMetId(r.id)!;
  };
  const N = {
    terugbel: normId("TERUGBELLEN"),
    ontvangst: normId("KLACHT-ONTVANGST"),
    afhandeling: normId("KLACHT-AFHANDELING"),
    verdaging: normId("KLACHT-VERDAGING"),
    nib: normId("KLACHT-NIET-IN-BEHANDELING"),
    opgepakt: normId("OVERDRACHT-OPGEPAKT"),
    geinformeerd: normId("OVERDRACHT-GEINFORMEERD"),
  };
  const ombudsman = { naam: "Nationale ombudsman", termijnWeken: 52 };

  melding(`Organisatie uitbreiden en ${cfg.burgers.toLocaleString("nl-NL")} inwoners aanmaken…`);
  let org!: ReturnType<typeof breidOrganisatieUit>;
  let burgers: Burger[] = [];
  sqlite.transaction(() => {
    org = breidOrganisatieUit(sqlite, t, nu);
    burgers = maakBurgers(sqlite, t, cfg.burgers, nu);
  })();
  const teams = org.teams;
  const teamKeuze = new Gewogen(teams.map((x) => [x, x.afdeling.gewicht / x.afdeling.teams.length] as const));
  // A bad period (a system migration with staff shortage) at 60 % of the history, 7 months long.
  const slechtVan = beginOp + (nu - beginOp) * 0.6;
  const slechtTot = slechtVan + 213 * DAG;
  for (const x of teams) x.slecht = /Klantcontact|Openbare|Werk/.test(x.afdeling.naam) ? 0.2 : 0.07;

  // ---------------------------------------------------------------- day weights
  const dagen: { dag: number; w: number; jaar: number; maand: number }[] = [];
  let somW = 0;
  for (let d = eersteDag; d <= vandaag; d++) {
    const { jaar, maand, dag } = datumVanDag(d);
    const wd = weekdagVanDag(d);
    let w = SEIZOEN[maand - 1]! * WEEKDAG[wd]! * Math.pow(1.012, (d - eersteDag) / 365.25);
    if ((maand === 12 && dag >= 24) || (maand === 1 && dag === 1) || (maand === 4 && dag === 27)) w *= maand === 12 && dag < 27 && dag !== 25 ? 0.45 : 0.08;
    dagen.push({ dag: d, w, jaar, maand });
    somW += w;
  }
  const perW = (perJaar: number) => (perJaar * jaren) / somW;
  const fTijd = (op: number) => Math.max(0, Math.min(1, (op - beginOp) / (nu - beginOp)));
  const kanaalTerugbel = (f: number, weekend: boolean) =>
    new Gewogen<Kanaal>(
      weekend
        ? [["e-mail", 0.35], ["website", 0.35 + 0.2 * f], ["chat", 0.05 + 0.2 * f], ["sociale media", 0.1]]
        : [
            ["telefoon", 0.55 - 0.1 * f],
            ["balie", 0.14 - 0.09 * f],
            ["post", 0.04 - 0.03 * f],
            ["e-mail", 0.12],
            ["website", 0.09 + 0.12 * f],
            ["chat", 0.02 + 0.1 * f],
            ["sociale media", 0.04],
          ],
    );
  const kanaalKlacht = (f: number, weekend: boolean) =>
    new Gewogen<string>(
      weekend
        ? [["e-mail", 0.5], ["website", 0.35 + 0.2 * f], ["sociale media", 0.1], ["chat", 0.05 * f]]
        : [
            ["post", 0.22 - 0.14 * f],
            ["e-mail", 0.3],
            ["website", 0.18 + 0.17 * f],
            ["telefoon", 0.15 - 0.03 * f],
            ["balie", 0.08 - 0.05 * f],
            ["chat", 0.01 + 0.04 * f],
            ["sociale media", 0.06],
          ],
    );
  const kanaalCache = new Map<string, Gewogen<string>>();
  const kanaal = (soort: "t" | "k", op: number, weekend: boolean): string => {
    const f = Math.round(fTijd(op) * 20) / 20;
    const key = `${soort}${f}${weekend}`;
    let g = kanaalCache.get(key);
    if (!g) kanaalCache.set(key, (g = (soort === "t" ? kanaalTerugbel(f, weekend) : kanaalKlacht(f, weekend)) as Gewogen<string>));
    return g.kies(t);
  };
  const tijdstip = (dag: number, kn: string): number => {
    if (DIGITAAL.has(kn)) {
      const uur = Math.min(23.9, Math.max(0, 7 + t.r() * 10 + t.normaal() * 3));
      return instantVanLokaleDag(dag, Math.floor(uur * UUR));
    }
    return instantVanLokaleDag(dag, Math.floor(8.5 * UUR + Math.pow(t.r(), 1.3) * 8.4 * UUR));
  };
  const opTijdKans = (team: TeamInfo, op: number): number => {
    let p = team.basisOpTijd + 0.09 * fTijd(op);
    if (op >= slechtVan && op < slechtTot) p -= team.slecht;
    const m = datumVanDag(lokaleDag(op)).maand;
    if (m === 7 || m === 8 || m === 12) p -= 0.03;
    return Math.max(0.3, Math.min(0.99, p));
  };

  // ---------------------------------------------------------------- statements
  const stmt = {
    afspraak: sqlite.prepare(
      `INSERT INTO afspraken (id, soort, status, open, titel, eigenaar_id, team_id, afdeling_id, burger_id, kanaal, termijn_op, termijn_status,
         norm_versie_ids, handvest_peil_op, versie, snapshot, aangemaakt_op, aangemaakt_door, gewijzigd_op, gesloten_op)
       VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: sqlite.prepare(
      `INSERT INTO afspraak_gebeurtenissen (afspraak_id, volgnummer, type, payload, actor_id, actor_naam, op, van_status, naar_status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    termijn: sqlite.prepare(
      `INSERT INTO termijnen (afspraak_id, mijlpaal, norm_versie_id, start_op, waarschuwing_op, termijn_op, oorspronkelijk_op, verzet,
         gepauzeerd_sinds, status, gehaald_op, op_tijd, fase, volgende_actie_op, gewaarschuwd_op, verlopen_op, escalatie_teamleider_op, escalatie_regieteam_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
    ),
    klacht: sqlite.prepare(
      `INSERT INTO klachten (id, nummer, status, ontvangen_op, kanaal, schriftelijk, klager_soort, klager_naam, klager_adres, klager_postcode,
         klager_woonplaats, klager_telefoon, klager_email, klager_voorkeur_kanaal, dagtekening, burger_id, omschrijving, gedraging_datum,
         afdeling_id, team_id, beklaagden, beklaagde_onbekend, betreft_bestuursorgaan, behandelaar_id, behandelaar_naam, ontvangst_bevestigd_op,
         grond_9_8, grond_toelichting, bericht_9_8_op, informeel_op, informeel_toelichting, informeel_tevredenheid, kopie_beklaagde_op,
         hoorzitting_gepland_op, hoorzitting_op, hoor_verslag, horen_overgeslagen_reden, horen_overgeslagen_toelichting, termijn_weken,
         oorspronkelijke_termijn_op, termijn_op, verdaging_bericht_klager_op, verdaging_bericht_beklaagde_op, verdaagd_weken, verdaagd_op, uitstel,
         conclusie_op, bevindingen, oordeel, oordeel_reden, maatregelen, ombudsman_naam, ombudsman_termijn_weken, les, les_overgeslagen,
         afgesloten_op, afgerond_binnen_termijn, ombudsman_ingeschakeld_op, bewaarklasse, vernietigingsdatum, versie, aangemaakt_op,
         aangemaakt_door, gewijzigd_op)
       VALUES (?, ?, 'gesloten', ?, ?, ?, 'persoon', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 6,
         ?, NULL, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    klachtNorm: sqlite.prepare("INSERT INTO klacht_normen (klacht_id, norm) VALUES (?, ?)"),
    feedback: sqlite.prepare(
      `INSERT INTO feedback (soort, tekst, kanaal, van_naam, van_contact, medewerker_id, team_id, afdeling_id, status, triage_notitie, aangemaakt_op, aangemaakt_door, gewijzigd_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const termijnRij = (afspraakId: string, r: TermijnRijIn): number => {
    const f = fase(r);
    stmt.termijn.run(
      afspraakId,
      r.mijlpaal,
      r.norm.id,
      r.startOp,
      r.waarschuwingOp,
      r.termijnOp,
      r.termijnOp,
      r.status,
      r.status === "gehaald" ? r.eindOp : null,
      r.status === "gehaald" ? (r.eindOp <= r.termijnOp ? 1 : 0) : null,
      f.fase,
      f.gew,
      f.verl,
      f.tl,
      f.rt,
    );
    return f.vuren;
  };
  const normTerugbel = termijnNorm(N.terugbel);

  // ---------------------------------------------------------------- templates (real machines)
  const sjablonen = new Map<string, Sjabloon>();
  const gecontroleerd = new Set<string>();
  const controleer = (sleutel: string, machine: typeof terugbelMachine | typeof klachtMachine | typeof overdrachtMachine, input: unknown, events: { type: string }[], ctx: Record<string, unknown>) => {
    if (gecontroleerd.has(sleutel)) return;
    gecontroleerd.add(sleutel);
    const echt = (doorloop(machine, input, events).snapshot as { context: Record<string, unknown> }).context;
    const verwacht = JSON.stringify(Object.fromEntries(Object.keys(echt).sort().map((x) => [x, echt[x]])));
    const gemaakt = JSON.stringify(
      Object.fromEntries(Object.keys(ctx).sort().map((x) => [x, ["waarschuwing", "verlopen", "geescaleerd"].includes(x) ? false : ctx[x]])),
    );
    if (verwacht !== gemaakt) throw new Error(`Demo-data: de context van uitkomst ${sleutel} wijkt af van de echte machine.\n${verwacht}\n${gemaakt}`);
  };
  const sjabloon = (sleutel: string, machine: typeof terugbelMachine | typeof klachtMachine | typeof overdrachtMachine, input: unknown, events: { type: string }[]): Sjabloon => {
    let s = sjablonen.get(sleutel);
    if (!s) sjablonen.set(sleutel, (s = maakSjabloon(machine, input, events)));
    return s;
  };

  const tellers = { terugbel: 0, klachten: 0, feedback: 0, overdrachten: 0 };
  const openTerugbel: OpenTerugbel[] = [];
  const openOverdrachten: OpenOverdracht[] = [];
  const openKlachten: OpenKlacht[] = [];
  const klachtNummers = new Map<number, number>();
  const klachtenPerJaar = (cfg.klachten * jaren) / (jaren + 0.0001);
  /** Decided complaints per department (for the learning log's links), recent ones last. */
  const gegrondPerAfdeling = new Map<number, string[]>();
  const laatTerugbel: string[] = [];

  // ---------------------------------------------------------------- one callback
  const terugbel = (dag: number, weekend: boolean) => {
    const team = teamKeuze.kies(t);
    const kn = kanaal("t", instantVanLokaleDag(dag, 12 * UUR), weekend) as Kanaal;
    const t0 = tijdstip(dag, kn);
    if (t0 >= nu) return;
    const eigenaar = t.kies(team.leden);
    const maker = org.kcc.length && t.kans(0.8) ? t.kies(org.kcc) : eigenaar;
    const b = burgers[Math.floor(Math.pow(t.r(), 1.6) * burgers.length)]!;
    const vraag = t.kies(team.afdeling.vragen);
    const termijnOp = berekenTermijn(k, t0, normTerugbel);
    const waarschuwingOp = berekenWaarschuwing(k, t0, termijnOp, normTerugbel, N.terugbel.waarschuwingPct);
    const u = t.r();
    const uitkomst = u < 0.06 ? "geannuleerd" : u < 0.06 + OMZET_KANS ? "omgezet" : u < 0.13 ? "niet_bereikbaar" : u < 0.28 ? "nagekomen2" : "nagekomen1";
    const opTijd = t.kans(opTijdKans(team, t0));
    let eind: number;
    if (uitkomst === "omgezet") eind = Math.round(t0 + Math.max(5 * MIN, (0.05 + 0.55 * t.r()) * (termijnOp - t0)));
    else if (opTijd) eind = t0 + Math.max(5 * MIN, (0.05 + 0.95 * Math.pow(t.r(), 1.4)) * (termijnOp - t0));
    else eind = termijnOp + 10 * MIN + t.exponentieel(1.2 * DAG) + (t.kans(0.06) ? t.exponentieel(8 * DAG) : 0);
    const pogingTijden: number[] =
      uitkomst === "nagekomen2" ? [t0 + (eind - t0) * (0.2 + 0.5 * t.r()), eind] : uitkomst === "niet_bereikbaar" ? [t0 + (eind - t0) * 0.3, t0 + (eind - t0) * 0.65, eind] : [eind];
    const mislukt: ("geen_gehoor" | "voicemail")[] = pogingTijden.map(() => (t.kans(0.5) ? "geen_gehoor" : "voicemail"));
    const burger = { naam: b.naam, telefoon: b.telefoon, email: b.email };
    const input = { burger, vraag, kanaal: kn, eigenaarId: eigenaar.id, teamId: team.id, maxPogingen: 3, burgerId: b.id };
    if (eind > nu) {
      openTerugbel.push({
        t0,
        input,
        maker: { id: maker.id, naam: maker.naam },
        eigenaar: { id: eigenaar.id, naam: eigenaar.naam },
        pogingen: uitkomst === "geannuleerd" || uitkomst === "omgezet" ? [] : pogingTijden.slice(0, -1).filter((p) => p <= nu).map((op, i) => ({ op, uitkomst: mislukt[i]! })),
      });
      return;
    }
    const id = tijdId(t0, t);
    const overdrachtId = uitkomst === "omgezet" ? tijdId(eind, t) : null;
    const pogingen =
      uitkomst === "geannuleerd" || uitkomst === "omgezet"
        ? []
        : pogingTijden.map((op, i) => ({
            op: Math.round(op),
            door: eigenaar.id,
            uitkomst: uitkomst !== "niet_bereikbaar" && i === pogingTijden.length - 1 ? ("bereikt" as const) : mislukt[i]!,
            notitie: i === pogingTijden.length - 1 && uitkomst !== "niet_bereikbaar" ? "Vraag beantwoord." : "",
          }));
    const events: Record<string, unknown>[] =
      uitkomst === "geannuleerd"
        ? [{ type: "ANNULEREN", reden: "Inwoner heeft de vraag intussen zelf opgelost." }]
        : uitkomst === "omgezet"
          ? [{ type: "OMZETTEN_NAAR_OVERDRACHT", overdrachtId }]
          : pogingen.map((p) => ({ type: "POGING", ...p }));
    const eindOp =
      uitkomst === "geannuleerd" ? Math.round(t0 + (termijnOp - t0) * (0.1 + 0.8 * t.r())) : uitkomst === "omgezet" ? eind : pogingen[pogingen.length - 1]!.op;
    const status = uitkomst === "geannuleerd" || uitkomst === "omgezet" ? "gestopt" : "gehaald";
    const rij: TermijnRijIn = { mijlpaal: "terugbellen", norm: N.terugbel, startOp: t0, termijnOp, waarschuwingOp, status, eindOp };
    const f = fase(rij);
    const ctx: TerugbelContext = {
      burger,
      burgerId: b.id,
      vraag,
      kanaal: kn,
      eigenaarId: eigenaar.id,
      teamId: team.id,
      normCode: "TERUGBELLEN",
      maxPogingen: 3,
      pogingen,
      mislukt: uitkomst === "niet_bereikbaar" ? 3 : uitkomst === "nagekomen2" ? 1 : 0,
      afgesprokenOp: null,
      afgesprokenReden: null,
      oudeNummers: [],
      terugvalBericht: uitkomst === "niet_bereikbaar" ? terugvalTekst({ burger, vraag }) : null,
      annuleerReden: uitkomst === "geannuleerd" ? "Inwoner heeft de vraag intussen zelf opgelost." : null,
      nietBereikbaarReden: uitkomst === "niet_bereikbaar" ? "3 pogingen zonder gehoor" : null,
      overdrachtId,
      waarschuwing: f.gew !== null,
      verlopen: f.verl !== null,
      geescaleerd: f.rt !== null,
    };
    const sleutel = `terugbel:${uitkomst}`;
    const s = sjabloon(sleutel, terugbelMachine, input, events as never);
    controleer(sleutel, terugbelMachine, input, events as never, ctx as unknown as Record<string, unknown>);
    const snapshot = vul(s, ctx as unknown as Record<string, unknown>);
    stmt.afspraak.run(id, "terugbelafspraak", s.status, `Terugbellen: ${kort(vraag)}`, eigenaar.id, team.id, null, b.id, kn,
      `{"terugbellen":${N.terugbel.id}}`, t0, s.versie + f.vuren, snapshot, t0, maker.id, eindOp, eindOp);
    stmt.event.run(id, 1, "AANGEMAAKT", null, maker.id, maker.naam, t0, null, "open.beloofd");
    const laatste = events[events.length - 1]!;
    const { type, ...payload } = laatste;
    stmt.event.run(id, 2, type, JSON.stringify(payload), eigenaar.id, eigenaar.naam, eindOp, "open.beloofd", s.status);
    termijnRij(id, rij);
    if (eindOp > termijnOp && laatTerugbel.length < 5000) laatTerugbel.push(id);
    tellers.terugbel++;
    if (overdrachtId) overdracht(eindOp, eigenaar, burger, b.id, id, overdrachtId, team, vraag);
  };

  // ---------------------------------------------------------------- one warm handover
  const tnOpgepakt = termijnNorm(N.opgepakt);
  const tnGeinformeerd = termijnNorm(N.geinformeerd);
  const anderTeam = (niet: number): TeamInfo => {
    for (let i = 0; i < 4; i++) {
      const x = teamKeuze.kies(t);
      if (x.id !== niet) return x;
    }
    return teams.find((x) => x.id !== niet)!;
  };
  const ontvangerIn = (team: TeamInfo, nietId: string): { o: OverdrachtOntvanger; persoon: Lid | null } => {
    const kandidaten = team.leden.filter((l) => l.id !== nietId);
    if (kandidaten.length && t.kans(0.45)) {
      const p = t.kies(kandidaten);
      return { o: { medewerkerId: p.id, teamId: null }, persoon: p };
    }
    return { o: { medewerkerId: null, teamId: team.id }, persoon: null };
  };
  const actor = (l: Lid): Actor => ({ id: l.id, naam: l.naam });
  /**
   * A handover offered at `t0` by `afzender` (from callback `bronId` or made directly). Closed ones are bulk-inserted
   * with the real machine's snapshot; one whose last step lies after `nu` goes through the engine later.
   */
  const overdracht = (
    t0: number,
    afzender: Lid,
    burger: { naam: string; telefoon: string; email: string | null },
    burgerId: string,
    bronId: string | null,
    id: string,
    vanTeam: TeamInfo,
    bronVraag: string | null,
  ) => {
    let team = anderTeam(vanTeam.id);
    let ont = ontvangerIn(team, afzender.id);
    const input: OverdrachtInput & { burgerId: string | null } = {
      burger,
      vraag: bronVraag ?? t.kies(team.afdeling.vragen),
      alGedaan: t.kies(OVERDRACHT_AL_GEDAAN),
      afzenderId: afzender.id,
      ontvanger: ont.o,
      bronId,
      burgerId,
    };
    const u = t.r();
    const uitkomst = u < 0.06 ? "ingetrokken" : u < 0.09 ? "geweigerd_ingetrokken" : u < 0.17 ? "geweigerd_afgerond" : "afgerond";
    const A = actor(afzender);
    const stappen: { wanneer: number; e: OverdrachtEvent; door: Actor }[] = [];
    const rijen: TermijnRijIn[] = [];
    const wOp = (start: number, termijnOp: number, norm: NormVersie) =>
      berekenWaarschuwing(k, start, termijnOp, norm === N.opgepakt ? tnOpgepakt : tnGeinformeerd, norm.waarschuwingPct);
    let aanbodOp = Math.round(t0);
    let termijn = berekenTermijn(k, aanbodOp, tnOpgepakt);
    const ctx: OverdrachtContext = {
      burger: input.burger,
      vraag: input.vraag,
      alGedaan: input.alGedaan,
      afzenderId: afzender.id,
      ontvanger: ont.o,
      bronId,
      burgerId,
      behandelaarId: null,
      weigeringen: [],
      aanbiedingen: 1,
      informatie: null,
      intrekReden: null,
      afgerondDoor: null,
      waarschuwing: false,
      verlopen: false,
      geescaleerd: false,
    };
    if (uitkomst !== "afgerond") {
      const moment = Math.round(aanbodOp + (0.1 + 0.8 * t.r()) * (termijn - aanbodOp));
      rijen.push({ mijlpaal: MIJLPAAL_OPGEPAKT, norm: N.opgepakt, startOp: aanbodOp, termijnOp: termijn, waarschuwingOp: wOp(aanbodOp, termijn, N.opgepakt), status: "gestopt", eindOp: moment });
      if (uitkomst === "ingetrokken") {
        ctx.intrekReden = t.kies(INTREKREDENEN);
        stappen.push({ wanneer: moment, e: { type: "INTREKKEN", reden: ctx.intrekReden }, door: A });
      } else {
        const weigeraar = ont.persoon ?? t.kies(team.leden);
        const reden = t.kies(WEIGERREDENEN);
        ctx.weigeringen = [{ door: weigeraar.id, reden, ontvanger: ont.o }];
        stappen.push({ wanneer: moment, e: { type: "WEIGEREN", door: weigeraar.id, reden }, door: actor(weigeraar) });
        if (uitkomst === "geweigerd_ingetrokken") {
          ctx.intrekReden = t.kies(INTREKREDENEN);
          stappen.push({ wanneer: Math.round(moment + (0.5 + 23 * t.r()) * UUR), e: { type: "INTREKKEN", reden: ctx.intrekReden }, door: A });
        } else {
          aanbodOp = Math.round(moment + 10 * MIN + t.r() * 4 * UUR);
          team = anderTeam(vanTeam.id);
          ont = ontvangerIn(team, afzender.id);
          const toelichting = "Opnieuw aangeboden aan het team dat over deze vraag gaat.";
          stappen.push({ wanneer: aanbodOp, e: { type: "OPNIEUW_AANBIEDEN", ontvanger: ont.o, toelichting }, door: A });
          ctx.ontvanger = ont.o;
          ctx.alGedaan = `${ctx.alGedaan}\n\n${toelichting}`;
          ctx.aanbiedingen = 2;
          termijn = berekenTermijn(k, aanbodOp, tnOpgepakt);
        }
      }
    }
    let beh: Lid | null = null;
    if (uitkomst === "afgerond" || uitkomst === "geweigerd_afgerond") {
      beh = ont.persoon ?? t.kies(team.leden);
      const pak = Math.round(
        t.kans(opTijdKans(team, aanbodOp) - 0.04)
          ? aanbodOp + Math.max(2 * MIN, (0.05 + 0.95 * Math.pow(t.r(), 1.3)) * (termijn - aanbodOp))
          : termijn + 10 * MIN + t.exponentieel(5 * UUR) + (t.kans(0.05) ? t.exponentieel(3 * DAG) : 0),
      );
      rijen.push({ mijlpaal: MIJLPAAL_OPGEPAKT, norm: N.opgepakt, startOp: aanbodOp, termijnOp: termijn, waarschuwingOp: wOp(aanbodOp, termijn, N.opgepakt), status: "gehaald", eindOp: pak });
      const tG = berekenTermijn(k, pak, tnGeinformeerd);
      const inf = Math.round(
        t.kans(opTijdKans(team, pak))
          ? pak + Math.max(5 * MIN, (0.05 + 0.95 * Math.pow(t.r(), 1.2)) * (tG - pak))
          : tG + 10 * MIN + t.exponentieel(DAG),
      );
      rijen.push({ mijlpaal: MIJLPAAL_GEINFORMEERD, norm: N.geinformeerd, startOp: pak, termijnOp: tG, waarschuwingOp: wOp(pak, tG, N.geinformeerd), status: "gehaald", eindOp: inf });
      const hr = t.r();
      const hoe: Hoe = hr < 0.7 ? "telefoon" : hr < 0.9 && burger.email ? "e-mail" : hr < 0.95 ? "balie" : "brief";
      const informatie = { hoe, op: inf, contactpersoon: `${beh.naam}, ${team.naam}`, vervolgstap: t.kies(VERVOLGSTAPPEN) };
      const afOp = Math.round(inf + 5 * MIN + t.exponentieel(8 * UUR));
      const afronder = t.kans(0.75) ? beh : afzender;
      stappen.push({ wanneer: pak, e: { type: "OPPAKKEN", door: beh.id }, door: actor(beh) });
      stappen.push({ wanneer: inf, e: { type: "KLANT_GEINFORMEERD", ...informatie }, door: actor(beh) });
      stappen.push({ wanneer: afOp, e: { type: "AFRONDEN", door: afronder.id }, door: actor(afronder) });
      ctx.behandelaarId = beh.id;
      ctx.informatie = informatie;
      ctx.afgerondDoor = afronder.id;
    }
    const laatste = stappen[stappen.length - 1]!;
    if (laatste.wanneer > nu) {
      // An open handover offered to a TEAM and picked up through the engine would leave the statistics trigger and
      // herbouwStatistiek() disagreeing (the trigger files the pick-up under the receiving team, the rebuild under
      // the row's team after the step, which the projection clears): such a handover is offered to its handler.
      if (beh && !ont.persoon && stappen.some((x) => x.e.type === "OPPAKKEN" && x.wanneer <= nu)) {
        const o = { medewerkerId: beh.id, teamId: null };
        const her = stappen.find((x) => x.e.type === "OPNIEUW_AANBIEDEN");
        if (her) (her.e as Extract<OverdrachtEvent, { type: "OPNIEUW_AANBIEDEN" }>).ontvanger = o;
        else input.ontvanger = o;
      }
      openOverdrachten.push({ t0: Math.round(t0), id, input, maker: A, stappen: stappen.filter((s) => s.wanneer <= nu) });
      return;
    }
    // the machine's TERMIJN.* handlers set the flags; entering "aangeboden" again clears them
    let vuren = 0;
    for (const r of rijen) {
      const f = fase(r);
      vuren += f.vuren;
      if (r.startOp >= aanbodOp) {
        ctx.waarschuwing ||= f.gew !== null;
        ctx.verlopen ||= f.verl !== null;
        ctx.geescaleerd ||= f.rt !== null;
      }
    }
    const events = stappen.map((s) => s.e);
    const sleutel = `overdracht:${uitkomst}`;
    const s = sjabloon(sleutel, overdrachtMachine, input, events);
    controleer(sleutel, overdrachtMachine, input, events, ctx as unknown as Record<string, unknown>);
    // the projection of overdracht.server.ts: handler once picked up, else the receiver (person or team)
    const eigenaarId = ctx.behandelaarId ?? ctx.ontvanger.medewerkerId;
    const teamId = ctx.behandelaarId ? null : ctx.ontvanger.teamId;
    const normIds = ctx.behandelaarId ? { [MIJLPAAL_OPGEPAKT]: N.opgepakt.id, [MIJLPAAL_GEINFORMEERD]: N.geinformeerd.id } : { [MIJLPAAL_OPGEPAKT]: N.opgepakt.id };
    stmt.afspraak.run(id, "overdracht", s.status, `Warme overdracht: ${kort(input.vraag)}`, eigenaarId, teamId, null, null, null,
      JSON.stringify(normIds), Math.round(t0), s.versie + vuren, vul(s, ctx as unknown as Record<string, unknown>),
      Math.round(t0), afzender.id, laatste.wanneer, laatste.wanneer);
    stmt.event.run(id, 1, "AANGEMAAKT", null, afzender.id, afzender.naam, Math.round(t0), null, "aangeboden");
    const { type, ...payload } = laatste.e as unknown as Record<string, unknown>;
    const van = type === "AFRONDEN" ? "klant_geinformeerd" : uitkomst === "ingetrokken" ? "aangeboden" : "teruggegeven";
    stmt.event.run(id, 2, type, JSON.stringify(payload), laatste.door.id, laatste.door.naam, laatste.wanneer, van, s.status);
    for (const r of rijen) termijnRij(id, r);
    tellers.overdrachten++;
  };
  const directeOverdracht = (dag: number) => {
    const kcc = t.kans(0.65) && org.kcc.length ? t.kies(org.kcc) : null;
    const vanTeam = (kcc && teams.find((x) => x.id === kcc.teamId)) || teamKeuze.kies(t);
    const afzender = kcc ?? t.kies(vanTeam.leden);
    const t0 = tijdstip(dag, "telefoon");
    if (t0 >= nu) return;
    const b = burgers[Math.floor(Math.pow(t.r(), 1.6) * burgers.length)]!;
    overdracht(t0, afzender, { naam: b.naam, telefoon: b.telefoon, email: b.email }, b.id, null, tijdId(t0, t), vanTeam, null);
  };

  // ---------------------------------------------------------------- one complaint
  const klacht = (dag: number, weekend: boolean) => {
    const team = teamKeuze.kies(t);
    const kn = kanaal("k", instantVanLokaleDag(dag, 12 * UUR), weekend);
    const t0 = tijdstip(dag, kn);
    if (t0 >= nu) return;
    const f = fTijd(t0);
    const slecht = t0 >= slechtVan && t0 < slechtTot;
    const b = burgers[Math.floor(t.r() * burgers.length)]!;
    const beklaagde = t.kies(team.leden);
    const behandelaar = t.kies(org.regie.filter((r) => r.id !== beklaagde.id));
    const maker = t.kans(0.5) ? behandelaar : org.kcc.length ? t.kies(org.kcc) : behandelaar;
    const schriftelijk = ["post", "e-mail", "website"].includes(kn) || t.kans(0.2);
    const ontvangenDatum = isoDatum(t0);
    const gedragingDatum = isoDatumVanDag(lokaleDag(t0) - t.int(1, 60));
    const afhandelTermijnOp = afhandelTermijn(t0, 6);
    const ontvangstTermijn = berekenTermijn(k, t0, termijnNorm(N.ontvangst));
    const u = t.r();
    const informeelKans = 0.25 + 0.1 * f;
    const soort: "informeel" | "nib" | "formeel" = u < informeelKans ? "informeel" : u < informeelKans + 0.05 ? "nib" : "formeel";
    const bev = t0 + (t.kans(slecht ? 0.8 : 0.93) ? t.r() * (ontvangstTermijn - t0) : ontvangstTermijn - t0 + t.exponentieel(2 * DAG));
    const toew = bev + (0.1 + 1.9 * t.r()) * DAG;
    const stappen: { wanneer: number; e: KlachtEvent; door: Actor }[] = [];
    const beh: Actor = { id: behandelaar.id, naam: behandelaar.naam };
    const stap = (wanneer: number, e: KlachtEvent) => stappen.push({ wanneer: Math.round(wanneer), e, door: beh });
    stap(bev, { type: "ONTVANGST_BEVESTIGEN", op: Math.round(bev) });
    stap(toew, { type: "BEHANDELAAR_TOEWIJZEN", behandelaarId: behandelaar.id, behandelaarNaam: behandelaar.naam });
    let einde = 0;
    let verdaagd: { berichtOp: number; op: number; weken: number; nieuwOp: number } | null = null;
    let oordeel: Oordeel | null = null;
    let normen: number[] = [];
    let gehoord = false;
    const lesVast = t.kans(0.45);
    if (soort === "informeel") {
      einde = Math.max(toew + 2 * UUR, t0 + (2 + Math.min(38, t.lognormaal(7, 0.6))) * DAG);
      stap(einde, { type: "INFORMEEL_OPGELOST", toelichting: "In een telefoongesprek is de zaak uitgelegd en opgelost.", klagerTevreden: true, vastgelegdVia: `telefonisch op ${isoDatum(einde)}`, op: Math.round(einde) });
    } else if (soort === "nib") {
      const besluit = toew + (0.5 + 4 * t.r()) * DAG;
      einde = Math.max(besluit + UUR, t0 + t.lognormaal(12, 0.5) * DAG);
      stap(besluit, { type: "NIET_IN_BEHANDELING", grond: t.kans(0.6) ? "c" : t.kans(0.5) ? "a" : "lid2", toelichting: "De klacht gaat over een besluit waartegen bezwaar openstaat; de klager is daarop gewezen." });
      stap(einde, { type: "BERICHT_9_8_VERSTUURD", op: Math.round(einde) });
    } else {
      const kopie = toew + (0.5 + 3.5 * t.r()) * DAG;
      stap(kopie, { type: "KOPIE_BEKLAAGDE", op: Math.round(kopie) });
      const dagenNodig = t.lognormaal(slecht ? 37 : 30 - 4 * f, 0.42);
      einde = Math.max(kopie + 2 * DAG, t0 + dagenNodig * DAG);
      if (einde > afhandelTermijnOp && t.kans(0.4) && kopie < afhandelTermijnOp - 2 * DAG) {
        const op = Math.max(kopie + UUR, afhandelTermijnOp - (1 + 6 * t.r()) * DAG);
        const weken = t.int(2, 4);
        const nieuwOp = afhandelTermijn(afhandelTermijnOp, weken);
        verdaagd = { berichtOp: Math.round(op - UUR), op: Math.round(op), weken, nieuwOp };
        einde = afhandelTermijnOp + (0.1 + 1.0 * t.r()) * (nieuwOp - afhandelTermijnOp);
        stap(op - UUR, { type: "VERDAGINGSBERICHT", aan: "klager", op: verdaagd.berichtOp });
        stap(op - UUR + 1, { type: "VERDAGINGSBERICHT", aan: "beklaagde", op: verdaagd.berichtOp });
        stap(op, { type: "VERDAGEN", weken, nieuwOp, op: verdaagd.op });
      }
      const ou = t.r();
      oordeel = ou < 0.3 ? "gegrond" : ou < 0.52 ? "deels_gegrond" : ou < 0.9 ? "ongegrond" : "geen_oordeel";
      gehoord = t.kans(0.75);
      const hoorOp = kopie + (0.3 + 0.5 * t.r()) * (einde - kopie);
      // a hearing is held on a working day within office hours and before the (extended) term ends, as the
      // dossier form demands (issue 17); when no such moment fits before the conclusion, hearing is waived
      const hoorzitting = gehoord ? hoorMomentOpWerkdag(k.organisatie, hoorOp, kopie + UUR, Math.min(einde - UUR, verdaagd?.nieuwOp ?? afhandelTermijnOp)) : null;
      if (gehoord && hoorzitting === null) gehoord = false;
      if (gehoord && hoorzitting !== null) {
        const hoorOp = hoorzitting;
        stap(kopie + 0.2 * (hoorOp - kopie), { type: "HOORZITTING_PLANNEN", op: Math.round(hoorOp) });
        stap(hoorOp, { type: "HOORZITTING_GEHOUDEN", op: Math.round(hoorOp), verslag: "Klager en beklaagde zijn gehoord; de standpunten zijn vastgelegd." });
      } else {
        stap(hoorOp, { type: "HOREN_OVERSLAAN", reden: oordeel === "ongegrond" && t.kans(0.5) ? "kennelijk_ongegrond" : "afgezien", toelichting: "De klager heeft laten weten geen behoefte te hebben aan een hoorgesprek." });
      }
      if (oordeel === "gegrond" || oordeel === "deels_gegrond") {
        const g = new Gewogen(GESCHONDEN_NORMEN);
        normen = [g.kies(t)];
        if (t.kans(0.35)) normen.push(g.kies(t));
        normen = [...new Set(normen)].sort((a, b2) => a - b2);
      }
      stap(einde, {
        type: "AFHANDELEN",
        op: Math.round(einde),
        bevindingen: t.kies(BEVINDINGEN),
        oordeel,
        oordeelReden: oordeel === "geen_oordeel" ? "De lezingen van klager en beklaagde lopen uiteen en er zijn geen andere bronnen." : null,
        normen,
        maatregelen: t.kies(MAATREGELEN),
        ombudsmanNaam: ombudsman.naam,
        ombudsmanTermijnWeken: ombudsman.termijnWeken,
      });
    }
    if (soort !== "nib") {
      const lesOp = einde + (0.1 + 6 * t.r()) * DAG;
      stap(lesOp, lesVast ? { type: "LES_VASTLEGGEN", les: t.kies(LESSEN), op: Math.round(lesOp) } : { type: "LES_OVERSLAAN", reden: "Incident; geen structurele oorzaak gevonden.", op: Math.round(lesOp) });
      const sluit = lesOp + 2 * DAG * t.r();
      stap(sluit, { type: "SLUITEN", op: Math.round(sluit) });
      if (soort === "formeel" && t.kans(0.022)) {
        const ob = sluit + (14 + 100 * t.r()) * DAG;
        if (ob < nu) stap(ob, { type: "OMBUDSMAN_INGESCHAKELD", op: Math.round(ob) });
      }
    }
    stappen.sort((a, b2) => a.wanneer - b2.wanneer);
    const laatsteStap = stappen[stappen.length - 1]!;
    const sluitStap = stappen.find((s) => s.e.type === "SLUITEN" || s.e.type === "BERICHT_9_8_VERSTUURD")!;
    const invoer: KlachtInvoer = {
      ontvangenDatum,
      kanaal: kn as KlachtInvoer["kanaal"],
      schriftelijk,
      klagerSoort: "persoon",
      klagerNaam: b.naam,
      klagerOrganisatie: null,
      klagerAdres: b.adres,
      klagerPostcode: b.postcode,
      klagerWoonplaats: WOONPLAATS,
      klagerTelefoon: b.telefoon,
      klagerEmail: b.email,
      klagerVoorkeurKanaal: b.email ? "e-mail" : "telefoon",
      dagtekening: schriftelijk ? isoDatumVanDag(lokaleDag(t0) - t.int(0, 3)) : null,
      omschrijving: t.kies(team.afdeling.klachten),
      gedragingDatum,
      afdelingId: team.afdelingId,
      beklaagdeIds: [beklaagde.id],
      beklaagdeOnbekend: false,
      betreftBestuursorgaan: false,
    };
    if (sluitStap.wanneer > nu) {
      openKlachten.push({ t0, invoer, maker: { id: maker.id, naam: maker.naam }, stappen: stappen.filter((s) => s.wanneer <= nu) });
      return;
    }
    const jaar = Number(ontvangenDatum.slice(0, 4));
    const volg = (klachtNummers.get(jaar) ?? 0) + 1;
    klachtNummers.set(jaar, volg);
    const nummer = `KL-${jaar}-${String(volg).padStart(klachtenPerJaar > 9000 ? 5 : 4, "0")}`;
    const id = tijdId(t0, t);
    const get = <T extends KlachtEvent["type"]>(type: T) => stappen.find((s) => s.e.type === type)?.e as Extract<KlachtEvent, { type: T }> | undefined;
    const inf = get("INFORMEEL_OPGELOST");
    const nib = get("NIET_IN_BEHANDELING");
    const b98 = get("BERICHT_9_8_VERSTUURD");
    const kop = get("KOPIE_BEKLAAGDE");
    const hp = get("HOORZITTING_PLANNEN");
    const hg = get("HOORZITTING_GEHOUDEN");
    const ho = get("HOREN_OVERSLAAN");
    const af = get("AFHANDELEN");
    const lv = get("LES_VASTLEGGEN");
    const lo = get("LES_OVERSLAAN");
    const om = get("OMBUDSMAN_INGESCHAKELD");
    const afgeslotenOp = inf?.op ?? af?.op ?? b98?.op ?? null;
    const huidigeTermijnOp = verdaagd?.nieuwOp ?? afhandelTermijnOp;
    // deadline rows
    const einden = {
      ontvangst: Math.round(bev),
      nibBesluit: nib ? stappen.find((s) => s.e.type === "NIET_IN_BEHANDELING")!.wanneer : 0,
    };
    let vuren = 0;
    const rijen: TermijnRijIn[] = [
      { mijlpaal: "klacht_ontvangst_bevestigd", norm: N.ontvangst, startOp: t0, termijnOp: ontvangstTermijn, waarschuwingOp: berekenWaarschuwing(k, t0, ontvangstTermijn, termijnNorm(N.ontvangst), N.ontvangst.waarschuwingPct), status: "gehaald", eindOp: einden.ontvangst },
    ];
    const afhRij: TermijnRijIn = {
      mijlpaal: "klacht_afgehandeld",
      norm: N.afhandeling,
      startOp: t0,
      termijnOp: afhandelTermijnOp,
      waarschuwingOp: berekenWaarschuwing(k, t0, afhandelTermijnOp, termijnNorm(N.afhandeling), N.afhandeling.waarschuwingPct),
      status: "gehaald",
      eindOp: afgeslotenOp!,
    };
    const normIds: Record<string, number> = { klacht_ontvangst_bevestigd: N.ontvangst.id, klacht_afgehandeld: N.afhandeling.id };
    if (nib) {
      rijen.push({ ...afhRij, status: "gestopt", eindOp: einden.nibBesluit });
      const tOp = berekenTermijn(k, t0, termijnNorm(N.nib));
      rijen.push({ mijlpaal: "klacht_niet_in_behandeling", norm: N.nib, startOp: t0, termijnOp: tOp, waarschuwingOp: berekenWaarschuwing(k, t0, tOp, termijnNorm(N.nib), N.nib.waarschuwingPct), status: "gehaald", eindOp: b98!.op });
      normIds.klacht_niet_in_behandeling = N.nib.id;
    } else if (verdaagd) {
      rijen.push({ ...afhRij, status: "gestopt", eindOp: verdaagd.op });
      rijen.push({ mijlpaal: "klacht_verdaging", norm: N.verdaging, startOp: afhandelTermijnOp, termijnOp: verdaagd.nieuwOp, waarschuwingOp: berekenWaarschuwing(k, afhandelTermijnOp, verdaagd.nieuwOp, termijnNorm(N.verdaging), N.verdaging.waarschuwingPct), status: "gehaald", eindOp: afgeslotenOp! });
      normIds.klacht_verdaging = N.verdaging.id;
    } else rijen.push(afhRij);
    const fasen = rijen.map(fase);
    for (const x of fasen) vuren += x.vuren;
    const beklaagden = [{ id: beklaagde.id, naam: beklaagde.naam }];
    const klachtInput = {
      nummer, klagerNaam: b.naam, ontvangenOp: t0, ontvangenDatum, gedragingDatum, schriftelijk, kanaal: kn,
      afdelingId: team.afdelingId, teamId: team.id, burgerId: b.id, beklaagden, beklaagdeOnbekend: false, betreftBestuursorgaan: false,
      termijnWeken: 6, afhandelTermijnOp,
    };
    const ctx: KlachtContext = {
      ...klachtInput,
      behandelaarId: behandelaar.id,
      behandelaarNaam: behandelaar.naam,
      uitzondering97: null,
      ontvangstBevestigdOp: Math.round(bev),
      grond98: (nib?.grond as KlachtContext["grond98"]) ?? null,
      grondToelichting: nib?.toelichting ?? null,
      bericht98Op: b98?.op ?? null,
      informeel: inf ? { toelichting: inf.toelichting, vastgelegdVia: inf.vastgelegdVia, op: inf.op } : null,
      kopieBeklaagdeOp: kop?.op ?? null,
      kopieNietMogelijk: null,
      hoorzittingGeplandOp: hp?.op ?? null,
      hoorzittingGehoudenOp: hg?.op ?? null,
      verslag: hg?.verslag ?? null,
      horenOvergeslagen: ho ? { reden: ho.reden as never, toelichting: ho.toelichting } : null,
      verdagingBerichtKlagerOp: verdaagd?.berichtOp ?? null,
      verdagingBerichtBeklaagdeOp: verdaagd?.berichtOp ?? null,
      verdaagdWeken: verdaagd?.weken ?? null,
      verdaagdOp: verdaagd?.op ?? null,
      huidigeTermijnOp,
      uitstel: [],
      conclusie: af
        ? { bevindingen: af.bevindingen, oordeel: af.oordeel as Oordeel, oordeelReden: af.oordeelReden ?? null, normen: af.normen, maatregelen: af.maatregelen, ombudsmanNaam: af.ombudsmanNaam, ombudsmanTermijnWeken: af.ombudsmanTermijnWeken, op: af.op }
        : null,
      les: lv?.les ?? null,
      lesOvergeslagen: lo?.reden ?? null,
      afgeslotenOp,
      ombudsmanIngeschakeldOp: om?.op ?? null,
      intrekking: null,
      waarschuwing: fasen.some((x) => x.gew !== null),
      verlopen: fasen.some((x) => x.verl !== null),
      geescaleerd: fasen.some((x) => x.rt !== null),
    };
    const events = stappen.map((s) => s.e);
    const sleutel = `klacht:${soort}:${gehoord}:${!!verdaagd}:${lesVast}:${!!om}`;
    const s = sjabloon(sleutel, klachtMachine, klachtInput, events);
    controleer(sleutel, klachtMachine, klachtInput, events, ctx as unknown as Record<string, unknown>);
    const versie = s.versie + vuren;
    const gewijzigd = laatsteStap.wanneer;
    stmt.afspraak.run(id, "klacht", s.status, `Klacht ${nummer}`, behandelaar.id, team.id, team.afdelingId, b.id, kn, JSON.stringify(normIds), t0, versie,
      vul(s, ctx as unknown as Record<string, unknown>), t0, maker.id, gewijzigd, sluitStap.wanneer);
    stmt.event.run(id, 1, "AANGEMAAKT", null, maker.id, maker.naam, t0, null, "ontvangen");
    const { type, ...payload } = laatsteStap.e as unknown as Record<string, unknown>;
    const van = type === "OMBUDSMAN_INGESCHAKELD" ? "gesloten" : type === "SLUITEN" ? "les" : "niet_in_behandeling";
    stmt.event.run(id, 2, type, JSON.stringify(payload), beh.id, beh.naam, laatsteStap.wanneer, van, "gesloten");
    rijen.forEach((r) => termijnRij(id, r));
    const klasse = nib ? "niet_in_behandeling" : om ? "afgehandeld_ombudsman" : "afgehandeld";
    stmt.klacht.run(
      id, nummer, t0, kn, schriftelijk ? 1 : 0, b.naam, invoer.klagerAdres, invoer.klagerPostcode, WOONPLAATS, b.telefoon, b.email,
      invoer.klagerVoorkeurKanaal, invoer.dagtekening, b.id, invoer.omschrijving, gedragingDatum, team.afdelingId, team.id,
      JSON.stringify(beklaagden), behandelaar.id, behandelaar.naam, ctx.ontvangstBevestigdOp,
      ctx.grond98, ctx.grondToelichting, ctx.bericht98Op, inf?.op ?? null, inf?.toelichting ?? null, inf ? `Klager tevreden — ${inf.vastgelegdVia}` : null,
      ctx.kopieBeklaagdeOp, ctx.hoorzittingGeplandOp, ctx.hoorzittingGehoudenOp, ctx.verslag, ho?.reden ?? null, ho?.toelichting ?? null,
      afhandelTermijnOp, ctx.verdagingBerichtKlagerOp, ctx.verdagingBerichtBeklaagdeOp, ctx.verdaagdWeken, ctx.verdaagdOp,
      af?.op ?? null, af?.bevindingen ?? null, af?.oordeel ?? null, af?.oordeelReden ?? null, af?.maatregelen ?? null,
      af ? ombudsman.naam : null, af ? ombudsman.termijnWeken : null, ctx.les, ctx.lesOvergeslagen, afgeslotenOp,
      afgeslotenOp === null ? null : afgeslotenOp <= huidigeTermijnOp ? 1 : 0, ctx.ombudsmanIngeschakeldOp, klasse,
      vernietigingsdatum(klasse, isoDatum(afgeslotenOp!)), versie, t0, maker.id, gewijzigd,
    );
    for (const n of normen) stmt.klachtNorm.run(id, n);
    if (oordeel === "gegrond" || oordeel === "deels_gegrond") {
      let l = gegrondPerAfdeling.get(team.afdelingId);
      if (!l) gegrondPerAfdeling.set(team.afdelingId, (l = []));
      l.push(id);
      if (l.length > 200) l.splice(0, 100);
    }
    tellers.klachten++;
  };

  // ---------------------------------------------------------------- feedback
  const feedback = (dag: number, weekend: boolean) => {
    const team = teamKeuze.kies(t);
    const kn = kanaal("k", instantVanLokaleDag(dag, 12 * UUR), weekend);
    const op = tijdstip(dag, kn);
    if (op >= nu) return;
    const compliment = t.kans(0.7);
    const mw = compliment && t.kans(0.7) ? t.kies(team.leden) : null;
    const naam = t.kans(0.8) ? `${t.kies(VOORNAMEN)} ${t.kies(ACHTERNAMEN)}` : null;
    const leeftijd = nu - op;
    const status = compliment ? "nieuw" : leeftijd < 14 * DAG ? "nieuw" : t.kans(0.1) ? "in_behandeling" : t.kans(0.4) ? "overgenomen" : "afgewezen";
    stmt.feedback.run(
      compliment ? "compliment" : "suggestie",
      compliment ? t.kies(COMPLIMENTEN) : t.kies(SUGGESTIES),
      kn,
      naam,
      null,
      mw?.id ?? null,
      mw ? null : team.id,
      mw ? null : team.afdelingId,
      status,
      status === "afgewezen" ? "Past niet binnen de huidige mogelijkheden; meegenomen in de jaarplanning." : status === "overgenomen" ? "Overgenomen in de verbeteragenda." : null,
      op,
      null,
      op,
    );
    tellers.feedback++;
  };

  // ---------------------------------------------------------------- bulk load
  const maandPerW = { t: perW(cfg.terugbel), k: perW(cfg.klachten), f: perW(cfg.feedback), o: perW(cfg.terugbel * OVERDRACHT_AANDEEL) };
  const indexen: { name: string; sql: string }[] = [];
  const oudeCache = sqlite.pragma("cache_size", { simple: true });
  melding(`Historie genereren: ${jaren} jaar, schaal ${opties.schaal}, zaad ${opties.zaad}…`);
  // Large loads: a rollback journal in memory instead of the write-ahead log (every page would be written twice:
  // to the WAL and again at the checkpoint). A crash during the load leaves an unusable file: run again with --opnieuw.
  const journaal = String(sqlite.pragma("journal_mode", { simple: true }));
  if (cfg.snel && dbPad !== ":memory:") {
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.pragma("journal_mode = MEMORY");
  }
  zonderStatistiekTriggers(sqlite, () => {
    if (cfg.snel) {
      sqlite.pragma("cache_size = -2097152");
      sqlite.pragma("synchronous = OFF");
      indexen.push(
        ...(sqlite
          .prepare(
            `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
               AND tbl_name IN ('afspraken', 'termijnen', 'afspraak_gebeurtenissen', 'klacht_normen')`,
          )
          .all() as { name: string; sql: string }[]),
      );
      for (const i of indexen) sqlite.exec(`DROP INDEX IF EXISTS "${i.name}"`);
    }
    let i = 0;
    let vorigeMaand = -1;
    const ronde = sqlite.transaction((deel: typeof dagen) => {
      for (const d of deel) {
        const wd = weekdagVanDag(d.dag);
        const weekend = wd >= 6;
        // small scales: a visible open workload in the last two weeks (a few callbacks per working day)
        const minimum = d.dag > vandaag - 14 && !weekend ? cfg.recentPerWerkdag : 0;
        for (let n = Math.max(minimum, t.aantal(d.w * maandPerW.t)); n > 0; n--) terugbel(d.dag, weekend);
        for (let n = t.aantal(d.w * maandPerW.k); n > 0; n--) klacht(d.dag, weekend);
        for (let n = t.aantal(d.w * maandPerW.f); n > 0; n--) feedback(d.dag, weekend);
        if (!weekend) {
          const minO = d.dag > vandaag - 14 ? cfg.recentOverdrachtPerWerkdag : 0;
          for (let n = Math.max(minO, t.aantal(d.w * maandPerW.o)); n > 0; n--) directeOverdracht(d.dag);
        }
      }
    });
    while (i < dagen.length) {
      let j = i;
      while (j < dagen.length && j - i < 31 && !(dagen[j]!.maand !== dagen[i]!.maand)) j++;
      ronde(dagen.slice(i, j));
      const d = dagen[i]!;
      if (d.jaar * 12 + d.maand !== vorigeMaand && (d.maand === 1 || i === 0 || j >= dagen.length)) {
        melding(`  ${d.jaar}: ${tellers.terugbel.toLocaleString("nl-NL")} terugbelafspraken, ${tellers.klachten.toLocaleString("nl-NL")} klachten tot nu toe (${((performance.now() - start) / 1000).toFixed(0)} s)`);
      }
      vorigeMaand = d.jaar * 12 + d.maand;
      i = j;
    }
    leerlogboekEnVolumes();
    if (indexen.length) {
      melding(`Indexen opnieuw opbouwen (${indexen.length})…`);
      for (const x of indexen) sqlite.exec(x.sql);
    }
    melding("Statistieken (rollups) herbouwen…");
  });

  function leerlogboekEnVolumes(): void {
    const insLes = sqlite.prepare(
      `INSERT INTO leerlogboek (nummer, titel, wat_gebeurde, oorzaak, les, processtap, afdeling_id, aangemaakt_op, aangemaakt_door, gewijzigd_op, gewijzigd_door)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insNorm = sqlite.prepare("INSERT OR IGNORE INTO leerlogboek_normen (les_id, norm) VALUES (?, ?)");
    const insKop = sqlite.prepare("INSERT OR IGNORE INTO leerlogboek_koppelingen (les_id, soort, ref) VALUES (?, ?, ?)");
    const complimentIds = (sqlite.prepare("SELECT id FROM feedback WHERE soort = 'compliment' ORDER BY id DESC LIMIT 500").all() as { id: number }[]).map((r) => r.id);
    const afdelingen = [...gegrondPerAfdeling.keys()];
    const totaal = Math.max(1, Math.round(cfg.lessen * jaren));
    const perJaar = new Map<number, number>();
    sqlite.transaction(() => {
      for (let n = 0; n < totaal && afdelingen.length; n++) {
        const op = Math.round(beginOp + ((n + 0.5) / totaal) * (nu - beginOp));
        const jaar = Number(isoDatum(op).slice(0, 4));
        const volg = (perJaar.get(jaar) ?? 0) + 1;
        perJaar.set(jaar, volg);
        const afd = t.kies(afdelingen);
        const thema = t.kies(LES_TITELS);
        const r = insLes.run(
          `LL-${jaar}-${String(volg).padStart(4, "0")}`,
          thema.titel,
          "Meerdere klachten en te late terugbelafspraken wezen op hetzelfde knelpunt in het proces.",
          "Het proces had geen vaste eigenaar voor deze stap; bij drukte viel het werk tussen twee teams.",
          t.kies(LESSEN),
          thema.processtap,
          afd,
          op,
          org.regie[0]?.id ?? null,
          op,
          null,
        );
        const lesId = Number(r.lastInsertRowid);
        for (const nr of thema.normen) insNorm.run(lesId, nr);
        const kandidaten = gegrondPerAfdeling.get(afd) ?? [];
        for (let x = t.int(1, 3); x > 0 && kandidaten.length; x--) insKop.run(lesId, "klacht", t.kies(kandidaten));
        if (laatTerugbel.length && t.kans(0.4)) insKop.run(lesId, "afspraak", t.kies(laatTerugbel));
        if (complimentIds.length && t.kans(0.15)) insKop.run(lesId, "compliment", String(t.kies(complimentIds)));
      }
      // Contact volumes per month and channel for the whole organisation (afdeling 0).
      const insVol = sqlite.prepare(
        "INSERT INTO contactvolumes (maand, kanaal, afdeling_id, aantal, gewijzigd_op, gewijzigd_door) VALUES (?, ?, 0, ?, ?, NULL) ON CONFLICT DO NOTHING",
      );
      const perMaand = new Map<number, number>();
      for (const d of dagen) perMaand.set(d.jaar * 100 + d.maand, (perMaand.get(d.jaar * 100 + d.maand) ?? 0) + d.w);
      const contactenPerW = maandPerW.t * 14; // about 14 contacts for every callback promised
      for (const [maand, w] of perMaand) {
        const op = instantVanLokaleDag(lokaleDag(Date.UTC(Math.floor(maand / 100), (maand % 100) - 1, 15)), 12 * UUR);
        if (op > nu + 31 * DAG) continue;
        const f = fTijd(op);
        const mix: [string, number][] = [
          ["telefoon", 0.5 - 0.12 * f], ["balie", 0.18 - 0.1 * f], ["e-mail", 0.12], ["website", 0.12 + 0.12 * f], ["chat", 0.02 + 0.1 * f], ["post", 0.03 - 0.02 * f], ["sociale media", 0.03],
        ];
        for (const [kn, aandeel] of mix) insVol.run(maand, kn, Math.max(1, Math.round(w * contactenPerW * aandeel * (0.95 + 0.1 * t.r()))), nu);
      }
    })();
  }
  sqlite.pragma(`cache_size = ${oudeCache}`);
  sqlite.pragma("synchronous = NORMAL");
  if (cfg.snel && dbPad !== ":memory:") sqlite.pragma(`journal_mode = ${journaal}`);

  // ---------------------------------------------------------------- open work through the engine
  melding(`Openstaand werk via de engine: ${openTerugbel.length} terugbelafspraken, ${openKlachten.length} klachten, ${openOverdrachten.length} warme overdrachten…`);
  const acties = { n: 0, ms: 0 };
  const geweigerd = { n: 0 };
  let publiek: PubliekeAantallen = { klachten: 0, terugbel: 0, complimenten: 0, suggesties: 0 };
  const klokEnv = { a: process.env.AFSPRAAK_TEST_CLOCK, b: process.env.AFSPRAAK_TEST_CLOCK_FROZEN };
  process.env.AFSPRAAK_TEST_CLOCK = "1";
  process.env.AFSPRAAK_TEST_CLOCK_FROZEN = "1";
  try {
    for (const o of openTerugbel.sort((a, b) => a.t0 - b.t0)) {
      setNow(o.t0);
      const r = startAfspraak("terugbelafspraak", o.input, o.maker, { id: tijdId(o.t0, t), handvestPeilOp: o.t0 });
      let versie = r.versie;
      for (const p of o.pogingen) {
        setNow(Math.round(p.op));
        const s = pasToe(r.id, versie, { type: "POGING", uitkomst: p.uitkomst, notitie: "", op: Math.round(p.op), door: o.eigenaar.id! }, o.eigenaar);
        if (s.ok) versie = s.versie;
        else geweigerd.n++;
      }
    }
    for (const o of openKlachten.sort((a, b) => a.t0 - b.t0)) {
      setNow(o.t0);
      const { id } = registreerKlacht(o.invoer, o.maker, null);
      let versie = 1;
      for (const s of o.stappen) {
        setNow(s.wanneer);
        const r = voerStapUit(id, versie, s.e, s.door, null);
        if (!r.ok) {
          geweigerd.n++;
          break;
        }
        versie = r.versie;
      }
    }
    for (const o of openOverdrachten.sort((a, b) => a.t0 - b.t0)) {
      setNow(o.t0);
      const r = startAfspraak("overdracht", o.input, o.maker, { id: o.id, handvestPeilOp: o.t0 });
      let versie = r.versie;
      for (const s of o.stappen) {
        setNow(s.wanneer);
        const x = pasToe(o.id, versie, s.e as never, s.door);
        if (!x.ok) {
          geweigerd.n++;
          break;
        }
        versie = x.versie;
      }
    }
    const t1 = performance.now();
    acties.n = verbeteracties();
    acties.ms = performance.now() - t1;
    // what citizens sent themselves through the public pages (issue 13), in the last two weeks
    publiek = publiekeInzendingen(t, nu);
  } finally {
    if (klokEnv.a === "1") setNow(nu);
    else resetClock();
    if (klokEnv.a === undefined) delete process.env.AFSPRAAK_TEST_CLOCK;
    else process.env.AFSPRAAK_TEST_CLOCK = klokEnv.a;
    if (klokEnv.b === undefined) delete process.env.AFSPRAAK_TEST_CLOCK_FROZEN;
    else process.env.AFSPRAAK_TEST_CLOCK_FROZEN = klokEnv.b;
    if (klokEnv.a === "1" && klokEnv.b !== "1") setNow(nu);
  }

  /**
   * Improvement actions for about 2 in 5 lessons, through the real server functions with the clock at each step:
   * created by a regieteam member a few days after the lesson, owned by a teamleider or employee of the lesson's
   * department, due 1–4 months later; ~10 % rejected, the rest started and mostly realised (≈ 70 % of all on time),
   * the recent ones (and a few forgotten ones) still running; most realisations older than half a year evaluated
   * with the effect measured on the rollups (leesStap → effectVoorActie). Returns the number of actions.
   */
  function verbeteracties(): number {
    const gebruikers = new Map<string, AppUser>();
    const rollenVan = sqlite.prepare("SELECT rol FROM medewerker_rollen WHERE medewerker_id = ? ORDER BY rol");
    const mwRij = sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE id = ?");
    const gebruiker = (id: string): AppUser => {
      let u = gebruikers.get(id);
      if (!u) {
        const r = mwRij.get(id) as { id: string; naam: string; email: string };
        u = { ...r, rollen: (rollenVan.all(id) as { rol: string }[]).map((x) => x.rol) as AppUser["rollen"] };
        gebruikers.set(id, u);
      }
      return u;
    };
    const teamleider = new Map(
      (sqlite.prepare("SELECT id, teamleider_id AS tl FROM teams WHERE teamleider_id IS NOT NULL").all() as { id: number; tl: string }[]).map((r) => [r.id, r.tl]),
    );
    const perAfdeling = new Map<number, TeamInfo[]>();
    for (const x of teams) {
      const l = perAfdeling.get(x.afdelingId) ?? [];
      l.push(x);
      perAfdeling.set(x.afdelingId, l);
    }
    const regie = org.regie.map((r) => gebruiker(r.id)).filter((u) => u.rollen.includes("regieteam"));
    if (!regie.length) return 0;
    type Stap = { wanneer: number; soort: "STARTEN" | "REALISEREN" | "AFWIJZEN" | "EVALUEREN"; venster?: number };
    const plannen: { t0: number; lesId: number; maker: AppUser; eigenaar: AppUser; titel: string; omschrijving: string; deadline: string; stappen: Stap[] }[] = [];
    const lessen = sqlite
      .prepare("SELECT id, afdeling_id AS afd, aangemaakt_op AS op FROM leerlogboek WHERE aangemaakt_op < ? ORDER BY aangemaakt_op, id")
      .all(nu - DAG) as { id: number; afd: number | null; op: number }[];
    const maandStart = (op: number, plus: number): number => {
      const { jaar, maand } = datumVanDag(lokaleDag(op));
      const i = jaar * 12 + maand - 1 + plus;
      return dagVanIso(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
    };
    for (const les of lessen) {
      if (!t.kans(ACTIE_KANS)) continue;
      const t0 = Math.round(instantVanLokaleDag(lokaleDag(les.op) + t.int(1, 21), Math.floor((9 + 7 * t.r()) * UUR)));
      if (t0 >= nu) continue;
      const kandidaten = (les.afd !== null && perAfdeling.get(les.afd)) || [];
      let eigenaarId: string;
      if (!kandidaten.length) eigenaarId = t.kies(regie).id;
      else {
        const tm = t.kies(kandidaten);
        eigenaarId = (t.kans(0.6) ? teamleider.get(tm.id) : undefined) ?? t.kies(tm.leden).id;
      }
      const thema = t.kies(VERBETERACTIES);
      const deadline = isoDatumVanDag(lokaleDag(t0) + t.int(30, 120));
      const termijnOp = deadlineMoment(deadline);
      const stappen: Stap[] = [];
      if (t.kans(0.1)) {
        const moment = Math.round(t0 + (2 + 28 * t.r()) * DAG);
        if (t.kans(0.3)) stappen.push({ wanneer: Math.round(t0 + 0.4 * (moment - t0)), soort: "STARTEN" });
        stappen.push({ wanneer: moment, soort: "AFWIJZEN" });
      } else {
        const start = Math.round(t0 + (0.5 + t.exponentieel(6)) * DAG);
        // a few actions are forgotten: never started, or started and never realised (those become overdue)
        const vergeten = t.kans(t0 > nu - 400 * DAG ? 0.2 : 0.02);
        const nooitGestart = vergeten && t.kans(0.4);
        if (!nooitGestart) stappen.push({ wanneer: start, soort: "STARTEN" });
        if (!vergeten) {
          const real = Math.round(
            t.kans(0.82) && start < termijnOp - DAG
              ? start + (0.35 + 0.65 * t.r()) * (termijnOp - start)
              : termijnOp + DAG + t.exponentieel(25 * DAG),
          );
          stappen.push({ wanneer: real, soort: "REALISEREN" });
          if (t.kans(0.85)) {
            const ruimte = ([[6, 0.5], [12, 0.3], [3, 0.2]] as const).filter(
              ([v]) => instantVanLokaleDag(maandStart(real, v + 1) + 20, 17 * UUR) <= nu,
            );
            if (ruimte.length) {
              const v = new Gewogen(ruimte).kies(t);
              stappen.push({ wanneer: Math.round(instantVanLokaleDag(maandStart(real, v + 1) + t.int(2, 20), Math.floor((9 + 7 * t.r()) * UUR))), soort: "EVALUEREN", venster: v });
            }
          }
        }
      }
      plannen.push({ t0, lesId: les.id, maker: t.kies(regie), eigenaar: gebruiker(eigenaarId), titel: thema.titel, omschrijving: thema.omschrijving, deadline, stappen });
    }
    plannen.sort((a, b) => a.t0 - b.t0 || a.lesId - b.lesId);
    let n = 0;
    for (const p of plannen) {
      setNow(p.t0);
      const m = maakVerbeteractie(p.maker, p.lesId, { titel: p.titel, omschrijving: p.omschrijving, eigenaarId: p.eigenaar.id, deadline: p.deadline });
      if (!m.ok) {
        geweigerd.n++;
        continue;
      }
      n++;
      let versie = 1;
      for (const s of p.stappen) {
        if (s.wanneer > nu) break;
        setNow(s.wanneer);
        let event: Parameters<typeof voerActieStapUit>[3];
        let door = p.eigenaar;
        if (s.soort === "STARTEN") event = { type: "STARTEN", op: s.wanneer };
        else if (s.soort === "REALISEREN") event = { type: "REALISEREN", toelichting: t.kies(REALISATIES), op: s.wanneer };
        else if (s.soort === "AFWIJZEN") {
          event = { type: "AFWIJZEN", reden: t.kies(AFWIJSREDENEN), op: s.wanneer };
          door = p.maker;
        } else {
          // the regieteam judges the effect from the measured repeat complaints (as the evaluation form shows them)
          const meting = effectVoorActie(m.id, s.venster!, s.wanneer);
          const v = meting?.verandering ?? null;
          let effect: Effect = v === null ? "deels_effectief" : v <= -15 ? "effectief" : v <= 15 ? "deels_effectief" : "niet_effectief";
          if (t.kans(0.15)) effect = effect === "deels_effectief" ? (t.kans(0.5) ? "effectief" : "niet_effectief") : "deels_effectief";
          const form = new FormData();
          form.set("effect", effect);
          form.set("venster", String(s.venster));
          form.set("toelichting", t.kies(EVALUATIES[effect]));
          const l = leesStap(m.id, "EVALUEREN", form, s.wanneer);
          if (!l.ok) {
            geweigerd.n++;
            break;
          }
          event = l.event;
          door = p.maker;
        }
        const r = voerActieStapUit(door, m.id, versie, event);
        if (!r.ok) {
          geweigerd.n++;
          break;
        }
        versie = r.versie;
      }
    }
    return n;
  }

  sqlite
    .prepare("INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde")
    .run(DEMODATA_SLEUTEL, JSON.stringify({ schaal: opties.schaal, jaren, zaad: opties.zaad, op: nu }));
  melding("Planner-statistieken bijwerken (ANALYZE, PRAGMA optimize)…");
  sqlite.pragma("analysis_limit = 2000");
  sqlite.exec("ANALYZE");
  sqlite.pragma("optimize");
  if (cfg.snel) sqlite.pragma("wal_checkpoint(TRUNCATE)");

  const rijen: Record<string, number> = {};
  for (const tabel of [
    "afspraken", "termijnen", "afspraak_gebeurtenissen", "klachten", "klacht_normen", "feedback", "leerlogboek", "leerlogboek_normen",
    "leerlogboek_koppelingen", "verbeteracties", "contactvolumes", "burgers", "medewerkers", "stat_klachten", "stat_termijnen",
  ]) {
    rijen[tabel] = (sqlite.prepare(`SELECT count(*) AS n FROM ${tabel}`).get() as { n: number }).n;
  }
  let bytes = 0;
  for (const ext of ["", "-wal"]) if (dbPad !== ":memory:" && existsSync(dbPad + ext)) bytes += statSync(dbPad + ext).size;
  for (const [naam, soort] of [["terugbelafspraken", "terugbelafspraak"], ["overdrachten", "overdracht"]] as const) {
    rijen[naam] = (sqlite.prepare("SELECT count(*) AS n FROM afspraken WHERE soort = ?").get(soort) as { n: number }).n;
  }
  melding(`Verbeteracties: ${acties.n} via de server in ${(acties.ms / 1000).toFixed(1)} s.`);
  melding(
    `Via de publieke pagina's: ${publiek.klachten} klachten, ${publiek.terugbel} terugbelverzoeken, ${publiek.complimenten} complimenten, ${publiek.suggesties} suggesties.`,
  );
  return {
    rijen,
    ms: performance.now() - start,
    bytes,
    viaEngine: {
      terugbel: openTerugbel.length,
      klachten: openKlachten.length,
      overdrachten: openOverdrachten.length,
      verbeteracties: acties.n,
      geweigerd: geweigerd.n,
    },
  };
}
