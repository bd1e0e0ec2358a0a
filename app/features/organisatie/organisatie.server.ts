/**
 * Organisation administration (beheer): afdelingen, teams, medewerkers with their roles and leidinggevenden.
 * Every change runs in one synchronous transaction together with its audit line (before/after facts, never a
 * password hash), and every edit checks the optimistic `versie` the form was loaded with.
 */
import type { AppLoadContext } from "@remix-run/node";
import { and, asc, count, eq, inArray, or, sql } from "drizzle-orm";
import { getDatabase } from "../../../db/client";
import { afdelingen, leidinggevenden, medewerkerRollen, medewerkers, teams, ROLLEN, type Rol } from "../../../db/schema";
import { audit, origin } from "../../platform/audit/audit.server";
import { endAllSessions, hashPassword } from "../../platform/auth/sessies.server";
import { maakWachtwoordLinkInTransactie, wachtwoordSleutel, type NieuweLink } from "../inloggen/wachtwoord.server";
import { nieuwId } from "../demodata/seed.server";
import { now } from "../../platform/clock";
import { alleWaarden } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal, vertaalFouten, vertaalMelding } from "../../platform/i18n/vertaal";

export type Fouten = Record<string, string[]>;
export type Actor = { id: string; naam: string };

export type Uitkomst<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; status: 400 | 404 | 409; fouten: Fouten; melding: string | null };

/** The refusal when the form's version is out of date (in Dutch; the functions below answer in the language asked). */
export const VERSIE_MELDING = vertaal("nl", "beheer:org.fout.verouderd");

/** Messages are written as keys ("beheer:org.fout.naam"); the exported changes word them through `inTaal`. */
function fout(status: 400 | 404 | 409, fouten: Fouten, melding: string | null = null): Uitkomst<never> {
  return { ok: false, status, fouten, melding };
}
const nietGevonden = () => fout(404, {}, "beheer:org.fout.nietGevonden");
const verouderd = () => fout(409, {}, "beheer:org.fout.verouderd");

/** A refused change with its field messages and notice in `taal` (Dutch by default). */
function inTaal<T extends object>(taal: Taal, r: Uitkomst<T>): Uitkomst<T> {
  if (r.ok) return r;
  return { ...r, fouten: vertaalFouten(r.fouten, taal), melding: r.melding === null ? null : vertaalMelding(taal, r.melding) };
}

function isUniekFout(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed/.test(err.message);
}

export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

// ——— Afdelingen ———————————————————————————————————————————————————————————————————

export interface AfdelingRij {
  id: number;
  naam: string;
  actief: boolean;
  versie: number;
  aantalTeams: number;
}

export function lijstAfdelingen(): AfdelingRij[] {
  const { db } = getDatabase();
  return db
    .select({
      id: afdelingen.id,
      naam: afdelingen.naam,
      actief: afdelingen.actief,
      versie: afdelingen.versie,
      aantalTeams: sql<number>`(select count(*) from teams t where t.afdeling_id = ${afdelingen.id})`,
    })
    .from(afdelingen)
    .orderBy(asc(afdelingen.naam))
    .all();
}

export function afdeling(id: number) {
  const { db } = getDatabase();
  return db.select().from(afdelingen).where(eq(afdelingen.id, id)).get() ?? null;
}

function naamFout(naam: string): string | null {
  const n = naam.trim();
  if (!n) return "beheer:org.fout.naam";
  if (n.length > 120) return "beheer:org.fout.naamMax";
  return null;
}

export function maakAfdeling(actor: Actor, naamRaw: string, context?: AppLoadContext, taal: Taal = "nl"): Uitkomst<{ id: number }> {
  return inTaal(taal, maakAfdelingSleutels(actor, naamRaw, context));
}

function maakAfdelingSleutels(actor: Actor, naamRaw: string, context?: AppLoadContext): Uitkomst<{ id: number }> {
  const naam = naamRaw.trim();
  const nf = naamFout(naam);
  if (nf) return fout(400, { naam: [nf] });
  const { db, sqlite } = getDatabase();
  try {
    return sqlite.transaction(() => {
      const rij = db.insert(afdelingen).values({ naam }).returning({ id: afdelingen.id }).get();
      audit({
        actor,
        actie: "afdeling.aangemaakt",
        objectType: "afdeling",
        objectId: rij.id,
        resultaat: "ok",
        oorsprong: origin(context),
        details: { na: { naam, actief: true } },
      });
      return { ok: true as const, id: rij.id };
    })();
  } catch (err) {
    if (isUniekFout(err)) return fout(400, { naam: ["beheer:org.fout.afdelingBestaat"] });
    throw err;
  }
}

export function wijzigAfdeling(
  actor: Actor,
  id: number,
  versie: number,
  invoer: { naam: string; actief: boolean },
  context?: AppLoadContext,
  taal: Taal = "nl",
): Uitkomst {
  return inTaal(taal, wijzigAfdelingSleutels(actor, id, versie, invoer, context));
}

function wijzigAfdelingSleutels(
  actor: Actor,
  id: number,
  versie: number,
  invoer: { naam: string; actief: boolean },
  context?: AppLoadContext,
): Uitkomst {
  const naam = invoer.naam.trim();
  const nf = naamFout(naam);
  if (nf) return fout(400, { naam: [nf] });
  const { db, sqlite } = getDatabase();
  try {
    return sqlite.transaction((): Uitkomst => {
      const voor = db.select().from(afdelingen).where(eq(afdelingen.id, id)).get();
      if (!voor) return nietGevonden();
      if (voor.versie !== versie) return verouderd();
      if (!invoer.actief && voor.actief) {
        const actieveTeams = db
          .select({ n: count() })
          .from(teams)
          .where(and(eq(teams.afdelingId, id), eq(teams.actief, true)))
          .get()!.n;
        if (actieveTeams > 0)
          return fout(400, {
            actief: [`beheer:org.fout.actieveTeams?aantal=${actieveTeams}`],
          });
      }
      db.update(afdelingen)
        .set({ naam, actief: invoer.actief, versie: voor.versie + 1 })
        .where(and(eq(afdelingen.id, id), eq(afdelingen.versie, versie)))
        .run();
      audit({
        actor,
        actie: "afdeling.gewijzigd",
        objectType: "afdeling",
        objectId: id,
        resultaat: "ok",
        oorsprong: origin(context),
        details: { voor: { naam: voor.naam, actief: voor.actief }, na: { naam, actief: invoer.actief } },
      });
      return { ok: true };
    })();
  } catch (err) {
    if (isUniekFout(err)) return fout(400, { naam: ["beheer:org.fout.afdelingBestaat"] });
    throw err;
  }
}

// ——— Teams ——————————————————————————————————————————————————————————————————————

export interface TeamRij {
  id: number;
  naam: string;
  actief: boolean;
  versie: number;
  afdelingId: number;
  afdelingNaam: string;
  teamleiderId: string | null;
  teamleiderNaam: string | null;
  aantalMedewerkers: number;
}

export function lijstTeams(): TeamRij[] {
  const { db } = getDatabase();
  return db
    .select({
      id: teams.id,
      naam: teams.naam,
      actief: teams.actief,
      versie: teams.versie,
      afdelingId: teams.afdelingId,
      afdelingNaam: afdelingen.naam,
      teamleiderId: teams.teamleiderId,
      teamleiderNaam: medewerkers.naam,
      aantalMedewerkers: sql<number>`(select count(*) from medewerkers m where m.team_id = ${teams.id} and m.actief = 1)`,
    })
    .from(teams)
    .innerJoin(afdelingen, eq(afdelingen.id, teams.afdelingId))
    .leftJoin(medewerkers, eq(medewerkers.id, teams.teamleiderId))
    .orderBy(asc(afdelingen.naam), asc(teams.naam))
    .all();
}

export function team(id: number) {
  const { db } = getDatabase();
  return db.select().from(teams).where(eq(teams.id, id)).get() ?? null;
}

export interface TeamInvoer {
  naam: string;
  afdelingId: number;
  teamleiderId: string | null;
  actief: boolean;
}

function controleerTeam(invoer: TeamInvoer): Fouten {
  const { db } = getDatabase();
  const f: Fouten = {};
  const nf = naamFout(invoer.naam);
  if (nf) f.naam = [nf];
  const afd = db.select().from(afdelingen).where(eq(afdelingen.id, invoer.afdelingId)).get();
  if (!afd) f.afdelingId = ["beheer:org.fout.afdeling"];
  else if (!afd.actief && invoer.actief) f.afdelingId = ["beheer:org.fout.afdelingInactief"];
  if (invoer.teamleiderId) {
    const tl = db.select().from(medewerkers).where(eq(medewerkers.id, invoer.teamleiderId)).get();
    if (!tl || !tl.actief) f.teamleiderId = ["beheer:org.fout.teamleider"];
  }
  return f;
}

export function maakTeam(actor: Actor, invoerRaw: Omit<TeamInvoer, "actief">, context?: AppLoadContext, taal: Taal = "nl"): Uitkomst<{ id: number }> {
  return inTaal(taal, maakTeamSleutels(actor, invoerRaw, context));
}

function maakTeamSleutels(actor: Actor, invoerRaw: Omit<TeamInvoer, "actief">, context?: AppLoadContext): Uitkomst<{ id: number }> {
  const invoer: TeamInvoer = { ...invoerRaw, naam: invoerRaw.naam.trim(), actief: true };
  const f = controleerTeam(invoer);
  if (Object.keys(f).length) return fout(400, f);
  const { db, sqlite } = getDatabase();
  try {
    return sqlite.transaction(() => {
      const rij = db
        .insert(teams)
        .values({ naam: invoer.naam, afdelingId: invoer.afdelingId, teamleiderId: invoer.teamleiderId })
        .returning({ id: teams.id })
        .get();
      audit({
        actor,
        actie: "team.aangemaakt",
        objectType: "team",
        objectId: rij.id,
        resultaat: "ok",
        oorsprong: origin(context),
        details: { na: invoer },
      });
      return { ok: true as const, id: rij.id };
    })();
  } catch (err) {
    if (isUniekFout(err)) return fout(400, { naam: ["beheer:org.fout.teamBestaat"] });
    throw err;
  }
}

export function wijzigTeam(actor: Actor, id: number, versie: number, invoerRaw: TeamInvoer, context?: AppLoadContext, taal: Taal = "nl"): Uitkomst {
  return inTaal(taal, wijzigTeamSleutels(actor, id, versie, invoerRaw, context));
}

function wijzigTeamSleutels(actor: Actor, id: number, versie: number, invoerRaw: TeamInvoer, context?: AppLoadContext): Uitkomst {
  const invoer: TeamInvoer = { ...invoerRaw, naam: invoerRaw.naam.trim() };
  const { db, sqlite } = getDatabase();
  try {
    return sqlite.transaction((): Uitkomst => {
      const voor = db.select().from(teams).where(eq(teams.id, id)).get();
      if (!voor) return nietGevonden();
      if (voor.versie !== versie) return verouderd();
      const f = controleerTeam({ ...invoer, actief: invoer.actief && (voor.actief || invoer.actief) });
      // Keeping an inactive team in an inactive afdeling is fine; only (re)activation needs an active afdeling.
      if (f.afdelingId && !invoer.actief) delete f.afdelingId;
      if (!invoer.actief && voor.actief) {
        const leden = db
          .select({ n: count() })
          .from(medewerkers)
          .where(and(eq(medewerkers.teamId, id), eq(medewerkers.actief, true)))
          .get()!.n;
        if (leden > 0) f.actief = [`beheer:org.fout.actieveLeden?aantal=${leden}`];
      }
      if (Object.keys(f).length) return fout(400, f);
      db.update(teams)
        .set({
          naam: invoer.naam,
          afdelingId: invoer.afdelingId,
          teamleiderId: invoer.teamleiderId,
          actief: invoer.actief,
          versie: voor.versie + 1,
        })
        .where(and(eq(teams.id, id), eq(teams.versie, versie)))
        .run();
      audit({
        actor,
        actie: "team.gewijzigd",
        objectType: "team",
        objectId: id,
        resultaat: "ok",
        oorsprong: origin(context),
        details: {
          voor: { naam: voor.naam, afdelingId: voor.afdelingId, teamleiderId: voor.teamleiderId, actief: voor.actief },
          na: invoer,
        },
      });
      return { ok: true };
    })();
  } catch (err) {
    if (isUniekFout(err)) return fout(400, { naam: ["beheer:org.fout.teamBestaat"] });
    throw err;
  }
}

// ——— Medewerkers ———————————————————————————————————————————————————————————————————

export interface MedewerkerFilter {
  zoek?: string;
  teamId?: number | null;
  rol?: Rol | null;
  actief?: "ja" | "nee" | "alle";
  pagina?: number;
}

export interface MedewerkerRij {
  id: string;
  naam: string;
  email: string;
  actief: boolean;
  teamId: number | null;
  teamNaam: string | null;
  rollen: Rol[];
}

export const PAGINA_GROOTTE = 50;

export function zoekMedewerkers(filter: MedewerkerFilter): { rijen: MedewerkerRij[]; totaal: number; pagina: number; paginas: number } {
  const { db } = getDatabase();
  const voorwaarden = [];
  const zoek = filter.zoek?.trim();
  if (zoek) {
    const patroon = `%${zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    voorwaarden.push(
      or(sql`${medewerkers.naam} like ${patroon} escape '\\'`, sql`${medewerkers.email} like ${patroon} escape '\\'`),
    );
  }
  if (filter.teamId) voorwaarden.push(eq(medewerkers.teamId, filter.teamId));
  if (filter.rol)
    voorwaarden.push(
      sql`exists (select 1 from medewerker_rollen r where r.medewerker_id = ${medewerkers.id} and r.rol = ${filter.rol})`,
    );
  const actief = filter.actief ?? "ja";
  if (actief !== "alle") voorwaarden.push(eq(medewerkers.actief, actief === "ja"));
  const where = voorwaarden.length ? and(...voorwaarden) : undefined;
  const totaal = db.select({ n: count() }).from(medewerkers).where(where).get()!.n;
  const paginas = Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE));
  const pagina = Math.min(Math.max(1, filter.pagina ?? 1), paginas);
  const basis = db
    .select({
      id: medewerkers.id,
      naam: medewerkers.naam,
      email: medewerkers.email,
      actief: medewerkers.actief,
      teamId: medewerkers.teamId,
      teamNaam: teams.naam,
    })
    .from(medewerkers)
    .leftJoin(teams, eq(teams.id, medewerkers.teamId))
    .where(where)
    .orderBy(asc(medewerkers.naam), asc(medewerkers.id))
    .limit(PAGINA_GROOTTE)
    .offset((pagina - 1) * PAGINA_GROOTTE)
    .all();
  const rollen = rollenPer(basis.map((b) => b.id));
  return { rijen: basis.map((b) => ({ ...b, rollen: rollen.get(b.id) ?? [] })), totaal, pagina, paginas };
}

function rollenPer(ids: string[]): Map<string, Rol[]> {
  const m = new Map<string, Rol[]>();
  if (!ids.length) return m;
  const { db } = getDatabase();
  for (const r of db.select().from(medewerkerRollen).where(inArray(medewerkerRollen.medewerkerId, ids)).all()) {
    const l = m.get(r.medewerkerId) ?? [];
    l.push(r.rol);
    m.set(r.medewerkerId, l);
  }
  for (const l of m.values()) l.sort((a, b) => ROLLEN.indexOf(a) - ROLLEN.indexOf(b));
  return m;
}

export interface MedewerkerDetail {
  id: string;
  naam: string;
  email: string;
  actief: boolean;
  teamId: number | null;
  versie: number;
  rollen: Rol[];
  leidinggevenden: string[];
  heeftWachtwoord: boolean;
}

export function medewerker(id: string): MedewerkerDetail | null {
  const { db } = getDatabase();
  const m = db.select().from(medewerkers).where(eq(medewerkers.id, id)).get();
  if (!m) return null;
  return {
    id: m.id,
    naam: m.naam,
    email: m.email,
    actief: m.actief,
    teamId: m.teamId,
    versie: m.versie,
    rollen: rollenPer([id]).get(id) ?? [],
    leidinggevenden: db
      .select({ id: leidinggevenden.leidinggevendeId })
      .from(leidinggevenden)
      .where(eq(leidinggevenden.medewerkerId, id))
      .all()
      .map((r) => r.id)
      .sort(),
    heeftWachtwoord: !!m.wachtwoordHash,
  };
}

/** Active medewerkers for choice lists (teamleider, leidinggevende). */
export function actieveMedewerkers(): { id: string; naam: string }[] {
  const { db } = getDatabase();
  return db
    .select({ id: medewerkers.id, naam: medewerkers.naam })
    .from(medewerkers)
    .where(eq(medewerkers.actief, true))
    .orderBy(asc(medewerkers.naam))
    .all();
}

/** Everyone (also inactive) for filters such as the audit page's actor. */
export function alleMedewerkers(): { id: string; naam: string; actief: boolean }[] {
  const { db } = getDatabase();
  return db
    .select({ id: medewerkers.id, naam: medewerkers.naam, actief: medewerkers.actief })
    .from(medewerkers)
    .orderBy(asc(medewerkers.naam))
    .all();
}

export interface MedewerkerInvoer {
  naam: string;
  email: string;
  teamId: number | null;
  rollen: Rol[];
  leidinggevenden: string[];
}

function controleerMedewerker(invoer: MedewerkerInvoer, eigenId: string | null): Fouten {
  const { db } = getDatabase();
  const f: Fouten = {};
  const nf = naamFout(invoer.naam);
  if (nf) f.naam = [nf];
  if (!invoer.email) f.email = ["beheer:mw.fout.email"];
  else if (invoer.email.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invoer.email))
    f.email = ["beheer:mw.fout.emailOngeldig"];
  else {
    const ander = db
      .select({ id: medewerkers.id })
      .from(medewerkers)
      .where(sql`lower(${medewerkers.email}) = ${invoer.email}`)
      .get();
    if (ander && ander.id !== eigenId) f.email = ["beheer:mw.fout.emailBestaat"];
  }
  if (!invoer.teamId) f.teamId = ["beheer:mw.fout.team"];
  else {
    const t = db.select().from(teams).where(eq(teams.id, invoer.teamId)).get();
    if (!t) f.teamId = ["beheer:mw.fout.team"];
  }
  if (!invoer.rollen.length) f.rollen = ["beheer:mw.fout.rol"];
  else if (invoer.rollen.some((r) => !ROLLEN.includes(r))) f.rollen = ["beheer:mw.fout.rolBestaat"];
  if (invoer.leidinggevenden.length) {
    if (eigenId && invoer.leidinggevenden.includes(eigenId))
      f.leidinggevenden = ["beheer:mw.fout.eigenLeidinggevende"];
    else {
      const gevonden = db
        .select({ id: medewerkers.id })
        .from(medewerkers)
        .where(and(inArray(medewerkers.id, invoer.leidinggevenden), eq(medewerkers.actief, true)))
        .all();
      if (gevonden.length !== new Set(invoer.leidinggevenden).size)
        f.leidinggevenden = ["beheer:mw.fout.leidinggevende"];
    }
  }
  return f;
}

function feiten(d: MedewerkerDetail | (MedewerkerInvoer & { actief: boolean })) {
  return {
    naam: d.naam,
    email: d.email,
    teamId: d.teamId,
    rollen: [...d.rollen].sort(),
    leidinggevenden: [...d.leidinggevenden].sort(),
    actief: d.actief,
  };
}

export type WachtwoordKeuze = { soort: "wachtwoord"; wachtwoord: string } | { soort: "link" };

export async function maakMedewerker(
  actor: Actor,
  invoerRaw: MedewerkerInvoer,
  wachtwoord: WachtwoordKeuze,
  opts: { context?: AppLoadContext; basisUrl?: string; taal?: Taal } = {},
): Promise<Uitkomst<{ id: string; link: NieuweLink | null }>> {
  return inTaal(opts.taal ?? "nl", await maakMedewerkerSleutels(actor, invoerRaw, wachtwoord, opts));
}

async function maakMedewerkerSleutels(
  actor: Actor,
  invoerRaw: MedewerkerInvoer,
  wachtwoord: WachtwoordKeuze,
  opts: { context?: AppLoadContext; basisUrl?: string },
): Promise<Uitkomst<{ id: string; link: NieuweLink | null }>> {
  const invoer = normaliseer(invoerRaw);
  const f = controleerMedewerker(invoer, null);
  if (wachtwoord.soort === "wachtwoord") {
    const p = wachtwoordSleutel(wachtwoord.wachtwoord);
    if (p) f.wachtwoord = [p];
  }
  if (Object.keys(f).length) return fout(400, f);
  const hash = wachtwoord.soort === "wachtwoord" ? await hashPassword(wachtwoord.wachtwoord) : null;
  const { db, sqlite } = getDatabase();
  const id = nieuwId();
  try {
    return sqlite.transaction(() => {
      const t = now();
      db.insert(medewerkers)
        .values({ id, naam: invoer.naam, email: invoer.email, teamId: invoer.teamId, wachtwoordHash: hash, aangemaaktOp: t, gewijzigdOp: t })
        .run();
      for (const rol of new Set(invoer.rollen)) db.insert(medewerkerRollen).values({ medewerkerId: id, rol }).run();
      for (const l of new Set(invoer.leidinggevenden)) db.insert(leidinggevenden).values({ medewerkerId: id, leidinggevendeId: l }).run();
      audit({
        actor,
        actie: "medewerker.aangemaakt",
        objectType: "medewerker",
        objectId: id,
        resultaat: "ok",
        oorsprong: origin(opts.context),
        details: { na: feiten({ ...invoer, actief: true }), wachtwoord: wachtwoord.soort === "wachtwoord" ? "ingesteld" : "link" },
      });
      const link = wachtwoord.soort === "link" ? maakWachtwoordLinkInTransactie(id, actor, { context: opts.context, basisUrl: opts.basisUrl }) : null;
      return { ok: true as const, id, link };
    })();
  } catch (err) {
    if (isUniekFout(err)) return fout(400, { email: ["beheer:mw.fout.emailBestaat"] });
    throw err;
  }
}

function normaliseer(i: MedewerkerInvoer): MedewerkerInvoer {
  return {
    naam: i.naam.trim(),
    email: normaliseerEmail(i.email),
    teamId: i.teamId,
    rollen: [...new Set(i.rollen)],
    leidinggevenden: [...new Set(i.leidinggevenden.filter(Boolean))],
  };
}

export function wijzigMedewerker(
  actor: Actor,
  id: string,
  versie: number,
  invoerRaw: MedewerkerInvoer,
  context?: AppLoadContext,
  taal: Taal = "nl",
): Uitkomst {
  return inTaal(taal, wijzigMedewerkerSleutels(actor, id, versie, invoerRaw, context));
}

function wijzigMedewerkerSleutels(
  actor: Actor,
  id: string,
  versie: number,
  invoerRaw: MedewerkerInvoer,
  context?: AppLoadContext,
): Uitkomst {
  const invoer = normaliseer(invoerRaw);
  const { db, sqlite } = getDatabase();
  try {
    return sqlite.transaction((): Uitkomst => {
      const voor = medewerker(id);
      if (!voor) return nietGevonden();
      if (voor.versie !== versie) return verouderd();
      const f = controleerMedewerker(invoer, id);
      if (actor.id === id && voor.rollen.includes("beheerder") && !invoer.rollen.includes("beheerder"))
        f.rollen = ["beheer:mw.fout.eigenRol"];
      if (Object.keys(f).length) return fout(400, f);
      db.update(medewerkers)
        .set({ naam: invoer.naam, email: invoer.email, teamId: invoer.teamId, versie: voor.versie + 1, gewijzigdOp: now() })
        .where(and(eq(medewerkers.id, id), eq(medewerkers.versie, versie)))
        .run();
      db.delete(medewerkerRollen).where(eq(medewerkerRollen.medewerkerId, id)).run();
      for (const rol of invoer.rollen) db.insert(medewerkerRollen).values({ medewerkerId: id, rol }).run();
      db.delete(leidinggevenden).where(eq(leidinggevenden.medewerkerId, id)).run();
      for (const l of invoer.leidinggevenden) db.insert(leidinggevenden).values({ medewerkerId: id, leidinggevendeId: l }).run();
      audit({
        actor,
        actie: "medewerker.gewijzigd",
        objectType: "medewerker",
        objectId: id,
        resultaat: "ok",
        oorsprong: origin(context),
        details: { voor: feiten(voor), na: feiten({ ...invoer, actief: voor.actief }) },
      });
      return { ok: true };
    })();
  } catch (err) {
    if (isUniekFout(err)) return fout(400, { email: ["beheer:mw.fout.emailBestaat"] });
    throw err;
  }
}

/**
 * (De)activates a medewerker. Deactivation ends all their sessions and voids their unused password links;
 * a deactivated medewerker cannot log in. A beheerder cannot deactivate themselves.
 */
export async function zetMedewerkerActief(
  actor: Actor,
  id: string,
  versie: number,
  actief: boolean,
  context?: AppLoadContext,
  taal: Taal = "nl",
): Promise<Uitkomst> {
  return inTaal(taal, await zetMedewerkerActiefSleutels(actor, id, versie, actief, context));
}

async function zetMedewerkerActiefSleutels(
  actor: Actor,
  id: string,
  versie: number,
  actief: boolean,
  context?: AppLoadContext,
): Promise<Uitkomst> {
  if (actor.id === id && !actief) return fout(400, {}, "beheer:mw.fout.zelfDeactiveren");
  const { db, sqlite } = getDatabase();
  const r = sqlite.transaction((): Uitkomst => {
    const voor = db.select().from(medewerkers).where(eq(medewerkers.id, id)).get();
    if (!voor) return nietGevonden();
    if (voor.versie !== versie) return verouderd();
    if (voor.actief === actief) return { ok: true };
    db.update(medewerkers)
      .set({ actief, versie: voor.versie + 1, gewijzigdOp: now() })
      .where(and(eq(medewerkers.id, id), eq(medewerkers.versie, versie)))
      .run();
    let geleideTeams: number[] = [];
    if (!actief) {
      sqlite.prepare(`DELETE FROM wachtwoord_links WHERE medewerker_id = ? AND gebruikt_op IS NULL`).run(id);
      // A deactivated person cannot lead a team: the team keeps no teamleider until a beheerder picks one.
      geleideTeams = db.select({ id: teams.id }).from(teams).where(eq(teams.teamleiderId, id)).all().map((t) => t.id);
      if (geleideTeams.length)
        sqlite.prepare(`UPDATE teams SET teamleider_id = NULL, versie = versie + 1 WHERE teamleider_id = ?`).run(id);
    }
    audit({
      actor,
      actie: actief ? "medewerker.geactiveerd" : "medewerker.gedeactiveerd",
      objectType: "medewerker",
      objectId: id,
      resultaat: "ok",
      oorsprong: origin(context),
      details: {
        voor: { actief: voor.actief },
        na: { actief },
        ...(geleideTeams.length ? { teamleiderVerwijderdBijTeams: geleideTeams } : {}),
      },
    });
    return { ok: true };
  })();
  if (r.ok && !actief) await endAllSessions(id);
  return r;
}

export { ROLLEN };
export type { Rol };

/** What the medewerker form sent, as typed (to send back on errors), and as input for the server. */
export interface MedewerkerFormulier {
  naam: string;
  email: string;
  teamId: string;
  rollen: string[];
  leidinggevenden: string[];
}

export function leesMedewerkerFormulier(form: FormData): { ruw: MedewerkerFormulier; invoer: MedewerkerInvoer } {
  const tekst = (k: string, max = 500) => {
    const v = form.get(k);
    return typeof v === "string" ? v.slice(0, max) : "";
  };
  const lijst = (k: string) =>
    alleWaarden(form, k)
      .filter((v) => v.length > 0 && v.length <= 100)
      .slice(0, 50);
  const ruw: MedewerkerFormulier = {
    naam: tekst("naam"),
    email: tekst("email", 300),
    teamId: tekst("teamId", 20),
    rollen: lijst("rollen"),
    leidinggevenden: lijst("leidinggevenden"),
  };
  const teamId = Number(ruw.teamId);
  return {
    ruw,
    invoer: {
      naam: ruw.naam,
      email: ruw.email,
      teamId: Number.isSafeInteger(teamId) && teamId > 0 ? teamId : null,
      rollen: ruw.rollen as Rol[],
      leidinggevenden: ruw.leidinggevenden,
    },
  };
}

/** Teams to choose from on the medewerker form: active ones, plus the current one (even if inactive). */
export function teamKeuzes(huidig: number | null = null): { id: number; naam: string; afdelingNaam: string; actief: boolean }[] {
  return lijstTeams()
    .filter((t) => t.actief || t.id === huidig)
    .map((t) => ({ id: t.id, naam: t.naam, afdelingNaam: t.afdelingNaam, actief: t.actief }));
}
