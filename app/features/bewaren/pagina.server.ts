/**
 * The pages of retention and destruction: /vernietiging (lists), /vernietiging/:id (review, hold back, approve),
 * /vernietiging/:id/verklaring (the signed declaration) and /beheer/bewaartermijnen (the terms). Each loader's data
 * and each action's result in one call; the routes only check the permission and read the form.
 */
import type { AppLoadContext } from "@remix-run/node";
import { origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { dagVanIso } from "../../domain/kalender/tijd";
import { vertaal } from "../../platform/i18n/vertaal";
import type { Taal } from "../../platform/i18n/i18n";
import { AanhoudenSchema, GoedkeurenSchema, TermijnenSchema, WeerVoorstellenSchema } from "./formulieren";
import { eerderAangehouden, houdAan, keurGoed, lijst, lijsten, maxPerLijst, stelLijstOp, stelWeerVoor, type Verklaring } from "./vernietiging.server";
import { controleer, vingerafdruk } from "./handtekening.server";
import { BEWAAR_SOORTEN, bewaarTermijnen, bewaartermijnen, klachtTermijnen, type BewaarSoort } from "./termijnen.server";

type Context = AppLoadContext | undefined;

const OK = ["opgesteld", "aangehouden", "voorgesteld", "uitgevoerd", "termijnen"] as const;
export type OkCode = (typeof OK)[number];

function okVan(url: URL): OkCode | null {
  const ok = url.searchParams.get("ok");
  return ok && (OK as readonly string[]).includes(ok) ? (ok as OkCode) : null;
}

/** A refusal from the server module, worded in the user's language. */
function weigerTekst(taal: Taal, r: { code: string; nummer?: string }): string {
  return vertaal(taal, `bewaren:fout.${r.code}`, { nummer: r.nummer ?? "" });
}

/** A stored ISO date as a day index, for the page's date format. */
function dag(iso: string): number {
  return dagVanIso(iso);
}

// ------------------------------------------------------------------------------------------------ /vernietiging

export function overzichtPagina(url: URL) {
  const rijen = lijsten();
  return {
    ok: okVan(url),
    open: rijen.find((l) => l.status === "ter_beoordeling")?.id ?? null,
    lijsten: rijen.map((l) => ({
      id: l.id,
      nummer: l.nummer,
      maand: l.maand,
      peildatum: dag(l.peildatum),
      status: l.status,
      uitgevoerd: l.status === "uitgevoerd",
      opgesteld: l.aangemaakt_op,
      goedgekeurd: l.goedgekeurd_op,
      goedgekeurdDoor: l.goedgekeurd_door_naam,
      voorgesteld: l.voorgesteld,
      aangehouden: l.aangehouden,
      vernietigd: l.vernietigd,
    })),
  };
}

export type OverzichtAntwoord = { melding: string; lijstId?: string };

export function overzichtActie(
  user: AppUser,
  _invoer: Invoer,
  context: Context,
  taal: Taal = "nl",
): { naar: string } | { antwoord: OverzichtAntwoord; status: number } {
  const r = stelLijstOp(user, origin(context));
  if (r.ok) return { naar: `/vernietiging/${r.id}?ok=opgesteld${r.wachtend ? `&wachtend=${r.wachtend}` : ""}` };
  if (r.reden === "open_lijst") return { antwoord: { melding: vertaal(taal, "bewaren:fout.open_lijst", { nummer: r.nummer }), lijstId: r.id }, status: 409 };
  const datumTekst = r.peildatum.split("-").reverse().join("-");
  return { antwoord: { melding: vertaal(taal, "bewaren:fout.leeg", { datum: datumTekst }) }, status: 200 };
}

// ------------------------------------------------------------------------------------------------ /vernietiging/:id

export function lijstPagina(id: string, url: URL) {
  const l = lijst(id);
  if (!l) return null;
  const eerder = eerderAangehouden(id);
  const wachtend = Number(url.searchParams.get("wachtend"));
  return {
    ok: okVan(url),
    wachtend: Number.isInteger(wachtend) && wachtend > 0 ? { aantal: wachtend, max: maxPerLijst() } : null,
    lijst: {
      id: l.lijst.id,
      nummer: l.lijst.nummer,
      peildatum: dag(l.lijst.peildatum),
      status: l.lijst.status,
      versie: l.lijst.versie,
      opgesteld: l.lijst.aangemaakt_op,
      maand: l.lijst.maand,
      goedgekeurd: l.lijst.goedgekeurd_op,
      goedgekeurdDoor: l.lijst.goedgekeurd_door_naam,
    },
    items: l.items.map((i) => ({
      id: i.id,
      soort: i.soort,
      kenmerk: i.kenmerk,
      grondslag: i.grondslag,
      vernietigingsdatum: dag(i.vernietigingsdatum),
      status: i.status,
      reden: i.aanhoud_reden,
      toelichting: i.aanhoud_toelichting,
      eerder: eerder.get(`${i.soort}:${i.ref}`) ?? null,
    })),
    totalen: {
      voorgesteld: l.items.filter((i) => i.status === "voorgesteld").length,
      aangehouden: l.items.filter((i) => i.status === "aangehouden").length,
      vernietigd: l.items.filter((i) => i.status === "vernietigd").length,
    },
  };
}

export type LijstAntwoord = { intent: string; item?: number; fouten: Fouten; melding: string | null; invoer: Record<string, string> };

export function lijstActie(
  id: string,
  user: AppUser,
  invoer: Invoer,
  context: Context,
  taal: Taal = "nl",
): { naar: string } | { antwoord: LijstAntwoord; status: number } {
  const intent = invoer.intent ?? "";
  const fout = (fouten: Fouten, melding: string | null, status = 400, item?: number) => ({
    antwoord: { intent, item, fouten, melding, invoer },
    status,
  });
  const oorsprong = origin(context);
  if (intent === "aanhouden") {
    const v = valideer(AanhoudenSchema, invoer, taal);
    if (!v.ok) return fout(v.fouten, null, 400, Number(invoer.item) || undefined);
    const r = houdAan(id, v.data.item, v.data.versie, v.data.reden, v.data.toelichting || null, user, oorsprong);
    if (!r.ok) return fout({}, weigerTekst(taal, r), r.status, v.data.item);
    return { naar: `/vernietiging/${id}?ok=aangehouden` };
  }
  if (intent === "weer_voorstellen") {
    const v = valideer(WeerVoorstellenSchema, invoer, taal);
    if (!v.ok) return fout(v.fouten, null, 400, Number(invoer.item) || undefined);
    const r = stelWeerVoor(id, v.data.item, v.data.versie, user, oorsprong);
    if (!r.ok) return fout({}, weigerTekst(taal, r), r.status, v.data.item);
    return { naar: `/vernietiging/${id}?ok=voorgesteld` };
  }
  if (intent === "goedkeuren") {
    const v = valideer(GoedkeurenSchema, invoer, taal);
    if (!v.ok) return fout(v.fouten, null);
    const r = keurGoed(id, v.data.versie, user, oorsprong);
    if (!r.ok) return fout({}, weigerTekst(taal, r), r.status);
    return { naar: `/vernietiging/${id}/verklaring?ok=uitgevoerd` };
  }
  return fout({}, vertaal(taal, "bewaren:fout.onbekend"), 400);
}

// ------------------------------------------------------------------------------------------------ /vernietiging/:id/verklaring

export function verklaringPagina(id: string, url: URL) {
  const l = lijst(id);
  if (!l) return null;
  const r = l.lijst;
  if (!r.verklaring || !r.handtekening || !r.publieke_sleutel) return { ok: null, uitgevoerd: false as const, nummer: r.nummer, id: r.id };
  const v = JSON.parse(r.verklaring) as Verklaring;
  return {
    ok: okVan(url),
    uitgevoerd: true as const,
    id: r.id,
    nummer: r.nummer,
    verklaring: {
      ...v,
      vernietigd: v.vernietigd.map((i) => ({ ...i, vernietigingsdatum: dag(i.vernietigingsdatum) })),
      peildatum: dag(v.peildatum),
      goedgekeurd: r.goedgekeurd_op ?? 0,
    },
    tekst: r.verklaring,
    handtekening: r.handtekening,
    publiekeSleutel: r.publieke_sleutel,
    vingerafdruk: vingerafdruk(r.publieke_sleutel),
    controle: controleer(r.verklaring, r.handtekening, r.publieke_sleutel),
  };
}

/** The declaration as a JSON file (text, signature, key) for verification outside Afspraak. */
export function verklaringBestand(id: string): Response | null {
  const l = lijst(id);
  if (!l?.lijst.verklaring) return null;
  const body = JSON.stringify(
    { verklaring: l.lijst.verklaring, handtekening: l.lijst.handtekening, algoritme: "Ed25519", publiekeSleutel: l.lijst.publieke_sleutel },
    null,
    2,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="verklaring-van-vernietiging-${l.lijst.nummer}.json"`,
    },
  });
}

// ------------------------------------------------------------------------------------------------ /beheer/bewaartermijnen

export function termijnenPagina(url: URL) {
  return { ok: okVan(url), termijnen: bewaartermijnen(), klachten: klachtTermijnen() };
}

export type TermijnenAntwoord = { fouten: Fouten; melding: string | null; invoer: Record<string, string> };

export function termijnenActie(
  user: AppUser,
  invoer: Invoer,
  context: Context,
  taal: Taal = "nl",
): { naar: string } | { antwoord: TermijnenAntwoord; status: number } {
  const v = valideer(TermijnenSchema, invoer, taal);
  if (!v.ok) return { antwoord: { fouten: v.fouten, melding: null, invoer }, status: 400 };
  const d = v.data as Record<string, number | null>;
  const r = bewaarTermijnen(
    BEWAAR_SOORTEN.map((soort: BewaarSoort) => ({ soort, maanden: d[`maanden_${soort}`] ?? null, versie: d[`versie_${soort}`] ?? -1 })),
    user,
    origin(context),
  );
  if (!r.ok)
    return {
      antwoord: { fouten: {}, melding: vertaal(taal, "bewaren:fout.termijnenVerouderd"), invoer },
      status: 409,
    };
  return { naar: "/beheer/bewaartermijnen?ok=termijnen" };
}
