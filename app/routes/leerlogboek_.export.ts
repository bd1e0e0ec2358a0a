/** Download of the leerlogboek (same filters as the list): ?formaat=csv|xlsx. No names: the log is blameless. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesFormaat } from "~/platform/export/export.server";
import { exporteerLijst, geenFormaat } from "~/features/werklijsten/export.server";
import { EXPORT_LIMIET, type Tabel } from "~/platform/export/tabel";
import { leesLesFilter, lessenVoorExport, normenTekst } from "~/features/leerlogboek/leerlogboek.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const formaat = leesFormaat(url);
  if (!formaat) return geenFormaat();
  const filter = leesLesFilter(url.searchParams);
  const rijen = lessenVoorExport(filter, EXPORT_LIMIET + 1);
  const tabel: Tabel = {
    naam: "Leerlogboek",
    titel: "Leerlogboek",
    kolommen: [
      { sleutel: "nummer", kop: "Nummer" },
      { sleutel: "datum", kop: "Vastgelegd", soort: "datum" },
      { sleutel: "titel", kop: "Titel" },
      { sleutel: "watGebeurde", kop: "Wat gebeurde er" },
      { sleutel: "oorzaak", kop: "Oorzaak" },
      { sleutel: "normen", kop: "Behoorlijkheidsnormen" },
      { sleutel: "processtap", kop: "Processtap" },
      { sleutel: "les", kop: "Les" },
      { sleutel: "afdeling", kop: "Afdeling" },
      { sleutel: "klachten", kop: "Gekoppelde klachten", soort: "getal" },
      { sleutel: "afspraken", kop: "Gekoppelde te late afspraken", soort: "getal" },
      { sleutel: "complimenten", kop: "Gekoppelde complimenten", soort: "getal" },
      { sleutel: "acties", kop: "Verbeteracties", soort: "getal" },
    ],
    rijen: rijen.map((r) => ({
      nummer: r.nummer,
      datum: r.aangemaaktOp,
      titel: r.titel,
      watGebeurde: r.watGebeurde,
      oorzaak: r.oorzaak,
      normen: normenTekst(r.normen),
      processtap: r.processtapTekst,
      les: r.les,
      afdeling: r.afdeling ?? "Organisatiebreed",
      klachten: r.klachten,
      afspraken: r.afspraken,
      complimenten: r.complimenten,
      acties: r.acties,
    })),
  };
  return exporteerLijst({ user, context, lijst: "leerlogboek", formaat, bestandsnaam: "leerlogboek", tabellen: [tabel], filter: { ...filter }, objectType: "leerlogboek" });
}
