/**
 * The outbox for messages to citizens (issue 13): e-mail over the outbox's SMTP transport and SMS over a
 * registered gateway channel, table burgerberichten. Shared mechanics: no feature is imported here.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import { log } from "../web/log.server";
import { instantVanLokaleDag, lokaleDag } from "../../domain/kalender/tijd";
import type { AfspraakRij } from "./effect";
import { verstuurBericht } from "./notificaties.server";
import { backoffMs, MAX_POGINGEN, standaardVerzender, type MailVerzender } from "./outbox.server";
import { voorbereid } from "../../../db/voorbereid";

// ================================================================================================ citizen messages
/*
 * Messages to citizens (table burgerberichten; issue 13). The outbox knows nothing of features: a feature queues a
 * row with zetBurgerberichtKlaar (in the transaction of the step that causes it) and registers, at start-up, the
 * SMS channel (registreerKanaal), how the personal links are put into the text at send time
 * (registreerBurgerberichtHooks.voorbereiding) and what follows a delivery (…vervolg, e.g. the handover's
 * "klant geïnformeerd").
 *
 * Exactly once, also across a crash:
 * - queueing: `sleutel` is unique, so the same cause never queues twice (the step and the row commit together);
 * - sending: the row is claimed (`bezig`, lease `bezig_tot`) in its own commit before the channel is called, and
 *   recorded (`verzonden`) in a second commit after it answered. A crash in between leaves a `bezig` row whose
 *   lease runs out. Then:
 *   · SMS: the gateway receives `bericht_id` as Idempotency-Key on every attempt, so the message is sent again
 *     with the same key and the gateway delivers it once (exactly once at the gateway);
 *   · e-mail: SMTP cannot deduplicate and cannot be asked what it received, so the row becomes `onzeker` and is
 *     NOT sent again by itself (at most once): the owner gets an inbox message and decides with "opnieuw
 *     versturen". Every attempt carries the same Message-ID, so a receiving mail client shows a manual resend
 *     of the same row as one message.
 *   A failure the channel reports (connection refused, 4xx) is retried with backoff; a permanent refusal (SMTP 5xx,
 *   gateway 4xx: a bounce) gives up at once. Failures show on the dossier and in the owner's inbox.
 * - quiet hours: a non-urgent message never goes out between `stille_uren.van` and `.tot` (instellingen, default
 *   21:00–08:00 Europe/Amsterdam): at queueing and again at sending (a retry that falls at night waits).
 */

export const BEZIG_LEASE_MS = 5 * 60_000;
export const STANDAARD_STILLE_UREN = { van: "21:00", tot: "08:00" } as const;

export type BurgerKanaalNaam = "email" | "sms";

export interface BurgerberichtRij {
  id: number;
  sleutel: string;
  afspraak_id: string;
  soort: string;
  kanaal: BurgerKanaalNaam;
  aan: string;
  taal: string;
  onderwerp: string;
  tekst: string;
  urgent: number;
  status: "wachtend" | "bezig" | "verzonden" | "onzeker" | "opgegeven";
  aangemaakt_op: number;
  niet_voor: number;
  volgende_poging_op: number;
  pogingen: number;
  bezig_tot: number | null;
  bericht_id: string;
  laatste_fout: string | null;
  verzonden_op: number | null;
  bezorg_id: string | null;
  vervolg: string | null;
  versie: number;
}

/** A channel refused the message for good (a bounce: unknown address, invalid number) — no retry. */
export class BezorgFout extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "BezorgFout";
  }
}

export interface BurgerKanaal {
  /** A retry with the same bericht_id reaches the citizen only once (the receiver deduplicates). */
  ontdubbelt: boolean;
  verstuur(b: { berichtId: string; aan: string; onderwerp: string; tekst: string }): Promise<{ bezorgId?: string | null }>;
}

export interface BurgerberichtHooks {
  /** Final text at send time (inside a transaction that commits before sending): fills in the personal links. */
  voorbereiding?(sqlite: Database.Database, rij: BurgerberichtRij): { onderwerp: string; tekst: string };
  /** After delivery, in the transaction that records it. */
  vervolg?(sqlite: Database.Database, rij: BurgerberichtRij, vervolg: unknown): void;
  /** Where the owner's inbox message about a failed delivery points. */
  link?(afspraakId: string): string;
}

const BB_KEY = Symbol.for("afspraak.burgerberichten");
type BbRegister = { kanalen: Map<string, () => BurgerKanaal | null>; hooks: BurgerberichtHooks };
function bbRegister(): BbRegister {
  const g = globalThis as typeof globalThis & { [BB_KEY]?: BbRegister };
  return (g[BB_KEY] ??= { kanalen: new Map(), hooks: {} });
}

/** Registers a channel (a factory: null = not configured, the message waits). E-mail is built in. */
export function registreerKanaal(naam: BurgerKanaalNaam, maak: () => BurgerKanaal | null): void {
  bbRegister().kanalen.set(naam, maak);
}

export function registreerBurgerberichtHooks(hooks: BurgerberichtHooks): void {
  Object.assign(bbRegister().hooks, hooks);
}

/** The built-in e-mail channel over `verzender` (nodemailer from AFSPRAAK_SMTP_URL by default). */
export function emailKanaal(verzender: MailVerzender | null = standaardVerzender()): BurgerKanaal | null {
  if (!verzender) return null;
  const van = process.env.AFSPRAAK_MAIL_FROM || "Afspraak <afspraak@voorbeeld.nl>";
  return {
    ontdubbelt: false,
    async verstuur(b) {
      try {
        const info = (await verzender.sendMail({ from: van, to: b.aan, subject: b.onderwerp, text: b.tekst, messageId: b.berichtId })) as
          | { response?: string; messageId?: string }
          | undefined;
        return { bezorgId: info?.response?.slice(0, 200) ?? null };
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        const melding = err instanceof Error ? err.message : String(err);
        throw new BezorgFout(melding, typeof code === "number" && code >= 500 && code < 600);
      }
    },
  };
}

function kanaalVoor(naam: string, opgegeven?: Partial<Record<BurgerKanaalNaam, BurgerKanaal | null>>): BurgerKanaal | null {
  if (opgegeven && naam in opgegeven) return opgegeven[naam as BurgerKanaalNaam] ?? null;
  const maak = bbRegister().kanalen.get(naam);
  if (maak) return maak();
  return naam === "email" ? emailKanaal() : null;
}

// ------------------------------------------------------------------------------------------------ quiet hours

export interface StilleUren {
  van: string;
  tot: string;
}

function minuten(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The configured quiet hours (instellingen.stille_uren = {"van":"21:00","tot":"08:00"}), or the default. */
export function stilleUren(sqlite: Database.Database): StilleUren {
  const r = voorbereid(sqlite, "SELECT waarde FROM instellingen WHERE sleutel = 'stille_uren'").get() as { waarde: string } | undefined;
  if (r) {
    try {
      const w = JSON.parse(r.waarde) as Partial<StilleUren>;
      if (typeof w.van === "string" && typeof w.tot === "string" && Number.isFinite(minuten(w.van)) && Number.isFinite(minuten(w.tot))) {
        return { van: w.van, tot: w.tot };
      }
    } catch {
      /* default */
    }
  }
  return { ...STANDAARD_STILLE_UREN };
}

/** The end of the quiet period `op` falls in (Europe/Amsterdam), or `op` itself when it is not quiet then. */
export function naStilleUren(op: number, uren: StilleUren): number {
  const van = minuten(uren.van);
  const tot = minuten(uren.tot);
  if (!Number.isFinite(van) || !Number.isFinite(tot) || van === tot) return op;
  const dag = lokaleDag(op);
  const m = Math.floor((op - instantVanLokaleDag(dag, 0)) / 60_000);
  const stil = van > tot ? m >= van || m < tot : m >= van && m < tot;
  if (!stil) return op;
  return van > tot && m >= van ? instantVanLokaleDag(dag + 1, tot * 60_000) : instantVanLokaleDag(dag, tot * 60_000);
}

// ------------------------------------------------------------------------------------------------ queueing

export interface BurgerberichtInvoer {
  sleutel: string;
  afspraakId: string;
  soort: string;
  kanaal: BurgerKanaalNaam;
  aan: string;
  taal?: string;
  onderwerp: string;
  tekst: string;
  urgent?: boolean;
  vervolg?: unknown;
  op?: number;
}

/** Queues one message to a citizen inside the caller's transaction; false when `sleutel` was queued before. */
export function zetBurgerberichtKlaar(sqlite: Database.Database, m: BurgerberichtInvoer): boolean {
  const op = m.op ?? now();
  const nietVoor = m.urgent ? op : naStilleUren(op, stilleUren(sqlite));
  const r = voorbereid(sqlite,
      `INSERT INTO burgerberichten (sleutel, afspraak_id, soort, kanaal, aan, taal, onderwerp, tekst, urgent, status,
         aangemaakt_op, niet_voor, volgende_poging_op, pogingen, bericht_id, vervolg)
       VALUES (@sleutel, @afspraakId, @soort, @kanaal, @aan, @taal, @onderwerp, @tekst, @urgent, 'wachtend',
         @op, @nietVoor, @nietVoor, 0, @berichtId, @vervolg)
       ON CONFLICT(sleutel) DO NOTHING`,
    )
    .run({
      sleutel: m.sleutel,
      afspraakId: m.afspraakId,
      soort: m.soort,
      kanaal: m.kanaal,
      aan: m.aan,
      taal: m.taal ?? "nl",
      onderwerp: m.onderwerp,
      tekst: m.tekst,
      urgent: m.urgent ? 1 : 0,
      op,
      nietVoor,
      berichtId: nieuwBerichtId(),
      vervolg: m.vervolg === undefined ? null : JSON.stringify(m.vervolg),
    });
  return r.changes > 0;
}

function nieuwBerichtId(): string {
  const domein = (process.env.AFSPRAAK_MAIL_FROM?.match(/@([^>\s]+)/)?.[1] ?? "afspraak.local").toLowerCase();
  return `<${crypto.randomUUID()}@${domein}>`;
}

// ------------------------------------------------------------------------------------------------ delivery

export interface BurgerBezorgResultaat {
  verzonden: number;
  mislukt: number;
  opgegeven: number;
  /** no channel configured, or quiet hours */
  wachtend: number;
  onzeker: number;
  hersteld: number;
}

function meldEigenaar(sqlite: Database.Database, rij: BurgerberichtRij, titel: string, tekst: string, op: number): void {
  const a = voorbereid(sqlite, "SELECT * FROM afspraken WHERE id = ?").get(rij.afspraak_id) as AfspraakRij | undefined;
  if (!a) return;
  const link = bbRegister().hooks.link?.(a.id) ?? `/afspraken/${a.id}`;
  verstuurBericht({ sqlite, afspraak: a, op, link }, { aan: "eigenaar", titel, tekst });
}

const KANAAL_TEKST: Record<string, string> = { email: "e-mail", sms: "sms" };

/** Expired claims (the sender died while sending): see the guarantee above. */
function herstelClaims(sqlite: Database.Database, nu: number, res: BurgerBezorgResultaat, kanalen?: Partial<Record<BurgerKanaalNaam, BurgerKanaal | null>>) {
  const verlopen = voorbereid(sqlite, "SELECT * FROM burgerberichten WHERE status = 'bezig' AND bezig_tot <= ?").all(nu) as BurgerberichtRij[];
  for (const rij of verlopen) {
    const k = kanaalVoor(rij.kanaal, kanalen);
    sqlite.transaction(() => {
      if (k?.ontdubbelt) {
        const r = voorbereid(sqlite, "UPDATE burgerberichten SET status = 'wachtend', bezig_tot = NULL, volgende_poging_op = ? WHERE id = ? AND status = 'bezig'")
          .run(nu, rij.id);
        if (r.changes) res.hersteld++;
        return;
      }
      const r = voorbereid(sqlite,
          "UPDATE burgerberichten SET status = 'onzeker', bezig_tot = NULL, laatste_fout = ?, versie = versie + 1 WHERE id = ? AND status = 'bezig'",
        )
        .run("Het versturen werd onderbroken; niet zeker of het bericht is aangekomen.", rij.id);
      if (!r.changes) return;
      res.onzeker++;
      meldEigenaar(
        sqlite,
        rij,
        `Bericht aan inwoner misschien niet aangekomen: ${rij.onderwerp}`,
        `Het versturen van de ${KANAAL_TEKST[rij.kanaal] ?? rij.kanaal} aan ${rij.aan} werd onderbroken. Controleer of de inwoner het bericht heeft, en verstuur het zo nodig opnieuw vanuit het dossier.`,
        nu,
      );
      log("warn", "bericht aan inwoner onzeker na onderbreking", { bericht: rij.id });
    })();
  }
}

let laatsteMeldingGeenKanaal = 0;

/**
 * Delivers the due citizen messages (at most `max`). `kanalen` replaces the registered channels in tests
 * (null = not configured). `leaseMs`: how long a claim holds.
 */
export async function bezorgBurgerberichten(
  opts: { nu?: number; kanalen?: Partial<Record<BurgerKanaalNaam, BurgerKanaal | null>>; max?: number; leaseMs?: number } = {},
): Promise<BurgerBezorgResultaat> {
  const { sqlite } = getDatabase();
  const nu = opts.nu ?? now();
  const res: BurgerBezorgResultaat = { verzonden: 0, mislukt: 0, opgegeven: 0, wachtend: 0, onzeker: 0, hersteld: 0 };
  herstelClaims(sqlite, nu, res, opts.kanalen);
  const klaar = voorbereid(sqlite, "SELECT * FROM burgerberichten WHERE status = 'wachtend' AND volgende_poging_op <= ? ORDER BY volgende_poging_op, id LIMIT ?")
    .all(nu, opts.max ?? 200) as BurgerberichtRij[];
  if (klaar.length === 0) return res;
  const uren = stilleUren(sqlite);
  const hooks = bbRegister().hooks;
  const kanaalCache = new Map<string, BurgerKanaal | null>();
  for (const rij of klaar) {
    if (!rij.urgent) {
      const later = naStilleUren(nu, uren);
      if (later > nu) {
        voorbereid(sqlite, "UPDATE burgerberichten SET volgende_poging_op = ? WHERE id = ? AND status = 'wachtend'").run(later, rij.id);
        res.wachtend++;
        continue;
      }
    }
    if (!kanaalCache.has(rij.kanaal)) kanaalCache.set(rij.kanaal, kanaalVoor(rij.kanaal, opts.kanalen));
    const kanaal = kanaalCache.get(rij.kanaal)!;
    if (!kanaal) {
      res.wachtend++;
      if (Date.now() - laatsteMeldingGeenKanaal > 60_000) {
        laatsteMeldingGeenKanaal = Date.now();
        log("warn", "bericht aan inwoner blijft in de wachtrij: kanaal niet ingesteld", { kanaal: rij.kanaal });
      }
      continue;
    }
    // 1. claim (own commit), 2. final text with fresh personal links (own commit)
    let tekst = { onderwerp: rij.onderwerp, tekst: rij.tekst };
    const geclaimd = sqlite.transaction(() => {
      const c = voorbereid(sqlite, "UPDATE burgerberichten SET status = 'bezig', bezig_tot = ?, pogingen = pogingen + 1 WHERE id = ? AND status = 'wachtend'")
        .run(nu + (opts.leaseMs ?? BEZIG_LEASE_MS), rij.id);
      if (!c.changes) return false;
      if (hooks.voorbereiding) tekst = hooks.voorbereiding(sqlite, rij);
      return true;
    })();
    if (!geclaimd) continue;
    const pogingen = rij.pogingen + 1;
    // 3. send
    try {
      const r = await kanaal.verstuur({ berichtId: rij.bericht_id, aan: rij.aan, onderwerp: tekst.onderwerp, tekst: tekst.tekst });
      // 4. record (+ what follows a delivery), one commit
      sqlite.transaction(() => {
        const u = voorbereid(sqlite,
            `UPDATE burgerberichten SET status = 'verzonden', verzonden_op = ?, bezig_tot = NULL, laatste_fout = NULL, bezorg_id = ?,
               versie = versie + 1 WHERE id = ? AND status = 'bezig'`,
          )
          .run(now(), r.bezorgId ?? null, rij.id);
        if (u.changes && rij.vervolg && hooks.vervolg) {
          try {
            sqlite.transaction(() => hooks.vervolg!(sqlite, rij, JSON.parse(rij.vervolg!)))();
          } catch (err) {
            log("warn", "vervolg na bezorging mislukt", { bericht: rij.id, fout: err instanceof Error ? err.message : String(err) });
          }
        }
      })();
      res.verzonden++;
    } catch (err) {
      const permanent = err instanceof BezorgFout && err.permanent;
      const opgeven = permanent || pogingen >= MAX_POGINGEN;
      const melding = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      sqlite.transaction(() => {
        voorbereid(sqlite,
            `UPDATE burgerberichten SET status = ?, bezig_tot = NULL, volgende_poging_op = ?, laatste_fout = ?, versie = versie + 1
             WHERE id = ? AND status = 'bezig'`,
          )
          .run(opgeven ? "opgegeven" : "wachtend", nu + backoffMs(pogingen), melding, rij.id);
        if (opgeven || pogingen === 1) {
          meldEigenaar(
            sqlite,
            rij,
            opgeven ? `Bericht aan inwoner niet bezorgd: ${rij.onderwerp}` : `Bericht aan inwoner nog niet bezorgd: ${rij.onderwerp}`,
            opgeven
              ? `De ${KANAAL_TEKST[rij.kanaal] ?? rij.kanaal} aan ${rij.aan} is niet bezorgd (${melding}). Neem op een andere manier contact op, of pas het adres aan en verstuur opnieuw vanuit het dossier.`
              : `De ${KANAAL_TEKST[rij.kanaal] ?? rij.kanaal} aan ${rij.aan} is niet bezorgd (${melding}). Afspraak probeert het vanzelf opnieuw.`,
            nu,
          );
        }
      })();
      if (opgeven) res.opgegeven++;
      else res.mislukt++;
      log("warn", "bericht aan inwoner niet bezorgd", { bericht: rij.id, poging: pogingen, opgegeven: opgeven, fout: melding });
    }
  }
  return res;
}

/**
 * "Opnieuw versturen": a failed, given-up or uncertain message goes back in the queue now. An uncertain or
 * given-up one gets a new Message-ID / Idempotency-Key (a person decided it must go again). Returns whether it changed.
 */
export function zetOpnieuwKlaar(sqlite: Database.Database, id: number, verwachteVersie?: number): boolean {
  const r = voorbereid(sqlite,
      `UPDATE burgerberichten SET
         bericht_id = CASE WHEN status IN ('onzeker', 'opgegeven') THEN @berichtId ELSE bericht_id END,
         status = 'wachtend', pogingen = 0, volgende_poging_op = @nu, bezig_tot = NULL, versie = versie + 1
       WHERE id = @id AND (status IN ('onzeker', 'opgegeven') OR (status = 'wachtend' AND laatste_fout IS NOT NULL))
         AND (@versie IS NULL OR versie = @versie)`,
    )
    .run({ id, nu: now(), berichtId: nieuwBerichtId(), versie: verwachteVersie ?? null });
  return r.changes > 0;
}
