/**
 * The teamleider's list of unhappy satisfaction answers (score 1–2) and what they do with one:
 * - terugbellen: a new callback promise to the citizen, owned by the teamleider (charter norm TERUGBELLEN);
 * - opnieuw oppakken: a closed callback, handover or complaint cannot be reopened by its machine (a final state),
 *   so a new follow-up callback goes to whoever handled it (or its team), with the answer in the question;
 * - signaal: the answer goes to the regieteam as a signal for the learning log (only the regieteam writes there):
 *   an inbox message with a link to a prefilled new lesson linked to the commitment.
 * Every action is recorded on the answer (opvolging, door, op, the new callback) with an audit line.
 */
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import { heeft, type AppUser } from "../../platform/auth/permissions.server";
import { verstuurBericht } from "../../platform/engine/notificaties.server";
import type { AfspraakRij } from "../../platform/engine/effect";
import { maakTerugbelafspraak } from "../terugbellen/terugbel.server";
import type { KtoOpvolging } from "../../../db/schema/berichten";

export const OPVOLGING_TEKST: Record<KtoOpvolging, string> = {
  open: "Nog niet opgevolgd",
  teruggebeld: "Terugbelafspraak gemaakt",
  heropend: "Opnieuw opgepakt (nieuwe opvolging)",
  signaal: "Als signaal naar het regieteam",
  afgedaan: "Afgedaan",
};

export const SOORT_TEKST: Record<string, string> = {
  terugbelafspraak: "Terugbelafspraak",
  overdracht: "Warme overdracht",
  klacht: "Klacht",
};

export interface OntevredenRij {
  id: number;
  afspraakId: string;
  soort: string;
  titel: string;
  teamNaam: string | null;
  score: number;
  opmerking: string | null;
  beantwoordOp: number;
  opvolging: KtoOpvolging;
  opgevolgdOp: number | null;
  opgevolgdDoorNaam: string | null;
  opvolgingAfspraakId: string | null;
  versie: number;
  link: string;
}

export function linkVoorAfspraak(soort: string, id: string): string {
  return soort === "klacht"
    ? `/klachten/${id}`
    : soort === "overdracht"
    ? `/overdrachten/${id}`
    : soort === "terugbelafspraak"
    ? `/terugbelafspraken/${id}`
    : `/afspraken/${id}`;
}

/** Whether `user` sees this team's answers: its teamleider, or the regieteam (all teams). */
function teamFilter(user: AppUser): { sql: string; args: unknown[] } {
  if (heeft(user, "regieteam")) return { sql: "1 = 1", args: [] };
  return {
    sql: "k.team_id IN (SELECT id FROM teams WHERE teamleider_id = ?)",
    args: [user.id],
  };
}

/** Unhappy answers for the user's teams: open ones first (newest first), then the last 50 handled ones. */
export function ontevredenAntwoorden(user: AppUser): {
  open: OntevredenRij[];
  afgehandeld: OntevredenRij[];
} {
  const { sqlite } = getDatabase();
  const f = teamFilter(user);
  const sql = (waar: string, limiet: number) =>
    `SELECT k.id, k.afspraak_id, k.soort, a.titel, t.naam AS team_naam, k.score, k.opmerking, k.beantwoord_op, k.opvolging, k.opgevolgd_op,
            m.naam AS door_naam, k.opvolging_afspraak_id, k.versie
     FROM kto_uitnodigingen k JOIN afspraken a ON a.id = k.afspraak_id
     LEFT JOIN teams t ON t.id = k.team_id LEFT JOIN medewerkers m ON m.id = k.opgevolgd_door
     WHERE ${waar} AND ${f.sql} ORDER BY k.beantwoord_op DESC LIMIT ${limiet}`;
  type R = {
    id: number;
    afspraak_id: string;
    soort: string;
    titel: string;
    team_naam: string | null;
    score: number;
    opmerking: string | null;
    beantwoord_op: number;
    opvolging: KtoOpvolging;
    opgevolgd_op: number | null;
    door_naam: string | null;
    opvolging_afspraak_id: string | null;
    versie: number;
  };
  const naar = (r: R): OntevredenRij => ({
    id: r.id,
    afspraakId: r.afspraak_id,
    soort: r.soort,
    titel: r.titel,
    teamNaam: r.team_naam,
    score: r.score,
    opmerking: r.opmerking,
    beantwoordOp: r.beantwoord_op,
    opvolging: r.opvolging,
    opgevolgdOp: r.opgevolgd_op,
    opgevolgdDoorNaam: r.door_naam,
    opvolgingAfspraakId: r.opvolging_afspraak_id,
    versie: r.versie,
    link: linkVoorAfspraak(r.soort, r.afspraak_id),
  });
  const open = (
    sqlite.prepare(sql("k.opvolging = 'open'", 500)).all(...f.args) as R[]
  ).map(naar);
  const afgehandeld = (
    sqlite
      .prepare(sql("k.opvolging IS NOT NULL AND k.opvolging <> 'open'", 50))
      .all(...f.args) as R[]
  ).map(naar);
  return { open, afgehandeld };
}

export const OPVOLG_ACTIES = [
  "terugbellen",
  "heropenen",
  "signaal",
  "afgedaan",
] as const;
export type OpvolgActie = (typeof OPVOLG_ACTIES)[number];

export type OpvolgResultaat =
  | { ok: true; melding: string; nieuwId?: string }
  | { ok: false; status: 403 | 404 | 409 | 400; melding: string };

interface KtoRij {
  id: number;
  afspraak_id: string;
  soort: string;
  team_id: number | null;
  score: number;
  opmerking: string | null;
  opvolging: string | null;
  versie: number;
}

function contactVan(a: AfspraakRij): {
  naam: string | null;
  telefoon: string | null;
  email: string | null;
} {
  const { sqlite } = getDatabase();
  if (a.soort === "klacht") {
    const k = sqlite
      .prepare(
        "SELECT klager_naam, klager_telefoon, klager_email FROM klachten WHERE id = ?"
      )
      .get(a.id) as
      | {
          klager_naam: string;
          klager_telefoon: string | null;
          klager_email: string | null;
        }
      | undefined;
    return {
      naam: k?.klager_naam ?? null,
      telefoon: k?.klager_telefoon ?? null,
      email: k?.klager_email ?? null,
    };
  }
  try {
    const b = (
      JSON.parse(a.snapshot) as {
        context?: {
          burger?: {
            naam?: string | null;
            telefoon?: string | null;
            email?: string | null;
          };
        };
      }
    ).context?.burger;
    return {
      naam: b?.naam ?? null,
      telefoon: b?.telefoon ?? null,
      email: b?.email ?? null,
    };
  } catch {
    return { naam: null, telefoon: null, email: null };
  }
}

/** One follow-up action on answer `id` loaded at `versie` by a teamleider of its team (or the regieteam). */
export function volgOp(
  user: AppUser,
  id: number,
  versie: number,
  actie: OpvolgActie,
  oorsprong: string | null
): OpvolgResultaat {
  const { sqlite } = getDatabase();
  const f = teamFilter(user);
  const k = sqlite
    .prepare(
      `SELECT k.id, k.afspraak_id, k.soort, k.team_id, k.score, k.opmerking, k.opvolging, k.versie FROM kto_uitnodigingen k WHERE k.id = ? AND ${f.sql}`
    )
    .get(id, ...f.args) as KtoRij | undefined;
  if (!k || k.opvolging === null) {
    audit({
      actor: user,
      actie: "kto.opvolging",
      objectType: "kto",
      objectId: id,
      resultaat: "geweigerd",
      oorsprong,
      details: { actie },
    });
    return {
      ok: false,
      status: 404,
      melding: "Dit antwoord bestaat niet of hoort niet bij uw team.",
    };
  }
  if (k.versie !== versie || k.opvolging !== "open") {
    return {
      ok: false,
      status: 409,
      melding:
        "Iemand anders heeft dit antwoord intussen opgevolgd. Bekijk de nieuwe stand hieronder.",
    };
  }
  const a = sqlite
    .prepare("SELECT * FROM afspraken WHERE id = ?")
    .get(k.afspraak_id) as AfspraakRij | undefined;
  if (!a)
    return {
      ok: false,
      status: 404,
      melding: "De afspraak bij dit antwoord bestaat niet meer.",
    };
  const c = contactVan(a);
  const toelichting = k.opmerking
    ? ` Toelichting van de inwoner: "${k.opmerking}"`
    : "";
  const RACE = "kto-race";
  try {
    return sqlite.transaction((): OpvolgResultaat => {
      let nieuwId: string | undefined;
      let opvolging: KtoOpvolging;
      let melding: string;
      if (actie === "terugbellen" || actie === "heropenen") {
        if (!c.telefoon)
          return {
            ok: false,
            status: 400,
            melding:
              "Van deze inwoner is geen telefoonnummer bekend. Kies een andere opvolging.",
          };
        const toewijzing =
          actie === "terugbellen"
            ? { toewijzing: "ik" }
            : a.eigenaar_id
            ? { toewijzing: "ander", ander: `m:${a.eigenaar_id}` }
            : a.team_id !== null
            ? { toewijzing: "ander", ander: `t:${a.team_id}` }
            : { toewijzing: "ik" };
        const vraag =
          actie === "terugbellen"
            ? `Terugbellen na een ontevreden antwoord (${k.score} van 5) op de tevredenheidsvraag over: ${a.titel}.${toelichting}`
            : `Opnieuw oppakken: de inwoner was ontevreden (${k.score} van 5) over: ${a.titel}.${toelichting}`;
        const r = maakTerugbelafspraak(
          {
            naam: c.naam ?? "",
            anoniem: c.naam ? undefined : "on",
            telefoon: c.telefoon,
            email: c.email ?? "",
            vraag: vraag.slice(0, 4000),
            kanaal: "telefoon",
            norm: "TERUGBELLEN",
            ...toewijzing,
          },
          user,
          oorsprong
        );
        if (!r.ok)
          return {
            ok: false,
            status: 400,
            melding:
              r.melding ??
              Object.values(r.fouten).flat()[0] ??
              "De terugbelafspraak kon niet worden gemaakt.",
          };
        nieuwId = r.id;
        opvolging = actie === "terugbellen" ? "teruggebeld" : "heropend";
        melding =
          actie === "terugbellen"
            ? "Er staat een terugbelafspraak voor u klaar."
            : "Er staat een nieuwe opvolging klaar bij de behandelaar.";
      } else if (actie === "signaal") {
        opvolging = "signaal";
        melding =
          "Het regieteam heeft het signaal gekregen voor het leerlogboek.";
      } else {
        opvolging = "afgedaan";
        melding = "Het antwoord is afgedaan.";
      }
      {
        const u = sqlite
          .prepare(
            `UPDATE kto_uitnodigingen SET opvolging = ?, opgevolgd_op = ?, opgevolgd_door = ?, opvolging_afspraak_id = ?, versie = versie + 1
         WHERE id = ? AND versie = ? AND opvolging = 'open'`
          )
          .run(opvolging, now(), user.id, nieuwId ?? null, id, versie);
        if (!u.changes) throw new Error(RACE);
        if (actie === "signaal") {
          const q =
            a.soort === "klacht"
              ? `klacht=${encodeURIComponent(a.id)}`
              : `afspraak=${encodeURIComponent(a.id)}`;
          verstuurBericht(
            { sqlite, afspraak: a, op: now(), link: `/leerlogboek/nieuw?${q}` },
            {
              aan: "regieteam",
              titel: `Signaal uit de tevredenheidsvraag: ${a.titel}`,
              tekst: `${user.naam} geeft een ontevreden antwoord (${k.score} van 5) door als signaal voor het leerlogboek.${toelichting}`,
            }
          );
        }
        audit({
          actor: user,
          actie: "kto.opvolging",
          objectType: "kto",
          objectId: id,
          resultaat: "ok",
          oorsprong,
          details: { actie, nieuwId: nieuwId ?? null },
        });
      }
      return { ok: true, melding, nieuwId };
    })();
  } catch (err) {
    if (err instanceof Error && err.message === RACE) {
      return {
        ok: false,
        status: 409,
        melding:
          "Iemand anders heeft dit antwoord intussen opgevolgd. Bekijk de nieuwe stand hieronder.",
      };
    }
    throw err;
  }
}
