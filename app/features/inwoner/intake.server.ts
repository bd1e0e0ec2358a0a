/**
 * Public intake (issue 13): a complaint, a compliment, a suggestion and a callback request, filed by the citizen
 * on /inwoner/* without an account. Each enters the same path as a staff registration, channel "webformulier":
 *
 * - klacht → registreerKlacht (Awb chapter 9 workflow), attachments checked like staff uploads;
 * - compliment → registreerFeedbackVanInwoner (reaches the employee or team and their managers);
 * - suggestie → the regieteam's triage list;
 * - terugbelverzoek → a terugbelafspraak in the queue of the team behind the chosen topic (inwoner_onderwerpen).
 *
 * Every submission first passes the abuse checks (beveiliging.server.ts), then server-side validation with Dutch
 * messages at the field; on any refusal the typed values go back to the form (`waarden`).
 */
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { isoDatum } from "../../domain/kalender/tijd";
import { normaliseerTelefoon } from "../../domain/telefoon";
import { isIsoDatum } from "../../../workflows/klacht/recht";
import { registreerKlacht } from "../klachten/klachten.server";
import { BIJLAGE_MAX_BYTES, bewaarBijlage, controleerBijlage } from "../klachten/bijlagen.server";
import { registreerFeedbackVanInwoner } from "../feedback/feedback.server";
import { maakTerugbelverzoekVanInwoner } from "../terugbellen/terugbel.server";
import { controleerInzending, registreerPoging, ruimPogingenOp, HONINGPOT_VELD, STEMPEL_VELD, maakStempel, type Weigering } from "./beveiliging.server";
import { nieuweStatusLink } from "./statuslink.server";
import { onderwerpVan } from "./onderwerpen.server";

export const INWONER = { id: null, naam: "Inwoner (webformulier)" } as const;

/** Body limits per public form. */
export const MAX_BIJLAGEN = 3;
export const KLACHT_MAX_BYTES = BIJLAGE_MAX_BYTES + 512 * 1024; // attachments together at most 10 MB
export const FORMULIER_MAX_BYTES = 64 * 1024;

export type Inzending =
  | { ok: true; statusUrl: string | null; id: string }
  | { ok: false; status: number; fouten: Fouten; weigering: Weigering | null; waarden: Invoer; stempel: string };

/** What the form gets back on any refusal: the typed values (never the honeypot), a valid stamp. */
function terug(invoer: Invoer, fouten: Fouten, weigering: Weigering | null, status: number): Inzending {
  const { [HONINGPOT_VELD]: _h, [STEMPEL_VELD]: stempel, ...waarden } = invoer;
  const houd = weigering?.soort !== "stempel" || !weigering.nieuwStempel;
  return { ok: false, status, fouten, weigering, waarden, stempel: houd && stempel ? stempel : maakStempel() };
}

const verplicht = (max: number, leeg: string) => z.string({ error: leeg }).trim().min(1, leeg).max(max, `Gebruik hoogstens ${max} tekens.`);
const optioneel = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Gebruik hoogstens ${max} tekens.`)
    .optional()
    .transform((v) => (v ? v : null));
const email = z
  .string()
  .trim()
  .max(200, "Gebruik hoogstens 200 tekens.")
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .refine((v) => v === null || z.email().safeParse(v).success, "Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl.");
const telefoon = z
  .string()
  .trim()
  .max(40, "Gebruik hoogstens 40 tekens.")
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const t = normaliseerTelefoon(v);
    if (!t.ok) {
      ctx.addIssue({ code: "custom", message: t.melding });
      return z.NEVER;
    }
    return t.e164;
  });

// ------------------------------------------------------------------------------------------------ klacht

export const KlachtSchema = z
  .object({
    naam: verplicht(200, "Vul uw naam in."),
    email,
    telefoon,
    adres: optioneel(200),
    postcode: optioneel(10),
    woonplaats: optioneel(100),
    antwoordVia: z.enum(["e-mail", "telefoon", "post"], { error: "Kies hoe u antwoord wilt krijgen." }),
    wat: verplicht(5000, "Schrijf op waarover u een klacht heeft."),
    wie: optioneel(200),
    wanneer: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || isIsoDatum(v), "Vul een datum in, bijvoorbeeld 14-11-2026.")
      .transform((v) => (v ? v : null)),
    afdeling: z
      .string()
      .optional()
      .transform((v) => (v && /^\d+$/.test(v) ? Number(v) : null)),
  })
  .superRefine((v, ctx) => {
    if (v.antwoordVia === "e-mail" && !v.email) ctx.addIssue({ code: "custom", path: ["email"], message: "U wilt antwoord per e-mail. Vul dan uw e-mailadres in." });
    if (v.antwoordVia === "telefoon" && !v.telefoon)
      ctx.addIssue({ code: "custom", path: ["telefoon"], message: "U wilt antwoord per telefoon. Vul dan uw telefoonnummer in." });
    if (v.antwoordVia === "post" && !(v.adres && v.woonplaats))
      ctx.addIssue({ code: "custom", path: ["adres"], message: "U wilt antwoord per post. Vul dan uw adres en woonplaats in." });
    if (v.wanneer && v.wanneer > isoDatum(now())) ctx.addIssue({ code: "custom", path: ["wanneer"], message: "Deze datum ligt in de toekomst." });
  });

export interface Afzender {
  ip: string | null;
  oorsprong: string | null;
}

/** Files sent with the complaint form (field "bijlage", empty file inputs left out). */
export async function bijlagenUit(formulier: FormData): Promise<{ naam: string; bytes: Uint8Array }[]> {
  const uit: { naam: string; bytes: Uint8Array }[] = [];
  for (const v of formulier.getAll("bijlage")) {
    if (typeof v === "string" || v.size === 0) continue;
    uit.push({ naam: v.name, bytes: new Uint8Array(await v.arrayBuffer()) });
  }
  return uit;
}

/** A public complaint: into the Awb chapter 9 workflow exactly as a staff-registered one, channel "webformulier". */
export function dienKlachtIn(invoer: Invoer, bestanden: { naam: string; bytes: Uint8Array }[], afzender: Afzender): Inzending {
  const w = controleerInzending(invoer, { ip: afzender.ip, contacten: [invoer.email, invoer.telefoon] });
  if (w) return terug(invoer, {}, w, w.status);
  const v = valideer(KlachtSchema, invoer);
  const fouten: Fouten = v.ok ? {} : { ...v.fouten };
  if (bestanden.length > MAX_BIJLAGEN) fouten.bijlage = [`U kunt hoogstens ${MAX_BIJLAGEN} bestanden meesturen.`];
  const totaal = bestanden.reduce((n, b) => n + b.bytes.length, 0);
  if (totaal > BIJLAGE_MAX_BYTES) fouten.bijlage = ["De bestanden zijn samen groter dan 10 MB. Stuur kleinere bestanden mee."];
  for (const b of bestanden) {
    const c = controleerBijlage(b.naam, b.bytes);
    if (!c.ok) fouten.bijlage = [`${b.naam}: ${c.fout}`];
  }
  if (!v.ok || Object.keys(fouten).length) {
    if (bestanden.length && !fouten.bijlage) fouten.bijlage = ["Kies uw bestanden opnieuw; een browser onthoudt ze niet."];
    return terug(invoer, fouten, null, 400);
  }
  const d = v.data;
  const afdelingId = d.afdeling !== null && afdelingBestaat(d.afdeling) ? d.afdeling : null;
  const { sqlite } = getDatabase();
  const r = sqlite.transaction(() => {
    const k = registreerKlacht(
      {
        ontvangenDatum: isoDatum(now()),
        kanaal: "webformulier",
        schriftelijk: true,
        klagerSoort: "persoon",
        klagerNaam: d.naam,
        klagerOrganisatie: null,
        klagerAdres: d.adres,
        klagerPostcode: d.postcode,
        klagerWoonplaats: d.woonplaats,
        klagerTelefoon: d.telefoon,
        klagerEmail: d.email,
        klagerVoorkeurKanaal: d.antwoordVia,
        dagtekening: isoDatum(now()),
        omschrijving: d.wie ? `${d.wat}\n\nOver wie of welke afdeling: ${d.wie}` : d.wat,
        gedragingDatum: d.wanneer,
        afdelingId,
        beklaagdeIds: [],
        beklaagdeOnbekend: true,
        betreftBestuursorgaan: false,
      },
      INWONER,
      afzender.oorsprong,
    );
    registreerPoging([
      { soort: "ip", waarde: afzender.ip },
      { soort: "contact", waarde: d.email },
      { soort: "contact", waarde: d.telefoon },
    ]);
    return { id: k.id, statusUrl: nieuweStatusLink(k.id) };
  })();
  // Files go to disk after the complaint exists (each one: file first, then row + audit line).
  for (const b of bestanden) bewaarBijlage(r.id, b, INWONER as unknown as { id: string; naam: string }, afzender.oorsprong);
  if (Math.random() < 0.02) ruimPogingenOp();
  return { ok: true, ...r };
}

function afdelingBestaat(id: number): boolean {
  return !!getDatabase().sqlite.prepare("SELECT 1 FROM afdelingen WHERE id = ?").get(id);
}

/** Departments to choose from on the complaint form (optional field). */
export function afdelingKeuzes(): { id: number; naam: string }[] {
  return getDatabase().sqlite.prepare("SELECT id, naam FROM afdelingen ORDER BY naam").all() as { id: number; naam: string }[];
}

// ------------------------------------------------------------------------------------------------ compliment / suggestie

/** Teams a citizen can give a compliment to (active teams with at least one active member). */
export function complimentTeams(): { id: number; naam: string; afdeling: string }[] {
  return getDatabase()
    .sqlite.prepare(
      `SELECT t.id, t.naam, a.naam AS afdeling FROM teams t JOIN afdelingen a ON a.id = t.afdeling_id
        WHERE t.actief = 1 AND EXISTS (SELECT 1 FROM medewerkers m WHERE m.team_id = t.id AND m.actief = 1)
        ORDER BY a.naam, t.naam`,
    )
    .all() as { id: number; naam: string; afdeling: string }[];
}

export const ComplimentSchema = z.object({
  team: z
    .string({ error: "Kies het team of loket dat het compliment krijgt." })
    .regex(/^\d+$/, "Kies het team of loket dat het compliment krijgt.")
    .transform(Number),
  medewerker: optioneel(100),
  tekst: verplicht(4000, "Schrijf uw compliment op.").refine((v) => v.length >= 3, "Schrijf uw compliment op (minstens 3 tekens)."),
  naam: optioneel(200),
});

/**
 * The employee a citizen named: the one active member of the chosen team whose name starts with (or whose first
 * name equals) what was typed; no unique match → the compliment goes to the team.
 */
export function vindMedewerker(teamId: number, naam: string | null): string | null {
  if (!naam) return null;
  const zoek = naam.trim().toLowerCase();
  if (zoek.length < 2) return null;
  const leden = getDatabase().sqlite.prepare("SELECT id, naam FROM medewerkers WHERE team_id = ? AND actief = 1").all(teamId) as { id: string; naam: string }[];
  const past = leden.filter((m) => {
    const n = m.naam.toLowerCase();
    return n === zoek || n.startsWith(`${zoek} `) || n.split(/\s+/)[0] === zoek;
  });
  return past.length === 1 ? past[0]!.id : null;
}

export function dienComplimentIn(invoer: Invoer, afzender: Afzender): Inzending {
  const w = controleerInzending(invoer, { ip: afzender.ip, contacten: [] });
  if (w) return terug(invoer, {}, w, w.status);
  const v = valideer(ComplimentSchema, invoer);
  if (!v.ok) return terug(invoer, v.fouten, null, 400);
  const team = complimentTeams().find((t) => t.id === v.data.team);
  if (!team) return terug(invoer, { team: ["Kies het team of loket dat het compliment krijgt."] }, null, 400);
  const medewerkerId = vindMedewerker(team.id, v.data.medewerker);
  const { sqlite } = getDatabase();
  const r = sqlite.transaction(() => {
    const f = registreerFeedbackVanInwoner(
      {
        soort: "compliment",
        tekst: v.data.medewerker && !medewerkerId ? `${v.data.tekst}\n\n(De inwoner noemde: ${v.data.medewerker})` : v.data.tekst,
        vanNaam: v.data.naam,
        vanContact: null,
        medewerkerId,
        teamId: medewerkerId ? null : team.id,
      },
      afzender.oorsprong,
    );
    registreerPoging([{ soort: "ip", waarde: afzender.ip }]);
    return f;
  })();
  return { ok: true, id: String(r.id), statusUrl: null };
}

export const SuggestieSchema = z.object({
  tekst: verplicht(4000, "Schrijf uw idee op.").refine((v) => v.length >= 3, "Schrijf uw idee op (minstens 3 tekens)."),
  naam: optioneel(200),
  contact: optioneel(200),
});

export function dienSuggestieIn(invoer: Invoer, afzender: Afzender): Inzending {
  const w = controleerInzending(invoer, { ip: afzender.ip, contacten: [invoer.contact] });
  if (w) return terug(invoer, {}, w, w.status);
  const v = valideer(SuggestieSchema, invoer);
  if (!v.ok) return terug(invoer, v.fouten, null, 400);
  const { sqlite } = getDatabase();
  const r = sqlite.transaction(() => {
    const f = registreerFeedbackVanInwoner(
      { soort: "suggestie", tekst: v.data.tekst, vanNaam: v.data.naam, vanContact: v.data.contact, medewerkerId: null, teamId: null },
      afzender.oorsprong,
    );
    registreerPoging([
      { soort: "ip", waarde: afzender.ip },
      { soort: "contact", waarde: v.data.contact },
    ]);
    return f;
  })();
  return { ok: true, id: String(r.id), statusUrl: null };
}

// ------------------------------------------------------------------------------------------------ terugbelverzoek

export const TerugbelSchema = z.object({
  naam: verplicht(200, "Vul uw naam in."),
  telefoon: z
    .string({ error: "Vul het telefoonnummer in waarop wij u kunnen bellen." })
    .trim()
    .min(1, "Vul het telefoonnummer in waarop wij u kunnen bellen.")
    .max(40, "Gebruik hoogstens 40 tekens.")
    .transform((v, ctx) => {
      const t = normaliseerTelefoon(v);
      if (!t.ok) {
        ctx.addIssue({ code: "custom", message: t.melding });
        return z.NEVER;
      }
      return t.e164;
    }),
  email,
  onderwerp: z.string({ error: "Kies waar uw vraag over gaat." }).trim().min(1, "Kies waar uw vraag over gaat."),
  vraag: verplicht(4000, "Schrijf kort op wat uw vraag is."),
});

export function dienTerugbelverzoekIn(invoer: Invoer, afzender: Afzender): Inzending {
  const w = controleerInzending(invoer, { ip: afzender.ip, contacten: [invoer.telefoon, invoer.email] });
  if (w) return terug(invoer, {}, w, w.status);
  const v = valideer(TerugbelSchema, invoer);
  const onderwerp = v.ok ? onderwerpVan(v.data.onderwerp) : null;
  if (!v.ok || !onderwerp) {
    const fouten: Fouten = v.ok ? {} : { ...v.fouten };
    if (v.ok && !onderwerp) fouten.onderwerp = ["Kies waar uw vraag over gaat."];
    return terug(invoer, fouten, null, 400);
  }
  const { sqlite } = getDatabase();
  const r = sqlite.transaction(() => {
    const t = maakTerugbelverzoekVanInwoner(
      {
        naam: v.data.naam,
        telefoonE164: v.data.telefoon,
        email: v.data.email,
        vraag: `${onderwerp.naam}: ${v.data.vraag}`,
        teamId: onderwerp.teamId,
      },
      afzender.oorsprong,
    );
    registreerPoging([
      { soort: "ip", waarde: afzender.ip },
      { soort: "contact", waarde: v.data.telefoon },
      { soort: "contact", waarde: v.data.email },
    ]);
    return { id: t.id, statusUrl: nieuweStatusLink(t.id) };
  })();
  return { ok: true, ...r };
}
