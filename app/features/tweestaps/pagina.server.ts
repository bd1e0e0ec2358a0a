/**
 * The pages of two-step verification and sessions: the code page after the password, setting up MFA, the
 * step-up before an export, Profiel → Beveiliging (own sessions, recovery codes) and the beheerder's policy and
 * per-account actions. Each function assembles a page or carries out its form in one call for a thin route.
 */
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { ROLLEN, type Rol } from "../../../db/schema";
import { getDatabase } from "../../../db/client";
import { sessionFromRequest, endSession } from "../../platform/auth/sessies.server";
import { STAP_OMHOOG_MINUTEN, type AppUser } from "../../platform/auth/permissions.server";
import {
  SLEUTEL_INACTIEF,
  SLEUTEL_MAX,
  SLEUTEL_MFA_ROLLEN,
  actieveSessies,
  beeindigAndereSessies,
  beeindigSessieVan,
  mfaVerplicht,
  sessieBeleid,
  zetFase,
} from "../../platform/auth/sessie-info.server";
import { audit, origin } from "../../platform/audit/audit.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import { taalVan } from "../../platform/i18n/taal.server";
import { vertaal, vertaalMelding } from "../../platform/i18n/vertaal";
import {
  beginInstellen,
  bevestigInstellen,
  controleerCode,
  isIngesteld,
  nieuweHerstelcodes,
  resterendeHerstelcodes,
  zetTweestapsUit,
  type Instelgegevens,
} from "./tweestaps.server";
import { isDemoAccount } from "./demo.server";
import { BeheerMedewerkerSchema, BeleidSchema, CodeSchema, InstelSchema, SessieActieSchema } from "./schema";

/** Only same-site relative paths are followed (as on the login page). */
export function veiligTerug(terug: string | null | undefined, standaard = "/mijn-werk"): string {
  if (!terug || !terug.startsWith("/") || terug.startsWith("//") || terug.startsWith("/\\")) return standaard;
  return terug;
}

export type Uitkomst<T> = { naar: string; setCookie?: string } | { antwoord: T; status: number };

// ---------------------------------------------------------------------------------------------------------------
// The code page (/inloggen/code): password given, second factor due.

export interface CodePagina {
  naam: string;
  terug: string;
  demo: boolean;
}

export async function codePagina(request: Request, context: AppLoadContext | undefined): Promise<Uitkomst<CodePagina>> {
  const url = new URL(request.url);
  const terug = veiligTerug(url.searchParams.get("terug"));
  const s = await sessionFromRequest(request, context);
  if (s.user) return { naar: terug };
  if (!s.half) return { naar: "/inloggen", setCookie: s.setCookie ?? undefined };
  if (s.half.fase === "instellen") return { naar: `/inloggen/tweestaps?terug=${encodeURIComponent(terug)}` };
  return { antwoord: { naam: s.half.naam, terug, demo: isDemoAccount(s.half.medewerkerId) }, status: 200 };
}

export interface CodeAntwoord {
  fouten: Fouten;
  melding: string | null;
}

export async function verwerkCode(request: Request, context: AppLoadContext | undefined, invoer: Invoer): Promise<Uitkomst<CodeAntwoord>> {
  const s = await sessionFromRequest(request, context);
  if (s.user) return { naar: veiligTerug(invoer.terug) };
  if (!s.half || !s.sessionId) return { naar: "/inloggen" };
  if (s.half.fase !== "code") return { naar: "/inloggen/tweestaps" };
  const taal = taalVan(request);
  const v = valideer(CodeSchema, invoer, taal);
  if (!v.ok) return { antwoord: { fouten: v.fouten, melding: null }, status: 400 };
  const actor = { id: s.half.medewerkerId, naam: s.half.naam };
  const r = controleerCode(actor, v.data.code, "inloggen", context);
  if (!r.ok) return { antwoord: { fouten: { code: [vertaalMelding(taal, r.melding)] }, melding: null }, status: r.reden === "geblokkeerd" ? 429 : 400 };
  zetFase(s.sessionId, "volledig", Date.now());
  const naar = veiligTerug(v.data.terug);
  if (r.soort === "herstelcode") return { naar: `/profiel/beveiliging?herstelcode=${r.resterendeHerstelcodes}` };
  return { naar };
}

// ---------------------------------------------------------------------------------------------------------------
// Setting up MFA (/inloggen/tweestaps): required for the role, voluntary from Profiel, or before an export.

export interface InstelPagina {
  naam: string;
  terug: string;
  verplicht: boolean;
  reden: string | null;
  gegevens: Instelgegevens | null;
}

async function wieStelIn(request: Request, context: AppLoadContext | undefined) {
  const s = await sessionFromRequest(request, context);
  if (s.user) return { s, medewerker: { id: s.user.id, naam: s.user.naam, email: s.user.email }, half: false };
  if (s.half?.fase === "instellen") return { s, medewerker: { id: s.half.medewerkerId, naam: s.half.naam, email: s.half.email }, half: true };
  return { s, medewerker: null, half: false };
}

export async function instelPagina(request: Request, context: AppLoadContext | undefined): Promise<Uitkomst<InstelPagina>> {
  const url = new URL(request.url);
  const terug = veiligTerug(url.searchParams.get("terug"));
  const { s, medewerker, half } = await wieStelIn(request, context);
  if (!medewerker) return s.half ? { naar: `/inloggen/code?terug=${encodeURIComponent(terug)}` } : { naar: "/inloggen", setCookie: s.setCookie ?? undefined };
  // null when already set up (also right after the confirming post, whose answer shows the recovery codes once)
  const gegevens = await beginInstellen(medewerker);
  return {
    antwoord: { naam: medewerker.naam, terug, verplicht: half, reden: url.searchParams.get("reden") === "export" ? "export" : null, gegevens },
    status: 200,
  };
}

export interface InstelAntwoord {
  fouten: Fouten;
  herstelcodes: string[] | null;
  terug: string;
}

export async function verwerkInstellen(request: Request, context: AppLoadContext | undefined, invoer: Invoer): Promise<Uitkomst<InstelAntwoord>> {
  const terug = veiligTerug(invoer.terug);
  const { s, medewerker } = await wieStelIn(request, context);
  if (!medewerker) return { naar: "/inloggen" };
  const taal = taalVan(request);
  const v = valideer(InstelSchema, invoer, taal);
  if (!v.ok) return { antwoord: { fouten: v.fouten, herstelcodes: null, terug }, status: 400 };
  const r = bevestigInstellen({ id: medewerker.id, naam: medewerker.naam }, v.data.code.replace(/\s/g, ""), s.sessionId, context);
  if (!r.ok) return { antwoord: { fouten: { code: [vertaalMelding(taal, r.melding)] }, herstelcodes: null, terug }, status: 400 };
  return { antwoord: { fouten: {}, herstelcodes: r.herstelcodes, terug }, status: 200 };
}

// ---------------------------------------------------------------------------------------------------------------
// Step-up (/inloggen/bevestigen): a fresh code before an export of personal data.

/** Without MFA set up the page says so and links to setting it up (requireStapOmhoog sends there directly). */
export function bevestigPagina(user: AppUser, request: Request): { terug: string; naam: string; ingesteld: boolean } {
  const terug = veiligTerug(new URL(request.url).searchParams.get("terug"));
  return { terug, naam: user.naam, ingesteld: isIngesteld(user.id) };
}

export async function verwerkBevestigen(user: AppUser, request: Request, context: AppLoadContext | undefined, invoer: Invoer): Promise<Uitkomst<CodeAntwoord>> {
  const taal = taalVan(request);
  const v = valideer(CodeSchema, invoer, taal);
  if (!v.ok) return { antwoord: { fouten: v.fouten, melding: null }, status: 400 };
  const r = controleerCode(user, v.data.code, "bevestigen", context);
  if (!r.ok) return { antwoord: { fouten: { code: [vertaalMelding(taal, r.melding)] }, melding: null }, status: r.reden === "geblokkeerd" ? 429 : 400 };
  const { sessionId } = await sessionFromRequest(request, context);
  if (sessionId) zetFase(sessionId, "volledig", Date.now());
  return { naar: veiligTerug(v.data.terug) };
}

// ---------------------------------------------------------------------------------------------------------------
// Profiel → Beveiliging: own sessions, MFA state, recovery codes.

/** What the browser sees instead of a session id (the id is the credential; it never goes into a page). */
export function publiekeSessieId(sessieId: string): string {
  return crypto.createHash("sha256").update(sessieId).digest("hex").slice(0, 24);
}

export interface SessieRij {
  id: string;
  apparaat: string;
  ipBereik: string;
  eerstOp: number;
  laatstOp: number;
  deze: boolean;
  sso: boolean;
}

export interface BeveiligingPagina {
  sessies: SessieRij[];
  ingesteld: boolean;
  verplicht: boolean;
  resterend: number;
  beleid: { inactiefMinuten: number; maxUren: number };
}

export function beveiligingPagina(user: AppUser, sessieId: string | null): BeveiligingPagina {
  const beleid = sessieBeleid();
  const deze = sessieId ? publiekeSessieId(sessieId) : null;
  const sessies = actieveSessies(user.id, Date.now(), beleid).map((s) => {
    const id = publiekeSessieId(s.id);
    return { id, apparaat: s.apparaat, ipBereik: s.ipBereik, eerstOp: s.eerstOp, laatstOp: s.laatstOp, deze: id === deze, sso: s.methode === "sso" };
  });
  sessies.sort((a, b) => Number(b.deze) - Number(a.deze));
  const ingesteld = isIngesteld(user.id);
  audit({ actor: user, actie: "sessies.bekeken", objectType: "medewerker", objectId: user.id, resultaat: "ok" });
  return {
    sessies,
    ingesteld,
    verplicht: mfaVerplicht(user.rollen, beleid),
    resterend: ingesteld ? resterendeHerstelcodes(user.id) : 0,
    beleid: { inactiefMinuten: beleid.inactiefMinuten, maxUren: beleid.maxUren },
  };
}

export interface BeveiligingAntwoord {
  melding: string | null;
  fout: string | null;
  herstelcodes: string[] | null;
}

/** The actions on Profiel → Beveiliging. Recovery codes and switching MFA off need a recent second factor. */
export async function verwerkBeveiliging(
  user: AppUser,
  request: Request,
  context: AppLoadContext | undefined,
  invoer: Invoer,
): Promise<Uitkomst<BeveiligingAntwoord>> {
  const taal = taalVan(request);
  const t = (sleutel: string, waarden?: Record<string, string | number>) => vertaal(taal, `tweestaps:${sleutel}`, waarden);
  const v = valideer(SessieActieSchema, invoer, taal);
  if (!v.ok) return { antwoord: { melding: null, fout: t("fout.actieOnbekend"), herstelcodes: null }, status: 400 };
  const s = await sessionFromRequest(request, context);
  const huidig = s.sessionId;
  const log = (actie: string, details?: Record<string, unknown>) =>
    audit({ actor: user, actie, objectType: "medewerker", objectId: user.id, resultaat: "ok", oorsprong: origin(context), details: details ?? null });
  const recent = !!s.sessie && (s.sessie.methode !== "wachtwoord" || (!!s.sessie.tweedeFactorOp && Date.now() - s.sessie.tweedeFactorOp <= STAP_OMHOOG_MINUTEN * 60_000));
  const d = v.data;
  switch (d.intent) {
    case "uitloggen": {
      const doel = actieveSessies(user.id).find((x) => publiekeSessieId(x.id) === d.sessie);
      if (!doel) return { antwoord: { melding: null, fout: t("fout.sessieWeg"), herstelcodes: null }, status: 404 };
      if (doel.id === huidig) {
        const cookie = await endSession(huidig);
        log("sessie.beeindigd", { welke: "deze" });
        return { naar: "/inloggen?uitgelogd=1", setCookie: cookie };
      }
      beeindigSessieVan(user.id, doel.id);
      log("sessie.beeindigd", { welke: "andere", apparaat: doel.apparaat });
      return { antwoord: { melding: t("ok.sessieBeeindigd"), fout: null, herstelcodes: null }, status: 200 };
    }
    case "elders": {
      const n = beeindigAndereSessies(user.id, huidig);
      log("sessie.elders_beeindigd", { aantal: n });
      return {
        antwoord: { melding: n === 0 ? t("ok.nergensAnders") : n === 1 ? t("ok.eldersEen") : t("ok.elders", { aantal: n }), fout: null, herstelcodes: null },
        status: 200,
      };
    }
    case "herstelcodes": {
      if (!isIngesteld(user.id)) return { antwoord: { melding: null, fout: t("fout.eerstInstellen"), herstelcodes: null }, status: 400 };
      if (!recent) return { naar: `/inloggen/bevestigen?terug=${encodeURIComponent("/profiel/beveiliging")}` };
      return { antwoord: { melding: t("ok.nieuweCodes"), fout: null, herstelcodes: nieuweHerstelcodes(user, context) }, status: 200 };
    }
    case "uitzetten": {
      if (!isIngesteld(user.id)) return { antwoord: { melding: null, fout: t("fout.alUit"), herstelcodes: null }, status: 400 };
      if (!recent) return { naar: `/inloggen/bevestigen?terug=${encodeURIComponent("/profiel/beveiliging")}` };
      zetTweestapsUit(user.id, user, huidig, context);
      // a role that requires MFA is sent to set it up again by the guard on the next page
      return { naar: mfaVerplicht(user.rollen) ? "/inloggen/tweestaps" : "/profiel/beveiliging?uitgezet=1" };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Beheer → Inloggen en sessies: which roles need MFA, idle and absolute lifetimes.

export interface BeleidPagina {
  rollen: { rol: Rol; verplicht: boolean }[];
  inactiefMinuten: number;
  maxUren: number;
}

export function beleidPagina(): BeleidPagina {
  const b = sessieBeleid();
  return { rollen: ROLLEN.map((rol) => ({ rol, verplicht: b.mfaRollen.includes(rol) })), inactiefMinuten: b.inactiefMinuten, maxUren: b.maxUren };
}

export interface BeleidAntwoord {
  fouten: Fouten;
  ok: boolean;
  ruw: Record<string, string> | null;
}

export function verwerkBeleid(user: AppUser, context: AppLoadContext | undefined, invoer: Invoer, rollen: string[], taal: Taal = "nl"): Uitkomst<BeleidAntwoord> {
  const v = valideer(BeleidSchema, invoer, taal);
  const gekozen = rollen.filter((r): r is Rol => (ROLLEN as readonly string[]).includes(r));
  if (!v.ok) return { antwoord: { fouten: v.fouten, ok: false, ruw: { inactiefMinuten: invoer.inactiefMinuten ?? "", maxUren: invoer.maxUren ?? "" } }, status: 400 };
  if (v.data.inactiefMinuten > v.data.maxUren * 60) {
    return { antwoord: { fouten: { inactiefMinuten: [vertaal(taal, "tweestaps:fout.inactiefTeLang")] }, ok: false, ruw: { inactiefMinuten: invoer.inactiefMinuten ?? "", maxUren: invoer.maxUren ?? "" } }, status: 400 };
  }
  const { sqlite } = getDatabase();
  const voor = sessieBeleid();
  const zet = sqlite.prepare("INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde");
  sqlite.transaction(() => {
    zet.run(SLEUTEL_MFA_ROLLEN, JSON.stringify(gekozen));
    zet.run(SLEUTEL_INACTIEF, JSON.stringify(v.data.inactiefMinuten));
    zet.run(SLEUTEL_MAX, JSON.stringify(v.data.maxUren));
    audit({
      actor: user,
      actie: "beheer.sessiebeleid",
      objectType: "instelling",
      objectId: "sessies",
      resultaat: "ok",
      oorsprong: origin(context),
      details: { voor, na: { mfaRollen: gekozen, inactiefMinuten: v.data.inactiefMinuten, maxUren: v.data.maxUren } },
    });
  })();
  return { naar: "/beheer/beveiliging?opgeslagen=1" };
}

// ---------------------------------------------------------------------------------------------------------------
// Beheer → Medewerker: end all sessions (lost laptop), switch MFA off so it is set up again (lost phone).

export interface MedewerkerBeveiliging {
  sessies: number;
  ingesteld: boolean;
  resterend: number;
}

export function medewerkerBeveiliging(medewerkerId: string): MedewerkerBeveiliging {
  const ingesteld = isIngesteld(medewerkerId);
  return { sessies: actieveSessies(medewerkerId).length, ingesteld, resterend: ingesteld ? resterendeHerstelcodes(medewerkerId) : 0 };
}

export async function verwerkMedewerkerBeveiliging(
  user: AppUser,
  medewerkerId: string,
  context: AppLoadContext | undefined,
  invoer: Invoer,
  taal: Taal = "nl",
): Promise<Uitkomst<{ fout: string }>> {
  const { sqlite } = getDatabase();
  const m = sqlite.prepare("SELECT id FROM medewerkers WHERE id = ?").get(medewerkerId);
  if (!m) return { antwoord: { fout: vertaal(taal, "tweestaps:fout.medewerkerWeg") }, status: 404 };
  const v = valideer(BeheerMedewerkerSchema, invoer);
  if (!v.ok) return { antwoord: { fout: vertaal(taal, "tweestaps:fout.onbekendeActie") }, status: 400 };
  if (v.data.intent === "sessies") {
    const n = sqlite.transaction(() => {
      const n = beeindigAndereSessies(medewerkerId, null);
      audit({ actor: user, actie: "sessies.alle_beeindigd", objectType: "medewerker", objectId: medewerkerId, resultaat: "ok", oorsprong: origin(context), details: { aantal: n } });
      return n;
    })();
    return { naar: `/beheer/medewerkers/${encodeURIComponent(medewerkerId)}?melding=sessies-${n}` };
  }
  if (!isIngesteld(medewerkerId)) return { naar: `/beheer/medewerkers/${encodeURIComponent(medewerkerId)}?melding=tweestaps-uit` };
  zetTweestapsUit(medewerkerId, user, null, context);
  return { naar: `/beheer/medewerkers/${encodeURIComponent(medewerkerId)}?melding=tweestaps-uit` };
}
