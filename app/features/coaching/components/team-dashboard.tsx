/** One section per team on the team dashboard (/team/dashboard): summary tiles, workload per employee, trends. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import type { TeamDashboard, TrendPeriode } from "../dashboard.server";

function TrendTabel({ titel, perioden, id }: { titel: string; perioden: TrendPeriode[]; id: string }) {
  const { t } = useTranslation("coaching");
  const f = useDatum();
  return (
    <div className="afs-tabel-container">
      <table className="afs-tabel utrecht-table" id={id}>
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.periode")}</th>
            <th scope="col">{t("dashboard.nieuw")}</th>
            <th scope="col">{t("dashboard.gehaald")}</th>
            <th scope="col">{t("dashboard.pct")}</th>
            <th scope="col">{t("dashboard.verlopen")}</th>
            <th scope="col">{t("dashboard.esc")}</th>
          </tr>
        </thead>
        <tbody>
          {perioden.map((p) => (
            <tr key={p.sleutel}>
              <th scope="row">{f.maandLabel(p.label)}</th>
              <td>{p.nieuw}</td>
              <td>{p.gehaald}</td>
              <td>{p.pctOpTijd === null ? "—" : `${p.pctOpTijd}%`}</td>
              <td>{p.verlopen}</td>
              <td>{p.escalaties}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TeamDashboardSectie({ team }: { team: TeamDashboard }) {
  const { t } = useTranslation("coaching");
  return (
    <section aria-labelledby={`team-${team.id}`} className="coaching-sectie">
      <h2 id={`team-${team.id}`} className="utrecht-heading-2">
        {t("dashboard.team", { naam: team.naam })}
      </h2>
      <h3 className="utrecht-heading-3">{t("dashboard.samenvatting")}</h3>
      <dl className="coaching-tegels">
        <div className="coaching-tegel">
          <dt>{t("dashboard.open")}</dt>
          <dd>{team.totaal.open}</dd>
        </div>
        <div className="coaching-tegel">
          <dt>
            <span aria-hidden="true">▲ </span>
            {t("dashboard.bijna")}
          </dt>
          <dd>{team.totaal.bijna}</dd>
        </div>
        <div className="coaching-tegel">
          <dt>
            <span aria-hidden="true">■ </span>
            {t("dashboard.teLaat")}
          </dt>
          <dd>{team.totaal.teLaat}</dd>
        </div>
        <div className="coaching-tegel">
          <dt>{t("dashboard.escalaties")}</dt>
          <dd>
            <Link to="/team/escalaties" className="utrecht-link">
              {team.totaal.escalaties30d}
            </Link>
          </dd>
        </div>
      </dl>
      <h3 className="utrecht-heading-3">{t("dashboard.werkvoorraad")}</h3>
      <div className="afs-tabel-container">
        <table className="afs-tabel utrecht-table">
          <caption>{t("dashboard.werkvoorraad")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.medewerker")}</th>
              <th scope="col">{t("dashboard.open")}</th>
              <th scope="col">{t("dashboard.bijna")}</th>
              <th scope="col">{t("dashboard.teLaat")}</th>
              <th scope="col">{t("dashboard.profiel")}</th>
            </tr>
          </thead>
          <tbody>
            {team.leden.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.naam}</th>
                <td>
                  <Link to={`/team?team=${team.id}&eigenaar=${encodeURIComponent(l.id)}#team-lijst`} className="utrecht-link">
                    {l.open}
                    <span className="afs-sr"> {t("dashboard.open")}: {l.naam}</span>
                  </Link>
                </td>
                <td>{l.bijna}</td>
                <td>{l.teLaat}</td>
                <td>
                  {l.profielLink ? (
                    <Link to={l.profielLink} className="utrecht-link">
                      {t("dashboard.profielVan", { naam: l.naam })}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("dashboard.wachtrij")}</th>
              <td>{team.wachtrij.open}</td>
              <td>{team.wachtrij.bijna}</td>
              <td>{team.wachtrij.teLaat}</td>
              <td>—</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h3 className="utrecht-heading-3">{t("dashboard.perWeek")}</h3>
      <TrendTabel titel={`${t("dashboard.perWeek")} – ${team.naam}`} perioden={team.weken} id={`team-${team.id}-weken`} />
      <h3 className="utrecht-heading-3">{t("dashboard.perMaand")}</h3>
      <TrendTabel titel={`${t("dashboard.perMaand")} – ${team.naam}`} perioden={team.maanden} id={`team-${team.id}-maanden`} />
    </section>
  );
}
