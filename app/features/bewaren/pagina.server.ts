/**
 * The pages of retention and destruction: /vernietiging (lists), /vernietiging/:id (review, hold back, approve),
 * /vernietiging/:id/verklaring (the signed declaration) and /beheer/bewaartermijnen (the terms). Each loader's data
 * and each action's result in one call; the routes only check the permission and read the form.
 */
import type { AppLoadContext } from "@remix-run/node";
import { origin } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { formatDatumTijd } from "../../domain/kalender/format";
import { nlDatum } from "../../../workflows/klacht/recht";
import { AanhoudenSchema, GoedkeurenSchema, TermijnenSchema, WeerVoorstellenSchema } from "./formulieren";
import { eerderAangehouden, houdAan, keurGoed, lijst, lijsten, maxPerLijst, stelLijstOp, stelWeerVoor, SOORT_TEKST, type Verklaring } from "./vernietiging.server";
import { controleer, vingerafdruk } from "./handtekening.server";
import { BEWAAR_SOORTEN, bewaarTermijnen, bewaartermijnen, klachtTermijnen, type BewaarSoort } from "./termijnen.server";

type Context = AppLoadContext | undefined;

const OK = {
  opgesteld: "De vernietigingslijst is opgesteld. Beoordeel de onderdelen en keur de lijst goed.",
  aangehouden: "Het onderdeel wordt aangehouden en niet vernietigd.",
  voorgesteld: "Het onderdeel is weer voorgesteld voor vernietiging.",
  uitgevoerd: "De lijst is goedgekeurd en uitgevoerd. De verklaring van vernietiging is opgeslagen.",
  termijnen: "De bewaartermijnen zijn opgeslagen.",
} as const;

function okVan(url: URL): string | null {
  const ok = url.searchParams.get("ok");
  return ok && ok in OK ? OK[ok as keyof typeof OK] : null;
}

function datum(t: number | null): string | null {
  return t == null ? null : formatDatumTijd(t);
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
      aanleiding: l.maand ? `Maandelijks (${l.maand})` : "Op verzoek",
      peildatum: nlDatum(l.peildatum),
      status: l.status === "ter_beoordeling" ? "Ter beoordeling" : "Uitgevoerd",
      uitgevoerd: l.status === "uitgevoerd",
      opgesteld: datum(l.aangemaakt_op),
      goedgekeurd: datum(l.goedgekeurd_op),
      goedgekeurdDoor: l.goedgekeurd_door_naam,
      voorgesteld: l.voorgesteld,
      aangehouden: l.aangehouden,
      vernietigd: l.vernietigd,
    })),
  };
}

export type OverzichtAntwoord = { melding: string; lijstId?: string };

export function overzichtActie(user: AppUser, _invoer: Invoer, context: Context): { naar: string } | { antwoord: OverzichtAntwoord; status: number } {
  const r = stelLijstOp(user, origin(context));
  if (r.ok) return { naar: `/vernietiging/${r.id}?ok=opgesteld${r.wachtend ? `&wachtend=${r.wachtend}` : ""}` };
  return { antwoord: { melding: r.melding, lijstId: r.reden === "open_lijst" ? r.id : undefined }, status: r.reden === "open_lijst" ? 409 : 200 };
}

// ------------------------------------------------------------------------------------------------ /vernietiging/:id

export function lijstPagina(id: string, url: URL) {
  const l = lijst(id);
  if (!l) return null;
  const eerder = eerderAangehouden(id);
  const wachtend = Number(url.searchParams.get("wachtend"));
  return {
    ok: okVan(url),
    wachtend:
      Number.isInteger(wachtend) && wachtend > 0
        ? `Er zijn nog ${wachtend} onderdelen over hun bewaartermijn. Een lijst bevat er hoogstens ${maxPerLijst()} (de oudste eerst); stel na deze lijst een volgende op.`
        : null,
    lijst: {
      id: l.lijst.id,
      nummer: l.lijst.nummer,
      peildatum: nlDatum(l.lijst.peildatum),
      status: l.lijst.status,
      versie: l.lijst.versie,
      opgesteld: datum(l.lijst.aangemaakt_op),
      aanleiding: l.lijst.maand ? `Maandelijks (${l.lijst.maand})` : "Op verzoek",
      goedgekeurd: datum(l.lijst.goedgekeurd_op),
      goedgekeurdDoor: l.lijst.goedgekeurd_door_naam,
    },
    items: l.items.map((i) => ({
      id: i.id,
      soort: SOORT_TEKST[i.soort] ?? i.soort,
      kenmerk: i.kenmerk,
      grondslag: i.grondslag,
      afgesloten: i.afgesloten_op == null ? null : datum(i.afgesloten_op),
      vernietigingsdatum: nlDatum(i.vernietigingsdatum),
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

export function lijstActie(id: string, user: AppUser, invoer: Invoer, context: Context): { naar: string } | { antwoord: LijstAntwoord; status: number } {
  const intent = invoer.intent ?? "";
  const fout = (fouten: Fouten, melding: string | null, status = 400, item?: number) => ({
    antwoord: { intent, item, fouten, melding, invoer },
    status,
  });
  const oorsprong = origin(context);
  if (intent === "aanhouden") {
    const v = valideer(AanhoudenSchema, invoer);
    if (!v.ok) return fout(v.fouten, null, 400, Number(invoer.item) || undefined);
    const r = houdAan(id, v.data.item, v.data.versie, v.data.reden, v.data.toelichting || null, user, oorsprong);
    if (!r.ok) return fout({}, r.melding, r.status, v.data.item);
    return { naar: `/vernietiging/${id}?ok=aangehouden` };
  }
  if (intent === "weer_voorstellen") {
    const v = valideer(WeerVoorstellenSchema, invoer);
    if (!v.ok) return fout(v.fouten, null, 400, Number(invoer.item) || undefined);
    const r = stelWeerVoor(id, v.data.item, v.data.versie, user, oorsprong);
    if (!r.ok) return fout({}, r.melding, r.status, v.data.item);
    return { naar: `/vernietiging/${id}?ok=voorgesteld` };
  }
  if (intent === "goedkeuren") {
    const v = valideer(GoedkeurenSchema, invoer);
    if (!v.ok) return fout(v.fouten, null);
    const r = keurGoed(id, v.data.versie, user, oorsprong);
    if (!r.ok) return fout({}, r.melding, r.status);
    return { naar: `/vernietiging/${id}/verklaring?ok=uitgevoerd` };
  }
  return fout({}, "Onbekende handeling. Laad de pagina opnieuw.", 400);
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
      vernietigd: v.vernietigd.map((i) => ({ ...i, soort: SOORT_TEKST[i.soort as keyof typeof SOORT_TEKST] ?? i.soort, vernietigingsdatum: nlDatum(i.vernietigingsdatum) })),
      aangehouden: v.aangehouden.map((i) => ({ ...i, soort: SOORT_TEKST[i.soort as keyof typeof SOORT_TEKST] ?? i.soort })),
      peildatum: nlDatum(v.peildatum),
      goedgekeurd: r.goedgekeurd_op == null ? "" : formatDatumTijd(r.goedgekeurd_op),
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

export function termijnenActie(user: AppUser, invoer: Invoer, context: Context): { naar: string } | { antwoord: TermijnenAntwoord; status: number } {
  const v = valideer(TermijnenSchema, invoer);
  if (!v.ok) return { antwoord: { fouten: v.fouten, melding: null, invoer }, status: 400 };
  const d = v.data as Record<string, number | null>;
  const r = bewaarTermijnen(
    BEWAAR_SOORTEN.map((soort: BewaarSoort) => ({ soort, maanden: d[`maanden_${soort}`] ?? null, versie: d[`versie_${soort}`] ?? -1 })),
    user,
    origin(context),
  );
  if (!r.ok)
    return {
      antwoord: { fouten: {}, melding: "Iemand anders heeft de bewaartermijnen intussen gewijzigd. Bekijk de nieuwe waarden en sla opnieuw op.", invoer },
      status: 409,
    };
  return { naar: "/beheer/bewaartermijnen?ok=termijnen" };
}
