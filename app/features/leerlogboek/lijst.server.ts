/**
 * The leerlogboek list and its download: the same filter (`?zoek=&van=&tot=&afdeling=&norm=&processtap=`),
 * newest first. No names: the log is blameless.
 */
import { heeft, type AppUser } from "~/platform/auth/permissions.server";
import { EXPORT_LIMIET, type Tabel } from "~/platform/export/tabel";
import { keuzes, korteDatum, leesLesFilter, lessenVoorExport, normenTekst, zoekLessen } from "./leerlogboek.server";

export function lessenPagina(user: AppUser, zoek: URLSearchParams) {
  const r = zoekLessen(leesLesFilter(zoek), Number(zoek.get("pagina")) || 1);
  const k = keuzes();
  return {
    ...r,
    rijen: r.rijen.map((l) => ({ ...l, datum: korteDatum(l.aangemaaktOp) })),
    filter: Object.fromEntries(zoek.entries()) as Record<string, string>,
    afdelingen: k.afdelingen,
    normen: k.normen,
    processtappen: k.processtappen,
    magSchrijven: heeft(user, "regieteam"),
  };
}

/** The download's table (one row more than the cap, so the export can say it was cut off) and its filter. */
export function lessenExport(zoek: URLSearchParams): { tabel: Tabel; filter: Record<string, unknown> } {
  const filter = leesLesFilter(zoek);
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
  return { tabel, filter: { ...filter } };
}
