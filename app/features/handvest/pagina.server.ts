/**
 * The charter pages (/handvest for staff, /beheer/handvest… for beheer): what their loaders show and what their
 * actions do with a posted form. Routes only ask who is there, read the form and call one function here.
 */
import { formatDatumTijd } from "../../domain/kalender/format";
import { now } from "../../platform/clock";
import type { AppLoadContext } from "@remix-run/node";
import { origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import type { Invoer } from "../../platform/web/formulier.server";
import type { Taal } from "../../platform/i18n/i18n";
import {
  datumTijdInvoer,
  EENHEID_NAMEN,
  handvestVoorMedewerkers,
  invoerUitVersie,
  KALENDER_NAMEN,
  LEGE_INVOER,
  maakNieuweNorm,
  maakNieuweVersie,
  MIJLPAAL_NAMEN,
  normenOverzicht,
  normFormOpties,
  normMetGeschiedenis,
  termijnTekst,
  THEMA_VOLGORDE,
  type Fouten,
  type NormInvoer,
} from "./beheer.server";

/** Who made a change, for the audit line. */
function wie(user: AppUser, context: AppLoadContext | undefined) {
  return { actor: { id: user.id, naam: user.naam }, oorsprong: origin(context) };
}

function nietGevonden(melding = "Deze norm bestaat niet."): Response {
  return new Response(melding, { status: 404, statusText: "Niet gevonden" });
}

/** /handvest: the norms in force now, grouped by theme. */
export function handvestPagina() {
  const nu = now();
  const normen = handvestVoorMedewerkers(nu);
  const themas = THEMA_VOLGORDE.map((thema) => ({ thema, normen: normen.filter((n) => n.thema === thema) })).filter(
    (g) => g.normen.length > 0,
  );
  return { themas, leeg: normen.length === 0, stand: formatDatumTijd(nu), nu };
}

/** /beheer/handvest: every norm with its version in force (or the one still to start). */
export function normenPagina(url: URL) {
  const nu = now();
  const aangemaakt = url.searchParams.get("aangemaakt");
  const rijen = normenOverzicht(nu).map((n) => {
    const v = n.huidig ?? n.laatste;
    return {
      code: n.code,
      titel: v.titel,
      mijlpaal: MIJLPAAL_NAMEN[v.mijlpaal],
      mijlpaalCode: v.mijlpaal,
      termijn: termijnTekst(v),
      duur: v.duur,
      eenheid: v.eenheid,
      kalender: v.kalender,
      nogNietOp: n.huidig ? null : n.laatste.geldigVanaf,
      geplandOp: n.gepland && n.huidig ? n.gepland.geldigVanaf : null,
      versie: v.versie,
      aantalVersies: n.aantalVersies,
      actief: v.actief,
      nogNiet: n.huidig ? null : formatDatumTijd(n.laatste.geldigVanaf),
      gepland: n.gepland && n.huidig ? { versie: n.gepland.versie, vanaf: formatDatumTijd(n.gepland.geldigVanaf) } : null,
    };
  });
  return { rijen, aangemaakt: aangemaakt && rijen.some((r) => r.code === aangemaakt) ? aangemaakt : null };
}

/** /beheer/handvest/:code: all versions of one norm, newest first; 404 when there is no such norm. */
export function normDetailPagina(code: string, url: URL) {
  const nu = now();
  const norm = normMetGeschiedenis(code, nu);
  if (!norm) throw nietGevonden();
  const opgeslagen = Number(url.searchParams.get("opgeslagen"));
  const versies = norm.versies.map((v) => ({
    id: v.id,
    versie: v.versie,
    stand: norm.huidig?.id === v.id ? ("nu" as const) : v.geldigVanaf > nu ? ("toekomst" as const) : ("oud" as const),
    geldigVanaf: formatDatumTijd(v.geldigVanaf),
    gemaaktOp: formatDatumTijd(v.gemaaktOp),
    /** the instants and codes, so the page words them in its language */
    geldigVanafOp: v.geldigVanaf,
    gemaaktOpMs: v.gemaaktOp,
    mijlpaalCode: v.mijlpaal,
    eenheid: v.eenheid,
    kalenderCode: v.kalender,
    duurGetal: v.duur,
    titel: v.titel,
    mijlpaal: MIJLPAAL_NAMEN[v.mijlpaal],
    termijn: termijnTekst(v),
    duur: `${v.duur} ${v.duur === 1 ? EENHEID_NAMEN[v.eenheid].een : EENHEID_NAMEN[v.eenheid].meer}`,
    kalender: KALENDER_NAMEN[v.kalender],
    waarschuwingPct: v.waarschuwingPct,
    escalatieTeamleider: v.escalatieTeamleider,
    escalatieRegieteamNaWerkdagen: v.escalatieRegieteamNaWerkdagen,
    pauzeerbaar: v.pauzeerbaar,
    belofte: v.belofte,
    actief: v.actief,
  }));
  return {
    code: norm.code,
    versies,
    opgeslagen: versies.some((v) => v.versie === opgeslagen) ? opgeslagen : null,
    heeftHuidig: norm.huidig !== null,
  };
}

export type NormVersieWeergave = ReturnType<typeof normDetailPagina>["versies"][number];

/** /beheer/handvest/nieuw: an empty form that starts now. */
export function nieuweNormPagina() {
  return { invoer: { ...LEGE_INVOER, geldigVanaf: datumTijdInvoer(now()) }, opties: normFormOpties() };
}

/** /beheer/handvest/:code/bewerken: the latest version as the start of the next one. */
export function nieuweVersiePagina(code: string) {
  const nu = now();
  const norm = normMetGeschiedenis(code, nu);
  if (!norm) throw nietGevonden();
  return { code: norm.code, verwachteVersie: norm.laatste.versie, invoer: invoerUitVersie(norm.laatste, nu), opties: normFormOpties() };
}

export type NormFormulierFout = { fouten: Fouten; melding: string | null; invoer: NormInvoer };

/** Saves a new norm: where to go next, or the form's answer with its status (never a 404). */
export function bewaarNieuweNorm(
  user: AppUser,
  invoer: Invoer,
  context: AppLoadContext | undefined,
  taal: Taal = "nl",
): { naar: string } | { status: 400 | 409; antwoord: NormFormulierFout } {
  const r = maakNieuweNorm(invoer, wie(user, context), taal);
  if (r.ok) return { naar: `/beheer/handvest?aangemaakt=${encodeURIComponent(r.code)}` };
  return { status: r.status === 404 ? 400 : r.status, antwoord: { fouten: r.fouten, melding: r.melding, invoer: r.invoer } };
}

/**
 * Saves version n+1 of norm `code` (the form carries `verwachteVersie`). A 409 answer carries the version the
 * form must now be based on, so a deliberate resubmit works; an unknown norm is a 404.
 */
export function bewaarNieuweVersie(
  user: AppUser,
  code: string,
  invoer: Invoer,
  context: AppLoadContext | undefined,
  taal: Taal = "nl",
): { naar: string } | { status: 400 | 409; antwoord: NormFormulierFout & { conflict: boolean; laatsteVersie: number | null } } {
  const r = maakNieuweVersie(code, invoer, wie(user, context), taal);
  if (r.ok) return { naar: `/beheer/handvest/${r.code}?opgeslagen=${r.versie}` };
  if (r.status === 404) throw nietGevonden(r.melding ?? undefined);
  return {
    status: r.status,
    antwoord: { fouten: r.fouten, melding: r.melding, invoer: r.invoer, conflict: r.status === 409, laatsteVersie: r.laatsteVersie ?? null },
  };
}
