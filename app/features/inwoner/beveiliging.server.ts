/**
 * Abuse limits for the public pages, without a CAPTCHA (issue 13):
 *
 * - a honeypot field (`HONINGPOT_VELD`): hidden from people (CSS, aria-hidden, tabindex -1); a bot that fills
 *   every field is refused;
 * - a minimum fill time: the form carries a signed timestamp (`STEMPEL_VELD`, HMAC-SHA256 with a key kept in
 *   `instellingen` under `inwoner_hmac_sleutel`, generated at first use), checked on submit: too fast, forged or
 *   older than a day is refused;
 * - sliding-window rate limits per IP address and per contact address, persistent in `inwoner_pogingen` (so a
 *   restart does not reset them). Only an HMAC of the address is stored, never the address itself;
 * - size limits: every route reads its body with a `maxBytes` (app/platform/web/formulier.server.ts).
 *
 * Each refusal is a `Weigering` with a Dutch text; the route shows it above the form with everything typed
 * still in it (429 + Retry-After for a rate limit).
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { getDatabase } from "../../../db/client";
import { now } from "../../platform/clock";

export const HONINGPOT_VELD = "website";
export const STEMPEL_VELD = "formulierStempel";
/** A person needs at least this long to fill in a public form. */
export const MIN_INVULTIJD_MS = 3_000;
/** A form loaded longer ago than this must be reloaded. */
export const MAX_STEMPEL_LEEFTIJD_MS = 24 * 3_600_000;

export type LimietSoort = "ip" | "contact" | "link_ip" | "link_contact" | "status_ip";

export interface Limiet {
  max: number;
  vensterMs: number;
}

const UUR = 3_600_000;
/** The limits per kind of key. Tests and operators may tune them with AFSPRAAK_INWONER_LIMIETEN (JSON). */
export const STANDAARD_LIMIETEN: Record<LimietSoort, Limiet> = {
  /** public submissions from one IP address per hour (a shared office or library counts as one) */
  ip: { max: 20, vensterMs: UUR },
  /** public submissions with one e-mail address or phone number per day */
  contact: { max: 5, vensterMs: 24 * UUR },
  /** "send me my link again" per IP address per hour */
  link_ip: { max: 10, vensterMs: UUR },
  /** "send me my link again" per address per day */
  link_contact: { max: 3, vensterMs: 24 * UUR },
  /** actions on status pages (add information, new time, withdraw) per IP address per hour */
  status_ip: { max: 30, vensterMs: UUR },
};

export function limieten(): Record<LimietSoort, Limiet> {
  const ruw = process.env.AFSPRAAK_INWONER_LIMIETEN;
  if (!ruw) return STANDAARD_LIMIETEN;
  try {
    const extra = JSON.parse(ruw) as Partial<Record<LimietSoort, Partial<Limiet>>>;
    const uit = { ...STANDAARD_LIMIETEN };
    for (const k of Object.keys(uit) as LimietSoort[]) if (extra[k]) uit[k] = { ...uit[k], ...extra[k] };
    return uit;
  } catch {
    return STANDAARD_LIMIETEN;
  }
}

export type Weigering =
  | { soort: "honingpot"; status: 400; melding: string }
  | { soort: "stempel"; status: 400; melding: string; nieuwStempel: boolean }
  | { soort: "limiet"; status: 429; melding: string; opnieuwOverSeconden: number };

// ------------------------------------------------------------------------------------------------ key

const SLEUTEL = "inwoner_hmac_sleutel";
const sleutelCache = new WeakMap<Database.Database, Buffer>();

/** The HMAC key: from instellingen, created on first use (32 random bytes, hex). */
export function hmacSleutel(sqlite: Database.Database = getDatabase().sqlite): Buffer {
  const c = sleutelCache.get(sqlite);
  if (c) return c;
  sqlite
    .prepare("INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO NOTHING")
    .run(SLEUTEL, JSON.stringify(crypto.randomBytes(32).toString("hex")));
  const r = sqlite.prepare("SELECT waarde FROM instellingen WHERE sleutel = ?").get(SLEUTEL) as { waarde: string };
  const k = Buffer.from(JSON.parse(r.waarde) as string, "hex");
  sleutelCache.set(sqlite, k);
  return k;
}

function hmac(doel: string, waarde: string): string {
  return crypto.createHmac("sha256", hmacSleutel()).update(`${doel}\u0000${waarde}`, "utf8").digest("hex");
}

// ------------------------------------------------------------------------------------------------ fill time

/** A signed timestamp for a public form, made when the form is shown. */
export function maakStempel(op: number = now()): string {
  return `${op}.${hmac("stempel", String(op)).slice(0, 32)}`;
}

export type StempelCheck = { ok: true; op: number } | { ok: false; reden: "ongeldig" | "te_snel" | "verlopen" };

export function controleerStempel(stempel: string | undefined, nu: number = now()): StempelCheck {
  const m = /^(\d{10,16})\.([0-9a-f]{32})$/.exec(stempel ?? "");
  if (!m) return { ok: false, reden: "ongeldig" };
  const op = Number(m[1]);
  const verwacht = hmac("stempel", String(op)).slice(0, 32);
  if (!crypto.timingSafeEqual(Buffer.from(verwacht), Buffer.from(m[2]!))) return { ok: false, reden: "ongeldig" };
  if (nu - op < MIN_INVULTIJD_MS) return { ok: false, reden: "te_snel" };
  if (nu - op > MAX_STEMPEL_LEEFTIJD_MS) return { ok: false, reden: "verlopen" };
  return { ok: true, op };
}

// ------------------------------------------------------------------------------------------------ rate limits

/** The stored key for an IP address or contact address (normalised: trimmed, lower case). */
export function limietSleutel(soort: LimietSoort, waarde: string): string {
  return hmac(`limiet:${soort.replace(/_.*/, "")}`, waarde.trim().toLowerCase());
}

export type LimietCheck = { ok: true } | { ok: false; opnieuwOverMs: number };

/** Checks whether one more attempt for every (soort, waarde) is within its limit. Does not record anything. */
export function binnenLimiet(sleutels: { soort: LimietSoort; waarde: string | null | undefined }[], nu: number = now()): LimietCheck {
  const { sqlite } = getDatabase();
  const l = limieten();
  const tel = sqlite.prepare("SELECT count(*) AS n, min(op) AS eerste FROM inwoner_pogingen WHERE soort = ? AND sleutel = ? AND op > ?");
  let wacht = 0;
  for (const s of sleutels) {
    if (!s.waarde) continue;
    const { max, vensterMs } = l[s.soort];
    const r = tel.get(s.soort, limietSleutel(s.soort, s.waarde), nu - vensterMs) as { n: number; eerste: number | null };
    if (r.n >= max) {
      // the window frees up when the oldest counted attempt leaves it
      const oudste = sqlite
        .prepare("SELECT op FROM inwoner_pogingen WHERE soort = ? AND sleutel = ? AND op > ? ORDER BY op LIMIT 1 OFFSET ?")
        .get(s.soort, limietSleutel(s.soort, s.waarde), nu - vensterMs, r.n - max) as { op: number } | undefined;
      wacht = Math.max(wacht, (oudste?.op ?? r.eerste ?? nu) + vensterMs - nu);
    }
  }
  return wacht > 0 ? { ok: false, opnieuwOverMs: Math.max(1000, wacht) } : { ok: true };
}

/** Records one attempt for every (soort, waarde) (inside the caller's transaction where there is one). */
export function registreerPoging(sleutels: { soort: LimietSoort; waarde: string | null | undefined }[], nu: number = now()): void {
  const { sqlite } = getDatabase();
  const ins = sqlite.prepare("INSERT INTO inwoner_pogingen (soort, sleutel, op) VALUES (?, ?, ?)");
  for (const s of sleutels) if (s.waarde) ins.run(s.soort, limietSleutel(s.soort, s.waarde), nu);
}

/** Removes attempts older than the longest window (called by the public routes now and then, and by tests). */
export function ruimPogingenOp(nu: number = now()): number {
  const langste = Math.max(...Object.values(limieten()).map((l) => l.vensterMs));
  return getDatabase().sqlite.prepare("DELETE FROM inwoner_pogingen WHERE op <= ?").run(nu - langste).changes;
}

function wachtTekst(ms: number): string {
  const min = Math.ceil(ms / 60_000);
  if (min < 60) return min <= 1 ? "over een minuut" : `over ${min} minuten`;
  const uur = Math.ceil(min / 60);
  return uur === 1 ? "over een uur" : `over ${uur} uur`;
}

// ------------------------------------------------------------------------------------------------ one check

export interface Afzender {
  ip: string | null;
  /** e-mail address and/or phone number the citizen typed */
  contacten: (string | null | undefined)[];
}

/**
 * The checks every public submission goes through, in order: honeypot, fill time, rate limits. Returns the
 * refusal, or null when the submission may proceed (the caller records the attempt with `registreerPoging`
 * once it is stored).
 */
export function controleerInzending(
  invoer: Record<string, string>,
  afzender: Afzender,
  opts: { ipSoort?: LimietSoort; contactSoort?: LimietSoort } = {},
): Weigering | null {
  if ((invoer[HONINGPOT_VELD] ?? "").trim() !== "") {
    return {
      soort: "honingpot",
      status: 400,
      melding:
        "Uw bericht is niet verstuurd, omdat een verborgen veld was ingevuld. Dat gebeurt soms door een programma dat formulieren automatisch invult. Controleer uw gegevens en verstuur het formulier opnieuw.",
    };
  }
  const st = controleerStempel(invoer[STEMPEL_VELD]);
  if (!st.ok) {
    if (st.reden === "te_snel")
      return {
        soort: "stempel",
        status: 400,
        nieuwStempel: false,
        melding: "U verstuurde het formulier erg snel. Controleer of alles klopt en verstuur het daarna opnieuw.",
      };
    return {
      soort: "stempel",
      status: 400,
      nieuwStempel: true,
      melding:
        st.reden === "verlopen"
          ? "Dit formulier stond te lang open. Uw gegevens staan er nog; verstuur het formulier opnieuw."
          : "Dit formulier kwam niet goed aan. Uw gegevens staan er nog; verstuur het formulier opnieuw.",
    };
  }
  const sleutels = [
    { soort: opts.ipSoort ?? "ip", waarde: afzender.ip },
    ...afzender.contacten.map((c) => ({ soort: opts.contactSoort ?? ("contact" as LimietSoort), waarde: c })),
  ];
  const l = binnenLimiet(sleutels);
  return l.ok ? null : limietWeigering(l.opnieuwOverMs);
}

/** The refusal for a rate limit (429), with when to try again in words. */
export function limietWeigering(opnieuwOverMs: number): Weigering {
  return {
    soort: "limiet",
    status: 429,
    opnieuwOverSeconden: Math.ceil(opnieuwOverMs / 1000),
    melding: `Er zijn vanaf dit adres of met deze contactgegevens kort na elkaar veel berichten verstuurd. Probeer het ${wachtTekst(opnieuwOverMs)} opnieuw, of bel ons via 14 020. Uw tekst staat nog in het formulier.`,
  };
}

/** Response headers for a refusal (Retry-After for a rate limit). */
export function weigeringHeaders(w: Weigering): Record<string, string> {
  const h: Record<string, string> = { "Cache-Control": "no-store" };
  if (w.soort === "limiet") h["Retry-After"] = String(w.opnieuwOverSeconden);
  return h;
}
