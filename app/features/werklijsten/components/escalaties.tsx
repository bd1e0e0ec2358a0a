import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, StatusLabel } from "../../../platform/ui/ui";
import { useDatum } from "../../../platform/i18n/datum";

export interface EscalatieRegel {
  termijnId: number;
  afspraakId: string;
  titel: string;
  link: string;
  soort: string;
  soortNaam: string;
  eigenaar: string;
  eigenaarId: string | null;
  verlopen: string;
  geescaleerd: string;
  naarRegieteam: boolean;
  bevestigd: string | null;
  /** instants (and the server's now) so the page words them in its own language */
  termijnOp: number;
  escalatieOp: number;
  bevestigdOp: number | null;
  nu: number;
}

/**
 * The table of escalated commitments with a "Gezien, ik pak dit op" form per row (posts `termijn` to the
 * current route). Used by the teamleider's and the regieteam's escalation pages.
 */
export function EscalatieTabel({
  escalaties,
  toewijzenLink,
  extraLink,
}: {
  escalaties: EscalatieRegel[];
  toewijzenLink?: (e: EscalatieRegel) => string | null;
  /** a further link per row under the subject, e.g. the regieteam's "Les vastleggen" */
  extraLink?: (e: EscalatieRegel) => { to: string; tekst: string } | null;
}) {
  const { t } = useTranslation("werk");
  const { t: tc } = useTranslation();
  const f = useDatum();
  if (escalaties.length === 0) {
    return (
      <Melding soort="info">
        <p className="utrecht-paragraph">{t("escalaties.leeg")}</p>
      </Melding>
    );
  }
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel utrecht-table">
        <caption className="afs-sr">{t("escalaties.titel")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kolom.termijn")}</th>
            <th scope="col">{t("kolom.onderwerp")}</th>
            <th scope="col">{t("kolom.eigenaar")}</th>
            <th scope="col">{t("escalaties.geescaleerd")}</th>
            <th scope="col">{t("escalaties.gezien")}</th>
          </tr>
        </thead>
        <tbody>
          {escalaties.map((e) => {
            const toewijzen = toewijzenLink?.(e) ?? null;
            const extra = extraLink?.(e) ?? null;
            return (
              <tr key={e.termijnId}>
                <td>
                  <span className="afs-termijn">
                    <StatusLabel status="te_laat" />
                    <span className="afs-termijn__tekst">
                      {t("escalaties.verlopen")}: {f.relatief(e.termijnOp, e.nu).replace(/^(uiterlijk|due) /, "")}
                    </span>
                  </span>
                </td>
                <td>
                  {t(`soort.${e.soort}`, { defaultValue: e.soortNaam })}:{" "}
                  <Link to={e.link} className="utrecht-link">
                    {e.titel}
                  </Link>
                  {extra ? (
                    <div>
                      <Link to={extra.to} className="utrecht-link">
                        {extra.tekst}
                        <span className="afs-sr">: {e.titel}</span>
                      </Link>
                    </div>
                  ) : null}
                </td>
                <td>
                  {e.eigenaarId || e.eigenaar === "—" ? e.eigenaar : e.eigenaar.replace(/ \(team\)$/, ` (${tc("ui.team")})`)}
                  {toewijzen ? (
                    <>
                      {" "}
                      <Link to={toewijzen} className="utrecht-link">
                        {t("escalaties.toewijzen")}
                        <span className="afs-sr">: {e.titel}</span>
                      </Link>
                    </>
                  ) : null}
                </td>
                <td>
                  {f.kort(e.escalatieOp)}
                  {e.naarRegieteam ? <div className="afs-zacht">{t("escalaties.regieteam")}</div> : null}
                </td>
                <td>
                  {e.bevestigd ? (
                    <span>
                      <span aria-hidden="true">✓ </span>
                      {t("escalaties.gezienOp", { op: e.bevestigdOp != null ? f.kort(e.bevestigdOp) : e.bevestigd })}
                    </span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="termijn" value={e.termijnId} />
                      <Knop soort="secundair" aria-label={`${t("escalaties.bevestig")}: ${e.titel}`}>
                        {t("escalaties.bevestig")}
                      </Knop>
                    </Form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
