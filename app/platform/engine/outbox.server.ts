/**
 * Outgoing e-mail. Rows are queued in the same transaction as the change that caused them and delivered by a
 * background job (at least once: a crash between sending and marking may send a message twice, never zero
 * times). Non-urgent mail queued outside office hours waits for the next opening of the organisation.
 * Failed deliveries are retried with exponential backoff (1 min, 2, 4, … capped at 6 h) and given up after
 * MAX_POGINGEN attempts (the inbox message stays).
 *
 * Messages to citizens (SMS too, quiet hours, exactly once across a crash): ./burgerberichten.server.ts.
 *
 * SMTP from env: AFSPRAAK_SMTP_URL (e.g. smtp://127.0.0.1:2525), AFSPRAAK_MAIL_FROM. Without a URL the mail
 * stays queued and a log line says so.
 */
import type Database from "better-sqlite3";
import nodemailer, { type Transporter } from "nodemailer";
import { getDatabase } from "../../../db/client";
import { now } from "../clock";
import { kalenders } from "./normen.server";
import { log } from "../web/log.server";

export const MAX_POGINGEN = 10;
export const BACKOFF_BASIS_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 3_600_000;

export interface MailPayload {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxRij {
  id: number;
  soort: "email";
  payload: string;
  sleutel: string | null;
  urgent: number;
  status: "wachtend" | "verzonden" | "opgegeven";
  aangemaakt_op: number;
  niet_voor: number;
  pogingen: number;
  volgende_poging_op: number;
  laatste_fout: string | null;
  verzonden_op: number | null;
  afspraak_id: string | null;
}

const cache = new WeakMap<Database.Database, Database.Statement>();

/** The earliest instant a message queued at `op` may go out. */
export function nietVoorMoment(op: number, urgent: boolean): number {
  if (urgent) return op;
  return kalenders().organisatie.volgendeOpening(op);
}

/**
 * Queues one e-mail (inside the caller's transaction). With `sleutel`, a second message with the same key is
 * ignored (idempotent digests). Returns whether a row was added.
 */
export function zetMailKlaar(
  sqlite: Database.Database,
  m: {
    aan: string;
    onderwerp: string;
    tekst: string;
    urgent?: boolean;
    afspraakId?: string | null;
    sleutel?: string | null;
    op?: number;
    /** nietVoorMoment(op, urgent) when the caller already knows it (batches). */
    nietVoor?: number;
  },
): boolean {
  let st = cache.get(sqlite);
  if (!st) {
    st = sqlite.prepare(
      `INSERT INTO outbox (soort, payload, sleutel, urgent, status, aangemaakt_op, niet_voor, pogingen, volgende_poging_op, afspraak_id)
       VALUES ('email', @payload, @sleutel, @urgent, 'wachtend', @op, @nietVoor, 0, @nietVoor, @afspraakId)
       ON CONFLICT(sleutel) DO NOTHING`,
    );
    cache.set(sqlite, st);
  }
  const [payload, sleutel, urgent, op, nietVoor, , afspraakId] = mailWaarden(m);
  const r = st.run({ payload, sleutel, urgent, op, nietVoor, afspraakId });
  return r.changes > 0;
}

type MailInvoer = Parameters<typeof zetMailKlaar>[1];

/** The values of one outbox row, in the column order of MAIL_RIJ_SQL. @internal */
export function mailWaarden(m: MailInvoer): unknown[] {
  const op = m.op ?? now();
  const nietVoor = m.nietVoor ?? nietVoorMoment(op, !!m.urgent);
  const payload: MailPayload = { to: m.aan, subject: m.onderwerp, text: m.tekst };
  return [JSON.stringify(payload), m.sleutel ?? null, m.urgent ? 1 : 0, op, nietVoor, nietVoor, m.afspraakId ?? null];
}

/** Multi-row form of zetMailKlaar (same columns, same ON CONFLICT), for rows made with mailWaarden. @internal */
export const MAIL_INSERT_SQL = {
  kop: "INSERT INTO outbox (soort, payload, sleutel, urgent, status, aangemaakt_op, niet_voor, pogingen, volgende_poging_op, afspraak_id) VALUES ",
  rij: "('email', ?, ?, ?, 'wachtend', ?, ?, 0, ?, ?)",
  staart: " ON CONFLICT(sleutel) DO NOTHING",
};

/** Delay before attempt n+1 after n failed attempts. */
export function backoffMs(pogingen: number): number {
  return Math.min(BACKOFF_BASIS_MS * 2 ** Math.max(0, pogingen - 1), BACKOFF_MAX_MS);
}

export interface MailVerzender {
  sendMail(m: { from: string; to: string; subject: string; text: string; messageId?: string }): Promise<unknown>;
}

const transports = new Map<string, Transporter>();
/** nodemailer over AFSPRAAK_SMTP_URL (null when not set). */
export function standaardVerzender(): MailVerzender | null {
  const url = process.env.AFSPRAAK_SMTP_URL;
  if (!url) return null;
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

let laatsteMeldingGeenSmtp = 0;

export interface BezorgResultaat {
  verzonden: number;
  mislukt: number;
  opgegeven: number;
  wachtend: number;
}

/**
 * Delivers the due messages (at most `max`). `verzender` replaces SMTP in tests.
 */
export async function bezorgOutbox(opts: { nu?: number; verzender?: MailVerzender | null; max?: number } = {}): Promise<BezorgResultaat> {
  const { sqlite } = getDatabase();
  const nu = opts.nu ?? now();
  const verzender = opts.verzender === undefined ? standaardVerzender() : opts.verzender;
  const res: BezorgResultaat = { verzonden: 0, mislukt: 0, opgegeven: 0, wachtend: 0 };
  const klaar = sqlite
    .prepare("SELECT * FROM outbox WHERE status = 'wachtend' AND volgende_poging_op <= ? ORDER BY volgende_poging_op, id LIMIT ?")
    .all(nu, opts.max ?? 200) as OutboxRij[];
  if (klaar.length === 0) return res;
  if (!verzender) {
    res.wachtend = klaar.length;
    if (Date.now() - laatsteMeldingGeenSmtp > 60_000) {
      laatsteMeldingGeenSmtp = Date.now();
      log("warn", "e-mail blijft in de wachtrij: AFSPRAAK_SMTP_URL is niet ingesteld", { wachtend: klaar.length });
    }
    return res;
  }
  const van = process.env.AFSPRAAK_MAIL_FROM || "Afspraak <afspraak@voorbeeld.nl>";
  const gelukt = sqlite.prepare("UPDATE outbox SET status = 'verzonden', verzonden_op = ?, pogingen = pogingen + 1, laatste_fout = NULL WHERE id = ? AND status = 'wachtend'");
  const fout = sqlite.prepare(
    "UPDATE outbox SET status = @status, pogingen = @pogingen, volgende_poging_op = @volgende, laatste_fout = @fout WHERE id = @id AND status = 'wachtend'",
  );
  for (const rij of klaar) {
    const p = JSON.parse(rij.payload) as MailPayload;
    try {
      await verzender.sendMail({ from: van, to: p.to, subject: p.subject, text: p.text });
      gelukt.run(now(), rij.id);
      res.verzonden++;
    } catch (err) {
      const pogingen = rij.pogingen + 1;
      const opgeven = pogingen >= MAX_POGINGEN;
      const melding = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      fout.run({ id: rij.id, status: opgeven ? "opgegeven" : "wachtend", pogingen, volgende: nu + backoffMs(pogingen), fout: melding });
      if (opgeven) res.opgegeven++;
      else res.mislukt++;
      log("warn", "e-mail niet bezorgd", { outbox: rij.id, poging: pogingen, opgegeven: opgeven, fout: melding });
    }
  }
  return res;
}
