/** The sections of the Mijn werk page (/mijn-werk): quick actions, my list, my team's unowned work, my handovers. */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ExportKnoppen } from "../../../platform/ui/export";
import type { MijnWerkData } from "../mijn-werk.server";
import { Paginering, Sectie, SoortStatusFilter, StatusTellingen, zoekUrl } from "./lijst";
import { Termijn, WerkTabel } from "./werk-tabel";

export function MijnWerkActies() {
  const { t } = useTranslation("werk");
  return (
    <nav aria-label={t("mijn.acties")}>
      <ul className="afs-werk-acties">
        <li>
          <Link to="/terugbelafspraken/nieuw" className="utrecht-button utrecht-button--primary-action">
            {t("mijn.nieuweTerugbel")}
          </Link>
        </li>
        <li><Link to="/feedback/nieuw" className="utrecht-button utrecht-button--secondary-action">{t("mijn.feedback")}</Link></li>
        <li>
          <Link to="/overdrachten/nieuw" className="utrecht-button utrecht-button--secondary-action">
            {t("mijn.nieuweOverdracht")}
          </Link>
        </li>
        <li>
          <Link to="/klantbeeld" className="utrecht-button utrecht-button--secondary-action">
            {t("mijn.klantbeeld")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** Shown instead of the lists when there is no work at all. */
export function NietsTeDoen() {
  const { t: tc } = useTranslation();
  return (
    <section aria-labelledby="leeg-titel" className="afs-melding">
      <h2 id="leeg-titel" className="utrecht-heading-2">
        {tc("mijnWerk.leeg")}
      </h2>
      <p className="utrecht-paragraph">{tc("mijnWerk.leegUitleg")}</p>
    </section>
  );
}

/** My open commitments: status counts, filters, downloads, the table and the next-page link. */
export function MijnLijst({ d, zoek }: { d: MijnWerkData; zoek: string }) {
  const { t } = useTranslation("werk");
  const { t: tc } = useTranslation();
  const params = new URLSearchParams(zoek);
  const gefilterd = !!(d.filters.soort || d.filters.status);
  return (
    <Sectie id="mijn-lijst" titel={t("mijn.lijst")} uitleg={t("mijn.lijstUitleg")}>
      <StatusTellingen
        tellingen={d.tellingen}
        actief={d.filters.status}
        label={t("mijn.tellingen")}
        href={(s) => zoekUrl("/mijn-werk", params, { status: s, na: null })}
      />
      <Form method="get" className="afs-filter" aria-label={t("filter.titel")}>
        <SoortStatusFilter filters={d.filters} soorten={d.soorten} wisLink={gefilterd ? "/mijn-werk" : null} />
      </Form>
      <ExportKnoppen pad="/mijn-werk/export" zoek={zoek} label={t("mijn.downloaden")} />
      {d.rijen.length ? (
        <WerkTabel rijen={d.rijen} caption={t("mijn.lijst")} />
      ) : (
        <p className="utrecht-paragraph">{gefilterd ? t("mijn.geenMetFilter") : tc("mijnWerk.leeg")}</p>
      )}
      <Paginering volgende={d.volgende} heeftVorige={!!d.filters.na} href={(na) => zoekUrl("/mijn-werk", params, { na })} />
    </Sectie>
  );
}

/** Work assigned to my team without an owner yet. */
export function VoorMijnTeam({ d }: { d: Pick<MijnWerkData, "teamNaam" | "teamRijen"> }) {
  const { t } = useTranslation("werk");
  return (
    <Sectie id="team-lijst" titel={t("mijn.team")} uitleg={d.teamNaam ? t("mijn.teamUitleg", { team: d.teamNaam }) : undefined}>
      {d.teamRijen.length ? (
        <WerkTabel rijen={d.teamRijen} caption={t("mijn.team")} />
      ) : (
        <p className="utrecht-paragraph">{t("mijn.teamLeeg")}</p>
      )}
    </Sectie>
  );
}

/** Handovers I sent that the receiver has not taken up yet. */
export function NogNietLosgelaten({ losgelaten }: { losgelaten: MijnWerkData["losgelaten"] }) {
  const { t } = useTranslation("werk");
  return (
    <Sectie id="losgelaten" titel={t("mijn.losgelaten")} uitleg={t("mijn.losgelatenUitleg")}>
      {losgelaten.length ? (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption className="afs-sr">{t("mijn.losgelaten")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kolom.termijn")}</th>
                <th scope="col">{t("kolom.onderwerp")}</th>
                <th scope="col">{t("mijn.ontvanger")}</th>
                <th scope="col">{t("mijn.stap")}</th>
              </tr>
            </thead>
            <tbody>
              {losgelaten.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Termijn status={l.termijnStatus} tekst={l.termijnTekst} op={l.termijnOp} nu={l.nu} />
                  </td>
                  <td>
                    <Link to={`/overdrachten/${l.id}`} className="utrecht-link">
                      {l.titel}
                    </Link>
                  </td>
                  <td>{l.ontvanger}</td>
                  <td>{t(`overdrachtStatus.${l.status}`, { defaultValue: l.statusTekst })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("mijn.losgelatenLeeg")}</p>
      )}
    </Sectie>
  );
}
