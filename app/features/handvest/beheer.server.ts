/**
 * Reading and maintaining the kwaliteitshandvest (charter) for the pages /handvest and /beheer/handvest.
 *
 * A norm is never edited in place: every change creates a NEW version (versie n+1) with its own
 * geldig_vanaf; older versions stay unchanged and readable (commitments keep the version they started
 * under). Concurrency: the edit form carries the number of the latest version it was loaded with; when
 * someone else created a version in the meantime the change is refused and the typed input is kept.
 *
 * The engine's lookup (`normVersieOp`) lives in handvest.server.ts; these are the page queries.
 */
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import {
  EENHEDEN,
  KALENDERS,
  MIJLPALEN,
  normen,
  normVersies,
  type Eenheid,
  type KalenderSoort,
  type Mijlpaal,
} from "../../../db/schema";
import { now } from "../../platform/clock";
import { audit, type AuditActor } from "../../platform/audit/audit.server";
import { valideer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { datumFormat } from "../../platform/i18n/datum";
import { vertaalFouten, vertaalMelding } from "../../platform/i18n/vertaal";
import { kalenders } from "../../platform/engine/normen.server";
import { berekenTermijn } from "../../domain/kalender/termijn";
import { formatDatumTijd, formatRelatief } from "../../domain/kalender/format";
import { lokaleDag, beginVanDag, parseTijdstip, lokaleDelen } from "../../domain/kalender/tijd";
import { INTERNE_MIJLPALEN } from "../demodata/demo-gemeente";

export type NormVersieRij = typeof normVersies.$inferSelect;

// ------------------------------------------------------------------------------------------- vocabulary

export const MIJLPAAL_NAMEN: Record<Mijlpaal, string> = {
  terugbellen: "Inwoner teruggebeld",
  overdracht_opgepakt: "Warme overdracht opgepakt",
  klant_geinformeerd: "Inwoner geïnformeerd na overdracht",
  klacht_ontvangst_bevestigd: "Ontvangst van een klacht bevestigd",
  klacht_afgehandeld: "Klacht afgehandeld (Awb 9:11)",
  klacht_verdaging: "Verdaging van een klacht (Awb 9:11 lid 2)",
  klacht_niet_in_behandeling: "Klacht niet in behandeling genomen (Awb 9:8)",
  email_beantwoord: "E-mail beantwoord",
  brief_beantwoord: "Brief beantwoord",
  balie_geholpen: "Inwoner aan de balie geholpen",
  verbeteractie_gerealiseerd: "Verbeteractie gerealiseerd",
  coachingsafspraak: "Coachingsafspraak",
  privacyverzoek_beantwoord: "Privacyverzoek beantwoord (AVG art. 12 lid 3)",
};

export const EENHEID_NAMEN: Record<Eenheid, { een: string; meer: string }> = {
  minuten: { een: "minuut", meer: "minuten" },
  werkuren: { een: "werkuur", meer: "werkuren" },
  werkdagen: { een: "werkdag", meer: "werkdagen" },
  kalenderdagen: { een: "kalenderdag", meer: "kalenderdagen" },
  weken: { een: "week", meer: "weken" },
  maanden: { een: "maand", meer: "maanden" },
};

export const KALENDER_NAMEN: Record<KalenderSoort, string> = {
  organisatie: "Werkkalender van de organisatie",
  atw: "Wettelijke kalender (Algemene termijnenwet)",
};

/** Milestones whose term is set by the Awb and therefore counted on the Atw calendar. */
export const AWB_MIJLPALEN: readonly Mijlpaal[] = ["klacht_afgehandeld", "klacht_verdaging", "klacht_niet_in_behandeling"];

/** Statutory maximum (in calendar days) for Awb milestones: 9:11 (6, or 10 weeks with a commissie), 9:11 lid 2, 9:8 lid 3. */
const AWB_MAX_DAGEN: Partial<Record<Mijlpaal, { dagen: number }>> = {
  klacht_afgehandeld: { dagen: 70 },
  klacht_verdaging: { dagen: 28 },
  klacht_niet_in_behandeling: { dagen: 28 },
};

/** A sane maximum duration per unit (a charter promises days and weeks, not years). */
export const MAX_DUUR_PER_EENHEID: Record<Eenheid, number> = {
  minuten: 7 * 24 * 60,
  werkuren: 200,
  werkdagen: 130,
  kalenderdagen: 365,
  weken: 52,
  maanden: 12,
};

export type Thema = "contact" | "overdracht" | "klachten" | "schriftelijk" | "overig";
export const THEMA_VAN: Record<Mijlpaal, Thema> = {
  terugbellen: "contact",
  overdracht_opgepakt: "overdracht",
  klant_geinformeerd: "overdracht",
  klacht_ontvangst_bevestigd: "klachten",
  klacht_afgehandeld: "klachten",
  klacht_verdaging: "klachten",
  klacht_niet_in_behandeling: "klachten",
  email_beantwoord: "schriftelijk",
  brief_beantwoord: "schriftelijk",
  balie_geholpen: "contact",
  verbeteractie_gerealiseerd: "overig",
  coachingsafspraak: "overig",
  privacyverzoek_beantwoord: "schriftelijk",
};
export const THEMA_VOLGORDE: readonly Thema[] = ["contact", "overdracht", "klachten", "schriftelijk", "overig"];

/** "binnen 1 werkdag", "binnen 6 weken (Algemene termijnenwet)". */
export function termijnTekst(v: Pick<NormVersieRij, "duur" | "eenheid" | "kalender">): string {
  const naam = EENHEID_NAMEN[v.eenheid];
  const basis = `binnen ${v.duur} ${v.duur === 1 ? naam.een : naam.meer}`;
  return v.kalender === "atw" ? `${basis} (Algemene termijnenwet)` : basis;
}

// ------------------------------------------------------------------------------------------- queries

function alleVersies(): (NormVersieRij & { code: string })[] {
  const { db } = getDatabase();
  return db
    .select({ v: normVersies, code: normen.code })
    .from(normVersies)
    .innerJoin(normen, eq(normen.id, normVersies.normId))
    .orderBy(asc(normVersies.normId), asc(normVersies.versie))
    .all()
    .map((r) => ({ ...r.v, code: r.code }));
}

export interface NormOverzicht {
  id: number;
  code: string;
  /** The version in force at the moment asked (null: the norm only starts later). */
  huidig: NormVersieRij | null;
  /** The latest version (may start in the future). */
  laatste: NormVersieRij;
  /** A version that is scheduled to start later, if any. */
  gepland: NormVersieRij | null;
  aantalVersies: number;
}

function inForce(versies: NormVersieRij[], atMs: number): NormVersieRij | null {
  let best: NormVersieRij | null = null;
  for (const v of versies) {
    if (v.geldigVanaf <= atMs && (!best || v.geldigVanaf > best.geldigVanaf || (v.geldigVanaf === best.geldigVanaf && v.versie > best.versie))) {
      best = v;
    }
  }
  return best;
}

function overzichtVan(id: number, code: string, versies: NormVersieRij[], atMs: number): NormOverzicht {
  const laatste = versies.reduce((a, b) => (b.versie > a.versie ? b : a));
  const huidig = inForce(versies, atMs);
  const gepland = laatste.geldigVanaf > atMs ? laatste : null;
  return { id, code, huidig, laatste, gepland, aantalVersies: versies.length };
}

/** All norms with their version in force at `atMs`, ordered by code. */
export function normenOverzicht(atMs: number = now()): NormOverzicht[] {
  const perNorm = new Map<number, { code: string; versies: NormVersieRij[] }>();
  for (const v of alleVersies()) {
    const e = perNorm.get(v.normId) ?? { code: v.code, versies: [] };
    e.versies.push(v);
    perNorm.set(v.normId, e);
  }
  return [...perNorm.entries()]
    .map(([id, e]) => overzichtVan(id, e.code, e.versies, atMs))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** One norm with all its versions (newest first), or null. */
export function normMetGeschiedenis(code: string, atMs: number = now()): (NormOverzicht & { versies: NormVersieRij[] }) | null {
  const { db } = getDatabase();
  const norm = db.select().from(normen).where(eq(normen.code, code)).get();
  if (!norm) return null;
  const versies = db.select().from(normVersies).where(eq(normVersies.normId, norm.id)).orderBy(asc(normVersies.versie)).all();
  if (versies.length === 0) return null;
  return { ...overzichtVan(norm.id, norm.code, versies, atMs), versies: [...versies].reverse() };
}

export interface HandvestNorm {
  code: string;
  titel: string;
  mijlpaal: Mijlpaal;
  thema: Thema;
  belofte: string;
  termijn: string;
  versie: number;
  geldigVanaf: number;
  geldigVanafTekst: string;
  /** "uiterlijk morgen, di 24 nov, 17:00", computed now with the real calendar; null if it cannot be computed. */
  voorbeeld: string | null;
  voorbeeldMoment: number | null;
  /** the moment the example was computed from, and the term's parts, so the page words them in its language */
  nu: number;
  duur: number;
  eenheid: Eenheid;
  kalender: KalenderSoort;
  /** A later version that is already scheduled. */
  gepland: { versie: number; geldigVanafTekst: string; geldigVanaf: number; termijn: string; duur: number; eenheid: Eenheid; kalender: KalenderSoort } | null;
}

/** The charter as staff read it: every norm active now, with its promise, term and a worked example. */
export function handvestVoorMedewerkers(atMs: number = now()): HandvestNorm[] {
  let kal: ReturnType<typeof kalenders> | null = null;
  try {
    kal = kalenders();
  } catch {
    kal = null;
  }
  const uit: HandvestNorm[] = [];
  for (const n of normenOverzicht(atMs)) {
    const v = n.huidig;
    if (!v || !v.actief || INTERNE_MIJLPALEN.includes(v.mijlpaal)) continue;
    let moment: number | null = null;
    if (kal) {
      try {
        moment = berekenTermijn(kal, atMs, { duur: v.duur, eenheid: v.eenheid, kalender: v.kalender });
      } catch {
        moment = null;
      }
    }
    uit.push({
      code: n.code,
      titel: v.titel,
      mijlpaal: v.mijlpaal,
      thema: THEMA_VAN[v.mijlpaal],
      belofte: v.belofte,
      termijn: termijnTekst(v),
      versie: v.versie,
      geldigVanaf: v.geldigVanaf,
      geldigVanafTekst: formatDatumTijd(v.geldigVanaf),
      voorbeeld: moment === null ? null : formatRelatief(moment, atMs),
      voorbeeldMoment: moment,
      nu: atMs,
      duur: v.duur,
      eenheid: v.eenheid,
      kalender: v.kalender,
      gepland:
        n.gepland && n.gepland.id !== v.id
          ? {
              versie: n.gepland.versie,
              geldigVanafTekst: formatDatumTijd(n.gepland.geldigVanaf),
              geldigVanaf: n.gepland.geldigVanaf,
              termijn: termijnTekst(n.gepland),
              duur: n.gepland.duur,
              eenheid: n.gepland.eenheid,
              kalender: n.gepland.kalender,
            }
          : null,
    });
  }
  return uit.sort(
    (a, b) =>
      THEMA_VOLGORDE.indexOf(a.thema) - THEMA_VOLGORDE.indexOf(b.thema) ||
      MIJLPALEN.indexOf(a.mijlpaal) - MIJLPALEN.indexOf(b.mijlpaal) ||
      a.code.localeCompare(b.code),
  );
}

// ------------------------------------------------------------------------------------------- validation

const vinkje = z.preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean());

function geheelGetal(leeg: string, fout: string) {
  return z
    .string({ error: leeg })
    .trim()
    .min(1, leeg)
    .regex(/^-?\d+$/, fout)
    .transform((s) => Number(s));
}

export const NormVeldenSchema = z
  .object({
    titel: z
      .string({ error: "beheer:norm.fout.titel" })
      .trim()
      .min(3, "beheer:norm.fout.titelMin")
      .max(200, "beheer:norm.fout.titelMax"),
    mijlpaal: z.enum(MIJLPALEN, { error: "beheer:norm.fout.mijlpaal" }),
    duur: geheelGetal("beheer:norm.fout.duur", "beheer:norm.fout.duurGetal").pipe(
      z.number().int().min(1, "beheer:norm.fout.duurMin"),
    ),
    eenheid: z.enum(EENHEDEN, { error: "beheer:norm.fout.eenheid" }),
    kalender: z.enum(KALENDERS, { error: "beheer:norm.fout.kalender" }),
    waarschuwingPct: geheelGetal(
      "beheer:norm.fout.pct",
      "beheer:norm.fout.pctGetal",
    ).pipe(
      z
        .number()
        .int()
        .min(1, "beheer:norm.fout.pctBereik")
        .max(99, "beheer:norm.fout.pctBereik"),
    ),
    escalatieTeamleider: vinkje,
    escalatieRegieteamNaWerkdagen: z
      .string()
      .trim()
      .optional()
      .transform((s) => (s ? s : null))
      .pipe(
        z
          .string()
          .regex(/^\d+$/, "beheer:norm.fout.escalatie")
          .transform((s) => Number(s))
          .pipe(z.number().max(60, "beheer:norm.fout.escalatieMax"))
          .nullable(),
      ),
    pauzeerbaar: vinkje,
    belofte: z
      .string({ error: "beheer:norm.fout.belofte" })
      .trim()
      .min(10, "beheer:norm.fout.belofteMin")
      .max(1000, "beheer:norm.fout.belofteMax"),
    actief: vinkje,
    geldigVanaf: z.string().trim().max(40).optional(),
  })
  .superRefine((v, ctx) => {
    const max = MAX_DUUR_PER_EENHEID[v.eenheid];
    if (v.duur > max) {
      ctx.addIssue({
        code: "custom",
        path: ["duur"],
        message: `beheer:norm.fout.duurMax_${v.eenheid}?max=${max}`,
      });
    }
    if (v.eenheid === "werkuren" && v.kalender === "atw") {
      ctx.addIssue({
        code: "custom",
        path: ["kalender"],
        message: "beheer:norm.fout.werkurenAtw",
      });
    }
    if (AWB_MIJLPALEN.includes(v.mijlpaal)) {
      if (v.kalender !== "atw") {
        ctx.addIssue({
          code: "custom",
          path: ["kalender"],
          message: "beheer:norm.fout.awbKalender",
        });
      }
      if (v.eenheid !== "weken" && v.eenheid !== "kalenderdagen") {
        ctx.addIssue({
          code: "custom",
          path: ["eenheid"],
          message: "beheer:norm.fout.awbEenheid",
        });
      } else {
        const grens = AWB_MAX_DAGEN[v.mijlpaal]!;
        const dagen = v.eenheid === "weken" ? v.duur * 7 : v.duur;
        if (dagen > grens.dagen) ctx.addIssue({ code: "custom", path: ["duur"], message: `beheer:norm.fout.awbMax_${v.mijlpaal}` });
      }
    }
  });

export type NormVelden = z.output<typeof NormVeldenSchema>;

const CodeSchema = z
  .string({ error: "beheer:norm.fout.code" })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(
    z
      .string()
      .min(2, "beheer:norm.fout.codeMin")
      .max(40, "beheer:norm.fout.codeMax")
      .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "beheer:norm.fout.codeTekens"),
  );

export type Fouten = Record<string, string[] | undefined>;

/** The form as typed, to send back on an error (checkboxes as booleans). */
export type NormInvoer = Record<string, string | boolean>;

function invoerVan(form: Record<string, FormDataEntryValue | undefined>): NormInvoer {
  const uit: NormInvoer = {};
  for (const k of [
    "code",
    "titel",
    "mijlpaal",
    "duur",
    "eenheid",
    "kalender",
    "waarschuwingPct",
    "escalatieRegieteamNaWerkdagen",
    "belofte",
    "geldigVanaf",
  ]) {
    const w = form[k];
    uit[k] = typeof w === "string" ? w : "";
  }
  for (const k of ["escalatieTeamleider", "pauzeerbaar", "actief"]) uit[k] = form[k] === "on" || form[k] === "true";
  return uit;
}

/** "2026-11-23T09:15" in Amsterdam time, for a datetime-local input. */
export function datumTijdInvoer(t: number): string {
  const p = lokaleDelen(t);
  const twee = (n: number) => String(n).padStart(2, "0");
  return `${p.jaar}-${twee(p.maand)}-${twee(p.dag)}T${twee(p.uur)}:${twee(p.minuut)}`;
}

/** The values a form for a new version starts with: the latest version's fields, geldig vanaf = now. */
export function invoerUitVersie(v: NormVersieRij, atMs: number = now()): NormInvoer {
  return {
    titel: v.titel,
    mijlpaal: v.mijlpaal,
    duur: String(v.duur),
    eenheid: v.eenheid,
    kalender: v.kalender,
    waarschuwingPct: String(v.waarschuwingPct),
    escalatieTeamleider: v.escalatieTeamleider,
    escalatieRegieteamNaWerkdagen: v.escalatieRegieteamNaWerkdagen == null ? "" : String(v.escalatieRegieteamNaWerkdagen),
    pauzeerbaar: v.pauzeerbaar,
    belofte: v.belofte,
    actief: v.actief,
    geldigVanaf: datumTijdInvoer(atMs),
  };
}

export const LEGE_INVOER: NormInvoer = {
  code: "",
  titel: "",
  mijlpaal: "",
  duur: "",
  eenheid: "werkdagen",
  kalender: "organisatie",
  waarschuwingPct: "75",
  escalatieTeamleider: true,
  escalatieRegieteamNaWerkdagen: "2",
  pauzeerbaar: false,
  belofte: "",
  actief: true,
  geldigVanaf: "",
};

const VIJF_JAAR_MS = 5 * 366 * 86_400_000;

function leesGeldigVanaf(tekst: string | undefined, nu: number): { ok: true; op: number } | { ok: false; fout: string } {
  if (!tekst) return { ok: true, op: nu };
  let op: number;
  try {
    op = parseTijdstip(tekst);
  } catch {
    return { ok: false, fout: "beheer:norm.fout.geldigVanaf" };
  }
  if (op < beginVanDag(lokaleDag(nu))) {
    return {
      ok: false,
      fout: "beheer:norm.fout.terugwerkend",
    };
  }
  if (op > nu + VIJF_JAAR_MS) return { ok: false, fout: "beheer:norm.fout.vijfJaar" };
  return { ok: true, op };
}

// ------------------------------------------------------------------------------------------- changes

export type BewaarResultaat =
  | { ok: true; code: string; versie: number }
  | {
      ok: false;
      status: 400 | 404 | 409;
      fouten: Fouten;
      melding: string | null;
      invoer: NormInvoer;
      /** On a conflict: the version the form must now be based on (so a deliberate resubmit works). */
      laatsteVersie?: number;
    };

interface Wie {
  actor: AuditActor;
  oorsprong: string | null;
}

function gewijzigdeVelden(oud: NormVersieRij, nieuw: NormVelden): string[] {
  const velden = [
    "titel",
    "mijlpaal",
    "duur",
    "eenheid",
    "kalender",
    "waarschuwingPct",
    "escalatieTeamleider",
    "escalatieRegieteamNaWerkdagen",
    "pauzeerbaar",
    "belofte",
    "actief",
  ] as const;
  return velden.filter((k) => oud[k] !== nieuw[k]);
}

/** Another norm whose latest version is active for the same milestone (the engine looks norms up by milestone). */
function andereActieveNorm(mijlpaal: Mijlpaal, behalveNormId: number | null): string | null {
  for (const n of normenOverzicht(now())) {
    if (n.id === behalveNormId) continue;
    if (n.laatste.actief && n.laatste.mijlpaal === mijlpaal) return n.code;
  }
  return null;
}

function fout(status: 400 | 404 | 409, invoer: NormInvoer, fouten: Fouten, melding: string | null = null): BewaarResultaat {
  return { ok: false, status, fouten, melding, invoer };
}

const ALGEMENE_FOUT = "beheer:norm.fout.algemeen";

/** A refused save with its field messages and notice (written as keys) in `taal`. */
function inTaal(taal: Taal, r: BewaarResultaat): BewaarResultaat {
  if (r.ok) return r;
  return { ...r, fouten: vertaalFouten(r.fouten, taal), melding: r.melding === null ? null : vertaalMelding(taal, r.melding) };
}

/** An active norm must not watch a milestone another active norm already watches; the message, or null. */
function mijlpaalBezet(v: NormVelden, behalveNormId: number | null): string | null {
  if (!v.actief) return null;
  const ander = andereActieveNorm(v.mijlpaal, behalveNormId);
  return ander ? `beheer:norm.fout.mijlpaalBezet?norm=${encodeURIComponent(ander)}` : null;
}

/** Writes one norm version (inside the caller's transaction). */
function voegVersieToe(normId: number, versie: number, geldigVanaf: number, v: NormVelden, wie: Wie, nu: number): void {
  const { db } = getDatabase();
  db.insert(normVersies)
    .values({
      normId,
      versie,
      geldigVanaf,
      titel: v.titel,
      mijlpaal: v.mijlpaal,
      duur: v.duur,
      eenheid: v.eenheid,
      kalender: v.kalender,
      waarschuwingPct: v.waarschuwingPct,
      escalatieTeamleider: v.escalatieTeamleider,
      escalatieRegieteamNaWerkdagen: v.escalatieRegieteamNaWerkdagen,
      pauzeerbaar: v.pauzeerbaar,
      belofte: v.belofte,
      actief: v.actief,
      gemaaktDoor: wie.actor.id,
      gemaaktOp: nu,
    })
    .run();
}

/**
 * Creates version n+1 of norm `code` from a submitted form. `form.verwachteVersie` must be the latest
 * version number the form was loaded with.
 */
export function maakNieuweVersie(code: string, form: Record<string, FormDataEntryValue | undefined>, wie: Wie, taal: Taal = "nl"): BewaarResultaat {
  const invoer = invoerVan(form);
  const parsed = valideer(NormVeldenSchema, form, taal);
  const fouten: Fouten = parsed.ok ? {} : { ...parsed.fouten };
  const verwacht = Number(form.verwachteVersie);
  const { sqlite, db } = getDatabase();
  return inTaal(taal, sqlite.transaction((): BewaarResultaat => {
    const norm = db.select().from(normen).where(eq(normen.code, code)).get();
    if (!norm) return fout(404, invoer, {}, "beheer:norm.fout.bestaatNiet");
    const versies = db.select().from(normVersies).where(eq(normVersies.normId, norm.id)).all();
    const laatste = versies.reduce<NormVersieRij | null>((a, b) => (!a || b.versie > a.versie ? b : a), null);
    if (!laatste) return fout(404, invoer, {}, "beheer:norm.fout.geenVersie");
    if (!Number.isInteger(verwacht) || verwacht !== laatste.versie) {
      audit({
        ...wie,
        actie: "norm.versie_maken",
        objectType: "norm",
        objectId: code,
        resultaat: "geweigerd",
        details: { reden: "verouderd", verwachteVersie: Number.isFinite(verwacht) ? verwacht : null, laatsteVersie: laatste.versie },
      });
      return {
        ...(fout(
          409,
          invoer,
          fouten,
          `beheer:norm.fout.verouderd?versie=${laatste.versie}&op=${encodeURIComponent(datumFormat(taal).datumTijd(laatste.geldigVanaf))}`,
        ) as Extract<BewaarResultaat, { ok: false }>),
        laatsteVersie: laatste.versie,
      };
    }
    const nu = now();
    const gv = leesGeldigVanaf(parsed.ok ? parsed.data.geldigVanaf : (form.geldigVanaf as string | undefined)?.trim(), nu);
    if (!gv.ok) fouten.geldigVanaf = [gv.fout];
    else if (gv.op <= laatste.geldigVanaf) {
      fouten.geldigVanaf = [
        `beheer:norm.fout.later?versie=${laatste.versie}&op=${encodeURIComponent(datumFormat(taal).datumTijd(laatste.geldigVanaf))}`,
      ];
    }
    const mf = parsed.ok ? mijlpaalBezet(parsed.data, norm.id) : null;
    if (mf) fouten.mijlpaal = [mf];
    if (!parsed.ok || Object.keys(fouten).length > 0 || !gv.ok) return fout(400, invoer, fouten, ALGEMENE_FOUT);
    const v = parsed.data;
    const versie = laatste.versie + 1;
    voegVersieToe(norm.id, versie, gv.op, v, wie, nu);
    audit({
      ...wie,
      actie: "norm.versie_gemaakt",
      objectType: "norm",
      objectId: code,
      resultaat: "ok",
      details: { versie, vorigeVersie: laatste.versie, geldigVanaf: gv.op, gewijzigd: gewijzigdeVelden(laatste, v) },
    });
    return { ok: true, code, versie };
  })());
}

/** Creates a new norm (code + version 1) from a submitted form. */
export function maakNieuweNorm(form: Record<string, FormDataEntryValue | undefined>, wie: Wie, taal: Taal = "nl"): BewaarResultaat {
  const invoer = invoerVan(form);
  const parsed = valideer(NormVeldenSchema, form, taal);
  const codeParsed = CodeSchema.safeParse(form.code);
  const fouten: Fouten = parsed.ok ? {} : { ...parsed.fouten };
  if (!codeParsed.success) fouten.code = codeParsed.error.issues.map((i) => i.message);
  else invoer.code = codeParsed.data;
  const { sqlite, db } = getDatabase();
  return inTaal(taal, sqlite.transaction((): BewaarResultaat => {
    const nu = now();
    if (codeParsed.success && db.select().from(normen).where(eq(normen.code, codeParsed.data)).get()) {
      fouten.code = [`beheer:norm.fout.codeBestaat?code=${encodeURIComponent(codeParsed.data)}`];
    }
    const gv = leesGeldigVanaf(parsed.ok ? parsed.data.geldigVanaf : (form.geldigVanaf as string | undefined)?.trim(), nu);
    if (!gv.ok) fouten.geldigVanaf = [gv.fout];
    const mf = parsed.ok ? mijlpaalBezet(parsed.data, null) : null;
    if (mf) fouten.mijlpaal = [mf];
    if (!parsed.ok || !codeParsed.success || !gv.ok || Object.keys(fouten).length > 0) {
      return fout(400, invoer, fouten, ALGEMENE_FOUT);
    }
    const v = parsed.data;
    const normId = Number(db.insert(normen).values({ code: codeParsed.data }).run().lastInsertRowid);
    voegVersieToe(normId, 1, gv.op, v, wie, nu);
    audit({
      ...wie,
      actie: "norm.aangemaakt",
      objectType: "norm",
      objectId: codeParsed.data,
      resultaat: "ok",
      details: { versie: 1, geldigVanaf: gv.op, mijlpaal: v.mijlpaal, duur: v.duur, eenheid: v.eenheid, kalender: v.kalender },
    });
    return { ok: true, code: codeParsed.data, versie: 1 };
  })());
}

export interface Optie {
  value: string;
  label: string;
}

/** Choices for the norm form (labels in Dutch). */
export function normFormOpties(): { mijlpalen: Optie[]; eenheden: Optie[]; kalenders: Optie[] } {
  return {
    mijlpalen: MIJLPALEN.map((m) => ({ value: m, label: MIJLPAAL_NAMEN[m] })),
    eenheden: EENHEDEN.map((e) => ({ value: e, label: EENHEID_NAMEN[e].meer })),
    kalenders: KALENDERS.map((k) => ({ value: k, label: KALENDER_NAMEN[k] })),
  };
}
