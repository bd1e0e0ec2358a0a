/**
 * Compliments and suggestions (issue 5 item 6), lighter than complaints.
 * - A compliment is about one medewerker or one team. It is stored in `feedback` (so it counts in the coaching
 *   profile, dienstverleningsprofiel.server.ts counts rows with soort 'compliment' per medewerker_id) and
 *   reaches the person (or every active team member) and their teamleider and leidinggevenden via an in-app
 *   inbox message, in the same transaction.
 * - A suggestion lands on the regieteam's triage list: nieuw → in behandeling → overgenomen | niet overgenomen
 *   (stored as 'afgewezen'), version-checked and audited.
 * Citizen data is minimal: an optional name and an optional way to reach them (only for a suggestion's reply).
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import { veldFouten } from "../../platform/web/formulier.server";
import { vertaal } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import { KANAAL_TEKST, KLACHT_KANALEN } from "../klachten/recht";

export const FEEDBACK_KANALEN = KLACHT_KANALEN;
export const FEEDBACK_KANAAL_TEKST = KANAAL_TEKST;

export type SuggestieStatus = "nieuw" | "in_behandeling" | "overgenomen" | "afgewezen";
export const SUGGESTIE_STATUS_TEKST: Record<SuggestieStatus, string> = {
  nieuw: "Nieuw",
  in_behandeling: "In behandeling",
  overgenomen: "Overgenomen",
  afgewezen: "Niet overgenomen",
};
/** Allowed triage steps. */
export const VOLGENDE_STATUS: Record<SuggestieStatus, SuggestieStatus[]> = {
  nieuw: ["in_behandeling"],
  in_behandeling: ["overgenomen", "afgewezen"],
  overgenomen: [],
  afgewezen: [],
};

export type Fouten = Partial<Record<string, string[]>>;
/** id null: the citizen themselves on the public pages (issue 13). */
type Actor = { id: string | null; naam: string };

export interface FeedbackInvoer {
  soort: "compliment" | "suggestie";
  kanaal: string;
  tekst: string;
  vanNaam: string | null;
  vanContact: string | null;
  medewerkerId: string | null;
  teamId: number | null;
}

const leegNaarNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : typeof v === "string" ? v.trim() : v);

const schema = z
  .object({
    // messages are dictionary keys (werk:feedback.fout), worded in the request's language by veldFouten
    soort: z.enum(["compliment", "suggestie"], { error: "werk:feedback.fout.soort" }),
    kanaal: z.enum(KLACHT_KANALEN, { error: "werk:feedback.fout.kanaal" }),
    tekst: z
      .string({ error: "werk:feedback.fout.tekst" })
      .trim()
      .min(3, { error: "werk:feedback.fout.tekstKort" })
      .max(4000, { error: "werk:feedback.fout.tekstLang" }),
    vanNaam: z.preprocess(leegNaarNull, z.string().max(200, { error: "werk:feedback.fout.naamLang" }).nullable()),
    vanContact: z.preprocess(
      leegNaarNull,
      z.string().max(200, { error: "werk:feedback.fout.contactLang" }).nullable(),
    ),
  })
  .loose();

/** Validates the form of /feedback/nieuw; errors are Dutch and keyed by field name. */
export function leesFeedback(form: FormData, taal: Taal = "nl"): { ok: true; invoer: FeedbackInvoer } | { ok: false; fouten: Fouten } {
  const ruw = Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k) ?? "")]));
  const r = schema.safeParse(ruw);
  const fouten: Fouten = r.success ? {} : veldFouten(r.error, taal);
  let medewerkerId: string | null = null;
  let teamId: number | null = null;
  if (ruw.soort === "compliment") {
    const { sqlite } = getDatabase();
    const over = (ruw.over ?? "").trim();
    if (over.startsWith("m:")) {
      const m = sqlite.prepare("SELECT id FROM medewerkers WHERE id = ? AND actief = 1").get(over.slice(2)) as { id: string } | undefined;
      if (m) medewerkerId = m.id;
    } else if (/^t:\d+$/.test(over)) {
      const t = sqlite.prepare("SELECT id FROM teams WHERE id = ? AND actief = 1").get(Number(over.slice(2))) as { id: number } | undefined;
      if (t) teamId = t.id;
    }
    if (!medewerkerId && teamId === null) fouten.over = [vertaal(taal, "werk:feedback.fout.over")];
  }
  if (!r.success || Object.keys(fouten).length) return { ok: false, fouten };
  const v = r.data;
  return {
    ok: true,
    invoer: { soort: v.soort, kanaal: v.kanaal, tekst: v.tekst, vanNaam: v.vanNaam, vanContact: v.soort === "suggestie" ? v.vanContact : null, medewerkerId, teamId },
  };
}

/** Active colleagues and teams to choose from for a compliment. */
export function feedbackKeuzes() {
  const { sqlite } = getDatabase();
  return {
    medewerkers: sqlite.prepare("SELECT id, naam FROM medewerkers WHERE actief = 1 ORDER BY naam").all() as { id: string; naam: string }[],
    teams: sqlite
      .prepare("SELECT t.id, t.naam, a.naam AS afdeling FROM teams t JOIN afdelingen a ON a.id = t.afdeling_id WHERE t.actief = 1 ORDER BY a.naam, t.naam")
      .all() as { id: number; naam: string; afdeling: string }[],
  };
}

interface Ontvanger {
  id: string;
  naam: string;
}

/** Who receives a compliment: the person (or the team's members), their teamleider(s) and leidinggevenden. */
export function complimentOntvangers(over: { medewerkerId: string | null; teamId: number | null }): Ontvanger[] {
  const { sqlite } = getDatabase();
  const lijst: Ontvanger[] = [];
  const leidingVan = (medewerkerId: string) =>
    sqlite
      .prepare(
        `SELECT m.id, m.naam FROM leidinggevenden l JOIN medewerkers m ON m.id = l.leidinggevende_id
         WHERE l.medewerker_id = ? AND m.actief = 1`,
      )
      .all(medewerkerId) as Ontvanger[];
  const teamleider = (teamId: number) =>
    sqlite
      .prepare("SELECT m.id, m.naam FROM teams t JOIN medewerkers m ON m.id = t.teamleider_id WHERE t.id = ? AND m.actief = 1")
      .get(teamId) as Ontvanger | undefined;
  if (over.medewerkerId) {
    const m = sqlite.prepare("SELECT id, naam, team_id FROM medewerkers WHERE id = ? AND actief = 1").get(over.medewerkerId) as
      | (Ontvanger & { team_id: number | null })
      | undefined;
    if (m) {
      lijst.push({ id: m.id, naam: m.naam });
      if (m.team_id !== null) {
        const tl = teamleider(m.team_id);
        if (tl) lijst.push(tl);
      }
      lijst.push(...leidingVan(m.id));
    }
  } else if (over.teamId !== null) {
    lijst.push(...(sqlite.prepare("SELECT id, naam FROM medewerkers WHERE team_id = ? AND actief = 1 ORDER BY naam").all(over.teamId) as Ontvanger[]));
    const tl = teamleider(over.teamId);
    if (tl) {
      lijst.push(tl);
      lijst.push(...leidingVan(tl.id));
    }
  }
  const gezien = new Set<string>();
  return lijst.filter((o) => (gezien.has(o.id) ? false : (gezien.add(o.id), true)));
}

/** Stores a compliment or suggestion; a compliment is delivered to the inboxes in the same transaction. */
export function registreerFeedback(actor: Actor, invoer: FeedbackInvoer, oorsprong: string | null): { id: number; ontvangers: number } {
  const { sqlite } = getDatabase();
  return sqlite.transaction(() => {
    const op = now();
    let afdelingId: number | null = null;
    if (invoer.teamId !== null) {
      afdelingId = (sqlite.prepare("SELECT afdeling_id AS a FROM teams WHERE id = ?").get(invoer.teamId) as { a: number } | undefined)?.a ?? null;
    } else if (invoer.medewerkerId) {
      afdelingId =
        (sqlite.prepare("SELECT t.afdeling_id AS a FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(invoer.medewerkerId) as
          | { a: number }
          | undefined)?.a ?? null;
    }
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO feedback (soort, tekst, kanaal, van_naam, van_contact, medewerker_id, team_id, afdeling_id, status, versie, aangemaakt_op, aangemaakt_door, gewijzigd_op)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'nieuw', 1, ?, ?, ?)`,
        )
        .run(invoer.soort, invoer.tekst, invoer.kanaal, invoer.vanNaam, invoer.vanContact, invoer.medewerkerId, invoer.teamId, afdelingId, op, actor.id, op)
        .lastInsertRowid,
    );
    let aantal = 0;
    if (invoer.soort === "compliment") {
      const ontvangers = complimentOntvangers(invoer);
      const overWie = invoer.medewerkerId
        ? (sqlite.prepare("SELECT naam FROM medewerkers WHERE id = ?").get(invoer.medewerkerId) as { naam: string }).naam
        : `team ${(sqlite.prepare("SELECT naam FROM teams WHERE id = ?").get(invoer.teamId) as { naam: string }).naam}`;
      const ins = sqlite.prepare(
        `INSERT INTO berichten (medewerker_id, titel, tekst, link, afspraak_id, urgent, aangemaakt_op) VALUES (?, ?, ?, NULL, NULL, 0, ?)`,
      );
      const titel = `Compliment voor ${overWie}`;
      const tekst = `Een inwoner gaf via ${KANAAL_TEKST[invoer.kanaal as keyof typeof KANAAL_TEKST] ?? invoer.kanaal} een compliment voor ${overWie}: “${invoer.tekst}” (doorgegeven door ${actor.naam}).`;
      for (const o of ontvangers) ins.run(o.id, titel, tekst, op);
      aantal = ontvangers.length;
    }
    audit({
      actor,
      actie: invoer.soort === "compliment" ? "compliment.geregistreerd" : "suggestie.geregistreerd",
      objectType: "feedback",
      objectId: id,
      resultaat: "ok",
      oorsprong,
      details: { kanaal: invoer.kanaal, medewerkerId: invoer.medewerkerId, teamId: invoer.teamId, ontvangers: aantal, metContact: !!(invoer.vanNaam || invoer.vanContact) },
    });
    return { id, ontvangers: aantal };
  })();
}

export interface Suggestie {
  id: number;
  tekst: string;
  kanaal: string;
  vanNaam: string | null;
  vanContact: string | null;
  status: SuggestieStatus;
  triageNotitie: string | null;
  versie: number;
  aangemaaktOp: number;
  doorNaam: string | null;
}

/** The regieteam's triage list (open ones first, newest first). Reading contact details is audited. */
export function suggesties(actor: Actor, oorsprong: string | null): Suggestie[] {
  const { sqlite } = getDatabase();
  const rijen = sqlite
    .prepare(
      `SELECT f.id, f.tekst, f.kanaal, f.van_naam, f.van_contact, f.status, f.triage_notitie, f.versie, f.aangemaakt_op, m.naam AS door_naam
       FROM feedback f LEFT JOIN medewerkers m ON m.id = f.aangemaakt_door
       WHERE f.soort = 'suggestie'
       ORDER BY CASE f.status WHEN 'nieuw' THEN 0 WHEN 'in_behandeling' THEN 1 ELSE 2 END, f.aangemaakt_op DESC, f.id DESC
       LIMIT 500`,
    )
    .all() as {
    id: number;
    tekst: string;
    kanaal: string;
    van_naam: string | null;
    van_contact: string | null;
    status: SuggestieStatus;
    triage_notitie: string | null;
    versie: number;
    aangemaakt_op: number;
    door_naam: string | null;
  }[];
  const metPersoonsgegevens = rijen.filter((r) => r.van_naam || r.van_contact).map((r) => r.id);
  if (metPersoonsgegevens.length)
    audit({ actor, actie: "suggesties.gelezen", objectType: "feedback", resultaat: "ok", oorsprong, details: { ids: metPersoonsgegevens } });
  return rijen.map((r) => ({
    id: r.id,
    tekst: r.tekst,
    kanaal: r.kanaal,
    vanNaam: r.van_naam,
    vanContact: r.van_contact,
    status: r.status,
    triageNotitie: r.triage_notitie,
    versie: r.versie,
    aangemaaktOp: r.aangemaakt_op,
    doorNaam: r.door_naam,
  }));
}

export type TriageUitkomst = { ok: true; versie: number } | { ok: false; fouten: Fouten; status?: number };

/** One triage step on a suggestion; refuses a stale version and steps the workflow does not allow. */
export function triageerSuggestie(
  actor: Actor,
  id: number,
  verwachteVersie: number,
  invoer: { status: string; notitie: string },
  oorsprong: string | null,
): TriageUitkomst {
  const { sqlite } = getDatabase();
  return sqlite.transaction((): TriageUitkomst => {
    const r = sqlite.prepare("SELECT status, versie, triage_notitie FROM feedback WHERE id = ? AND soort = 'suggestie'").get(id) as
      | { status: SuggestieStatus; versie: number; triage_notitie: string | null }
      | undefined;
    if (!r) return { ok: false, status: 404, fouten: { _form: ["Deze suggestie bestaat niet (meer)."] } };
    if (r.versie !== verwachteVersie)
      return {
        ok: false,
        status: 409,
        fouten: { _form: ["Iemand anders heeft deze suggestie intussen bijgewerkt. Bekijk de nieuwe stand en probeer het opnieuw."] },
      };
    const fouten: Fouten = {};
    const naar = invoer.status as SuggestieStatus;
    if (!VOLGENDE_STATUS[r.status].includes(naar))
      fouten.status = [
        VOLGENDE_STATUS[r.status].length
          ? `Kies de volgende stap: ${VOLGENDE_STATUS[r.status].map((s) => SUGGESTIE_STATUS_TEKST[s].toLowerCase()).join(" of ")}.`
          : "Over deze suggestie is al besloten.",
      ];
    const notitie = invoer.notitie.trim();
    if ((naar === "overgenomen" || naar === "afgewezen") && notitie.length < 3)
      fouten.notitie = ["Licht het besluit toe in de notitie (minimaal 3 tekens)."];
    if (notitie.length > 4000) fouten.notitie = ["De notitie is te lang (maximaal 4000 tekens)."];
    if (Object.keys(fouten).length) return { ok: false, status: 400, fouten };
    const versie = r.versie + 1;
    sqlite
      .prepare("UPDATE feedback SET status = ?, triage_notitie = ?, versie = ?, gewijzigd_op = ? WHERE id = ? AND versie = ?")
      .run(naar, notitie || r.triage_notitie, versie, now(), id, r.versie);
    audit({ actor, actie: "suggestie.getrieerd", objectType: "feedback", objectId: id, resultaat: "ok", oorsprong, details: { van: r.status, naar, versie } });
    return { ok: true, versie };
  })();
}

/**
 * A compliment or suggestion the citizen sent on the public pages (channel "webformulier"): the same path as
 * one staff record, so a compliment reaches the person (or team) and their managers in the same transaction.
 */
export function registreerFeedbackVanInwoner(
  invoer: Omit<FeedbackInvoer, "kanaal">,
  oorsprong: string | null,
): { id: number; ontvangers: number } {
  return registreerFeedback({ id: null, naam: "de inwoner zelf, via het webformulier" }, { ...invoer, kanaal: "webformulier" }, oorsprong);
}
