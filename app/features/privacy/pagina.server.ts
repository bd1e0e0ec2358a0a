/**
 * The privacy pages for the routes (/privacy, /privacy/nieuw, /privacy/:id and the package downloads): one call
 * each, Dutch errors at the field, the typed input sent back. Every read and change is audited by
 * verzoeken.server.ts / pakket.server.ts.
 */
import type { Taal } from "../../platform/i18n/i18n";
import { datumFormat } from "../../platform/i18n/datum";
import { vertaler } from "../../platform/i18n/vertaal";
import { isoDatum } from "../../domain/kalender/tijd";
import { now } from "../../platform/clock";
import type { AppUser } from "../../platform/auth/permissions.server";
import { invoerVan, type Invoer } from "../../platform/web/formulier.server";
import { burgerNaam, burgerOpId } from "../klantbeeld/klantbeeld.server";
import { formatTelefoon } from "../../domain/telefoon";
import {
  BESLUIT_TEKST,
  BESLUITEN,
  GEDAAN_TEKST,
  KANAAL_TEKST,
  KANALEN,
  maakVerzoek,
  privacyTermijn,
  RECTIFICATIE_VELDEN,
  STAP_INTENTS,
  termijnUitleg,
  VELD_TEKST,
  verzoekDetail,
  verzoekenLijst,
  VERZOEK_SOORT_TEKST,
  VERZOEK_SOORTEN,
  voerStapUit,
  type Fouten,
  type StapIntent,
} from "./verzoeken.server";
import { maakInzagePakket } from "./pakket.server";

function nietGevonden(tekst = "Dit privacyverzoek bestaat niet (meer)."): Response {
  return new Response(tekst, { status: 404, statusText: "Niet gevonden" });
}

/** The term explained: the calendar's own Dutch text, or in English from the dictionary. */
function uitleg(ontvangenOp: number, due: number, taal: Taal): string {
  if (taal === "nl") return termijnUitleg(ontvangenOp);
  const f = datumFormat(taal);
  return vertaler(taal)("privacy:termijnUitleg", { start: f.datumTijd(ontvangenOp), due: f.datumTijd(due) });
}

export function lijstPagina(user: AppUser, oorsprong: string | null, taal: Taal = "nl") {
  const nu = now();
  const f = datumFormat(taal);
  const t = vertaler(taal);
  return {
    verzoeken: verzoekenLijst(user, oorsprong).map((v) => ({
      ...v,
      soortTekst: t(`privacy:soort.${v.soort}`),
      statusTekst: t(`privacy:statusNaam.${v.status}`),
      ontvangen: f.kort(v.ontvangenOp),
      uiterlijk: v.termijnOp ? (v.status === "in_behandeling" ? f.relatief(v.termijnOp, nu) : f.kort(v.termijnOp)) : null,
    })),
  };
}

export function nieuwPagina(url: URL, taal: Taal = "nl") {
  const id = (url.searchParams.get("burger") ?? "").slice(0, 100);
  const b = id ? burgerOpId(id) : null;
  const nu = now();
  const due = privacyTermijn(nu);
  return {
    burger: b ? { id: b.id, naam: burgerNaam(b.naam), telefoon: b.telefoonE164 ? formatTelefoon(b.telefoonE164) : null, email: b.email } : null,
    vandaag: isoDatum(nu),
    soorten: VERZOEK_SOORTEN.map((s) => ({ value: s, label: taal === "nl" ? VERZOEK_SOORT_TEKST[s] : vertaler(taal)(`privacy:soort.${s}`) })),
    kanalen: KANALEN.map((k) => ({ value: k, label: taal === "nl" ? KANAAL_TEKST[k] : vertaler(taal)(`privacy:kanaal.${k}`) })),
    voorbeeld: { uiterlijk: datumFormat(taal).datumTijd(due), uitleg: uitleg(nu, due, taal) },
  };
}

export type NieuwAntwoord = { fouten: Fouten; invoer: Invoer; melding: string | null };

export function registreer(user: AppUser, formulier: FormData, oorsprong: string | null, taal: Taal = "nl"): { ok: true; naar: string } | { ok: false; status: number; antwoord: NieuwAntwoord } {
  const invoer = invoerVan(formulier);
  const r = maakVerzoek(user, invoer, oorsprong, taal);
  if (r.ok) return { ok: true, naar: `/privacy/${r.id}?nieuw=1` };
  return { ok: false, status: r.status, antwoord: { fouten: r.fouten, invoer, melding: r.melding } };
}

export function detailPagina(user: AppUser, id: string, url: URL, oorsprong: string | null, taal: Taal = "nl") {
  const d = verzoekDetail(user, id, oorsprong);
  if (!d) throw nietGevonden();
  const nu = now();
  const f = datumFormat(taal);
  const vt = vertaler(taal);
  /** the key's text, or `anders` when the dictionary has no such key */
  const t = (k: string, o: { defaultValue?: string } = {}) => {
    const v = vt(k);
    return v === k && o.defaultValue !== undefined ? o.defaultValue : v;
  };
  const gedaan = url.searchParams.get("gedaan");
  return {
    d: {
      ...d,
      soortTekst: t(`privacy:soort.${d.soort}`),
      statusTekst: t(`privacy:statusNaam.${d.status}`),
      // "ontvangen … via brief": the channel in lower case, as the Dutch page always said it
      kanaal: t(`privacy:kanaal.${d.kanaal}`, { defaultValue: d.kanaal }).toLowerCase(),
      besluitTekst: d.besluit ? t(`privacy:besluit.${d.besluit}`) : null,
      termijnUitleg: uitleg(d.ontvangenOp, d.termijnOp, taal),
      ontvangen: f.datumTijd(d.ontvangenOp),
      uiterlijk: f.datumTijd(d.huidigeTermijnOp),
      uiterlijkRelatief: d.status === "in_behandeling" ? f.relatief(d.huidigeTermijnOp, nu) : null,
      eersteTermijn: f.datumTijd(d.termijnOp),
      verlengdTotTekst: f.datumTijd(d.verlengdTot),
      verlenging: d.verlenging ? { ...d.verlenging, kennisgevingTekst: f.kort(d.verlenging.kennisgevingOp), nieuwTekst: f.datumTijd(d.verlenging.nieuwOp) } : null,
      afgehandeld: d.afgehandeldOp ? f.datumTijd(d.afgehandeldOp) : null,
      handelingen: d.handelingen.map((h) => ({ ...h, wanneer: f.kort(h.op) })),
      rectificaties: d.rectificaties.map((r) => ({ ...r, veldTekst: t(`privacy:veldNaam.${r.veld}`, { defaultValue: r.veldTekst }), wanneer: f.kort(r.op) })),
      beperkingen: d.beperkingen.map((b) => ({ ...b, sinds: f.kort(b.sindsOp), opgeheven: b.opgehevenOp ? f.kort(b.opgehevenOp) : null })),
      pakketten: d.pakketten.map((p) => ({ ...p, wanneer: f.kort(p.gemaaktOp) })),
      geschiedenis: d.geschiedenis.map((g) => ({ ...g, type: t(`privacy:gebeurtenis.${g.type.replace(/\./g, "_")}`, { defaultValue: g.type }), wanneer: f.kort(g.op) })),
    },
    vandaag: isoDatum(nu),
    nieuw: url.searchParams.get("nieuw") === "1",
    gedaan: gedaan && (STAP_INTENTS as readonly string[]).includes(gedaan) ? t(`privacy:gedaan.${gedaan}`, { defaultValue: GEDAAN_TEKST[gedaan as StapIntent] }) : null,
    besluiten: BESLUITEN.map((b) => ({ value: b, label: t(`privacy:besluit.${b}`, { defaultValue: BESLUIT_TEKST[b] }) })),
    velden: RECTIFICATIE_VELDEN.map((v) => ({ value: v, label: t(`privacy:veldNaam.${v}`, { defaultValue: VELD_TEKST[v] }) })),
  };
}

export type DetailData = ReturnType<typeof detailPagina>;

export type StapAntwoord = { intent: string; fouten: Fouten; invoer: Invoer; melding: string | null };

export function stap(user: AppUser, id: string, formulier: FormData, oorsprong: string | null, taal: Taal = "nl"): { ok: true; naar: string } | { ok: false; status: number; antwoord: StapAntwoord } {
  const invoer = invoerVan(formulier);
  const intent = String(invoer.intent ?? "");
  const r = voerStapUit(user, id, intent, invoer, oorsprong, taal);
  if (r.ok) return { ok: true, naar: `/privacy/${id}?gedaan=${intent}` };
  return { ok: false, status: r.status, antwoord: { intent, fouten: r.fouten, invoer, melding: r.melding } };
}

/** The package for the HTML page (printable). 404/422 as Responses so the route stays thin. */
export function pakketPagina(user: AppUser, id: string, oorsprong: string | null) {
  const r = maakInzagePakket(user, id, "html", oorsprong);
  if (!r.ok) throw r.status === 404 ? nietGevonden() : new Response(r.melding ?? "Dit kan nu niet.", { status: r.status, statusText: "Niet mogelijk" });
  return { pakket: r.pakket, sha256: r.sha256, verzoekId: id };
}

/** The package as a JSON download. */
export function pakketJson(user: AppUser, id: string, oorsprong: string | null): Response {
  const r = maakInzagePakket(user, id, "json", oorsprong);
  if (!r.ok) return new Response(r.melding ?? "Dit kan nu niet.", { status: r.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(r.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="inzage-${id.slice(0, 8)}-${isoDatum(now())}.json"`,
      "X-Inhoud-Sha256": r.sha256,
      "Cache-Control": "no-store",
    },
  });
}
