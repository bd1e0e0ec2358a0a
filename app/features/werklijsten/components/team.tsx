/**
 * The sections of the teamleider's /team page: navigation, team choice, the outcome of a bulk reassign,
 * deactivated employees with open work, counts per employee and the team's open list with the reassign form.
 */
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding } from "../../../platform/ui/ui";
import { ExportKnoppen } from "../../../platform/ui/export";
import type { HertoewijsData, TeamPaginaData } from "../team.server";
import type { HertoewijsUitkomst } from "../werklijsten.server";
import { Paginering, Sectie, SoortStatusFilter, StatusTellingen, zoekUrl } from "./lijst";
import { WerkTabel } from "./werk-tabel";

/** Links into the team list with other filters (first page, scrolled to the list). */
export function teamFilterUrl(zoek: string) {
  const params = new URLSearchParams(zoek);
  return (w: Record<string, string | null>) => zoekUrl("/team", params, { ...w, na: null }) + "#team-lijst";
}

export function TeamNavigatie() {
  const { t } = useTranslation("werk");
  return (
    <nav aria-label={t("team.navigatie")} className="afs-acties">
      <Link to="/team/dashboard" className="utrecht-button-link utrecht-button-link--secondary-action">
        {t("team.naarDashboard")}
      </Link>
      <Link to="/team/profielen" className="utrecht-button-link utrecht-button-link--secondary-action">
        {t("team.naarProfielen")}
      </Link>
      <Link to="/team/escalaties" className="utrecht-button-link utrecht-button-link--secondary-action">
        {t("team.escalaties")}
      </Link>
      <Link to="/team/kto" className="utrecht-button-link utrecht-button-link--secondary-action">
        {t("team.naarKto")}
      </Link>
    </nav>
  );
}

/** Choice of team for a teamleider who leads more than one. */
export function TeamKiezer({ teams, team }: Pick<TeamPaginaData, "teams" | "team">) {
  const { t } = useTranslation("werk");
  if (teams.length <= 1) return null;
  return (
    <Form method="get" className="afs-filter">
      <Keuzelijst id="team" label={t("team.kiesTeam")} defaultValue={String(team.id)} opties={teams.map((x) => ({ value: String(x.id), label: x.naam }))} />
      <div className="afs-filter__knoppen">
        <Knop soort="secundair">{t("team.toon")}</Knop>
      </div>
    </Form>
  );
}

/** Per item: reassigned or refused (with the reason). */
export function HertoewijsResultaat({ uitkomsten }: { uitkomsten: HertoewijsUitkomst[] }) {
  const { t } = useTranslation("werk");
  const gelukt = uitkomsten.filter((u) => u.ok);
  const mislukt = uitkomsten.filter((u) => !u.ok);
  return (
    <Melding soort={mislukt.length ? "waarschuwing" : "ok"} titel={t("team.resultaat")} role="status">
      <p className="utrecht-paragraph">
        {t("team.gelukt", { aantal: gelukt.length })}
        {mislukt.length ? ` · ${t("team.mislukt", { aantal: mislukt.length })}` : ""}
      </p>
      <ul className="afs-resultaten">
        {uitkomsten.map((u) => (
          <li key={u.id}>
            <span className={`afs-uitkomst ${u.ok ? "afs-uitkomst--ok" : "afs-uitkomst--fout"}`}>
              <span aria-hidden="true">{u.ok ? "✓ " : "✗ "}</span>
              {u.ok ? t("team.toegewezen") : t("team.geweigerd")}:
            </span>{" "}
            {u.titel}
            {u.ok ? null : <> — {u.melding}</>}
          </li>
        ))}
      </ul>
    </Melding>
  );
}

/** Deactivated employees who still own open work, each with a link to that work. */
export function GedeactiveerdMetWerk({ leden, zoek }: { leden: TeamPaginaData["overzicht"]["leden"]; zoek: string }) {
  const { t } = useTranslation("werk");
  const gedeactiveerd = leden.filter((l) => !l.actief && l.open > 0);
  if (!gedeactiveerd.length) return null;
  const filterUrl = teamFilterUrl(zoek);
  return (
    <Melding soort="waarschuwing" titel={t("team.gedeactiveerdTitel")} role="status">
      <ul className="afs-resultaten">
        {gedeactiveerd.map((l) => (
          <li key={l.id}>
            {l.geenToegang
              ? t("team.geenToegangTekst", { naam: l.naam, aantal: l.open })
              : t("team.gedeactiveerdTekst", { naam: l.naam, aantal: l.open })}{" "}
            <Link to={filterUrl({ eigenaar: l.id, status: null })} className="utrecht-link">
              {t("team.toonWerk")}
            </Link>
          </li>
        ))}
      </ul>
    </Melding>
  );
}

export function EscalatieVerwijzing({ d }: { d: Pick<TeamPaginaData, "openEscalaties" | "teams" | "team"> }) {
  const { t } = useTranslation("werk");
  return (
    <Sectie id="escalaties" titel={t("team.escalaties")}>
      <p className="utrecht-paragraph">
        {d.openEscalaties ? t("team.escalatiesTekst", { aantal: d.openEscalaties }) : t("team.escalatiesGeen")}{" "}
        <Link to={`/team/escalaties${d.teams.length > 1 ? `?team=${d.team.id}` : ""}`} className="utrecht-link">
          {t("team.naarEscalaties")}
        </Link>
      </p>
    </Sectie>
  );
}

/** Open, nearly due and overdue counts per employee (and without owner), each a link into the filtered list. */
export function PerMedewerker({ overzicht, zoek }: { overzicht: TeamPaginaData["overzicht"]; zoek: string }) {
  const { t } = useTranslation("werk");
  const filterUrl = teamFilterUrl(zoek);
  return (
    <Sectie id="per-medewerker" titel={t("team.perMedewerker")} uitleg={t("team.perMedewerkerUitleg")}>
      <div className="afs-tabel-container">
        <table className="afs-tabel utrecht-table">
          <caption className="afs-sr">{t("team.perMedewerker")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("team.medewerker")}</th>
              <th scope="col" className="afs-getal">{t("team.open")}</th>
              <th scope="col" className="afs-getal">{t("team.bijna")}</th>
              <th scope="col" className="afs-getal">{t("team.teLaat")}</th>
            </tr>
          </thead>
          <tbody>
            {overzicht.leden.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.naam}
                  {l.actief ? null : <span className="afs-gedeactiveerd">{l.geenToegang ? t("team.geenToegang") : t("team.gedeactiveerd")}</span>}
                </th>
                <td className="afs-getal">
                  <Link to={filterUrl({ eigenaar: l.id, status: null })} className="utrecht-link" aria-label={`${l.naam}: ${l.open} ${t("team.open").toLowerCase()}`}>
                    {l.open}
                  </Link>
                </td>
                <td className="afs-getal">
                  <Link to={filterUrl({ eigenaar: l.id, status: "bijna" })} className="utrecht-link" aria-label={`${l.naam}: ${l.bijna} ${t("team.bijna").toLowerCase()}`}>
                    {l.bijna}
                  </Link>
                </td>
                <td className="afs-getal">
                  <Link to={filterUrl({ eigenaar: l.id, status: "te_laat" })} className="utrecht-link" aria-label={`${l.naam}: ${l.teLaat} ${t("team.teLaat").toLowerCase()}`}>
                    {l.teLaat}
                  </Link>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("team.zonderEigenaar")}</th>
              <td className="afs-getal">
                <Link to={filterUrl({ eigenaar: "geen", status: null })} className="utrecht-link" aria-label={`${t("team.zonderEigenaar")}: ${overzicht.zonderEigenaar.totaal}`}>
                  {overzicht.zonderEigenaar.totaal}
                </Link>
              </td>
              <td className="afs-getal">{overzicht.zonderEigenaar.bijna}</td>
              <td className="afs-getal">{overzicht.zonderEigenaar.te_laat}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </Sectie>
  );
}

/** The team's open list: counts, filters, downloads, and the table with the bulk reassign form. */
export function TeamLijst({ d, actie, zoek }: { d: TeamPaginaData; actie: HertoewijsData | undefined; zoek: string }) {
  const { t } = useTranslation("werk");
  const navigation = useNavigation();
  const params = new URLSearchParams(zoek);
  const filterUrl = teamFilterUrl(zoek);
  const gefilterd = !!(d.filters.soort || d.filters.status || d.filters.eigenaar);
  const fouten = actie && !actie.ok ? actie.fouten : {};
  return (
    <Sectie id="team-lijst" titel={t("team.lijst")}>
      <StatusTellingen tellingen={d.tellingen} actief={d.filters.status} label={t("team.lijst")} href={(s) => filterUrl({ status: s })} />
      <Form method="get" className="afs-filter" aria-label={t("filter.titel")}>
        {d.teams.length > 1 ? <input type="hidden" name="team" value={d.team.id} /> : null}
        <Keuzelijst
          id="eigenaar"
          label={t("filter.medewerker")}
          defaultValue={d.filters.eigenaar ?? ""}
          opties={[
            { value: "", label: t("filter.alle") },
            ...d.overzicht.leden.map((l) => ({ value: l.id, label: l.actief ? l.naam : `${l.naam} (${l.geenToegang ? t("team.geenToegang") : t("team.gedeactiveerd")})` })),
            { value: "geen", label: t("filter.zonderEigenaar") },
          ]}
        />
        <SoortStatusFilter
          filters={d.filters}
          soorten={d.soorten}
          wisLink={gefilterd ? (d.teams.length > 1 ? `/team?team=${d.team.id}` : "/team") : null}
        />
      </Form>
      <ExportKnoppen pad="/team/export" zoek={zoek} label={t("team.downloaden")} />

      {d.rijen.length ? (
        <Form method="post">
          {fouten.item ? (
            <Melding soort="fout">
              <p className="utrecht-paragraph">{fouten.item}</p>
            </Melding>
          ) : null}
          <WerkTabel rijen={d.rijen} caption={t("team.lijst")} toonEigenaar selecteer />
          <fieldset className="afs-bulk">
            <legend className="afs-sr">{t("team.hertoewijzen")}</legend>
            <Keuzelijst
              id="doel"
              label={t("team.doel")}
              hint={t("team.doelHint")}
              fout={fouten.doel}
              defaultValue={actie && !actie.ok ? actie.doel : ""}
              opties={[
                { value: "", label: t("team.kiesDoel") },
                ...d.doelen.medewerkers.map((m) => ({ value: `m:${m.id}`, label: m.naam })),
                ...d.doelen.teams.map((x) => ({ value: `t:${x.id}`, label: `${x.naam} (team)` })),
              ]}
            />
            <Knop name="intent" value="hertoewijzen" disabled={navigation.state === "submitting"}>
              {t("team.knop")}
            </Knop>
          </fieldset>
        </Form>
      ) : (
        <p className="utrecht-paragraph">{t("mijn.geenMetFilter")}</p>
      )}
      <Paginering volgende={d.volgende} heeftVorige={!!d.filters.na} href={(na) => zoekUrl("/team", params, { na }) + "#team-lijst"} />
    </Sectie>
  );
}
