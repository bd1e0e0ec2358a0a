/**
 * Het leerlogboek (issue 6): blameless lessons, classified by behoorlijkheidsnorm(s) and process step, linked to
 * complaints, overdue commitments and compliments.
 *
 * - Blameless by construction: no text field may contain the name of an employee (`vindMedewerkersnaam`).
 * - Who sees what: the regieteam creates, edits and links, and sees the links to the dossiers; every other
 *   member of staff (permission "werk") reads the log, with linked items described WITHOUT employee or citizen
 *   names ("Klacht KL-2026-0012 · Burgerzaken · gegrond · ontvangen 3 mrt 2026").
 * - A klacht link on a complaint whose machine accepts LES_VASTLEGGEN moves that complaint on, with the
 *   lesson's text, through the engine in the same transaction (pasToeInTransactie).
 * Every change and every regieteam read of linked personal data writes an audit line in the same transaction.
 */
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal, vertaalFouten } from "../../platform/i18n/vertaal";
import { datumFormat } from "../../platform/i18n/datum";
import type Database from "better-sqlite3";
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { PROCESSTAPPEN, type KoppelingSoort, type Processtap } from "../../../db/schema";
import { BEHOORLIJKHEIDSNORMEN, OORDEEL_TEKST, normNaam, type Oordeel } from "../../../workflows/klacht/recht";
import { STATUS_TEKST as KLACHT_STATUS_TEKST, type KlachtStatus } from "../../../workflows/klacht/machine";
import { now } from "../../platform/clock";
import { MAANDEN_KORT } from "../../domain/kalender/format";
import { dagVanDatum, datumVanDag, instantVanLokaleDag, lokaleDag, lokaleDelen } from "../../domain/kalender/tijd";
import { kalenders } from "../../platform/engine/normen.server";
import { auditRegel, pasToeInTransactie, workflowDefinitie, type Actor } from "../../platform/engine/runtime.server";
import { synchroniseerKlacht, toegangTot } from "../klachten/klachten.server";
import { heeft, type AppUser } from "../../platform/auth/permissions.server";

// ------------------------------------------------------------------------------------------------ labels

export const PROCESSTAP_TEKST: Record<Processtap, string> = {
  bereikbaarheid: "Bereikbaarheid",
  eerste_contact: "Eerste contact",
  doorverbinden_overdracht: "Doorverbinden en overdracht",
  terugbellen: "Terugbellen",
  informatievoorziening: "Informatievoorziening",
  behandeling_aanvraag: "Behandeling van de aanvraag",
  besluitvorming: "Besluitvorming",
  brief_communicatie: "Brieven en schriftelijke communicatie",
  klachtbehandeling: "Klachtbehandeling",
  systemen_registratie: "Systemen en registratie",
  uitvoering_buiten: "Uitvoering in de openbare ruimte",
  overig: "Overig",
};

export const KOPPELING_TEKST: Record<KoppelingSoort, string> = { klacht: "Klacht", afspraak: "Te late afspraak", compliment: "Compliment" };

const AFSPRAAK_SOORT_TEKST: Record<string, string> = {
  terugbelafspraak: "terugbellen",
  overdracht: "warme overdracht",
};
/** Kinds of commitment that are never linked (private, or linked in their own way). */
const NIET_KOPPELBAAR = ["klacht", "verbeteractie", "coachingsafspraak"];

/** "3 mrt 2026" */
export function korteDatum(t: number): string {
  const d = datumVanDag(lokaleDag(t));
  return `${d.dag} ${MAANDEN_KORT[d.maand]} ${d.jaar}`;
}

// ------------------------------------------------------------------------------------------------ blameless

/** Lower case, accents removed, everything that is not a letter or digit becomes a single space. */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ıłøßæœ]/g, (c) => ({ ı: "i", ł: "l", ø: "o", ß: "ss", æ: "ae", œ: "oe" })[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The word sequences that count as naming this person: the full name, "voornaam achternaam" (the core surname
 * without tussenvoegsels too) and the same the other way round ("achternaam voornaam", "Amrani, Fatima").
 * A one-word name gives no pattern: a first name alone is an ordinary word too often.
 */
export function naamPatronen(naam: string): string[] {
  const w = normaliseer(naam).split(" ").filter(Boolean);
  if (w.length < 2) return [];
  const voornaam = w[0]!;
  const achternaam = w.slice(1);
  const kern = w[w.length - 1]!;
  const patronen = new Set<string>([
    w.join(" "),
    `${voornaam} ${kern}`,
    `${achternaam.join(" ")} ${voornaam}`,
    `${kern} ${voornaam}`,
  ]);
  return [...patronen];
}

/** The first employee name (as written in `namen`) that occurs in `tekst` as whole words, or null. */
export function vindMedewerkersnaam(tekst: string, namen: readonly string[]): string | null {
  const t = ` ${normaliseer(tekst)} `;
  if (t.trim() === "") return null;
  for (const naam of namen) {
    for (const p of naamPatronen(naam)) {
      if (t.includes(` ${p} `)) return naam;
    }
  }
  return null;
}

export function medewerkerNamen(): string[] {
  return (getDatabase().sqlite.prepare("SELECT naam FROM medewerkers").all() as { naam: string }[]).map((r) => r.naam);
}

export function blamelessMelding(naam: string, taal: Taal = "nl"): string {
  return vertaal(taal, "leerlogboek:fout.blameless", { naam });
}

/** Field → message for every text field that names an employee. */
export function toetsBlameless(velden: Record<string, string>, namen = medewerkerNamen(), taal: Taal = "nl"): Record<string, string[]> {
  const fouten: Record<string, string[]> = {};
  for (const [veld, tekst] of Object.entries(velden)) {
    const naam = vindMedewerkersnaam(tekst, namen);
    if (naam) fouten[veld] = [blamelessMelding(naam, taal)];
  }
  return fouten;
}

// ------------------------------------------------------------------------------------------------ form

export type Fouten = Record<string, string[] | undefined>;

export interface LesInvoer {
  titel: string;
  watGebeurde: string;
  oorzaak: string;
  les: string;
  normen: number[];
  processtap: Processtap;
  afdelingId: number | null;
}

/** A text field; its messages are the keys leerlogboek:fout.<veld> and fout.<veld>Max. */
const tekst = (veld: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `leerlogboek:fout.${veld}`)
    .max(max, `leerlogboek:fout.${veld}Max?max=${max}`);

export const lesSchema = z.object({
  titel: tekst("titel", 200),
  watGebeurde: tekst("watGebeurde", 5000),
  oorzaak: tekst("oorzaak", 5000),
  les: tekst("les", 5000),
  normen: z
    .array(z.coerce.number().int().min(1).max(22))
    .min(1, "leerlogboek:fout.normen")
    .transform((a) => [...new Set(a)].sort((x, y) => x - y)),
  processtap: z.enum(PROCESSTAPPEN, { error: "leerlogboek:fout.processtap" }),
  afdelingId: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return null;
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1) {
        ctx.addIssue({ code: "custom", message: "leerlogboek:fout.afdeling" });
        return z.NEVER;
      }
      return n;
    }),
});

export interface LesWaarden {
  titel: string;
  watGebeurde: string;
  oorzaak: string;
  les: string;
  normen: string[];
  processtap: string;
  afdelingId: string;
}

export function lesWaarden(form: FormData): LesWaarden {
  const s = (k: string) => String(form.get(k) ?? "");
  return {
    titel: s("titel"),
    watGebeurde: s("watGebeurde"),
    oorzaak: s("oorzaak"),
    les: s("les"),
    normen: form.getAll("normen").map(String),
    processtap: s("processtap"),
    afdelingId: s("afdelingId"),
  };
}

/** Validates the form (zod) and the blameless rule; errors per field, in `taal` (Dutch unless asked). */
export function leesLes(w: LesWaarden, taal: Taal = "nl"): { ok: true; invoer: LesInvoer } | { ok: false; fouten: Fouten } {
  const p = lesSchema.safeParse(w);
  const fouten: Fouten = p.success ? {} : vertaalFouten({ ...(z.flattenError(p.error).fieldErrors as Fouten) }, taal);
  const namen = medewerkerNamen();
  const b = toetsBlameless({ titel: w.titel, watGebeurde: w.watGebeurde, oorzaak: w.oorzaak, les: w.les }, namen, taal);
  for (const [k, v] of Object.entries(b)) fouten[k] = v;
  if (p.success && p.data.afdelingId !== null) {
    const a = getDatabase().sqlite.prepare("SELECT 1 FROM afdelingen WHERE id = ?").get(p.data.afdelingId);
    if (!a) fouten.afdelingId = [vertaal(taal, "leerlogboek:fout.afdeling")];
  }
  if (!p.success || Object.values(fouten).some((f) => f && f.length)) return { ok: false, fouten };
  return { ok: true, invoer: p.data };
}

// ------------------------------------------------------------------------------------------------ links

export interface Koppeling {
  soort: KoppelingSoort;
  ref: string;
}

/** "klacht:<id>" → Koppeling (null when malformed). */
export function leesKoppeling(waarde: string): Koppeling | null {
  const m = /^(klacht|afspraak|compliment):(.{1,80})$/.exec(waarde.trim());
  return m ? { soort: m[1] as KoppelingSoort, ref: m[2]! } : null;
}

/** A klacht by its number (KL-2026-0012; also without the prefix letters' case). */
export function klachtOpNummer(nummer: string): { id: string } | null {
  const n = nummer.trim().toUpperCase();
  if (!/^[A-Z]{1,3}-\d{4}-\d{1,6}$/.test(n)) return null;
  return (getDatabase().sqlite.prepare("SELECT id FROM klachten WHERE nummer = ?").get(n) as { id: string } | undefined) ?? null;
}

interface KlachtLinkRij {
  id: string;
  nummer: string;
  status: string;
  oordeel: string | null;
  ontvangen_op: number;
  afdeling: string | null;
  beklaagden: string;
  behandelaar_id: string | null;
  behandelaar_naam: string | null;
  afdeling_id: number | null;
}
interface AfspraakLinkRij {
  id: string;
  soort: string;
  status: string;
  eigenaar_naam: string | null;
  team: string | null;
  termijn_op: number;
  gehaald_op: number | null;
  termijn_status: string;
}
interface ComplimentLinkRij {
  id: number;
  tekst: string;
  aangemaakt_op: number;
  medewerker_naam: string | null;
  team: string | null;
  afdeling: string | null;
}

function klachtLink(sqlite: Database.Database, ref: string): KlachtLinkRij | undefined {
  return sqlite
    .prepare(
      `SELECT k.id, k.nummer, k.status, k.oordeel, k.ontvangen_op, a.naam AS afdeling, k.beklaagden, k.behandelaar_id, k.behandelaar_naam, k.afdeling_id
       FROM klachten k LEFT JOIN afdelingen a ON a.id = k.afdeling_id WHERE k.id = ?`,
    )
    .get(ref) as KlachtLinkRij | undefined;
}

/** The missed deadline of a commitment (the latest one that was met late or is overdue now). */
function afspraakLink(sqlite: Database.Database, ref: string, nu: number): AfspraakLinkRij | undefined {
  return sqlite
    .prepare(
      `SELECT a.id, a.soort, a.status, m.naam AS eigenaar_naam, tm.naam AS team, t.termijn_op, t.gehaald_op, t.status AS termijn_status
       FROM afspraken a JOIN termijnen t ON t.afspraak_id = a.id
       LEFT JOIN medewerkers m ON m.id = a.eigenaar_id LEFT JOIN teams tm ON tm.id = a.team_id
       WHERE a.id = @ref AND ((t.status = 'gehaald' AND t.op_tijd = 0) OR (t.status = 'lopend' AND t.termijn_op < @nu))
       ORDER BY t.termijn_op DESC LIMIT 1`,
    )
    .get({ ref, nu }) as AfspraakLinkRij | undefined;
}

function complimentLink(sqlite: Database.Database, ref: string): ComplimentLinkRij | undefined {
  return sqlite
    .prepare(
      `SELECT f.id, f.tekst, f.aangemaakt_op, m.naam AS medewerker_naam, t.naam AS team, a.naam AS afdeling
       FROM feedback f LEFT JOIN medewerkers m ON m.id = f.medewerker_id
       LEFT JOIN teams t ON t.id = coalesce(f.team_id, m.team_id)
       LEFT JOIN afdelingen a ON a.id = coalesce(f.afdeling_id, t.afdeling_id)
       WHERE f.id = ? AND f.soort = 'compliment'`,
    )
    .get(Number(ref)) as ComplimentLinkRij | undefined;
}

/** Working days between two instants (the days after `van`'s day up to and including `tot`'s day). */
export function werkdagenTeLaat(van: number, tot: number): number {
  const org = kalenders().organisatie;
  const a = lokaleDag(van);
  const b = lokaleDag(tot);
  let n = 0;
  for (let d = a + 1; d <= b && n < 10_000; d++) if (org.isWerkdag(d)) n++;
  return n;
}

export interface KoppelingWeergave {
  soort: KoppelingSoort;
  ref: string;
  /** Without any employee or citizen name: safe for every reader. */
  omschrijving: string;
  /** Regieteam only: where the dossier is, and the detail with employee names. */
  href: string | null;
  detail: string | null;
  bestaat: boolean;
}

/** A dictionary text of the leerlogboek (or another namespace with "ns:"), in `taal`. */
function tekstIn(taal: Taal) {
  return (k: string, w?: Record<string, string | number>) => vertaal(taal, k.includes(":") ? k : `leerlogboek:${k}`, w);
}

/** "3 mrt 2026" / "3 Mar 2026" */
function datumIn(taal: Taal, t: number): string {
  return datumFormat(taal).maandLabel(korteDatum(t));
}

/** The klacht's outcome in a few words: its judgement, or else its status (lower case). */
function klachtUitkomst(r: KlachtLinkRij, taal: Taal): string {
  if (taal === "nl") return r.oordeel ? (OORDEEL_TEKST[r.oordeel as Oordeel] ?? r.oordeel).toLowerCase() : (KLACHT_STATUS_TEKST[r.status as KlachtStatus] ?? r.status).toLowerCase();
  const k = r.oordeel ? `klachten:oordeel.${r.oordeel}` : `klachten:status.${r.status}`;
  const v = vertaal(taal, k);
  return (v === k ? (r.oordeel ?? r.status) : v).toLowerCase();
}

export function beschrijfKoppeling(sqlite: Database.Database, k: Koppeling, regieteam: boolean, nu = now(), taal: Taal = "nl"): KoppelingWeergave {
  const t = tekstIn(taal);
  const basis = { soort: k.soort, ref: k.ref, href: null, detail: null };
  if (k.soort === "klacht") {
    const r = klachtLink(sqlite, k.ref);
    if (!r) return { ...basis, omschrijving: t("koppeling.klachtWeg"), bestaat: false };
    return {
      ...basis,
      omschrijving: t("koppeling.klacht", { nummer: r.nummer, afdeling: r.afdeling ?? t("koppeling.afdelingOnbekend"), uitkomst: klachtUitkomst(r, taal), datum: datumIn(taal, r.ontvangen_op) }),
      href: regieteam ? `/klachten/${r.id}` : null,
      detail: regieteam && r.behandelaar_naam ? t("koppeling.behandelaar", { naam: r.behandelaar_naam }) : null,
      bestaat: true,
    };
  }
  if (k.soort === "afspraak") {
    const r = afspraakLink(sqlite, k.ref, nu);
    const soort = sqlite.prepare("SELECT soort FROM afspraken WHERE id = ?").get(k.ref) as { soort: string } | undefined;
    if (!r || !soort) return { ...basis, omschrijving: t("koppeling.afspraakWeg"), bestaat: false };
    const lopend = r.termijn_status === "lopend";
    const laat = werkdagenTeLaat(r.termijn_op, lopend ? nu : (r.gehaald_op ?? nu));
    const def = workflowDefinitie(r.soort);
    const soortTekst = r.soort in AFSPRAAK_SOORT_TEKST ? t(`koppeling.soort.${r.soort}`) : r.soort;
    return {
      ...basis,
      omschrijving: t("koppeling.afspraak", {
        soort: soortTekst,
        stand: t(lopend ? "koppeling.lopend" : "koppeling.nagekomen"),
        dagen: laat === 1 ? t("koppeling.werkdag") : t("koppeling.werkdagen", { aantal: laat }),
        datum: datumIn(taal, r.termijn_op),
      }),
      href: regieteam ? (def?.link ? def.link(r.id) : `/afspraken/${r.id}`) : null,
      detail: regieteam
        ? [r.eigenaar_naam ? t("koppeling.eigenaar", { naam: r.eigenaar_naam }) : null, r.team ? t("koppeling.team", { naam: r.team }) : null].filter(Boolean).join(" · ") || null
        : null,
      bestaat: true,
    };
  }
  const r = complimentLink(sqlite, k.ref);
  if (!r) return { ...basis, omschrijving: t("koppeling.complimentWeg"), bestaat: false };
  return {
    ...basis,
    omschrijving: t("koppeling.compliment", { wie: r.team ?? r.afdeling ?? t("koppeling.organisatie"), datum: datumIn(taal, r.aangemaakt_op) }),
    href: null,
    detail: regieteam ? `${r.medewerker_naam ? t("koppeling.voor", { naam: r.medewerker_naam }) : ""}“${r.tekst.length > 200 ? `${r.tekst.slice(0, 200)}…` : r.tekst}”` : null,
    bestaat: true,
  };
}

/** Checks that a link may be made (exists, right kind, visible to the user). Dutch reason or null. */
function koppelingFout(sqlite: Database.Database, user: AppUser, k: Koppeling, nu: number): string | null {
  if (k.soort === "klacht") {
    const r = klachtLink(sqlite, k.ref);
    if (!r) return "Deze klacht bestaat niet.";
    if (!toegangTot(user, r)) return "U heeft geen toegang tot deze klacht en kunt haar dus niet koppelen.";
    return null;
  }
  if (k.soort === "afspraak") {
    const a = sqlite.prepare("SELECT soort FROM afspraken WHERE id = ?").get(k.ref) as { soort: string } | undefined;
    if (!a || NIET_KOPPELBAAR.includes(a.soort)) return "Deze afspraak bestaat niet of kan niet worden gekoppeld.";
    if (!afspraakLink(sqlite, k.ref, nu)) return "De termijn van deze afspraak is niet gemist; koppel alleen afspraken die te laat zijn (geweest).";
    return null;
  }
  if (!/^\d+$/.test(k.ref) || !complimentLink(sqlite, k.ref)) return "Dit compliment bestaat niet.";
  return null;
}

export interface KoppelKeuzes {
  klachten: { waarde: string; label: string }[];
  afspraken: { waarde: string; label: string }[];
  complimenten: { waarde: string; label: string }[];
}

/** Short lists of recent items for the "Koppeling toevoegen" select (regieteam; labels without names). */
export function koppelKeuzes(nu = now(), taal: Taal = "nl"): KoppelKeuzes {
  const { sqlite } = getDatabase();
  const klachten = sqlite
    .prepare(
      `SELECT k.id FROM klachten k WHERE k.conclusie_op IS NOT NULL OR k.informeel_op IS NOT NULL
       ORDER BY coalesce(k.conclusie_op, k.informeel_op) DESC LIMIT 15`,
    )
    .all() as { id: string }[];
  const afspraken = sqlite
    .prepare(
      `SELECT DISTINCT a.id FROM termijnen t JOIN afspraken a ON a.id = t.afspraak_id
       WHERE t.status = 'lopend' AND t.termijn_op < @nu AND a.soort NOT IN ('klacht', 'verbeteractie', 'coachingsafspraak')
       ORDER BY t.termijn_op DESC LIMIT 15`,
    )
    .all({ nu }) as { id: string }[];
  const laat = sqlite
    .prepare(
      `SELECT DISTINCT a.id FROM termijnen t JOIN afspraken a ON a.id = t.afspraak_id
       WHERE t.status = 'gehaald' AND t.op_tijd = 0 AND t.gehaald_op > @sinds AND a.soort NOT IN ('klacht', 'verbeteractie', 'coachingsafspraak')
       ORDER BY t.gehaald_op DESC LIMIT 15`,
    )
    .all({ sinds: nu - 180 * 86_400_000 }) as { id: string }[];
  const complimenten = sqlite
    .prepare("SELECT id FROM feedback WHERE soort = 'compliment' ORDER BY aangemaakt_op DESC LIMIT 15")
    .all() as { id: number }[];
  const label = (k: Koppeling) => beschrijfKoppeling(sqlite, k, false, nu, taal).omschrijving;
  const uniek = [...new Set([...afspraken, ...laat].map((a) => a.id))].slice(0, 20);
  return {
    klachten: klachten.map((k) => ({ waarde: `klacht:${k.id}`, label: label({ soort: "klacht", ref: k.id }) })),
    afspraken: uniek.map((id) => ({ waarde: `afspraak:${id}`, label: label({ soort: "afspraak", ref: id }) })),
    complimenten: complimenten.map((c) => ({ waarde: `compliment:${c.id}`, label: label({ soort: "compliment", ref: String(c.id) }) })),
  };
}

/** Prefill for /leerlogboek/nieuw?klacht=…|afspraak=…|compliment=… (regieteam). */
export function voorinvulling(
  user: AppUser,
  q: { klacht?: string | null; afspraak?: string | null; compliment?: string | null },
): { koppeling: KoppelingWeergave | null; waarden: Partial<LesWaarden>; fout: string | null } {
  const { sqlite } = getDatabase();
  const nu = now();
  const k: Koppeling | null = q.klacht
    ? { soort: "klacht", ref: q.klacht }
    : q.afspraak
      ? { soort: "afspraak", ref: q.afspraak }
      : q.compliment
        ? { soort: "compliment", ref: q.compliment }
        : null;
  if (!k) return { koppeling: null, waarden: {}, fout: null };
  const fout = koppelingFout(sqlite, user, k, nu);
  if (fout) return { koppeling: null, waarden: {}, fout };
  const waarden: Partial<LesWaarden> = {};
  if (k.soort === "klacht") {
    const r = sqlite.prepare("SELECT afdeling_id FROM klachten WHERE id = ?").get(k.ref) as { afdeling_id: number | null };
    if (r.afdeling_id) waarden.afdelingId = String(r.afdeling_id);
    const normen = sqlite.prepare("SELECT norm FROM klacht_normen WHERE klacht_id = ? ORDER BY norm").all(k.ref) as { norm: number }[];
    waarden.normen = normen.map((n) => String(n.norm));
  } else if (k.soort === "afspraak") {
    const r = sqlite.prepare("SELECT a.soort, coalesce(a.afdeling_id, t.afdeling_id) AS afdeling FROM afspraken a LEFT JOIN teams t ON t.id = a.team_id WHERE a.id = ?").get(k.ref) as {
      soort: string;
      afdeling: number | null;
    };
    if (r.afdeling) waarden.afdelingId = String(r.afdeling);
    if (r.soort === "terugbelafspraak") waarden.processtap = "terugbellen";
    if (r.soort === "overdracht") waarden.processtap = "doorverbinden_overdracht";
    waarden.normen = ["17"]; // Betrouwbaarheid: a promise was not kept on time
  } else {
    const r = complimentLink(sqlite, k.ref);
    const a = sqlite.prepare("SELECT coalesce(f.afdeling_id, t.afdeling_id) AS afdeling FROM feedback f LEFT JOIN medewerkers m ON m.id = f.medewerker_id LEFT JOIN teams t ON t.id = coalesce(f.team_id, m.team_id) WHERE f.id = ?").get(Number(k.ref)) as { afdeling: number | null } | undefined;
    if (r && a?.afdeling) waarden.afdelingId = String(a.afdeling);
  }
  return { koppeling: beschrijfKoppeling(sqlite, k, true, nu), waarden, fout: null };
}

// ------------------------------------------------------------------------------------------------ writing

export type Uitkomst<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reden: "geweigerd" | "niet_gevonden" | "verouderd" | "ongeldig"; melding: string | null; fouten?: Fouten };

const GEWEIGERD = { ok: false as const, reden: "geweigerd" as const, melding: "Alleen het regieteam schrijft in het leerlogboek." };

function actorVan(u: AppUser): Actor {
  return { id: u.id, naam: u.naam };
}

function volgendNummer(sqlite: Database.Database, jaar: number): string {
  const prefix = `LL-${jaar}-`;
  const r = sqlite.prepare("SELECT max(nummer) AS m FROM leerlogboek WHERE nummer LIKE ?").get(`${prefix}%`) as { m: string | null };
  const n = r.m ? Number(r.m.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}

function schrijfNormen(sqlite: Database.Database, lesId: number, normen: number[]): void {
  sqlite.prepare("DELETE FROM leerlogboek_normen WHERE les_id = ?").run(lesId);
  const ins = sqlite.prepare("INSERT INTO leerlogboek_normen (les_id, norm) VALUES (?, ?)");
  for (const n of normen) ins.run(lesId, n);
}

/**
 * Applies LES_VASTLEGGEN with the lesson's text to every linked klacht whose machine accepts it now (inside the
 * caller's transaction), and brings the klacht's dossier columns in step. Returns the klacht numbers moved on.
 */
function lesNaarKlachten(sqlite: Database.Database, lesId: number, les: string, actor: Actor, oorsprong: string | null, alleen?: string): string[] {
  const rijen = sqlite
    .prepare(
      `SELECT k.id, k.nummer FROM leerlogboek_koppelingen l JOIN klachten k ON k.id = l.ref JOIN afspraken a ON a.id = k.id
       WHERE l.les_id = ? AND l.soort = 'klacht' AND a.status IN ('afgehandeld', 'informeel_opgelost')`,
    )
    .all(lesId) as { id: string; nummer: string }[];
  const bewogen: string[] = [];
  for (const r of rijen) {
    if (alleen && r.id !== alleen) continue;
    const stap = pasToeInTransactie(sqlite, r.id, null, { type: "LES_VASTLEGGEN", les, op: now() }, actor, { oorsprong });
    if (stap.ok) {
      synchroniseerKlacht(r.id);
      bewogen.push(r.nummer);
    }
  }
  return bewogen;
}

/** Creates an entry with its links (regieteam). */
export function maakLes(
  user: AppUser,
  invoer: LesInvoer,
  koppelingen: Koppeling[],
  oorsprong: string | null = null,
): Uitkomst<{ id: number; nummer: string; klachtenVerder: string[] }> {
  if (!heeft(user, "regieteam")) return GEWEIGERD;
  const { sqlite } = getDatabase();
  const nu = now();
  for (const k of koppelingen) {
    const f = koppelingFout(sqlite, user, k, nu);
    if (f) return { ok: false, reden: "ongeldig", melding: f, fouten: { koppeling: [f] } };
  }
  return sqlite.transaction(() => {
    const op = now();
    const nummer = volgendNummer(sqlite, lokaleDelen(op).jaar);
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO leerlogboek (nummer, titel, wat_gebeurde, oorzaak, les, processtap, afdeling_id, versie, aangemaakt_op, aangemaakt_door, gewijzigd_op, gewijzigd_door)
           VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
        )
        .run(nummer, invoer.titel, invoer.watGebeurde, invoer.oorzaak, invoer.les, invoer.processtap, invoer.afdelingId, op, user.id, op, user.id).lastInsertRowid,
    );
    schrijfNormen(sqlite, id, invoer.normen);
    const ins = sqlite.prepare("INSERT OR IGNORE INTO leerlogboek_koppelingen (les_id, soort, ref) VALUES (?, ?, ?)");
    for (const k of koppelingen) ins.run(id, k.soort, k.ref);
    auditRegel(sqlite, {
      actor: actorVan(user),
      actie: "leerlogboek.aangemaakt",
      objectType: "leerlogboek",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { nummer, normen: invoer.normen, processtap: invoer.processtap, koppelingen },
    });
    const klachtenVerder = lesNaarKlachten(sqlite, id, invoer.les, actorVan(user), oorsprong);
    return { ok: true as const, id, nummer, klachtenVerder };
  })();
}

/** Edits an entry loaded at `versie` (regieteam); a stale version is refused and nothing is overwritten. */
export function wijzigLes(user: AppUser, id: number, versie: number, invoer: LesInvoer, oorsprong: string | null = null): Uitkomst<{ versie: number; klachtenVerder: string[] }> {
  if (!heeft(user, "regieteam")) return GEWEIGERD;
  const { sqlite } = getDatabase();
  return sqlite.transaction((): Uitkomst<{ versie: number; klachtenVerder: string[] }> => {
    const rij = sqlite.prepare("SELECT versie, gewijzigd_door FROM leerlogboek WHERE id = ?").get(id) as { versie: number; gewijzigd_door: string | null } | undefined;
    if (!rij) return { ok: false, reden: "niet_gevonden", melding: "Deze les bestaat niet (meer)." };
    if (rij.versie !== versie) {
      const wie = rij.gewijzigd_door ? ((sqlite.prepare("SELECT naam FROM medewerkers WHERE id = ?").get(rij.gewijzigd_door) as { naam: string } | undefined)?.naam ?? "een collega") : "een collega";
      return {
        ok: false,
        reden: "verouderd",
        melding: `Iemand anders (${wie}) heeft deze les intussen gewijzigd. Uw tekst staat nog in het formulier; bekijk de nieuwe stand en sla opnieuw op.`,
      };
    }
    const op = now();
    const nieuw = versie + 1;
    sqlite
      .prepare(
        `UPDATE leerlogboek SET titel = ?, wat_gebeurde = ?, oorzaak = ?, les = ?, processtap = ?, afdeling_id = ?, versie = ?, gewijzigd_op = ?, gewijzigd_door = ?
         WHERE id = ?`,
      )
      .run(invoer.titel, invoer.watGebeurde, invoer.oorzaak, invoer.les, invoer.processtap, invoer.afdelingId, nieuw, op, user.id, id);
    schrijfNormen(sqlite, id, invoer.normen);
    // The actions of this lesson follow its department (lists and dashboards filter actions by it).
    sqlite.prepare("UPDATE verbeteracties SET afdeling_id = ? WHERE les_id = ?").run(invoer.afdelingId, id);
    auditRegel(sqlite, {
      actor: actorVan(user),
      actie: "leerlogboek.gewijzigd",
      objectType: "leerlogboek",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { versie: nieuw, normen: invoer.normen, processtap: invoer.processtap },
    });
    const klachtenVerder = lesNaarKlachten(sqlite, id, invoer.les, actorVan(user), oorsprong);
    return { ok: true, versie: nieuw, klachtenVerder };
  })();
}

/** Adds a link (regieteam). A decided klacht moves on with LES_VASTLEGGEN in the same transaction. */
export function voegKoppelingToe(user: AppUser, lesId: number, k: Koppeling, oorsprong: string | null = null): Uitkomst<{ klachtenVerder: string[] }> {
  if (!heeft(user, "regieteam")) return GEWEIGERD;
  const { sqlite } = getDatabase();
  const les = sqlite.prepare("SELECT les FROM leerlogboek WHERE id = ?").get(lesId) as { les: string } | undefined;
  if (!les) return { ok: false, reden: "niet_gevonden", melding: "Deze les bestaat niet (meer)." };
  const f = koppelingFout(sqlite, user, k, now());
  if (f) return { ok: false, reden: "ongeldig", melding: f, fouten: { koppeling: [f] } };
  return sqlite.transaction((): Uitkomst<{ klachtenVerder: string[] }> => {
    const r = sqlite.prepare("INSERT OR IGNORE INTO leerlogboek_koppelingen (les_id, soort, ref) VALUES (?, ?, ?)").run(lesId, k.soort, k.ref);
    if (r.changes === 0) return { ok: false, reden: "ongeldig", melding: "Deze koppeling bestaat al.", fouten: { koppeling: ["Deze koppeling bestaat al."] } };
    sqlite.prepare("UPDATE leerlogboek SET gewijzigd_op = ?, gewijzigd_door = ? WHERE id = ?").run(now(), user.id, lesId);
    auditRegel(sqlite, { actor: actorVan(user), actie: "leerlogboek.koppeling.toegevoegd", objectType: "leerlogboek", objectId: lesId, resultaat: "ok", oorsprong, details: { ...k } });
    const klachtenVerder = k.soort === "klacht" ? lesNaarKlachten(sqlite, lesId, les.les, actorVan(user), oorsprong, k.ref) : [];
    return { ok: true, klachtenVerder };
  })();
}

export function verwijderKoppeling(user: AppUser, lesId: number, k: Koppeling, oorsprong: string | null = null): Uitkomst {
  if (!heeft(user, "regieteam")) return GEWEIGERD;
  const { sqlite } = getDatabase();
  return sqlite.transaction((): Uitkomst => {
    const r = sqlite.prepare("DELETE FROM leerlogboek_koppelingen WHERE les_id = ? AND soort = ? AND ref = ?").run(lesId, k.soort, k.ref);
    if (r.changes === 0) return { ok: false, reden: "niet_gevonden", melding: "Deze koppeling bestaat niet (meer)." };
    sqlite.prepare("UPDATE leerlogboek SET gewijzigd_op = ?, gewijzigd_door = ? WHERE id = ?").run(now(), user.id, lesId);
    auditRegel(sqlite, { actor: actorVan(user), actie: "leerlogboek.koppeling.verwijderd", objectType: "leerlogboek", objectId: lesId, resultaat: "ok", oorsprong, details: { ...k } });
    return { ok: true };
  })();
}

// ------------------------------------------------------------------------------------------------ reading

export interface LesRij {
  id: number;
  nummer: string;
  titel: string;
  watGebeurde: string;
  oorzaak: string;
  les: string;
  processtap: Processtap;
  processtapTekst: string;
  afdelingId: number | null;
  afdeling: string | null;
  normen: number[];
  versie: number;
  aangemaaktOp: number;
  gewijzigdOp: number;
}

type RuweLes = {
  id: number;
  nummer: string;
  titel: string;
  wat_gebeurde: string;
  oorzaak: string;
  les: string;
  processtap: Processtap;
  afdeling_id: number | null;
  afdeling: string | null;
  normen: string | null;
  versie: number;
  aangemaakt_op: number;
  gewijzigd_op: number;
};

const LES_KOLOMMEN = `l.id, l.nummer, l.titel, l.wat_gebeurde, l.oorzaak, l.les, l.processtap, l.afdeling_id, a.naam AS afdeling, l.versie,
  l.aangemaakt_op, l.gewijzigd_op, (SELECT group_concat(n.norm) FROM leerlogboek_normen n WHERE n.les_id = l.id) AS normen`;

function alsLes(r: RuweLes): LesRij {
  return {
    id: r.id,
    nummer: r.nummer,
    titel: r.titel,
    watGebeurde: r.wat_gebeurde,
    oorzaak: r.oorzaak,
    les: r.les,
    processtap: r.processtap,
    processtapTekst: PROCESSTAP_TEKST[r.processtap] ?? r.processtap,
    afdelingId: r.afdeling_id,
    afdeling: r.afdeling,
    normen: r.normen ? r.normen.split(",").map(Number).sort((a, b) => a - b) : [],
    versie: r.versie,
    aangemaaktOp: r.aangemaakt_op,
    gewijzigdOp: r.gewijzigd_op,
  };
}

export function lesNormen(lesId: number): number[] {
  return (getDatabase().sqlite.prepare("SELECT norm FROM leerlogboek_normen WHERE les_id = ? ORDER BY norm").all(lesId) as { norm: number }[]).map((r) => r.norm);
}

/** One entry with its links as this user may see them (audited for the regieteam, who sees names). */
export function lesDetail(user: AppUser, id: number, oorsprong: string | null = null, taal: Taal = "nl"): (LesRij & { koppelingen: KoppelingWeergave[]; regieteam: boolean }) | null {
  const { sqlite } = getDatabase();
  const r = sqlite.prepare(`SELECT ${LES_KOLOMMEN} FROM leerlogboek l LEFT JOIN afdelingen a ON a.id = l.afdeling_id WHERE l.id = ?`).get(id) as RuweLes | undefined;
  if (!r) return null;
  const regieteam = heeft(user, "regieteam");
  const links = sqlite.prepare("SELECT soort, ref FROM leerlogboek_koppelingen WHERE les_id = ? ORDER BY soort, ref").all(id) as Koppeling[];
  const nu = now();
  const koppelingen = links.map((k) => beschrijfKoppeling(sqlite, k, regieteam, nu, taal));
  if (regieteam && links.length) {
    auditRegel(sqlite, {
      actor: actorVan(user),
      actie: "leerlogboek.koppelingen.ingezien",
      objectType: "leerlogboek",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { koppelingen: links.map((k) => `${k.soort}:${k.ref}`) },
    });
  }
  return { ...alsLes(r), koppelingen, regieteam };
}

/** The entries linked to a klacht (for the klacht page). */
export function lessenVoorKlacht(klachtId: string): { id: number; nummer: string; titel: string }[] {
  return getDatabase()
    .sqlite.prepare(
      `SELECT l.id, l.nummer, l.titel FROM leerlogboek_koppelingen k JOIN leerlogboek l ON l.id = k.les_id
       WHERE k.soort = 'klacht' AND k.ref = ? ORDER BY l.aangemaakt_op DESC`,
    )
    .all(klachtId) as { id: number; nummer: string; titel: string }[];
}

export interface LesFilter {
  /** "2026-03" */
  van?: string;
  tot?: string;
  afdelingId?: number;
  norm?: number;
  processtap?: string;
  zoek?: string;
}

function maandStart(ym: string | undefined, volgende = false): number | null {
  const m = ym ? /^(\d{4})-(\d{2})$/.exec(ym) : null;
  if (!m) return null;
  let j = Number(m[1]);
  let mnd = Number(m[2]);
  if (mnd < 1 || mnd > 12 || j < 1900 || j > 2200) return null;
  if (volgende) {
    mnd += 1;
    if (mnd === 13) {
      mnd = 1;
      j += 1;
    }
  }
  return instantVanLokaleDag(dagVanDatum(j, mnd, 1), 0);
}

/** Reads the list filters from the URL. */
export function leesLesFilter(u: URLSearchParams): LesFilter {
  const getal = (k: string) => {
    const n = Number(u.get(k));
    return u.get(k) && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const stap = u.get("processtap");
  return {
    van: u.get("van") || undefined,
    tot: u.get("tot") || undefined,
    afdelingId: getal("afdeling"),
    norm: getal("norm"),
    processtap: stap && (PROCESSTAPPEN as readonly string[]).includes(stap) ? stap : undefined,
    zoek: u.get("zoek")?.trim().slice(0, 200) || undefined,
  };
}

function waar(f: LesFilter): { sql: string; p: Record<string, unknown> } {
  const delen: string[] = [];
  const p: Record<string, unknown> = {};
  const van = maandStart(f.van);
  const tot = maandStart(f.tot, true);
  if (van !== null) {
    delen.push("l.aangemaakt_op >= @van");
    p.van = van;
  }
  if (tot !== null) {
    delen.push("l.aangemaakt_op < @tot");
    p.tot = tot;
  }
  if (f.afdelingId) {
    delen.push("l.afdeling_id = @afdeling");
    p.afdeling = f.afdelingId;
  }
  if (f.norm) {
    delen.push("l.id IN (SELECT les_id FROM leerlogboek_normen WHERE norm = @norm)");
    p.norm = f.norm;
  }
  if (f.processtap) {
    delen.push("l.processtap = @processtap");
    p.processtap = f.processtap;
  }
  if (f.zoek) {
    delen.push(
      "(l.nummer LIKE @zoek ESCAPE '\\' OR l.titel LIKE @zoek ESCAPE '\\' OR l.wat_gebeurde LIKE @zoek ESCAPE '\\' OR l.oorzaak LIKE @zoek ESCAPE '\\' OR l.les LIKE @zoek ESCAPE '\\')",
    );
    p.zoek = `%${f.zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  return { sql: delen.length ? `WHERE ${delen.join(" AND ")}` : "", p };
}

export const PER_PAGINA = 25;

/** The list, newest first, one page. */
export function zoekLessen(f: LesFilter, pagina = 1): { rijen: (LesRij & { koppelingen: number; acties: number })[]; totaal: number; pagina: number; paginas: number } {
  const { sqlite } = getDatabase();
  const w = waar(f);
  const totaal = (sqlite.prepare(`SELECT count(*) AS n FROM leerlogboek l ${w.sql}`).get(w.p) as { n: number }).n;
  const paginas = Math.max(1, Math.ceil(totaal / PER_PAGINA));
  const p = Math.min(Math.max(1, Math.floor(pagina) || 1), paginas);
  const rijen = sqlite
    .prepare(
      `SELECT ${LES_KOLOMMEN},
         (SELECT count(*) FROM leerlogboek_koppelingen k WHERE k.les_id = l.id) AS koppelingen,
         (SELECT count(*) FROM verbeteracties v WHERE v.les_id = l.id) AS acties
       FROM leerlogboek l LEFT JOIN afdelingen a ON a.id = l.afdeling_id ${w.sql}
       ORDER BY l.aangemaakt_op DESC, l.id DESC LIMIT @limiet OFFSET @offset`,
    )
    .all({ ...w.p, limiet: PER_PAGINA, offset: (p - 1) * PER_PAGINA }) as (RuweLes & { koppelingen: number; acties: number })[];
  return { rijen: rijen.map((r) => ({ ...alsLes(r), koppelingen: r.koppelingen, acties: r.acties })), totaal, pagina: p, paginas };
}

/** All matching entries for the export (no names: lessons are blameless, links counted only). */
export function lessenVoorExport(f: LesFilter, max = 50_000) {
  const { sqlite } = getDatabase();
  const w = waar(f);
  const rijen = sqlite
    .prepare(
      `SELECT ${LES_KOLOMMEN},
         (SELECT count(*) FROM leerlogboek_koppelingen k WHERE k.les_id = l.id AND k.soort = 'klacht') AS klachten,
         (SELECT count(*) FROM leerlogboek_koppelingen k WHERE k.les_id = l.id AND k.soort = 'afspraak') AS afspraken,
         (SELECT count(*) FROM leerlogboek_koppelingen k WHERE k.les_id = l.id AND k.soort = 'compliment') AS complimenten,
         (SELECT count(*) FROM verbeteracties v WHERE v.les_id = l.id) AS acties
       FROM leerlogboek l LEFT JOIN afdelingen a ON a.id = l.afdeling_id ${w.sql}
       ORDER BY l.aangemaakt_op DESC, l.id DESC LIMIT @max`,
    )
    .all({ ...w.p, max }) as (RuweLes & { klachten: number; afspraken: number; complimenten: number; acties: number })[];
  return rijen.map((r) => ({ ...alsLes(r), klachten: r.klachten, afspraken: r.afspraken, complimenten: r.complimenten, acties: r.acties }));
}

export function normenTekst(normen: number[]): string {
  return normen.map((n) => `${n}. ${normNaam(n)}`).join(", ");
}

export function keuzes() {
  const { sqlite } = getDatabase();
  return {
    afdelingen: sqlite.prepare("SELECT id, naam FROM afdelingen WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[],
    normen: BEHOORLIJKHEIDSNORMEN,
    processtappen: PROCESSTAPPEN.map((p) => ({ value: p, label: PROCESSTAP_TEKST[p] })),
  };
}
