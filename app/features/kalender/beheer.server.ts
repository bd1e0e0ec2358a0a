/**
 * Maintaining the two calendars (page /beheer/kalender): office hours per weekday, the organisation's
 * closing days and part days, the settings "Bevrijdingsdag vrij" / "Goede Vrijdag vrij", and the Atw
 * calendar's gelijkgestelde dagen (Atw art. 3 lid 3). Every change is audited in the same transaction and
 * drops the cached calendars (`invalideerKalenders` in handvest.server.ts).
 *
 * Concurrency: office hours and the settings have no version column, so their forms carry a fingerprint
 * ("stand") of what was shown; a change made by someone else in the meantime is refused and the typed
 * input kept. Adding a day is refused when that date already has an entry; removing an entry that is
 * already gone says so.
 */
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { instellingen, kalenderDagen, openingstijden } from "../../../db/schema";
import { nederlandseFeestdagen } from "../../domain/kalender/feestdagen";
import { formatDagLang } from "../../domain/kalender/format";
import { dagVanIso, minutenVanKloktijd, weekdagVanDag } from "../../domain/kalender/tijd";
import { audit, type AuditActor } from "../../platform/audit/audit.server";
import { invalideerKalenders, kalenders, laadKalenderConfig } from "../../platform/engine/normen.server";
import { valideer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { datumFormat } from "../../platform/i18n/datum";
import { vertaal, vertaler } from "../../platform/i18n/vertaal";
import { FEESTDAG_CODE_VAN_NAAM, type FeestdagCode } from "../../domain/kalender/feestdagen";

export const WEEKDAG_NAMEN = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;

interface Wie {
  actor: AuditActor;
  oorsprong: string | null;
}

export type Fouten = Record<string, string[] | undefined>;
export type Resultaat<T = Record<string, string>> =
  | { ok: true; melding: string }
  | { ok: false; status: 400 | 404 | 409; fouten: Fouten; melding: string; invoer: T };

const K = "handvest:kalenderFout.";

function naWijziging(): void {
  invalideerKalenders();
}

function stand(waarde: unknown): string {
  return createHash("sha256").update(JSON.stringify(waarde)).digest("hex").slice(0, 16);
}

// ------------------------------------------------------------------------------------------- reading

function openingstijdenRijen() {
  const { db } = getDatabase();
  const rijen = new Map(db.select().from(openingstijden).all().map((r) => [r.weekdag, r]));
  return [1, 2, 3, 4, 5, 6, 7].map((wd) => {
    const r = rijen.get(wd);
    return { weekdag: wd, naam: WEEKDAG_NAMEN[wd]!, open: r?.open ?? null, sluit: r?.sluit ?? null };
  });
}

function vrijeDagInstellingen(): { bevrijdingsdagVrij: boolean; goedeVrijdagVrij: boolean } {
  const c = laadKalenderConfig();
  return { bevrijdingsdagVrij: c.bevrijdingsdagVrij, goedeVrijdagVrij: c.goedeVrijdagVrij };
}

export function openingstijdenStand(): string {
  return stand(openingstijdenRijen());
}

export function instellingenStand(): string {
  return stand(vrijeDagInstellingen());
}

export interface KalenderOverzicht {
  jaar: number;
  openingstijden: { weekdag: number; naam: string; open: string | null; sluit: string | null }[];
  openingstijdenStand: string;
  instellingen: { bevrijdingsdagVrij: boolean; goedeVrijdagVrij: boolean };
  instellingenStand: string;
  /** The organisation's closing days and part days in `jaar`. */
  organisatieDagen: { id: number; datum: string; datumTekst: string; soort: "sluitingsdag" | "deeldag"; sluit: string | null; omschrijving: string }[];
  /** All gelijkgestelde dagen (every year), ordered by date. */
  gelijkgesteldeDagen: { id: number; datum: string; datumTekst: string; omschrijving: string; inJaar: boolean }[];
  /** The national holidays of `jaar`, computed by the calendar module, with their effect on both calendars. */
  feestdagen: { datum: string; datumTekst: string; code: FeestdagCode; naam: string; organisatie: "vrij" | "werkdag" | "gesloten"; atw: boolean }[];
  aantalWerkdagen: number;
}

export const MIN_JAAR = 2000;
export const MAX_JAAR = 2100;

export function kalenderOverzicht(jaar: number): KalenderOverzicht {
  const { db } = getDatabase();
  const orgDagen = db
    .select()
    .from(kalenderDagen)
    .where(and(eq(kalenderDagen.kalender, "organisatie"), gte(kalenderDagen.datum, `${jaar}-01-01`), lte(kalenderDagen.datum, `${jaar}-12-31`)))
    .orderBy(asc(kalenderDagen.datum))
    .all();
  const gelijk = db
    .select()
    .from(kalenderDagen)
    .where(and(eq(kalenderDagen.kalender, "atw"), eq(kalenderDagen.soort, "gelijkgesteld")))
    .orderBy(asc(kalenderDagen.datum))
    .all();
  const kal = kalenders();
  const uren = openingstijdenRijen();
  const feestdagen = nederlandseFeestdagen(jaar).map((f) => {
    const wd = weekdagVanDag(f.dagIndex);
    const open = uren[wd - 1]?.open != null;
    const organisatie: "vrij" | "werkdag" | "gesloten" = kal.organisatie.isWerkdag(f.dagIndex)
      ? "werkdag"
      : open
        ? "vrij"
        : "gesloten";
    return {
      datum: f.datum,
      datumTekst: formatDagLang(f.dagIndex),
      code: f.code,
      naam: f.naam,
      organisatie,
      atw: !kal.atw.isWerkdag(f.dagIndex),
    };
  });
  const o = kal.organisatie.jaar(jaar);
  return {
    jaar,
    openingstijden: uren,
    openingstijdenStand: openingstijdenStand(),
    instellingen: vrijeDagInstellingen(),
    instellingenStand: instellingenStand(),
    organisatieDagen: orgDagen.map((d) => ({
      id: d.id,
      datum: d.datum,
      datumTekst: formatDagLang(dagVanIso(d.datum)),
      soort: d.soort === "deeldag" ? "deeldag" : "sluitingsdag",
      sluit: d.sluit,
      omschrijving: d.omschrijving,
    })),
    gelijkgesteldeDagen: gelijk.map((d) => ({
      id: d.id,
      datum: d.datum,
      datumTekst: formatDagLang(dagVanIso(d.datum)),
      omschrijving: d.omschrijving,
      inJaar: d.datum.startsWith(`${jaar}-`),
    })),
    feestdagen,
    aantalWerkdagen: o.aantal,
  };
}

// ------------------------------------------------------------------------------------------- changes

function veldFout(invoer: Record<string, string>, fouten: Fouten, taal: Taal = "nl"): Resultaat {
  return { ok: false, status: 400, fouten, melding: vertaal(taal, "handvest:kalenderFout.controleer"), invoer };
}

/** A weekday's name in `taal` ("maandag" / "Monday"). */
function dagNaam(taal: Taal, wd: number): string {
  return taal === "nl" ? WEEKDAG_NAMEN[wd]! : datumFormat(taal).weekdag(wd);
}

/** A day's long date in `taal`. */
function dagTekstIn(taal: Taal, dag: number): string {
  return taal === "nl" ? formatDagLang(dag) : datumFormat(taal).dagLang(dag);
}

const WEEKDAG = new Map(WEEKDAG_NAMEN.map((n, wd) => [n as string, wd]));

/**
 * Why a day is not a working day, in `taal`: the calendar words it in Dutch (holiday names joined with "en", a
 * weekday, a closing day's own description); holidays and weekdays are named in `taal`, a description stays as entered.
 */
export function redenVrijIn(taal: Taal, reden: string): string {
  if (taal === "nl") return reden;
  const t = vertaler(taal);
  const delen = reden.split(" en ");
  if (delen.every((d) => FEESTDAG_CODE_VAN_NAAM.has(d)))
    return delen.map((d) => t(`handvest:feestdag.${FEESTDAG_CODE_VAN_NAAM.get(d)}`)).reduce((a, b) => t("handvest:kalenderFout.en", { a, b }));
  if (WEEKDAG.has(reden)) return dagNaam(taal, WEEKDAG.get(reden)!);
  if (reden === "gesloten") return t("handvest:kalenderFout.gesloten");
  return reden;
}

/** What was shown changed in the meantime: audit the refusal and keep the typed input (409). */
function verouderd(wie: Wie, actie: string, objectId: string, invoer: Record<string, string>, melding: string): Resultaat {
  audit({ ...wie, actie, objectType: "kalender", objectId, resultaat: "geweigerd", details: { reden: "verouderd" } });
  return { ok: false, status: 409, fouten: {}, invoer, melding };
}

function tekstVan(form: Record<string, FormDataEntryValue | undefined>, k: string): string {
  const w = form[k];
  return typeof w === "string" ? w.trim() : "";
}

/** Office hours for all seven weekdays: fields open-N, sluit-N, gesloten-N (N = 1…7) and stand. */
export function wijzigOpeningstijden(form: Record<string, FormDataEntryValue | undefined>, wie: Wie, taal: Taal = "nl"): Resultaat {
  const t = vertaler(taal);
  const invoer: Record<string, string> = {};
  const fouten: Fouten = {};
  const nieuw: { weekdag: number; open: string | null; sluit: string | null }[] = [];
  for (let wd = 1; wd <= 7; wd++) {
    const naam = dagNaam(taal, wd);
    const gesloten = form[`gesloten-${wd}`] === "on";
    const open = tekstVan(form, `open-${wd}`);
    const sluit = tekstVan(form, `sluit-${wd}`);
    invoer[`open-${wd}`] = open;
    invoer[`sluit-${wd}`] = sluit;
    invoer[`gesloten-${wd}`] = gesloten ? "on" : "";
    if (gesloten) {
      nieuw.push({ weekdag: wd, open: null, sluit: null });
      continue;
    }
    const om = minutenVanKloktijd(open);
    const sm = minutenVanKloktijd(sluit);
    if (om === null) fouten[`open-${wd}`] = [t(`${K}openingstijd`, { dag: naam })];
    else if (om >= 24 * 60) fouten[`open-${wd}`] = [t(`${K}voorMiddernacht`)];
    if (sm === null) fouten[`sluit-${wd}`] = [t(`${K}sluitingstijd`, { dag: naam })];
    if (om !== null && sm !== null && sm <= om) fouten[`sluit-${wd}`] = [t(`${K}sluitNaOpen`, { dag: naam })];
    nieuw.push({ weekdag: wd, open, sluit });
  }
  if (Object.keys(fouten).length === 0 && nieuw.every((n) => n.open === null)) {
    fouten["gesloten-1"] = [t(`${K}eenDagOpen`)];
  }
  if (Object.keys(fouten).length > 0) return veldFout(invoer, fouten, taal);
  const { sqlite, db } = getDatabase();
  return sqlite.transaction((): Resultaat => {
    const oud = openingstijdenRijen();
    if (tekstVan(form, "stand") !== stand(oud)) {
      return verouderd(
        wie,
        "kalender.openingstijden_wijzigen",
        "openingstijden",
        invoer,
        t(`${K}tijdenGewijzigd`),
      );
    }
    for (const n of nieuw) {
      db.insert(openingstijden)
        .values(n)
        .onConflictDoUpdate({ target: openingstijden.weekdag, set: { open: n.open, sluit: n.sluit } })
        .run();
    }
    audit({
      ...wie,
      actie: "kalender.openingstijden_gewijzigd",
      objectType: "kalender",
      objectId: "openingstijden",
      resultaat: "ok",
      details: {
        voor: oud.map((o) => `${o.weekdag}:${o.open ?? "-"}-${o.sluit ?? "-"}`),
        na: nieuw.map((o) => `${o.weekdag}:${o.open ?? "-"}-${o.sluit ?? "-"}`),
      },
    });
    naWijziging();
    return { ok: true, melding: "De kantoortijden zijn opgeslagen." };
  })();
}

/** The settings bevrijdingsdag_vrij and goede_vrijdag_vrij (checkboxes) and stand. */
export function wijzigVrijeDagen(form: Record<string, FormDataEntryValue | undefined>, wie: Wie, taal: Taal = "nl"): Resultaat {
  const bevrijdingsdagVrij = form.bevrijdingsdagVrij === "on";
  const goedeVrijdagVrij = form.goedeVrijdagVrij === "on";
  const invoer = { bevrijdingsdagVrij: bevrijdingsdagVrij ? "on" : "", goedeVrijdagVrij: goedeVrijdagVrij ? "on" : "" };
  const { sqlite, db } = getDatabase();
  return sqlite.transaction((): Resultaat => {
    const oud = vrijeDagInstellingen();
    if (tekstVan(form, "stand") !== stand(oud)) {
      return verouderd(
        wie,
        "kalender.instellingen_wijzigen",
        "vrije_dagen",
        invoer,
        vertaal(taal, `${K}instellingenGewijzigd`),
      );
    }
    for (const [sleutel, waarde] of [
      ["bevrijdingsdag_vrij", bevrijdingsdagVrij],
      ["goede_vrijdag_vrij", goedeVrijdagVrij],
    ] as const) {
      db.insert(instellingen)
        .values({ sleutel, waarde: JSON.stringify(waarde) })
        .onConflictDoUpdate({ target: instellingen.sleutel, set: { waarde: JSON.stringify(waarde) } })
        .run();
    }
    audit({
      ...wie,
      actie: "kalender.instellingen_gewijzigd",
      objectType: "kalender",
      objectId: "vrije_dagen",
      resultaat: "ok",
      details: { voor: oud, na: { bevrijdingsdagVrij, goedeVrijdagVrij } },
    });
    naWijziging();
    return { ok: true, melding: "De instellingen voor vrije dagen zijn opgeslagen." };
  })();
}

const DatumSchema = z
  .string({ error: `${K}datum` })
  .trim()
  .min(1, `${K}datum`)
  .regex(/^\d{4}-\d{2}-\d{2}$/, `${K}datumVorm`)
  .refine((s) => {
    try {
      dagVanIso(s);
      return true;
    } catch {
      return false;
    }
  }, `${K}datumBestaatNiet`)
  .refine((s) => {
    const j = Number(s.slice(0, 4));
    return j >= MIN_JAAR && j <= MAX_JAAR;
  }, `${K}datumBereik?min=${MIN_JAAR}&max=${MAX_JAAR}`);

const OmschrijvingSchema = z
  .string({ error: `${K}omschrijving` })
  .trim()
  .min(3, `${K}omschrijvingMin`)
  .max(200, `${K}omschrijvingMax`);

const OrganisatieDagSchema = z.object({
  datum: DatumSchema,
  soort: z.enum(["sluitingsdag", "deeldag"], { error: `${K}soort` }),
  sluit: z.string().trim().optional(),
  omschrijving: OmschrijvingSchema,
});

function bestaandeDag(kalender: "organisatie" | "atw", datum: string) {
  const { db } = getDatabase();
  return db
    .select()
    .from(kalenderDagen)
    .where(and(eq(kalenderDagen.kalender, kalender), eq(kalenderDagen.datum, datum)))
    .get();
}

/** Adds an organisation closing day or part day (fields datum, soort, sluit, omschrijving). */
export function voegOrganisatieDagToe(form: Record<string, FormDataEntryValue | undefined>, wie: Wie, taal: Taal = "nl"): Resultaat {
  const t = vertaler(taal);
  const invoer = {
    datum: tekstVan(form, "datum"),
    soort: tekstVan(form, "soort"),
    sluit: tekstVan(form, "sluit"),
    omschrijving: tekstVan(form, "omschrijving"),
  };
  const parsed = valideer(OrganisatieDagSchema, form, taal);
  if (!parsed.ok) return veldFout(invoer, parsed.fouten, taal);
  const fouten: Fouten = {};
  const d = parsed.data;
  const kal = kalenders();
  const dag = dagVanIso(d.datum);
  const datumTekst = formatDagLang(dag);
  const datumIn = dagTekstIn(taal, dag);
  const bestaand = bestaandeDag("organisatie", d.datum);
  if (bestaand) {
    fouten.datum = [t(`${K}alEenDag`, { datum: datumIn, soort: t(`${K}${bestaand.soort === "deeldag" ? "verkorteWerkdag" : "sluitingsdag"}`), omschrijving: bestaand.omschrijving })];
  } else if (!kal.organisatie.isWerkdag(dag)) {
    fouten.datum = [t(`${K}geenWerkdag`, { datum: datumIn, reden: redenVrijIn(taal, kal.organisatie.redenVrij(dag) ?? "") })];
  }
  let sluit: string | null = null;
  if (d.soort === "deeldag") {
    const sm = d.sluit ? minutenVanKloktijd(d.sluit) : null;
    if (sm === null) fouten.sluit = [t(`${K}vroegeSluiting`)];
    else if (!fouten.datum) {
      const wd = weekdagVanDag(dag);
      const uren = openingstijdenRijen()[wd - 1]!;
      const om = uren.open ? minutenVanKloktijd(uren.open)! : null;
      const normaal = uren.sluit ? minutenVanKloktijd(uren.sluit)! : null;
      if (om !== null && sm <= om) fouten.sluit = [t(`${K}naOpening`, { dag: dagNaam(taal, wd), open: uren.open ?? "" })];
      else if (normaal !== null && sm >= normaal) fouten.sluit = [t(`${K}voorSluiting`, { dag: dagNaam(taal, wd), sluit: uren.sluit ?? "" })];
    }
    sluit = d.sluit ?? null;
  }
  if (Object.keys(fouten).length > 0) return veldFout(invoer, fouten, taal);
  const { sqlite, db } = getDatabase();
  return sqlite.transaction((): Resultaat => {
    if (bestaandeDag("organisatie", d.datum)) {
      return { ok: false, status: 409, fouten: { datum: [t(`${K}alIngevoerd`)] }, melding: t(`${K}nietOpgeslagen`), invoer };
    }
    const id = Number(
      db.insert(kalenderDagen).values({ kalender: "organisatie", datum: d.datum, soort: d.soort, sluit, omschrijving: d.omschrijving }).run()
        .lastInsertRowid,
    );
    audit({
      ...wie,
      actie: "kalender.dag_toegevoegd",
      objectType: "kalender_dag",
      objectId: id,
      resultaat: "ok",
      details: { kalender: "organisatie", datum: d.datum, soort: d.soort, sluit, omschrijving: d.omschrijving },
    });
    naWijziging();
    return {
      ok: true,
      melding:
        d.soort === "deeldag"
          ? `${datumTekst} is toegevoegd als verkorte werkdag (sluiting ${sluit}).`
          : `${datumTekst} is toegevoegd als sluitingsdag.`,
    };
  })();
}

const GelijkgesteldSchema = z.object({ datum: DatumSchema, omschrijving: OmschrijvingSchema });

/** Adds a day equated with a public holiday (Atw art. 3 lid 3): fields datum, omschrijving. */
export function voegGelijkgesteldeDagToe(form: Record<string, FormDataEntryValue | undefined>, wie: Wie, taal: Taal = "nl"): Resultaat {
  const t = vertaler(taal);
  const invoer = { datum: tekstVan(form, "datum"), omschrijving: tekstVan(form, "omschrijving") };
  const parsed = valideer(GelijkgesteldSchema, form, taal);
  if (!parsed.ok) return veldFout(invoer, parsed.fouten, taal);
  const fouten: Fouten = {};
  const d = parsed.data;
  const dag = dagVanIso(d.datum);
  const datumTekst = formatDagLang(dag);
  const datumIn = dagTekstIn(taal, dag);
  const wd = weekdagVanDag(dag);
  const feest = nederlandseFeestdagen(Number(d.datum.slice(0, 4))).find((f) => f.datum === d.datum);
  if (bestaandeDag("atw", d.datum)) fouten.datum = [t(`${K}alGelijkgesteld`, { datum: datumIn })];
  else if (wd >= 6) fouten.datum = [t(`${K}weekend`, { datum: datumIn })];
  else if (feest) fouten.datum = [t(`${K}alFeestdag`, { datum: datumIn, naam: t(`handvest:feestdag.${feest.code}`) })];
  if (Object.keys(fouten).length > 0) return veldFout(invoer, fouten, taal);
  const { sqlite, db } = getDatabase();
  return sqlite.transaction((): Resultaat => {
    if (bestaandeDag("atw", d.datum)) {
      return { ok: false, status: 409, fouten: { datum: [t(`${K}alToegevoegd`)] }, melding: t(`${K}nietOpgeslagen`), invoer };
    }
    const id = Number(
      db.insert(kalenderDagen).values({ kalender: "atw", datum: d.datum, soort: "gelijkgesteld", sluit: null, omschrijving: d.omschrijving }).run()
        .lastInsertRowid,
    );
    audit({
      ...wie,
      actie: "kalender.dag_toegevoegd",
      objectType: "kalender_dag",
      objectId: id,
      resultaat: "ok",
      details: { kalender: "atw", datum: d.datum, soort: "gelijkgesteld", omschrijving: d.omschrijving },
    });
    naWijziging();
    return { ok: true, melding: `${datumTekst} is toegevoegd als gelijkgestelde dag.` };
  })();
}

/** Removes a calendar day (closing day, part day or gelijkgestelde dag) by id. */
export function verwijderKalenderDag(id: number, wie: Wie, taal: Taal = "nl"): Resultaat {
  const { sqlite, db } = getDatabase();
  return sqlite.transaction((): Resultaat => {
    const rij = Number.isInteger(id) ? db.select().from(kalenderDagen).where(eq(kalenderDagen.id, id)).get() : undefined;
    if (!rij) {
      return { ok: false, status: 404, fouten: {}, melding: vertaal(taal, `${K}dagWeg`), invoer: {} };
    }
    db.delete(kalenderDagen).where(eq(kalenderDagen.id, id)).run();
    audit({
      ...wie,
      actie: "kalender.dag_verwijderd",
      objectType: "kalender_dag",
      objectId: id,
      resultaat: "ok",
      details: { kalender: rij.kalender, datum: rij.datum, soort: rij.soort, sluit: rij.sluit, omschrijving: rij.omschrijving },
    });
    naWijziging();
    const soort = rij.soort === "gelijkgesteld" ? "gelijkgestelde dag" : rij.soort === "deeldag" ? "verkorte werkdag" : "sluitingsdag";
    return { ok: true, melding: `De ${soort} van ${formatDagLang(dagVanIso(rij.datum))} is verwijderd.` };
  })();
}
