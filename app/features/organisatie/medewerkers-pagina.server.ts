/**
 * The pages /beheer/medewerkers (list), …/nieuw and …/:id: what their loaders show and what their actions do
 * with a posted form (intent dispatch, version check, result mapping). Routes only ask who is there, read the
 * form and call one function here.
 */
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import type { Taal } from "../../platform/i18n/i18n";
import { vertaal } from "../../platform/i18n/vertaal";
import { basisUrlVan, maakWachtwoordLink } from "../inloggen/wachtwoord.server";
import {
  actieveMedewerkers,
  leesMedewerkerFormulier,
  lijstTeams,
  maakMedewerker,
  medewerker,
  ROLLEN,
  teamKeuzes,
  wijzigMedewerker,
  zetMedewerkerActief,
  zoekMedewerkers,
  type Actor,
  type Fouten,
  type MedewerkerFormulier,
} from "./organisatie.server";

interface Verzoek {
  context: AppLoadContext;
  request: Request;
  /** the language of the answer's messages (Dutch by default) */
  taal?: Taal;
}

function nietGevonden(): Response {
  return new Response("Niet gevonden", { status: 404 });
}

// ——— the list ———————————————————————————————————————————————————————————————————

const FilterSchema = z.object({
  zoek: z.string().max(100).catch(""),
  team: z.coerce.number().int().positive().optional().catch(undefined),
  rol: z.enum(ROLLEN).optional().catch(undefined),
  actief: z.enum(["ja", "nee", "alle"]).catch("ja"),
  pagina: z.coerce.number().int().positive().catch(1),
});

/** The list filter from the URL, as the page and its export read it (an unusable value falls back). */
export function leesMedewerkerFilter(url: URL) {
  const q = Object.fromEntries(url.searchParams);
  const r = FilterSchema.safeParse({ zoek: q.zoek ?? "", team: q.team || undefined, rol: q.rol || undefined, actief: q.actief ?? "ja", pagina: q.pagina ?? 1 });
  const f = r.success ? r.data : { zoek: "", team: undefined, rol: undefined, actief: "ja" as const, pagina: 1 };
  return { ...f, zoekFilter: { zoek: f.zoek, teamId: f.team ?? null, rol: f.rol ?? null, actief: f.actief } };
}

export function medewerkersPagina(url: URL) {
  const f = leesMedewerkerFilter(url);
  const r = zoekMedewerkers({ ...f.zoekFilter, pagina: f.pagina });
  const filter = { zoek: f.zoek, team: f.team ? String(f.team) : "", rol: f.rol ?? "", actief: f.actief };
  return {
    filter,
    /** The filter as a query string, for the export buttons. */
    zoek: new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString(),
    ...r,
    teams: lijstTeams().map((t) => ({ id: t.id, naam: t.naam, actief: t.actief })),
    rollen: [...ROLLEN],
  };
}

// ——— a new medewerker ———————————————————————————————————————————————————————————————

export function nieuweMedewerkerPagina() {
  return { teams: teamKeuzes(), medewerkers: actieveMedewerkers(), rollen: [...ROLLEN] };
}

export interface NieuwAntwoord {
  fouten: Fouten;
  melding: string | null;
  ruw: MedewerkerFormulier;
  keuze: "link" | "wachtwoord";
  link: { url: string; verlooptOp: number } | null;
  id: string | null;
}

/**
 * Creates a medewerker with a first password or a one-time link. Without a link: where to go next. With a link
 * (shown exactly once, in this response; never put in a URL or stored) or on a refusal: the form's answer.
 * The password is never sent back; everything else the beheerder typed is.
 */
export async function maakMedewerkerVanFormulier(
  user: Actor,
  formulier: FormData,
  { context, request, taal = "nl" }: Verzoek,
): Promise<{ naar: string } | { antwoord: NieuwAntwoord; status: number }> {
  const { ruw, invoer } = leesMedewerkerFormulier(formulier);
  const keuze = formulier.get("wachtwoordKeuze") === "wachtwoord" ? "wachtwoord" : "link";
  const w = formulier.get("wachtwoord");
  const wachtwoord = typeof w === "string" ? w.slice(0, 300) : "";
  const r = await maakMedewerker(user, invoer, keuze === "wachtwoord" ? { soort: "wachtwoord", wachtwoord } : { soort: "link" }, {
    context,
    basisUrl: basisUrlVan(request),
    taal,
  });
  if (!r.ok) return { antwoord: { fouten: r.fouten, melding: r.melding, ruw, keuze, link: null, id: null }, status: r.status };
  if (r.link) return { antwoord: { fouten: {}, melding: null, ruw, keuze, link: { url: r.link.url, verlooptOp: r.link.verlooptOp }, id: r.id }, status: 200 };
  return { naar: `/beheer/medewerkers/${r.id}?aangemaakt=1` };
}

// ——— one medewerker ———————————————————————————————————————————————————————————————

/** The medewerker id from the URL, or a 404. */
export function medewerkerIdUitUrl(waarde: string | undefined): string {
  const id = waarde ?? "";
  if (!id || id.length > 100) throw nietGevonden();
  return id;
}

export function medewerkerPagina(user: Actor, id: string, url: URL) {
  const m = medewerker(id);
  if (!m) throw nietGevonden();
  return {
    medewerker: m,
    zelf: m.id === user.id,
    teams: teamKeuzes(m.teamId),
    medewerkers: actieveMedewerkers().filter((x) => x.id !== m.id),
    rollen: [...ROLLEN],
    melding: url.searchParams.get("aangemaakt") ? "aangemaakt" : url.searchParams.get("melding"),
  };
}

export interface MedewerkerAntwoord {
  intent: string;
  fouten: Fouten;
  melding: string | null;
  ruw: MedewerkerFormulier | null;
  link: { url: string; verlooptOp: number } | null;
}

const Versie = z.coerce.number().int().catch(-1);

/**
 * One form on the medewerker page (field `intent`: opslaan, deactiveren, activeren, resetlink), checked against
 * the version it was loaded with. A medewerker that is gone is a 404.
 */
export async function voerMedewerkerActieUit(
  user: Actor,
  id: string,
  formulier: FormData,
  { context, request, taal = "nl" }: Verzoek,
): Promise<{ naar: string } | { antwoord: MedewerkerAntwoord; status: number }> {
  const intent = String(formulier.get("intent") ?? "");
  const v = Versie.safeParse(formulier.get("versie"));
  const versie = v.success ? v.data : -1;
  const antwoord = (d: Partial<MedewerkerAntwoord>, status = 200) => ({
    antwoord: { intent, fouten: {}, melding: null, ruw: null, link: null, ...d },
    status,
  });

  if (intent === "opslaan") {
    const { ruw, invoer } = leesMedewerkerFormulier(formulier);
    const r = wijzigMedewerker(user, id, versie, invoer, context, taal);
    if (!r.ok) {
      if (r.status === 404) throw nietGevonden();
      return antwoord({ fouten: r.fouten, melding: r.melding, ruw }, r.status);
    }
    return { naar: `/beheer/medewerkers/${id}?melding=opgeslagen` };
  }
  if (intent === "deactiveren" || intent === "activeren") {
    const r = await zetMedewerkerActief(user, id, versie, intent === "activeren", context, taal);
    if (!r.ok) {
      if (r.status === 404) throw nietGevonden();
      return antwoord({ melding: r.melding ?? Object.values(r.fouten)[0]?.[0] ?? null }, r.status);
    }
    return { naar: `/beheer/medewerkers/${id}?melding=${intent === "activeren" ? "geactiveerd" : "gedeactiveerd"}` };
  }
  if (intent === "resetlink") {
    const link = maakWachtwoordLink(id, user, { context, basisUrl: basisUrlVan(request) });
    if (!link) {
      if (!medewerker(id)) throw nietGevonden();
      return antwoord({ melding: vertaal(taal, "beheer:mw.fout.linkInactief") }, 400);
    }
    return antwoord({ link: { url: link.url, verlooptOp: link.verlooptOp } });
  }
  return antwoord({ melding: vertaal(taal, "beheer:org.fout.onbekend") }, 400);
}
