/**
 * Coaching (issue 7): who may see an employee's private profile, coaching notes with reactions, coaching
 * agreements (a small workflow 'coachingsafspraak' in the engine), the retention term and its purge job.
 *
 * Visibility is ONE rule, computed from `leidinggevenden` at request time: the employee themself and their
 * own leidinggevende(n) — nobody else, whatever their roles (not other teamleiders, not the regieteam, not
 * beheerders). Every loader and action of a profile route calls `eisProfielToegang` first.
 */
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { auditRegel, pasToeInTransactie, registreerWorkflow, startAfspraak, WorkflowFout, type Actor } from "../../platform/engine/runtime.server";
import { normVersieOp } from "../../platform/engine/normen.server";
import { weiger, type AppUser } from "../../platform/auth/permissions.server";
import { coachingsafspraakMachine, MIJLPAAL_COACHING } from "../../../workflows/coachingsafspraak/machine";
import { maandenTerug, STANDAARD_BEWAARTERMIJN_MAANDEN } from "./rekenregels";
import type { BackgroundJob } from "../../platform/engine/jobs.server";
import type { CoachingsafspraakStatus } from "../../../db/schema";

export const SOORT_COACHINGSAFSPRAAK = "coachingsafspraak";
export const INSTELLING_BEWAARTERMIJN = "coaching_bewaartermijn_maanden";

// ------------------------------------------------------------------------------------------------ workflow

const STATUS_NAMEN: Record<string, string> = { open: "Open", nagekomen: "Nagekomen", vervallen: "Vervallen" };

export function registreerCoachingsafspraakWorkflow(): void {
  registreerWorkflow({
    soort: SOORT_COACHINGSAFSPRAAK,
    machine: coachingsafspraakMachine,
    // Deliberately without content: lists and inbox messages only ever show "Coachingsafspraak".
    projectie: (s) => ({ titel: "Coachingsafspraak", eigenaarId: s.context.medewerkerId, teamId: null }),
    statusNaam: (s) => STATUS_NAMEN[s] ?? s,
    link: () => "/profiel#coachingsafspraken",
  });
}
registreerCoachingsafspraakWorkflow();

// ------------------------------------------------------------------------------------------------ visibility

export type Relatie = "zelf" | "leidinggevende";

function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  return sqlite.prepare(sql);
}

/** The viewer's relation to the employee, computed now from `leidinggevenden`; null = no access. */
export function relatieTot(viewerId: string, medewerkerId: string): Relatie | null {
  const { sqlite } = getDatabase();
  const m = stmt(sqlite, "SELECT id FROM medewerkers WHERE id = ?").get(medewerkerId);
  if (!m) return null;
  if (viewerId === medewerkerId) return "zelf";
  const l = stmt(sqlite, "SELECT 1 FROM leidinggevenden WHERE medewerker_id = ? AND leidinggevende_id = ?").get(medewerkerId, viewerId);
  return l ? "leidinggevende" : null;
}

/** May `viewer` see the coaching profile of `medewerkerId`? Only the employee and their own manager(s). */
export function magProfielZien(viewer: Pick<AppUser, "id">, medewerkerId: string): boolean {
  return relatieTot(viewer.id, medewerkerId) !== null;
}

/**
 * The check every profile loader and action makes first. Refuses with weiger() (403 + audit line) unless the
 * viewer is the employee or one of their own leidinggevenden; `alleen: "leidinggevende"` also refuses the
 * employee (manager-only actions such as writing a note).
 */
export function eisProfielToegang(
  viewer: AppUser,
  context: AppLoadContext | undefined,
  medewerkerId: string,
  opts: { alleen?: Relatie } = {},
): Relatie {
  const r = relatieTot(viewer.id, medewerkerId);
  if (!r || (opts.alleen && r !== opts.alleen)) {
    weiger(viewer, context, "coaching.profiel", `medewerker:${medewerkerId}`, "U heeft geen toegang tot dit profiel.");
  }
  return r;
}

/** The employees this viewer manages (alphabetical), for links from the team pages. */
export function mijnMedewerkers(leidinggevendeId: string): { id: string; naam: string }[] {
  const { sqlite } = getDatabase();
  return stmt(
    sqlite,
    `SELECT m.id, m.naam FROM leidinggevenden l JOIN medewerkers m ON m.id = l.medewerker_id
     WHERE l.leidinggevende_id = ? ORDER BY m.naam COLLATE NOCASE`,
  ).all(leidinggevendeId) as { id: string; naam: string }[];
}

// ------------------------------------------------------------------------------------------------ reading

export interface ReactieWeergave {
  id: number;
  auteurNaam: string;
  tekst: string;
  op: number;
}
export interface NotitieWeergave {
  id: number;
  auteurNaam: string;
  tekst: string;
  op: number;
  reacties: ReactieWeergave[];
}
export interface AfspraakWeergave {
  id: string;
  omschrijving: string;
  auteurNaam: string;
  termijnOp: number;
  status: CoachingsafspraakStatus;
  versie: number;
  termijnBewaakt: boolean;
  aangemaaktOp: number;
  afgerondOp: number | null;
}

export function notitiesVan(medewerkerId: string): NotitieWeergave[] {
  const { sqlite } = getDatabase();
  const notities = stmt(
    sqlite,
    "SELECT id, auteur_naam, tekst, aangemaakt_op FROM coachingsnotities WHERE medewerker_id = ? ORDER BY aangemaakt_op DESC, id DESC",
  ).all(medewerkerId) as { id: number; auteur_naam: string; tekst: string; aangemaakt_op: number }[];
  const reacties = stmt(
    sqlite,
    `SELECT r.id, r.notitie_id, r.auteur_naam, r.tekst, r.aangemaakt_op FROM coachingsreacties r
     JOIN coachingsnotities n ON n.id = r.notitie_id WHERE n.medewerker_id = ? ORDER BY r.aangemaakt_op, r.id`,
  ).all(medewerkerId) as { id: number; notitie_id: number; auteur_naam: string; tekst: string; aangemaakt_op: number }[];
  return notities.map((n) => ({
    id: n.id,
    auteurNaam: n.auteur_naam,
    tekst: n.tekst,
    op: n.aangemaakt_op,
    reacties: reacties
      .filter((r) => r.notitie_id === n.id)
      .map((r) => ({ id: r.id, auteurNaam: r.auteur_naam, tekst: r.tekst, op: r.aangemaakt_op })),
  }));
}

export function afsprakenVan(medewerkerId: string): AfspraakWeergave[] {
  const { sqlite } = getDatabase();
  const rijen = stmt(
    sqlite,
    `SELECT id, omschrijving, auteur_naam, termijn_op, status, versie, afspraak_id, aangemaakt_op, afgerond_op
     FROM coachingsafspraken WHERE medewerker_id = ? ORDER BY (status = 'open') DESC, termijn_op`,
  ).all(medewerkerId) as {
    id: string;
    omschrijving: string;
    auteur_naam: string;
    termijn_op: number;
    status: CoachingsafspraakStatus;
    versie: number;
    afspraak_id: string | null;
    aangemaakt_op: number;
    afgerond_op: number | null;
  }[];
  return rijen.map((r) => ({
    id: r.id,
    omschrijving: r.omschrijving,
    auteurNaam: r.auteur_naam,
    termijnOp: r.termijn_op,
    status: r.status,
    versie: r.versie,
    termijnBewaakt: r.afspraak_id !== null,
    aangemaaktOp: r.aangemaakt_op,
    afgerondOp: r.afgerond_op,
  }));
}

/** Is there a charter norm for the milestone 'coachingsafspraak' (needed for deadline monitoring)? */
export function termijnbewakingMogelijk(op = now()): boolean {
  return normVersieOp({ mijlpaal: MIJLPAAL_COACHING }, op) !== null;
}

/** Writes the audit line for one view of a profile (every view is audited). */
export function auditProfielBekeken(viewer: AppUser, medewerkerId: string, relatie: Relatie, oorsprong: string | null): void {
  auditRegel(getDatabase().sqlite, {
    actor: { id: viewer.id, naam: viewer.naam },
    actie: "coaching.profiel.bekeken",
    objectType: "medewerker",
    objectId: medewerkerId,
    resultaat: "ok",
    oorsprong,
    details: { relatie },
  });
}

// ------------------------------------------------------------------------------------------------ writing

export type Uitkomst<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reden: "geweigerd" | "niet_gevonden" | "verouderd" | "niet_toegestaan"; melding: string; status?: CoachingsafspraakStatus };

const GEWEIGERD = { ok: false as const, reden: "geweigerd" as const, melding: "U heeft geen toegang tot dit profiel." };

function actorVan(u: AppUser): Actor {
  return { id: u.id, naam: u.naam };
}

/** A manager writes a coaching note for one of their own employees. */
export function voegNotitieToe(
  viewer: AppUser,
  medewerkerId: string,
  tekst: string,
  oorsprong: string | null = null,
): Uitkomst<{ id: number }> {
  if (relatieTot(viewer.id, medewerkerId) !== "leidinggevende") return GEWEIGERD;
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const op = now();
    const r = stmt(
      sqlite,
      `INSERT INTO coachingsnotities (medewerker_id, auteur_id, auteur_naam, tekst, versie, aangemaakt_op, gewijzigd_op)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    ).run(medewerkerId, viewer.id, viewer.naam, tekst, op, op);
    const id = Number(r.lastInsertRowid);
    auditRegel(sqlite, {
      actor: actorVan(viewer),
      actie: "coaching.notitie.toegevoegd",
      objectType: "coachingsnotitie",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { medewerker: medewerkerId, tekens: tekst.length },
    });
    return { ok: true as const, id };
  })();
}

/** The employee (or their manager) reacts to a note that belongs to THIS employee's profile. */
export function voegReactieToe(
  viewer: AppUser,
  medewerkerId: string,
  notitieId: number,
  tekst: string,
  oorsprong: string | null = null,
): Uitkomst<{ id: number }> {
  if (relatieTot(viewer.id, medewerkerId) === null) return GEWEIGERD;
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const n = stmt(sqlite, "SELECT medewerker_id FROM coachingsnotities WHERE id = ?").get(notitieId) as
      | { medewerker_id: string }
      | undefined;
    // A note of another employee under this URL is treated exactly like a missing one.
    if (!n || n.medewerker_id !== medewerkerId) {
      return { ok: false as const, reden: "niet_gevonden" as const, melding: "Deze notitie bestaat niet (meer)." };
    }
    const op = now();
    const r = stmt(
      sqlite,
      "INSERT INTO coachingsreacties (notitie_id, auteur_id, auteur_naam, tekst, aangemaakt_op) VALUES (?, ?, ?, ?, ?)",
    ).run(notitieId, viewer.id, viewer.naam, tekst, op);
    const id = Number(r.lastInsertRowid);
    auditRegel(sqlite, {
      actor: actorVan(viewer),
      actie: "coaching.reactie.toegevoegd",
      objectType: "coachingsnotitie",
      objectId: notitieId,
      resultaat: "ok",
      oorsprong,
      details: { medewerker: medewerkerId, reactie: id, tekens: tekst.length },
    });
    return { ok: true as const, id };
  })();
}

/**
 * A manager records an agreement with a due moment. When the charter has a norm for 'coachingsafspraak', a
 * commitment runs in the engine (its deadline row moved to the agreed moment) in the same transaction.
 */
export function maakCoachingsafspraak(
  viewer: AppUser,
  medewerkerId: string,
  invoer: { omschrijving: string; termijnOp: number },
  oorsprong: string | null = null,
): Uitkomst<{ id: string; termijnBewaakt: boolean }> {
  if (relatieTot(viewer.id, medewerkerId) !== "leidinggevende") return GEWEIGERD;
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const op = now();
    const id = crypto.randomUUID();
    let afspraakId: string | null = null;
    if (termijnbewakingMogelijk(op)) {
      try {
        afspraakId = startAfspraak(
          SOORT_COACHINGSAFSPRAAK,
          { medewerkerId, termijnOp: invoer.termijnOp },
          actorVan(viewer),
          { id, oorsprong },
        ).id;
      } catch (err) {
        if (!(err instanceof WorkflowFout)) throw err;
        afspraakId = null; // no usable norm: the agreement is kept without deadline monitoring
      }
    }
    stmt(
      sqlite,
      `INSERT INTO coachingsafspraken (id, medewerker_id, auteur_id, auteur_naam, omschrijving, termijn_op, status, afspraak_id,
         versie, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, 1, ?, ?)`,
    ).run(id, medewerkerId, viewer.id, viewer.naam, invoer.omschrijving, invoer.termijnOp, afspraakId, op, op);
    auditRegel(sqlite, {
      actor: actorVan(viewer),
      actie: "coaching.afspraak.toegevoegd",
      objectType: "coachingsafspraak",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { medewerker: medewerkerId, termijnOp: invoer.termijnOp, termijnBewaakt: afspraakId !== null },
    });
    return { ok: true as const, id, termijnBewaakt: afspraakId !== null };
  })();
}

/** A manager closes an agreement (nagekomen or vervallen), loaded with version `versie`. */
export function sluitCoachingsafspraak(
  viewer: AppUser,
  medewerkerId: string,
  afspraakId: string,
  versie: number,
  nieuw: "nagekomen" | "vervallen",
  oorsprong: string | null = null,
): Uitkomst<{ versie: number }> {
  if (relatieTot(viewer.id, medewerkerId) !== "leidinggevende") return GEWEIGERD;
  const { sqlite } = getDatabase();
  const r = sqlite.transaction((): Uitkomst<{ versie: number }> => {
    const rij = stmt(sqlite, "SELECT medewerker_id, status, versie, afspraak_id FROM coachingsafspraken WHERE id = ?").get(afspraakId) as
      | { medewerker_id: string; status: CoachingsafspraakStatus; versie: number; afspraak_id: string | null }
      | undefined;
    if (!rij || rij.medewerker_id !== medewerkerId) {
      return { ok: false, reden: "niet_gevonden", melding: "Deze afspraak bestaat niet (meer)." };
    }
    if (rij.versie !== versie) {
      return {
        ok: false,
        reden: "verouderd",
        melding: "Iemand anders heeft deze afspraak intussen gewijzigd; bekijk de nieuwe stand en probeer het opnieuw.",
      };
    }
    if (rij.status !== "open") {
      return { ok: false, reden: "niet_toegestaan", melding: `Deze afspraak is al ${rij.status}.`, status: rij.status };
    }
    const op = now();
    if (rij.afspraak_id) {
      const stap = pasToeInTransactie(sqlite, rij.afspraak_id, null, nieuw === "nagekomen" ? { type: "NAGEKOMEN" } : { type: "VERVALLEN" }, actorVan(viewer), {
        oorsprong,
      });
      if (!stap.ok) return { ok: false, reden: "niet_toegestaan", melding: stap.melding };
    }
    const nieuweVersie = rij.versie + 1;
    stmt(sqlite, "UPDATE coachingsafspraken SET status = ?, versie = ?, gewijzigd_op = ?, afgerond_op = ? WHERE id = ?").run(
      nieuw,
      nieuweVersie,
      op,
      op,
      afspraakId,
    );
    auditRegel(sqlite, {
      actor: actorVan(viewer),
      actie: `coaching.afspraak.${nieuw}`,
      objectType: "coachingsafspraak",
      objectId: afspraakId,
      resultaat: "ok",
      oorsprong,
      details: { medewerker: medewerkerId, versie: nieuweVersie },
    });
    return { ok: true, versie: nieuweVersie };
  })();
  return r;
}

// ------------------------------------------------------------------------------------------------ retention

/** The retention term for coaching notes in months (instelling, default 24). */
export function bewaartermijnMaanden(): number {
  const { sqlite } = getDatabase();
  const r = stmt(sqlite, "SELECT waarde FROM instellingen WHERE sleutel = ?").get(INSTELLING_BEWAARTERMIJN) as
    | { waarde: string }
    | undefined;
  if (!r) return STANDAARD_BEWAARTERMIJN_MAANDEN;
  try {
    const n = Number(JSON.parse(r.waarde));
    return Number.isInteger(n) && n >= 1 && n <= 240 ? n : STANDAARD_BEWAARTERMIJN_MAANDEN;
  } catch {
    return STANDAARD_BEWAARTERMIJN_MAANDEN;
  }
}

export interface OpschoonResultaat {
  notities: number;
  reacties: number;
  grensOp: number;
}

/**
 * Deletes coaching notes and reactions written before (now − retention term), in one transaction, with one
 * audit line as a system action that holds counts only (never content).
 */
export function ruimCoachingOp(nu = now()): OpschoonResultaat {
  const { sqlite } = getDatabase();
  const maanden = bewaartermijnMaanden();
  const grensOp = maandenTerug(nu, maanden);
  return sqlite.transaction(() => {
    // Reactions on notes that go, and old reactions on notes that stay.
    const reacties = stmt(
      sqlite,
      `DELETE FROM coachingsreacties WHERE aangemaakt_op < @grens
         OR notitie_id IN (SELECT id FROM coachingsnotities WHERE aangemaakt_op < @grens)`,
    ).run({ grens: grensOp }).changes;
    const notities = stmt(sqlite, "DELETE FROM coachingsnotities WHERE aangemaakt_op < ?").run(grensOp).changes;
    if (notities > 0 || reacties > 0) {
      auditRegel(
        sqlite,
        {
          actor: { id: null, naam: "Afspraak (automatisch)" },
          actie: "coaching.bewaartermijn.opgeschoond",
          objectType: "coachingsnotitie",
          objectId: null,
          resultaat: "ok",
          details: { notities, reacties, bewaartermijnMaanden: maanden, grensOp },
        },
        nu,
      );
    }
    return { notities, reacties, grensOp };
  })();
}

export const COACHING_OPSCHOON_TAAK = "coaching-bewaartermijn";

/** The daily purge job (registered in app/boot/background.server.ts). */
export function coachingTaken(): BackgroundJob[] {
  return [{ naam: COACHING_OPSCHOON_TAAK, intervalMs: 24 * 60 * 60 * 1000, run: () => void ruimCoachingOp() }];
}
