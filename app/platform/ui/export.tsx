/**
 * Downloadknoppen voor een lijst: twee gewone links (werken zonder JavaScript, reloadDocument) naar de
 * resource route `pad`, met de huidige zoekparameters (filters) plus `formaat=csv|xlsx`.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Celwaarde, Kolom, Tabel } from "~/platform/export/tabel";
import { lokaleDelen } from "~/domain/kalender/tijd";
import { MAANDEN } from "~/domain/kalender/format";
import { datumFormat } from "~/platform/i18n/datum";

/** `zoek` ("?a=1&pagina=3") samengevoegd met formaat; paginering hoort niet bij een export. */
export function exportHref(pad: string, zoek: string | undefined, formaat: "csv" | "xlsx"): string {
  const params = new URLSearchParams(zoek ?? "");
  for (const p of ["pagina", "na", "cursor"]) params.delete(p);
  params.delete("formaat");
  params.set("formaat", formaat);
  return `${pad}?${params.toString()}`;
}

export function ExportKnoppen({ pad, zoek, label }: { pad: string; zoek?: string; label?: string }) {
  const { t } = useTranslation();
  const naam = label ?? t("ui.downloaden");
  return (
    <div className="afs-export" role="group" aria-label={naam}>
      <Link
        reloadDocument
        to={exportHref(pad, zoek, "csv")}
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
      >
        {t("ui.downloadCsv")}
      </Link>{" "}
      <Link
        reloadDocument
        to={exportHref(pad, zoek, "xlsx")}
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
      >
        {t("ui.downloadXlsx")}
      </Link>
    </div>
  );
}

// ------------------------------------------------------------------------------------------- tabel op de pagina


/**
 * Eén cel zoals op het scherm: getallen met Nederlandse notatie, percentages met %, datums voluit; met
 * `taal` "en" Engelse notatie en datums (ja/nee als yes/no).
 */
export function celWeergave(waarde: Celwaarde, soort: Kolom["soort"] = "tekst", taal: string = "nl"): string {
  const en = taal === "en";
  const locale = en ? "en-GB" : "nl-NL";
  if (waarde === null || waarde === undefined || waarde === "") return "—";
  if (typeof waarde === "boolean") return waarde ? (en ? "yes" : "ja") : en ? "no" : "nee";
  if (typeof waarde === "string") return waarde;
  if (!Number.isFinite(waarde)) return "—";
  switch (soort) {
    case "percentage":
      return `${(waarde * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
    case "datum":
    case "datumtijd": {
      if (en) return soort === "datum" ? datumFormat("en").datum(waarde) : datumFormat("en").datumTijd(waarde);
      const d = lokaleDelen(waarde);
      const datum = `${d.dag} ${MAANDEN[d.maand]} ${d.jaar}`;
      return soort === "datum" ? datum : `${datum}, ${String(d.uur).padStart(2, "0")}:${String(d.minuut).padStart(2, "0")}`;
    }
    default:
      return waarde.toLocaleString(locale, { maximumFractionDigits: 2 });
  }
}

/**
 * Een Tabel (dezelfde als voor de export) als toegankelijke HTML-tabel: de eerste tekstkolom (of `rijkop`) is
 * de rijkop, getallen staan rechts uitgelijnd. `bijschrift` wordt de caption (standaard alleen voor
 * schermlezers, want meestal staat er al een kop boven).
 */
export function TabelWeergave({
  tabel,
  bijschrift,
  rijkop,
  leeg,
}: {
  tabel: Pick<Tabel, "kolommen" | "rijen">;
  bijschrift: string;
  rijkop?: string;
  leeg?: string;
}) {
  const { t, i18n } = useTranslation();
  const taal = i18n.language;
  if (tabel.rijen.length === 0) return <p className="utrecht-paragraph">{leeg ?? t("ui.geenGegevens")}</p>;
  const kop = rijkop ?? tabel.kolommen.find((k) => (k.soort ?? "tekst") === "tekst")?.sleutel;
  const rechts = (k: Kolom) => k.soort === "getal" || k.soort === "percentage";
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel">
        <caption className="afs-sr">{bijschrift}</caption>
        <thead>
          <tr>
            {tabel.kolommen.map((k) => (
              <th key={k.sleutel} scope="col" className={rechts(k) ? "afs-getal" : undefined}>
                {k.kop}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tabel.rijen.map((rij, i) => (
            <tr key={i}>
              {tabel.kolommen.map((k) =>
                k.sleutel === kop ? (
                  <th key={k.sleutel} scope="row">
                    {celWeergave(rij[k.sleutel], k.soort, taal)}
                  </th>
                ) : (
                  <td key={k.sleutel} className={rechts(k) ? "afs-getal" : undefined}>
                    {celWeergave(rij[k.sleutel], k.soort, taal)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
