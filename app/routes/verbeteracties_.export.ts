/** Download of the verbeteracties this user may see (same filters as the list): ?formaat=csv|xlsx. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { exporteerLijst, geenFormaat } from "~/features/werklijsten/export.server";
import { EXPORT_LIMIET, type Tabel } from "~/platform/export/tabel";
import { leesActieFilter, zoekVerbeteracties } from "~/features/verbeteracties/verbeteracties.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) return geenFormaat();
  const filter = leesActieFilter(url.searchParams);
  const rijen = zoekVerbeteracties(user, filter, EXPORT_LIMIET + 1);
  const tabel: Tabel = {
    naam: "Verbeteracties",
    titel: "Verbeteracties",
    kolommen: [
      { sleutel: "nummer", kop: "Nummer" },
      { sleutel: "titel", kop: "Titel" },
      { sleutel: "status", kop: "Status" },
      { sleutel: "deadline", kop: "Uiterlijk", soort: "datumtijd" },
      { sleutel: "teLaat", kop: "Nu te laat" },
      { sleutel: "opTijd", kop: "Op tijd gerealiseerd" },
      { sleutel: "effect", kop: "Effect" },
      { sleutel: "eigenaar", kop: "Eigenaar" },
      { sleutel: "afdeling", kop: "Afdeling" },
      { sleutel: "les", kop: "Les" },
    ],
    rijen: rijen.map((r) => ({
      nummer: r.nummer,
      titel: r.titel,
      status: r.statusTekst,
      deadline: r.termijnOp,
      teLaat: r.teLaat,
      opTijd: r.opTijd,
      effect: r.effect,
      eigenaar: r.eigenaarNaam,
      afdeling: r.afdeling ?? "Organisatiebreed",
      les: r.lesNummer,
    })),
  };
  return exporteerLijst({ user, context, lijst: "verbeteracties", formaat, bestandsnaam: "verbeteracties", tabellen: [tabel], filter: { ...filter }, objectType: "verbeteractie" });
}
