/**
 * The inzage package (AVG art. 15): one complete, readable overview of every record the municipality holds about
 * one citizen in Afspraak, as HTML (printable) and machine-readable JSON (art. 15 lid 3, "a copy"; art. 20-style
 * structured format). Gathered here, from the tables themselves:
 *
 * - the citizen's record (klantbeeld: name, phone, e-mail) with its rectification history and restrictions;
 * - every commitment linked to the citizen (callbacks, warm handovers, complaints, privacy requests, others) with
 *   what was recorded (the workflow's data, ids and internal flags left out) and every step of its history;
 * - complaints with their dossier fields, the letters (full text) and attachments (listed: name, type, size);
 * - compliments and suggestions: matched on the citizen's e-mail address or phone number; those that only carry
 *   the same name are listed apart ("op naam gevonden") for the privacy officer to check before sending;
 * - messages sent to the citizen (e-mail/SMS) with their text, and satisfaction (KTO) answers;
 * - the audit trail: who viewed or changed the citizen's data, when, and what.
 *
 * Staff are shown by function and team, never by name (decision 014: CJEU C-579/21 — art. 15 gives the
 * consultations' dates and purposes, not the identity of employees acting under the controller's authority).
 * Letters and messages are reproduced verbatim: the citizen received them as they are.
 *
 * Producing a package is recorded (privacy_pakketten, with the SHA-256 of the JSON), logged on the request
 * (VASTLEGGEN) and audited, in one transaction.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { audit } from "../../platform/audit/audit.server";
import { now } from "../../platform/clock";
import type { AppUser } from "../../platform/auth/permissions.server";
import { pasToeInTransactie, type WorkflowEvent } from "../../platform/engine/runtime.server";
import { formatIso } from "../../domain/kalender";
import { formatTelefoon } from "../../domain/telefoon";
import { SOORT_PRIVACYVERZOEK, VERZOEK_SOORT_TEKST } from "../../../workflows/privacyverzoek/machine";
import { beperkingenVan, laadVerzoek, rectificatiesVan, type Uitkomst } from "./verzoeken.server";
import { normaliseerNaam } from "../klantbeeld/klantbeeld.server";

const ORGANISATIE = "Gemeente Voorbeeld";

export interface Stap {
  op: string;
  stap: string;
  van: string | null;
  naar: string;
  door: string;
}

export interface AfspraakRecord {
  kenmerk: string;
  soort: string;
  soortNaam: string;
  titel: string;
  status: string;
  open: boolean;
  kanaal: string | null;
  vastgelegdOp: string;
  geslotenOp: string | null;
  uiterlijkOp: string | null;
  behandeldDoor: string | null;
  gegevens: Record<string, unknown>;
  geschiedenis: Stap[];
}

export interface KlachtRecord {
  kenmerk: string;
  nummer: string;
  status: string;
  ontvangenOp: string;
  kanaal: string;
  gegevens: Record<string, unknown>;
  brieven: { soort: string; aan: string; onderwerp: string; tekst: string; op: string; door: string }[];
  bijlagen: { naam: string; type: string; grootte: number; op: string }[];
  notities: { tekst: string; op: string; door: string }[];
}

export interface AuditRegel {
  op: string;
  handeling: string;
  actie: string;
  object: string;
  resultaat: string;
  door: string;
}

export interface Pakket {
  titel: string;
  verantwoordelijke: string;
  verzoek: { kenmerk: string; soort: string; ontvangenOp: string };
  gemaaktOp: string;
  toelichting: string[];
  inwoner: { naam: string | null; telefoon: string | null; email: string | null; vastgelegdOp: string; gewijzigdOp: string };
  rectificaties: { veld: string; oudeWaarde: string | null; nieuweWaarde: string | null; reden: string; op: string; door: string }[];
  beperkingen: { reden: string; sinds: string; opgeheven: string | null; opheffingReden: string | null }[];
  terugbelafspraken: AfspraakRecord[];
  overdrachten: AfspraakRecord[];
  klachten: (AfspraakRecord & { dossier: KlachtRecord | null })[];
  privacyverzoeken: AfspraakRecord[];
  overigeAfspraken: AfspraakRecord[];
  feedback: { soort: string; tekst: string; kanaal: string; op: string; status: string; gevondenOp: "contact" | "naam" }[];
  berichten: { kenmerk: string; soort: string; kanaal: string; aan: string; onderwerp: string; tekst: string; status: string; aangemaaktOp: string; verzondenOp: string | null }[];
  tevredenheid: { kenmerk: string; soort: string; score: number | null; opmerking: string | null; beantwoordOp: string }[];
  audit: AuditRegel[];
  aantallen: Record<string, number>;
}

// ------------------------------------------------------------------------------------------------ staff by function

const ROL_TEKST: Record<string, string> = {
  privacy: "Functionaris gegevensbescherming",
  regieteam: "Regieteam",
  teamleider: "Teamleider",
  beheerder: "Beheerder",
  archief: "Informatiebeheer (archief)",
  medewerker: "Medewerker",
};
const ROL_VOLGORDE = ["privacy", "regieteam", "teamleider", "beheerder", "archief", "medewerker"];

/** "Medewerker, KCC Telefonie" — function and team instead of the employee's name. */
function functieLabels(sqlite: Database.Database): (id: string | null, naam: string | null) => string {
  const cache = new Map<string, string>();
  const rollen = sqlite.prepare("SELECT rol FROM medewerker_rollen WHERE medewerker_id = ?");
  const team = sqlite.prepare("SELECT t.naam FROM medewerkers m LEFT JOIN teams t ON t.id = m.team_id WHERE m.id = ?");
  return (id, naam) => {
    if (!id) return naam ?? "Afspraak (automatisch)";
    const bekend = cache.get(id);
    if (bekend) return bekend;
    const r = (rollen.all(id) as { rol: string }[]).map((x) => x.rol);
    const hoofd = ROL_VOLGORDE.find((x) => r.includes(x));
    const t = (team.get(id) as { naam: string | null } | undefined)?.naam ?? null;
    const label = hoofd ? `${ROL_TEKST[hoofd]}${t ? `, ${t}` : ""}` : "Medewerker van de gemeente";
    cache.set(id, label);
    return label;
  };
}

// ------------------------------------------------------------------------------------------------ sanitising

/** Keys that are internal (ids, flags, counters) or identify staff: left out of the workflow data. */
const WEG = /(^id$|Id$|Ids$|^door$|Door$|^ontvanger$|^weigeringen$|^waarschuwing$|^verlopen$|^geescaleerd$|^normCode$|^maxPogingen$|^mislukt$|^aanbiedingen$|^beklaagden$|^handvest|^termijnWeken$)/;

function schoon(v: unknown, diepte = 0): unknown {
  if (diepte > 6) return null;
  if (Array.isArray(v)) return v.map((x) => schoon(x, diepte + 1));
  if (v && typeof v === "object") {
    const uit: Record<string, unknown> = {};
    for (const [k, w] of Object.entries(v as Record<string, unknown>)) {
      if (WEG.test(k) || w === null || w === undefined) continue;
      uit[k] = /Op$|^op$/.test(k) && typeof w === "number" ? formatIso(w) : schoon(w, diepte + 1);
    }
    return uit;
  }
  return v;
}

const iso = (t: number | null | undefined) => (t === null || t === undefined ? null : formatIso(t));

const SOORT_NAAM: Record<string, string> = {
  terugbelafspraak: "Terugbelafspraak",
  overdracht: "Warme overdracht",
  klacht: "Klacht",
  privacyverzoek: "Privacyverzoek",
};

const ACTIE_TEKST: Record<string, string> = {
  "klantbeeld.bekijken": "Klantbeeld bekeken",
  "afspraak.aangemaakt": "Vastgelegd",
  "terugbelafspraak.bekeken": "Terugbelafspraak bekeken",
  "overdracht.bekeken": "Overdracht bekeken",
  "klacht.ingezien": "Klachtdossier bekeken",
  "klacht.geregistreerd": "Klacht geregistreerd",
  "klacht.brief": "Brief opgesteld",
  "klacht.brief.ingezien": "Brief bekeken",
  "klacht.brief.gedownload": "Brief gedownload",
  "klacht.bijlagen.bekeken": "Bijlagen bekeken",
  "klacht.bijlage.gedownload": "Bijlage gedownload",
  "klacht.bijlage.toegevoegd": "Bijlage toegevoegd",
  "klacht.notitie": "Notitie toegevoegd",
  "inwoner.status.bekeken": "Statuspagina bekeken",
  "privacy.verzoek_geregistreerd": "Privacyverzoek geregistreerd",
  "privacy.verzoek_bekeken": "Privacyverzoek bekeken",
  "privacy.inzage_gemaakt": "Inzagepakket samengesteld",
  "privacy.gerectificeerd": "Gegeven verbeterd",
  "privacy.beperkt": "Verwerking beperkt",
  "privacy.beperking_opgeheven": "Beperking opgeheven",
  "privacy.termijn_verlengd": "Termijn verlengd",
  "privacy.afgehandeld": "Privacyverzoek afgehandeld",
};

function actieTekst(actie: string): string {
  const t = ACTIE_TEKST[actie];
  if (t) return t;
  if (actie.startsWith("afspraak.") || actie.startsWith("klacht.")) return `Stap: ${actie.split(".").slice(1).join(" ").toLowerCase().replace(/_/g, " ")}`;
  return actie;
}

// ------------------------------------------------------------------------------------------------ gathering

/** Every record about citizen `burgerId` (reads only; the caller audits). */
export function verzamel(burgerId: string, verzoek: { kenmerk: string; soort: string; ontvangenOp: number }): Pakket {
  const { sqlite } = getDatabase();
  const functie = functieLabels(sqlite);
  const b = sqlite.prepare("SELECT * FROM burgers WHERE id = ?").get(burgerId) as
    | { id: string; naam: string | null; telefoon_e164: string | null; email: string | null; aangemaakt_op: number; gewijzigd_op: number }
    | undefined;
  if (!b) throw new Error("onbekende inwoner");

  const afspraken = sqlite
    .prepare(
      `SELECT id, soort, titel, status, open, kanaal, eigenaar_id, team_id, termijn_op, snapshot, aangemaakt_op, gesloten_op
         FROM afspraken WHERE burger_id = ? ORDER BY aangemaakt_op, id`,
    )
    .all(burgerId) as {
    id: string;
    soort: string;
    titel: string;
    status: string;
    open: number;
    kanaal: string | null;
    eigenaar_id: string | null;
    team_id: number | null;
    termijn_op: number | null;
    snapshot: string;
    aangemaakt_op: number;
    gesloten_op: number | null;
  }[];
  const ids = afspraken.map((a) => a.id);
  const idsJson = JSON.stringify(ids);
  const teamNaam = sqlite.prepare("SELECT naam FROM teams WHERE id = ?");
  const stappen = sqlite.prepare("SELECT type, actor_id, actor_naam, op, van_status, naar_status FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer");

  const record = (a: (typeof afspraken)[number]): AfspraakRecord => {
    const ctx = (JSON.parse(a.snapshot) as { context?: unknown }).context ?? {};
    const team = a.team_id !== null ? ((teamNaam.get(a.team_id) as { naam: string } | undefined)?.naam ?? null) : null;
    return {
      kenmerk: a.id,
      soort: a.soort,
      soortNaam: SOORT_NAAM[a.soort] ?? a.soort,
      titel: a.soort === "privacyverzoek" ? a.titel : (SOORT_NAAM[a.soort] ?? a.titel),
      status: a.status,
      open: !!a.open,
      kanaal: a.kanaal,
      vastgelegdOp: formatIso(a.aangemaakt_op),
      geslotenOp: iso(a.gesloten_op),
      uiterlijkOp: iso(a.termijn_op),
      behandeldDoor: a.eigenaar_id ? functie(a.eigenaar_id, null) : team ? `Team ${team}` : null,
      gegevens: schoon(ctx) as Record<string, unknown>,
      geschiedenis: (stappen.all(a.id) as { type: string; actor_id: string | null; actor_naam: string | null; op: number; van_status: string | null; naar_status: string }[]).map(
        (g) => ({ op: formatIso(g.op), stap: g.type, van: g.van_status, naar: g.naar_status, door: functie(g.actor_id, g.actor_naam) }),
      ),
    };
  };

  const perSoort = (s: string) => afspraken.filter((a) => a.soort === s).map(record);
  const bekend = new Set(["terugbelafspraak", "overdracht", "klacht", SOORT_PRIVACYVERZOEK]);

  // complaints: dossier, letters, attachments, notes
  const klachtRij = sqlite.prepare(
    `SELECT id, nummer, status, ontvangen_op, kanaal, schriftelijk, klager_naam, klager_organisatie, klager_adres, klager_postcode, klager_woonplaats,
            klager_telefoon, klager_email, klager_voorkeur_kanaal, dagtekening, omschrijving, gedraging_datum, ontvangst_bevestigd_op, grond_9_8,
            grond_toelichting, informeel_op, informeel_toelichting, hoorzitting_op, hoor_verslag, conclusie_op, bevindingen, oordeel, oordeel_reden,
            maatregelen, ombudsman_naam, afgesloten_op, vernietigingsdatum
       FROM klachten WHERE id = ?`,
  );
  const brieven = sqlite.prepare("SELECT soort, aan, onderwerp, tekst, door_id, door_naam, op FROM klacht_brieven WHERE klacht_id = ? ORDER BY op, id");
  const bijlagen = sqlite.prepare("SELECT naam, mime, grootte, op FROM klacht_bijlagen WHERE klacht_id = ? ORDER BY op, id");
  const notities = sqlite.prepare("SELECT tekst, door_id, door_naam, op FROM klacht_notities WHERE klacht_id = ? ORDER BY op, id");
  const klachten = afspraken
    .filter((a) => a.soort === "klacht")
    .map((a) => {
      const k = klachtRij.get(a.id) as Record<string, unknown> | undefined;
      const dossier: KlachtRecord | null = k
        ? {
            kenmerk: a.id,
            nummer: String(k.nummer),
            status: String(k.status),
            ontvangenOp: formatIso(k.ontvangen_op as number),
            kanaal: String(k.kanaal),
            gegevens: Object.fromEntries(
              Object.entries(k)
                .filter(([key, v]) => !["id", "nummer", "status", "ontvangen_op", "kanaal"].includes(key) && v !== null)
                .map(([key, v]) => [key, key.endsWith("_op") && typeof v === "number" ? formatIso(v) : v]),
            ),
            brieven: (brieven.all(a.id) as { soort: string; aan: string; onderwerp: string; tekst: string; door_id: string | null; door_naam: string | null; op: number }[]).map(
              (x) => ({ soort: x.soort, aan: x.aan, onderwerp: x.onderwerp, tekst: x.tekst, op: formatIso(x.op), door: functie(x.door_id, x.door_naam) }),
            ),
            bijlagen: (bijlagen.all(a.id) as { naam: string; mime: string; grootte: number; op: number }[]).map((x) => ({
              naam: x.naam,
              type: x.mime,
              grootte: x.grootte,
              op: formatIso(x.op),
            })),
            notities: (notities.all(a.id) as { tekst: string; door_id: string | null; door_naam: string | null; op: number }[]).map((x) => ({
              tekst: x.tekst,
              op: formatIso(x.op),
              door: functie(x.door_id, x.door_naam),
            })),
          }
        : null;
      return { ...record(a), dossier };
    });

  // compliments and suggestions: on contact (exact), or only the same name (listed apart)
  const naamZoek = normaliseerNaam(b.naam);
  const contacten = [b.email, b.telefoon_e164, b.telefoon_e164 ? formatTelefoon(b.telefoon_e164) : null].filter((x): x is string => !!x).map((x) => x.toLowerCase());
  const feedbackRijen = sqlite
    .prepare(
      // two indexed lookups (db/sql/065-privacy.sql): on contact, and on name
      `SELECT id, soort, tekst, kanaal, van_naam, van_contact, status, aangemaakt_op FROM feedback
        WHERE lower(van_contact) IN (SELECT value FROM json_each(?))
       UNION
       SELECT id, soort, tekst, kanaal, van_naam, van_contact, status, aangemaakt_op FROM feedback
        WHERE lower(trim(van_naam)) = lower(trim(?))
       ORDER BY aangemaakt_op, id`,
    )
    .all(JSON.stringify(contacten), b.naam ?? "\u0000") as { id: number; soort: string; tekst: string; kanaal: string; van_naam: string | null; van_contact: string | null; status: string; aangemaakt_op: number }[];
  const feedback = feedbackRijen
    .filter((f) => (f.van_contact && contacten.includes(f.van_contact.toLowerCase())) || (naamZoek && normaliseerNaam(f.van_naam) === naamZoek))
    .map((f) => ({
      soort: f.soort,
      tekst: f.tekst,
      kanaal: f.kanaal,
      op: formatIso(f.aangemaakt_op),
      status: f.status,
      gevondenOp: (f.van_contact && contacten.includes(f.van_contact.toLowerCase()) ? "contact" : "naam") as "contact" | "naam",
    }));

  const berichten = (
    sqlite
      .prepare(
        `SELECT afspraak_id, soort, kanaal, aan, onderwerp, tekst, status, aangemaakt_op, verzonden_op FROM burgerberichten
          WHERE afspraak_id IN (SELECT value FROM json_each(?)) ORDER BY aangemaakt_op, id`,
      )
      .all(idsJson) as { afspraak_id: string; soort: string; kanaal: string; aan: string; onderwerp: string; tekst: string; status: string; aangemaakt_op: number; verzonden_op: number | null }[]
  ).map((m) => ({
    kenmerk: m.afspraak_id,
    soort: m.soort,
    kanaal: m.kanaal,
    aan: m.aan,
    onderwerp: m.onderwerp,
    tekst: m.tekst,
    status: m.status,
    aangemaaktOp: formatIso(m.aangemaakt_op),
    verzondenOp: iso(m.verzonden_op),
  }));

  const tevredenheid = (
    sqlite
      .prepare(
        `SELECT afspraak_id, soort, score, opmerking, beantwoord_op FROM kto_uitnodigingen
          WHERE afspraak_id IN (SELECT value FROM json_each(?)) AND beantwoord_op IS NOT NULL ORDER BY beantwoord_op`,
      )
      .all(idsJson) as { afspraak_id: string; soort: string; score: number | null; opmerking: string | null; beantwoord_op: number }[]
  ).map((k) => ({ kenmerk: k.afspraak_id, soort: SOORT_NAAM[k.soort] ?? k.soort, score: k.score, opmerking: k.opmerking, beantwoordOp: formatIso(k.beantwoord_op) }));

  // the audit trail: the citizen record, each of their commitments (under its own object type), and the messages
  const soorten = [...new Set(["afspraak", "klacht", ...afspraken.map((a) => a.soort)])];
  const auditRijen = sqlite
    .prepare(
      `SELECT id, op, actor_id, actor_naam, actie, object_type, resultaat FROM audit_log WHERE object_type = 'burger' AND object_id = @burger
       UNION
       SELECT id, op, actor_id, actor_naam, actie, object_type, resultaat FROM audit_log
        WHERE object_type IN (SELECT value FROM json_each(@soorten)) AND object_id IN (SELECT value FROM json_each(@ids))
       UNION
       SELECT id, op, actor_id, actor_naam, actie, object_type, resultaat FROM audit_log WHERE object_type = 'route' AND object_id = @pad
       ORDER BY op, id`,
    )
    .all({ burger: burgerId, soorten: JSON.stringify(soorten), ids: idsJson, pad: `/klantbeeld/${burgerId}` }) as {
    id: number;
    op: number;
    actor_id: string | null;
    actor_naam: string | null;
    actie: string;
    object_type: string;
    resultaat: string;
  }[];
  const auditRegels: AuditRegel[] = auditRijen.map((r) => ({
    op: formatIso(r.op),
    handeling: actieTekst(r.actie),
    actie: r.actie,
    object: r.object_type === "burger" ? "uw gegevens" : r.object_type === "route" ? "klantbeeld (toegang)" : (SOORT_NAAM[r.object_type] ?? r.object_type),
    resultaat: r.resultaat === "ok" ? "uitgevoerd" : r.resultaat === "geweigerd" ? "geweigerd" : "mislukt",
    door: functie(r.actor_id, r.actor_naam),
  }));

  const pakket: Pakket = {
    titel: `Inzage in uw persoonsgegevens (AVG artikel 15)`,
    verantwoordelijke: ORGANISATIE,
    verzoek: { kenmerk: verzoek.kenmerk, soort: verzoek.soort, ontvangenOp: formatIso(verzoek.ontvangenOp) },
    gemaaktOp: formatIso(now()),
    toelichting: [
      `Dit overzicht bevat alle gegevens over u die ${ORGANISATIE} in Afspraak bewaart: uw contactgegevens, uw terugbelafspraken, warme overdrachten, klachten (met brieven en bijlagen), complimenten en suggesties, de berichten die wij u stuurden, uw antwoorden op onze tevredenheidsvraag, en wie uw gegevens heeft bekeken of gewijzigd.`,
      "Doel: uw vragen, afspraken en klachten afhandelen en onze dienstverlening verbeteren (AVG art. 6 lid 1 onder e; Awb hoofdstuk 9 voor klachten).",
      "Medewerkers staan vermeld met hun functie en team, niet met hun naam. Brieven en berichten staan er letterlijk in, zoals u ze ontving.",
      "Bewaartermijnen: klachten volgens de Selectielijst gemeenten (meestal 5 jaar na afhandeling); andere gegevens volgens de termijnen die de gemeente heeft vastgesteld.",
      "U mag vragen om verbetering (art. 16), verwijdering (art. 17) of beperking (art. 18), en u kunt een klacht indienen bij de Autoriteit Persoonsgegevens.",
    ],
    inwoner: {
      naam: b.naam,
      telefoon: b.telefoon_e164 ? formatTelefoon(b.telefoon_e164) : null,
      email: b.email,
      vastgelegdOp: formatIso(b.aangemaakt_op),
      gewijzigdOp: formatIso(b.gewijzigd_op),
    },
    rectificaties: rectificatiesVan(burgerId).map((r) => ({ veld: r.veldTekst, oudeWaarde: r.oudeWaarde, nieuweWaarde: r.nieuweWaarde, reden: r.reden, op: formatIso(r.op), door: ROL_TEKST.privacy! })),
    beperkingen: beperkingenVan(burgerId).map((x) => ({ reden: x.reden, sinds: formatIso(x.sindsOp), opgeheven: iso(x.opgehevenOp), opheffingReden: x.opheffingReden })),
    terugbelafspraken: perSoort("terugbelafspraak"),
    overdrachten: perSoort("overdracht"),
    klachten,
    privacyverzoeken: perSoort(SOORT_PRIVACYVERZOEK),
    overigeAfspraken: afspraken.filter((a) => !bekend.has(a.soort)).map(record),
    feedback,
    berichten,
    tevredenheid,
    audit: auditRegels,
    aantallen: {},
  };
  pakket.aantallen = {
    terugbelafspraken: pakket.terugbelafspraken.length,
    overdrachten: pakket.overdrachten.length,
    klachten: pakket.klachten.length,
    brieven: klachten.reduce((n, k) => n + (k.dossier?.brieven.length ?? 0), 0),
    bijlagen: klachten.reduce((n, k) => n + (k.dossier?.bijlagen.length ?? 0), 0),
    privacyverzoeken: pakket.privacyverzoeken.length,
    overigeAfspraken: pakket.overigeAfspraken.length,
    feedback: feedback.length,
    berichten: berichten.length,
    tevredenheid: tevredenheid.length,
    auditregels: auditRegels.length,
  };
  return pakket;
}

function aantalRecords(p: Pakket): number {
  const a = p.aantallen;
  return 1 + (a.terugbelafspraken ?? 0) + (a.overdrachten ?? 0) + (a.klachten ?? 0) + (a.privacyverzoeken ?? 0) + (a.overigeAfspraken ?? 0) + (a.feedback ?? 0) + (a.berichten ?? 0) + (a.tevredenheid ?? 0) + (a.auditregels ?? 0);
}

/**
 * Produces the package for inzage request `id` (only while it is being handled): gathers, records it with its
 * hash, logs VASTLEGGEN on the request and writes the audit line — one transaction. `vorm` says which download.
 */
export function maakInzagePakket(user: AppUser, id: string, vorm: "html" | "json", oorsprong: string | null): Uitkomst<{ pakket: Pakket; json: string; sha256: string }> {
  const v = laadVerzoek(id);
  if (!v) return { ok: false, status: 404, melding: "Dit verzoek bestaat niet (meer).", fouten: {} };
  if (v.c.soort !== "inzage")
    return { ok: false, status: 422, melding: `Een inzagepakket hoort bij een inzageverzoek; dit is een ${VERZOEK_SOORT_TEKST[v.c.soort].toLowerCase()}.`, fouten: {} };
  const { sqlite } = getDatabase();
  return sqlite.transaction((): Uitkomst<{ pakket: Pakket; json: string; sha256: string }> => {
    const pakket = verzamel(v.c.burgerId, { kenmerk: id, soort: VERZOEK_SOORT_TEKST[v.c.soort], ontvangenOp: v.c.ontvangenOp });
    const json = JSON.stringify(pakket, null, 2);
    const sha256 = crypto.createHash("sha256").update(json).digest("hex");
    const op = now();
    const e = { type: "VASTLEGGEN", handeling: "pakket", samenvatting: `Inzagepakket samengesteld (${vorm.toUpperCase()}, ${aantalRecords(pakket)} onderdelen)`, op };
    const r = pasToeInTransactie(sqlite, id, null, e as unknown as WorkflowEvent, { id: user.id, naam: user.naam }, { oorsprong });
    if (!r.ok) return { ok: false, status: 422, melding: r.melding, fouten: {} };
    sqlite
      .prepare("INSERT INTO privacy_pakketten (verzoek_id, burger_id, gemaakt_op, door_id, sha256, aantal_records) VALUES (?, ?, ?, ?, ?, ?)")
      .run(id, v.c.burgerId, op, user.id, sha256, aantalRecords(pakket));
    audit({
      actor: { id: user.id, naam: user.naam },
      actie: "privacy.inzage_gemaakt",
      objectType: "burger",
      objectId: v.c.burgerId,
      resultaat: "ok",
      oorsprong,
      details: { verzoekId: id, vorm, sha256, aantallen: pakket.aantallen },
    });
    return { ok: true, pakket, json, sha256 };
  })();
}
