/**
 * The citizen's private status page (/inwoner/status/<token>) and what the citizen can do from it (issue 13):
 * add information, ask for another callback time, withdraw a complaint. Also "send me my link again".
 *
 * Only public facts leave this module: what was asked, when it was received, who handles it (first name and
 * team), the next promised moment, the public steps (a whitelist of event types, as i18n keys), and the exact
 * text of every letter or message sent to the citizen. Every view and every action is audited with the token's
 * hash (never the token); an unknown and an expired token give the same answer (null → 404).
 */
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";
import { audit } from "../../platform/audit/audit.server";
import { pasToeInTransactie, laadAfspraakRij } from "../../platform/engine/runtime.server";
import { verstuurBericht } from "../../platform/engine/notificaties.server";
import { zetMailKlaar } from "../../platform/engine/outbox.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { formatDatumTijd, formatRelatief } from "../../domain/kalender/format";
import { kalenders } from "../../platform/engine/normen.server";
import { parseTijdstip } from "../../domain/kalender/tijd";
import { z } from "zod";
import { INTREKBAAR, type KlachtStatus } from "../../../workflows/klacht/machine";
import { voerStapUit } from "../klachten/klachten.server";
import { nieuwTijdstipVanInwoner } from "../terugbellen/terugbel.server";
import { berichtenVoorAfspraak } from "../berichten/berichten.server";
import { zoekStatusTokenMetHash, nieuweStatusLink, vervalmoment } from "./statuslink.server";
import { binnenLimiet, registreerPoging, controleerInzending, limietWeigering, maakStempel, HONINGPOT_VELD, STEMPEL_VELD, type Weigering } from "./beveiliging.server";

export const INWONER_STATUS = { id: null, naam: "Inwoner (via de statuslink)" } as const;
export const STATUS_MAX_BYTES = 32 * 1024;

/** Public steps per event type (i18n keys under inwoner:stap.*); anything not listed stays internal. */
const PUBLIEKE_STAPPEN: Record<string, string> = {
  AANGEMAAKT: "ontvangen",
  ONTVANGST_BEVESTIGEN: "ontvangstBevestigd",
  BEHANDELAAR_TOEWIJZEN: "behandelaar",
  HOORZITTING_PLANNEN: "gesprekGepland",
  HOORZITTING_GEHOUDEN: "gesprekGehouden",
  VERDAGEN: "verdaagd",
  UITSTEL_MET_INSTEMMING: "uitgesteld",
  INFORMEEL_OPGELOST: "informeel",
  NIET_IN_BEHANDELING: "nietInBehandeling",
  BERICHT_9_8_VERSTUURD: "bericht98",
  AFHANDELEN: "afgehandeld",
  SLUITEN: "gesloten",
  NIEUW_TIJDSTIP: "nieuwTijdstip",
  HERTOEWIJZEN: "overgenomen",
  NUMMER_CORRIGEREN: "nummer",
  NIET_BEREIKBAAR: "nietBereikbaar",
  ANNULEREN: "gestopt",
  OMZETTEN_NAAR_OVERDRACHT: "doorgegeven",
  OPPAKKEN: "opgepakt",
  KLANT_GEINFORMEERD: "geinformeerd",
  AFRONDEN: "afgerond",
  "INWONER.AANVULLING": "aanvulling",
};

export interface StatusPagina {
  soort: string;
  nummer: string | null;
  vraag: string;
  ontvangenOp: number;
  ontvangenTekst: string;
  /** i18n key under inwoner:status.* */
  statusSleutel: string;
  open: boolean;
  behandelaar: { voornaam: string | null; team: string | null };
  volgendMoment: string | null;
  stappen: { op: number; opTekst: string; sleutel: string }[];
  berichten: { soort: "brief" | "bericht"; kanaal: string; onderwerp: string; tekst: string; op: number; opTekst: string }[];
  kan: { aanvullen: boolean; nieuwTijdstip: boolean; intrekken: boolean };
  stempel: string;
}

interface Rij {
  id: string;
  soort: string;
  status: string;
  open: number;
  eigenaar_id: string | null;
  team_id: number | null;
  termijn_op: number | null;
  snapshot: string;
  aangemaakt_op: number;
}

function context(rij: Rij): Record<string, unknown> {
  try {
    return (JSON.parse(rij.snapshot) as { context?: Record<string, unknown> }).context ?? {};
  } catch {
    return {};
  }
}

function voornaam(naam: string | null | undefined): string | null {
  return naam ? (naam.trim().split(/\s+/)[0] ?? null) : null;
}

/** The page for a token, or null for an unknown/expired token. Audits the view (or the failed lookup). */
export function statusPagina(token: string, oorsprong: string | null): StatusPagina | null {
  const t = zoekStatusTokenMetHash(token);
  if (!t) {
    audit({ actor: null, actie: "inwoner.status.onbekend", objectType: "statuslink", resultaat: "geweigerd", oorsprong });
    return null;
  }
  const p = bouwPagina(t.afspraakId);
  audit({
    actor: null,
    actie: "inwoner.status.bekeken",
    objectType: p?.soort ?? "afspraak",
    objectId: t.afspraakId,
    resultaat: p ? "ok" : "fout",
    oorsprong,
    details: { tokenHash: t.tokenHash },
  });
  return p;
}

function bouwPagina(afspraakId: string): StatusPagina | null {
  const { sqlite } = getDatabase();
  const rij = sqlite
    .prepare("SELECT id, soort, status, open, eigenaar_id, team_id, termijn_op, snapshot, aangemaakt_op FROM afspraken WHERE id = ?")
    .get(afspraakId) as Rij | undefined;
  if (!rij) return null;
  const ctx = context(rij);
  const nu = now();
  let vraag = typeof ctx.vraag === "string" ? ctx.vraag : "";
  let nummer: string | null = null;
  let ontvangenOp = rij.aangemaakt_op;
  const berichten: StatusPagina["berichten"] = [];
  if (rij.soort === "klacht") {
    const k = sqlite.prepare("SELECT nummer, omschrijving, ontvangen_op FROM klachten WHERE id = ?").get(rij.id) as
      | { nummer: string; omschrijving: string; ontvangen_op: number }
      | undefined;
    if (k) {
      vraag = k.omschrijving;
      nummer = k.nummer;
      ontvangenOp = k.ontvangen_op;
    }
    const brieven = sqlite
      // letters to the complainant (`aan` holds the addressee's name; a verdaging letter also goes to the beklaagde)
      .prepare(
        `SELECT b.onderwerp, b.tekst, b.op FROM klacht_brieven b JOIN klachten k ON k.id = b.klacht_id
          WHERE b.klacht_id = ? AND (b.soort <> 'verdaging' OR b.aan = k.klager_naam) ORDER BY b.op, b.id`,
      )
      .all(rij.id) as { onderwerp: string; tekst: string; op: number }[];
    for (const b of brieven) berichten.push({ soort: "brief", kanaal: "brief", onderwerp: b.onderwerp, tekst: b.tekst, op: b.op, opTekst: formatDatumTijd(b.op) });
  }
  for (const b of berichtenVoorAfspraak(rij.id)) {
    if (b.verstuurdOp === null) continue;
    berichten.push({ soort: "bericht", kanaal: b.kanaal, onderwerp: b.onderwerp, tekst: b.tekst, op: b.verstuurdOp, opTekst: formatDatumTijd(b.verstuurdOp) });
  }
  berichten.sort((a, b) => a.op - b.op);
  const mw = rij.eigenaar_id
    ? (sqlite.prepare("SELECT m.naam, t.naam AS team FROM medewerkers m LEFT JOIN teams t ON t.id = m.team_id WHERE m.id = ?").get(rij.eigenaar_id) as
        | { naam: string; team: string | null }
        | undefined)
    : undefined;
  const teamNaam =
    mw?.team ?? (rij.team_id !== null ? ((sqlite.prepare("SELECT naam FROM teams WHERE id = ?").get(rij.team_id) as { naam: string } | undefined)?.naam ?? null) : null);
  const gebeurtenissen = sqlite
    .prepare("SELECT type, payload, op FROM afspraak_gebeurtenissen WHERE afspraak_id = ? ORDER BY volgnummer")
    .all(rij.id) as { type: string; payload: string | null; op: number }[];
  const stappen: StatusPagina["stappen"] = [];
  for (const g of gebeurtenissen) {
    let sleutel = PUBLIEKE_STAPPEN[g.type];
    if (g.type === "POGING") {
      const uitkomst = g.payload ? ((JSON.parse(g.payload) as { uitkomst?: string }).uitkomst ?? "") : "";
      sleutel = uitkomst === "bereikt" ? "gebeld" : uitkomst === "verkeerd_nummer" ? "nummerFout" : "nietBereikt";
    }
    if (g.type === "INTREKKEN") sleutel = rij.soort === "klacht" ? "ingetrokken" : "gestopt";
    if (!sleutel) continue;
    stappen.push({ op: g.op, opTekst: formatDatumTijd(g.op), sleutel: `${rij.soort === "klacht" ? "klacht" : "afspraak"}.${sleutel}` });
  }
  const open = rij.open === 1;
  // nested machine states are stored as "open.beloofd": the citizen sees the leaf
  const toestand = rij.status.split(".").pop() ?? rij.status;
  return {
    soort: rij.soort,
    nummer,
    vraag,
    ontvangenOp,
    ontvangenTekst: formatDatumTijd(ontvangenOp),
    statusSleutel: `${rij.soort}.${toestand}`,
    open,
    behandelaar: { voornaam: voornaam(mw?.naam), team: teamNaam },
    volgendMoment: open && rij.termijn_op !== null ? formatRelatief(rij.termijn_op, nu) : null,
    stappen,
    berichten,
    kan: {
      aanvullen: open,
      nieuwTijdstip: open && rij.soort === "terugbelafspraak" && (toestand === "beloofd" || toestand === "nummer_onjuist"),
      intrekken: open && rij.soort === "klacht" && INTREKBAAR.includes(rij.status as KlachtStatus),
    },
    stempel: maakStempel(),
  };
}

// ------------------------------------------------------------------------------------------------ actions

export type StatusActie =
  | { ok: true; melding: string }
  | { ok: false; status: number; fouten: Fouten; melding: string | null; weigering: Weigering | null; waarden: Invoer };

function fout(status: number, invoer: Invoer, fouten: Fouten, melding: string | null, weigering: Weigering | null = null): StatusActie {
  const { [HONINGPOT_VELD]: _h, [STEMPEL_VELD]: _s, ...waarden } = invoer;
  return { ok: false, status, fouten, melding, weigering, waarden };
}

const AanvullingSchema = z.object({
  tekst: z.string({ error: "Schrijf op wat u wilt toevoegen." }).trim().min(1, "Schrijf op wat u wilt toevoegen.").max(4000, "Gebruik hoogstens 4000 tekens."),
});
const TijdstipSchema = z.object({
  datum: z.string({ error: "Kies een datum." }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Kies een datum, bijvoorbeeld 10-12-2026."),
  tijd: z.string({ error: "Kies een tijd." }).trim().regex(/^\d{2}:\d{2}$/, "Kies een tijd, bijvoorbeeld 10:30."),
  reden: z.string().trim().max(1000, "Gebruik hoogstens 1000 tekens.").optional(),
});
const IntrekSchema = z.object({
  bevestig: z.literal("ja", { error: "Vink aan dat u uw klacht wilt intrekken." }),
  reden: z.string().trim().max(1000, "Gebruik hoogstens 1000 tekens.").optional(),
});

const LINKS: Record<string, string> = { klacht: "/klachten/", terugbelafspraak: "/terugbelafspraken/", overdracht: "/overdrachten/" };

/** Inbox message + e-mail for whoever handles the commitment (owner, else the team), in the caller's transaction. */
function meldBehandelaar(afspraakId: string, titel: string, tekst: string): void {
  const { sqlite } = getDatabase();
  const rij = laadAfspraakRij(afspraakId);
  if (!rij) return;
  verstuurBericht({ sqlite, afspraak: rij, op: now(), link: `${LINKS[rij.soort] ?? "/afspraken/"}${rij.id}` }, { aan: "eigenaar", titel, tekst });
}

/** One action from the status page. `intent` is aanvullen | tijdstip | intrekken. */
export function statusActie(token: string, intent: string, invoer: Invoer, ip: string | null, oorsprong: string | null): StatusActie | null {
  const t = zoekStatusTokenMetHash(token);
  if (!t) return null;
  const l = binnenLimiet([{ soort: "status_ip", waarde: ip }]);
  if (!l.ok) return fout(429, invoer, {}, null, limietWeigering(l.opnieuwOverMs));
  registreerPoging([{ soort: "status_ip", waarde: ip }]);
  const rij = laadAfspraakRij(t.afspraakId);
  if (!rij) return null;
  const { sqlite } = getDatabase();
  const details = { tokenHash: t.tokenHash, intent };
  if (!rij.open) return fout(409, invoer, {}, "Dit is al afgerond. U kunt hier niets meer aan toevoegen. Heeft u nog een vraag? Bel 14 020.");
  if (intent === "aanvullen") {
    const v = valideer(AanvullingSchema, invoer);
    if (!v.ok) return fout(400, invoer, v.fouten, null);
    sqlite.transaction(() => {
      const r = pasToeInTransactie(sqlite, rij.id, null, { type: "INWONER.AANVULLING", tekst: v.data.tekst }, INWONER_STATUS, { oorsprong, systeem: true });
      if (!r.ok) throw new Error(r.melding);
      if (rij.soort === "klacht") {
        sqlite
          .prepare("INSERT INTO klacht_notities (klacht_id, tekst, door_id, door_naam, op) VALUES (?, ?, NULL, ?, ?)")
          .run(rij.id, `Aanvulling van de klager (via de statuslink): ${v.data.tekst}`, INWONER_STATUS.naam, now());
      }
      meldBehandelaar(rij.id, `Aanvulling van de inwoner: ${rij.titel}`, `De inwoner stuurde via de statuslink extra informatie:\n\n“${v.data.tekst}”`);
      audit({ actor: INWONER_STATUS, actie: "inwoner.aanvulling", objectType: rij.soort, objectId: rij.id, resultaat: "ok", oorsprong, details });
    })();
    return { ok: true, melding: "Dank u. We hebben uw informatie toegevoegd; uw behandelaar krijgt er bericht van." };
  }
  if (intent === "tijdstip") {
    if (rij.soort !== "terugbelafspraak") return fout(400, invoer, {}, "Een ander belmoment kunt u alleen bij een terugbelverzoek kiezen.");
    const v = valideer(TijdstipSchema, invoer);
    if (!v.ok) return fout(400, invoer, v.fouten, null);
    let op: number;
    try {
      op = parseTijdstip(`${v.data.datum} ${v.data.tijd}`);
    } catch {
      return fout(400, invoer, { datum: ["Deze datum of tijd bestaat niet."] }, null);
    }
    if (op > now() + 60 * 86_400_000) return fout(400, invoer, { datum: ["Kies een moment binnen twee maanden."] }, null);
    // we call during opening hours: a moment outside them is refused at the field, with the next opening as a hint
    if (op > now() && !kalenders().organisatie.isOpen(op)) {
      const volgende = kalenders().organisatie.volgendeOpening(op);
      return fout(400, invoer, { tijd: [`Op dat moment zijn wij gesloten. Kies een werkdag tijdens kantoortijd, bijvoorbeeld ${formatDatumTijd(volgende)}.`] }, null);
    }
    const r = nieuwTijdstipVanInwoner(rij.id, op, v.data.reden || "Op verzoek van de inwoner (via de statuslink)", oorsprong);
    if (!r.ok) return fout(r.status, invoer, { datum: r.fouten.op }, r.melding);
    audit({ actor: INWONER_STATUS, actie: "inwoner.nieuw_tijdstip", objectType: rij.soort, objectId: rij.id, resultaat: "ok", oorsprong, details });
    return { ok: true, melding: r.melding };
  }
  if (intent === "intrekken") {
    if (rij.soort !== "klacht") return fout(400, invoer, {}, "Alleen een klacht kunt u hier intrekken.");
    const v = valideer(IntrekSchema, invoer);
    if (!v.ok) return fout(400, invoer, v.fouten, null);
    const r = voerStapUit(rij.id, rij.versie, { type: "INTREKKEN", op: now(), via: "statuslink", reden: v.data.reden || null }, INWONER_STATUS, oorsprong);
    if (!r.ok) return fout(r.reden === "verouderd" ? 409 : 422, invoer, {}, r.melding);
    sqlite.transaction(() => {
      meldBehandelaar(rij.id, `${rij.titel} is ingetrokken`, `De klager heeft de klacht via de statuslink ingetrokken.${v.data.reden ? ` Reden: “${v.data.reden}”` : ""} De termijnen zijn gestopt.`);
      audit({ actor: INWONER_STATUS, actie: "inwoner.ingetrokken", objectType: rij.soort, objectId: rij.id, resultaat: "ok", oorsprong, details });
    })();
    return { ok: true, melding: "Uw klacht is ingetrokken. We behandelen hem niet verder. U krijgt hiervan geen aparte brief." };
  }
  return fout(400, invoer, {}, "Deze actie kennen we niet. Laad de pagina opnieuw.");
}

// ------------------------------------------------------------------------------------------------ link again

export const LinkSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .min(1, "Vul uw e-mailadres in.")
    .max(200, "Gebruik hoogstens 200 tekens.")
    .transform((v) => v.toLowerCase())
    .refine((v) => z.email().safeParse(v).success, "Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl."),
});

export type LinkAntwoord =
  | { ok: true }
  | { ok: false; status: number; fouten: Fouten; weigering: Weigering | null; waarden: Invoer; stempel: string };

/**
 * "Send me my link again": for a known address, one e-mail through the outbox with a fresh link for each
 * commitment of that address whose record is still kept. The answer never tells whether the address is known.
 */
export function stuurLinkOpnieuw(invoer: Invoer, ip: string | null, oorsprong: string | null): LinkAntwoord {
  const terug = (status: number, fouten: Fouten, weigering: Weigering | null): LinkAntwoord => {
    const { [HONINGPOT_VELD]: _h, [STEMPEL_VELD]: stempel, ...waarden } = invoer;
    return { ok: false, status, fouten, weigering, waarden, stempel: stempel && !(weigering?.soort === "stempel" && weigering.nieuwStempel) ? stempel : maakStempel() };
  };
  const w = controleerInzending(invoer, { ip, contacten: [invoer.email] }, { ipSoort: "link_ip", contactSoort: "link_contact" });
  if (w) return terug(w.status, {}, w);
  const v = valideer(LinkSchema, invoer);
  if (!v.ok) return terug(400, v.fouten, null);
  const email = v.data.email;
  const { sqlite } = getDatabase();
  sqlite.transaction(() => {
    registreerPoging([
      { soort: "link_ip", waarde: ip },
      { soort: "link_contact", waarde: email },
    ]);
    const rijen = sqlite
      .prepare(
        `SELECT a.id, a.titel, a.open, a.gesloten_op, a.aangemaakt_op, k.vernietigingsdatum FROM afspraken a
           LEFT JOIN klachten k ON k.id = a.id
          WHERE a.id IN (SELECT a2.id FROM afspraken a2 JOIN burgers b ON b.id = a2.burger_id WHERE b.email = ?
                         UNION SELECT id FROM klachten WHERE klager_email = ?)
          ORDER BY a.aangemaakt_op DESC LIMIT 20`,
      )
      .all(email, email) as { id: string; titel: string; open: number; gesloten_op: number | null; aangemaakt_op: number; vernietigingsdatum: string | null }[];
    const nu = now();
    const geldig = rijen.filter((r) => {
      const v = vervalmoment({ vervalt_op: null, gesloten_op: r.gesloten_op, open: r.open, vernietigingsdatum: r.vernietigingsdatum });
      return v === null || nu < v;
    });
    if (geldig.length) {
      const regels = geldig.map((r) => `- ${publiekeTitel(r.titel)} (ontvangen ${formatDatumTijd(r.aangemaakt_op)}):\n  ${nieuweStatusLink(r.id)}`);
      zetMailKlaar(sqlite, {
        aan: email,
        onderwerp: "Uw persoonlijke link bij de gemeente",
        tekst:
          `Beste inwoner,\n\nU vroeg om uw persoonlijke link. Met de link hieronder ziet u hoe het staat met uw vraag, klacht of terugbelverzoek:\n\n` +
          `${regels.join("\n\n")}\n\nDeel deze link niet met anderen. Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.\n\nMet vriendelijke groet,\nGemeente Voorbeeld`,
        // a direct answer to the citizen's own request: not held back until office hours
        urgent: true,
        afspraakId: geldig[0]!.id,
      });
    }
    audit({ actor: null, actie: "inwoner.link_opnieuw", objectType: "statuslink", resultaat: "ok", oorsprong, details: { gevonden: geldig.length } });
  })();
  return { ok: true };
}

function publiekeTitel(titel: string): string {
  if (titel.startsWith("Klacht")) return titel.replace(/^Klacht/, "Uw klacht");
  return "Uw vraag of terugbelverzoek";
}
