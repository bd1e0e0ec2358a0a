/** The teamleider's list of unhappy satisfaction answers, with the follow-up buttons (forms, no JavaScript needed). */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";

export interface OntevredenWeergave {
  id: number;
  afspraakId: string;
  soort: string;
  titel: string;
  teamNaam: string | null;
  score: number;
  opmerking: string | null;
  beantwoordOp: number;
  opvolging: string;
  opgevolgdOp: number | null;
  opgevolgdDoorNaam: string | null;
  opvolgingAfspraakId: string | null;
  versie: number;
  link: string;
}

export function OntevredenTabel({
  rijen,
  soortTekst,
  opvolgingTekst,
  metActies,
}: {
  rijen: OntevredenWeergave[];
  soortTekst: Record<string, string>;
  opvolgingTekst: Record<string, string>;
  metActies: boolean;
}) {
  const { t } = useTranslation("werk");
  const f = useDatum();
  return (
    <table className="utrecht-table afs-tabel">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">{t("kto.beantwoord")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("kto.cijfer")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("kto.over")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("kto.team")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("kto.toelichting")}</th>
          <th className="utrecht-table__header-cell" scope="col">{metActies ? t("kto.opvolgen") : t("kto.opvolging")}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rijen.map((r) => (
          <tr key={r.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{f.kort(r.beantwoordOp)}</td>
            <td className="utrecht-table__cell">
              <strong>{r.score}</strong> {t("kto.vanVijf")}
            </td>
            <td className="utrecht-table__cell">
              {t(`soort.${r.soort}`, { defaultValue: soortTekst[r.soort] ?? r.soort })}:{" "}
              <Link to={r.link} className="utrecht-link">
                {r.titel}
              </Link>
            </td>
            <td className="utrecht-table__cell">{r.teamNaam ?? "—"}</td>
            <td className="utrecht-table__cell">{r.opmerking ?? <span className="afs-stil">{t("kto.geenToelichting")}</span>}</td>
            <td className="utrecht-table__cell">
              {metActies ? (
                <Form method="post" className="afs-knoppenrij">
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="versie" value={r.versie} />
                  <button type="submit" name="actie" value="terugbellen" className="utrecht-button utrecht-button--primary-action">
                    {t("kto.terugbellen")}
                  </button>{" "}
                  <button type="submit" name="actie" value="heropenen" className="utrecht-button utrecht-button--secondary-action">
                    {t("kto.heropenen")}
                  </button>{" "}
                  <button type="submit" name="actie" value="signaal" className="utrecht-button utrecht-button--secondary-action">
                    {t("kto.signaal")}
                  </button>{" "}
                  <button type="submit" name="actie" value="afgedaan" className="utrecht-button utrecht-button--subtle">
                    {t("kto.afdoen")}
                  </button>
                </Form>
              ) : (
                <>
                  {t(`kto.status.${r.opvolging}`, { defaultValue: opvolgingTekst[r.opvolging] ?? r.opvolging })}
                  {r.opgevolgdDoorNaam ? ` ${t("kto.door", { naam: r.opgevolgdDoorNaam })}` : ""}
                  {r.opgevolgdOp ? `, ${f.kort(r.opgevolgdOp)}` : ""}
                  {r.opvolgingAfspraakId ? (
                    <>
                      {" "}
                      (
                      <Link to={`/terugbelafspraken/${r.opvolgingAfspraakId}`} className="utrecht-link">
                        {t("kto.terugbelafspraak")}
                      </Link>
                      )
                    </>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
