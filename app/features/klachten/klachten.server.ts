/**
 * Klachten (Awb hoofdstuk 9): intake, the dossier, the steps of the klacht machine, the list with full-text
 * search, notes and letters. Every step runs the workflow runtime (pasToeInTransactie) and updates the dossier
 * columns in `klachten`, stores letters and writes the audit line in ONE synchronous transaction.
 *
 * Access (record level): the regieteam, the klachtbehandelaar, and (read only) the teamleider of the
 * department; a beklaagde never sees the dossier (unless appointed handler under the recorded 9:7 exception).
 */
import { verborgenVoor } from "../../platform/engine/beperking.server";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { toets95, toets97, toets98, toets99, toets912, toetsHoren, toetsUitstel, toetsVerdaging } from "../../../workflows/klacht/machine";
import { klachtMachine, SOORT, STATUS_TEKST, MIJLPALEN, statusVan, type Beklaagde, type KlachtContext, type KlachtEvent, type KlachtStatus } from "../../../workflows/klacht/machine";
import {
  BEHOORLIJKHEIDSNORMEN,
  GROND_TEKST,
  OORDEEL_TEKST,
  HOREN_OVERSLAAN_TEKST,
  KANAAL_TEKST,
  afhandelWeken,
  eenJaarToets,
  isIsoDatum,
  nlDatum,
  normNaam,
  vernietigingsdatum,
  type Bewaarklasse,
  type Grond98,
  type KlachtKanaal,
  type Oordeel,
} from "../../../workflows/klacht/recht";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import { heeft, type AppUser } from "../../platform/auth/permissions.server";
import { kalenders, normVersieOp, termijnNorm } from "../../platform/engine/normen.server";
import { berekenTermijn } from "../../domain/kalender/termijn";
import { verklaarTermijn } from "../../domain/kalender/verklaar";
import { formatDatum, formatDatumTijd } from "../../domain/kalender/format";
import { isoDatum, dagVanIso, instantVanLokaleDag } from "../../domain/kalender/tijd";
import {
  registreerWorkflow,
  startAfspraak,
  pasToeInTransactie,
  herstelSnapshot,
  laadAfspraakRij,
  WorkflowFout,
  type Actor,
  type WorkflowEvent,
} from "../../platform/engine/runtime.server";
import { termijnenVan } from "../../platform/engine/termijnen.server";
import { normMetId } from "../../platform/engine/termijnen.server";
import { koppelBurger } from "../klantbeeld/klantbeeld.server";
import { sjabloon, vulIn, type BriefSoort } from "./brieven.server";
import { logError } from "../../platform/web/log.server";
import { vertaal, vertaalMelding, vertaler } from "../../platform/i18n/vertaal";
import { datumFormat, MAANDEN_EN } from "../../platform/i18n/datum";
import type { Taal } from "../../platform/i18n/i18n";
import { bijKlachtbrief } from "../berichten/verzenden.server";

export { STATUS_TEKST, type KlachtStatus };

// ------------------------------------------------------------------------------------------------ registration

registreerWorkflow({
  soort: SOORT,
  machine: klachtMachine,
  projectie: (s) => {
    const c = s.context;
    const status = statusVan(s.value);
    return {
      titel: `Klacht ${c.nummer}`,
      eigenaarId: c.behandelaarId,
      afdelingId: c.afdelingId,
      teamId: c.teamId ?? null,
      burgerId: c.burgerId,
      kanaal: c.kanaal,
      open: status !== "gesloten" && status !== "ingetrokken",
    };
  },
  weigering: (s, e) => weigeringVoor(s.context, statusVan(s.value), e as KlachtEvent),
  statusNaam: (st) => STATUS_TEKST[st as KlachtStatus] ?? st,
  link: (id) => `/klachten/${id}`,
});

// ------------------------------------------------------------------------------------------------ refusals


const STAP_STATUSSEN: Record<string, KlachtStatus[]> = {
  ONTVANGST_BEVESTIGEN: ["ontvangen"],
  BEHANDELAAR_TOEWIJZEN: ["ontvangst_bevestigd", "in_behandeling", "hoor_en_wederhoor", "verdaagd"],
  INFORMEEL_OPGELOST: ["in_behandeling", "hoor_en_wederhoor", "verdaagd"],
  NIET_IN_BEHANDELING: ["in_behandeling"],
  BERICHT_9_8_VERSTUURD: ["niet_in_behandeling"],
  KOPIE_BEKLAAGDE: ["in_behandeling"],
  HOORZITTING_PLANNEN: ["hoor_en_wederhoor", "verdaagd"],
  HOORZITTING_GEHOUDEN: ["hoor_en_wederhoor", "verdaagd"],
  HOREN_OVERSLAAN: ["hoor_en_wederhoor", "verdaagd"],
  VERDAGINGSBERICHT: ["hoor_en_wederhoor", "verdaagd"],
  VERDAGEN: ["hoor_en_wederhoor", "verdaagd"],
  UITSTEL_MET_INSTEMMING: ["hoor_en_wederhoor", "verdaagd"],
  AFHANDELEN: ["hoor_en_wederhoor", "verdaagd"],
  LES_VASTLEGGEN: ["afgehandeld", "informeel_opgelost"],
  LES_OVERSLAAN: ["afgehandeld", "informeel_opgelost"],
  SLUITEN: ["les"],
  OMBUDSMAN_INGESCHAKELD: ["gesloten"],
  INTREKKEN: ["ontvangen", "ontvangst_bevestigd", "in_behandeling", "hoor_en_wederhoor", "verdaagd"],
};

/**
 * The reason why the law (or the order of the steps) does not allow `e` now, in `taal` (Dutch for the
 * workflow runtime and every other caller; the dossier page asks again in English when English is chosen).
 */
export function weigeringVoor(c: KlachtContext, status: KlachtStatus, e: KlachtEvent, taal: Taal = "nl"): string | null {
  const t = vertaler(taal);
  // the machine's own checks may answer a dictionary key or (still) a Dutch sentence
  const w = (m: string | null) => (m === null ? null : vertaalMelding(taal, m));
  if (e.type.startsWith("TERMIJN.")) return null;
  const mag = STAP_STATUSSEN[e.type];
  if (mag && !mag.includes(status)) {
    if (e.type === "BEHANDELAAR_TOEWIJZEN" && status === "ontvangen") return t("klachten:weigering.eerstOntvangst");
    if (e.type === "AFHANDELEN" && status === "in_behandeling") return t("klachten:weigering.eerstAfschrift");
    if (e.type === "INTREKKEN") return status === "ingetrokken" ? t("klachten:weigering.alIngetrokken") : t("klachten:weigering.intrekkenKanNiet");
    if (e.type === "UITSTEL_MET_INSTEMMING") return t("klachten:weigering.uitstelNaVerdaging");
    return t("klachten:weigering.status", { status: taal === "nl" ? STATUS_TEKST[status] : t(`klachten:status.${status}`) });
  }
  switch (e.type) {
    case "BEHANDELAAR_TOEWIJZEN":
      return w(toets97(c, e));
    case "INFORMEEL_OPGELOST":
      return w(toets95(e));
    case "NIET_IN_BEHANDELING":
      return w(toets98(c, e));
    case "KOPIE_BEKLAAGDE":
      return w(toets99(c, e));
    case "HOORZITTING_GEHOUDEN":
      return e.verslag?.trim() ? null : t("klachten:stapFout.verslag");
    case "HOREN_OVERSLAAN":
      return e.toelichting?.trim() ? null : t("klachten:weigering.horen");
    case "VERDAGEN":
      return w(toetsVerdaging(c, e));
    case "UITSTEL_MET_INSTEMMING":
      if (status !== "verdaagd") return t("klachten:weigering.uitstelNaVerdaging");
      return w(toetsUitstel(c, e));
    case "AFHANDELEN":
      return w(toetsHoren(c) ?? toets912(e));
    case "LES_VASTLEGGEN":
      return t("klachten:weigering.les");
    case "LES_OVERSLAAN":
      return t("klachten:stapFout.lesReden");
    case "OMBUDSMAN_INGESCHAKELD":
      return t("klachten:weigering.ombudsmanAl");
    default:
      return null;
  }
}

/**
 * A refusal of `e` on klacht `id` (as `voerStapUit` answered it, in Dutch) in `taal`: the law's reason worded
 * again when it is the one `weigeringVoor` gives, any other message through the dictionaries when it is a key.
 */
export function weigeringInTaal(id: string, e: KlachtEvent, melding: string, taal: Taal): string {
  if (taal === "nl") return melding;
  const l = laadContext(id);
  if (l && weigeringVoor(l.c, l.status, e) === melding) return weigeringVoor(l.c, l.status, e, taal) ?? melding;
  return vertaalMelding(taal, melding);
}

// ------------------------------------------------------------------------------------------------ settings

function instelling<T>(sqlite: Database.Database, sleutel: string, standaard: T): T {
  const r = sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = ?").get(sleutel) as { waarde: string } | undefined;
  if (!r) return standaard;
  try {
    return JSON.parse(r.waarde) as T;
  } catch {
    return standaard;
  }
}

export function ombudsmanInstelling(): { naam: string; termijnWeken: number } {
  const o = instelling(getDatabase().sqlite, "ombudsman", { naam: "Nationale ombudsman", termijnWeken: 52 });
  return { naam: o.naam || "Nationale ombudsman", termijnWeken: Number(o.termijnWeken) || 52 };
}

export function metKlachtadviescommissie(): boolean {
  return instelling<boolean>(getDatabase().sqlite, "klachtadviescommissie", false) === true;
}

// ------------------------------------------------------------------------------------------------ intake

export interface KlachtInvoer {
  ontvangenDatum: string; // YYYY-MM-DD (today by default)
  kanaal: KlachtKanaal;
  schriftelijk: boolean;
  klagerSoort: "persoon" | "organisatie";
  klagerNaam: string;
  klagerOrganisatie: string | null;
  klagerAdres: string | null;
  klagerPostcode: string | null;
  klagerWoonplaats: string | null;
  klagerTelefoon: string | null;
  klagerEmail: string | null;
  klagerVoorkeurKanaal: string | null;
  dagtekening: string | null;
  omschrijving: string;
  gedragingDatum: string | null;
  afdelingId: number | null;
  beklaagdeIds: string[];
  beklaagdeOnbekend: boolean;
  betreftBestuursorgaan: boolean;
}

function volgendNummer(sqlite: Database.Database, jaar: number): string {
  const prefix = `KL-${jaar}-`;
  const r = sqlite.prepare("SELECT max(nummer) AS m FROM klachten WHERE nummer LIKE ?").get(`${prefix}%`) as { m: string | null };
  const n = r.m ? Number(r.m.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}

/** The receipt instant: now when received today, else the end of office hours… simply 12:00 local on that date. */
function ontvangstMoment(datum: string, nu: number): number {
  if (datum === isoDatum(nu)) return nu;
  return instantVanLokaleDag(dagVanIso(datum), 12 * 3_600_000);
}

export function afhandelTermijn(ontvangenOp: number, weken: number): number {
  return berekenTermijn(kalenders(), ontvangenOp, { duur: weken, eenheid: "weken", kalender: "atw" });
}

export function registreerKlacht(invoer: KlachtInvoer, actor: Actor, oorsprong: string | null): { id: string; nummer: string } {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const nu = now();
    const ontvangenOp = ontvangstMoment(invoer.ontvangenDatum, nu);
    const ontvangenDatum = isoDatum(ontvangenOp);
    const nummer = volgendNummer(sqlite, Number(ontvangenDatum.slice(0, 4)));
    const weken = afhandelWeken(metKlachtadviescommissie());
    const afhandelTermijnOp = afhandelTermijn(ontvangenOp, weken);
    const namen = sqlite.prepare("SELECT id, naam FROM medewerkers WHERE id = ?");
    const beklaagden: Beklaagde[] = invoer.beklaagdeIds
      .map((id) => namen.get(id) as { id: string; naam: string } | undefined)
      .filter((b): b is { id: string; naam: string } => Boolean(b));
    const burgerId =
      invoer.klagerSoort === "persoon" && (invoer.klagerTelefoon || invoer.klagerEmail || invoer.klagerNaam)
        ? koppelBurger({ naam: invoer.klagerNaam, telefoonE164: invoer.klagerTelefoon, email: invoer.klagerEmail })
        : null;
    const klagerNaam = invoer.klagerSoort === "organisatie" && invoer.klagerOrganisatie ? invoer.klagerOrganisatie : invoer.klagerNaam;
    // the team the complaint is about, for the regieteam's trends per team (the beklaagde's team today)
    const teamId = beklaagden.length
      ? ((sqlite.prepare("SELECT team_id FROM medewerkers WHERE id = ?").get(beklaagden[0]!.id) as { team_id: number | null } | undefined)?.team_id ?? null)
      : null;
    const { id, versie } = startAfspraak(
      SOORT,
      {
        nummer,
        klagerNaam,
        ontvangenOp,
        ontvangenDatum,
        gedragingDatum: invoer.gedragingDatum,
        schriftelijk: invoer.schriftelijk,
        kanaal: invoer.kanaal,
        afdelingId: invoer.afdelingId,
        teamId,
        burgerId,
        beklaagden,
        beklaagdeOnbekend: invoer.beklaagdeOnbekend || beklaagden.length === 0,
        betreftBestuursorgaan: invoer.betreftBestuursorgaan,
        termijnWeken: weken,
        afhandelTermijnOp,
      },
      actor,
      { handvestPeilOp: ontvangenOp, oorsprong },
    );
    sqlite
      .prepare(
        `INSERT INTO klachten (id, nummer, status, ontvangen_op, kanaal, schriftelijk, klager_soort, klager_naam, klager_organisatie,
           klager_adres, klager_postcode, klager_woonplaats, klager_telefoon, klager_email, klager_voorkeur_kanaal, dagtekening,
           burger_id, omschrijving, gedraging_datum, afdeling_id, team_id, beklaagden, beklaagde_onbekend, betreft_bestuursorgaan,
           termijn_weken, oorspronkelijke_termijn_op, termijn_op, versie, aangemaakt_op, aangemaakt_door, gewijzigd_op)
         VALUES (@id, @nummer, 'ontvangen', @ontvangenOp, @kanaal, @schriftelijk, @klagerSoort, @klagerNaam, @klagerOrganisatie,
           @klagerAdres, @klagerPostcode, @klagerWoonplaats, @klagerTelefoon, @klagerEmail, @klagerVoorkeurKanaal, @dagtekening,
           @burgerId, @omschrijving, @gedragingDatum, @afdelingId, @teamId, @beklaagden, @beklaagdeOnbekend, @betreftBestuursorgaan,
           @weken, @afhandelTermijnOp, @afhandelTermijnOp, @versie, @nu, @actorId, @nu)`,
      )
      .run({
        id,
        nummer,
        ontvangenOp,
        kanaal: invoer.kanaal,
        schriftelijk: invoer.schriftelijk ? 1 : 0,
        klagerSoort: invoer.klagerSoort,
        klagerNaam: invoer.klagerNaam,
        klagerOrganisatie: invoer.klagerOrganisatie,
        klagerAdres: invoer.klagerAdres,
        klagerPostcode: invoer.klagerPostcode,
        klagerWoonplaats: invoer.klagerWoonplaats,
        klagerTelefoon: invoer.klagerTelefoon,
        klagerEmail: invoer.klagerEmail,
        klagerVoorkeurKanaal: invoer.klagerVoorkeurKanaal,
        dagtekening: invoer.dagtekening,
        burgerId,
        omschrijving: invoer.omschrijving,
        gedragingDatum: invoer.gedragingDatum,
        afdelingId: invoer.afdelingId,
        teamId,
        beklaagden: JSON.stringify(beklaagden),
        beklaagdeOnbekend: invoer.beklaagdeOnbekend || beklaagden.length === 0 ? 1 : 0,
        betreftBestuursorgaan: invoer.betreftBestuursorgaan ? 1 : 0,
        weken,
        afhandelTermijnOp,
        versie,
        nu,
        actorId: actor.id,
      });
    audit({ actor, actie: "klacht.geregistreerd", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong, details: { nummer, kanaal: invoer.kanaal } });
    return { id, nummer };
  })();
}

// ------------------------------------------------------------------------------------------------ steps

export type StapResultaat = { ok: true; versie: number; status: string; briefId?: number } | { ok: false; reden: string; melding: string };

/** Writes the dossier columns from the machine context (inside the step's transaction). */
function synchroniseer(sqlite: Database.Database, id: string, c: KlachtContext, status: KlachtStatus, versie: number, op: number): void {
  const gesloten = status === "gesloten";
  let klasse: Bewaarklasse | null = null;
  let vernietiging: string | null = null;
  if (c.afgeslotenOp !== null && (gesloten || status === "les" || status === "afgehandeld" || status === "informeel_opgelost")) {
    klasse = c.grond98 ? "niet_in_behandeling" : c.ombudsmanIngeschakeldOp !== null ? "afgehandeld_ombudsman" : "afgehandeld";
    vernietiging = vernietigingsdatum(klasse, isoDatum(c.afgeslotenOp));
  }
  // withdrawn by the complainant: broken off (Selectielijst 2020: 1 year)
  if (status === "ingetrokken" && c.afgeslotenOp !== null) {
    klasse = "afgebroken";
    vernietiging = vernietigingsdatum(klasse, isoDatum(c.afgeslotenOp));
  }
  const lopend = !["niet_in_behandeling", "informeel_opgelost", "afgehandeld", "les", "gesloten", "ingetrokken"].includes(status);
  sqlite
    .prepare(
      `UPDATE klachten SET status = @status, behandelaar_id = @behandelaarId, behandelaar_naam = @behandelaarNaam,
         uitzondering_9_7 = @uitzondering97, ontvangst_bevestigd_op = @ontvangstBevestigdOp, grond_9_8 = @grond98,
         grond_toelichting = @grondToelichting, bericht_9_8_op = @bericht98Op, informeel_op = @informeelOp,
         informeel_toelichting = @informeelToelichting, informeel_tevredenheid = @informeelTevredenheid,
         kopie_beklaagde_op = @kopieBeklaagdeOp, kopie_niet_mogelijk = @kopieNietMogelijk,
         hoorzitting_gepland_op = @hoorzittingGeplandOp, hoorzitting_op = @hoorzittingGehoudenOp, hoor_verslag = @verslag,
         horen_overgeslagen_reden = @horenReden, horen_overgeslagen_toelichting = @horenToelichting,
         termijn_op = @termijnOp, verdaging_bericht_klager_op = @verdagingBerichtKlagerOp,
         verdaging_bericht_beklaagde_op = @verdagingBerichtBeklaagdeOp, verdaagd_weken = @verdaagdWeken, verdaagd_op = @verdaagdOp,
         uitstel = @uitstel, conclusie_op = @conclusieOp, bevindingen = @bevindingen, oordeel = @oordeel, oordeel_reden = @oordeelReden,
         maatregelen = @maatregelen, ombudsman_naam = @ombudsmanNaam, ombudsman_termijn_weken = @ombudsmanTermijnWeken,
         les = @les, les_overgeslagen = @lesOvergeslagen, afgesloten_op = @afgeslotenOp,
         afgerond_binnen_termijn = @binnenTermijn,
         ombudsman_ingeschakeld_op = @ombudsmanIngeschakeldOp, bewaarklasse = @klasse, vernietigingsdatum = @vernietiging,
         versie = @versie, gewijzigd_op = @op
       WHERE id = @id`,
    )
    .run({
      id,
      status,
      behandelaarId: c.behandelaarId,
      behandelaarNaam: c.behandelaarNaam,
      uitzondering97: c.uitzondering97,
      ontvangstBevestigdOp: c.ontvangstBevestigdOp,
      grond98: c.grond98,
      grondToelichting: c.grondToelichting,
      bericht98Op: c.bericht98Op,
      informeelOp: c.informeel?.op ?? null,
      informeelToelichting: c.informeel?.toelichting ?? null,
      informeelTevredenheid: c.informeel ? `Klager tevreden — ${c.informeel.vastgelegdVia}` : null,
      kopieBeklaagdeOp: c.kopieBeklaagdeOp,
      kopieNietMogelijk: c.kopieNietMogelijk,
      hoorzittingGeplandOp: c.hoorzittingGeplandOp,
      hoorzittingGehoudenOp: c.hoorzittingGehoudenOp,
      verslag: c.verslag,
      horenReden: c.horenOvergeslagen?.reden ?? null,
      horenToelichting: c.horenOvergeslagen?.toelichting ?? null,
      termijnOp: lopend ? c.huidigeTermijnOp : null,
      verdagingBerichtKlagerOp: c.verdagingBerichtKlagerOp,
      verdagingBerichtBeklaagdeOp: c.verdagingBerichtBeklaagdeOp,
      verdaagdWeken: c.verdaagdWeken,
      verdaagdOp: c.verdaagdOp,
      uitstel: JSON.stringify(c.uitstel),
      conclusieOp: c.conclusie?.op ?? null,
      bevindingen: c.conclusie?.bevindingen ?? null,
      oordeel: c.conclusie?.oordeel ?? null,
      oordeelReden: c.conclusie?.oordeelReden ?? null,
      maatregelen: c.conclusie?.maatregelen ?? null,
      ombudsmanNaam: c.conclusie?.ombudsmanNaam ?? null,
      ombudsmanTermijnWeken: c.conclusie?.ombudsmanTermijnWeken ?? null,
      les: c.les,
      lesOvergeslagen: c.lesOvergeslagen,
      afgeslotenOp: c.afgeslotenOp,
      binnenTermijn: c.afgeslotenOp === null || status === "ingetrokken" ? null : c.afgeslotenOp <= c.huidigeTermijnOp ? 1 : 0,
      ombudsmanIngeschakeldOp: c.ombudsmanIngeschakeldOp,
      klasse,
      vernietiging,
      versie,
      op,
    });
  if (c.conclusie) {
    sqlite.prepare("DELETE FROM klacht_normen WHERE klacht_id = ?").run(id);
    const ins = sqlite.prepare("INSERT INTO klacht_normen (klacht_id, norm) VALUES (?, ?)");
    for (const n of c.conclusie.normen) ins.run(id, n);
  }
}

function laadContext(id: string): { c: KlachtContext; status: KlachtStatus; versie: number } | null {
  const rij = laadAfspraakRij(id);
  if (!rij || rij.soort !== SOORT) return null;
  const s = herstelSnapshot(klachtMachine, rij.snapshot);
  return { c: s.context, status: statusVan(s.value), versie: rij.versie };
}

/** The letter that goes with a step (stored with its exact text in the same transaction). */
function briefBijStap(e: KlachtEvent): { soort: BriefSoort; aan: "klager" | "beklaagde" } | null {
  switch (e.type) {
    case "ONTVANGST_BEVESTIGEN":
      return { soort: "ontvangstbevestiging", aan: "klager" };
    case "BERICHT_9_8_VERSTUURD":
      return { soort: "niet_in_behandeling", aan: "klager" };
    case "VERDAGINGSBERICHT":
      return { soort: "verdaging", aan: e.aan };
    case "AFHANDELEN":
      return { soort: "conclusie", aan: "klager" };
    default:
      return null;
  }
}

/**
 * Applies one step to klacht `id` loaded at `versie`. Refusals come back with a Dutch reason (the law's
 * reason, or "intussen gewijzigd"). On success the dossier columns, the letter and the audit line commit
 * together with the runtime's snapshot, event log and deadline rows.
 */
export function voerStapUit(id: string, versie: number, e: KlachtEvent, actor: Actor, oorsprong: string | null): StapResultaat {
  const { sqlite } = getDatabase();
  let resultaat: StapResultaat;
  try {
    resultaat = sqlite.transaction((): StapResultaat => {
      // The merge for a letter needs the state after the step; do the step first, then render from the new context.
      const r = pasToeInTransactie(sqlite, id, versie, e as unknown as WorkflowEvent, actor, { oorsprong });
      if (!r.ok) return r;
      const na = laadContext(id)!;
      synchroniseer(sqlite, id, na.c, na.status, r.versie, now());
      let briefId: number | undefined;
      const b = briefBijStap(e);
      if (b) {
        const brief = stelBriefOp(id, b.soort, b.aan);
        if (!brief.ok) throw new WorkflowFout(brief.melding);
        briefId = Number(
          sqlite
            .prepare(
              `INSERT INTO klacht_brieven (klacht_id, soort, aan, onderwerp, tekst, sjabloon_versie, door_id, door_naam, op)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(id, b.soort, brief.aan, brief.onderwerp, brief.tekst, brief.sjabloonVersie, actor.id, actor.naam, now()).lastInsertRowid,
        );
        audit({ actor, actie: "klacht.brief", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong, details: { soort: b.soort, briefId } });
        // the letter to the complainant by e-mail (or an SMS to the status page) where they chose that (issue 13)
        bijKlachtbrief(sqlite, id, { id: briefId, soort: b.soort, aan: b.aan, onderwerp: brief.onderwerp, tekst: brief.tekst }, now());
      }
      return { ok: true, versie: r.versie, status: r.status, briefId };
    })();
  } catch (err) {
    if (err instanceof WorkflowFout) resultaat = { ok: false, reden: "niet_toegestaan", melding: err.message };
    else {
      logError("klachtstap mislukt", err, { klacht: id, event: e.type });
      throw err;
    }
  }
  if (!resultaat.ok && resultaat.reden !== "niet_gevonden") {
    audit({ actor, actie: `klacht.${e.type}`, objectType: "klacht", objectId: id, resultaat: "geweigerd", oorsprong, details: { reden: resultaat.melding } });
  }
  return resultaat;
}

/** For the scheduler path: keep the dossier columns in step when TERMIJN.* events changed the snapshot. */
export function synchroniseerKlacht(id: string): void {
  const { sqlite } = getDatabase();
  const l = laadContext(id);
  if (l) synchroniseer(sqlite, id, l.c, l.status, l.versie, now());
}

// ------------------------------------------------------------------------------------------------ letters

export interface KlachtRij {
  id: string;
  nummer: string;
  status: KlachtStatus;
  ontvangen_op: number;
  kanaal: KlachtKanaal;
  schriftelijk: number;
  klager_soort: "persoon" | "organisatie";
  klager_naam: string;
  klager_organisatie: string | null;
  klager_adres: string | null;
  klager_postcode: string | null;
  klager_woonplaats: string | null;
  klager_telefoon: string | null;
  klager_email: string | null;
  klager_voorkeur_kanaal: string | null;
  dagtekening: string | null;
  burger_id: string | null;
  omschrijving: string;
  gedraging_datum: string | null;
  afdeling_id: number | null;
  beklaagden: string;
  beklaagde_onbekend: number;
  betreft_bestuursorgaan: number;
  behandelaar_id: string | null;
  behandelaar_naam: string | null;
  termijn_weken: number;
  oorspronkelijke_termijn_op: number;
  termijn_op: number | null;
  bewaarklasse: Bewaarklasse | null;
  vernietigingsdatum: string | null;
  versie: number;
  [k: string]: unknown;
}

function klachtRij(id: string): KlachtRij | undefined {
  return getDatabase().sqlite.prepare("SELECT * FROM klachten WHERE id = ?").get(id) as KlachtRij | undefined;
}

function weken(n: number): string {
  return n === 1 ? "1 week" : `${n} weken`;
}

type BriefOpstel = { ok: true; onderwerp: string; tekst: string; aan: string; sjabloonVersie: number } | { ok: false; melding: string };

/**
 * Renders a letter from the current template and the dossier. The conclusion letter refuses without every
 * Awb 9:12 field; a template field without a value is refused too (never a gap in a letter).
 */
export function stelBriefOp(id: string, soort: BriefSoort, aan: "klager" | "beklaagde" = "klager"): BriefOpstel {
  const k = klachtRij(id);
  const l = laadContext(id);
  if (!k || !l) return { ok: false, melding: "Deze klacht bestaat niet (meer)." };
  const c = l.c;
  if (soort === "conclusie" && !c.conclusie)
    return { ok: false, melding: "De conclusiebrief kan pas worden gemaakt als bevindingen, oordeel, normen, maatregelen en de ombudsman zijn vastgelegd (Awb 9:12)." };
  const s = sjabloon(soort);
  const ombudsman = c.conclusie ? { naam: c.conclusie.ombudsmanNaam, termijnWeken: c.conclusie.ombudsmanTermijnWeken } : ombudsmanInstelling();
  const beklaagden = JSON.parse(k.beklaagden) as Beklaagde[];
  const aanNaam = aan === "klager" ? k.klager_naam : beklaagden.map((b) => b.naam).join(", ") || "de beklaagde";
  const adres = aan === "klager" ? [k.klager_adres, [k.klager_postcode, k.klager_woonplaats].filter(Boolean).join(" ")].filter(Boolean).join("\n") : "(intern)";
  const waarden: Record<string, string | null> = {
    "klager.naam": aanNaam,
    "klager.adres": adres || (k.klager_email ?? k.klager_telefoon ?? "(geen adres bekend)"),
    nummer: k.nummer,
    ontvangen_op: formatDatum(k.ontvangen_op),
    gedraging: k.omschrijving,
    gedraging_datum: k.gedraging_datum ? nlDatum(k.gedraging_datum) : "onbekend",
    termijn: formatDatum(c.huidigeTermijnOp),
    behandelaar: c.behandelaarNaam ?? "de klachtcoördinator",
    grond: c.grond98 ? GROND_TEKST[c.grond98] : null,
    motivering: c.grondToelichting,
    verdaging_weken: c.verdaagdWeken ? String(c.verdaagdWeken) : soort === "verdaging" ? "[nog te bepalen]" : null,
    nieuwe_termijn: c.verdaagdWeken ? formatDatum(c.huidigeTermijnOp) : null,
    bevindingen: c.conclusie?.bevindingen ?? null,
    oordeel: c.conclusie
      ? OORDEEL_TEKST[c.conclusie.oordeel].toLowerCase() + (c.conclusie.oordeelReden ? ` (${c.conclusie.oordeelReden})` : "")
      : null,
    normen: c.conclusie
      ? c.conclusie.normen.length
        ? c.conclusie.normen.map((n) => `- ${normNaam(n)}`).join("\n")
        : "Wij hebben geen schending van een behoorlijkheidsnorm vastgesteld."
      : null,
    maatregelen: c.conclusie?.maatregelen ?? null,
    ombudsman: ombudsman.naam,
    ombudsman_termijn: weken(ombudsman.termijnWeken),
    datum: formatDatum(now()),
  };
  // a verdaging letter is written before the verdaging itself: announce the term the handler will set
  if (soort === "verdaging" && !c.verdaagdWeken) {
    const max = afhandelTermijn(c.afhandelTermijnOp, 4);
    waarden.verdaging_weken = "ten hoogste 4";
    waarden.nieuwe_termijn = formatDatum(max);
    // afhandelTermijn from a due moment: 4 weeks on the Atw calendar
  }
  const o = vulIn(s.onderwerp, waarden);
  const t = vulIn(s.tekst, waarden);
  const ontbreekt = [...o.ontbreekt, ...t.ontbreekt];
  if (ontbreekt.length)
    return { ok: false, melding: `De brief kan niet worden gemaakt: er is nog geen waarde voor ${ontbreekt.map((v) => `{{${v}}}`).join(", ")}.` };
  return { ok: true, onderwerp: o.tekst, tekst: t.tekst, aan: aanNaam, sjabloonVersie: s.versie };
}

export interface BriefRij {
  id: number;
  klacht_id: string;
  soort: BriefSoort;
  aan: string;
  onderwerp: string;
  tekst: string;
  door_naam: string | null;
  op: number;
}

export function brief(klachtId: string, briefId: number): BriefRij | undefined {
  return getDatabase()
    .sqlite.prepare("SELECT * FROM klacht_brieven WHERE klacht_id = ? AND id = ?")
    .get(klachtId, briefId) as BriefRij | undefined;
}

// ------------------------------------------------------------------------------------------------ access

export type Toegang = "beheer" | "behandelaar" | "lezen" | null;

function teamleiderVanAfdeling(sqlite: Database.Database, userId: string, afdelingId: number | null): boolean {
  if (afdelingId === null) return false;
  return Boolean(sqlite.prepare("SELECT 1 FROM teams WHERE teamleider_id = ? AND afdeling_id = ? LIMIT 1").get(userId, afdelingId));
}

/** Who may see / act on this dossier. A beklaagde never (unless appointed handler under 9:7 lid 2). */
export function toegangTot(user: Pick<AppUser, "id" | "rollen">, k: Pick<KlachtRij, "beklaagden" | "behandelaar_id" | "afdeling_id">): Toegang {
  const beklaagden = JSON.parse(k.beklaagden) as Beklaagde[];
  if (k.behandelaar_id === user.id) return "behandelaar";
  if (beklaagden.some((b) => b.id === user.id)) return null;
  if (heeft(user, "regieteam")) return "beheer";
  if (teamleiderVanAfdeling(getDatabase().sqlite, user.id, k.afdeling_id)) return "lezen";
  return null;
}

/** Access to klacht `id` (undefined = no such klacht). */
export function toegangVoorId(user: Pick<AppUser, "id" | "rollen">, id: string): Toegang | undefined {
  const k = klachtRij(id);
  if (k && verborgenVoor(user, k.burger_id)) return null; // AVG art. 18: restricted, hidden from all but the FG
  return k ? toegangTot(user, k) : undefined;
}

// ------------------------------------------------------------------------------------------------ dossier

export interface TermijnWeergave {
  mijlpaal: string;
  titel: string;
  termijnOp: number;
  termijnTekst: string;
  uitleg: string;
  status: "lopend" | "gehaald" | "gestopt";
  fase: string;
  opTijd: boolean | null;
  gehaaldOp: number | null;
  verzet: boolean;
}

const MIJLPAAL_TITEL: Record<string, string> = {
  [MIJLPALEN.ontvangst]: "Ontvangstbevestiging",
  [MIJLPALEN.afhandeling]: "Afhandeling (Awb 9:11)",
  [MIJLPALEN.verdaging]: "Afhandeling na verdaging (Awb 9:11 lid 2)",
  [MIJLPALEN.nietInBehandeling]: "Bericht niet in behandeling (Awb 9:8 lid 3)",
};

/** "1 week" / "3 weken" in `taal`. */
function wekenIn(n: number, taal: Taal): string {
  return vertaal(taal, n === 1 ? "klachten:weken.een" : "klachten:weken.meer", { n });
}

/** A calendar date (YYYY-MM-DD) as a long date in `taal`; anything else as it is. */
function isoDatumIn(iso: string, taal: Taal): string {
  if (taal === "nl") return nlDatum(iso);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && isIsoDatum(iso) ? `${Number(m[3])} ${MAANDEN_EN[Number(m[2])]} ${m[1]}` : iso;
}

function termijnUitleg(t: { mijlpaal: string; start_op: number; termijn_op: number; verzet: number; norm_versie_id: number }, c: KlachtContext, taal: Taal = "nl"): string {
  const { sqlite } = getDatabase();
  const k = kalenders();
  const tr = vertaler(taal);
  const f = datumFormat(taal);
  try {
    const norm = normMetId(sqlite, t.norm_versie_id);
    if (t.mijlpaal === MIJLPALEN.afhandeling && c.termijnWeken !== 6)
      return tr("klachten:termijnUitleg.commissie", { uitleg: verklaarTermijn(k, t.start_op, { duur: c.termijnWeken, eenheid: "weken", kalender: "atw" }, taal), weken: c.termijnWeken });
    if (t.mijlpaal === MIJLPALEN.verdaging && c.verdaagdWeken !== null) {
      const basis = verklaarTermijn(k, t.start_op, { duur: c.verdaagdWeken, eenheid: "weken", kalender: "atw" }, taal);
      const laatste = c.uitstel.at(-1);
      return laatste
        ? tr("klachten:termijnUitleg.uitgesteld", { uitleg: basis, instemming: isoDatumIn(laatste.instemmingDatum, taal), tot: f.datumTijd(laatste.nieuwOp) })
        : tr("klachten:termijnUitleg.verdaagd", { weken: wekenIn(c.verdaagdWeken, taal), uitleg: basis });
    }
    const tekst = verklaarTermijn(k, t.start_op, termijnNorm(norm), taal);
    return t.verzet ? tr("klachten:termijnUitleg.verzet", { uitleg: tekst, op: f.datumTijd(t.termijn_op) }) : tekst;
  } catch (err) {
    logError("termijnuitleg mislukt", err, { mijlpaal: t.mijlpaal });
    return tr("klachten:termijnUitleg.uiterlijk", { op: f.datumTijd(t.termijn_op) });
  }
}

export interface TijdlijnItem {
  op: number;
  soort: "gebeurtenis" | "notitie" | "brief";
  titel: string;
  tekst: string | null;
  door: string | null;
  briefId?: number;
}

const EVENT_TITEL: Record<string, string> = {
  AANGEMAAKT: "Klacht geregistreerd",
  ONTVANGST_BEVESTIGEN: "Ontvangst bevestigd (9:6)",
  BEHANDELAAR_TOEWIJZEN: "Klachtbehandelaar toegewezen (9:7)",
  INFORMEEL_OPGELOST: "Informeel opgelost, klager tevreden (9:5)",
  NIET_IN_BEHANDELING: "Besloten de klacht niet in behandeling te nemen (9:8)",
  BERICHT_9_8_VERSTUURD: "Bericht niet in behandeling verstuurd (9:8 lid 3)",
  KOPIE_BEKLAAGDE: "Afschrift aan beklaagde (9:9)",
  HOORZITTING_PLANNEN: "Hoorgesprek gepland (9:10)",
  HOORZITTING_GEHOUDEN: "Hoorgesprek gehouden, verslag vastgelegd (9:10)",
  HOREN_OVERSLAAN: "Horen achterwege gelaten (9:10 lid 2)",
  VERDAGINGSBERICHT: "Verdagingsbericht verstuurd (9:11 lid 2)",
  VERDAGEN: "Afhandeling verdaagd (9:11 lid 2)",
  UITSTEL_MET_INSTEMMING: "Verder uitstel met schriftelijke instemming (9:11 lid 3)",
  AFHANDELEN: "Klacht afgehandeld (9:12)",
  LES_VASTLEGGEN: "Les vastgelegd",
  LES_OVERSLAAN: "Bewust geen les vastgelegd",
  SLUITEN: "Dossier gesloten",
  OMBUDSMAN_INGESCHAKELD: "Klager heeft de ombudsman ingeschakeld",
  "TERMIJN.WAARSCHUWING": "Termijn bijna verlopen",
  "TERMIJN.VERLOPEN": "Termijn verlopen",
  "TERMIJN.ESCALATIE": "Termijn geëscaleerd naar het regieteam",
};

function gebeurtenisTekst(type: string, payload: Record<string, unknown>, taal: Taal = "nl"): string | null {
  const t = vertaler(taal);
  const f = datumFormat(taal);
  const nl = taal === "nl";
  const moment = (op: unknown) => (typeof op === "number" ? f.datumTijd(op) : "");
  switch (type) {
    case "BEHANDELAAR_TOEWIJZEN":
      return payload.uitzondering
        ? t("klachten:gebeurtenisTekst.uitzondering", { naam: String(payload.behandelaarNaam), uitzondering: String(payload.uitzondering) })
        : `${payload.behandelaarNaam}`;
    case "INFORMEEL_OPGELOST":
      return t("klachten:gebeurtenisTekst.informeel", { toelichting: String(payload.toelichting), via: String(payload.vastgelegdVia) });
    case "NIET_IN_BEHANDELING": {
      const grond = payload.grond as Grond98;
      const tekst = Object.hasOwn(GROND_TEKST, grond) ? (nl ? GROND_TEKST[grond] : t(`klachten:grond.${grond}`)) : String(payload.grond);
      return t("klachten:gebeurtenisTekst.grond", { grond: tekst, toelichting: String(payload.toelichting) });
    }
    case "HOORZITTING_PLANNEN":
      return typeof payload.op === "number" ? f.datumTijd(payload.op) : null;
    case "HOORZITTING_GEHOUDEN":
      return String(payload.verslag ?? "");
    case "HOREN_OVERSLAAN": {
      const reden = payload.reden as keyof typeof HOREN_OVERSLAAN_TEKST;
      const tekst = Object.hasOwn(HOREN_OVERSLAAN_TEKST, reden) ? (nl ? HOREN_OVERSLAAN_TEKST[reden] : t(`klachten:horen.${reden}`)) : String(payload.reden);
      return t("klachten:gebeurtenisTekst.horen", { reden: tekst, toelichting: String(payload.toelichting) });
    }
    case "VERDAGINGSBERICHT":
      return payload.aan === "klager" ? t("klachten:gebeurtenisTekst.aanKlager") : t("klachten:gebeurtenisTekst.aanBeklaagde");
    case "VERDAGEN":
      return t("klachten:gebeurtenisTekst.verdaagd", { weken: wekenIn(Number(payload.weken), taal), op: moment(payload.nieuwOp) });
    case "UITSTEL_MET_INSTEMMING":
      return t("klachten:gebeurtenisTekst.uitstel", { op: moment(payload.nieuwOp), instemming: nl ? String(payload.instemmingDatum) : isoDatumIn(String(payload.instemmingDatum), taal), toelichting: String(payload.toelichting) });
    case "AFHANDELEN": {
      const o = payload.oordeel as Oordeel;
      const tekst = Object.hasOwn(OORDEEL_TEKST, o) ? (nl ? OORDEEL_TEKST[o] : t(`klachten:oordeel.${o}`)) : String(payload.oordeel);
      return t("klachten:gebeurtenisTekst.oordeel", { oordeel: tekst });
    }
    case "LES_VASTLEGGEN":
      return String(payload.les ?? "");
    case "LES_OVERSLAAN":
      return String(payload.reden ?? "");
    default:
      return null;
  }
}

/** The title of a timeline event in English (the type itself for an event without one). */
function eventTitel(type: string): string {
  const sleutel = `klachten:gebeurtenis.${type.replace(".", "_")}`;
  const tekst = vertaal("en", sleutel);
  return tekst === sleutel ? type : tekst;
}

/** The dossier of klacht `id` for `user`; the server-worded texts (explanations, timeline) in `taal`. */
export function klachtDossier(id: string, user: AppUser, oorsprong: string | null, taal: Taal = "nl") {
  const tr = vertaler(taal);
  const { sqlite } = getDatabase();
  const k = klachtRij(id);
  const l = laadContext(id);
  if (!k || !l) return null;
  const toegang = verborgenVoor(user, k.burger_id) ? null : toegangTot(user, k); // AVG art. 18
  if (!toegang) return { toegang: null } as const;
  audit({ actor: user, actie: "klacht.ingezien", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong });
  const c = l.c;
  const termijnen: TermijnWeergave[] = termijnenVan(sqlite, id).map((t) => ({
    mijlpaal: t.mijlpaal,
    titel: taal === "nl" ? (MIJLPAAL_TITEL[t.mijlpaal] ?? t.mijlpaal) : tr(`klachten:mijlpaal.${t.mijlpaal}`),
    termijnOp: t.termijn_op,
    termijnTekst: datumFormat(taal).datumTijd(t.termijn_op),
    uitleg: termijnUitleg({ ...t, verzet: Number(t.verzet) }, c, taal),
    status: t.status,
    fase: t.fase,
    opTijd: t.op_tijd === null ? null : Boolean(t.op_tijd),
    gehaaldOp: t.gehaald_op,
    verzet: Boolean(t.verzet),
  }));
  const gebeurtenissen = sqlite
    .prepare("SELECT type, payload, actor_naam, op FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer")
    .all(id) as { type: string; payload: string | null; actor_naam: string | null; op: number }[];
  const notities = sqlite.prepare("SELECT * FROM klacht_notities WHERE klacht_id = ? ORDER BY op").all(id) as {
    id: number;
    tekst: string;
    door_naam: string | null;
    op: number;
  }[];
  const brieven = sqlite.prepare("SELECT * FROM klacht_brieven WHERE klacht_id = ? ORDER BY op, id").all(id) as BriefRij[];
  const tijdlijn: TijdlijnItem[] = [
    ...gebeurtenissen.map((g) => ({
      op: g.op,
      soort: "gebeurtenis" as const,
      titel: taal === "nl" ? (EVENT_TITEL[g.type] ?? g.type) : eventTitel(g.type),
      tekst: gebeurtenisTekst(g.type, g.payload ? (JSON.parse(g.payload) as Record<string, unknown>) : {}, taal),
      door: g.actor_naam,
    })),
    ...notities.map((n) => ({ op: n.op, soort: "notitie" as const, titel: tr("klachten:gebeurtenis.notitie"), tekst: n.tekst, door: n.door_naam })),
    ...brieven.map((b) => ({
      op: b.op,
      soort: "brief" as const,
      titel: tr("klachten:gebeurtenis.brief", { onderwerp: b.onderwerp }),
      tekst: tr("klachten:gebeurtenis.briefAan", { aan: b.aan }),
      door: b.door_naam,
      briefId: b.id,
    })),
  ].sort((a, b) => a.op - b.op);
  const afdeling = k.afdeling_id
    ? (sqlite.prepare("SELECT naam FROM afdelingen WHERE id = ?").get(k.afdeling_id) as { naam: string } | undefined)?.naam ?? null
    : null;
  const toets = c.gedragingDatum && isIsoDatum(c.gedragingDatum) ? eenJaarToets(c.gedragingDatum, c.ontvangenDatum) : null;
  const bewaring = verwachteBewaring(c, l.status);
  return {
    toegang,
    klacht: {
      ...k,
      beklaagdenLijst: JSON.parse(k.beklaagden) as Beklaagde[],
      afdeling,
      statusTekst: STATUS_TEKST[l.status],
      kanaalTekst: KANAAL_TEKST[k.kanaal] ?? k.kanaal,
    },
    context: c,
    status: l.status,
    versie: l.versie,
    termijnen,
    tijdlijn,
    brieven: brieven.map((b) => ({ id: b.id, soort: b.soort, onderwerp: b.onderwerp, aan: b.aan, op: b.op, tekst: b.tekst })),
    eenJaar: toets,
    bewaring,
    acties: toegang === "lezen" ? [] : (Object.keys(STAP_STATUSSEN).filter((t) => STAP_STATUSSEN[t]!.includes(l.status)) as KlachtEvent["type"][]),
    verdaging: l.status === "hoor_en_wederhoor" ? { maxOp: afhandelTermijn(c.afhandelTermijnOp, 4) } : null,
  };
}

export type KlachtDossier = NonNullable<ReturnType<typeof klachtDossier>>;

/** The retention class and destruction date (known once closed; otherwise what it will be). */
export function verwachteBewaring(c: KlachtContext, status: KlachtStatus): { klasse: Bewaarklasse; datum: string | null; definitief: boolean } {
  const klasse: Bewaarklasse =
    status === "ingetrokken" ? "afgebroken" : c.grond98 ? "niet_in_behandeling" : c.ombudsmanIngeschakeldOp !== null ? "afgehandeld_ombudsman" : "afgehandeld";
  if (c.afgeslotenOp === null) return { klasse, datum: null, definitief: false };
  return { klasse, datum: vernietigingsdatum(klasse, isoDatum(c.afgeslotenOp)), definitief: status === "gesloten" || status === "ingetrokken" };
}

export function notitieToevoegen(id: string, tekst: string, actor: Actor, oorsprong: string | null): void {
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    sqlite.prepare("INSERT INTO klacht_notities (klacht_id, tekst, door_id, door_naam, op) VALUES (?, ?, ?, ?, ?)").run(id, tekst.trim(), actor.id, actor.naam, now());
    audit({ actor, actie: "klacht.notitie", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong });
  })();
}

// ------------------------------------------------------------------------------------------------ list

/** How a complaint ended (the same classification as the statistics rollup stat_klachten.afloop). */
export const KLACHT_AFLOPEN = ["informeel", "niet_in_behandeling", "afgehandeld", "ingetrokken", "open"] as const;
export type KlachtAfloop = (typeof KLACHT_AFLOPEN)[number];
export const KLACHT_AFLOOP_TEKST: Record<KlachtAfloop, string> = {
  informeel: "Informeel opgelost (9:5)",
  niet_in_behandeling: "Niet in behandeling (9:8)",
  afgehandeld: "Afgehandeld met oordeel",
  ingetrokken: "Ingetrokken door de klager",
  open: "Nog open",
};
const AFLOOP_SQL: Record<KlachtAfloop, string> = {
  ingetrokken: "k.status = 'ingetrokken'",
  niet_in_behandeling: "k.status <> 'ingetrokken' AND k.grond_9_8 IS NOT NULL",
  informeel: "k.status <> 'ingetrokken' AND k.grond_9_8 IS NULL AND k.informeel_op IS NOT NULL",
  afgehandeld: "k.status <> 'ingetrokken' AND k.grond_9_8 IS NULL AND k.informeel_op IS NULL AND k.conclusie_op IS NOT NULL",
  open: "k.status <> 'ingetrokken' AND k.grond_9_8 IS NULL AND k.informeel_op IS NULL AND k.conclusie_op IS NULL",
};

export interface KlachtFilter {
  status?: string;
  /** an OORDELEN value, or "geen" for complaints without an oordeel (yet) */
  oordeel?: string;
  afdelingId?: number;
  teamId?: number;
  kanaal?: string;
  norm?: number;
  telaat?: boolean;
  zoek?: string;
  /** month of receipt from / to (inclusive), yyyymm (Europe/Amsterdam) */
  van?: number;
  tot?: number;
  afloop?: KlachtAfloop;
  /** 1-based page of KLACHTEN_PER_PAGINA rows */
  pagina?: number;
}

export const KLACHTEN_PER_PAGINA = 50;

export interface KlachtLijstRij {
  id: string;
  nummer: string;
  status: KlachtStatus;
  statusTekst: string;
  klagerNaam: string;
  kanaal: string;
  /** the channel's code, so the page can name it in its own language */
  kanaalCode: string;
  afdeling: string | null;
  behandelaarNaam: string | null;
  ontvangenOp: number;
  termijnOp: number | null;
  termijnStatus: "op_tijd" | "bijna" | "te_laat" | null;
  oordeel: string | null;
}

/** FTS5 query from user input: every word as a prefix term, quoted (no operators from users). */
/**
 * The filter as the audit line keeps it: the free search term may be a complainant's name or phone number, and the
 * audit log is append-only (a destroyed dossier's name would stay there forever), so only whether one was used.
 */
function auditFilter<F extends { zoek?: string | null }>(f: F): Omit<F, "zoek"> & { zoek?: string } {
  const { zoek, ...rest } = f;
  return zoek ? { ...rest, zoek: "(zoekterm, niet vastgelegd)" } : rest;
}

export function ftsQuery(zoek: string): string | null {
  const woorden = zoek
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (!woorden.length) return null;
  return woorden.map((w) => `"${w.replace(/"/g, "")}"*`).join(" ");
}

/** 00:00 Amsterdam on the first day of month yyyymm (+ `plus` months). */
function maandStart(yyyymm: number, plus = 0): number {
  const i = Math.floor(yyyymm / 100) * 12 + (yyyymm % 100) - 1 + plus;
  const iso = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`;
  return instantVanLokaleDag(dagVanIso(iso), 0);
}

/** WHERE clause and parameters of the complaints list (record-level access included). */
function klachtWhere(user: AppUser, f: KlachtFilter): { where: string[]; params: Record<string, unknown>; metAfspraak: boolean } {
  const where: string[] = [];
  const params: Record<string, unknown> = { uid: user.id };
  // record level: regieteam all (except their own beklaagde dossiers), a teamleider the own departments, others their own
  if (!heeft(user, "regieteam")) {
    where.push("(k.behandelaar_id = @uid OR k.afdeling_id IN (SELECT afdeling_id FROM teams WHERE teamleider_id = @uid))");
  }
  // the cheap LIKE first: json_each only runs for the rare dossier whose JSON mentions the viewer's id at all
  where.push(
    "(k.behandelaar_id = @uid OR instr(k.beklaagden, @uid) = 0 OR NOT EXISTS (SELECT 1 FROM json_each(k.beklaagden) b WHERE json_extract(b.value, '$.id') = @uid))",
  );
  if (f.status) {
    where.push("k.status = @status");
    params.status = f.status;
  }
  if (f.oordeel === "geen") where.push("k.oordeel IS NULL");
  else if (f.oordeel) {
    where.push("k.oordeel = @oordeel");
    params.oordeel = f.oordeel;
  }
  if (f.afdelingId) {
    where.push("k.afdeling_id = @afdelingId");
    params.afdelingId = f.afdelingId;
  }
  if (f.teamId) {
    where.push("k.team_id = @teamId");
    params.teamId = f.teamId;
  }
  if (f.kanaal) {
    where.push("k.kanaal = @kanaal");
    params.kanaal = f.kanaal;
  }
  if (f.norm) {
    where.push("EXISTS (SELECT 1 FROM klacht_normen n WHERE n.klacht_id = k.id AND n.norm = @norm)");
    params.norm = f.norm;
  }
  if (f.van) {
    where.push("k.ontvangen_op >= @van");
    params.van = maandStart(f.van);
  }
  if (f.tot) {
    where.push("k.ontvangen_op < @tot");
    params.tot = maandStart(f.tot, 1);
  }
  if (f.afloop && AFLOOP_SQL[f.afloop]) where.push(`(${AFLOOP_SQL[f.afloop]})`);
  if (f.telaat) {
    where.push("a.termijn_status = 'te_laat'");
  }
  const q = f.zoek ? ftsQuery(f.zoek) : null;
  if (q) {
    where.push("k.id IN (SELECT klacht_id FROM klachten_fts WHERE klachten_fts MATCH @q)");
    params.q = q;
  }
  return { where, params, metAfspraak: !!f.telaat };
}

type RuweKlachtRij = {
  id: string;
  nummer: string;
  status: KlachtStatus;
  klager_naam: string;
  kanaal: string;
  afdeling: string | null;
  behandelaar_naam: string | null;
  ontvangen_op: number;
  termijn_op: number | null;
  termijn_status: KlachtLijstRij["termijnStatus"];
  oordeel: string | null;
};

function naarLijstRij(r: RuweKlachtRij): KlachtLijstRij {
  return {
    id: r.id,
    nummer: r.nummer,
    status: r.status,
    statusTekst: STATUS_TEKST[r.status] ?? r.status,
    klagerNaam: r.klager_naam,
    kanaal: KANAAL_TEKST[r.kanaal as KlachtKanaal] ?? r.kanaal,
    kanaalCode: r.kanaal,
    afdeling: r.afdeling,
    behandelaarNaam: r.behandelaar_naam,
    ontvangenOp: r.ontvangen_op,
    termijnOp: r.termijn_op,
    termijnStatus: r.termijn_status,
    oordeel: r.oordeel,
  };
}

/**
 * One page (f.pagina, 50 rows) of the complaints the user may see, sorted by due moment (open ones first), then
 * newest received, plus the total count. The period filter uses the index klachten_ontvangen.
 */
export function zoekKlachtenPagina(
  user: AppUser,
  f: KlachtFilter,
  oorsprong: string | null,
): { rijen: KlachtLijstRij[]; totaal: number; pagina: number; paginas: number } {
  const { sqlite } = getDatabase();
  const { where, params, metAfspraak } = klachtWhere(user, f);
  const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const totaal = sqlite.prepare(`SELECT count(*) FROM klachten k${metAfspraak ? " JOIN afspraken a ON a.id = k.id" : ""} ${w}`).pluck().get(params) as number;
  const paginas = Math.max(1, Math.ceil(totaal / KLACHTEN_PER_PAGINA));
  const pagina = Math.min(Math.max(1, Math.floor(f.pagina ?? 1)), paginas);
  const rijen = sqlite
    .prepare(
      `SELECT k.id, k.nummer, k.status, k.klager_naam, k.kanaal, d.naam AS afdeling, k.behandelaar_naam, k.ontvangen_op,
              a.termijn_op, a.termijn_status, k.oordeel
       FROM klachten k JOIN afspraken a ON a.id = k.id LEFT JOIN afdelingen d ON d.id = k.afdeling_id
       ${w}
       ORDER BY a.termijn_op IS NULL, a.termijn_op, k.ontvangen_op DESC, k.id
       LIMIT @limiet OFFSET @offset`,
    )
    .all({ ...params, limiet: KLACHTEN_PER_PAGINA, offset: (pagina - 1) * KLACHTEN_PER_PAGINA }) as RuweKlachtRij[];
  audit({
    actor: user,
    actie: "klachten.lijst",
    objectType: "klacht",
    objectId: null,
    resultaat: "ok",
    oorsprong,
    details: { aantal: rijen.length, totaal, filter: auditFilter(f) },
  });
  return { rijen: rijen.map(naarLijstRij), totaal, pagina, paginas };
}

/** The rows of one page (see zoekKlachtenPagina). */
export function zoekKlachten(user: AppUser, f: KlachtFilter, oorsprong: string | null): KlachtLijstRij[] {
  return zoekKlachtenPagina(user, f, oorsprong).rijen;
}

export interface KlachtExportRij {
  nummer: string;
  status: string;
  ontvangenOp: number;
  kanaal: string;
  schriftelijk: boolean;
  afdeling: string | null;
  team: string | null;
  behandelaar: string | null;
  afloop: string;
  oordeel: string | null;
  normen: string | null;
  termijnOp: number | null;
  afgeslotenOp: number | null;
  binnenTermijn: boolean | null;
  /** the codes behind status, kanaal and afloop (their Dutch words above), for a download in another language */
  statusCode: string;
  kanaalCode: string;
  afloopCode: KlachtAfloop;
}

/**
 * The filtered list for a CSV/XLSX download, at most `limiet` rows (ask for one more to detect truncation).
 * Data minimisation: no name, address, phone or e-mail of the complainant — the dossier has them — and no
 * complaint text; only what a trend analysis needs. Audited as an export.
 */
export function klachtenVoorExport(user: AppUser, f: KlachtFilter, limiet: number, oorsprong: string | null): KlachtExportRij[] {
  const { sqlite } = getDatabase();
  const { where, params } = klachtWhere(user, f);
  const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const rijen = sqlite
    .prepare(
      `SELECT k.nummer, k.status, k.ontvangen_op, k.kanaal, k.schriftelijk, d.naam AS afdeling, t.naam AS team, k.behandelaar_naam,
              k.grond_9_8, k.informeel_op, k.conclusie_op, k.oordeel, k.termijn_op, k.afgesloten_op, k.afgerond_binnen_termijn,
              (SELECT group_concat(n.norm, ', ') FROM klacht_normen n WHERE n.klacht_id = k.id) AS normen
       FROM klachten k JOIN afspraken a ON a.id = k.id LEFT JOIN afdelingen d ON d.id = k.afdeling_id LEFT JOIN teams t ON t.id = k.team_id
       ${w}
       ORDER BY k.ontvangen_op DESC, k.id
       LIMIT @limiet`,
    )
    .all({ ...params, limiet }) as {
    nummer: string;
    status: KlachtStatus;
    ontvangen_op: number;
    kanaal: string;
    schriftelijk: number;
    afdeling: string | null;
    team: string | null;
    behandelaar_naam: string | null;
    grond_9_8: string | null;
    informeel_op: number | null;
    conclusie_op: number | null;
    oordeel: string | null;
    termijn_op: number | null;
    afgesloten_op: number | null;
    afgerond_binnen_termijn: number | null;
    normen: string | null;
  }[];
  audit({ actor: user, actie: "klachten.export", objectType: "klacht", objectId: null, resultaat: "ok", oorsprong, details: { aantal: rijen.length, filter: auditFilter(f) } });
  return rijen.map((r) => {
    const afloop: KlachtAfloop = r.status === "ingetrokken" ? "ingetrokken" : r.grond_9_8 ? "niet_in_behandeling" : r.informeel_op ? "informeel" : r.conclusie_op ? "afgehandeld" : "open";
    return {
      nummer: r.nummer,
      status: STATUS_TEKST[r.status] ?? r.status,
      ontvangenOp: r.ontvangen_op,
      kanaal: KANAAL_TEKST[r.kanaal as KlachtKanaal] ?? r.kanaal,
      schriftelijk: r.schriftelijk === 1,
      afdeling: r.afdeling,
      team: r.team,
      behandelaar: r.behandelaar_naam,
      afloop: KLACHT_AFLOOP_TEKST[afloop],
      oordeel: r.oordeel,
      normen: r.normen,
      termijnOp: r.termijn_op,
      afgeslotenOp: r.afgesloten_op,
      binnenTermijn: r.afgerond_binnen_termijn === null ? null : r.afgerond_binnen_termijn === 1,
      statusCode: r.status,
      kanaalCode: r.kanaal,
      afloopCode: afloop,
    };
  });
}

// ------------------------------------------------------------------------------------------------ lookups for forms

export function keuzelijsten() {
  const { sqlite } = getDatabase();
  return {
    afdelingen: sqlite.prepare("SELECT id, naam FROM afdelingen WHERE actief = 1 ORDER BY naam").all() as { id: number; naam: string }[],
    medewerkers: sqlite.prepare("SELECT id, naam FROM medewerkers WHERE actief = 1 ORDER BY naam").all() as { id: string; naam: string }[],
    normen: BEHOORLIJKHEIDSNORMEN,
  };
}

/** Computes the new due moment of a verdaging of `weken` weeks (from the original due moment, Atw calendar). */
export function verdagingsMoment(id: string, weken: number): number | null {
  const l = laadContext(id);
  if (!l || !Number.isInteger(weken) || weken < 1 || weken > 52) return null;
  return afhandelTermijn(l.c.afhandelTermijnOp, weken);
}

/** The complaint's current due moment for handling (after verdaging or agreed delay); null when unknown. */
export function huidigeTermijn(id: string): number | null {
  return laadContext(id)?.c.huidigeTermijnOp ?? null;
}

/** End of a local date (23:59:59) as the agreed new due moment. */
export function eindeVanDag(datum: string): number {
  return instantVanLokaleDag(dagVanIso(datum), 86_400_000 - 1000);
}

export function normVoorAfhandeling(op: number) {
  return normVersieOp({ mijlpaal: MIJLPALEN.afhandeling }, op);
}
