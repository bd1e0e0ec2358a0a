/**
 * Verbeteracties (issue 6): improvement actions from the leerlogboek, a workflow of their own on the engine
 * (workflows/verbeteractie/machine.ts). An action is a commitment of soort 'verbeteractie' in `afspraken`
 * (same id); the `verbeteracties` table holds its dossier columns, written in the same transaction as every
 * step (like klachten.server.ts does). The due date is a deadline row (charter norm VERBETERACTIE): the engine
 * warns the owner, escalates to the owner's teamleider at the due moment and to the regieteam later.
 *
 * Who: the regieteam creates, rejects, evaluates and changes owner/date; the owner (or the regieteam) starts
 * and realises. The owner, their leidinggevende(n) / teamleider and the regieteam may see an action.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { z } from "zod";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal, vertaalMelding } from "../../platform/i18n/vertaal";
import { getDatabase } from "../../../db/client";
import { maandNl } from "../../../db/functies";
import type { VerbeteractieStatus } from "../../../db/schema";
import {
  EFFECTEN,
  EFFECT_TEKST,
  EVALUATIE_VENSTERS,
  SOORT_VERBETERACTIE,
  VERBETERACTIE_STATUS_TEKST,
  stappenIn,
  toestandVan,
  verbeteractieMachine,
  weigeringSleutel,
  type Effect,
  type VerbeteractieContext,
  type VerbeteractieEvent,
  type VerbeteractieToestand,
} from "../../../workflows/verbeteractie/machine";
import { now } from "../../platform/clock";
import { beginVanDag, dagVanIso, isoDatum, lokaleDelen } from "../../domain/kalender/tijd";
import { formatDatumTijd } from "../../domain/kalender/format";
import { kalenders } from "../../platform/engine/normen.server";
import {
  auditRegel,
  herstelSnapshot,
  laadAfspraakRij,
  pasToeInTransactie,
  registreerWorkflow,
  startAfspraak,
  WorkflowFout,
  type Actor,
  type WorkflowEvent,
} from "../../platform/engine/runtime.server";
import { termijnenVan } from "../../platform/engine/termijnen.server";
import { heeft, type AppUser } from "../../platform/auth/permissions.server";
import { logError } from "../../platform/web/log.server";
import { toetsBlameless } from "../leerlogboek/leerlogboek.server";

export { EFFECT_TEKST, EFFECTEN, EVALUATIE_VENSTERS, VERBETERACTIE_STATUS_TEKST, SOORT_VERBETERACTIE };

// ------------------------------------------------------------------------------------------------ registration

export function registreerVerbeteractieWorkflow(): void {
  registreerWorkflow({
    soort: SOORT_VERBETERACTIE,
    machine: verbeteractieMachine,
    projectie: (s) => ({
      titel: `Verbeteractie ${s.context.nummer}: ${s.context.titel}`,
      eigenaarId: s.context.eigenaarId,
      afdelingId: s.context.afdelingId,
    }),
    weigering: (s, e) => weigeringSleutel(s, e),
    statusNaam: (st) => VERBETERACTIE_STATUS_TEKST[st as VerbeteractieToestand] ?? st,
    link: (id) => `/verbeteracties/${id}`,
  });
}
registreerVerbeteractieWorkflow();

// ------------------------------------------------------------------------------------------------ helpers

export type Fouten = Record<string, string[] | undefined>;

export type Uitkomst<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reden: "geweigerd" | "niet_gevonden" | "verouderd" | "niet_toegestaan" | "ongeldig"; melding: string | null; fouten?: Fouten };

function actorVan(u: AppUser): Actor {
  return { id: u.id, naam: u.naam };
}

/** The due moment of a due date: the closing time of that day, or of the next working day when it is none. */
export function deadlineMoment(datum: string): number {
  return kalenders().organisatie.werkdagenNa(beginVanDag(dagVanIso(datum)), 0);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Dutch error for a due date, or null when it is a real date after today. */
export function deadlineFout(datum: string, nu = now()): string | null {
  if (!ISO.test(datum)) return "Vul een geldige datum in (dag-maand-jaar).";
  try {
    if (isoDatum(beginVanDag(dagVanIso(datum))) !== datum) return "Deze datum bestaat niet.";
  } catch {
    return "Deze datum bestaat niet.";
  }
  if (datum <= isoDatum(nu)) return "Kies een datum in de toekomst.";
  if (Number(datum.slice(0, 4)) > lokaleDelen(nu).jaar + 5) return "Kies een datum binnen vijf jaar.";
  return null;
}

function medewerker(sqlite: Database.Database, id: string): { id: string; naam: string; actief: number } | undefined {
  return sqlite.prepare("SELECT id, naam, actief FROM medewerkers WHERE id = ?").get(id) as { id: string; naam: string; actief: number } | undefined;
}

function volgendNummer(sqlite: Database.Database, jaar: number): string {
  const prefix = `VA-${jaar}-`;
  const r = sqlite.prepare("SELECT max(nummer) AS m FROM verbeteracties WHERE nummer LIKE ?").get(`${prefix}%`) as { m: string | null };
  const n = r.m ? Number(r.m.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}

function laadContext(id: string): { c: VerbeteractieContext; status: VerbeteractieToestand; versie: number } | null {
  const rij = laadAfspraakRij(id);
  if (!rij || rij.soort !== SOORT_VERBETERACTIE) return null;
  const s = herstelSnapshot(verbeteractieMachine, rij.snapshot);
  return { c: s.context, status: toestandVan(s.value), versie: rij.versie };
}

/** Writes the dossier columns from the machine context (inside the step's transaction). */
function synchroniseer(sqlite: Database.Database, id: string, c: VerbeteractieContext, status: VerbeteractieToestand, versie: number, op: number): void {
  const eigenaar = medewerker(sqlite, c.eigenaarId);
  sqlite
    .prepare(
      `UPDATE verbeteracties SET status = @status, eigenaar_id = @eigenaarId, eigenaar_naam = @eigenaarNaam, deadline = @deadline,
         termijn_op = @termijnOp, gestart_op = @gestartOp, gerealiseerd_op = @gerealiseerdOp, op_tijd = @opTijd,
         realisatie_toelichting = @realisatie, afwijsreden = @afwijsreden, afgewezen_op = @afgewezenOp, effect = @effect,
         evaluatie_toelichting = @evaluatieToelichting, herhaal_voor = @herhaalVoor, herhaal_na = @herhaalNa,
         evaluatie_venster_maanden = @venster, geevalueerd_op = @geevalueerdOp, versie = @versie, gewijzigd_op = @op
       WHERE id = @id`,
    )
    .run({
      id,
      status,
      eigenaarId: c.eigenaarId,
      eigenaarNaam: eigenaar?.naam ?? null,
      deadline: c.deadline,
      termijnOp: c.termijnOp,
      gestartOp: c.gestartOp,
      gerealiseerdOp: c.gerealiseerdOp,
      opTijd: c.gerealiseerdOp === null ? null : c.gerealiseerdOp <= c.termijnOp ? 1 : 0,
      realisatie: c.realisatieToelichting,
      afwijsreden: c.afwijsreden,
      afgewezenOp: c.afgewezenOp,
      effect: c.evaluatie?.effect ?? null,
      evaluatieToelichting: c.evaluatie?.toelichting ?? null,
      herhaalVoor: c.evaluatie?.herhaalVoor ?? null,
      herhaalNa: c.evaluatie?.herhaalNa ?? null,
      venster: c.evaluatie?.vensterMaanden ?? null,
      geevalueerdOp: c.evaluatie?.op ?? null,
      versie,
      op,
    });
}

// ------------------------------------------------------------------------------------------------ access

/** May this user see the action? The regieteam, the owner, and the owner's leidinggevende(n) / teamleider. */
export function magActieZien(user: Pick<AppUser, "id" | "rollen">, eigenaarId: string | null): boolean {
  if (heeft(user, "regieteam")) return true;
  if (!eigenaarId) return false;
  if (eigenaarId === user.id) return true;
  const { sqlite } = getDatabase();
  return Boolean(
    sqlite.prepare("SELECT 1 FROM leidinggevenden WHERE medewerker_id = ? AND leidinggevende_id = ?").get(eigenaarId, user.id) ||
      sqlite.prepare("SELECT 1 FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE m.id = ? AND t.teamleider_id = ?").get(eigenaarId, user.id),
  );
}

const STAP_ROLLEN: Record<string, "eigenaar_of_regieteam" | "regieteam"> = {
  STARTEN: "eigenaar_of_regieteam",
  REALISEREN: "eigenaar_of_regieteam",
  AFWIJZEN: "regieteam",
  EVALUEREN: "regieteam",
  WIJZIGEN: "regieteam",
};
export type StapIntent = "STARTEN" | "REALISEREN" | "AFWIJZEN" | "EVALUEREN" | "WIJZIGEN";
export const STAP_INTENTS: readonly StapIntent[] = ["STARTEN", "REALISEREN", "AFWIJZEN", "EVALUEREN", "WIJZIGEN"];

export function magStap(user: Pick<AppUser, "id" | "rollen">, intent: string, eigenaarId: string | null): boolean {
  const r = STAP_ROLLEN[intent];
  if (!r) return false;
  if (heeft(user, "regieteam")) return true;
  return r === "eigenaar_of_regieteam" && eigenaarId === user.id;
}

// ------------------------------------------------------------------------------------------------ effect

export interface EffectMeting {
  vensterMaanden: number;
  normen: number[];
  afdelingId: number | null;
  /** yyyymm of the month of realisation (not counted in either window). */
  realisatieMaand: number;
  voor: { van: number; tot: number; aantal: number };
  na: { van: number; tot: number; aantal: number; maandenCompleet: number };
  compleet: boolean;
  perMaandVoor: number;
  perMaandNa: number | null;
  /** Change of the monthly average in % (negative = fewer repeat complaints); null when not computable. */
  verandering: number | null;
  maanden: { maand: number; aantal: number; venster: "voor" | "na" }[];
}

function maandIndex(yyyymm: number): number {
  return Math.floor(yyyymm / 100) * 12 + ((yyyymm % 100) - 1);
}
function uitIndex(i: number): number {
  return Math.floor(i / 12) * 100 + (i % 12) + 1;
}

/**
 * Repeat complaints on a lesson's theme before and after realisation: complaints received with any of the
 * lesson's norms (and in the lesson's department when set), from the rollup stat_klacht_normen, in the N whole
 * months before the month of realisation and the N whole months after it. When the after-window is not complete
 * yet, only the complete months count and the comparison is per month.
 * Note: the rollup counts (complaint, norm) pairs; a complaint with two of the lesson's norms counts twice.
 */
export function meetEffect(normen: number[], afdelingId: number | null, gerealiseerdOp: number, vensterMaanden: number, nu = now()): EffectMeting {
  const { sqlite } = getDatabase();
  const R = maandIndex(maandNl(gerealiseerdOp)!);
  const C = maandIndex(maandNl(nu)!);
  const N = vensterMaanden;
  const maandenCompleet = Math.max(0, Math.min(N, C - R - 1));
  const voorVan = uitIndex(R - N);
  const voorTot = uitIndex(R - 1);
  const naVan = uitIndex(R + 1);
  const naTot = uitIndex(R + N);
  const perMaand = new Map<number, number>();
  if (normen.length) {
    const plaats = normen.map(() => "?").join(", ");
    const rijen = sqlite
      .prepare(
        `SELECT maand, sum(aantal) AS n FROM stat_klacht_normen WHERE maand BETWEEN ? AND ? AND norm IN (${plaats})
         ${afdelingId !== null ? "AND afdeling_id = ?" : ""} GROUP BY maand`,
      )
      .all(voorVan, naTot, ...normen, ...(afdelingId !== null ? [afdelingId] : [])) as { maand: number; n: number }[];
    for (const r of rijen) perMaand.set(r.maand, r.n);
  }
  const maanden: EffectMeting["maanden"] = [];
  let voor = 0;
  let na = 0;
  for (let i = R - N; i <= R - 1; i++) {
    const a = perMaand.get(uitIndex(i)) ?? 0;
    voor += a;
    maanden.push({ maand: uitIndex(i), aantal: a, venster: "voor" });
  }
  for (let i = R + 1; i <= R + maandenCompleet; i++) {
    const a = perMaand.get(uitIndex(i)) ?? 0;
    na += a;
    maanden.push({ maand: uitIndex(i), aantal: a, venster: "na" });
  }
  const perMaandVoor = voor / N;
  const perMaandNa = maandenCompleet > 0 ? na / maandenCompleet : null;
  const verandering = perMaandNa !== null && perMaandVoor > 0 ? Math.round(((perMaandNa - perMaandVoor) / perMaandVoor) * 1000) / 10 : null;
  return {
    vensterMaanden: N,
    normen,
    afdelingId,
    realisatieMaand: uitIndex(R),
    voor: { van: voorVan, tot: voorTot, aantal: voor },
    na: { van: naVan, tot: naTot, aantal: na, maandenCompleet },
    compleet: maandenCompleet === N,
    perMaandVoor,
    perMaandNa,
    verandering,
    maanden,
  };
}

function lesThema(sqlite: Database.Database, lesId: number | null): { normen: number[]; afdelingId: number | null } {
  if (lesId === null) return { normen: [], afdelingId: null };
  const normen = (sqlite.prepare("SELECT norm FROM leerlogboek_normen WHERE les_id = ? ORDER BY norm").all(lesId) as { norm: number }[]).map((r) => r.norm);
  const l = sqlite.prepare("SELECT afdeling_id FROM leerlogboek WHERE id = ?").get(lesId) as { afdeling_id: number | null } | undefined;
  return { normen, afdelingId: l?.afdeling_id ?? null };
}

/** The measurement for an action (realised or evaluated), for the page. */
export function effectVoorActie(id: string, vensterMaanden: number, nu = now()): EffectMeting | null {
  const { sqlite } = getDatabase();
  const v = sqlite.prepare("SELECT les_id, gerealiseerd_op FROM verbeteracties WHERE id = ?").get(id) as { les_id: number | null; gerealiseerd_op: number | null } | undefined;
  if (!v || v.gerealiseerd_op === null) return null;
  const t = lesThema(sqlite, v.les_id);
  return meetEffect(t.normen, t.afdelingId, v.gerealiseerd_op, vensterMaanden, nu);
}

// ------------------------------------------------------------------------------------------------ forms

const nieuwSchema = z.object({
  titel: z.string().trim().min(1, "Geef de verbeteractie een titel.").max(200, "De titel is te lang (ten hoogste 200 tekens)."),
  omschrijving: z.string().trim().min(1, "Beschrijf wat er gaat veranderen.").max(5000, "De omschrijving is te lang."),
  eigenaarId: z.string().trim().min(1, "Kies de eigenaar van de verbeteractie."),
  deadline: z.string().trim().min(1, "Kies de datum waarop de actie gerealiseerd moet zijn."),
});
export type NieuweActie = z.infer<typeof nieuwSchema>;

export function leesNieuweActie(form: FormData): { ok: true; invoer: NieuweActie } | { ok: false; fouten: Fouten } {
  const ruw = {
    titel: String(form.get("titel") ?? ""),
    omschrijving: String(form.get("omschrijving") ?? ""),
    eigenaarId: String(form.get("eigenaarId") ?? ""),
    deadline: String(form.get("deadline") ?? ""),
  };
  const p = nieuwSchema.safeParse(ruw);
  const fouten: Fouten = p.success ? {} : { ...z.flattenError(p.error).fieldErrors };
  if (!fouten.deadline && ruw.deadline) {
    const f = deadlineFout(ruw.deadline.trim());
    if (f) fouten.deadline = [f];
  }
  if (!fouten.eigenaarId && ruw.eigenaarId) {
    const m = medewerker(getDatabase().sqlite, ruw.eigenaarId.trim());
    if (!m || !m.actief) fouten.eigenaarId = ["Kies een actieve medewerker als eigenaar."];
  }
  // title and description are read with the lesson by all staff: like the lesson itself they name processes, not
  // people (the owner is a field of its own)
  const teksten = Object.fromEntries(Object.entries({ titel: ruw.titel, omschrijving: ruw.omschrijving }).filter(([k]) => !fouten[k]));
  Object.assign(fouten, toetsBlameless(teksten));
  if (!p.success || Object.values(fouten).some((f) => f?.length)) return { ok: false, fouten };
  return { ok: true, invoer: p.data };
}

/** Builds the machine event for a step form (server-side validation; EVALUEREN measures the effect here). */
export function leesStap(id: string, intent: StapIntent, form: FormData, nu = now(), taal: Taal = "nl"): { ok: true; event: VerbeteractieEvent } | { ok: false; fouten: Fouten } {
  const s = (k: string) => String(form.get(k) ?? "").trim();
  const t = (k: string) => vertaal(taal, `leerlogboek:actieFout.${k}`);
  switch (intent) {
    case "STARTEN":
      return { ok: true, event: { type: "STARTEN", op: nu } };
    case "REALISEREN":
      if (!s("toelichting")) return { ok: false, fouten: { toelichting: [t("realisatie")] } };
      if (s("toelichting").length > 5000) return { ok: false, fouten: { toelichting: [t("teLang")] } };
      return { ok: true, event: { type: "REALISEREN", toelichting: s("toelichting"), op: nu } };
    case "AFWIJZEN":
      if (!s("reden")) return { ok: false, fouten: { reden: [t("afwijsReden")] } };
      return { ok: true, event: { type: "AFWIJZEN", reden: s("reden").slice(0, 5000), op: nu } };
    case "WIJZIGEN": {
      const fouten: Fouten = {};
      const m = s("eigenaarId") ? medewerker(getDatabase().sqlite, s("eigenaarId")) : undefined;
      if (!m || !m.actief) fouten.eigenaarId = [t("eigenaar")];
      const df = deadlineFout(s("deadline"), nu);
      if (df) fouten.deadline = [df];
      if (Object.keys(fouten).length) return { ok: false, fouten };
      return { ok: true, event: { type: "WIJZIGEN", eigenaarId: m!.id, deadline: s("deadline"), termijnOp: deadlineMoment(s("deadline")) } };
    }
    case "EVALUEREN": {
      const fouten: Fouten = {};
      const effect = s("effect");
      if (!(EFFECTEN as readonly string[]).includes(effect)) fouten.effect = [t("effect")];
      const venster = Number(s("venster"));
      if (!(EVALUATIE_VENSTERS as readonly number[]).includes(venster)) fouten.venster = [t("venster")];
      if (!s("toelichting")) fouten.toelichting = [t("oordeel")];
      if (Object.keys(fouten).length) return { ok: false, fouten };
      const m = effectVoorActie(id, venster, nu);
      return {
        ok: true,
        event: {
          type: "EVALUEREN",
          effect: effect as Effect,
          toelichting: s("toelichting").slice(0, 5000),
          herhaalVoor: m ? m.voor.aantal : null,
          herhaalNa: m && m.na.maandenCompleet > 0 ? m.na.aantal : null,
          vensterMaanden: venster,
          naMaanden: m ? m.na.maandenCompleet : 0,
          op: nu,
        },
      };
    }
  }
}

// ------------------------------------------------------------------------------------------------ writing

/** Creates an action for lesson `lesId` (regieteam): voorgesteld, its deadline running from now. */
export function maakVerbeteractie(user: AppUser, lesId: number, invoer: NieuweActie, oorsprong: string | null = null): Uitkomst<{ id: string; nummer: string }> {
  if (!heeft(user, "regieteam")) return { ok: false, reden: "geweigerd", melding: "Alleen het regieteam maakt verbeteracties aan." };
  const { sqlite } = getDatabase();
  const les = sqlite.prepare("SELECT id, afdeling_id FROM leerlogboek WHERE id = ?").get(lesId) as { id: number; afdeling_id: number | null } | undefined;
  if (!les) return { ok: false, reden: "niet_gevonden", melding: "Deze les bestaat niet (meer)." };
  const eigenaar = medewerker(sqlite, invoer.eigenaarId);
  if (!eigenaar || !eigenaar.actief) return { ok: false, reden: "ongeldig", melding: null, fouten: { eigenaarId: ["Kies een actieve medewerker als eigenaar."] } };
  const df = deadlineFout(invoer.deadline);
  if (df) return { ok: false, reden: "ongeldig", melding: null, fouten: { deadline: [df] } };
  try {
    return sqlite.transaction(() => {
      const op = now();
      const id = crypto.randomUUID();
      const nummer = volgendNummer(sqlite, lokaleDelen(op).jaar);
      const termijnOp = deadlineMoment(invoer.deadline);
      startAfspraak(
        SOORT_VERBETERACTIE,
        { nummer, titel: invoer.titel, eigenaarId: eigenaar.id, afdelingId: les.afdeling_id, deadline: invoer.deadline, termijnOp },
        actorVan(user),
        { id, oorsprong },
      );
      sqlite
        .prepare(
          `INSERT INTO verbeteracties (id, nummer, les_id, titel, omschrijving, status, eigenaar_id, eigenaar_naam, afdeling_id, deadline, termijn_op,
             versie, aangemaakt_op, aangemaakt_door, gewijzigd_op)
           VALUES (?, ?, ?, ?, ?, 'voorgesteld', ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
        )
        .run(id, nummer, lesId, invoer.titel, invoer.omschrijving, eigenaar.id, eigenaar.naam, les.afdeling_id, invoer.deadline, termijnOp, op, user.id, op);
      auditRegel(sqlite, {
        actor: actorVan(user),
        actie: "verbeteractie.aangemaakt",
        objectType: "verbeteractie",
        objectId: id,
        resultaat: "ok",
        oorsprong,
        details: { nummer, les: lesId, eigenaar: eigenaar.id, deadline: invoer.deadline },
      });
      return { ok: true as const, id, nummer };
    })();
  } catch (err) {
    if (err instanceof WorkflowFout) return { ok: false, reden: "niet_toegestaan", melding: err.message };
    throw err;
  }
}

/** One step on action `id` loaded at `versie`, with the dossier columns in the same transaction. */
export function voerActieStapUit(user: AppUser, id: string, versie: number, event: VerbeteractieEvent, oorsprong: string | null = null, taal: Taal = "nl"): Uitkomst<{ versie: number; status: string }> {
  const t = (k: string) => vertaal(taal, `leerlogboek:actieFout.${k}`);
  const { sqlite } = getDatabase();
  const rij = sqlite.prepare("SELECT eigenaar_id FROM verbeteracties WHERE id = ?").get(id) as { eigenaar_id: string | null } | undefined;
  if (!rij) return { ok: false, reden: "niet_gevonden", melding: t("bestaatNiet") };
  if (!magStap(user, event.type, rij.eigenaar_id)) {
    const melding =
      STAP_ROLLEN[event.type] === "eigenaar_of_regieteam"
        ? t("eigenaarOfRegieteam")
        : t("regieteam");
    auditRegel(sqlite, { actor: actorVan(user), actie: `verbeteractie.${event.type}`, objectType: "verbeteractie", objectId: id, resultaat: "geweigerd", oorsprong, details: { reden: "rol" } });
    return { ok: false, reden: "geweigerd", melding };
  }
  let r: Uitkomst<{ versie: number; status: string }>;
  try {
    r = sqlite.transaction((): Uitkomst<{ versie: number; status: string }> => {
      const stap = pasToeInTransactie(sqlite, id, versie, event as unknown as WorkflowEvent, actorVan(user), { oorsprong });
      if (!stap.ok) return { ok: false, reden: stap.reden, melding: vertaalMelding(taal, stap.sleutel ?? stap.melding) };
      const na = laadContext(id)!;
      synchroniseer(sqlite, id, na.c, na.status, stap.versie, now());
      return { ok: true, versie: stap.versie, status: stap.status };
    })();
  } catch (err) {
    if (err instanceof WorkflowFout) r = { ok: false, reden: "niet_toegestaan", melding: vertaalMelding(taal, err.message) };
    else {
      logError("stap in verbeteractie mislukt", err, { verbeteractie: id, event: event.type });
      throw err;
    }
  }
  if (!r.ok && r.reden !== "niet_gevonden") {
    auditRegel(sqlite, { actor: actorVan(user), actie: `verbeteractie.${event.type}`, objectType: "verbeteractie", objectId: id, resultaat: "geweigerd", oorsprong, details: { reden: r.reden } });
  }
  return r;
}

// ------------------------------------------------------------------------------------------------ reading

export interface ActieRij {
  id: string;
  nummer: string;
  lesId: number | null;
  lesNummer: string | null;
  titel: string;
  status: VerbeteractieStatus;
  statusTekst: string;
  eigenaarId: string | null;
  eigenaarNaam: string | null;
  afdeling: string | null;
  deadline: string;
  termijnOp: number;
  teLaat: boolean;
  /** For the status badge: op_tijd / bijna / te_laat while open, klaar once realised, evaluated or rejected. */
  termijnStatus: "op_tijd" | "bijna" | "te_laat" | "klaar";
  opTijd: boolean | null;
  effect: string | null;
  /** the effect's code, so the page can name it in its own language */
  effectCode: string | null;
}

type RuweActie = {
  id: string;
  nummer: string;
  les_id: number | null;
  les_nummer: string | null;
  titel: string;
  status: VerbeteractieStatus;
  eigenaar_id: string | null;
  eigenaar_naam: string | null;
  afdeling: string | null;
  deadline: string;
  termijn_op: number;
  op_tijd: number | null;
  effect: string | null;
  te_laat: number;
  termijn_status: "op_tijd" | "bijna" | "te_laat" | null;
};

function alsActie(r: RuweActie): ActieRij {
  return {
    id: r.id,
    nummer: r.nummer,
    lesId: r.les_id,
    lesNummer: r.les_nummer,
    titel: r.titel,
    status: r.status,
    statusTekst: VERBETERACTIE_STATUS_TEKST[r.status] ?? r.status,
    eigenaarId: r.eigenaar_id,
    eigenaarNaam: r.eigenaar_naam,
    afdeling: r.afdeling,
    deadline: r.deadline,
    termijnOp: r.termijn_op,
    teLaat: r.te_laat === 1,
    termijnStatus: r.status === "voorgesteld" || r.status === "in_uitvoering" ? (r.te_laat === 1 ? "te_laat" : (r.termijn_status ?? "op_tijd")) : "klaar",
    opTijd: r.op_tijd === null ? null : r.op_tijd === 1,
    effect: r.effect ? (EFFECT_TEKST[r.effect as Effect] ?? r.effect) : null,
    effectCode: r.effect ?? null,
  };
}

const ACTIE_KOLOMMEN = `v.id, v.nummer, v.les_id, l.nummer AS les_nummer, v.titel, v.status, v.eigenaar_id, v.eigenaar_naam, a.naam AS afdeling,
  v.deadline, v.termijn_op, v.op_tijd, v.effect,
  (v.status IN ('voorgesteld', 'in_uitvoering') AND v.termijn_op < @nu) AS te_laat,
  (SELECT af.termijn_status FROM afspraken af WHERE af.id = v.id) AS termijn_status`;

export interface ActieFilter {
  status?: string;
  afdelingId?: number;
  eigenaarId?: string;
  norm?: number;
  teLaat?: boolean;
}

export function leesActieFilter(u: URLSearchParams): ActieFilter {
  const getal = (k: string) => {
    const n = Number(u.get(k));
    return u.get(k) && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const status = u.get("status");
  return {
    status: status && status in VERBETERACTIE_STATUS_TEKST ? status : undefined,
    afdelingId: getal("afdeling"),
    eigenaarId: u.get("eigenaar") || undefined,
    norm: getal("norm"),
    teLaat: u.get("telaat") === "ja",
  };
}

function actieWaar(user: Pick<AppUser, "id" | "rollen">, f: ActieFilter): { sql: string; p: Record<string, unknown> } {
  const delen: string[] = [];
  const p: Record<string, unknown> = { nu: now() };
  if (!heeft(user, "regieteam")) {
    delen.push(`(v.eigenaar_id = @ik OR v.eigenaar_id IN (SELECT medewerker_id FROM leidinggevenden WHERE leidinggevende_id = @ik)
      OR v.eigenaar_id IN (SELECT m.id FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE t.teamleider_id = @ik))`);
    p.ik = user.id;
  }
  if (f.status) {
    delen.push("v.status = @status");
    p.status = f.status;
  }
  if (f.afdelingId) {
    delen.push("v.afdeling_id = @afdeling");
    p.afdeling = f.afdelingId;
  }
  if (f.eigenaarId) {
    delen.push("v.eigenaar_id = @eigenaar");
    p.eigenaar = f.eigenaarId;
  }
  if (f.norm) {
    delen.push("v.les_id IN (SELECT les_id FROM leerlogboek_normen WHERE norm = @norm)");
    p.norm = f.norm;
  }
  if (f.teLaat) delen.push("v.status IN ('voorgesteld', 'in_uitvoering') AND v.termijn_op < @nu");
  return { sql: delen.length ? `WHERE ${delen.join(" AND ")}` : "", p };
}

/** The list this user may see: overdue first, then by due moment; closed ones last. */
export function zoekVerbeteracties(user: Pick<AppUser, "id" | "rollen">, f: ActieFilter, max = 500): ActieRij[] {
  const { sqlite } = getDatabase();
  const w = actieWaar(user, f);
  const rijen = sqlite
    .prepare(
      `SELECT ${ACTIE_KOLOMMEN} FROM verbeteracties v LEFT JOIN leerlogboek l ON l.id = v.les_id LEFT JOIN afdelingen a ON a.id = v.afdeling_id
       ${w.sql}
       ORDER BY te_laat DESC, (v.status IN ('voorgesteld', 'in_uitvoering')) DESC, v.termijn_op, v.nummer LIMIT @max`,
    )
    .all({ ...w.p, max }) as RuweActie[];
  return rijen.map(alsActie);
}

export function actiesVanLes(lesId: number): ActieRij[] {
  const { sqlite } = getDatabase();
  const rijen = sqlite
    .prepare(
      `SELECT ${ACTIE_KOLOMMEN} FROM verbeteracties v LEFT JOIN leerlogboek l ON l.id = v.les_id LEFT JOIN afdelingen a ON a.id = v.afdeling_id
       WHERE v.les_id = @les ORDER BY v.aangemaakt_op`,
    )
    .all({ les: lesId, nu: now() }) as RuweActie[];
  return rijen.map(alsActie);
}

export interface ActieDetail {
  actie: ActieRij & {
    omschrijving: string;
    versie: number;
    gestartOp: number | null;
    gerealiseerdOp: number | null;
    realisatieToelichting: string | null;
    afwijsreden: string | null;
    evaluatieToelichting: string | null;
    herhaalVoor: number | null;
    herhaalNa: number | null;
    vensterMaanden: number | null;
    naMaanden: number | null;
    aangemaaktOp: number;
  };
  les: { id: number; nummer: string; titel: string; normen: number[] } | null;
  termijnen: { termijnOp: number; tekst: string; status: string; fase: string; opTijd: boolean | null; verzet: boolean }[];
  geschiedenis: { op: number; type: string; door: string | null; van: string | null; naar: string }[];
  stappen: StapIntent[];
}

export function verbeteractieDetail(user: AppUser, id: string): ActieDetail | "geweigerd" | null {
  const { sqlite } = getDatabase();
  const r = sqlite
    .prepare(
      `SELECT ${ACTIE_KOLOMMEN}, v.omschrijving, v.versie, v.gestart_op, v.gerealiseerd_op, v.realisatie_toelichting, v.afwijsreden,
         v.evaluatie_toelichting, v.herhaal_voor, v.herhaal_na, v.evaluatie_venster_maanden, v.aangemaakt_op
       FROM verbeteracties v LEFT JOIN leerlogboek l ON l.id = v.les_id LEFT JOIN afdelingen a ON a.id = v.afdeling_id WHERE v.id = @id`,
    )
    .get({ id, nu: now() }) as
    | (RuweActie & {
        omschrijving: string;
        versie: number;
        gestart_op: number | null;
        gerealiseerd_op: number | null;
        realisatie_toelichting: string | null;
        afwijsreden: string | null;
        evaluatie_toelichting: string | null;
        herhaal_voor: number | null;
        herhaal_na: number | null;
        evaluatie_venster_maanden: number | null;
        aangemaakt_op: number;
      })
    | undefined;
  if (!r) return null;
  if (!magActieZien(user, r.eigenaar_id)) return "geweigerd";
  const ctx = laadContext(id);
  const les = r.les_id
    ? (sqlite.prepare("SELECT id, nummer, titel FROM leerlogboek WHERE id = ?").get(r.les_id) as { id: number; nummer: string; titel: string } | undefined)
    : undefined;
  const termijnen = termijnenVan(sqlite, id).map((t) => ({
    termijnOp: t.termijn_op,
    tekst: formatDatumTijd(t.termijn_op),
    status: t.status,
    fase: t.fase,
    opTijd: t.op_tijd === null ? null : Boolean(t.op_tijd),
    verzet: Boolean(t.verzet),
  }));
  const geschiedenis = (
    sqlite.prepare("SELECT type, actor_naam, op, van_status, naar_status FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer").all(id) as {
      type: string;
      actor_naam: string | null;
      op: number;
      van_status: string | null;
      naar_status: string;
    }[]
  ).map((g) => ({ op: g.op, type: g.type, door: g.actor_naam, van: g.van_status, naar: g.naar_status }));
  const stappen = ctx ? (stappenIn(ctx.status) as StapIntent[]).filter((s) => magStap(user, s, r.eigenaar_id)) : [];
  return {
    actie: {
      ...alsActie(r),
      omschrijving: r.omschrijving,
      versie: r.versie,
      gestartOp: r.gestart_op,
      gerealiseerdOp: r.gerealiseerd_op,
      realisatieToelichting: r.realisatie_toelichting,
      afwijsreden: r.afwijsreden,
      evaluatieToelichting: r.evaluatie_toelichting,
      herhaalVoor: r.herhaal_voor,
      herhaalNa: r.herhaal_na,
      vensterMaanden: r.evaluatie_venster_maanden,
      naMaanden: ctx?.c.evaluatie?.naMaanden ?? null,
      aangemaaktOp: r.aangemaakt_op,
    },
    les: les ? { ...les, normen: lesThema(sqlite, les.id).normen } : null,
    termijnen,
    geschiedenis,
    stappen,
  };
}

/** Active employees for the owner select. */
export function eigenaarKeuzes(): { id: string; naam: string }[] {
  return getDatabase().sqlite.prepare("SELECT id, naam FROM medewerkers WHERE actief = 1 ORDER BY naam COLLATE NOCASE").all() as { id: string; naam: string }[];
}

export function afdelingKeuzes(): { id: number; naam: string }[] {
  return getDatabase().sqlite.prepare("SELECT id, naam FROM afdelingen WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[];
}
