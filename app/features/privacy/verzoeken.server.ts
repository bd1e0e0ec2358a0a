/**
 * Privacy requests (issue 17): AVG art. 15 (inzage), 16 (rectificatie) and 18 (beperking), handled by the
 * privacy role (the FG / privacy officer). A request is a commitment of soort 'privacyverzoek'
 * (workflows/privacyverzoek/machine.ts) with the statutory term: one month after receipt (art. 12 lid 3),
 * computed on the Atw calendar by the charter norm PRIVACYVERZOEK (eenheid maanden), with the engine's warnings
 * and escalation; an extension by two further months only with the recorded notice to the citizen.
 *
 * What a request does is done here, each in one transaction with its workflow event (VASTLEGGEN) and audit line:
 * - inzage: the package (pakket.server.ts) — recorded in privacy_pakketten with the SHA-256 of its JSON;
 * - rectificatie: a field of the citizen's record corrected, the old and new value kept in privacy_rectificaties;
 * - beperking: a row in privacy_beperkingen, which the engine and the klantbeeld read
 *   (app/platform/engine/beperking.server.ts): hidden from everyone but the privacy role, processing refused.
 * Every read and change by the privacy role is audited (actie privacy.*).
 */
import { z } from "zod";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { audit } from "../../platform/audit/audit.server";
import { now } from "../../platform/clock";
import type { AppUser } from "../../platform/auth/permissions.server";
import { kalenders, normVersieOp } from "../../platform/engine/normen.server";
import {
  herstelSnapshot,
  laadAfspraakRij,
  pasToeInTransactie,
  registreerWorkflow,
  startAfspraak,
  WorkflowFout,
  type Actor,
  type WorkflowEvent,
} from "../../platform/engine/runtime.server";
import { registreerVrijVanBeperking } from "../../platform/engine/beperking.server";
import { berekenTermijn, verklaarTermijn, type TermijnNorm } from "../../domain/kalender";
import { beginVanDag, dagVanIso, isoDatum } from "../../domain/kalender/tijd";
import { formatDatumTijd } from "../../domain/kalender/format";
import {
  BESLUIT_TEKST,
  BESLUITEN,
  PRIVACY_STATUS_TEKST,
  privacyverzoekMachine,
  SOORT_PRIVACYVERZOEK,
  toestandVan,
  VERZOEK_SOORT_TEKST,
  VERZOEK_SOORTEN,
  weigeringSleutelVan,
  type PrivacyToestand,
  type PrivacyverzoekContext,
  type PrivacyverzoekEvent,
  type VerzoekSoort,
} from "../../../workflows/privacyverzoek/machine";
import { PRIVACY_NORM, VERLENGING_MAANDEN } from "./norm";
import { achternaamVan, burgerNaam, burgerOpId, normaliseerEmail, normaliseerNaam, normaliseerTelefoon } from "../klantbeeld/klantbeeld.server";
import { formatTelefoon } from "../../domain/telefoon";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal, vertaalFouten, vertaalMelding, vertaler } from "../../platform/i18n/vertaal";

export { BESLUIT_TEKST, BESLUITEN, PRIVACY_STATUS_TEKST, SOORT_PRIVACYVERZOEK, VERZOEK_SOORT_TEKST, VERZOEK_SOORTEN };
export type { VerzoekSoort, PrivacyToestand };

// ------------------------------------------------------------------------------------------------ registration

export function registreerPrivacyWorkflow(): void {
  registreerWorkflow({
    soort: SOORT_PRIVACYVERZOEK,
    machine: privacyverzoekMachine,
    // No names in the title: titles show up in inboxes and escalation lists.
    projectie: (s) => ({
      titel: VERZOEK_SOORT_TEKST[s.context.soort],
      eigenaarId: s.context.eigenaarId,
      teamId: s.context.teamId,
      burgerId: s.context.burgerId,
      kanaal: s.context.kanaal,
    }),
    weigering: (s, e) => weigeringSleutelVan(s.context, toestandVan(s.value), e as unknown as PrivacyverzoekEvent),
    statusNaam: (st) => PRIVACY_STATUS_TEKST[st as PrivacyToestand] ?? st,
    link: (id) => `/privacy/${id}`,
  });
  // Handling the request is itself allowed while the citizen's data is restricted (art. 18 lid 2).
  registreerVrijVanBeperking(SOORT_PRIVACYVERZOEK);
}
registreerPrivacyWorkflow();

// ------------------------------------------------------------------------------------------------ the term

/** The statutory norm exists even in a charter a beheerder set up without it (added on first use). */
export function zorgVoorPrivacyNorm(sqlite: Database.Database = getDatabase().sqlite): void {
  const bestaat = sqlite.prepare("SELECT id FROM normen WHERE code = ?").get(PRIVACY_NORM.code) as { id: number } | undefined;
  if (bestaat && sqlite.prepare("SELECT 1 FROM norm_versies WHERE norm_id = ?").get(bestaat.id)) return;
  sqlite.transaction(() => {
    const id = bestaat?.id ?? Number(sqlite.prepare("INSERT INTO normen (code) VALUES (?)").run(PRIVACY_NORM.code).lastInsertRowid);
    const n = PRIVACY_NORM;
    sqlite
      .prepare(
        `INSERT INTO norm_versies (norm_id, versie, geldig_vanaf, titel, mijlpaal, duur, eenheid, kalender, waarschuwing_pct,
           escalatie_teamleider, escalatie_regieteam_na_werkdagen, pauzeerbaar, belofte, actief, gemaakt_door, gemaakt_op)
         VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1, NULL, ?)`,
      )
      .run(id, Date.UTC(2020, 0, 1), n.titel, n.mijlpaal, n.duur, n.eenheid, n.kalender, n.waarschuwingPct, n.escalatieTeamleider ? 1 : 0, n.escalatieRegieteamNaWerkdagen, n.belofte, now());
  })();
}

function termijnNormOp(ontvangenOp: number): TermijnNorm {
  const v = normVersieOp({ code: PRIVACY_NORM.code }, ontvangenOp);
  return v && v.eenheid === "maanden" ? { duur: v.duur, eenheid: v.eenheid, kalender: v.kalender } : { duur: PRIVACY_NORM.duur, eenheid: "maanden", kalender: "atw" };
}

/** The due moment: one month after receipt (art. 12 lid 3) on the Atw calendar — 31 Jan → 28/29 Feb. */
export function privacyTermijn(ontvangenOp: number): number {
  return berekenTermijn(kalenders(), ontvangenOp, termijnNormOp(ontvangenOp));
}

/** The extended due moment: two further months, i.e. three months after receipt. */
export function verlengdeTermijn(ontvangenOp: number): number {
  const n = termijnNormOp(ontvangenOp);
  return berekenTermijn(kalenders(), ontvangenOp, { ...n, duur: n.duur + VERLENGING_MAANDEN });
}

export function termijnUitleg(ontvangenOp: number): string {
  return verklaarTermijn(kalenders(), ontvangenOp, termijnNormOp(ontvangenOp));
}

// ------------------------------------------------------------------------------------------------ forms

export type Fouten = Record<string, string[] | undefined>;

const KANALEN = ["brief", "e-mail", "balie", "telefoon", "webformulier"] as const;
export const KANAAL_TEKST: Record<(typeof KANALEN)[number], string> = {
  brief: "Brief",
  "e-mail": "E-mail",
  balie: "Balie",
  telefoon: "Telefoon",
  webformulier: "Webformulier",
};
export { KANALEN };

/** A text field; `naam` names its messages in the privacy namespace (fout.<naam>, fout.<naam>Min). */
const tekst = (min: number, max: number, naam: string) =>
  z
    .string({ error: `privacy:fout.${naam}` })
    .trim()
    .min(min, min <= 1 ? `privacy:fout.${naam}` : `privacy:fout.${naam}Min?min=${min}`)
    .max(max, `privacy:fout.max?max=${max}`);

const datum = z
  .string({ error: "privacy:fout.datum" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "privacy:fout.datumOngeldig")
  .refine((d) => {
    try {
      return isoDatum(beginVanDag(dagVanIso(d))) === d;
    } catch {
      return false;
    }
  }, "privacy:fout.datumBestaatNiet");

const versie = z.coerce.number({ error: "privacy:fout.versie" }).int().min(1);

export const NieuwVerzoekSchema = z.object({
  burgerId: z.string({ error: "privacy:fout.burger" }).trim().min(1, "privacy:fout.burger"),
  soort: z.enum(VERZOEK_SOORTEN, { error: "privacy:fout.soort" }),
  ontvangenDatum: datum,
  kanaal: z.enum(KANALEN, { error: "privacy:fout.kanaal" }),
  omschrijving: tekst(10, 4000, "omschrijving"),
});

export const VerlengSchema = z.object({
  versie,
  reden: tekst(5, 1000, "verlengReden"),
  kennisgeving: tekst(20, 4000, "kennisgeving"),
  kennisgevingDatum: datum,
});

export const AfhandelSchema = z.object({
  versie,
  besluit: z.enum(BESLUITEN, { error: "privacy:fout.besluit" }),
  toelichting: tekst(10, 4000, "toelichting"),
});

export const IntrekSchema = z.object({ versie, reden: tekst(5, 1000, "intrekReden") });

export const RECTIFICATIE_VELDEN = ["naam", "telefoon", "email"] as const;
export const VELD_TEKST: Record<(typeof RECTIFICATIE_VELDEN)[number], string> = { naam: "Naam", telefoon: "Telefoonnummer", email: "E-mailadres" };

export const RectificatieSchema = z.object({
  versie,
  veld: z.enum(RECTIFICATIE_VELDEN, { error: "privacy:fout.veld" }),
  nieuweWaarde: z.string().trim().max(200, "privacy:fout.max?max=200").optional().default(""),
  reden: tekst(5, 1000, "rectReden"),
});

export const BeperkSchema = z.object({ versie, reden: tekst(5, 1000, "beperkReden") });
export const OpheffenSchema = z.object({ reden: tekst(5, 1000, "ophefReden") });

// ------------------------------------------------------------------------------------------------ helpers

function actorVan(u: Pick<AppUser, "id" | "naam">): Actor {
  return { id: u.id, naam: u.naam };
}

export interface Verzoek {
  id: string;
  versie: number;
  status: PrivacyToestand;
  c: PrivacyverzoekContext;
  aangemaaktOp: number;
}

export function laadVerzoek(id: string): Verzoek | null {
  const rij = laadAfspraakRij(id);
  if (!rij || rij.soort !== SOORT_PRIVACYVERZOEK) return null;
  const s = herstelSnapshot(privacyverzoekMachine, rij.snapshot);
  return { id, versie: rij.versie, status: toestandVan(s.value), c: s.context, aangemaaktOp: rij.aangemaakt_op };
}

/** The instant for a date typed in a form: 12:00 local on that day (a receipt date has no time). */
function middagVan(d: string): number {
  return beginVanDag(dagVanIso(d)) + 12 * 3_600_000;
}

export type Uitkomst<T = object> = ({ ok: true } & T) | { ok: false; status: number; melding: string | null; fouten: Fouten };

function geweigerd(status: number, melding: string, fouten: Fouten = {}): { ok: false; status: number; melding: string; fouten: Fouten } {
  return { ok: false, status, melding, fouten };
}

/** Field errors worded in `taal` (the schemas carry dictionary keys); Dutch unless asked. */
function zodFouten(err: z.ZodError, taal: Taal = "nl"): Fouten {
  return vertaalFouten(z.flattenError(err).fieldErrors as Fouten, taal);
}

/** A step on the request inside the caller's transaction; refusals throw so everything rolls back. */
function stapInTransactie(sqlite: Database.Database, id: string, versie: number | null, e: PrivacyverzoekEvent, user: AppUser, oorsprong: string | null): number {
  const r = pasToeInTransactie(sqlite, id, versie, e as unknown as WorkflowEvent, actorVan(user), { oorsprong });
  if (!r.ok) throw new StapGeweigerd(r.sleutel ?? r.melding, r.reden === "verouderd" ? 409 : r.reden === "niet_gevonden" ? 404 : 422);
  return r.versie;
}

class StapGeweigerd extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Runs a step; a refusal is answered in `taal` (a refusal's message may be a dictionary key). */
function metWeigering<T extends object>(fn: () => { ok: true } & T, taal: Taal = "nl"): Uitkomst<T> {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StapGeweigerd) return geweigerd(err.status, vertaalMelding(taal, err.message));
    if (err instanceof WorkflowFout) return geweigerd(422, vertaalMelding(taal, err.message));
    throw err;
  }
}

// ------------------------------------------------------------------------------------------------ register

/** A new request for a citizen found in the klantbeeld. The term starts at receipt. */
export function maakVerzoek(user: AppUser, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst<{ id: string }> {
  const t = vertaler(taal);
  const v = NieuwVerzoekSchema.safeParse(invoer);
  if (!v.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(v.error, taal) };
  const d = v.data;
  const burger = burgerOpId(d.burgerId);
  if (!burger) return geweigerd(404, t("privacy:fout.burgerWeg"), { burgerId: [t("privacy:fout.burgerOnbekend")] });
  const nu = now();
  const ontvangenOp = Math.min(middagVan(d.ontvangenDatum), nu);
  if (d.ontvangenDatum > isoDatum(nu)) return { ok: false, status: 400, melding: null, fouten: { ontvangenDatum: [t("privacy:fout.toekomst")] } };
  if (nu - ontvangenOp > 92 * 86_400_000)
    return { ok: false, status: 400, melding: null, fouten: { ontvangenDatum: [t("privacy:fout.teOud")] } };
  zorgVoorPrivacyNorm();
  const { sqlite } = getDatabase();
  const team = sqlite.prepare("SELECT team_id FROM medewerkers WHERE id = ?").get(user.id) as { team_id: number | null } | undefined;
  return metWeigering(() => {
    const id = sqlite.transaction(() => {
      const { id } = startAfspraak(
        SOORT_PRIVACYVERZOEK,
        {
          soort: d.soort,
          burgerId: burger.id,
          ontvangenOp,
          kanaal: d.kanaal,
          omschrijving: d.omschrijving,
          eigenaarId: user.id,
          teamId: team?.team_id ?? null,
          termijnOp: privacyTermijn(ontvangenOp),
        },
        actorVan(user),
        { oorsprong, handvestPeilOp: ontvangenOp },
      );
      audit({
        actor: actorVan(user),
        actie: "privacy.verzoek_geregistreerd",
        objectType: "burger",
        objectId: burger.id,
        resultaat: "ok",
        oorsprong,
        details: { verzoekId: id, soort: d.soort, ontvangen: d.ontvangenDatum },
      });
      return id;
    })();
    return { ok: true as const, id };
  }, taal);
}

// ------------------------------------------------------------------------------------------------ reads

export interface VerzoekRij {
  id: string;
  soort: VerzoekSoort;
  soortTekst: string;
  burgerId: string;
  burgerNaam: string;
  status: PrivacyToestand;
  statusTekst: string;
  ontvangenOp: number;
  termijnOp: number | null;
  termijnStatus: string | null;
  verlengd: boolean;
}

/** All privacy requests, open ones first by due moment. Audited (the list shows citizens' names). */
export function verzoekenLijst(user: AppUser, oorsprong: string | null): VerzoekRij[] {
  const { sqlite } = getDatabase();
  const rijen = sqlite
    .prepare(
      `SELECT a.id, a.snapshot, a.status, a.open, a.termijn_op, a.termijn_status, b.naam AS burger_naam
         FROM afspraken a LEFT JOIN burgers b ON b.id = a.burger_id
        WHERE a.soort = ? ORDER BY a.open DESC, a.termijn_op IS NULL, a.termijn_op, a.aangemaakt_op DESC LIMIT 500`,
    )
    .all(SOORT_PRIVACYVERZOEK) as { id: string; snapshot: string; status: string; open: number; termijn_op: number | null; termijn_status: string | null; burger_naam: string | null }[];
  audit({ actor: actorVan(user), actie: "privacy.lijst", objectType: "privacyverzoek", objectId: null, resultaat: "ok", oorsprong, details: { aantal: rijen.length } });
  return rijen.map((r) => {
    const c = (JSON.parse(r.snapshot) as { context: PrivacyverzoekContext }).context;
    const status = toestandVan(r.status);
    return {
      id: r.id,
      soort: c.soort,
      soortTekst: VERZOEK_SOORT_TEKST[c.soort],
      burgerId: c.burgerId,
      burgerNaam: burgerNaam(r.burger_naam),
      status,
      statusTekst: PRIVACY_STATUS_TEKST[status],
      ontvangenOp: c.ontvangenOp,
      termijnOp: r.termijn_op ?? c.verlenging?.nieuwOp ?? c.termijnOp,
      termijnStatus: r.open ? r.termijn_status : null,
      verlengd: !!c.verlenging,
    };
  });
}

export interface Rectificatie {
  veld: string;
  veldTekst: string;
  oudeWaarde: string | null;
  nieuweWaarde: string | null;
  reden: string;
  door: string;
  op: number;
}

export function rectificatiesVan(burgerId: string): Rectificatie[] {
  const { sqlite } = getDatabase();
  return (
    sqlite
      .prepare("SELECT veld, oude_waarde, nieuwe_waarde, reden, door_naam, op FROM privacy_rectificaties WHERE burger_id = ? ORDER BY op, id")
      .all(burgerId) as { veld: string; oude_waarde: string | null; nieuwe_waarde: string | null; reden: string; door_naam: string; op: number }[]
  ).map((r) => ({
    veld: r.veld,
    veldTekst: VELD_TEKST[r.veld as keyof typeof VELD_TEKST] ?? r.veld,
    oudeWaarde: r.oude_waarde,
    nieuweWaarde: r.nieuwe_waarde,
    reden: r.reden,
    door: r.door_naam,
    op: r.op,
  }));
}

export interface Beperking {
  id: number;
  verzoekId: string;
  reden: string;
  sindsOp: number;
  opgehevenOp: number | null;
  opheffingReden: string | null;
}

export function beperkingenVan(burgerId: string): Beperking[] {
  const { sqlite } = getDatabase();
  return (
    sqlite
      .prepare("SELECT id, verzoek_id, reden, sinds_op, opgeheven_op, opheffing_reden FROM privacy_beperkingen WHERE burger_id = ? ORDER BY sinds_op, id")
      .all(burgerId) as { id: number; verzoek_id: string; reden: string; sinds_op: number; opgeheven_op: number | null; opheffing_reden: string | null }[]
  ).map((r) => ({ id: r.id, verzoekId: r.verzoek_id, reden: r.reden, sindsOp: r.sinds_op, opgehevenOp: r.opgeheven_op, opheffingReden: r.opheffing_reden }));
}

export function pakkettenVan(verzoekId: string): { gemaaktOp: number; sha256: string; aantalRecords: number }[] {
  const { sqlite } = getDatabase();
  return (
    sqlite.prepare("SELECT gemaakt_op, sha256, aantal_records FROM privacy_pakketten WHERE verzoek_id = ? ORDER BY gemaakt_op, id").all(verzoekId) as {
      gemaakt_op: number;
      sha256: string;
      aantal_records: number;
    }[]
  ).map((r) => ({ gemaaktOp: r.gemaakt_op, sha256: r.sha256, aantalRecords: r.aantal_records }));
}

function geschiedenis(id: string): { type: string; door: string | null; op: number; naar: string }[] {
  const { sqlite } = getDatabase();
  return (
    sqlite.prepare("SELECT type, actor_naam, op, naar_status FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer").all(id) as {
      type: string;
      actor_naam: string | null;
      op: number;
      naar_status: string;
    }[]
  ).map((g) => ({ type: g.type, door: g.actor_naam, op: g.op, naar: g.naar_status }));
}

export function verzoekDetail(user: AppUser, id: string, oorsprong: string | null) {
  const v = laadVerzoek(id);
  if (!v) return null;
  const burger = burgerOpId(v.c.burgerId);
  const rij = laadAfspraakRij(id)!;
  audit({ actor: actorVan(user), actie: "privacy.verzoek_bekeken", objectType: SOORT_PRIVACYVERZOEK, objectId: id, resultaat: "ok", oorsprong, details: { burgerId: v.c.burgerId } });
  return {
    id,
    versie: v.versie,
    status: v.status,
    statusTekst: PRIVACY_STATUS_TEKST[v.status],
    soort: v.c.soort,
    soortTekst: VERZOEK_SOORT_TEKST[v.c.soort],
    omschrijving: v.c.omschrijving,
    kanaal: v.c.kanaal,
    ontvangenOp: v.c.ontvangenOp,
    termijnOp: v.c.termijnOp,
    termijnUitleg: termijnUitleg(v.c.ontvangenOp),
    huidigeTermijnOp: v.c.verlenging?.nieuwOp ?? v.c.termijnOp,
    termijnStatus: rij.open ? rij.termijn_status : null,
    verlenging: v.c.verlenging,
    verlengdTot: verlengdeTermijn(v.c.ontvangenOp),
    besluit: v.c.besluit,
    besluitTekst: v.c.besluit ? BESLUIT_TEKST[v.c.besluit] : null,
    toelichting: v.c.toelichting,
    intrekReden: v.c.intrekReden,
    afgehandeldOp: v.c.afgehandeldOp,
    handelingen: v.c.handelingen,
    burger: burger
      ? {
          id: burger.id,
          naam: burgerNaam(burger.naam),
          naamRuw: burger.naam,
          telefoon: burger.telefoonE164 ? formatTelefoon(burger.telefoonE164) : null,
          telefoonRuw: burger.telefoonE164,
          email: burger.email,
        }
      : null,
    rectificaties: rectificatiesVan(v.c.burgerId),
    beperkingen: beperkingenVan(v.c.burgerId),
    pakketten: pakkettenVan(id),
    geschiedenis: geschiedenis(id),
  };
}

export type VerzoekDetail = NonNullable<ReturnType<typeof verzoekDetail>>;

// ------------------------------------------------------------------------------------------------ steps

export const STAP_INTENTS = ["verlengen", "afhandelen", "intrekken", "rectificeren", "beperken", "opheffen"] as const;
export type StapIntent = (typeof STAP_INTENTS)[number];

export const GEDAAN_TEKST: Record<StapIntent, string> = {
  verlengen: "De termijn is verlengd; de kennisgeving aan de inwoner is vastgelegd.",
  afhandelen: "Het verzoek is afgehandeld.",
  intrekken: "Het verzoek is vervallen.",
  rectificeren: "Het gegeven is verbeterd; de oude waarde staat in de geschiedenis.",
  beperken: "De verwerking is beperkt: de gegevens zijn verborgen voor anderen en er kan niets meer aan worden gewijzigd.",
  opheffen: "De beperking is opgeheven.",
};

/** Extension (art. 12 lid 3): only with the notice to the citizen (text + date), once, to receipt + 3 months. */
export function verleng(user: AppUser, id: string, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst {
  const t = vertaler(taal);
  const p = VerlengSchema.safeParse(invoer);
  if (!p.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(p.error, taal) };
  const v = laadVerzoek(id);
  if (!v) return geweigerd(404, t("privacy:stapFout.bestaatNiet"));
  const kennisgevingOp = Math.min(middagVan(p.data.kennisgevingDatum), Math.max(now(), v.c.ontvangenOp));
  if (p.data.kennisgevingDatum > isoDatum(now()))
    return { ok: false, status: 400, melding: null, fouten: { kennisgevingDatum: [t("privacy:stapFout.kennisgevingToekomst")] } };
  const e: PrivacyverzoekEvent = { type: "VERLENGEN", reden: p.data.reden, kennisgeving: p.data.kennisgeving, kennisgevingOp, nieuwOp: verlengdeTermijn(v.c.ontvangenOp) };
  const sleutel = weigeringSleutelVan(v.c, v.status, e);
  if (sleutel) {
    const reden = vertaalMelding(taal, sleutel);
    const bijDatum = /\.(datum|voorOntvangst|teLaat)$/.test(sleutel);
    return { ok: false, status: 422, melding: reden, fouten: bijDatum ? { kennisgevingDatum: [reden] } : {} };
  }
  const { sqlite } = getDatabase();
  return metWeigering(() => {
    sqlite.transaction(() => {
      stapInTransactie(sqlite, id, p.data.versie, e, user, oorsprong);
      audit({
        actor: actorVan(user),
        actie: "privacy.termijn_verlengd",
        objectType: SOORT_PRIVACYVERZOEK,
        objectId: id,
        resultaat: "ok",
        oorsprong,
        details: { kennisgevingOp, nieuwOp: e.nieuwOp },
      });
    })();
    return { ok: true as const };
  }, taal);
}

export function handelAf(user: AppUser, id: string, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst {
  const p = AfhandelSchema.safeParse(invoer);
  if (!p.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(p.error, taal) };
  const { sqlite } = getDatabase();
  return metWeigering(() => {
    stapInTransactieMetAudit(sqlite, id, p.data.versie, { type: "AFHANDELEN", besluit: p.data.besluit, toelichting: p.data.toelichting, op: now() }, user, oorsprong, "privacy.afgehandeld", {
      besluit: p.data.besluit,
    });
    return { ok: true as const };
  }, taal);
}

export function trekIn(user: AppUser, id: string, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst {
  const p = IntrekSchema.safeParse(invoer);
  if (!p.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(p.error, taal) };
  const { sqlite } = getDatabase();
  return metWeigering(() => {
    stapInTransactieMetAudit(sqlite, id, p.data.versie, { type: "INTREKKEN", reden: p.data.reden, op: now() }, user, oorsprong, "privacy.ingetrokken", {});
    return { ok: true as const };
  }, taal);
}

function stapInTransactieMetAudit(
  sqlite: Database.Database,
  id: string,
  versie: number,
  e: PrivacyverzoekEvent,
  user: AppUser,
  oorsprong: string | null,
  actie: string,
  details: Record<string, unknown>,
): void {
  sqlite.transaction(() => {
    stapInTransactie(sqlite, id, versie, e, user, oorsprong);
    audit({ actor: actorVan(user), actie, objectType: SOORT_PRIVACYVERZOEK, objectId: id, resultaat: "ok", oorsprong, details });
  })();
}

function vereistSoort(v: Verzoek, soort: VerzoekSoort, taal: Taal = "nl"): string | null {
  const t = vertaler(taal);
  return v.c.soort === soort ? null : t("privacy:stapFout.alleenBij", { nodig: t(`privacy:stapFout.soortKlein.${soort}`), soort: t(`privacy:stapFout.soortKlein.${v.c.soort}`) });
}

/** Art. 16: corrects one field of the citizen's record; the old value, the new one, who, when and why are kept. */
export function rectificeer(user: AppUser, id: string, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst {
  const t = vertaler(taal);
  const p = RectificatieSchema.safeParse(invoer);
  if (!p.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(p.error, taal) };
  const v = laadVerzoek(id);
  if (!v) return geweigerd(404, t("privacy:stapFout.bestaatNiet"));
  const fout = vereistSoort(v, "rectificatie", taal);
  if (fout) return geweigerd(422, fout);
  const burger = burgerOpId(v.c.burgerId);
  if (!burger) return geweigerd(404, t("privacy:stapFout.inwonerWeg"));
  const { veld, reden } = p.data;
  const ruw = p.data.nieuweWaarde;
  let nieuw: string | null;
  if (veld === "telefoon") {
    nieuw = ruw ? normaliseerTelefoon(ruw) : null;
    if (ruw && !nieuw) return { ok: false, status: 400, melding: null, fouten: { nieuweWaarde: [t("privacy:stapFout.telefoon")] } };
  } else if (veld === "email") {
    nieuw = ruw ? normaliseerEmail(ruw) : null;
    if (ruw && (!nieuw || !z.email().safeParse(nieuw).success))
      return { ok: false, status: 400, melding: null, fouten: { nieuweWaarde: [t("privacy:stapFout.email")] } };
  } else {
    nieuw = ruw || null;
  }
  const oud = veld === "naam" ? burger.naam : veld === "telefoon" ? burger.telefoonE164 : burger.email;
  if ((oud ?? null) === nieuw) return { ok: false, status: 400, melding: null, fouten: { nieuweWaarde: [t("privacy:stapFout.zelfdeWaarde")] } };
  const { sqlite } = getDatabase();
  return metWeigering(() => {
    sqlite.transaction(() => {
      const op = now();
      stapInTransactie(sqlite, id, p.data.versie, { type: "VASTLEGGEN", handeling: "rectificatie", samenvatting: `${VELD_TEKST[veld]} verbeterd`, op }, user, oorsprong);
      if (veld === "naam") {
        const n = normaliseerNaam(nieuw);
        sqlite.prepare("UPDATE burgers SET naam = ?, naam_zoek = ?, achternaam_zoek = ?, gewijzigd_op = ? WHERE id = ?").run(nieuw, n, achternaamVan(n), op, burger.id);
      } else if (veld === "telefoon") {
        sqlite.prepare("UPDATE burgers SET telefoon_e164 = ?, gewijzigd_op = ? WHERE id = ?").run(nieuw, op, burger.id);
      } else {
        sqlite.prepare("UPDATE burgers SET email = ?, gewijzigd_op = ? WHERE id = ?").run(nieuw, op, burger.id);
      }
      sqlite
        .prepare(
          `INSERT INTO privacy_rectificaties (burger_id, verzoek_id, veld, oude_waarde, nieuwe_waarde, reden, door_id, door_naam, op)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(burger.id, id, veld, oud, nieuw, reden, user.id, user.naam, op);
      // The audit line names the field, not the values (the log is read more widely than the dossier).
      audit({ actor: actorVan(user), actie: "privacy.gerectificeerd", objectType: "burger", objectId: burger.id, resultaat: "ok", oorsprong, details: { verzoekId: id, veld } });
    })();
    return { ok: true as const };
  }, taal);
}

/** Art. 18: restricts processing until lifted. */
export function beperk(user: AppUser, id: string, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst {
  const t = vertaler(taal);
  const p = BeperkSchema.safeParse(invoer);
  if (!p.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(p.error, taal) };
  const v = laadVerzoek(id);
  if (!v) return geweigerd(404, t("privacy:stapFout.bestaatNiet"));
  const fout = vereistSoort(v, "beperking", taal);
  if (fout) return geweigerd(422, fout);
  const { sqlite } = getDatabase();
  if (sqlite.prepare("SELECT 1 FROM privacy_beperkingen WHERE burger_id = ? AND opgeheven_op IS NULL").get(v.c.burgerId))
    return geweigerd(422, t("privacy:stapFout.alBeperkt"));
  return metWeigering(() => {
    sqlite.transaction(() => {
      const op = now();
      stapInTransactie(sqlite, id, p.data.versie, { type: "VASTLEGGEN", handeling: "beperking", samenvatting: "Verwerking beperkt", op }, user, oorsprong);
      sqlite
        .prepare("INSERT INTO privacy_beperkingen (burger_id, verzoek_id, reden, sinds_op, door_id) VALUES (?, ?, ?, ?, ?)")
        .run(v.c.burgerId, id, p.data.reden, op, user.id);
      audit({ actor: actorVan(user), actie: "privacy.beperkt", objectType: "burger", objectId: v.c.burgerId, resultaat: "ok", oorsprong, details: { verzoekId: id } });
    })();
    return { ok: true as const };
  }, taal);
}

/** Lifts an active restriction (also after the request was closed: art. 18 lid 3, the citizen is told first). */
export function hefBeperkingOp(user: AppUser, id: string, invoer: unknown, oorsprong: string | null, taal: Taal = "nl"): Uitkomst {
  const t = vertaler(taal);
  const p = OpheffenSchema.safeParse(invoer);
  if (!p.success) return { ok: false, status: 400, melding: null, fouten: zodFouten(p.error, taal) };
  const v = laadVerzoek(id);
  if (!v) return geweigerd(404, t("privacy:stapFout.bestaatNiet"));
  const { sqlite } = getDatabase();
  const r = sqlite.transaction(() => {
    const op = now();
    const res = sqlite
      .prepare("UPDATE privacy_beperkingen SET opgeheven_op = ?, opgeheven_door_id = ?, opheffing_reden = ? WHERE burger_id = ? AND opgeheven_op IS NULL")
      .run(op, user.id, p.data.reden, v.c.burgerId);
    if (res.changes) audit({ actor: actorVan(user), actie: "privacy.beperking_opgeheven", objectType: "burger", objectId: v.c.burgerId, resultaat: "ok", oorsprong, details: { verzoekId: id } });
    return res.changes;
  })();
  return r ? { ok: true } : geweigerd(422, t("privacy:stapFout.geenBeperking"));
}

/** Dispatch for the detail page's forms. */
export function voerStapUit(user: AppUser, id: string, intent: string, invoer: Record<string, unknown>, oorsprong: string | null, taal: Taal = "nl"): Uitkomst & { intent?: StapIntent } {
  switch (intent) {
    case "verlengen":
      return { ...verleng(user, id, invoer, oorsprong, taal), intent };
    case "afhandelen":
      return { ...handelAf(user, id, invoer, oorsprong, taal), intent };
    case "intrekken":
      return { ...trekIn(user, id, invoer, oorsprong, taal), intent };
    case "rectificeren":
      return { ...rectificeer(user, id, invoer, oorsprong, taal), intent };
    case "beperken":
      return { ...beperk(user, id, invoer, oorsprong, taal), intent };
    case "opheffen":
      return { ...hefBeperkingOp(user, id, invoer, oorsprong, taal), intent };
    default:
      return geweigerd(400, vertaal(taal, "privacy:stapFout.onbekendeStap"));
  }
}

export function datumTekst(op: number): string {
  return formatDatumTijd(op);
}
