/**
 * What Afspraak keeps about a session beyond lucia's row (table sessie_info, decision 011 "MFA and sessions"):
 * its phase (second factor still due, MFA still to be set up, or complete), how it signed in, the device and IP
 * range the user sees on Profiel, first and last seen (last seen written at most once a minute), and when the
 * second factor was last given (step-up). Also the session policy: idle and absolute lifetime and the roles that
 * must use MFA, as the beheerder set them (instellingen) with environment defaults.
 *
 * Wall-clock time (Date.now), like the sessions themselves: the business clock may be moved in tests.
 */
import { getDatabase } from "../../../db/client";
import type { Rol, SessieFase } from "../../../db/schema";
import { voorbereid } from "../../../db/voorbereid";

/** Defaults (NIST SP 800-63B AAL2 re-authentication, which BIO 2 / ISO 27002 8.5 point to; see decision 011). */
export const STANDAARD_INACTIEF_MINUTEN = 30;
export const STANDAARD_MAX_UREN = 12;
export const STANDAARD_MFA_ROLLEN: readonly Rol[] = ["beheerder", "regieteam", "privacy"];
/** A half session (password given, code not yet) lasts at most this long. */
export const HALF_MINUTEN = 15;
/** Last seen is written at most this often per session (not a write per request). */
export const AANRAAK_INTERVAL_MS = 60_000;

export const SLEUTEL_INACTIEF = "sessie_inactief_minuten";
export const SLEUTEL_MAX = "sessie_max_uren";
export const SLEUTEL_MFA_ROLLEN = "tweestaps_verplicht_rollen";

export interface SessieBeleid {
  inactiefMinuten: number;
  maxUren: number;
  mfaRollen: Rol[];
}

function envGetal(naam: string, standaard: number, min: number, max: number): number {
  const v = Number(process.env[naam]);
  return Number.isFinite(v) && v >= min && v <= max ? Math.round(v) : standaard;
}

/** The policy now: Beheer's values where set, else AFSPRAAK_SESSIE_INACTIEF_MINUTEN / AFSPRAAK_SESSIE_MAX_UREN, else defaults. */
export function sessieBeleid(): SessieBeleid {
  const { sqlite } = getDatabase();
  const rijen = voorbereid(sqlite, "SELECT sleutel, waarde FROM instellingen WHERE sleutel IN (?, ?, ?)")
    .all(SLEUTEL_INACTIEF, SLEUTEL_MAX, SLEUTEL_MFA_ROLLEN) as { sleutel: string; waarde: string }[];
  const w = new Map(rijen.map((r) => [r.sleutel, JSON.parse(r.waarde) as unknown]));
  const inactief = w.get(SLEUTEL_INACTIEF);
  const max = w.get(SLEUTEL_MAX);
  const rollen = w.get(SLEUTEL_MFA_ROLLEN);
  return {
    inactiefMinuten: typeof inactief === "number" ? inactief : envGetal("AFSPRAAK_SESSIE_INACTIEF_MINUTEN", STANDAARD_INACTIEF_MINUTEN, 5, 480),
    maxUren: typeof max === "number" ? max : envGetal("AFSPRAAK_SESSIE_MAX_UREN", STANDAARD_MAX_UREN, 1, 24),
    mfaRollen: Array.isArray(rollen) ? (rollen as Rol[]) : [...STANDAARD_MFA_ROLLEN],
  };
}

export function mfaVerplicht(rollen: readonly Rol[], beleid: SessieBeleid = sessieBeleid()): boolean {
  return rollen.some((r) => beleid.mfaRollen.includes(r));
}

/** The /24 (IPv4) or /48 (IPv6) an address is in; never the address itself. */
export function ipBereik(ip: string | null | undefined): string {
  if (!ip) return "";
  let a = ip.trim();
  const v4InV6 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (v4InV6) a = v4InV6[1]!;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(a);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (a.includes(":")) {
    const [kop] = a.split("%");
    const delen = kop!.split("::");
    const links = delen[0] ? delen[0].split(":") : [];
    const rechts = delen.length > 1 && delen[1] ? delen[1].split(":") : [];
    const vol = delen.length > 1 ? [...links, ...Array(8 - links.length - rechts.length).fill("0"), ...rechts] : links;
    if (vol.length !== 8) return "";
    return `${vol.slice(0, 3).map((g) => g.toLowerCase().replace(/^0+(?=.)/, "")).join(":")}::/48`;
  }
  return "";
}

/** "Firefox op Windows", "Safari op iPhone", … from a user agent; "" when unknown. Browser first, then system. */
export function apparaatUit(userAgent: string | null | undefined): string {
  const ua = (userAgent ?? "").slice(0, 500);
  if (!ua) return "";
  const browser = /Edg(e|A|iOS)?\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /Firefox\/|FxiOS\//.test(ua)
        ? "Firefox"
        : /Chrome\/|CriOS\/|Chromium\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua) && /Version\//.test(ua)
            ? "Safari"
            : /curl\//i.test(ua)
              ? "curl"
              : "";
  const systeem = /iPhone/.test(ua)
    ? "iPhone"
    : /iPad/.test(ua)
      ? "iPad"
      : /Android/.test(ua)
        ? "Android"
        : /Windows/.test(ua)
          ? "Windows"
          : /Mac OS X|Macintosh/.test(ua)
            ? "macOS"
            : /CrOS/.test(ua)
              ? "ChromeOS"
              : /Linux/.test(ua)
                ? "Linux"
                : "";
  if (browser && systeem) return `${browser} · ${systeem}`;
  return browser || systeem || "";
}

export interface SessieInfoRij {
  fase: SessieFase;
  methode: string;
  eerstOp: number;
  laatstOp: number;
  tweedeFactorOp: number | null;
  /** whether the user has a confirmed TOTP authenticator */
  ingesteld: boolean;
}

export function leesSessieInfo(sessieId: string): SessieInfoRij | null {
  const { sqlite } = getDatabase();
  const r = voorbereid(sqlite,
      `SELECT si.fase, si.methode, si.eerst_op AS eerstOp, si.laatst_op AS laatstOp, si.tweede_factor_op AS tweedeFactorOp,
              EXISTS (SELECT 1 FROM mfa_totp t WHERE t.medewerker_id = si.medewerker_id AND t.bevestigd_op IS NOT NULL) AS ingesteld
         FROM sessie_info si WHERE si.sessie_id = ?`,
    )
    .get(sessieId) as (Omit<SessieInfoRij, "ingesteld"> & { ingesteld: number }) | undefined;
  return r ? { ...r, ingesteld: r.ingesteld === 1 } : null;
}

export function isIngesteld(medewerkerId: string): boolean {
  const { sqlite } = getDatabase();
  return !!voorbereid(sqlite, "SELECT 1 FROM mfa_totp WHERE medewerker_id = ? AND bevestigd_op IS NOT NULL").get(medewerkerId);
}

export interface NieuweSessieInfo {
  fase: SessieFase;
  methode: string;
  userAgent?: string | null;
  ip?: string | null;
  tweedeFactorOp?: number | null;
}

export function registreerSessieInfo(sessieId: string, medewerkerId: string, info: NieuweSessieInfo, nu = Date.now()): void {
  const { sqlite } = getDatabase();
  voorbereid(sqlite,
      `INSERT INTO sessie_info (sessie_id, medewerker_id, fase, methode, apparaat, ip_bereik, eerst_op, laatst_op, tweede_factor_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sessie_id) DO NOTHING`,
    )
    .run(sessieId, medewerkerId, info.fase, info.methode, apparaatUit(info.userAgent), ipBereik(info.ip), nu, nu, info.tweedeFactorOp ?? null);
}

/** Last seen, at most once per AANRAAK_INTERVAL_MS (the WHERE makes concurrent requests write once). */
export function raakAan(sessieId: string, vorige: number, nu = Date.now()): void {
  if (nu - vorige < AANRAAK_INTERVAL_MS) return;
  const { sqlite } = getDatabase();
  voorbereid(sqlite, "UPDATE sessie_info SET laatst_op = ? WHERE sessie_id = ? AND laatst_op <= ?").run(nu, sessieId, nu - AANRAAK_INTERVAL_MS);
}

export function zetFase(sessieId: string, fase: SessieFase, tweedeFactorOp?: number): void {
  const { sqlite } = getDatabase();
  if (tweedeFactorOp === undefined) voorbereid(sqlite, "UPDATE sessie_info SET fase = ? WHERE sessie_id = ?").run(fase, sessieId);
  else voorbereid(sqlite, "UPDATE sessie_info SET fase = ?, tweede_factor_op = ? WHERE sessie_id = ?").run(fase, tweedeFactorOp, sessieId);
}

export interface ZichtbareSessie {
  id: string;
  apparaat: string;
  ipBereik: string;
  eerstOp: number;
  laatstOp: number;
  methode: string;
}

/** The medewerker's live, complete sessions, most recently seen first. */
export function actieveSessies(medewerkerId: string, nu = Date.now(), beleid: SessieBeleid = sessieBeleid()): ZichtbareSessie[] {
  const { sqlite } = getDatabase();
  return voorbereid(sqlite,
      `SELECT s.id, si.apparaat, si.ip_bereik AS ipBereik, si.eerst_op AS eerstOp, si.laatst_op AS laatstOp, si.methode
         FROM sessions s JOIN sessie_info si ON si.sessie_id = s.id
        WHERE s.user_id = ? AND si.fase = 'volledig' AND s.created_at > ? AND si.laatst_op > ? AND s.expires_at > ?
        ORDER BY si.laatst_op DESC`,
    )
    .all(medewerkerId, nu - beleid.maxUren * 3600_000, nu - beleid.inactiefMinuten * 60_000, Math.floor(nu / 1000)) as ZichtbareSessie[];
}

/** Removes every session of the medewerker except `behalve`; returns how many ended. */
export function beeindigAndereSessies(medewerkerId: string, behalve: string | null): number {
  const { sqlite } = getDatabase();
  return voorbereid(sqlite, "DELETE FROM sessions WHERE user_id = ? AND id IS NOT ?").run(medewerkerId, behalve).changes;
}

/** Removes one session of the medewerker (not someone else's); true when it existed. */
export function beeindigSessieVan(medewerkerId: string, sessieId: string): boolean {
  const { sqlite } = getDatabase();
  return voorbereid(sqlite, "DELETE FROM sessions WHERE user_id = ? AND id = ?").run(medewerkerId, sessieId).changes === 1;
}
