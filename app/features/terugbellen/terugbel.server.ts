/**
 * Terugbelafspraken (callback promises): registration of the workflow with the runtime, creating one during a
 * call, the detail view (audited read of the citizen's data), the steps (attempts, new time, reassign, cancel,
 * correct the number) and who may see what. Shared helpers for the warme overdracht live here too
 * (toegang, keuzelijsten, tijdlijn); app/features/overdracht/overdracht.server.ts builds on them.
 */
import { verborgenVoor } from "../../platform/engine/beperking.server";
import { z } from "zod";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { kalenders, normVersieOp, termijnNorm } from "../../platform/engine/normen.server";
import { koppelBurger } from "../klantbeeld/klantbeeld.server";
import {
  registreerWorkflow,
  startAfspraak,
  pasToe,
  pasToeInTransactie,
  laadAfspraakRij,
  herstelSnapshot,
  WorkflowFout,
  type AfspraakRij,
  type Actor,
} from "../../platform/engine/runtime.server";
import { termijnenVan } from "../../platform/engine/termijnen.server";
import { berekenTermijn } from "../../domain/kalender/termijn";
import { formatRelatief, formatDatumTijd } from "../../domain/kalender/format";
import { parseTijdstip } from "../../domain/kalender/tijd";
import { normaliseerTelefoon, formatTelefoon } from "../../domain/telefoon";
import { vertaalFouten, vertaalMelding } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import {
  terugbelMachine,
  weigeringSleutel as terugbelWeigering,
  statusVan,
  toegestaneActies,
  SOORT,
  MIJLPAAL,
  NORM_CODE,
  KANALEN,
  UITKOMSTEN,
  UITKOMST_TEKST,
  STATUS_TEKST,
  STANDAARD_MAX_POGINGEN,
  type TerugbelContext,
  type TerugbelEvent,
  type TerugbelInput,
  type TerugbelStatus,
  type Kanaal,
} from "../../../workflows/terugbelafspraak/machine";
import { berichtenVoorAfspraak, type VerstuurdBericht } from "../berichten/berichten.server";
import { uitPasToe, uitPasToe as uitPasToeIn, type Fouten, type StapResultaat } from "../../platform/engine/stap.server";

export { UITKOMSTEN, UITKOMST_TEKST, KANALEN, STATUS_TEKST };
export type { TerugbelStatus, Kanaal };

// ------------------------------------------------------------------------------------------------ registration

function kort(tekst: string, n = 70): string {
  const t = tekst.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

export function registreerTerugbelWorkflow(): void {
  registreerWorkflow({
    soort: SOORT,
    machine: terugbelMachine,
    projectie: (snapshot) => {
      const ctx = snapshot.context as TerugbelContext;
      return {
        titel: `Terugbellen: ${kort(ctx.vraag)}`,
        eigenaarId: ctx.eigenaarId,
        teamId: ctx.teamId,
        burgerId: ctx.burgerId ?? null,
        kanaal: ctx.kanaal,
      };
    },
    weigering: (snapshot, event) => terugbelWeigering(snapshot as never, event as TerugbelEvent),
    statusNaam: (s) => STATUS_TEKST[statusVan(s.startsWith("open.") ? s.slice(5) : s)] ?? s,
    link: (id) => `/terugbelafspraken/${id}`,
  });
}
registreerTerugbelWorkflow();

// ------------------------------------------------------------------------------------------------ shared helpers

export function actorVan(user: Pick<AppUser, "id" | "naam">): Actor {
  return { id: user.id, naam: user.naam };
}

interface MedewerkerInfo {
  id: string;
  naam: string;
  team_id: number | null;
}

function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  const key = Symbol.for(`afspraak.terugbel.${sql}`);
  const holder = sqlite as unknown as Record<symbol, Database.Statement | undefined>;
  return (holder[key] ??= sqlite.prepare(sql));
}

export function medewerkerInfo(id: string | null): MedewerkerInfo | null {
  if (!id) return null;
  const { sqlite } = getDatabase();
  return (stmt(sqlite, "SELECT id, naam, team_id FROM medewerkers WHERE id = ?").get(id) as MedewerkerInfo | undefined) ?? null;
}

export function teamNaam(id: number | null): string | null {
  if (id === null) return null;
  const { sqlite } = getDatabase();
  return (stmt(sqlite, "SELECT naam FROM teams WHERE id = ?").get(id) as { naam: string } | undefined)?.naam ?? null;
}

function teamleiderVan(teamId: number | null): string | null {
  if (teamId === null) return null;
  const { sqlite } = getDatabase();
  return (stmt(sqlite, "SELECT teamleider_id AS id FROM teams WHERE id = ?").get(teamId) as { id: string | null } | undefined)?.id ?? null;
}

function isLeidinggevendeVan(leider: string, medewerker: string): boolean {
  const { sqlite } = getDatabase();
  return !!stmt(sqlite, "SELECT 1 FROM leidinggevenden WHERE medewerker_id = ? AND leidinggevende_id = ?").get(medewerker, leider);
}

/**
 * May `user` see a citizen's personal data in a commitment owned by `eigenaarId` / `teamId`? Owner, members of
 * the owner's team (or of the owning team), that team's teamleider (or the owner's leidinggevende), the regieteam,
 * and the `extra` people (sender, receiver, creator).
 */
export function werkBetrokken(
  user: Pick<AppUser, "id" | "rollen">,
  eigenaarId: string | null,
  teamId: number | null,
  extra: (string | null | undefined)[] = [],
): boolean {
  if (user.rollen.includes("regieteam")) return true;
  if (eigenaarId === user.id || extra.includes(user.id)) return true;
  const ik = medewerkerInfo(user.id);
  const teams = new Set<number>();
  if (teamId !== null) teams.add(teamId);
  const eigenaar = medewerkerInfo(eigenaarId);
  if (eigenaar?.team_id != null) teams.add(eigenaar.team_id);
  for (const t of teams) {
    if (ik?.team_id === t) return true;
    if (teamleiderVan(t) === user.id) return true;
  }
  if (eigenaarId && isLeidinggevendeVan(user.id, eigenaarId)) return true;
  return false;
}

export interface Keuze {
  value: string;
  label: string;
}

/** Active colleagues and teams for the owner / receiver choice ("m:<id>" / "t:<id>"). */
export function toewijzingsKeuzes(): { collegas: Keuze[]; teams: Keuze[] } {
  const { sqlite } = getDatabase();
  const collegas = (
    stmt(
      sqlite,
      `SELECT m.id, m.naam, t.naam AS team FROM medewerkers m LEFT JOIN teams t ON t.id = m.team_id
       WHERE m.actief = 1 ORDER BY m.naam`,
    ).all() as { id: string; naam: string; team: string | null }[]
  ).map((m) => ({ value: `m:${m.id}`, label: m.team ? `${m.naam} (${m.team})` : m.naam }));
  return { collegas, teams: teamKeuzes() };
}

/** Active teams as choices ("t:<id>"). */
function teamKeuzes(): Keuze[] {
  const { sqlite } = getDatabase();
  return (stmt(sqlite, "SELECT id, naam FROM teams WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[]).map((t) => ({
    value: `t:${t.id}`,
    label: `Team ${t.naam}`,
  }));
}

/**
 * From this many active colleagues on, a page's colleague choice lists the user's own team only (or what a search
 * found, `?collega=`), not the whole organisation: a select of hundreds of names is unusable and made the pages
 * of a large municipality heavy (every option twice in the HTML and in the page data). Below it: everyone.
 */
export const KORTE_LIJST_VANAF = 200;
const KORTE_LIJST_MAX = 100;

export interface Keuzes {
  collegas: Keuze[];
  teams: Keuze[];
  /** Set when the colleagues are a short list: what was searched for (null: the user's own team). */
  ingekort: { zoek: string | null } | null;
}

/** The colleague/team choice of a page; without the user unless `metMij` (assigning a callback to oneself). */
export function keuzesVoorPagina(user: AppUser, zoek: string | null = null, opts: { metMij?: boolean } = {}): Keuzes {
  const { sqlite } = getDatabase();
  const aantal = (stmt(sqlite, "SELECT count(*) AS n FROM medewerkers WHERE actief = 1").get() as { n: number }).n;
  if (aantal < KORTE_LIJST_VANAF) {
    const { collegas, teams } = toewijzingsKeuzes();
    return { collegas: opts.metMij ? collegas : collegas.filter((c) => c.value !== `m:${user.id}`), teams, ingekort: null };
  }
  const term = (zoek ?? "").trim().slice(0, 100);
  const basis = `SELECT m.id, m.naam, t.naam AS team FROM medewerkers m LEFT JOIN teams t ON t.id = m.team_id WHERE m.actief = 1 AND m.id <> ?`;
  const niet = opts.metMij ? "" : user.id;
  const rijen = (
    term.length >= 2
      ? stmt(sqlite, `${basis} AND (m.naam LIKE ? ESCAPE '\\' OR t.naam LIKE ? ESCAPE '\\') ORDER BY m.naam LIMIT ${KORTE_LIJST_MAX}`).all(
          niet,
          ...Array(2).fill(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
        )
      : stmt(sqlite, `${basis} AND m.team_id = (SELECT team_id FROM medewerkers WHERE id = ?) ORDER BY m.naam LIMIT ${KORTE_LIJST_MAX}`).all(niet, user.id)
  ) as { id: string; naam: string; team: string | null }[];
  const collegas = rijen.map((m) => ({ value: `m:${m.id}`, label: m.team ? `${m.naam} (${m.team})` : m.naam }));
  return { collegas, teams: teamKeuzes(), ingekort: { zoek: term.length >= 2 ? term : null } };
}

/** Type-ahead search over active colleagues and teams (api/medewerkers). */
export function zoekCollegasEnTeams(q: string, limiet = 10): Keuze[] {
  const term = q.trim().toLowerCase();
  const { collegas, teams } = toewijzingsKeuzes();
  const alle = [...collegas, ...teams];
  if (!term) return alle.slice(0, limiet);
  return alle.filter((k) => k.label.toLowerCase().includes(term)).slice(0, limiet);
}

/** "m:<id>" → { eigenaarId } / "t:<id>" → { teamId }; null when unknown or inactive. */
export function parseToewijzing(waarde: string): { eigenaarId: string | null; teamId: number | null } | null {
  const { sqlite } = getDatabase();
  if (waarde.startsWith("m:")) {
    const id = waarde.slice(2);
    const ok = stmt(sqlite, "SELECT 1 FROM medewerkers WHERE id = ? AND actief = 1").get(id);
    return ok ? { eigenaarId: id, teamId: null } : null;
  }
  if (waarde.startsWith("t:")) {
    const id = Number(waarde.slice(2));
    if (!Number.isInteger(id)) return null;
    const ok = stmt(sqlite, "SELECT 1 FROM teams WHERE id = ? AND actief = 1").get(id);
    return ok ? { eigenaarId: null, teamId: id } : null;
  }
  return null;
}

export function maxPogingen(): number {
  const { sqlite } = getDatabase();
  const r = stmt(sqlite, "SELECT waarde FROM instellingen WHERE sleutel = 'terugbel_max_pogingen'").get() as { waarde: string } | undefined;
  if (!r) return STANDAARD_MAX_POGINGEN;
  const n = Number(JSON.parse(r.waarde));
  return Number.isInteger(n) && n >= 1 && n <= 20 ? n : STANDAARD_MAX_POGINGEN;
}

export interface TijdlijnRegel {
  volgnummer: number;
  op: number;
  opTekst: string;
  type: string;
  omschrijving: string;
  door: string;
  van: string | null;
  naar: string;
  /** codes behind the wording, so the page can say it in its own language */
  vanCode: string | null;
  naarCode: string;
  automatisch: boolean;
  /** the type has a wording of its own in EVENT_NAMEN */
  bekend: boolean;
  uitkomst: string | null;
  reden: string | null;
  aanvulling: string | null;
}

const EVENT_NAMEN: Record<string, string> = {
  AANGEMAAKT: "Vastgelegd",
  POGING: "Belpoging",
  NIEUW_TIJDSTIP: "Nieuw tijdstip op verzoek van de inwoner",
  HERTOEWIJZEN: "Toegewezen aan een ander",
  NUMMER_CORRIGEREN: "Telefoonnummer gecorrigeerd",
  NIET_BEREIKBAAR: "Niet bereikbaar vastgelegd",
  ANNULEREN: "Geannuleerd",
  OMZETTEN_NAAR_OVERDRACHT: "Omgezet in warme overdracht",
  "TERMIJN.WAARSCHUWING": "Termijn bijna verlopen (waarschuwing)",
  "TERMIJN.VERLOPEN": "Termijn verlopen",
  "TERMIJN.ESCALATIE": "Geëscaleerd",
  OPPAKKEN: "Opgepakt",
  WEIGEREN: "Geweigerd",
  OPNIEUW_AANBIEDEN: "Opnieuw aangeboden",
  KLANT_GEINFORMEERD: "Inwoner geïnformeerd",
  AFRONDEN: "Afgerond",
  INTREKKEN: "Ingetrokken",
  "INWONER.AANVULLING": "Aanvulling van de inwoner (via de statuslink)",
};

export function tijdlijn(afspraakId: string, statusNaam: (s: string) => string): TijdlijnRegel[] {
  const { sqlite } = getDatabase();
  const rijen = stmt(
    sqlite,
    `SELECT volgnummer, type, payload, actor_naam, op, van_status, naar_status FROM afspraak_gebeurtenissen
     WHERE afspraak_id = ? ORDER BY volgnummer`,
  ).all(afspraakId) as {
    volgnummer: number;
    type: string;
    payload: string | null;
    actor_naam: string | null;
    op: number;
    van_status: string | null;
    naar_status: string;
  }[];
  return rijen.map((r) => {
    const p = r.payload ? (JSON.parse(r.payload) as Record<string, unknown>) : {};
    let omschrijving = EVENT_NAMEN[r.type] ?? r.type;
    if (r.type === "POGING" && typeof p.uitkomst === "string") {
      omschrijving += `: ${UITKOMST_TEKST[p.uitkomst as keyof typeof UITKOMST_TEKST] ?? p.uitkomst}`;
    }
    if (typeof p.reden === "string" && p.reden) omschrijving += ` — reden: ${p.reden}`;
    if (r.type === "INWONER.AANVULLING" && typeof p.tekst === "string") omschrijving += `: “${p.tekst}”`;
    return {
      volgnummer: r.volgnummer,
      op: r.op,
      opTekst: formatDatumTijd(r.op),
      type: r.type,
      omschrijving,
      door: r.actor_naam ?? "Afspraak (automatisch)",
      van: r.van_status ? statusNaam(r.van_status) : null,
      naar: statusNaam(r.naar_status),
      vanCode: r.van_status,
      naarCode: r.naar_status,
      automatisch: r.actor_naam === null,
      bekend: r.type in EVENT_NAMEN,
      uitkomst: r.type === "POGING" && typeof p.uitkomst === "string" ? p.uitkomst : null,
      reden: typeof p.reden === "string" && p.reden ? p.reden : null,
      aanvulling: r.type === "INWONER.AANVULLING" && typeof p.tekst === "string" ? p.tekst : null,
    };
  });
}

export interface TermijnInfo {
  mijlpaal: string;
  termijnOp: number;
  tekst: string;
  status: "op_tijd" | "bijna" | "te_laat" | "klaar";
  statusTekst: string;
  verzet: boolean;
  oorspronkelijkTekst: string | null;
  oorspronkelijkOp: number | null;
  /** the server's now, for the relative wording in another language */
  nu: number;
  gehaald: boolean;
  opTijd: boolean | null;
}

export function termijnInfo(afspraakId: string): TermijnInfo[] {
  const { sqlite } = getDatabase();
  const nu = now();
  return termijnenVan(sqlite, afspraakId)
    .filter((t) => t.status !== "gestopt")
    .map((t) => {
      const klaar = t.status === "gehaald";
      const status: TermijnInfo["status"] = klaar
        ? "klaar"
        : nu >= t.termijn_op
          ? "te_laat"
          : nu >= t.waarschuwing_op
            ? "bijna"
            : "op_tijd";
      return {
        mijlpaal: t.mijlpaal,
        termijnOp: t.termijn_op,
        tekst: formatRelatief(t.termijn_op, nu),
        status,
        statusTekst: klaar ? (t.op_tijd ? "Op tijd nagekomen" : "Te laat nagekomen") : "",
        verzet: !!t.verzet,
        oorspronkelijkTekst: t.verzet ? formatDatumTijd(t.oorspronkelijk_op) : null,
        oorspronkelijkOp: t.verzet ? t.oorspronkelijk_op : null,
        nu,
        gehaald: klaar,
        opTijd: t.op_tijd === null ? null : !!t.op_tijd,
      };
    });
}

// ------------------------------------------------------------------------------------------------ due-moment preview

export interface NormKeuze {
  code: string;
  titel: string;
  belofte: string;
}

/** Norms that govern a milestone and are valid now (for the norm choice). */
export function normKeuzes(mijlpaal: string): NormKeuze[] {
  const { sqlite } = getDatabase();
  const codes = stmt(
    sqlite,
    "SELECT DISTINCT n.code FROM normen n JOIN norm_versies v ON v.norm_id = n.id WHERE v.mijlpaal = ? ORDER BY n.code",
  ).all(mijlpaal) as { code: string }[];
  const nu = now();
  const uit: NormKeuze[] = [];
  for (const { code } of codes) {
    const v = normVersieOp({ code }, nu);
    if (v && v.mijlpaal === mijlpaal) uit.push({ code, titel: v.titel, belofte: v.belofte });
  }
  return uit;
}

/** The due moment a norm gives when started now, in plain Dutch ("uiterlijk morgen, di 24 nov, 17:00"). */
export function voorbeeldTermijn(normCode: string, startMs: number = now()): { op: number; tekst: string; norm: string } | null {
  const v = normVersieOp({ code: normCode }, startMs);
  if (!v) return null;
  const op = berekenTermijn(kalenders(), startMs, termijnNorm(v));
  return { op, tekst: formatRelatief(op, startMs), norm: v.titel };
}

// ------------------------------------------------------------------------------------------------ create

const tekst = (max: number, leeg: string) =>
  z.string({ error: leeg }).trim().min(1, leeg).max(max, `Gebruik hoogstens ${max} tekens.`);

/** Messages of the create form are dictionary keys (`fout` in the afspraken dictionaries), worded per language by maakTerugbelafspraak. */
const sleutelTekst = (max: number, leeg: string) =>
  z.string({ error: leeg }).trim().min(1, leeg).max(max, `afspraken:fout.max?max=${max}`);

export const NieuweTerugbelSchema = z
  .object({
    naam: z.string().trim().max(200, "afspraken:fout.max?max=200").optional().default(""),
    anoniem: z.string().optional(),
    telefoon: sleutelTekst(40, "afspraken:fout.telefoon"),
    email: z
      .string()
      .trim()
      .max(200)
      .optional()
      .default("")
      .refine((v) => v === "" || z.email().safeParse(v).success, "afspraken:fout.email"),
    vraag: sleutelTekst(4000, "afspraken:fout.vraag"),
    kanaal: z.enum(KANALEN, { error: "afspraken:fout.kanaal" }).default("telefoon"),
    toewijzing: z.enum(["ik", "team", "ander"], { error: "afspraken:fout.toewijzing" }).default("ik"),
    ander: z.string().optional().default(""),
    norm: z.string().trim().min(1, "afspraken:fout.norm").default(NORM_CODE),
  })
  .superRefine((v, ctx) => {
    if (!v.naam && !v.anoniem) ctx.addIssue({ code: "custom", path: ["naam"], message: "afspraken:fout.naamOfAnoniem" });
    if (v.telefoon) {
      const t = normaliseerTelefoon(v.telefoon);
      if (!t.ok) ctx.addIssue({ code: "custom", path: ["telefoon"], message: t.sleutel });
    }
    if (v.toewijzing === "ander" && !v.ander) ctx.addIssue({ code: "custom", path: ["ander"], message: "afspraken:fout.ander" });
  });

export type { Fouten, StapResultaat } from "../../platform/engine/stap.server";

export type MaakResultaat =
  | { ok: true; id: string; termijnTekst: string | null }
  | { ok: false; fouten: Fouten; melding?: string };

/** Creates a callback promise from the posted form. One transaction: citizen link + commitment + deadline + audit. */
export function maakTerugbelafspraak(
  form: Record<string, unknown>,
  user: AppUser,
  oorsprong: string | null,
  taal: Taal = "nl",
): MaakResultaat {
  const parsed = NieuweTerugbelSchema.safeParse(form);
  if (!parsed.success) return { ok: false, fouten: vertaalFouten(z.flattenError(parsed.error).fieldErrors as Fouten, taal) };
  const v = parsed.data;
  const tel = normaliseerTelefoon(v.telefoon);
  if (!tel.ok) return { ok: false, fouten: { telefoon: [vertaalMelding(taal, tel.sleutel)] } };
  let eigenaarId: string | null = user.id;
  let teamId: number | null = null;
  if (v.toewijzing === "team") {
    const ik = medewerkerInfo(user.id);
    if (ik?.team_id == null) return { ok: false, fouten: { toewijzing: [vertaalMelding(taal, "afspraken:fout.geenTeam")] } };
    eigenaarId = null;
    teamId = ik.team_id;
  } else if (v.toewijzing === "ander") {
    const t = parseToewijzing(v.ander);
    if (!t) return { ok: false, fouten: { ander: [vertaalMelding(taal, "afspraken:fout.ontvangerWeg")] } };
    eigenaarId = t.eigenaarId;
    teamId = t.teamId;
  }
  const norm = normVersieOp({ code: v.norm }, now());
  if (!norm || norm.mijlpaal !== MIJLPAAL) return { ok: false, fouten: { norm: [vertaalMelding(taal, "afspraken:fout.normTerugbellen")] } };
  const naam = v.anoniem ? null : v.naam || null;
  const email = v.email ? v.email.toLowerCase() : null;
  const { sqlite } = getDatabase();
  let id = "";
  try {
    sqlite.transaction(() => {
      const burgerId = koppelBurger({ naam, telefoonE164: tel.e164, email });
      const input: TerugbelInput & { burgerId: string } = {
        burger: { naam, telefoon: tel.e164, email },
        vraag: v.vraag,
        kanaal: v.kanaal,
        eigenaarId,
        teamId,
        normCode: norm.code,
        maxPogingen: maxPogingen(),
        burgerId,
      };
      id = startAfspraak(SOORT, input, actorVan(user), { oorsprong }).id;
    })();
  } catch (err) {
    if (err instanceof WorkflowFout) return { ok: false, fouten: {}, melding: err.message };
    throw err;
  }
  const rij = laadAfspraakRij(id);
  return { ok: true, id, termijnTekst: rij?.termijn_op ? formatRelatief(rij.termijn_op, now()) : null };
}

// ------------------------------------------------------------------------------------------------ detail

export interface TerugbelDetail {
  id: string;
  versie: number;
  status: TerugbelStatus;
  statusTekst: string;
  open: boolean;
  burger: { naam: string | null; telefoon: string; telefoonE164: string; email: string | null; burgerId: string | null };
  vraag: string;
  kanaal: string;
  eigenaar: string | null;
  team: string | null;
  eigenaarId: string | null;
  teamId: number | null;
  pogingen: { op: string; opMs: number; door: string; uitkomst: string; uitkomstCode: string; notitie: string }[];
  mislukt: number;
  maxPogingen: number;
  afgesproken: { op: string; opMs: number; reden: string | null } | null;
  oudeNummers: string[];
  terugvalBericht: string | null;
  annuleerReden: string | null;
  nietBereikbaarReden: string | null;
  overdrachtId: string | null;
  termijnen: TermijnInfo[];
  tijdlijn: TijdlijnRegel[];
  acties: ReturnType<typeof toegestaneActies>;
  aangemaaktOp: string;
  aangemaaktOpMs: number;
  aangemaaktDoor: string | null;
  /** messages to the citizen with their delivery state (issue 13) */
  berichten: VerstuurdBericht[];
}

function laadTerugbel(id: string): { rij: AfspraakRij; ctx: TerugbelContext; status: TerugbelStatus } | null {
  const rij = laadAfspraakRij(id);
  if (!rij || rij.soort !== SOORT) return null;
  const snapshot = herstelSnapshot(terugbelMachine, rij.snapshot);
  return { rij, ctx: snapshot.context as TerugbelContext, status: statusVan(snapshot.value) };
}

export function statusNaamTerugbel(s: string): string {
  const kaal = s.startsWith("open.") ? s.slice(5) : s;
  return STATUS_TEKST[kaal as TerugbelStatus] ?? s;
}

export type Toegang<T> = { soort: "ok"; data: T } | { soort: "niet_gevonden" } | { soort: "geweigerd" };

/** May this user see/act on this callback? (owner, team, teamleider, regieteam, creator) */
export function magTerugbelZien(user: AppUser, rij: AfspraakRij, ctx: TerugbelContext): boolean {
  return werkBetrokken(user, ctx.eigenaarId, ctx.teamId, [rij.aangemaakt_door]);
}

/** The detail view; the read of the citizen's data is audited. */
export function terugbelDetail(id: string, user: AppUser, oorsprong: string | null): Toegang<TerugbelDetail> {
  const l = laadTerugbel(id);
  if (!l) return { soort: "niet_gevonden" };
  const { rij, ctx, status } = l;
  // AVG art. 18: a restricted citizen's callback is hidden from all but the FG (steps get the engine's reason)
  if (!magTerugbelZien(user, rij, ctx) || verborgenVoor(user, rij.burger_id)) return { soort: "geweigerd" };
  audit({
    actor: actorVan(user),
    actie: "terugbelafspraak.bekeken",
    objectType: SOORT,
    objectId: id,
    resultaat: "ok",
    oorsprong,
    details: { burgerId: ctx.burgerId ?? null },
  });
  const namen = new Map<string, string>();
  const naamVan = (mid: string) => {
    if (!namen.has(mid)) namen.set(mid, medewerkerInfo(mid)?.naam ?? "onbekend");
    return namen.get(mid)!;
  };
  return {
    soort: "ok",
    data: {
      id,
      versie: rij.versie,
      status,
      statusTekst: STATUS_TEKST[status],
      open: !!rij.open,
      burger: {
        naam: ctx.burger.naam,
        telefoon: formatTelefoon(ctx.burger.telefoon),
        telefoonE164: ctx.burger.telefoon,
        email: ctx.burger.email,
        burgerId: ctx.burgerId ?? null,
      },
      vraag: ctx.vraag,
      kanaal: ctx.kanaal,
      eigenaar: ctx.eigenaarId ? naamVan(ctx.eigenaarId) : null,
      team: teamNaam(ctx.teamId),
      eigenaarId: ctx.eigenaarId,
      teamId: ctx.teamId,
      pogingen: ctx.pogingen.map((p) => ({
        op: formatDatumTijd(p.op),
        opMs: p.op,
        door: naamVan(p.door),
        uitkomst: UITKOMST_TEKST[p.uitkomst],
        uitkomstCode: p.uitkomst,
        notitie: p.notitie,
      })),
      mislukt: ctx.mislukt,
      maxPogingen: ctx.maxPogingen,
      afgesproken: ctx.afgesprokenOp ? { op: formatDatumTijd(ctx.afgesprokenOp), opMs: ctx.afgesprokenOp, reden: ctx.afgesprokenReden } : null,
      oudeNummers: ctx.oudeNummers.map(formatTelefoon),
      terugvalBericht: ctx.terugvalBericht,
      annuleerReden: ctx.annuleerReden,
      nietBereikbaarReden: ctx.nietBereikbaarReden,
      overdrachtId: ctx.overdrachtId,
      termijnen: termijnInfo(id),
      tijdlijn: tijdlijn(id, statusNaamTerugbel),
      acties: rij.open ? toegestaneActies(status) : [],
      aangemaaktOp: formatDatumTijd(rij.aangemaakt_op),
      aangemaaktOpMs: rij.aangemaakt_op,
      aangemaaktDoor: rij.aangemaakt_door ? naamVan(rij.aangemaakt_door) : null,
      berichten: berichtenVoorAfspraak(id),
    },
  };
}

// ------------------------------------------------------------------------------------------------ steps

export const STAP_INTENTS = ["poging", "tijdstip", "toewijzen", "nummer", "niet_bereikbaar", "annuleren"] as const;
export type StapIntent = (typeof STAP_INTENTS)[number];

/** The step forms' messages are dictionary keys (afspraken:stapFout.*), worded in the language terugbelStap is given. */
const PogingSchema = z.object({
  uitkomst: z.enum(UITKOMSTEN, { error: "afspraken:stapFout.uitkomst" }),
  notitie: z.string().trim().max(2000, "afspraken:fout.max?max=2000").optional().default(""),
});
const TijdstipSchema = z.object({
  op: z.string({ error: "afspraken:stapFout.tijdstip" }).trim().min(1, "afspraken:stapFout.tijdstip"),
  reden: sleutelTekst(1000, "afspraken:stapFout.tijdstipReden"),
});
const ToewijzenSchema = z.object({ aan: z.string({ error: "afspraken:fout.ander" }).min(1, "afspraken:fout.ander") });
const NummerSchema = z.object({ telefoon: sleutelTekst(40, "afspraken:stapFout.juistNummer") });
const RedenSchema = z.object({ reden: sleutelTekst(1000, "afspraken:stapFout.reden") });


/**
 * Carries out one step on a callback for `user` (who must be allowed to see it; the route checks with
 * terugbelDetail/magTerugbelZien first). `form` holds the posted fields; `versie` the version the form was loaded with.
 */
export function terugbelStap(
  id: string,
  versie: number,
  intent: StapIntent,
  form: Record<string, unknown>,
  user: AppUser,
  oorsprong: string | null,
  taal: Taal = "nl",
): StapResultaat {
  const m = (sleutel: string) => vertaalMelding(taal, sleutel);
  const fouten = (err: z.ZodError): Fouten => vertaalFouten(z.flattenError(err).fieldErrors as Fouten, taal);
  const uitPasToe = (r: Parameters<typeof uitPasToeIn>[0], ok: string) => uitPasToeIn(r, ok, taal);
  const l = laadTerugbel(id);
  if (!l) return { ok: false, fouten: {}, melding: m("afspraken:stapFout.terugbelWeg"), status: 404 };
  if (!magTerugbelZien(user, l.rij, l.ctx)) return { ok: false, fouten: {}, melding: m("afspraken:stapFout.terugbelGeenToegang"), status: 403 };
  const actor = actorVan(user);
  const opts = { oorsprong };
  switch (intent) {
    case "poging": {
      const p = PogingSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: fouten(p.error), melding: null, status: 400 };
      const r = pasToe(id, versie, { type: "POGING", uitkomst: p.data.uitkomst, notitie: p.data.notitie, op: now(), door: user.id }, actor, opts);
      return uitPasToe(r, `Poging vastgelegd: ${UITKOMST_TEKST[p.data.uitkomst].toLowerCase()}.`);
    }
    case "tijdstip": {
      const p = TijdstipSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: fouten(p.error), melding: null, status: 400 };
      let op: number;
      try {
        op = parseTijdstip(p.data.op);
      } catch {
        return { ok: false, fouten: { op: [m("afspraken:stapFout.tijdstipOngeldig")] }, melding: null, status: 400 };
      }
      if (op <= now()) return { ok: false, fouten: { op: [m("afspraken:stapFout.toekomst")] }, melding: null, status: 400 };
      const r = pasToe(id, versie, { type: "NIEUW_TIJDSTIP", op, reden: p.data.reden }, actor, opts);
      return uitPasToe(r, `Nieuw tijdstip vastgelegd: ${formatRelatief(op, now())}. Dit telt niet als overschrijding.`);
    }
    case "toewijzen": {
      const p = ToewijzenSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: fouten(p.error), melding: null, status: 400 };
      const t = parseToewijzing(p.data.aan);
      if (!t) return { ok: false, fouten: { aan: [m("afspraken:stapFout.toewijzingWeg")] }, melding: null, status: 400 };
      const r = pasToe(id, versie, { type: "HERTOEWIJZEN", ...t }, actor, opts);
      return uitPasToe(r, "De terugbelafspraak is toegewezen.");
    }
    case "nummer": {
      const p = NummerSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: fouten(p.error), melding: null, status: 400 };
      const tel = normaliseerTelefoon(p.data.telefoon);
      if (!tel.ok) return { ok: false, fouten: { telefoon: [m(tel.sleutel)] }, melding: null, status: 400 };
      const { sqlite } = getDatabase();
      const r = sqlite.transaction(() => {
        const burgerId = koppelBurger({ naam: l.ctx.burger.naam, telefoonE164: tel.e164, email: l.ctx.burger.email });
        return pasToeInTransactie(sqlite, id, versie, { type: "NUMMER_CORRIGEREN", telefoon: tel.e164, burgerId }, actor, opts);
      })();
      return uitPasToe(r, `Telefoonnummer gecorrigeerd naar ${tel.weergave}.`);
    }
    case "niet_bereikbaar": {
      const p = RedenSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: fouten(p.error), melding: null, status: 400 };
      return uitPasToe(pasToe(id, versie, { type: "NIET_BEREIKBAAR", reden: p.data.reden }, actor, opts), "Vastgelegd: de inwoner is niet bereikbaar.");
    }
    case "annuleren": {
      const p = RedenSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: fouten(p.error), melding: null, status: 400 };
      return uitPasToe(pasToe(id, versie, { type: "ANNULEREN", reden: p.data.reden }, actor, opts), "De terugbelafspraak is geannuleerd.");
    }
  }
}

/** For the handover module: the callback's data to carry over, and the in-transaction conversion step. */
export function terugbelVoorOverdracht(id: string): { ctx: TerugbelContext; rij: AfspraakRij; status: TerugbelStatus } | null {
  return laadTerugbel(id);
}

export { pasToeInTransactie };

// ------------------------------------------------------------------------------------------------ from the public side

/** The actor of a step the citizen takes on the public pages (issue 13). */
export const INWONER_ACTOR: Actor = { id: null, naam: "Inwoner (webformulier)" };

/**
 * A callback request the citizen filed on /inwoner/terugbelverzoek: a terugbelafspraak in the chosen team's
 * queue (no owner yet), channel "webformulier", under the callback norm of the charter. Input is already
 * validated (phone in E.164). Returns the id and the due moment the charter promises.
 */
export function maakTerugbelverzoekVanInwoner(
  v: { naam: string; telefoonE164: string; email: string | null; vraag: string; teamId: number },
  oorsprong: string | null,
): { id: string; termijnOp: number | null } {
  const { sqlite } = getDatabase();
  let id = "";
  sqlite.transaction(() => {
    const burgerId = koppelBurger({ naam: v.naam, telefoonE164: v.telefoonE164, email: v.email });
    const input: TerugbelInput & { burgerId: string } = {
      burger: { naam: v.naam, telefoon: v.telefoonE164, email: v.email },
      vraag: v.vraag,
      kanaal: "webformulier",
      eigenaarId: null,
      teamId: v.teamId,
      normCode: NORM_CODE,
      maxPogingen: maxPogingen(),
      burgerId,
    };
    id = startAfspraak(SOORT, input, INWONER_ACTOR, { oorsprong }).id;
  })();
  return { id, termijnOp: laadAfspraakRij(id)?.termijn_op ?? null };
}

/**
 * The citizen asks for another callback time from the status page: the existing NIEUW_TIJDSTIP step
 * (a move at the citizen's request, not a breach). `op` must lie in the future.
 */
export function nieuwTijdstipVanInwoner(id: string, op: number, reden: string, oorsprong: string | null): StapResultaat {
  const l = laadTerugbel(id);
  if (!l) return { ok: false, fouten: {}, melding: "Dit terugbelverzoek bestaat niet (meer).", status: 404 };
  if (op <= now()) return { ok: false, fouten: { op: ["Kies een moment in de toekomst."] }, melding: null, status: 400 };
  const r = pasToe(id, l.rij.versie, { type: "NIEUW_TIJDSTIP", op, reden }, INWONER_ACTOR, { oorsprong });
  return uitPasToe(r, `We bellen u ${formatRelatief(op, now())}.`);
}
