/** The deadlines behind a compliance number: the filter values that could not be used, and the table (50 a page). */
import { Melding } from "~/platform/ui/ui";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import type { TermijnLijstRij } from "../nakoming.server";

export function TermijnFilterFouten({ fouten }: { fouten: Partial<Record<string, string>> }) {
  const { t } = useTranslation("statistiek");
  return (
    <>
      {Object.keys(fouten).length ? (
        <Melding soort="fout" titel={t("filter.nietToegepast")}>
          <ul>
            {Object.entries(fouten).map(([k, v]) => (
              <li key={k}>{t(`termijnen.veld.${k}`, { defaultValue: k })}: {v}</li>
            ))}
          </ul>
        </Melding>
      ) : null}
    </>
  );
}

/** `nu`: the list of deadlines overdue right now (their "Op tijd" says they are still running). */
export function TermijnenTabel({ rijen, beschrijving, nu }: { rijen: TermijnLijstRij[]; beschrijving: string[]; nu: boolean }) {
  const { t } = useTranslation("statistiek");
  const { t: tw } = useTranslation("werk");
  const f = useDatum();
  return (
    <>
      {rijen.length ? (
        <div className="afs-tabel-container">
          <table className="db-tabel">
            <caption className="afs-sr">{t("termijnen.bijschrift")}{beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}</caption>
            <thead>
              <tr>
                <th scope="col">{t("termijnen.afspraak")}</th>
                <th scope="col">{t("termijnen.soort")}</th>
                <th scope="col">{t("termijnen.team")}</th>
                <th scope="col">{t("termijnen.eigenaar")}</th>
                <th scope="col">{t("termijnen.norm")}</th>
                <th scope="col">{t("termijnen.start")}</th>
                <th scope="col">{t("termijnen.uiterlijk")}</th>
                <th scope="col">{t("termijnen.gehaald")}</th>
                <th scope="col">{t("termijnen.opTijd")}</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.termijnId}>
                  <td><a className="utrecht-link" href={r.link}>{r.titel}</a></td>
                  <td>{tw(`soort.${r.soort}`, { defaultValue: r.soortNaam })}</td>
                  <td>{r.team ?? "—"}</td>
                  <td>{r.eigenaar ?? "—"}</td>
                  <td>{r.normCode} – {r.normTitel}</td>
                  <td>{f.kort(r.startOp)}</td>
                  <td>{f.kort(r.termijnOp)}</td>
                  <td>{r.gehaaldOp ? f.kort(r.gehaaldOp) : t("termijnen.nogNiet")}</td>
                  <td>{r.opTijd === null ? (nu ? t("termijnen.teLaatLoopt") : "—") : r.opTijd ? t("termijnen.opTijdTeken") : t("termijnen.teLaat")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("termijnen.geen")}</p>
      )}
    </>
  );
}
