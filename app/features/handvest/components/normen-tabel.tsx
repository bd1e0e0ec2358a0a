/** The table of all norms on /beheer/handvest. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { normenPagina } from "../pagina.server";
import { useTermijnTekst } from "./handvest-thema";

export function NormenTabel({ rijen }: { rijen: ReturnType<typeof normenPagina>["rijen"] }) {
  const { t } = useTranslation("handvest");
  const f = useDatum();
  const termijn = useTermijnTekst();
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel">
        <caption>{t("beheer.tabel")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("beheer.code")}</th>
            <th scope="col">{t("beheer.titelKolom")}</th>
            <th scope="col">{t("beheer.mijlpaal")}</th>
            <th scope="col">{t("beheer.termijn")}</th>
            <th scope="col">{t("beheer.versie")}</th>
            <th scope="col">{t("beheer.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link to={`/beheer/handvest/${r.code}`} className="utrecht-link" aria-label={t("beheer.bekijk", { code: r.code })}>
                  {r.code}
                </Link>
              </th>
              <td>{r.titel}</td>
              <td>{t(`mijlpaal.${r.mijlpaalCode}`, { defaultValue: r.mijlpaal })}</td>
              <td>{termijn(r)}</td>
              <td>
                {r.versie} / {r.aantalVersies}
              </td>
              <td>
                {r.actief ? t("beheer.actief") : t("beheer.inactief")}
                {r.nogNiet ? (
                  <>
                    <br />
                    {t("beheer.nogNiet", { vanaf: r.nogNietOp !== null ? f.datumTijd(r.nogNietOp) : r.nogNiet })}
                  </>
                ) : null}
                {r.gepland ? (
                  <>
                    <br />
                    {t("beheer.gepland", { versie: r.gepland.versie, vanaf: r.geplandOp !== null ? f.datumTijd(r.geplandOp) : r.gepland.vanaf })}
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
