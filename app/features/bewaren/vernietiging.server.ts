/**
 * Vernietigingslijsten and destruction (issue 17 part 2, docs/decisions/013-bewaren-en-vernietigen.md).
 *
 * - `stelLijstOp`: a list of everything past its term on today's date (monthly by the scheduler, or on demand by
 *   the archief role). One list is under review at a time.
 * - `houdAan` / `stelWeerVoor`: the archief role holds an item back (bezwaar, beroep, Woo-verzoek, anders) or
 *   proposes it again. Held-back items are not destroyed and come back on the next list.
 * - `keurGoed`: approval destroys, in ONE transaction, every proposed item that is still past its term: personal
 *   data is overwritten or deleted (rows, event log, messages, full-text index), the anonymous columns the
 *   statistics read stay, so dashboards, the annual report and a statistics rebuild give the same numbers. The
 *   signed verklaring van vernietiging is stored in the same transaction. After the commit the attachment files
 *   are removed, the WAL is checkpointed and truncated, and `secure_delete` has zeroed the freed space, so the
 *   data is gone from the database file too. Nothing is destroyed without approval.
 *
 * Audit lines name lists, items and records by id and non-personal descriptor (kind, complaint number), never
 * by the destroyed personal data.
 */
import { unlinkSync, existsSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import type { AanhoudReden } from "../../../db/schema";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import { log } from "../../platform/web/log.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import type { BackgroundJob } from "../../platform/engine/jobs.server";
import { auditRegel } from "../../platform/engine/runtime.server";
import { isoDatum, formatIso, lokaleDelen } from "../../domain/kalender/tijd";
import { bijlagenMap } from "../klachten/bijlagen.server";
import { kandidaten, SOORT_TEKST, type ItemSoort } from "./kandidaten.server";
import { onderteken } from "./handtekening.server";
import { REDEN_LABEL } from "./formulieren";

export const VERNIETIGD = "[vernietigd]";
export const VERNIETIGD_TITEL = "Vernietigd na de bewaartermijn";

export const AANHOUD_TEKST: Record<AanhoudReden, string> = REDEN_LABEL;

type Actor = Pick<AppUser, "id" | "naam"> | null;

export interface LijstRij {
  id: string;
  nummer: string;
  maand: string | null;
  peildatum: string;
  status: "ter_beoordeling" | "uitgevoerd";
  aangemaakt_op: number;
  aangemaakt_door: string | null;
  goedgekeurd_op: number | null;
  goedgekeurd_door_naam: string | null;
  versie: number;
  verklaring: string | null;
  handtekening: string | null;
  publieke_sleutel: string | null;
}

export interface ItemRij {
  id: number;
  lijst_id: string;
  soort: ItemSoort;
  ref: string;
  kenmerk: string;
  grondslag: string;
  afgesloten_op: number | null;
  vernietigingsdatum: string;
  status: "voorgesteld" | "aangehouden" | "vernietigd";
  aanhoud_reden: AanhoudReden | null;
  aanhoud_toelichting: string | null;
  aangehouden_op: number | null;
  vernietigd_op: number | null;
}

export function lijsten(): (LijstRij & { voorgesteld: number; aangehouden: number; vernietigd: number })[] {
  const { sqlite } = getDatabase();
  return sqlite
    .prepare(
      `SELECT l.*, (SELECT count(*) FROM vernietigingslijst_items i WHERE i.lijst_id = l.id AND i.status = 'voorgesteld') AS voorgesteld,
              (SELECT count(*) FROM vernietigingslijst_items i WHERE i.lijst_id = l.id AND i.status = 'aangehouden') AS aangehouden,
              (SELECT count(*) FROM vernietigingslijst_items i WHERE i.lijst_id = l.id AND i.status = 'vernietigd') AS vernietigd
       FROM vernietigingslijsten l ORDER BY l.aangemaakt_op DESC`,
    )
    .all() as never;
}

export function lijst(id: string): { lijst: LijstRij; items: ItemRij[] } | null {
  const { sqlite } = getDatabase();
  const l = sqlite.prepare("SELECT * FROM vernietigingslijsten WHERE id = ?").get(id) as LijstRij | undefined;
  if (!l) return null;
  const items = sqlite.prepare("SELECT * FROM vernietigingslijst_items WHERE lijst_id = ? ORDER BY soort, vernietigingsdatum, id").all(id) as ItemRij[];
  return { lijst: l, items };
}

export function openLijst(sqlite: Database.Database): LijstRij | undefined {
  return sqlite.prepare("SELECT * FROM vernietigingslijsten WHERE status = 'ter_beoordeling' ORDER BY aangemaakt_op LIMIT 1").get() as LijstRij | undefined;
}

/** Earlier hold-backs of the same record, for the reviewer ("eerder aangehouden: bezwaar"). */
export function eerderAangehouden(lijstId: string): Map<string, { reden: AanhoudReden; nummer: string }> {
  const { sqlite } = getDatabase();
  const rijen = sqlite
    .prepare(
      `SELECT i.soort, i.ref, i.aanhoud_reden, l.nummer FROM vernietigingslijst_items i JOIN vernietigingslijsten l ON l.id = i.lijst_id
       WHERE i.status = 'aangehouden' AND i.lijst_id <> ? AND (i.soort, i.ref) IN (SELECT soort, ref FROM vernietigingslijst_items WHERE lijst_id = ?)
       ORDER BY l.aangemaakt_op`,
    )
    .all(lijstId, lijstId) as { soort: string; ref: string; aanhoud_reden: AanhoudReden; nummer: string }[];
  return new Map(rijen.map((r) => [`${r.soort}:${r.ref}`, { reden: r.aanhoud_reden, nummer: r.nummer }]));
}

export type OpstelUitkomst =
  | { ok: true; id: string; nummer: string; aantal: number; wachtend: number }
  | { ok: false; reden: "open_lijst"; id: string; nummer: string; melding: string }
  | { ok: false; reden: "leeg"; peildatum: string; melding: string };

/**
 * Draws up a list of what is past its term today. `maand` (YYYY-MM) for the scheduler's monthly list, null on
 * demand. Refused while another list is under review; an empty list is not stored.
 */
export function stelLijstOp(actor: Actor, oorsprong: string | null, maand: string | null = null): OpstelUitkomst {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): OpstelUitkomst => {
    const open = openLijst(sqlite);
    if (open)
      return {
        ok: false,
        reden: "open_lijst",
        id: open.id,
        nummer: open.nummer,
        melding: `Lijst ${open.nummer} wacht nog op beoordeling. Rond die eerst af; daarna kan een nieuwe lijst worden opgesteld.`,
      };
    const op = now();
    const peildatum = isoDatum(op);
    const alle = kandidaten(sqlite, peildatum);
    // the oldest first, at most maxPerLijst(): one approval stays one short transaction; the rest waits
    const max = maxPerLijst();
    const items = alle.length > max ? [...alle].sort((a, b) => a.vernietigingsdatum.localeCompare(b.vernietigingsdatum)).slice(0, max) : alle;
    const wachtend = alle.length - items.length;
    if (!items.length) return { ok: false, reden: "leeg", peildatum, melding: `Er is op ${peildatum.split("-").reverse().join("-")} niets waarvan de bewaartermijn verstreken is.` };
    const jaar = peildatum.slice(0, 4);
    const volg = (sqlite.prepare("SELECT count(*) AS n FROM vernietigingslijsten WHERE nummer LIKE ?").get(`VL-${jaar}-%`) as { n: number }).n + 1;
    const nummer = `VL-${jaar}-${String(volg).padStart(3, "0")}`;
    const id = crypto.randomUUID();
    sqlite
      .prepare(
        `INSERT INTO vernietigingslijsten (id, nummer, maand, peildatum, status, aangemaakt_op, aangemaakt_door, versie)
         VALUES (?, ?, ?, ?, 'ter_beoordeling', ?, ?, 1)`,
      )
      .run(id, nummer, maand, peildatum, op, actor?.id ?? null);
    const ins = sqlite.prepare(
      `INSERT INTO vernietigingslijst_items (lijst_id, soort, ref, kenmerk, grondslag, afgesloten_op, vernietigingsdatum, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'voorgesteld')`,
    );
    for (const k of items) ins.run(id, k.soort, k.ref, k.kenmerk, k.grondslag, k.afgeslotenOp, k.vernietigingsdatum);
    audit({
      actor,
      actie: "vernietigingslijst.opgesteld",
      objectType: "vernietigingslijst",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { nummer, peildatum, aanleiding: maand ? "maandelijks" : "op_verzoek", aantallen: telPerSoort(items.map((i) => i.soort)), wachtend },
    });
    return { ok: true, id, nummer, aantal: items.length, wachtend };
  })();
}

/**
 * At most this many records on one list (AFSPRAAK_VERNIETIGING_MAX, default 5000), so that an approval is one
 * transaction of a few seconds; the first list after years without destruction is split over several lists.
 */
export function maxPerLijst(): number {
  const n = Number(process.env.AFSPRAAK_VERNIETIGING_MAX);
  return Number.isInteger(n) && n > 0 ? n : 5000;
}

function telPerSoort(soorten: string[]): Record<string, number> {
  const t: Record<string, number> = {};
  for (const s of soorten) t[s] = (t[s] ?? 0) + 1;
  return t;
}

/** Why a step was refused, for the page's message in the user's language. */
export type WeigerCode = "niet_gevonden" | "al_uitgevoerd" | "verouderd" | "item_onbekend";
export type StapUitkomst = { ok: true } | Weigering;


const VEROUDERD = "Iemand anders heeft deze lijst intussen gewijzigd. Bekijk de lijst opnieuw en probeer het nog eens.";

type Weigering = { ok: false; status: 404 | 409; code: WeigerCode; nummer?: string; melding: string };

function lijstVoorStap(sqlite: Database.Database, lijstId: string, versie: number): LijstRij | Weigering {
  const l = sqlite.prepare("SELECT * FROM vernietigingslijsten WHERE id = ?").get(lijstId) as LijstRij | undefined;
  if (!l) return { ok: false, status: 404, code: "niet_gevonden", melding: "Deze vernietigingslijst bestaat niet." };
  if (l.status !== "ter_beoordeling")
    return { ok: false, status: 409, code: "al_uitgevoerd", nummer: l.nummer, melding: `Lijst ${l.nummer} is al uitgevoerd; er kan niets meer aan veranderen.` };
  if (l.versie !== versie) return { ok: false, status: 409, code: "verouderd", melding: VEROUDERD };
  return l;
}

/** Holds one item back with a reason. The explanation stays on the list (write it without personal data). */
export function houdAan(
  lijstId: string,
  itemId: number,
  versie: number,
  reden: AanhoudReden,
  toelichting: string | null,
  actor: NonNullable<Actor>,
  oorsprong: string | null,
): StapUitkomst {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): StapUitkomst => {
    const l = lijstVoorStap(sqlite, lijstId, versie);
    if ("ok" in l) return l;
    const item = sqlite.prepare("SELECT * FROM vernietigingslijst_items WHERE id = ? AND lijst_id = ?").get(itemId, lijstId) as ItemRij | undefined;
    if (!item) return { ok: false, status: 404, code: "item_onbekend", melding: "Dit onderdeel staat niet op deze lijst." };
    sqlite
      .prepare(
        `UPDATE vernietigingslijst_items SET status = 'aangehouden', aanhoud_reden = ?, aanhoud_toelichting = ?, aangehouden_op = ?, aangehouden_door = ?
         WHERE id = ?`,
      )
      .run(reden, toelichting, now(), actor.id, itemId);
    sqlite.prepare("UPDATE vernietigingslijsten SET versie = versie + 1 WHERE id = ?").run(lijstId);
    audit({
      actor,
      actie: "vernietigingslijst.aangehouden",
      objectType: "vernietigingslijst_item",
      objectId: itemId,
      resultaat: "ok",
      oorsprong,
      details: { lijst: l.nummer, soort: item.soort, kenmerk: item.kenmerk, reden },
    });
    return { ok: true };
  })();
}

/** Proposes a held-back item for destruction again. */
export function stelWeerVoor(lijstId: string, itemId: number, versie: number, actor: NonNullable<Actor>, oorsprong: string | null): StapUitkomst {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): StapUitkomst => {
    const l = lijstVoorStap(sqlite, lijstId, versie);
    if ("ok" in l) return l;
    const item = sqlite.prepare("SELECT * FROM vernietigingslijst_items WHERE id = ? AND lijst_id = ?").get(itemId, lijstId) as ItemRij | undefined;
    if (!item) return { ok: false, status: 404, code: "item_onbekend", melding: "Dit onderdeel staat niet op deze lijst." };
    sqlite
      .prepare(
        "UPDATE vernietigingslijst_items SET status = 'voorgesteld', aanhoud_reden = NULL, aanhoud_toelichting = NULL, aangehouden_op = NULL, aangehouden_door = NULL WHERE id = ?",
      )
      .run(itemId);
    sqlite.prepare("UPDATE vernietigingslijsten SET versie = versie + 1 WHERE id = ?").run(lijstId);
    audit({
      actor,
      actie: "vernietigingslijst.weer_voorgesteld",
      objectType: "vernietigingslijst_item",
      objectId: itemId,
      resultaat: "ok",
      oorsprong,
      details: { lijst: l.nummer, soort: item.soort, kenmerk: item.kenmerk },
    });
    return { ok: true };
  })();
}

// ------------------------------------------------------------------------------------------------ destruction

const CODE = /^[a-z0-9_.:-]*$/;
const ALTIJD_PERSOONLIJK = /naam|telefoon|e-?mail|adres|postcode|woonplaats/i;

/**
 * A snapshot or JSON column with the personal data taken out: every string that is not a code (lowercase
 * letters, digits, `_.:-`: states, kinds, ids, ISO dates) and every name, phone, e-mail or address becomes
 * "[vernietigd]"; numbers, booleans and nulls stay, so the machine's state and the counts remain readable.
 */
export function anonimiseer(v: unknown, sleutel = ""): unknown {
  if (typeof v === "string") return ALTIJD_PERSOONLIJK.test(sleutel) || !CODE.test(v) ? VERNIETIGD : v;
  if (Array.isArray(v)) return v.map((x) => anonimiseer(x, sleutel));
  if (v && typeof v === "object") {
    const uit: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) uit[k] = anonimiseer(x, k);
    return uit;
  }
  return v;
}

function anoniemeJson(tekst: string | null): string | null {
  if (tekst == null) return null;
  try {
    return JSON.stringify(anonimiseer(JSON.parse(tekst)));
  } catch {
    return JSON.stringify(VERNIETIGD);
  }
}

function anoniemeSnapshot(tekst: string): string {
  try {
    const s = JSON.parse(tekst) as Record<string, unknown>;
    return JSON.stringify({ ...s, context: anonimiseer(s.context) });
  } catch {
    return tekst;
  }
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** A prepared statement, once per connection (destruction runs thousands of them in one transaction). */
function st(sqlite: Database.Database, sql: string): Database.Statement {
  let m = cache.get(sqlite);
  if (!m) cache.set(sqlite, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = sqlite.prepare(sql)));
  return s;
}

/** Removes the personal data of one commitment and everything hanging off it (not its deadlines: no personal data). */
function vernietigAfspraak(sqlite: Database.Database, id: string): void {
  const a = st(sqlite, "SELECT burger_id, snapshot FROM afspraken WHERE id = ?").get(id) as { burger_id: string | null; snapshot: string } | undefined;
  if (!a) return;
  st(sqlite, "INSERT OR IGNORE INTO vernietiging_vrijgave (afspraak_id) VALUES (?)").run(id);
  st(sqlite, "DELETE FROM afspraak_gebeurtenissen WHERE afspraak_id = ?").run(id);
  st(sqlite, "DELETE FROM vernietiging_vrijgave WHERE afspraak_id = ?").run(id);
  st(sqlite, "UPDATE afspraken SET titel = ?, burger_id = NULL, snapshot = ? WHERE id = ?").run(VERNIETIGD_TITEL, anoniemeSnapshot(a.snapshot), id);
  for (const sql of [
    "DELETE FROM burgerberichten WHERE afspraak_id = ?",
    "DELETE FROM outbox WHERE afspraak_id = ?",
    "DELETE FROM berichten WHERE afspraak_id = ?",
    "DELETE FROM inwoner_statuslinks WHERE afspraak_id = ?",
    "DELETE FROM escalatie_bevestigingen WHERE afspraak_id = ?",
    "UPDATE kto_uitnodigingen SET opmerking = NULL, token_hash = NULL WHERE afspraak_id = ?",
    "DELETE FROM openklant_uitgaand WHERE taak_uuid IN (SELECT taak_uuid FROM openklant_taken WHERE afspraak_id = ?)",
    "DELETE FROM openklant_taken WHERE afspraak_id = ?",
  ]) {
    st(sqlite, sql).run(id);
  }
  if (a.burger_id) verwijderBurgerAlsLos(sqlite, a.burger_id);
}

/** A citizen with no commitment or complaint left is removed from the klantbeeld. */
function verwijderBurgerAlsLos(sqlite: Database.Database, burgerId: string): void {
  const nog = st(sqlite, "SELECT (SELECT count(*) FROM afspraken WHERE burger_id = ?) + (SELECT count(*) FROM klachten WHERE burger_id = ?) AS n")
    .get(burgerId, burgerId) as { n: number };
  if (nog.n > 0) return;
  try {
    st(sqlite, "DELETE FROM burgers WHERE id = ?").run(burgerId);
  } catch (e) {
    // another area still refers to this citizen (a foreign key): the citizen stays, the record is destroyed
    log("warn", "burger niet verwijderd bij vernietiging", { fout: (e as Error).message });
  }
}

const TEKST_WEG = (k: string) => `${k} = CASE WHEN ${k} IS NULL THEN NULL ELSE '${VERNIETIGD}' END`;

/** A complaint dossier: attachments, notes and letters deleted, the dossier's text overwritten, statistics columns kept. */
function vernietigKlacht(sqlite: Database.Database, id: string, bestanden: string[]): void {
  const k = st(sqlite, "SELECT burger_id, beklaagden, uitstel FROM klachten WHERE id = ?").get(id) as
    | { burger_id: string | null; beklaagden: string; uitstel: string }
    | undefined;
  if (!k) return;
  for (const b of st(sqlite, "SELECT id FROM klacht_bijlagen WHERE klacht_id = ?").all(id) as { id: string }[]) bestanden.push(b.id);
  st(sqlite, "DELETE FROM klacht_bijlagen WHERE klacht_id = ?").run(id);
  st(sqlite, "DELETE FROM klacht_notities WHERE klacht_id = ?").run(id);
  st(sqlite, "DELETE FROM klacht_brieven WHERE klacht_id = ?").run(id);
  st(sqlite, 
      `UPDATE klachten SET klager_naam = '${VERNIETIGD}', klager_organisatie = NULL, klager_adres = NULL, klager_postcode = NULL,
         klager_woonplaats = NULL, klager_telefoon = NULL, klager_email = NULL, burger_id = NULL, omschrijving = '${VERNIETIGD}',
         beklaagden = @beklaagden, behandelaar_naam = NULL, uitstel = @uitstel,
         ${["uitzondering_9_7", "grond_toelichting", "informeel_toelichting", "kopie_niet_mogelijk", "hoor_verslag", "horen_overgeslagen_toelichting", "bevindingen", "oordeel_reden", "maatregelen", "les", "les_overgeslagen"].map(TEKST_WEG).join(", ")}
       WHERE id = @id`,
    )
    .run({ id, beklaagden: anoniemeJson(k.beklaagden) ?? "[]", uitstel: anoniemeJson(k.uitstel) ?? "[]" });
  // the update trigger re-indexed the overwritten text; a destroyed dossier is not searchable at all
  st(sqlite, "DELETE FROM klachten_fts WHERE klacht_id = ?").run(id);
  st(sqlite, "DELETE FROM klachten_fts_rij WHERE klacht_id = ?").run(id);
  vernietigAfspraak(sqlite, id);
  if (k.burger_id) verwijderBurgerAlsLos(sqlite, k.burger_id);
}

function vernietigItem(sqlite: Database.Database, soort: ItemSoort, ref: string, bestanden: string[]): void {
  switch (soort) {
    case "klacht":
      return vernietigKlacht(sqlite, ref, bestanden);
    case "terugbelafspraak":
    case "overdracht":
      return vernietigAfspraak(sqlite, ref);
    case "bericht":
      st(sqlite, "DELETE FROM burgerberichten WHERE id = ?").run(Number(ref));
      return;
    case "kto":
      st(sqlite, "UPDATE kto_uitnodigingen SET opmerking = NULL, token_hash = NULL WHERE id = ?").run(Number(ref));
      return;
    case "bijlage":
      st(sqlite, "DELETE FROM klacht_bijlagen WHERE id = ?").run(ref);
      bestanden.push(ref);
      return;
  }
}

export interface Verklaring {
  soort: "verklaring van vernietiging";
  lijst: string;
  lijstId: string;
  peildatum: string;
  opgesteldOp: string;
  goedgekeurdOp: string;
  goedgekeurdDoor: { id: string; naam: string };
  vernietigd: { soort: string; kenmerk: string; grondslag: string; vernietigingsdatum: string }[];
  aangehouden: { soort: string; kenmerk: string; reden: string }[];
  totalen: Record<string, number>;
  bijlagebestanden: number;
}

export type GoedkeurUitkomst =
  | {
      ok: true;
      vernietigd: number;
      aangehouden: number;
      bestanden: { verwijderd: number; mislukt: number };
      checkpoint: { busy: number; log: number };
      vacuum: { soort: "direct"; ms: number } | { soort: "gepland" };
    }
  | Weigering;

/**
 * Approves the list and destroys what it proposes, in one transaction, then removes the files and checkpoints.
 */
export function keurGoed(lijstId: string, versie: number, actor: NonNullable<Actor>, oorsprong: string | null): GoedkeurUitkomst {
  const { sqlite } = getDatabase();
  const bestanden: string[] = [];
  const vorigSecureDelete = sqlite.pragma("secure_delete", { simple: true }) as number;
  sqlite.pragma("secure_delete = ON");
  let uitkomst: { vernietigd: number; aangehouden: number };
  try {
    const r = sqlite.transaction((): GoedkeurUitkomst | { vernietigd: number; aangehouden: number } => {
      const l = lijstVoorStap(sqlite, lijstId, versie);
      if ("ok" in l) return l;
      const op = now();
      const items = sqlite.prepare("SELECT * FROM vernietigingslijst_items WHERE lijst_id = ? ORDER BY soort, vernietigingsdatum, id").all(lijstId) as ItemRij[];
      // still past the term today? (a complaint sent to the ombudsman afterwards gets 10 years)
      const perSoort = new Map<ItemSoort, string[]>();
      for (const i of items) if (i.status === "voorgesteld") perSoort.set(i.soort, [...(perSoort.get(i.soort) ?? []), i.ref]);
      const nogDoor = new Set(kandidaten(sqlite, isoDatum(op), perSoort).map((k) => `${k.soort}:${k.ref}`));
      const wegItem = sqlite.prepare("UPDATE vernietigingslijst_items SET status = 'vernietigd', vernietigd_op = ? WHERE id = ?");
      const nietMeer = sqlite.prepare(
        "UPDATE vernietigingslijst_items SET status = 'aangehouden', aanhoud_reden = 'anders', aanhoud_toelichting = ?, aangehouden_op = ? WHERE id = ?",
      );
      for (const i of items) {
        if (i.status !== "voorgesteld") continue;
        if (!nogDoor.has(`${i.soort}:${i.ref}`)) {
          nietMeer.run("Bij de goedkeuring niet (meer) over de bewaartermijn; niet vernietigd.", op, i.id);
          i.status = "aangehouden";
          i.aanhoud_reden = "anders";
          continue;
        }
        vernietigItem(sqlite, i.soort, i.ref, bestanden);
        wegItem.run(op, i.id);
        i.status = "vernietigd";
        auditRegel(sqlite, {
          actor,
          actie: "vernietiging.uitgevoerd",
          objectType: i.soort,
          objectId: i.ref,
          resultaat: "ok",
          oorsprong,
          details: { lijst: l.nummer, kenmerk: i.kenmerk },
        });
      }
      // the deleted rows' terms leave the FTS index only when its segments are merged
      sqlite.prepare("INSERT INTO klachten_fts (klachten_fts) VALUES ('optimize')").run();
      const vernietigd = items.filter((i) => i.status === "vernietigd");
      const aangehouden = items.filter((i) => i.status === "aangehouden");
      const verklaring: Verklaring = {
        soort: "verklaring van vernietiging",
        lijst: l.nummer,
        lijstId: l.id,
        peildatum: l.peildatum,
        opgesteldOp: formatIso(l.aangemaakt_op),
        goedgekeurdOp: formatIso(op),
        goedgekeurdDoor: { id: actor.id, naam: actor.naam },
        vernietigd: vernietigd.map((i) => ({ soort: i.soort, kenmerk: i.kenmerk, grondslag: i.grondslag, vernietigingsdatum: i.vernietigingsdatum })),
        aangehouden: aangehouden.map((i) => ({ soort: i.soort, kenmerk: i.kenmerk, reden: AANHOUD_TEKST[i.aanhoud_reden ?? "anders"] })),
        totalen: telPerSoort(vernietigd.map((i) => i.soort)),
        bijlagebestanden: bestanden.length,
      };
      const tekst = JSON.stringify(verklaring);
      const { handtekening, publiekeSleutel } = onderteken(tekst);
      sqlite
        .prepare(
          `UPDATE vernietigingslijsten SET status = 'uitgevoerd', goedgekeurd_op = ?, goedgekeurd_door_id = ?, goedgekeurd_door_naam = ?,
             verklaring = ?, handtekening = ?, publieke_sleutel = ?, versie = versie + 1 WHERE id = ?`,
        )
        .run(op, actor.id, actor.naam, tekst, handtekening, publiekeSleutel, lijstId);
      audit({
        actor,
        actie: "vernietigingslijst.goedgekeurd",
        objectType: "vernietigingslijst",
        objectId: lijstId,
        resultaat: "ok",
        oorsprong,
        details: { nummer: l.nummer, vernietigd: verklaring.totalen, aangehouden: aangehouden.length, bijlagebestanden: bestanden.length },
      });
      return { vernietigd: vernietigd.length, aangehouden: aangehouden.length };
    })();
    if ("ok" in r) return r;
    uitkomst = r;
  } finally {
    sqlite.pragma(`secure_delete = ${vorigSecureDelete ? "ON" : "OFF"}`);
  }
  // files only after the commit: a rolled-back destruction must not have lost them
  const map = bijlagenMap();
  let verwijderd = 0;
  let mislukt = 0;
  for (const b of bestanden) {
    const pad = path.join(map, b);
    try {
      if (existsSync(pad)) unlinkSync(pad);
      verwijderd++;
    } catch (e) {
      mislukt++;
      log("error", "bijlage niet verwijderd bij vernietiging", { bijlage: b, fout: (e as Error).message });
    }
  }
  // Out of the WAL too: copy the (zeroed) pages into the database file and truncate the log. Every connection runs
  // with secure_delete (db/client.ts), so the deleted rows and the free space they leave are zeroes already; older
  // copies written before that setting existed are removed by VACUUM: at once for a small database, otherwise at
  // night by the job below (a VACUUM of a large file holds the write lock for minutes).
  const vacuum = klein(sqlite) ? vacuumNu(sqlite, actor, `lijst ${lijstId}`) : planVacuum(sqlite, lijstId);
  const [cp] = sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
  log("info", "vernietiging uitgevoerd", { lijst: lijstId, vernietigd: uitkomst.vernietigd, vacuum, checkpointBusy: cp?.busy ?? null });
  if (cp && cp.busy) log("warn", "checkpoint na vernietiging niet volledig (een lezer hield de WAL vast)", { ...cp });
  return { ok: true, ...uitkomst, bestanden: { verwijderd, mislukt }, checkpoint: { busy: cp?.busy ?? 0, log: cp?.log ?? 0 }, vacuum };
}

const VACUUM_SLEUTEL = "bewaren.vacuum_gepland";

/** Databases up to AFSPRAAK_VACUUM_DIRECT_MB (default 256 MB) are vacuumed right after the destruction. */
function klein(sqlite: Database.Database): boolean {
  const grens = Number(process.env.AFSPRAAK_VACUUM_DIRECT_MB ?? 256) * 2 ** 20;
  const bytes = (sqlite.pragma("page_count", { simple: true }) as number) * (sqlite.pragma("page_size", { simple: true }) as number);
  return bytes <= grens;
}

function vacuumNu(sqlite: Database.Database, actor: Actor, waarom: string): { soort: "direct"; ms: number } {
  const t0 = performance.now();
  sqlite.exec("VACUUM");
  const ms = Math.round(performance.now() - t0);
  sqlite.prepare("DELETE FROM instellingen WHERE sleutel = ?").run(VACUUM_SLEUTEL);
  audit({ actor, actie: "vernietiging.bestand_opgeschoond", objectType: "database", objectId: null, resultaat: "ok", oorsprong: null, details: { waarom, ms } });
  return { soort: "direct", ms };
}

function planVacuum(sqlite: Database.Database, lijstId: string): { soort: "gepland" } {
  sqlite.prepare("INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde").run(VACUUM_SLEUTEL, lijstId);
  return { soort: "gepland" };
}

/** The night job: a planned VACUUM runs between 01:00 and 05:00 (Europe/Amsterdam). */
export function geplandeVacuum(op = now()): boolean {
  const { sqlite } = getDatabase();
  const gepland = sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = ?").get(VACUUM_SLEUTEL) as { waarde: string } | undefined;
  if (!gepland) return false;
  const uur = lokaleDelen(op).uur;
  if (uur < 1 || uur >= 5) return false;
  vacuumNu(sqlite, null, `lijst ${gepland.waarde} (nacht)`);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return true;
}

// ------------------------------------------------------------------------------------------------ scheduler

/** The scheduler's monthly list: once per calendar month (Europe/Amsterdam), when none is under review. */
export function maandelijkseLijst(): OpstelUitkomst | null {
  const { sqlite } = getDatabase();
  const maand = isoDatum(now()).slice(0, 7);
  if (sqlite.prepare("SELECT 1 FROM vernietigingslijsten WHERE maand = ?").get(maand)) return null;
  const r = stelLijstOp(null, "planner", maand);
  if (r.ok) {
    meldArchief(sqlite, r.id, r.nummer, r.aantal, r.wachtend);
    log("info", "vernietigingslijst opgesteld", { nummer: r.nummer, aantal: r.aantal });
  }
  return r;
}

/** An inbox message to everyone with the archief role. */
function meldArchief(sqlite: Database.Database, id: string, nummer: string, aantal: number, wachtend: number): void {
  const ontvangers = sqlite
    .prepare("SELECT DISTINCT r.medewerker_id AS id FROM medewerker_rollen r JOIN medewerkers m ON m.id = r.medewerker_id WHERE r.rol = 'archief' AND m.actief = 1")
    .all() as { id: string }[];
  const ins = sqlite.prepare("INSERT INTO berichten (medewerker_id, titel, tekst, link, urgent, aangemaakt_op) VALUES (?, ?, ?, ?, 0, ?)");
  for (const o of ontvangers)
    ins.run(o.id, `Vernietigingslijst ${nummer} klaar`, `${aantal} onderdelen zijn over hun bewaartermijn. Beoordeel de lijst en keur hem goed.${wachtend ? ` Nog ${wachtend} onderdelen wachten op een volgende lijst.` : ""}`, `/vernietiging/${id}`, now());
}

export function bewarenTaken(): BackgroundJob[] {
  return [
    {
      naam: "vernietigingslijst",
      intervalMs: 60 * 60 * 1000,
      run: () => {
        maandelijkseLijst();
        geplandeVacuum();
      },
    },
  ];
}

export { SOORT_TEKST };
