/** The klantbeeld search (/klantbeeld): the search form and the table of matching citizens. */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import { Sectie } from "../../werklijsten/components/lijst";
import type { ZoekPaginaData } from "../pagina.server";

/** Search by phone number, e-mail address or name; the error sits at the field, the term stays. */
export function ZoekFormulier({ zoek, ongeldig }: { zoek: string; ongeldig: boolean }) {
  const { t } = useTranslation("werk");
  return (
    <Form method="get" role="search" aria-label={t("klant.titel")} className="afs-filter">
      <TekstVeld
        id="zoek"
        label={t("klant.zoek")}
        hint={t("klant.zoekHint")}
        defaultValue={zoek}
        fout={ongeldig ? t("klant.ongeldig") : null}
        autoComplete="off"
        type="search"
      />
      <div className="afs-filter__knoppen">
        <Knop>{t("klant.knop")}</Knop>
      </div>
    </Form>
  );
}

export function ZoekResultaten({ resultaten }: { resultaten: ZoekPaginaData["resultaten"] }) {
  const { t } = useTranslation("werk");
  return (
    <Sectie id="resultaten" titel={t("klant.resultaten")}>
      {resultaten.length ? (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption className="afs-sr">{t("klant.resultaten")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("klant.naam")}</th>
                <th scope="col">{t("klant.telefoon")}</th>
                <th scope="col">{t("klant.email")}</th>
                <th scope="col" className="afs-getal">{t("klant.aantal")}</th>
                <th scope="col">{t("klant.laatste")}</th>
              </tr>
            </thead>
            <tbody>
              {resultaten.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/klantbeeld/${r.id}`} className="utrecht-link">
                      {r.naam}
                    </Link>
                  </td>
                  <td>{r.telefoon ?? "—"}</td>
                  <td>{r.email ?? "—"}</td>
                  <td className="afs-getal">{r.aantalAfspraken}</td>
                  <td>{r.laatste ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Melding soort="info">
          <p className="utrecht-paragraph">{t("klant.geen")}</p>
        </Melding>
      )}
    </Sectie>
  );
}
