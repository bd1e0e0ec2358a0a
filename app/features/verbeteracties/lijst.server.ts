/**
 * The list of improvement actions and its download: the same filter (`?status=&afdeling=&eigenaar=&norm=&telaat=`)
 * and the same rows this user may see (regieteam all; an owner their own; a teamleider those of their people).
 */
import { heeft, type AppUser } from "~/platform/auth/permissions.server";
import { EXPORT_LIMIET, type Tabel } from "~/platform/export/tabel";
import { afdelingKeuzes, eigenaarKeuzes, leesActieFilter, VERBETERACTIE_STATUS_TEKST, zoekVerbeteracties, type ActieRij } from "./verbeteracties.server";

export function actiesLijstPagina(user: AppUser, zoek: URLSearchParams) {
  const regieteam = heeft(user, "regieteam");
  return {
    rijen: zoekVerbeteracties(user, leesActieFilter(zoek)),
    regieteam,
    filter: Object.fromEntries(zoek.entries()) as Record<string, string>,
    afdelingen: afdelingKeuzes(),
    eigenaren: regieteam ? eigenaarKeuzes() : [],
    statussen: Object.entries(VERBETERACTIE_STATUS_TEKST),
  };
}

/** The download's table (one row more than the cap, so the export can say it was cut off) and its filter. */
export function actiesExport(user: AppUser, zoek: URLSearchParams): { tabel: Tabel; filter: Record<string, unknown> } {
  const filter = leesActieFilter(zoek);
  return { tabel: actiesTabel(zoekVerbeteracties(user, filter, EXPORT_LIMIET + 1)), filter: { ...filter } };
}

function actiesTabel(rijen: ActieRij[]): Tabel {
  return {
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
}
