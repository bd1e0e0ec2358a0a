/**
 * Warme overdracht (warm handover): registration, creating one (from scratch or from a callback promise), the
 * detail view with its context (audited read), the steps, and the sender's "Nog niet losgelaten" list.
 */
import { verborgenVoor } from "../../platform/engine/beperking.server";
import { z } from "zod";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
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
  type PasToeResultaat,
} from "../../platform/engine/runtime.server";
import { formatDatumTijd, formatRelatief } from "../../domain/kalender/format";
import { parseTijdstip } from "../../domain/kalender/tijd";
import { normaliseerTelefoon, formatTelefoon } from "../../domain/telefoon";
import { melding, vertaal, vertaalFouten, vertaalMelding } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import {
  actorVan,
  medewerkerInfo,
  teamNaam,
  werkBetrokken,
  parseToewijzing,
  tijdlijn,
  termijnInfo,
  terugbelVoorOverdracht,
  type Fouten,
  type Toegang,
  type TermijnInfo,
  type TijdlijnRegel,
} from "../terugbellen/terugbel.server";
import {
  overdrachtMachine,
  weigeringSleutel as overdrachtWeigering,
  statusVan,
  SOORT,
  HOE,
  HOE_TEKST,
  STATUS_TEKST,
  EINDSTATUSSEN,
  type OverdrachtContext,
  type OverdrachtEvent,
  type OverdrachtInput,
  type OverdrachtStatus,
  type Hoe,
} from "../../../workflows/overdracht/machine";
import { SOORT as TERUGBEL_SOORT } from "../../../workflows/terugbelafspraak/machine";
import { berichtenVoorAfspraak, type VerstuurdBericht } from "../berichten/berichten.server";
import { uitPasToe, uitPasToe as uitPasToeIn, type StapResultaat } from "../../platform/engine/stap.server";

export { HOE, HOE_TEKST, STATUS_TEKST as OVERDRACHT_STATUS_TEKST };
export type { OverdrachtStatus, Hoe };

type Ctx = OverdrachtContext & { burgerId?: string | null };

function kort(tekst: string, n = 70): string {
  const t = tekst.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

export function registreerOverdrachtWorkflow(): void {
  registreerWorkflow({
    soort: SOORT,
    machine: overdrachtMachine,
    projectie: (snapshot) => {
      const ctx = snapshot.context as Ctx;
      const status = statusVan(snapshot.value);
      // Whose work it is now: the receiver while offered, the handler once picked up, the sender when declined.
      const eigenaarId =
        status === "teruggegeven" ? ctx.afzenderId : (ctx.behandelaarId ?? ctx.ontvanger.medewerkerId ?? null);
      const teamId = status === "teruggegeven" || ctx.behandelaarId ? null : ctx.ontvanger.teamId;
      return {
        titel: `Warme overdracht: ${kort(ctx.vraag)}`,
        eigenaarId,
        teamId,
        burgerId: ctx.burgerId ?? null,
        kanaal: null,
      };
    },
    weigering: (snapshot, event) => overdrachtWeigering(snapshot as never, event as OverdrachtEvent),
    statusNaam: (s) => STATUS_TEKST[s as OverdrachtStatus] ?? s,
    link: (id) => `/overdrachten/${id}`,
  });
}
registreerOverdrachtWorkflow();

export function statusNaamOverdracht(s: string): string {
  return STATUS_TEKST[s as OverdrachtStatus] ?? s;
}

// ------------------------------------------------------------------------------------------------ create

const tekst = (max: number, leeg: string) =>
  z.string({ error: leeg }).trim().min(1, leeg).max(max, `Gebruik hoogstens ${max} tekens.`);

/** Messages are dictionary keys (`fout` in the afspraken dictionaries), worded per language where the form is answered. */
const sleutelTekst = (max: number, leeg: string) =>
  z.string({ error: leeg }).trim().min(1, leeg).max(max, `afspraken:fout.max?max=${max}`);

const ContextSchema = z.object({
  ontvanger: z.string({ error: "afspraken:fout.ontvanger" }).min(1, "afspraken:fout.ontvanger"),
  alGedaan: sleutelTekst(4000, "afspraken:fout.alGedaan"),
});

export const NieuweOverdrachtSchema = ContextSchema.extend({
  naam: z.string().trim().max(200).optional().default(""),
  anoniem: z.string().optional(),
  telefoon: z.string().trim().max(40).optional().default(""),
  email: z
    .string()
    .trim()
    .max(200)
    .optional()
    .default("")
    .refine((v) => v === "" || z.email().safeParse(v).success, "afspraken:fout.email"),
  vraag: sleutelTekst(4000, "afspraken:fout.vraag"),
}).superRefine((v, ctx) => {
  if (!v.naam && !v.anoniem) ctx.addIssue({ code: "custom", path: ["naam"], message: "afspraken:fout.naamOfAnoniem" });
  if (!v.telefoon && !v.email) ctx.addIssue({ code: "custom", path: ["telefoon"], message: "afspraken:fout.telefoonOfEmail" });
  if (v.telefoon) {
    const t = normaliseerTelefoon(v.telefoon);
    if (!t.ok) ctx.addIssue({ code: "custom", path: ["telefoon"], message: t.sleutel });
  }
});

export type MaakOverdrachtResultaat = { ok: true; id: string } | { ok: false; fouten: Fouten; melding?: string | null; status?: number };

function ontvangerVan(waarde: string, user: AppUser) {
  const t = parseToewijzing(waarde);
  if (!t) return null;
  if (t.eigenaarId === user.id) return "zelf" as const;
  return { medewerkerId: t.eigenaarId, teamId: t.teamId };
}

/** A new handover from the form /overdrachten/nieuw. */
export function maakOverdracht(form: Record<string, unknown>, user: AppUser, oorsprong: string | null, taal: Taal = "nl"): MaakOverdrachtResultaat {
  const p = NieuweOverdrachtSchema.safeParse(form);
  if (!p.success) return { ok: false, fouten: vertaalFouten(z.flattenError(p.error).fieldErrors as Fouten, taal) };
  const v = p.data;
  const ontvanger = ontvangerVan(v.ontvanger, user);
  if (!ontvanger) return { ok: false, fouten: { ontvanger: [vertaal(taal, "afspraken:fout.ontvangerWeg")] } };
  if (ontvanger === "zelf") return { ok: false, fouten: { ontvanger: [vertaal(taal, "afspraken:fout.zelf")] } };
  const tel = v.telefoon ? normaliseerTelefoon(v.telefoon) : null;
  const naam = v.anoniem ? null : v.naam || null;
  const email = v.email ? v.email.toLowerCase() : null;
  const telefoon = tel && tel.ok ? tel.e164 : null;
  const { sqlite } = getDatabase();
  let id = "";
  try {
    sqlite.transaction(() => {
      const burgerId = koppelBurger({ naam, telefoonE164: telefoon, email });
      const input: OverdrachtInput & { burgerId: string } = {
        burger: { naam, telefoon, email },
        vraag: v.vraag,
        alGedaan: v.alGedaan,
        afzenderId: user.id,
        ontvanger,
        bronId: null,
        burgerId,
      };
      id = startAfspraak(SOORT, input, actorVan(user), { oorsprong }).id;
    })();
  } catch (err) {
    if (err instanceof WorkflowFout) return { ok: false, fouten: {}, melding: err.message };
    throw err;
  }
  return { ok: true, id };
}

class Geweigerd extends Error {
  constructor(public resultaat: Extract<PasToeResultaat, { ok: false }>) {
    super(resultaat.melding);
  }
}

/**
 * Turns a callback promise into a warm handover, in one transaction: the handover starts with the callback's
 * citizen, question and context; the callback ends as "omgezet" (its deadline stops). `versie` is the callback's.
 */
export function zetTerugbelOmNaarOverdracht(
  terugbelId: string,
  versie: number,
  form: Record<string, unknown>,
  user: AppUser,
  oorsprong: string | null,
  taal: Taal = "nl",
): MaakOverdrachtResultaat {
  const m = (sleutel: string) => vertaalMelding(taal, sleutel);
  const p = ContextSchema.safeParse(form);
  if (!p.success) return { ok: false, fouten: vertaalFouten(z.flattenError(p.error).fieldErrors as Fouten, taal), status: 400 };
  const bron = terugbelVoorOverdracht(terugbelId);
  if (!bron) return { ok: false, fouten: {}, melding: m("afspraken:stapFout.terugbelWeg"), status: 404 };
  if (!werkBetrokken(user, bron.ctx.eigenaarId, bron.ctx.teamId, [bron.rij.aangemaakt_door]))
    return { ok: false, fouten: {}, melding: m("afspraken:stapFout.terugbelGeenToegang"), status: 403 };
  const ontvanger = ontvangerVan(p.data.ontvanger, user);
  if (!ontvanger) return { ok: false, fouten: { ontvanger: [m("afspraken:fout.ontvangerWeg")] }, status: 400 };
  if (ontvanger === "zelf") return { ok: false, fouten: { ontvanger: [m("afspraken:fout.zelf")] }, status: 400 };
  const { sqlite } = getDatabase();
  const actor = actorVan(user);
  let id = "";
  try {
    sqlite.transaction(() => {
      const input: OverdrachtInput & { burgerId: string | null } = {
        burger: { naam: bron.ctx.burger.naam, telefoon: bron.ctx.burger.telefoon, email: bron.ctx.burger.email },
        vraag: bron.ctx.vraag,
        alGedaan: p.data.alGedaan,
        afzenderId: user.id,
        ontvanger,
        bronId: terugbelId,
        burgerId: bron.ctx.burgerId,
      };
      id = startAfspraak(SOORT, input, actor, { oorsprong }).id;
      const r = pasToeInTransactie(sqlite, terugbelId, versie, { type: "OMZETTEN_NAAR_OVERDRACHT", overdrachtId: id }, actor, { oorsprong });
      if (!r.ok) throw new Geweigerd(r);
    })();
  } catch (err) {
    if (err instanceof Geweigerd) {
      const verouderd = err.resultaat.reden === "verouderd";
      const reden = m(err.resultaat.sleutel ?? err.resultaat.melding);
      return {
        ok: false,
        fouten: {},
        melding: verouderd ? m(melding("afspraken:stapFout.ingevuldStaatNog", { melding: reden })) : reden,
        status: verouderd ? 409 : 422,
      };
    }
    if (err instanceof WorkflowFout) return { ok: false, fouten: {}, melding: m(err.message), status: 422 };
    throw err;
  }
  return { ok: true, id };
}

// ------------------------------------------------------------------------------------------------ detail

function laad(id: string): { rij: AfspraakRij; ctx: Ctx; status: OverdrachtStatus } | null {
  const rij = laadAfspraakRij(id);
  if (!rij || rij.soort !== SOORT) return null;
  const s = herstelSnapshot(overdrachtMachine, rij.snapshot);
  return { rij, ctx: s.context as Ctx, status: statusVan(s.value) };
}

function isTeamlid(userId: string, teamId: number | null): boolean {
  if (teamId === null) return false;
  return medewerkerInfo(userId)?.team_id === teamId;
}

/** Sender, receiver (person or team member), handler, and the usual people whose work involves it. */
export function magOverdrachtZien(user: AppUser, ctx: Ctx): boolean {
  if (werkBetrokken(user, ctx.afzenderId, null, [ctx.ontvanger.medewerkerId, ctx.behandelaarId])) return true;
  if (ctx.ontvanger.teamId !== null && werkBetrokken(user, null, ctx.ontvanger.teamId)) return true;
  if (ctx.behandelaarId && werkBetrokken(user, ctx.behandelaarId, null)) return true;
  return ctx.weigeringen.some((w) => w.door === user.id);
}

export type OverdrachtActie = "oppakken" | "weigeren" | "intrekken" | "opnieuw" | "geinformeerd" | "afronden";

export function actiesVoor(user: AppUser, ctx: Ctx, status: OverdrachtStatus): OverdrachtActie[] {
  const afzender = ctx.afzenderId === user.id;
  const ontvanger = ctx.ontvanger.medewerkerId === user.id || isTeamlid(user.id, ctx.ontvanger.teamId);
  const behandelaar = ctx.behandelaarId === user.id;
  const uit: OverdrachtActie[] = [];
  if (status === "aangeboden") {
    if (ontvanger) uit.push("oppakken", "weigeren");
    if (afzender) uit.push("intrekken");
  } else if (status === "teruggegeven") {
    if (afzender) uit.push("opnieuw", "intrekken");
  } else if (status === "opgepakt") {
    if (behandelaar) uit.push("geinformeerd");
  } else if (status === "klant_geinformeerd") {
    if (behandelaar || afzender) uit.push("afronden");
  }
  return uit;
}

export interface OverdrachtDetail {
  id: string;
  versie: number;
  status: OverdrachtStatus;
  statusTekst: string;
  open: boolean;
  burger: { naam: string | null; telefoon: string | null; telefoonE164: string | null; email: string | null; burgerId: string | null };
  vraag: string;
  alGedaan: string;
  afzender: string;
  afzenderId: string;
  ontvanger: string;
  behandelaar: string | null;
  bronId: string | null;
  weigeringen: { door: string; reden: string; aan: string }[];
  informatie: { hoe: string; hoeCode: string; op: string; opMs: number; contactpersoon: string; vervolgstap: string } | null;
  intrekReden: string | null;
  termijnen: TermijnInfo[];
  tijdlijn: TijdlijnRegel[];
  acties: OverdrachtActie[];
  ikNaam: string;
  /** messages to the citizen with their delivery state (issue 13) */
  berichten: VerstuurdBericht[];
}

function ontvangerTekst(o: { medewerkerId: string | null; teamId: number | null }): string {
  if (o.medewerkerId) return medewerkerInfo(o.medewerkerId)?.naam ?? "onbekende collega";
  return `Team ${teamNaam(o.teamId) ?? "onbekend"}`;
}

export function overdrachtDetail(id: string, user: AppUser, oorsprong: string | null): Toegang<OverdrachtDetail> {
  const l = laad(id);
  if (!l) return { soort: "niet_gevonden" };
  const { rij, ctx, status } = l;
  // AVG art. 18: a restricted citizen's handover is hidden from all but the FG (steps get the engine's reason)
  if (!magOverdrachtZien(user, ctx) || verborgenVoor(user, ctx.burgerId)) return { soort: "geweigerd" };
  audit({
    actor: actorVan(user),
    actie: "overdracht.bekeken",
    objectType: SOORT,
    objectId: id,
    resultaat: "ok",
    oorsprong,
    details: { burgerId: ctx.burgerId ?? null },
  });
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
        telefoon: ctx.burger.telefoon ? formatTelefoon(ctx.burger.telefoon) : null,
        telefoonE164: ctx.burger.telefoon,
        email: ctx.burger.email,
        burgerId: ctx.burgerId ?? null,
      },
      vraag: ctx.vraag,
      alGedaan: ctx.alGedaan,
      afzender: medewerkerInfo(ctx.afzenderId)?.naam ?? "onbekend",
      afzenderId: ctx.afzenderId,
      ontvanger: ontvangerTekst(ctx.ontvanger),
      behandelaar: ctx.behandelaarId ? (medewerkerInfo(ctx.behandelaarId)?.naam ?? "onbekend") : null,
      bronId: ctx.bronId,
      weigeringen: ctx.weigeringen.map((w) => ({
        door: medewerkerInfo(w.door)?.naam ?? "onbekend",
        reden: w.reden,
        aan: ontvangerTekst(w.ontvanger),
      })),
      informatie: ctx.informatie
        ? {
            hoe: HOE_TEKST[ctx.informatie.hoe],
            hoeCode: ctx.informatie.hoe,
            op: formatDatumTijd(ctx.informatie.op),
            opMs: ctx.informatie.op,
            contactpersoon: ctx.informatie.contactpersoon,
            vervolgstap: ctx.informatie.vervolgstap,
          }
        : null,
      intrekReden: ctx.intrekReden,
      termijnen: termijnInfo(id),
      tijdlijn: tijdlijn(id, statusNaamOverdracht),
      acties: rij.open ? actiesVoor(user, ctx, status) : [],
      ikNaam: user.naam,
      berichten: berichtenVoorAfspraak(id),
    },
  };
}

// ------------------------------------------------------------------------------------------------ steps

/** Messages are dictionary keys (afspraken:stapFout.*), worded in the language overdrachtStap is given. */
const GeinformeerdSchema = z.object({
  hoe: z.enum(HOE, { error: "afspraken:stapFout.hoe" }),
  op: z.string({ error: "afspraken:stapFout.wanneer" }).trim().min(1, "afspraken:stapFout.wanneer"),
  contactpersoon: sleutelTekst(200, "afspraken:stapFout.contactpersoon"),
  vervolgstap: sleutelTekst(2000, "afspraken:stapFout.vervolgstap"),
});

export type { StapResultaat } from "../../platform/engine/stap.server";


export function overdrachtStap(
  id: string,
  versie: number,
  actie: OverdrachtActie,
  form: Record<string, unknown>,
  user: AppUser,
  oorsprong: string | null,
  taal: Taal = "nl",
): StapResultaat {
  const m = (sleutel: string) => vertaalMelding(taal, sleutel);
  const uitPasToe = (r: Parameters<typeof uitPasToeIn>[0], ok: string) => uitPasToeIn(r, ok, taal);
  const l = laad(id);
  if (!l) return { ok: false, fouten: {}, melding: m("afspraken:stapFout.overdrachtWeg"), status: 404 };
  if (!magOverdrachtZien(user, l.ctx)) return { ok: false, fouten: {}, melding: m("afspraken:stapFout.overdrachtGeenToegang"), status: 403 };
  if (!actiesVoor(user, l.ctx, l.status).includes(actie)) {
    // Either the state moved on (someone else acted) or this user has no part in this step.
    const stale = l.rij.versie !== versie;
    return {
      ok: false,
      fouten: {},
      melding: m(
        stale
          ? "afspraken:stapFout.overdrachtGewijzigd"
          : (overdrachtWeigering({ value: l.status, context: l.ctx }, eventVoorControle(actie, user)) ?? "afspraken:stapFout.nietAanU"),
      ),
      status: stale ? 409 : 403,
    };
  }
  const actor = actorVan(user);
  const opts = { oorsprong };
  const reden = String(form.reden ?? "").trim();
  switch (actie) {
    case "oppakken":
      return uitPasToe(pasToe(id, versie, { type: "OPPAKKEN", door: user.id }, actor, opts), "U heeft de overdracht opgepakt. Informeer nu de inwoner.");
    case "weigeren":
      if (!reden) return { ok: false, fouten: { reden: [m("afspraken:stapFout.weigerReden")] }, melding: null, status: 400 };
      return uitPasToe(pasToe(id, versie, { type: "WEIGEREN", door: user.id, reden }, actor, opts), "U heeft de overdracht geweigerd; hij gaat terug naar de afzender.");
    case "intrekken":
      if (!reden) return { ok: false, fouten: { reden: [m("afspraken:stapFout.intrekReden")] }, melding: null, status: 400 };
      return uitPasToe(pasToe(id, versie, { type: "INTREKKEN", reden }, actor, opts), "De overdracht is ingetrokken.");
    case "opnieuw": {
      const o = ontvangerVan(String(form.ontvanger ?? ""), user);
      if (!o) return { ok: false, fouten: { ontvanger: [m("afspraken:fout.ontvanger")] }, melding: null, status: 400 };
      if (o === "zelf") return { ok: false, fouten: { ontvanger: [m("afspraken:stapFout.zelf")] }, melding: null, status: 400 };
      const toelichting = String(form.toelichting ?? "").trim().slice(0, 2000);
      return uitPasToe(
        pasToe(id, versie, { type: "OPNIEUW_AANBIEDEN", ontvanger: o, toelichting }, actor, opts),
        `De overdracht is opnieuw aangeboden aan ${ontvangerTekst(o)}.`,
      );
    }
    case "geinformeerd": {
      const p = GeinformeerdSchema.safeParse(form);
      if (!p.success) return { ok: false, fouten: vertaalFouten(z.flattenError(p.error).fieldErrors as Fouten, taal), melding: null, status: 400 };
      let op: number;
      try {
        op = parseTijdstip(p.data.op);
      } catch {
        return { ok: false, fouten: { op: [m("afspraken:stapFout.datumTijd")] }, melding: null, status: 400 };
      }
      if (op > now() + 60_000) return { ok: false, fouten: { op: [m("afspraken:stapFout.informeerToekomst")] }, melding: null, status: 400 };
      return uitPasToe(
        pasToe(id, versie, { type: "KLANT_GEINFORMEERD", hoe: p.data.hoe, op, contactpersoon: p.data.contactpersoon, vervolgstap: p.data.vervolgstap }, actor, opts),
        "Vastgelegd: de inwoner weet wie de vraag behandelt en wat er gebeurt.",
      );
    }
    case "afronden":
      return uitPasToe(pasToe(id, versie, { type: "AFRONDEN", door: user.id }, actor, opts), "De overdracht is afgerond.");
  }
}

function eventVoorControle(actie: OverdrachtActie, user: AppUser): OverdrachtEvent {
  switch (actie) {
    case "oppakken":
      return { type: "OPPAKKEN", door: user.id };
    case "weigeren":
      return { type: "WEIGEREN", door: user.id, reden: "x" };
    case "intrekken":
      return { type: "INTREKKEN", reden: "x" };
    case "opnieuw":
      return { type: "OPNIEUW_AANBIEDEN", ontvanger: { medewerkerId: "x", teamId: null } };
    case "geinformeerd":
      return { type: "KLANT_GEINFORMEERD", hoe: "telefoon", op: 0, contactpersoon: "x", vervolgstap: "x" };
    case "afronden":
      return { type: "AFRONDEN", door: user.id };
  }
}

// ------------------------------------------------------------------------------------------------ lists

export interface NogNietLosgelatenRij {
  id: string;
  titel: string;
  status: OverdrachtStatus;
  statusTekst: string;
  ontvanger: string;
  termijnOp: number | null;
  termijnStatus: "op_tijd" | "bijna" | "te_laat" | null;
}

function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  const key = Symbol.for(`afspraak.overdracht.${sql}`);
  const holder = sqlite as unknown as Record<symbol, Database.Statement | undefined>;
  return (holder[key] ??= sqlite.prepare(sql));
}

/**
 * The sender's "Nog niet losgelaten" list: every handover this medewerker sent that is not afgerond (or withdrawn),
 * oldest due moment first. The sender is the creator of the handover (aangemaakt_door).
 */
export function nogNietLosgelaten(medewerkerId: string): NogNietLosgelatenRij[] {
  const { sqlite } = getDatabase();
  const rijen = stmt(
    sqlite,
    `SELECT id, titel, status, snapshot, termijn_op, termijn_status FROM afspraken
     WHERE soort = ? AND open = 1 AND aangemaakt_door = ?
     ORDER BY termijn_op IS NULL, termijn_op, aangemaakt_op`,
  ).all(SOORT, medewerkerId) as {
    id: string;
    titel: string;
    status: string;
    snapshot: string;
    termijn_op: number | null;
    termijn_status: NogNietLosgelatenRij["termijnStatus"];
  }[];
  return rijen
    .filter((r) => !EINDSTATUSSEN.includes(r.status as OverdrachtStatus))
    .map((r) => {
      const ctx = (JSON.parse(r.snapshot) as { context: Ctx }).context;
      return {
        id: r.id,
        titel: r.titel,
        status: r.status as OverdrachtStatus,
        statusTekst: STATUS_TEKST[r.status as OverdrachtStatus] ?? r.status,
        ontvanger: ctx.behandelaarId ? (medewerkerInfo(ctx.behandelaarId)?.naam ?? "onbekend") : ontvangerTekst(ctx.ontvanger),
        termijnOp: r.termijn_op,
        termijnStatus: r.termijn_status,
      };
    });
}

/** Human text for a due moment relative to now (for lists). */
export function termijnTekst(op: number | null): string | null {
  return op === null ? null : formatRelatief(op, now());
}

export { TERUGBEL_SOORT };
