/**
 * Composing and queueing the messages to citizens (issue 13). Everything here runs inside the transaction of the
 * workflow step that causes the message, so the message and the step commit together:
 *
 * - `bijStap` is the engine's step observer (registered in ./registratie.server.ts): callbacks and handovers get
 *   a message at each public status change, "we tried to call you" after a failed attempt, the handover message
 *   "who helps you and what happens next" (its delivery completes the handover's klant geïnformeerd), and the
 *   closing message with the satisfaction question; complaints get "who handles it", the informal resolution and
 *   the confirmation of a withdrawal.
 * - `bijKlachtbrief` is called by the complaint steps after their letter is stored: the acknowledgement (9:6, with
 *   its term), the 9:8 notice, the verdaging notice and the conclusion go by e-mail where the citizen chose
 *   e-mail (a short SMS pointing to the status page where they chose the phone; nothing extra for post).
 *
 * Channel choice: a complaint follows the citizen's choice (e-mail / telefoon → SMS / post → none); a callback
 * goes by SMS (we have a phone number) or else e-mail; a handover by e-mail, or else SMS.
 */
import type Database from "better-sqlite3";
import { formatDagLang, formatTijd, lokaleDag } from "../../domain/kalender";
import { zetBurgerberichtKlaar, type BurgerKanaalNaam } from "../../platform/engine/burgerberichten.server";
import type { EffectContext } from "../../platform/engine/effect";
import type { Stap } from "../../platform/engine/waarnemers";
import { maakKtoUitnodiging } from "../kto/uitnodiging.server";
import { metKto, vul, type BerichtSoort, type Taal } from "./sjablonen";
import { isTaal, sjabloon } from "./sjablonen.server";
import { voorbereid } from "../../../db/voorbereid";

interface Contact {
  naam: string | null;
  email: string | null;
  telefoon: string | null;
  /** the channel in order of preference; [] = no message (post) */
  kanalen: BurgerKanaalNaam[];
  taal: Taal;
}

interface Burger {
  naam?: string | null;
  telefoon?: string | null;
  email?: string | null;
}

export function voornaam(naam: string | null | undefined): string {
  return (naam ?? "").trim().split(/\s+/)[0] || "een collega";
}

/** "donderdag 10 december om 17:00" (Dutch) or "Thursday 10 December, 17:00" (English). */
export function momentInWoorden(t: number, taal: Taal, nu: number): string {
  if (taal === "en") {
    const f = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
    return f.format(t);
  }
  const dag = lokaleDag(t);
  const anderJaar = new Date(t).getUTCFullYear() !== new Date(nu).getUTCFullYear();
  return `${formatDagLang(dag, anderJaar)} om ${formatTijd(t)}`;
}

function aanhef(naam: string | null, taal: Taal): string {
  if (taal === "en") return naam ? `Dear ${naam},` : "Dear resident,";
  return naam ? `Beste ${naam},` : "Beste inwoner,";
}

function context(a: { snapshot: string }): Record<string, unknown> {
  try {
    return ((JSON.parse(a.snapshot) as { context?: Record<string, unknown> }).context ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function contactUitBurger(b: Burger | undefined, voorkeur: BurgerKanaalNaam[], taal: unknown): Contact {
  const email = b?.email?.trim() || null;
  const telefoon = b?.telefoon?.trim() || null;
  const kanalen = voorkeur.filter((k) => (k === "email" ? !!email : !!telefoon));
  return { naam: b?.naam ?? null, email, telefoon, kanalen, taal: isTaal(taal) ? taal : "nl" };
}

interface KlachtContact {
  klager_naam: string;
  klager_email: string | null;
  klager_telefoon: string | null;
  klager_voorkeur_kanaal: string | null;
  klager_soort: string;
  nummer: string;
}

function klachtContact(sqlite: Database.Database, id: string, taal: unknown): (Contact & { nummer: string }) | null {
  const k = voorbereid(sqlite, "SELECT klager_naam, klager_email, klager_telefoon, klager_voorkeur_kanaal, klager_soort, nummer FROM klachten WHERE id = ?")
    .get(id) as KlachtContact | undefined;
  if (!k) return null;
  const voorkeur: BurgerKanaalNaam[] =
    k.klager_voorkeur_kanaal === "post" ? [] : k.klager_voorkeur_kanaal === "telefoon" ? ["sms", "email"] : ["email", "sms"];
  const c = contactUitBurger({ naam: k.klager_naam, email: k.klager_email, telefoon: k.klager_telefoon }, voorkeur, taal);
  return { ...c, nummer: k.nummer };
}

function adresVoor(c: Contact, kanaal: BurgerKanaalNaam): string {
  return (kanaal === "email" ? c.email : c.telefoon)!;
}

/** Renders template `soort` for contact `c` and queues it; returns whether a message was queued. */
function zetKlaar(
  sqlite: Database.Database,
  a: { id: string; soort: string; team_id: number | null; afdeling_id: number | null; kanaal: string | null; eigenaar_id?: string | null },
  soort: BerichtSoort,
  sleutel: string,
  c: Contact,
  velden: Record<string, string>,
  op: number,
  extra: { vervolg?: unknown; urgent?: boolean } = {},
): boolean {
  const kanaal = c.kanalen[0];
  if (!kanaal) return false;
  const s = sjabloon(soort, c.taal, sqlite);
  const alle = { aanhef: aanhef(c.naam, c.taal), ...velden };
  if (metKto(soort)) maakKtoUitnodiging(sqlite, a, op);
  return zetBurgerberichtKlaar(sqlite, {
    sleutel,
    afspraakId: a.id,
    soort,
    kanaal,
    aan: adresVoor(c, kanaal),
    taal: c.taal,
    onderwerp: vul(s.onderwerp, alle),
    tekst: vul(kanaal === "sms" ? s.sms : s.tekst, alle),
    urgent: extra.urgent,
    vervolg: extra.vervolg,
    op,
  });
}

function lopendeTermijn(sqlite: Database.Database, afspraakId: string): number | null {
  const r = voorbereid(sqlite, "SELECT min(termijn_op) AS t FROM termijnen WHERE afspraak_id = ? AND status = 'lopend'").get(afspraakId) as {
    t: number | null;
  };
  return r.t;
}

function medewerkerNaam(sqlite: Database.Database, id: unknown): string | null {
  if (typeof id !== "string") return null;
  return (voorbereid(sqlite, "SELECT naam FROM medewerkers WHERE id = ?").get(id) as { naam: string } | undefined)?.naam ?? null;
}

function teamNaamVan(sqlite: Database.Database, medewerkerId: unknown, teamId: number | null): string {
  const r =
    typeof medewerkerId === "string"
      ? (voorbereid(sqlite, "SELECT t.naam FROM medewerkers m JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(medewerkerId) as { naam: string } | undefined)
      : undefined;
  if (r) return r.naam;
  if (teamId !== null) {
    const t = voorbereid(sqlite, "SELECT naam FROM teams WHERE id = ?").get(teamId) as { naam: string } | undefined;
    if (t) return t.naam;
  }
  return "de gemeente";
}

/** The text that the handover's "what happens next" gets when nobody wrote one. */
export function standaardVervolgstap(taal: Taal): string {
  return taal === "en"
    ? "We will look into your question and contact you when we need anything from you. Otherwise you will hear from us once it has been handled."
    : "We bekijken uw vraag. Hebben we iets van u nodig, dan nemen we contact met u op. Anders hoort u van ons als uw vraag is afgehandeld.";
}

// ------------------------------------------------------------------------------------------------ the observer

/** The engine's step observer (one transaction with the step). Never throws for missing data: then no message. */
export function bijStap(ctx: EffectContext, stap: Stap): void {
  const a = ctx.afspraak;
  if (a.soort === "terugbelafspraak") bijTerugbelStap(ctx, stap);
  else if (a.soort === "overdracht") bijOverdrachtStap(ctx, stap);
  else if (a.soort === "klacht") bijKlachtStap(ctx, stap);
}

/** Whether a callback step causes a message (checked before the snapshot is parsed: sweeps run many steps). */
function terugbelRelevant(stap: Stap): boolean {
  const type = stap.event?.type ?? null;
  if (type === null) return true;
  if (type === "POGING" || type === "NIEUW_TIJDSTIP") return true;
  return (stap.naar === "niet_bereikbaar" || stap.naar === "nagekomen") && stap.van !== stap.naar;
}

function bijTerugbelStap(ctx: EffectContext, stap: Stap): void {
  if (!terugbelRelevant(stap)) return;
  const { sqlite, afspraak: a, op } = ctx;
  const c = context(a);
  const contact = contactUitBurger(c.burger as Burger | undefined, ["sms", "email"], c.taal);
  if (!contact.kanalen.length) return;
  const velden = { vraag: String(c.vraag ?? "") };
  const termijn = () => {
    const t = lopendeTermijn(sqlite, a.id);
    return t === null ? "" : momentInWoorden(t, contact.taal, op);
  };
  const type = stap.event?.type ?? null;
  if (type === null) {
    if (stap.naar.startsWith("open")) zetKlaar(sqlite, a, "terugbel.aangemaakt", `terugbel.aangemaakt:${a.id}`, contact, { ...velden, termijn: termijn() }, op);
    return;
  }
  const pogingen = Array.isArray(c.pogingen) ? c.pogingen.length : 0;
  if (type === "POGING") {
    const uitkomst = stap.event!.uitkomst;
    if ((uitkomst === "geen_gehoor" || uitkomst === "voicemail") && stap.naar.includes("beloofd")) {
      zetKlaar(sqlite, a, "terugbel.niet_bereikt", `terugbel.niet_bereikt:${a.id}:${pogingen}`, contact, velden, op);
    }
  }
  if (type === "NIEUW_TIJDSTIP") {
    zetKlaar(sqlite, a, "terugbel.nieuw_tijdstip", `terugbel.nieuw_tijdstip:${a.id}:${String(stap.event!.op)}`, contact, { ...velden, termijn: termijn() }, op);
  }
  if (stap.naar === "niet_bereikbaar" && stap.van !== "niet_bereikbaar") {
    zetKlaar(sqlite, a, "terugbel.niet_bereikbaar", `terugbel.niet_bereikbaar:${a.id}`, contact, { ...velden, terugval: String(c.terugvalBericht ?? "") }, op);
  }
  if (stap.naar === "nagekomen" && stap.van !== "nagekomen") {
    zetKlaar(sqlite, a, "terugbel.nagekomen", `terugbel.nagekomen:${a.id}`, contact, velden, op);
  }
}

function bijOverdrachtStap(ctx: EffectContext, stap: Stap): void {
  const { sqlite, afspraak: a, op } = ctx;
  const type = stap.event?.type;
  if (type !== "OPPAKKEN" && !(stap.naar === "afgerond" && stap.van !== "afgerond")) return;
  const c = context(a);
  const contact = contactUitBurger(c.burger as Burger | undefined, ["email", "sms"], c.taal);
  if (!contact.kanalen.length) return;
  const behandelaarId = c.behandelaarId;
  const behandelaar = voornaam(medewerkerNaam(sqlite, behandelaarId));
  const velden = { vraag: String(c.vraag ?? ""), behandelaar, team: teamNaamVan(sqlite, behandelaarId, a.team_id) };
  if (type === "OPPAKKEN") {
    const vervolgstap = standaardVervolgstap(contact.taal);
    const kanaal = contact.kanalen[0]!;
    zetKlaar(sqlite, a, "overdracht.behandelaar", `overdracht.behandelaar:${a.id}:${String(c.aanbiedingen ?? 0)}:${String(behandelaarId)}`, contact, { ...velden, vervolgstap }, op, {
      // its delivery is how the citizen was informed (app/features/berichten/registratie.server.ts)
      vervolg: { type: "KLANT_GEINFORMEERD", hoe: kanaal === "sms" ? "sms" : "e-mail", contactpersoon: `${behandelaar} (${velden.team})`, vervolgstap },
    });
    return;
  }
  zetKlaar(sqlite, a, "overdracht.afgerond", `overdracht.afgerond:${a.id}`, contact, velden, op);
}

function bijKlachtStap(ctx: EffectContext, stap: Stap): void {
  const { sqlite, afspraak: a, op } = ctx;
  const type = stap.event?.type;
  if (type !== "INFORMEEL_OPGELOST" && type !== "INTREKKEN" && !(type === "BEHANDELAAR_TOEWIJZEN" && stap.van === "ontvangst_bevestigd")) return;
  const c = context(a);
  const contact = klachtContact(sqlite, a.id, c.taal);
  if (!contact || !contact.kanalen.length) return;
  if (type === "INTREKKEN") {
    zetKlaar(sqlite, a, "klacht.ingetrokken", `klacht.ingetrokken:${a.id}`, contact, { nummer: contact.nummer }, op);
    return;
  }
  if (type === "INFORMEEL_OPGELOST") {
    zetKlaar(sqlite, a, "klacht.informeel", `klacht.informeel:${a.id}`, contact, { nummer: contact.nummer }, op);
    return;
  }
  const behandelaar = voornaam(medewerkerNaam(sqlite, stap.event!.behandelaarId ?? c.behandelaarId));
  const termijnOp = (c.huidigeTermijnOp ?? c.afhandelTermijnOp) as number | undefined;
  zetKlaar(sqlite, a, "klacht.behandelaar", `klacht.behandelaar:${a.id}`, contact, {
    nummer: contact.nummer,
    behandelaar,
    termijn: typeof termijnOp === "number" ? momentInWoorden(termijnOp, contact.taal, op) : "",
  }, op);
}

// ------------------------------------------------------------------------------------------------ complaint letters

/**
 * After a complaint step stored its letter (same transaction): the letter goes to the complainant by e-mail where
 * they chose e-mail, or a short SMS to the status page where they chose the phone. Letters to a beklaagde are not
 * sent here. Returns whether a message was queued.
 */
export function bijKlachtbrief(
  sqlite: Database.Database,
  klachtId: string,
  brief: { id: number; soort: string; aan: "klager" | "beklaagde"; onderwerp: string; tekst: string },
  op: number,
): boolean {
  if (brief.aan !== "klager") return false;
  const a = voorbereid(sqlite, "SELECT id, soort, team_id, afdeling_id, kanaal, eigenaar_id, snapshot FROM afspraken WHERE id = ?").get(klachtId) as
    | { id: string; soort: string; team_id: number | null; afdeling_id: number | null; kanaal: string | null; eigenaar_id: string | null; snapshot: string }
    | undefined;
  if (!a) return false;
  const contact = klachtContact(sqlite, klachtId, context(a).taal);
  if (!contact || !contact.kanalen.length) return false;
  const soort: BerichtSoort = brief.soort === "conclusie" ? "klacht.conclusie" : "klacht.brief";
  return zetKlaar(sqlite, a, soort, `klacht.brief:${brief.id}`, contact, { nummer: contact.nummer, onderwerp: brief.onderwerp, brief: brief.tekst }, op);
}
