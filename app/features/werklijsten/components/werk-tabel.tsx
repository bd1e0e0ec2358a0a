/**
 * The commitments table of the worklists (Mijn werk, Team) and the deadline cell it shares with the
 * handover list. Rows come from the server as `WerkRij` (lijst.server.ts `naarRij`).
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusLabel, StatusLabelTekst, type TermijnStatus } from "../../../platform/ui/ui";
import { useDatum } from "../../../platform/i18n/datum";
import type { WerkStatus } from "../werklijsten.server";

export interface WerkRij {
  id: string;
  soort: string;
  soortNaam: string;
  link: string;
  titel: string;
  burgerNaam: string | null;
  burgerId: string | null;
  eigenaarNaam: string | null;
  teamNaam: string | null;
  kanaal: string | null;
  termijnStatus: WerkStatus | null;
  termijnTekst: string | null;
  /** the due moment and the server's now, so the deadline is worded in the page's language */
  termijnOp: number | null;
  nu: number;
  versie: number;
}

export function Termijn({ status, tekst, op, nu }: { status: WerkStatus | null; tekst: string | null; op?: number | null; nu?: number }) {
  const { t } = useTranslation("werk");
  const f = useDatum();
  if (op != null && nu != null) tekst = f.relatief(op, nu);
  if (!status || !tekst) return <span className="afs-zacht">{t("geenTermijn")}</span>;
  return (
    <span className="afs-termijn">
      <StatusLabel status={status} />
      <span className="afs-termijn__tekst">{tekst}</span>
    </span>
  );
}

/** Words a code once per table render, not once per row (every t() call walks i18next's resolution). */
function eenmaal(): (sleutel: string, maak: () => string) => string {
  const gezien = new Map<string, string>();
  return (sleutel, maak) => {
    let v = gezien.get(sleutel);
    if (v === undefined) gezien.set(sleutel, (v = maak()));
    return v;
  };
}

/**
 * The commitments table. `selecteer` adds a first column with checkboxes (name="item", value="id:versie").
 * Rows use no hooks of their own: the table words labels once (a page has 50 rows; per-row translation hooks were a
 * tenth of Mijn werk's render time in the issue 14 profile).
 */
export function WerkTabel({
  rijen,
  caption,
  toonEigenaar = false,
  selecteer = false,
}: {
  rijen: WerkRij[];
  caption: string;
  toonEigenaar?: boolean;
  selecteer?: boolean;
}) {
  const { t } = useTranslation("werk");
  const { t: ta } = useTranslation("afspraken");
  const { t: tc } = useTranslation();
  const f = useDatum();
  const woord = eenmaal();
  const geenTermijn = t("geenTermijn");
  const termijn = (r: WerkRij) => {
    const tekst = r.termijnOp != null && r.nu != null ? f.relatief(r.termijnOp, r.nu) : r.termijnTekst;
    if (!r.termijnStatus || !tekst) return <span className="afs-zacht">{geenTermijn}</span>;
    const status = r.termijnStatus as TermijnStatus;
    return (
      <span className="afs-termijn">
        <StatusLabelTekst status={status} tekst={woord(`s:${status}`, () => tc(`ui.status.${status}`))} />
        <span className="afs-termijn__tekst">{tekst}</span>
      </span>
    );
  };
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel utrecht-table">
        <caption className="afs-sr">{caption}</caption>
        <thead>
          <tr>
            {selecteer ? (
              <th scope="col">
                <span className="afs-sr">{t("kolom.selecteer")}</span>
              </th>
            ) : null}
            <th scope="col">{t("kolom.termijn")}</th>
            <th scope="col">{t("kolom.soort")}</th>
            <th scope="col">{t("kolom.onderwerp")}</th>
            <th scope="col">{t("kolom.inwoner")}</th>
            {toonEigenaar ? <th scope="col">{t("kolom.eigenaar")}</th> : null}
            <th scope="col">{t("kolom.kanaal")}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.id}>
              {selecteer ? (
                <td>
                  <input
                    type="checkbox"
                    name="item"
                    value={`${r.id}:${r.versie}`}
                    id={`item-${r.id}`}
                    className="afs-checkbox"
                    aria-label={`${t("kolom.selecteer")}: ${r.titel}`}
                  />
                </td>
              ) : null}
              <td>{termijn(r)}</td>
              <td>{woord(`o:${r.soort}`, () => t(`soort.${r.soort}`, { defaultValue: r.soortNaam }))}</td>
              <td>
                <Link to={r.link} className="utrecht-link">
                  {r.titel}
                </Link>
              </td>
              <td>
                {r.burgerId && r.burgerNaam ? (
                  <Link to={`/klantbeeld/${r.burgerId}`} className="utrecht-link">
                    {r.burgerNaam}
                  </Link>
                ) : (
                  <span className="afs-zacht">{r.burgerNaam ?? t("onbekend")}</span>
                )}
              </td>
              {toonEigenaar ? <td>{r.eigenaarNaam ?? (r.teamNaam ? `${r.teamNaam} (${woord("team", () => tc("ui.team"))})` : "—")}</td> : null}
              <td>{r.kanaal ? woord(`k:${r.kanaal}`, () => ta(`kanaal.${r.kanaal}`, { defaultValue: r.kanaal! })) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
