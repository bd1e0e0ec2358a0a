/** Download of the verbeteracties this user may see (same filters as the list): ?formaat=csv|xlsx. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/server/permissions.server";
import { audit, origin } from "~/server/audit.server";
import { exportAntwoord, leesFormaat } from "~/server/export/export.server";
import type { Tabel } from "~/server/export/tabel";
import { leesActieFilter, zoekVerbeteracties } from "~/server/verbeteracties.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) throw new Response("Kies formaat=csv of formaat=xlsx.", { status: 400 });
  const filter = leesActieFilter(url.searchParams);
  const rijen = zoekVerbeteracties(user, filter, 50_000);
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
  audit({
    actor: user,
    actie: "export.verbeteracties",
    objectType: "verbeteractie",
    resultaat: "ok",
    oorsprong: origin(context),
    details: { formaat, rijen: tabel.rijen.length, filter },
  });
  return exportAntwoord(formaat, "verbeteracties", [tabel]);
}
