/**
 * The one place where an action reads its form body and validates it.
 *
 * - `leesFormulier(request, opties)` reads the body once. A body that is not a form (no or another
 *   Content-Type, JSON) is refused with 415, a broken body with 400, a body over the route's limit with 413 —
 *   each as a thrown `Response` with a Dutch text, which the route's error boundary shows with the request id.
 *   Nothing of a refused body reaches the feature.
 * - `invoerVan(formulier)` turns it into the plain record of strings the features' schemas validate
 *   (files are left out; a field sent twice keeps its last value, as `Object.fromEntries` did).
 * - `valideer(schema, invoer)` is the one place where a zod error becomes Dutch field errors (`Fouten`): it
 *   never throws, so no schema error can escape as a 500.
 *
 * Routes: `const invoer = invoerVan(await leesFormulier(request));` → one feature call with `invoer`.
 */
import { z } from "zod";
import type { Taal } from "../i18n/i18n";
import { vertaalFouten, vertaalMelding } from "../i18n/vertaal";

/** Field errors per field name (Dutch messages), as every form component shows them. */
export type Fouten = Record<string, string[] | undefined>;

/** A form's fields as strings, for the features' zod schemas. */
export type Invoer = Record<string, string>;

export interface LeesOpties {
  /** Largest accepted body in bytes (default 1 MiB; uploads set their own). */
  maxBytes?: number;
}

export const STANDAARD_MAX_BYTES = 1024 * 1024;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function weiger(status: 400 | 413 | 415, tekst: string): Response {
  return new Response(tekst, { status, statusText: STATUS_TEKST[status], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

const STATUS_TEKST = {
  400: "Formulier niet te lezen",
  413: "Formulier te groot",
  415: "Geen formulier",
} as const;

/** The media type of a request, lower case without parameters ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Reads the request body as a form, or throws a 400/413/415 `Response` with a Dutch explanation.
 */
export async function leesFormulier(request: Request, opties: LeesOpties = {}): Promise<FormData> {
  const max = opties.maxBytes ?? STANDAARD_MAX_BYTES;
  const type = mediaType(request);
  if (!FORM_TYPES.includes(type)) {
    throw weiger(415, "Dit verzoek bevat geen formulier. Gebruik het formulier op de pagina en verstuur het opnieuw.");
  }
  const lengte = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(lengte) && lengte > max) throw weiger(413, teGroot(max));
  let tekst: ArrayBuffer;
  try {
    tekst = await leesBegrensd(request, max);
  } catch (e) {
    if (e instanceof Response) throw e;
    throw weiger(400, "Het formulier kwam niet goed aan. Laad de pagina opnieuw en probeer het nog eens.");
  }
  try {
    // Parse the bytes we already hold (bounded), with the original Content-Type (it carries the boundary).
    return await new Response(tekst, { headers: { "Content-Type": request.headers.get("Content-Type") ?? type } }).formData();
  } catch {
    throw weiger(400, "Het formulier kwam niet goed aan. Laad de pagina opnieuw en probeer het nog eens.");
  }
}

function teGroot(max: number): string {
  const mb = max >= 1024 * 1024 ? `${Math.round((max / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(max / 1024)} kB`;
  return `Wat u verstuurde is te groot (hoogstens ${mb}). Maak het kleiner en probeer het opnieuw.`;
}

async function leesBegrensd(request: Request, max: number): Promise<ArrayBuffer> {
  if (!request.body) return new ArrayBuffer(0);
  const reader = request.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    totaal += value.byteLength;
    if (totaal > max) {
      await reader.cancel().catch(() => undefined);
      throw weiger(413, teGroot(max));
    }
    delen.push(value);
  }
  const uit = new Uint8Array(totaal);
  let pos = 0;
  for (const d of delen) {
    uit.set(d, pos);
    pos += d.byteLength;
  }
  return uit.buffer;
}

/** The text fields of a form as a plain record (files left out; the last value of a repeated field wins). */
export function invoerVan(formulier: FormData): Invoer {
  const uit: Invoer = Object.create(null);
  for (const [k, v] of formulier.entries()) {
    if (typeof v === "string") uit[k] = v;
  }
  return { ...uit };
}

/** All values of a repeated text field (checkbox groups, multi-selects). */
export function alleWaarden(formulier: FormData, naam: string): string[] {
  return formulier.getAll(naam).filter((v): v is string => typeof v === "string");
}

/** Reads and returns the text fields in one call: `await leesInvoer(request)`. */
export async function leesInvoer(request: Request, opties: LeesOpties = {}): Promise<Invoer> {
  return invoerVan(await leesFormulier(request, opties));
}

export type Validatie<T> = { ok: true; data: T } | { ok: false; fouten: Fouten };

/** Validates with a zod schema; Dutch field errors on failure, never a throw. */
export function valideer<S extends z.ZodType>(schema: S, invoer: unknown, taal: Taal = "nl"): Validatie<z.output<S>> {
  const r = schema.safeParse(invoer);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, fouten: veldFouten(r.error, taal) };
}

/**
 * A zod error as field errors in `taal` (Dutch unless asked): the schemas carry Dutch messages, or dictionary
 * keys ("afspraken:fout.vraag") that are worded here, so a key never reaches a person.
 */
export function veldFouten(err: z.ZodError, taal: Taal = "nl"): Fouten {
  const f = z.flattenError(err);
  const fouten = vertaalFouten({ ...(f.fieldErrors as Fouten) }, taal);
  if (f.formErrors.length) fouten._formulier = f.formErrors.map((m) => vertaalMelding(taal, m));
  return fouten;
}
