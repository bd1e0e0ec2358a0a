/**
 * The API's contract, in one place (decision 010): the request schemas are built from the very zod field schemas
 * the screens' forms use (NieuweTerugbelSchema, NieuweOverdrachtSchema, the attempt's outcomes), the handlers
 * validate with these schemas, and the OpenAPI 3.1 document at /api/v1/openapi.json is generated from them with
 * @asteasolutions/zod-to-openapi. tests/integration/api/contract.test.ts checks every handler's answers against
 * the generated document, so the two cannot drift apart.
 */
import { z } from "zod";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { NieuweTerugbelSchema, UITKOMSTEN } from "../terugbellen/terugbel.server";
import { NieuweOverdrachtSchema } from "../overdracht/overdracht.server";

const t = NieuweTerugbelSchema.shape;
const o = NieuweOverdrachtSchema.shape;

const teamVeld = z
  .number({ error: "Geef het nummer (id) van het team, bijvoorbeeld 3." })
  .int("Geef het nummer (id) van het team, bijvoorbeeld 3.")
  .positive("Geef het nummer (id) van het team, bijvoorbeeld 3.")
  .meta({ description: "Het team dat de afspraak nakomt (id). De client heeft de scope team:<id> nodig.", example: 1 });
const medewerkerVeld = z
  .string({ error: "Geef de id van een collega in dit team, of laat het veld weg." })
  .trim()
  .max(100, "Gebruik hoogstens 100 tekens.")
  .optional()
  .meta({ description: "Optioneel: de collega in dat team die de afspraak nakomt (id). Zonder: de wachtrij van het team." });
const anoniemVeld = z
  .boolean({ error: "Gebruik true of false." })
  .optional()
  .meta({ description: "true: de inwoner blijft anoniem (dan mag naam leeg zijn)." });

export const NieuweTerugbelApi = z
  .object({
    naam: t.naam.meta({ description: "Naam van de inwoner (of anoniem: true).", example: "Els de Wit" }),
    anoniem: anoniemVeld,
    telefoon: t.telefoon.meta({ description: "Het nummer waarop de inwoner teruggebeld wil worden.", example: "06 12345678" }),
    email: t.email.meta({ description: "Optioneel e-mailadres van de inwoner.", example: "els@example.nl" }),
    vraag: t.vraag.meta({ description: "De vraag van de inwoner.", example: "Wanneer is mijn paspoort klaar?" }),
    kanaal: t.kanaal.meta({ description: "Het kanaal waarlangs de vraag binnenkwam." }),
    norm: t.norm.meta({ description: "De norm uit het handvest (standaard TERUGBELLEN); bepaalt het uiterste moment." }),
    team: teamVeld,
    medewerker: medewerkerVeld,
  })
  .meta({ id: "NieuweTerugbelafspraak", description: "Een terugbelafspraak: dezelfde velden en controles als het scherm ‘Nieuwe terugbelafspraak’." });

export const NieuweOverdrachtApi = z
  .object({
    naam: o.naam.meta({ description: "Naam van de inwoner (of anoniem: true).", example: "Els de Wit" }),
    anoniem: anoniemVeld,
    telefoon: o.telefoon.meta({ description: "Telefoonnummer (telefoon of e-mail is nodig).", example: "06 12345678" }),
    email: o.email.meta({ description: "E-mailadres (telefoon of e-mail is nodig)." }),
    vraag: o.vraag.meta({ description: "De vraag van de inwoner." }),
    alGedaan: o.alGedaan.meta({ description: "Wat er al gezegd en gedaan is, zodat de inwoner het niet opnieuw hoeft te vertellen." }),
    team: teamVeld.meta({ description: "Het team dat de vraag overneemt (id). De client heeft de scope team:<id> nodig.", example: 1 }),
    medewerker: medewerkerVeld,
  })
  .meta({ id: "NieuweOverdracht", description: "Een warme overdracht: dezelfde velden en controles als het scherm ‘Warme overdracht’." });

export const NieuwePogingApi = z
  .object({
    uitkomst: z.enum(UITKOMSTEN, { error: "Kies de uitkomst van de poging: " + UITKOMSTEN.join(", ") + "." }).meta({ description: "De uitkomst van de belpoging." }),
    notitie: z.string({ error: "Gebruik tekst." }).trim().max(2000, "Gebruik hoogstens 2000 tekens.").optional().default("").meta({ description: "Optionele notitie." }),
    versie: z
      .number({ error: "Geef de versie als geheel getal." })
      .int("Geef de versie als geheel getal.")
      .positive("Geef de versie als geheel getal.")
      .optional()
      .meta({ description: "De versie die u las (GET /afspraken/{id}); een verouderde versie geeft 409. Zonder: de huidige." }),
  })
  .meta({ id: "NieuwePoging", description: "Een belpoging bij een terugbelafspraak." });

const instant = z.string().meta({ format: "date-time", example: "2026-12-02T16:00:00.000Z" });

export const AfspraakStatusApi = z
  .object({
    id: z.string(),
    soort: z.enum(["terugbelafspraak", "overdracht"]),
    status: z.string().meta({ description: "De toestand van de afspraak (machinenaam)." }),
    statusTekst: z.string().meta({ description: "De toestand in gewone taal." }),
    open: z.boolean(),
    versie: z.number().int(),
    teamId: z.number().int().nullable(),
    termijnOp: instant.nullable().meta({ description: "Het uiterste moment volgens het handvest (null als er geen termijn loopt)." }),
    termijnStatus: z.enum(["op_tijd", "bijna", "te_laat"]).nullable(),
    aangemaaktOp: instant,
    link: z.string().meta({ description: "De pagina in Afspraak." }),
  })
  .meta({ id: "AfspraakStatus", description: "De openbare status van één afspraak (zonder persoonsgegevens)." });

export const AangemaaktApi = AfspraakStatusApi.extend({
  termijnTekst: z.string().nullable().meta({ description: "Het uiterste moment in gewone taal." }),
}).meta({ id: "AfspraakAangemaakt" });

export const TeamWerkApi = z
  .object({
    team: z.object({ id: z.number().int(), naam: z.string() }),
    items: z.array(AfspraakStatusApi.extend({ titel: z.string() }).meta({ id: "WerkItem" })),
  })
  .meta({ id: "TeamWerk", description: "Het open werk van een team (terugbelafspraken en overdrachten), vroegste termijn eerst." });

export const PogingResultaatApi = z
  .object({ id: z.string(), versie: z.number().int(), status: z.string(), statusTekst: z.string(), melding: z.string() })
  .meta({ id: "PogingVastgelegd" });

export const ProbleemApi = z
  .object({
    type: z.string().meta({ format: "uri" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    fouten: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per veld de Nederlandse melding(en)." }),
  })
  .meta({ id: "Probleem", description: "Foutmelding volgens RFC 9457 (application/problem+json)." });

export const WebhookBerichtApi = z
  .object({
    id: z.string().meta({ description: "De event-id: uniek en stabiel, ook bij een herhaalde aflevering." }),
    type: z.literal("afspraak.gewijzigd"),
    op: instant,
    afspraak: AfspraakStatusApi.pick({ id: true, soort: true, status: true, teamId: true }),
    gebeurtenis: z.string().meta({ description: "Wat er gebeurde, bijvoorbeeld AANGEMAAKT, POGING, AFRONDEN." }),
  })
  .meta({ id: "WebhookBericht" });

const probleemAntwoord = (beschrijving: string) => ({ description: beschrijving, content: { "application/problem+json": { schema: ProbleemApi } } });
const jsonAntwoord = (beschrijving: string, schema: z.ZodType) => ({ description: beschrijving, content: { "application/json": { schema } } });
const standaardFouten = {
  401: probleemAntwoord("Geen, een onbekend of een ingetrokken token."),
  403: probleemAntwoord("De client mist de scope voor deze handeling of dit team."),
  429: probleemAntwoord("De limiet van de client per minuut is bereikt (zie Retry-After)."),
};
const schrijfFouten = {
  ...standaardFouten,
  400: probleemAntwoord("De JSON is niet te lezen."),
  413: probleemAntwoord("Het verzoek is groter dan 64 kB."),
  415: probleemAntwoord("Het verzoek is geen JSON."),
  422: probleemAntwoord("Ongeldige invoer; per veld de Nederlandse melding in ‘fouten’."),
};
const idParam = z.object({ id: z.string().meta({ description: "De id van de afspraak." }) });

/** Operations: method, path (OpenAPI style) and the route module that serves it. */
export const OPERATIES = [
  { operationId: "maakTerugbelafspraak", method: "post", pad: "/terugbelafspraken", route: "api.v1.terugbelafspraken" },
  { operationId: "legPogingVast", method: "post", pad: "/terugbelafspraken/{id}/pogingen", route: "api.v1.terugbelafspraken.$id.pogingen" },
  { operationId: "maakOverdracht", method: "post", pad: "/overdrachten", route: "api.v1.overdrachten" },
  { operationId: "afspraakStatus", method: "get", pad: "/afspraken/{id}", route: "api.v1.afspraken.$id" },
  { operationId: "teamWerk", method: "get", pad: "/teams/{id}/werk", route: "api.v1.teams.$id.werk" },
] as const;

function registry(): OpenAPIRegistry {
  const r = new OpenAPIRegistry();
  r.registerComponent("securitySchemes", "token", {
    type: "http",
    scheme: "bearer",
    description: "Een API-token van de beheerder (Beheer → API-clients): afs_<id>_<geheim>.",
  });
  const sec = [{ token: [] as string[] }];
  r.registerPath({
    operationId: "maakTerugbelafspraak",
    method: "post",
    path: "/terugbelafspraken",
    summary: "Leg een terugbelafspraak vast",
    description: "Dezelfde controles, hetzelfde uiterste moment uit het handvest en dezelfde workflow als het scherm. Scopes: afspraken:schrijven en team:<team>.",
    security: sec,
    request: { body: { required: true, content: { "application/json": { schema: NieuweTerugbelApi } } } },
    responses: { 201: jsonAntwoord("Vastgelegd.", AangemaaktApi), ...schrijfFouten },
  });
  r.registerPath({
    operationId: "legPogingVast",
    method: "post",
    path: "/terugbelafspraken/{id}/pogingen",
    summary: "Leg een belpoging vast",
    description: "Scopes: afspraken:schrijven en team:<team van de afspraak>.",
    security: sec,
    request: { params: idParam, body: { required: true, content: { "application/json": { schema: NieuwePogingApi } } } },
    responses: {
      200: jsonAntwoord("Vastgelegd.", PogingResultaatApi),
      ...schrijfFouten,
      404: probleemAntwoord("Deze terugbelafspraak bestaat niet."),
      409: probleemAntwoord("De versie is verouderd, of de stap past niet bij de toestand (de melding zegt waarom)."),
    },
  });
  r.registerPath({
    operationId: "maakOverdracht",
    method: "post",
    path: "/overdrachten",
    summary: "Leg een warme overdracht vast",
    description: "Scopes: afspraken:schrijven en team:<team>.",
    security: sec,
    request: { body: { required: true, content: { "application/json": { schema: NieuweOverdrachtApi } } } },
    responses: { 201: jsonAntwoord("Vastgelegd.", AangemaaktApi), ...schrijfFouten },
  });
  r.registerPath({
    operationId: "afspraakStatus",
    method: "get",
    path: "/afspraken/{id}",
    summary: "De openbare status van één afspraak",
    description: "Scopes: afspraken:lezen en team:<team van de afspraak>. Alleen terugbelafspraken en overdrachten.",
    security: sec,
    request: { params: idParam },
    responses: { 200: jsonAntwoord("De status.", AfspraakStatusApi), ...standaardFouten, 404: probleemAntwoord("Deze afspraak bestaat niet.") },
  });
  r.registerPath({
    operationId: "teamWerk",
    method: "get",
    path: "/teams/{id}/werk",
    summary: "Het open werk van een team",
    description: "Scopes: afspraken:lezen en team:<id>.",
    security: sec,
    request: { params: z.object({ id: z.string().meta({ description: "De id van het team." }) }) },
    responses: { 200: jsonAntwoord("Het open werk.", TeamWerkApi), ...standaardFouten, 404: probleemAntwoord("Dit team bestaat niet.") },
  });
  r.registerWebhook({
    method: "post",
    path: "afspraak.gewijzigd",
    summary: "Een afspraak in de teams van de client is veranderd",
    description:
      "POST naar de webhook-URL van de client. Headers: Afspraak-Event-Id (dezelfde id bij elke herhaling: verwerk elke id één keer) en " +
      "Afspraak-Signature: t=<unix-seconden>,v1=<hex HMAC-SHA256 met het webhookgeheim over `<t>.<body>`>. " +
      "Antwoord met 2xx; anders volgen herhalingen met toenemende wachttijd (30 s, 1 min, 2 min, … tot 1 uur, 10 pogingen).",
    request: { body: { content: { "application/json": { schema: WebhookBerichtApi } } } },
    responses: { 200: { description: "Ontvangen." } },
  });
  return r;
}

let cache: unknown = null;

/** The OpenAPI 3.1 document (generated once per process). */
export function apiDocument(): Record<string, unknown> {
  cache ??= new OpenApiGeneratorV31(registry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Afspraak API",
      version: "1.0.0",
      description:
        "De API van Afspraak: terugbelafspraken en overdrachten vastleggen, hun status lezen, het open werk van een team en belpogingen. " +
        "Fouten volgen RFC 9457 (application/problem+json) met per veld een Nederlandse melding.",
    },
    servers: [{ url: "/api/v1" }],
  });
  return cache as Record<string, unknown>;
}
