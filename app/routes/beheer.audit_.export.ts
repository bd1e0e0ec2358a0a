/** Export van het auditlog met de filters van /beheer/audit (?van=&tot=&actor=&actie=&…&formaat=csv|xlsx). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { actieOmschrijving, RESULTAAT_TEKST, zoekAudit, type AuditRij } from "~/features/audit/zoeken.server";
import { leesFormaat } from "~/platform/export/export.server";
import { EXPORT_LIMIET, exporteerLijst, geenFormaat } from "~/features/werklijsten/export.server";
import { leesAuditFilter } from "./beheer.audit";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "audit");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw geenFormaat();
  const { filter } = leesAuditFilter(url);
  // The page's own query, page by page (keyset on op/id, so every page is as cheap as the first).
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
