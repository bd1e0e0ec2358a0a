/**
 * The API's operations (issue 16). Each one: authenticate + rate limit (clients.server.ts) → scope → body read
 * with leesJson → validated with the contract's schema (contract.server.ts) → the same feature function the
 * screens call (maakTerugbelafspraak, maakOverdracht, terugbelStap) → JSON, or a problem (RFC 9457). Every
 * call lands in the audit log with the client's name; the steps themselves are audited by the engine with the
 * client as actor. Only callbacks and handovers are reachable: coaching, complaints and every other kind of
 * commitment answer 404, whatever the scopes.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod";
import { getDatabase } from "../../../db/client";
import { origin, audit } from "../../platform/audit/audit.server";
import { logError } from "../../platform/web/log.server";
import { laadAfspraakRij, type AfspraakRij } from "../../platform/engine/runtime.server";
import { valideer, type Fouten } from "../../platform/web/formulier.server";
import { maakTerugbelafspraak, terugbelStap, statusNaamTerugbel, medewerkerInfo, teamNaam } from "../terugbellen/terugbel.server";
import { maakOverdracht, statusNaamOverdracht } from "../overdracht/overdracht.server";
import { authenticeer, clientActor, clientAlsGebruiker, teamsVan, vereisScope, weigerApi, SCOPE_LEZEN, SCOPE_SCHRIJVEN, teamScope, type ApiClient } from "./clients.server";
import { json, leesJson, probleem } from "./probleem.server";
import { NieuweOverdrachtApi, NieuwePogingApi, NieuweTerugbelApi, type AfspraakStatusApi } from "./contract.server";
import { formatRelatief } from "../../domain/kalender/format";
import { now } from "../../platform/clock";

/** The kinds of commitment the API may show; nothing else (coaching!) is reachable. */
export const API_SOORTEN = ["terugbelafspraak", "overdracht"] as const;
type ApiSoort = (typeof API_SOORTEN)[number];

type Afhandeling = (c: ApiClient, oorsprong: string | null) => Promise<Response> | Response;

/** Runs one API operation: authentication, rate limit, the handler, the audit line; never a stack trace. */
export async function apiAanroep(request: Request, context: AppLoadContext | undefined, operatie: string, handler: Afhandeling): Promise<Response> {
  const oorsprong = origin(context as { clientIp?: string; requestId?: string } | undefined);
  let c: ApiClient | null = null;
  let antwoord: Response;
  try {
    c = authenticeer(request, oorsprong);
    antwoord = await handler(c, oorsprong);
  } catch (e) {
    if (e instanceof Response) antwoord = e;
    else {
      logError("api-fout", e, { operatie });
      antwoord = probleem(500, "Er ging iets mis in Afspraak. Probeer het later opnieuw; blijft het misgaan, meld dan het request-id.");
    }
  }
  if (c) {
    audit({
      actor: clientActor(c),
      actie: `api.${operatie}`,
      objectType: "api",
      objectId: new URL(request.url).pathname,
      resultaat: antwoord.status < 400 ? "ok" : antwoord.status >= 500 ? "fout" : "geweigerd",
      oorsprong,
      details: { methode: request.method, status: antwoord.status },
    });
  }
  return antwoord;
}

export function alleenMethode(toegestaan: string): Response {
  return probleem(405, `Gebruik ${toegestaan} voor dit adres.`, { headers: { Allow: toegestaan } });
}

function vereisTeam(c: ApiClient, teamId: number, request: Request, oorsprong: string | null): void {
  if (!teamsVan(c).includes(teamId)) weigerApi(c, request, oorsprong, `Deze API-client mag niet werken voor team ${teamId} (scope ${teamScope(teamId)} ontbreekt).`, { teamId });
}

function validatieFout(fouten: Fouten): Response {
  return probleem(422, "Niet alle gegevens zijn goed ingevuld; zie per veld de melding.", { fouten });
}

function valideerApi<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const v = valideer(schema, body);
  if (!v.ok) throw validatieFout(v.fouten);
  return v.data;
}

/** The form's field names of a feature error mapped back onto the API's (ander/ontvanger → medewerker/team). */
function veldenTerug(fouten: Fouten, medewerker: boolean, keuzeVeld: string): Fouten {
  const uit: Fouten = {};
  for (const [k, v] of Object.entries(fouten)) {
    if (!v?.length) continue;
    const naar = k === keuzeVeld || k === "toewijzing" ? (medewerker ? "medewerker" : "team") : k;
    uit[naar] = [...(uit[naar] ?? []), ...v];
  }
  return uit;
}

/** Team and optional colleague → the screens' choice value "t:<id>" / "m:<id>", checked against the scope. */
function toewijzing(c: ApiClient, v: { team: number; medewerker?: string | undefined }, request: Request, oorsprong: string | null): string {
  vereisTeam(c, v.team, request, oorsprong);
  if (!teamNaam(v.team)) throw validatieFout({ team: ["Dit team bestaat niet."] });
  if (v.medewerker) {
    const m = medewerkerInfo(v.medewerker);
    if (!m || m.team_id !== v.team) throw validatieFout({ medewerker: ["Deze collega hoort niet (meer) bij dit team."] });
    return `m:${m.id}`;
  }
  return `t:${v.team}`;
}

const iso = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString());

function teamVanRij(rij: AfspraakRij): number | null {
  if (rij.team_id != null) return rij.team_id;
  return medewerkerInfo(rij.eigenaar_id)?.team_id ?? null;
}

export function statusVan(rij: AfspraakRij): z.infer<typeof AfspraakStatusApi> {
  const soort = rij.soort as ApiSoort;
  return {
    id: rij.id,
    soort,
    status: rij.status.replace(/^open\./, ""),
    statusTekst: soort === "terugbelafspraak" ? statusNaamTerugbel(rij.status) : statusNaamOverdracht(rij.status),
    open: !!rij.open,
    versie: rij.versie,
    teamId: teamVanRij(rij),
    termijnOp: iso(rij.termijn_op),
    termijnStatus: (rij.termijn_status as "op_tijd" | "bijna" | "te_laat" | null) ?? null,
    aangemaaktOp: iso(rij.aangemaakt_op)!,
    link: soort === "terugbelafspraak" ? `/terugbelafspraken/${rij.id}` : `/overdrachten/${rij.id}`,
  };
}

function aangemaakt(id: string): Response {
  const rij = laadAfspraakRij(id)!;
  return json({ ...statusVan(rij), termijnTekst: rij.termijn_op ? formatRelatief(rij.termijn_op, now()) : null }, 201, { Location: `/api/v1/afspraken/${id}` });
}

/** A commitment the client may see, or a 404/403 problem. */
function zichtbareAfspraak(c: ApiClient, id: string, request: Request, oorsprong: string | null, soort?: ApiSoort): AfspraakRij {
  const rij = laadAfspraakRij(id);
  const toegestaan = soort ? [soort] : API_SOORTEN;
  if (!rij || !(toegestaan as readonly string[]).includes(rij.soort)) throw probleem(404, "Deze afspraak bestaat niet (of is via de API niet te zien).");
  const team = teamVanRij(rij);
  if (team === null || !teamsVan(c).includes(team)) weigerApi(c, request, oorsprong, "Deze afspraak hoort bij een team waarvoor deze API-client geen scope heeft.", { afspraakId: id });
  return rij;
}

// ------------------------------------------------------------------------------------------------ operations

export async function apiMaakTerugbel(c: ApiClient, request: Request, oorsprong: string | null): Promise<Response> {
  vereisScope(c, SCOPE_SCHRIJVEN, request, oorsprong);
  const v = valideerApi(NieuweTerugbelApi, await leesJson(request));
  const ander = toewijzing(c, v, request, oorsprong);
  const form: Record<string, string> = {
    naam: v.naam,
    telefoon: v.telefoon,
    email: v.email,
    vraag: v.vraag,
    kanaal: v.kanaal,
    norm: v.norm,
    toewijzing: "ander",
    ander,
  };
  if (v.anoniem) form.anoniem = "on";
  const r = maakTerugbelafspraak(form, clientAlsGebruiker(c), oorsprong);
  if (!r.ok) {
    if (r.melding && !Object.keys(r.fouten).length) return probleem(409, r.melding);
    return validatieFout(veldenTerug(r.fouten, !!v.medewerker, "ander"));
  }
  return aangemaakt(r.id);
}

export async function apiMaakOverdracht(c: ApiClient, request: Request, oorsprong: string | null): Promise<Response> {
  vereisScope(c, SCOPE_SCHRIJVEN, request, oorsprong);
  const v = valideerApi(NieuweOverdrachtApi, await leesJson(request));
  const ontvanger = toewijzing(c, v, request, oorsprong);
  const form: Record<string, string> = { naam: v.naam, telefoon: v.telefoon, email: v.email, vraag: v.vraag, alGedaan: v.alGedaan, ontvanger };
  if (v.anoniem) form.anoniem = "on";
  const r = maakOverdracht(form, clientAlsGebruiker(c), oorsprong);
  if (!r.ok) {
    if (r.melding && !Object.keys(r.fouten).length) return probleem(409, r.melding);
    return validatieFout(veldenTerug(r.fouten, !!v.medewerker, "ontvanger"));
  }
  return aangemaakt(r.id);
}

export async function apiPoging(c: ApiClient, id: string, request: Request, oorsprong: string | null): Promise<Response> {
  vereisScope(c, SCOPE_SCHRIJVEN, request, oorsprong);
  const rij = zichtbareAfspraak(c, id, request, oorsprong, "terugbelafspraak");
  const v = valideerApi(NieuwePogingApi, await leesJson(request));
  // The API checked the team scope above; the step function's own visibility check gets werkinzage for it.
  const r = terugbelStap(id, v.versie ?? rij.versie, "poging", { uitkomst: v.uitkomst, notitie: v.notitie }, clientAlsGebruiker(c, true), oorsprong);
  if (!r.ok) {
    if (Object.keys(r.fouten).length) return validatieFout(r.fouten);
    return probleem(r.status === 404 ? 404 : 409, r.melding ?? "Deze stap kan nu niet.");
  }
  const na = laadAfspraakRij(id)!;
  const s = statusVan(na);
  return json({ id, versie: na.versie, status: s.status, statusTekst: s.statusTekst, melding: r.melding ?? "Poging vastgelegd." });
}

export function apiStatus(c: ApiClient, id: string, request: Request, oorsprong: string | null): Response {
  vereisScope(c, SCOPE_LEZEN, request, oorsprong);
  return json(statusVan(zichtbareAfspraak(c, id, request, oorsprong)));
}

export function apiTeamWerk(c: ApiClient, teamParam: string, request: Request, oorsprong: string | null): Response {
  vereisScope(c, SCOPE_LEZEN, request, oorsprong);
  const teamId = Number(teamParam);
  if (!Number.isInteger(teamId) || teamId <= 0) throw probleem(404, "Dit team bestaat niet.");
  vereisTeam(c, teamId, request, oorsprong);
  const naam = teamNaam(teamId);
  if (!naam) throw probleem(404, "Dit team bestaat niet.");
  const { sqlite } = getDatabase();
  const rijen = sqlite
    .prepare(
      `SELECT * FROM afspraken WHERE open = 1 AND soort IN ('terugbelafspraak', 'overdracht')
         AND (team_id = @t OR (team_id IS NULL AND eigenaar_id IN (SELECT id FROM medewerkers WHERE team_id = @t)))
       ORDER BY termijn_op IS NULL, termijn_op, aangemaakt_op LIMIT 500`,
    )
    .all({ t: teamId }) as AfspraakRij[];
  return json({ team: { id: teamId, naam }, items: rijen.map((r) => ({ ...statusVan(r), titel: r.titel })) });
}
