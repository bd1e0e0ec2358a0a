/**
 * The audit page /beheer/audit and its export: the filter from the URL (one reader for both), the rows as the
 * page shows them, and the CSV/XLSX of the same query. Routes only ask who is there and call one function here.
 */
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import type { AppUser } from "../../platform/auth/permissions.server";
import { leesFormaat } from "../../platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat } from "../../platform/export/lijst.server";
import { alleMedewerkers } from "../organisatie/organisatie.server";
import type { Taal } from "../../platform/i18n/i18n";
import { actieOmschrijving, bekijkAudit, RESULTAAT_TEKST, RESULTATEN, resultaatTekst, zoekAudit, type AuditRij } from "./zoeken.server";

const Datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const FilterSchema = z.object({
  van: Datum,
  tot: Datum,
  actor: z.string().max(100).optional().catch(undefined),
  actie: z.string().max(100).optional().catch(undefined),
  objectType: z.string().max(100).optional().catch(undefined),
  objectId: z.string().max(200).optional().catch(undefined),
  resultaat: z.enum(RESULTATEN).optional().catch(undefined),
  na: z
    .string()
    .regex(/^\d+:\d+$/)
    .optional()
    .catch(undefined),
});

/** The audit filter from the URL, as the page and its export read it (an unusable value is left out). */
export function leesAuditFilter(url: URL) {
  const q = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""));
  const r = FilterSchema.safeParse(q);
  const f: z.output<typeof FilterSchema> = r.success ? r.data : {};
  return {
    f,
    filter: { van: f.van, tot: f.tot, actorId: f.actor, actie: f.actie, objectType: f.objectType, objectId: f.objectId, resultaat: f.resultaat },
  };
}

/** One page of the audit log (this read is itself audited), with the filter as the form shows it. */
export function auditPagina(user: AppUser, url: URL, context: AppLoadContext | undefined, taal: Taal = "nl") {
  const { f, filter: auditFilter } = leesAuditFilter(url);
  const r = bekijkAudit(user, { ...auditFilter, na: f.na }, context);
  const filter = {
    van: f.van ?? "",
    tot: f.tot ?? "",
    actor: f.actor ?? "",
    actie: f.actie ?? "",
    objectType: f.objectType ?? "",
    objectId: f.objectId ?? "",
    resultaat: f.resultaat ?? "",
  };
  return {
    filter,
    /** The filter as a query string, for the export buttons and the paging links. */
    zoek: new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString(),
    vervolg: !!f.na,
    rijen: r.rijen.map((x) => ({
      ...x,
      actieTekst: actieOmschrijving(x.actie, taal),
      resultaatTekst: resultaatTekst(x.resultaat, taal),
      tijd: new Date(x.op).toLocaleString(taal === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "medium", timeStyle: "medium" }),
      details: x.details ? Object.entries(x.details).map(([k, v]) => ({ k, v: typeof v === "string" ? v : JSON.stringify(v) })) : [],
    })),
    volgende: r.volgende,
    medewerkers: alleMedewerkers(),
    resultaten: RESULTATEN.map((value) => ({ value, label: resultaatTekst(value, taal) })),
  };
}

export type AuditRegel = ReturnType<typeof auditPagina>["rijen"][number];

/** CSV or XLSX (?formaat=) of the audit log with the page's filter, page by page (keyset on op/id). */
export async function exporteerAudit(user: AppUser, context: AppLoadContext | undefined, url: URL): Promise<Response> {
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  const { filter } = leesAuditFilter(url);
  const rijen: AuditRij[] = [];
  let na: string | null = null;
  do {
    const r = zoekAudit({ ...filter, na });
    rijen.push(...r.rijen);
    na = r.volgende;
  } while (na && rijen.length <= EXPORT_LIMIET);
  return exporteerLijst({
    user,
    context,
    lijst: "audit",
    objectType: "audit_log",
    formaat,
    bestandsnaam: "auditlog",
    filter,
    tabellen: [
      {
        naam: "Auditlog",
        titel: "Auditlog",
        kolommen: [
          { sleutel: "op", kop: "Tijdstip", soort: "datumtijd" },
          { sleutel: "actor", kop: "Wie" },
          { sleutel: "actie", kop: "Actie" },
          { sleutel: "actieCode", kop: "Actiecode" },
          { sleutel: "objectType", kop: "Objectsoort" },
          { sleutel: "objectId", kop: "Object" },
          { sleutel: "resultaat", kop: "Resultaat" },
          { sleutel: "details", kop: "Details" },
          { sleutel: "oorsprong", kop: "Oorsprong" },
        ],
        rijen: rijen.map((r) => ({
          op: r.op,
          actor: r.actorNaam ?? "Systeem",
          actie: actieOmschrijving(r.actie),
          actieCode: r.actie,
          objectType: r.objectType,
          objectId: r.objectId,
          resultaat: RESULTAAT_TEKST[r.resultaat],
          details: r.details ? JSON.stringify(r.details) : null,
          oorsprong: r.oorsprong,
        })),
      },
    ],
  });
}
