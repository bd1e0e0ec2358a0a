/**
 * Burgers (citizens) and the klantbeeld: everything the organisation already knows about one citizen's contacts,
 * so the next employee does not ask again ("vraag één keer").
 *
 * ## Matching rule (koppelBurger)
 * A new commitment is linked to an existing citizen when its phone number (E.164) or e-mail address (lowercased)
 * matches exactly, UNLESS both sides carry a name and the names clearly belong to different people. Names are
 * compatible when one side is anonymous, when the normalised names are equal, when the last names are equal
 * ("J. Jansen" ~ "Jan Jansen"), or when every word of the shorter name occurs in the longer one. A shared
 * landline of "Piet Jansen" and "Fatma Yilmaz" therefore yields two citizens, never one merged record. Name
 * alone never links (too many Jan Jansens). When phone and e-mail point at different citizens, the one matching
 * both wins, then the phone match. A match only fills in missing data (a name for an anonymous record, a missing
 * e-mail or phone); it never overwrites what is recorded.
 * Bounded: the candidates are looked up per contact through indexes on (contact, naam_zoek) and (contact,
 * achternaam_zoek) with a LIMIT (kandidatenVia), so a number thousands of citizens share (a care home's
 * switchboard) costs what a number of one costs. The name rule is applied to the candidates the indexes find:
 * the exact name, anonymous records, those whose last name is one of the given name's words ("J. Jansen" for "Jan
 * Jansen", "Piet Jansen" for "Jansen") and those whose name begins with the given one ("Piet Jansen" for "Piet").
 * A lone middle name ("Maria" for "Anna Maria Jansen") therefore no longer links on its own.
 *
 * ## Access rule (magKlantbeeldZien)
 * A citizen's personal data is shown only to users whose work involves it. User U may see citizen B when
 * - U has the privacy role (the FG handles the citizen's privacy requests; issue 17), or
 * - U has the regieteam role (oversight of all service quality and complaints), or
 * - B has a commitment that is open, or was closed less than KLANTBEELD_RECENT_DAGEN days ago, which
 *   - is owned by U, or was created by U (the sender of a handover stays responsible), or
 *   - is assigned to U's team, or owned by a member of U's team, or
 *   - is assigned to, or owned by a member of, a team U leads (teams.teamleider_id = U).
 * A citizen whose processing is restricted (AVG art. 18, privacy_beperkingen) is hidden from everyone but the
 * privacy role; a privacy request does not give its owner's team access. Everyone else gets a 403 (weiger) and search results only list citizens U may see. Every search and every
 * view is audited; the raw search term is not stored (only its kind and a salted-free SHA-256 prefix, so an
 * auditor can match a known term without the log holding the phone number or name in clear text).
 */
import crypto from "node:crypto";
import { formatTelefoon, normaliseerTelefoon as telefoonNaarE164 } from "../../domain/telefoon";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { audit } from "../../platform/audit/audit.server";
import { now } from "../../platform/clock";
import type { AppUser } from "../../platform/auth/permissions.server";
import { detailLink, soortNaam } from "../werklijsten/werklijsten.server";
import { workflowDefinitie } from "../../platform/engine/runtime.server";
import { burgerBeperkt } from "../../platform/engine/beperking.server";

export const KLANTBEELD_RECENT_DAGEN = 90;
const DAG_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Lowercase, accents stripped, punctuation to spaces, single spaces. "Élise  d'Hondt" → "elise d hondt". */
export function normaliseerNaam(naam: string | null | undefined): string | null {
  if (!naam) return null;
  const n = naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (!n || n === "anoniem" || n === "onbekend") return null;
  return n;
}

const TUSSENVOEGSELS = new Set(["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "t", "op", "la", "le", "el", "al"]);

function woorden(n: string): string[] {
  return n.split(" ").filter(Boolean);
}

/** The last non-particle word of a normalised name ("jan van der berg" → "berg"). */
export function achternaamVan(n: string | null): string | null {
  if (!n) return null;
  const w = woorden(n);
  for (let i = w.length - 1; i >= 0; i--) {
    const x = w[i]!;
    if (!TUSSENVOEGSELS.has(x)) return x;
  }
  return w[w.length - 1] ?? null;
}

/** True when two (raw) names may belong to the same person — see the matching rule above. */
export function namenPassen(a: string | null | undefined, b: string | null | undefined): boolean {
  return namenPassenGenormaliseerd(normaliseerNaam(a), normaliseerNaam(b));
}

/** namenPassen for names that are already normalised (normaliseerNaam; burgers.naam_zoek holds it). */
function namenPassenGenormaliseerd(na: string | null, nb: string | null): boolean {
  if (!na || !nb) return true;
  if (na === nb) return true;
  const wa = woorden(na);
  const wb = woorden(nb);
  const [kort, lang] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (kort.length > 0 && kort.every((w) => lang.includes(w))) return true;
  const aa = achternaamVan(na);
  const ab = achternaamVan(nb);
  if (aa && ab && aa === ab && aa.length > 1) {
    // Same last name: the first names must not contradict each other (initial "j" fits "jan").
    const va = wa[0] ?? "";
    const vb = wb[0] ?? "";
    if (wa.length === 1 || wb.length === 1) return true;
    return va === vb || va.startsWith(vb) || vb.startsWith(va);
  }
  return false;
}

/** Dutch and international phone numbers in the usual notations → E.164, or null when it is not a phone number. */
export function normaliseerTelefoon(invoer: string | null | undefined): string | null {
  if (!invoer) return null;
  const r = telefoonNaarE164(invoer);
  return r.ok ? r.e164 : null;
}

export function normaliseerEmail(invoer: string | null | undefined): string | null {
  if (!invoer) return null;
  const e = invoer.trim().toLowerCase();
  return e.includes("@") ? e : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Statements (cached per connection)

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

interface BurgerRij {
  id: string;
  naam: string | null;
  naam_zoek: string | null;
  telefoon_e164: string | null;
  email: string | null;
  aangemaakt_op: number;
  gewijzigd_op: number;
}

export interface Burger {
  id: string;
  naam: string | null;
  telefoonE164: string | null;
  email: string | null;
  aangemaaktOp: number;
  gewijzigdOp: number;
}

function naarBurger(r: BurgerRij): Burger {
  return {
    id: r.id,
    naam: r.naam,
    telefoonE164: r.telefoon_e164,
    email: r.email,
    aangemaaktOp: r.aangemaakt_op,
    gewijzigdOp: r.gewijzigd_op,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// koppelBurger

export interface BurgerGegevens {
  naam?: string | null;
  /** Already normalised to E.164 (normaliseerTelefoon); a non-E.164 value is normalised here once more. */
  telefoonE164?: string | null;
  email?: string | null;
}

/** At most this many citizens with one last name are weighed per contact (a care home's switchboard: thousands share it). */
const MAX_ACHTERNAAM_KANDIDATEN = 200;

/**
 * The citizens with this phone number (or e-mail address) whose name may fit `naamZoek` — found through the
 * indexes on (contact, naam_zoek) and (contact, achternaam_zoek), each with a LIMIT, so the cost does not grow
 * with how many citizens share the contact: the exact name, anonymous records, the same last name (or a last name
 * that is one of the given words: "Jansen" for "Piet Jansen"), and names that begin with the given one ("Piet" →
 * "Piet Jansen"). Without a name every citizen fits: then the oldest one.
 */
function kandidatenVia(sqlite: Database.Database, via: "telefoon" | "email", waarde: string, naamZoek: string | null): BurgerRij[] {
  const kolom = via === "telefoon" ? "telefoon_e164" : "email";
  // INDEXED BY: the planner would otherwise walk (contact, aangemaakt_op) in order to skip a sort, which reads
  // every citizen of the contact when few fit — the very cost this bounds.
  const q = (index: "oudste" | "naam" | "achternaam", waar: string) =>
    stmt(sqlite, `SELECT * FROM burgers INDEXED BY burgers_${via}_${index} WHERE ${kolom} = @waarde AND ${waar} ORDER BY aangemaakt_op LIMIT @limiet`);
  if (!naamZoek) return q("oudste", "1").all({ waarde, limiet: 1 }) as BurgerRij[];
  const p = { waarde, naam: naamZoek, limiet: 5 };
  return [
    ...(q("naam", "naam_zoek = @naam").all(p) as BurgerRij[]),
    ...(q("naam", "naam_zoek IS NULL").all(p) as BurgerRij[]),
    ...(q("achternaam", "achternaam_zoek IN (SELECT value FROM json_each(@woorden))").all({
      waarde,
      woorden: JSON.stringify(woorden(naamZoek)),
      limiet: MAX_ACHTERNAAM_KANDIDATEN,
    }) as BurgerRij[]),
    ...(q("naam", "naam_zoek > @van AND naam_zoek < @tot").all({ waarde, van: `${naamZoek} `, tot: `${naamZoek}!`, limiet: 5 }) as BurgerRij[]),
  ];
}

/**
 * Finds the citizen these details belong to, or creates one, and returns the citizen id. Synchronous: call it
 * inside the transaction that creates the commitment. See the matching rule at the top of this file.
 */
export function koppelBurger(gegevens: BurgerGegevens): string {
  const { sqlite } = getDatabase();
  const naam = gegevens.naam?.trim() || null;
  const naamZoek = normaliseerNaam(naam);
  const telefoon = gegevens.telefoonE164
    ? gegevens.telefoonE164.startsWith("+") && /^\+\d{6,15}$/.test(gegevens.telefoonE164)
      ? gegevens.telefoonE164
      : normaliseerTelefoon(gegevens.telefoonE164)
    : null;
  const email = normaliseerEmail(gegevens.email);
  const t = now();

  // Which contact a candidate matches is read from its own row, whichever query found it.
  const kandidaten = new Map<string, { rij: BurgerRij; telefoon: boolean; email: boolean }>();
  const voegToe = (rijen: BurgerRij[]) => {
    for (const r of rijen) {
      if (!kandidaten.has(r.id)) kandidaten.set(r.id, { rij: r, telefoon: telefoon != null && r.telefoon_e164 === telefoon, email: email != null && r.email === email });
    }
  };
  for (const [via, waarde] of [["telefoon", telefoon], ["email", email]] as const) {
    if (waarde) voegToe(kandidatenVia(sqlite, via, waarde, naamZoek));
  }
  // The stored naam_zoek is the normalised name: compared as it is, never normalised again per candidate.
  const score = (k: { telefoon: boolean; email: boolean }) => (k.telefoon && k.email ? 3 : 0) + (k.telefoon ? 2 : 0) + (k.email ? 1 : 0);
  const exact = (k: { rij: BurgerRij }) => (naamZoek && k.rij.naam_zoek === naamZoek ? 10 : 0);
  const passend = [...kandidaten.values()]
    .filter((k) => namenPassenGenormaliseerd(k.rij.naam_zoek, naamZoek))
    .map((k) => ({ ...k, gewicht: exact(k) + score(k) }))
    // Prefer a named exact-name match over an anonymous one, then the best contact match, then the oldest.
    .sort((a, b) => b.gewicht - a.gewicht || a.rij.aangemaakt_op - b.rij.aangemaakt_op);

  const gekozen = passend[0];
  if (gekozen) {
    const r = gekozen.rij;
    const nieuweNaam = r.naam && r.naam_zoek ? r.naam : naam ?? r.naam;
    const nieuweTel = r.telefoon_e164 ?? telefoon;
    const nieuweEmail = r.email ?? email;
    if (nieuweNaam !== r.naam || nieuweTel !== r.telefoon_e164 || nieuweEmail !== r.email) {
      const nz = normaliseerNaam(nieuweNaam);
      stmt(
        sqlite,
        "UPDATE burgers SET naam = ?, naam_zoek = ?, achternaam_zoek = ?, telefoon_e164 = ?, email = ?, gewijzigd_op = ? WHERE id = ?",
      ).run(nieuweNaam, nz, achternaamVan(nz), nieuweTel, nieuweEmail, t, r.id);
    }
    return r.id;
  }

  const id = crypto.randomUUID();
  stmt(
    sqlite,
    `INSERT INTO burgers (id, naam, naam_zoek, achternaam_zoek, telefoon_e164, email, aangemaakt_op, gewijzigd_op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, naam, naamZoek, achternaamVan(naamZoek), telefoon, email, t, t);
  return id;
}

export function burgerOpId(id: string): Burger | null {
  const { sqlite } = getDatabase();
  const r = stmt(sqlite, "SELECT * FROM burgers WHERE id = ?").get(id) as BurgerRij | undefined;
  return r ? naarBurger(r) : null;
}

/** Display name: the name, or "Anoniem". */
export function burgerNaam(naam: string | null | undefined): string {
  return naam?.trim() ? naam.trim() : "Anoniem";
}

// ---------------------------------------------------------------------------------------------------------------
// Access and search

/** Team ids whose work this user shares: their own team and every team they lead. */
function werkTeams(user: Pick<AppUser, "id">): number[] {
  const { sqlite } = getDatabase();
  const r = stmt(
    sqlite,
    `SELECT team_id AS id FROM medewerkers WHERE id = @me AND team_id IS NOT NULL
     UNION SELECT id FROM teams WHERE teamleider_id = @me`,
  ).all({ me: user.id }) as { id: number }[];
  return r.map((x) => x.id);
}

/** SQL condition "user may see citizen b" (see the access rule at the top), for `b.id`. */
// A restricted citizen (AVG art. 18) is hidden from everyone but the privacy role; a privacy request gives its
// owner's team no access to the citizen.
const TOEGANG_SQL = `NOT EXISTS (SELECT 1 FROM privacy_beperkingen pb WHERE pb.burger_id = b.id AND pb.opgeheven_op IS NULL)
  AND EXISTS (
  SELECT 1 FROM afspraken a LEFT JOIN medewerkers m ON m.id = a.eigenaar_id
  WHERE a.burger_id = b.id AND a.soort <> 'privacyverzoek' AND (a.open = 1 OR a.gesloten_op >= @sinds)
    AND (a.eigenaar_id = @me OR a.aangemaakt_door = @me
         OR a.team_id IN (SELECT value FROM json_each(@teams))
         OR m.team_id IN (SELECT value FROM json_each(@teams))))`;

const BEPERKT_SQL = "NOT EXISTS (SELECT 1 FROM privacy_beperkingen pb WHERE pb.burger_id = b.id AND pb.opgeheven_op IS NULL)";

function toegangParams(user: Pick<AppUser, "id">) {
  return { me: user.id, teams: JSON.stringify(werkTeams(user)), sinds: now() - KLANTBEELD_RECENT_DAGEN * DAG_MS };
}

function isRegieteam(user: Pick<AppUser, "rollen">): boolean {
  return user.rollen.includes("regieteam");
}

/** The privacy officer sees every citizen, restricted or not (issue 17). */
function isPrivacy(user: Pick<AppUser, "rollen">): boolean {
  return user.rollen.includes("privacy");
}

export function magKlantbeeldZien(user: Pick<AppUser, "id" | "rollen">, burgerId: string): boolean {
  if (isPrivacy(user)) return true;
  if (isRegieteam(user)) return !burgerBeperkt(burgerId);
  const { sqlite } = getDatabase();
  return !!stmt(sqlite, `SELECT 1 FROM burgers b WHERE b.id = @id AND ${TOEGANG_SQL}`).get({ id: burgerId, ...toegangParams(user) });
}

export type ZoekSoort = "telefoon" | "email" | "naam";

export interface ZoekResultaat {
  id: string;
  naam: string;
  telefoon: string | null;
  email: string | null;
  aantalAfspraken: number;
  laatsteContactOp: number | null;
}

/** What kind of search this is, and the normalised term. null = too short / empty. */
export function zoekterm(invoer: string): { soort: ZoekSoort; waarde: string } | null {
  const t = invoer.trim();
  if (!t) return null;
  if (t.includes("@")) {
    const e = normaliseerEmail(t);
    return e ? { soort: "email", waarde: e } : null;
  }
  if (/^[+0-9()\-./\s]+$/.test(t)) {
    const tel = normaliseerTelefoon(t);
    return tel ? { soort: "telefoon", waarde: tel } : null;
  }
  const n = normaliseerNaam(t);
  if (!n || n.length < 2) return null;
  return { soort: "naam", waarde: n };
}

/** The smallest string greater than every string with prefix p (for an index range scan on a prefix). */
function naPrefix(p: string): string {
  return p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1);
}

/**
 * Searches citizens by phone (exact E.164), e-mail (exact, lowercased) or name (prefix of the full name or of the
 * last name, accents and case ignored). Only citizens this user may see are returned. The search is audited with
 * its kind, the number of results and the ids shown — never the raw term.
 */
export function zoekBurgers(
  user: Pick<AppUser, "id" | "naam" | "rollen">,
  invoer: string,
  oorsprong?: string | null,
  limiet = 50,
): { soort: ZoekSoort | null; resultaten: ZoekResultaat[] } {
  const z = zoekterm(invoer);
  if (!z) return { soort: null, resultaten: [] };
  const { sqlite } = getDatabase();
  const voorwaarde =
    z.soort === "telefoon"
      ? "b.telefoon_e164 = @w"
      : z.soort === "email"
        ? "b.email = @w"
        : "((b.naam_zoek >= @w AND b.naam_zoek < @wEind) OR (b.achternaam_zoek >= @w AND b.achternaam_zoek < @wEind))";
  const toegang = isPrivacy(user) ? "1" : isRegieteam(user) ? BEPERKT_SQL : TOEGANG_SQL;
  const rijen = stmt(
    sqlite,
    `SELECT b.id, b.naam, b.telefoon_e164, b.email,
       (SELECT count(*) FROM afspraken x WHERE x.burger_id = b.id) AS aantal,
       (SELECT max(x.aangemaakt_op) FROM afspraken x WHERE x.burger_id = b.id) AS laatste
     FROM burgers b WHERE ${voorwaarde} AND ${toegang}
     ORDER BY laatste DESC, b.naam LIMIT @limiet`,
  ).all({ w: z.waarde, wEind: naPrefix(z.waarde), limiet, ...(isRegieteam(user) || isPrivacy(user) ? {} : toegangParams(user)) }) as {
    id: string;
    naam: string | null;
    telefoon_e164: string | null;
    email: string | null;
    aantal: number;
    laatste: number | null;
  }[];
  audit({
    actor: { id: user.id, naam: user.naam },
    actie: "klantbeeld.zoeken",
    objectType: "burger",
    objectId: null,
    resultaat: "ok",
    oorsprong,
    details: { zoeksoort: z.soort, aantal: rijen.length, burgerIds: rijen.map((r) => r.id) },
  });
  return {
    soort: z.soort,
    resultaten: rijen.map((r) => ({
      id: r.id,
      naam: burgerNaam(r.naam),
      telefoon: r.telefoon_e164 ? formatTelefoon(r.telefoon_e164) : null,
      email: r.email,
      aantalAfspraken: r.aantal,
      laatsteContactOp: r.laatste,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The klantbeeld page

export interface KlantGebeurtenis {
  op: number;
  type: string;
  omschrijving: string;
  door: string | null;
  notitie: string | null;
  /** the call attempt's outcome code (POGING), for the page's language */
  uitkomst: string | null;
  /** the type has a wording of its own (not the raw type made readable) */
  bekend: boolean;
}

export interface KlantAfspraak {
  id: string;
  soort: string;
  soortNaam: string;
  link: string;
  titel: string;
  status: string;
  /** the workflow's status code ("open.beloofd"), for the page's language */
  statusCode: string;
  open: boolean;
  kanaal: string | null;
  eigenaarNaam: string | null;
  teamNaam: string | null;
  aangemaaktOp: number;
  aangemaaktDoor: string | null;
  geslotenOp: number | null;
  termijnOp: number | null;
  /** What was asked and discussed, taken from the commitment's recorded context. */
  besproken: { veld: string; label: string; tekst: string }[];
  gebeurtenissen: KlantGebeurtenis[];
}

export interface Klantbeeld {
  burger: Burger & { naamWeergave: string; telefoonWeergave: string | null };
  afspraken: KlantAfspraak[];
}

const EVENT_TEKST: Record<string, string> = {
  AANGEMAAKT: "Vastgelegd",
  POGING: "Belpoging",
  NIEUW_TIJDSTIP: "Nieuw tijdstip op verzoek van de inwoner",
  HERTOEWIJZEN: "Toegewezen aan een ander",
  NUMMER_CORRIGEREN: "Telefoonnummer gecorrigeerd",
  NIET_BEREIKBAAR: "Niet bereikbaar",
  ANNULEREN: "Geannuleerd",
  OMZETTEN_NAAR_OVERDRACHT: "Omgezet in warme overdracht",
  OPPAKKEN: "Opgepakt",
  OPGEPAKT: "Opgepakt",
  WEIGEREN: "Geweigerd",
  KLANT_GEINFORMEERD: "Inwoner geïnformeerd",
  AFRONDEN: "Afgerond",
  OPNIEUW_AANBIEDEN: "Opnieuw aangeboden",
  "TERMIJN.WAARSCHUWING": "Termijn bijna verlopen",
  "TERMIJN.VERLOPEN": "Termijn verlopen",
  "TERMIJN.ESCALATIE": "Geëscaleerd",
};

const UITKOMST: Record<string, string> = {
  bereikt: "bereikt",
  geen_gehoor: "geen gehoor",
  voicemail: "voicemail ingesproken",
  verkeerd_nummer: "verkeerd nummer",
};

/** Context fields that hold what was said, in the order they are shown. */
const BESPROKEN_VELDEN: [string, string][] = [
  ["vraag", "Vraag"],
  ["onderwerp", "Onderwerp"],
  ["context", "Wat al besproken en gedaan is"],
  ["alBesproken", "Wat al besproken is"],
  ["alGedaan", "Wat al gedaan is"],
  ["toelichting", "Toelichting"],
  ["omschrijving", "Omschrijving"],
  ["volgendeStap", "Volgende stap"],
  ["contactpersoon", "Contactpersoon"],
  ["informatie", "Wat de inwoner is verteld"],
  ["weigerReden", "Reden van weigering"],
  ["annuleerReden", "Reden van annuleren"],
  ["nietBereikbaarReden", "Niet bereikbaar"],
  ["afgesprokenReden", "Nieuw tijdstip, want"],
];

function besprokenUit(snapshotJson: string): { veld: string; label: string; tekst: string }[] {
  try {
    const ctx = (JSON.parse(snapshotJson) as { context?: Record<string, unknown> }).context ?? {};
    const uit: { veld: string; label: string; tekst: string }[] = [];
    for (const [veld, label] of BESPROKEN_VELDEN) {
      const v = ctx[veld];
      if (typeof v === "string" && v.trim()) uit.push({ veld, label, tekst: v.trim() });
    }
    return uit;
  } catch {
    return [];
  }
}

function gebeurtenisVan(r: { op: number; type: string; payload: string | null; actor_naam: string | null }): KlantGebeurtenis {
  let p: Record<string, unknown> = {};
  try {
    p = r.payload ? (JSON.parse(r.payload) as Record<string, unknown>) : {};
  } catch {
    p = {};
  }
  let omschrijving = EVENT_TEKST[r.type] ?? r.type.toLowerCase().replace(/[._]/g, " ");
  if (r.type === "POGING" && typeof p.uitkomst === "string") omschrijving += `: ${UITKOMST[p.uitkomst] ?? p.uitkomst}`;
  const notitie = ["notitie", "reden", "toelichting", "tekst", "hoe", "volgendeStap"]
    .map((k) => p[k])
    .find((v): v is string => typeof v === "string" && v.trim().length > 0);
  const uitkomst = r.type === "POGING" && typeof p.uitkomst === "string" ? p.uitkomst : null;
  return { op: r.op, type: r.type, omschrijving, door: r.actor_naam, notitie: notitie?.trim() ?? null, uitkomst, bekend: r.type in EVENT_TEKST };
}

/** The workflow's own Dutch name of a status ("beloofd" → "Beloofd"), or the raw status made readable. */
function statusNaam(soort: string, status: string): string {
  const def = workflowDefinitie(soort);
  const naam = def?.statusNaam ? def.statusNaam(status) : null;
  if (naam && naam !== status) return naam;
  const kaal = status.replace(/^open\./, "").replace(/[._]/g, " ");
  return kaal.charAt(0).toUpperCase() + kaal.slice(1);
}

/**
 * Everything known about one citizen, newest first. Caller must have checked magKlantbeeldZien; this function
 * writes the audit line for the read.
 */
export function klantbeeld(
  user: Pick<AppUser, "id" | "naam">,
  burgerId: string,
  oorsprong?: string | null,
): Klantbeeld | null {
  const burger = burgerOpId(burgerId);
  if (!burger) return null;
  const { sqlite } = getDatabase();
  const rijen = stmt(
    sqlite,
    `SELECT a.id, a.soort, a.titel, a.status, a.open, a.kanaal, a.aangemaakt_op, a.gesloten_op, a.termijn_op, a.snapshot,
       e.naam AS eigenaar_naam, t.naam AS team_naam, c.naam AS maker_naam
     FROM afspraken a
       LEFT JOIN medewerkers e ON e.id = a.eigenaar_id
       LEFT JOIN teams t ON t.id = a.team_id
       LEFT JOIN medewerkers c ON c.id = a.aangemaakt_door
     WHERE a.burger_id = ? ORDER BY a.aangemaakt_op DESC, a.id DESC LIMIT 200`,
  ).all(burgerId) as {
    id: string;
    soort: string;
    titel: string;
    status: string;
    open: number;
    kanaal: string | null;
    aangemaakt_op: number;
    gesloten_op: number | null;
    termijn_op: number | null;
    snapshot: string;
    eigenaar_naam: string | null;
    team_naam: string | null;
    maker_naam: string | null;
  }[];
  const events = stmt(
    sqlite,
    "SELECT op, type, payload, actor_naam FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer DESC LIMIT 100",
  );
  const afspraken: KlantAfspraak[] = rijen.map((r) => ({
    id: r.id,
    soort: r.soort,
    soortNaam: soortNaam(r.soort),
    link: detailLink(r.soort, r.id),
    titel: r.titel,
    status: statusNaam(r.soort, r.status),
    statusCode: r.status,
    open: !!r.open,
    kanaal: r.kanaal,
    eigenaarNaam: r.eigenaar_naam,
    teamNaam: r.team_naam,
    aangemaaktOp: r.aangemaakt_op,
    aangemaaktDoor: r.maker_naam,
    geslotenOp: r.gesloten_op,
    termijnOp: r.termijn_op,
    besproken: besprokenUit(r.snapshot),
    gebeurtenissen: (events.all(r.id) as { op: number; type: string; payload: string | null; actor_naam: string | null }[])
      .filter((e) => !e.type.startsWith("TERMIJN.") || e.type === "TERMIJN.VERLOPEN")
      .map(gebeurtenisVan),
  }));
  audit({
    actor: { id: user.id, naam: user.naam },
    actie: "klantbeeld.bekijken",
    objectType: "burger",
    objectId: burgerId,
    resultaat: "ok",
    oorsprong,
    details: { afspraken: afspraken.length },
  });
  return {
    burger: {
      ...burger,
      naamWeergave: burgerNaam(burger.naam),
      telefoonWeergave: burger.telefoonE164 ? formatTelefoon(burger.telefoonE164) : null,
    },
    afspraken,
  };
}
