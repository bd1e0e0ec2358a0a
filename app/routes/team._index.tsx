import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import {
  bekendeSoorten,
  escalaties,
  geleideTeams,
  hertoewijsDoelen,
  hertoewijzenBulk,
  teamAfspraken,
  teamOverzicht,
  teamTellingen,
  type HertoewijsUitkomst,
} from "~/features/werklijsten/werklijsten.server";
import { now } from "~/platform/clock";
import { leesFilters, naarRij, Paginering, Sectie, SoortStatusFilter, StatusTellingen, WerkTabel, zoekUrl } from "./mijn-werk";

export const meta: MetaFunction = () => [{ title: "Team – Afspraak" }];

function kiesTeam(url: URL, teams: { id: number; naam: string }[]) {
  const gevraagd = Number(url.searchParams.get("team"));
  return teams.find((t) => t.id === gevraagd) ?? teams[0] ?? null;
}

/** The team and filters of the team list from the URL (also used by the export, team_.export.ts). */
export function teamLijstKeuze(url: URL, medewerkerId: string) {
  const teams = geleideTeams(medewerkerId);
  const team = kiesTeam(url, teams);
  if (!team) return null;
  const f = leesFilters(url);
  const overzicht = teamOverzicht(team.id);
  const eigenaarParam = url.searchParams.get("eigenaar");
  const eigenaar =
    eigenaarParam === "geen" || overzicht.leden.some((l) => l.id === eigenaarParam) ? eigenaarParam : null;
  return { teams, team, f, overzicht, eigenaar };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const url = new URL(request.url);
  const keuze = teamLijstKeuze(url, user.id);
  if (!keuze) return data({ geenTeam: true as const });
  const { teams, team, f, overzicht, eigenaar } = keuze;
  const nu = now();
  const pagina = teamAfspraken(team.id, { soort: f.soort, status: f.status, eigenaar }, f.na);
  const teamIds = teams.map((t) => t.id);
  const openEscalaties = escalaties(user.id, teamIds).filter((e) => e.bevestigdOp == null).length;
  const burgerIds = [...new Set(pagina.items.map((i) => i.burgerId).filter(Boolean))];
  if (burgerIds.length) {
    audit({
      actor: { id: user.id, naam: user.naam },
      actie: "werklijst.team",
      objectType: "burger",
      resultaat: "ok",
      oorsprong: origin(context),
      details: { teamId: team.id, burgerIds },
    });
  }
  return data({
    geenTeam: false as const,
    teams,
    team,
    filters: { ...f, eigenaar },
    overzicht,
    tellingen: teamTellingen(team.id, f.soort),
    rijen: pagina.items.map((i) => naarRij(i, nu)),
    volgende: pagina.volgende,
    openEscalaties,
    doelen: hertoewijsDoelen(teamIds),
    soorten: bekendeSoorten(),
  });
}

type ActieData =
  | { ok: true; uitkomsten: HertoewijsUitkomst[] }
  | { ok: false; fouten: { item?: string; doel?: string }; doel: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "team");
  const form = await request.formData();
  const teams = geleideTeams(user.id);
  const teamIds = teams.map((t) => t.id);
  const items = form
    .getAll("item")
    .map(String)
    .map((v) => {
      const i = v.lastIndexOf(":");
      return { id: v.slice(0, i), versie: Number(v.slice(i + 1)) };
    })
    .filter((x) => x.id && Number.isInteger(x.versie) && x.versie > 0)
    .slice(0, 200);
  const doelRaw = String(form.get("doel") ?? "");
  const doelen = hertoewijsDoelen(teamIds);
  let doel: { eigenaarId: string | null; teamId: number | null } | null = null;
  if (doelRaw.startsWith("m:")) {
    const m = doelen.medewerkers.find((x) => x.id === doelRaw.slice(2));
    if (m) doel = { eigenaarId: m.id, teamId: null };
  } else if (doelRaw.startsWith("t:")) {
    const t = doelen.teams.find((x) => x.id === doelRaw.slice(2));
    if (t) doel = { eigenaarId: null, teamId: t.teamId };
  }
  const fouten: { item?: string; doel?: string } = {};
  if (!items.length) fouten.item = "Selecteer eerst één of meer afspraken.";
  if (!doel) fouten.doel = "Kies aan wie u de afspraken toewijst.";
  if (!doel || !items.length) return data<ActieData>({ ok: false, fouten, doel: doelRaw }, { status: 400 });
  const uitkomsten = hertoewijzenBulk(user, teamIds, items, doel, origin(context));
  return data<ActieData>({ ok: true, uitkomsten });
}

export default function Team() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("werk");
  const location = useLocation();
  const navigation = useNavigation();
  if (d.geenTeam) {
    return (
      <>
        <PageTitle>{t("team.titel")}</PageTitle>
        <Melding soort="info">
          <p className="utrecht-paragraph">{t("team.geenTeam")}</p>
        </Melding>
      </>
    );
  }
  const params = new URLSearchParams(location.search);
  const gedeactiveerd = d.overzicht.leden.filter((l) => !l.actief && l.open > 0);
  const filterUrl = (w: Record<string, string | null>) => zoekUrl("/team", params, { ...w, na: null }) + "#team-lijst";
  const gefilterd = !!(d.filters.soort || d.filters.status || d.filters.eigenaar);
  const fouten = actie && !actie.ok ? actie.fouten : {};
  const gelukt = actie && actie.ok ? actie.uitkomsten.filter((u) => u.ok) : [];
  const mislukt = actie && actie.ok ? actie.uitkomsten.filter((u) => !u.ok) : [];

  return (
    <>
      <PageTitle intro={t("team.intro")}>
        {t("team.titel")}: {d.team.naam}
      </PageTitle>
      <nav aria-label="Teamleiding" className="afs-acties">
        <Link to="/team/dashboard" className="utrecht-button-link utrecht-button-link--secondary-action">
          Teamdashboard
        </Link>
        <Link to="/team/profielen" className="utrecht-button-link utrecht-button-link--secondary-action">
          Coachingsprofielen
        </Link>
        <Link to="/team/escalaties" className="utrecht-button-link utrecht-button-link--secondary-action">
          Escalaties
        </Link>
      </nav>

      {d.teams.length > 1 ? (
        <Form method="get" className="afs-filter">
          <Keuzelijst
            id="team"
            label={t("team.kiesTeam")}
            defaultValue={String(d.team.id)}
            opties={d.teams.map((x) => ({ value: String(x.id), label: x.naam }))}
          />
          <div className="afs-filter__knoppen">
            <Knop soort="secundair">{t("team.toon")}</Knop>
          </div>
        </Form>
      ) : null}

      {actie && actie.ok ? (
        <Melding soort={mislukt.length ? "waarschuwing" : "ok"} titel={t("team.resultaat")} role="status">
          <p className="utrecht-paragraph">
            {t("team.gelukt", { aantal: gelukt.length })}
            {mislukt.length ? ` · ${t("team.mislukt", { aantal: mislukt.length })}` : ""}
          </p>
          <ul className="afs-resultaten">
            {actie.uitkomsten.map((u) => (
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
      ) : null}

      {gedeactiveerd.length ? (
        <Melding soort="waarschuwing" titel={t("team.gedeactiveerdTitel")} role="status">
          <ul className="afs-resultaten">
            {gedeactiveerd.map((l) => (
              <li key={l.id}>
                {t("team.gedeactiveerdTekst", { naam: l.naam, aantal: l.open })}{" "}
                <Link to={filterUrl({ eigenaar: l.id, status: null })} className="utrecht-link">
                  {t("team.toonWerk")}
                </Link>
              </li>
            ))}
          </ul>
        </Melding>
      ) : null}

      <Sectie id="escalaties" titel={t("team.escalaties")}>
        <p className="utrecht-paragraph">
          {d.openEscalaties ? t("team.escalatiesTekst", { aantal: d.openEscalaties }) : t("team.escalatiesGeen")}{" "}
          <Link to={`/team/escalaties${d.teams.length > 1 ? `?team=${d.team.id}` : ""}`} className="utrecht-link">
            {t("team.naarEscalaties")}
          </Link>
        </p>
      </Sectie>

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
              {d.overzicht.leden.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    {l.naam}
                    {l.actief ? null : <span className="afs-gedeactiveerd">{t("team.gedeactiveerd")}</span>}
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
                  <Link to={filterUrl({ eigenaar: "geen", status: null })} className="utrecht-link" aria-label={`${t("team.zonderEigenaar")}: ${d.overzicht.zonderEigenaar.totaal}`}>
                    {d.overzicht.zonderEigenaar.totaal}
                  </Link>
                </td>
                <td className="afs-getal">{d.overzicht.zonderEigenaar.bijna}</td>
                <td className="afs-getal">{d.overzicht.zonderEigenaar.te_laat}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </Sectie>

      <Sectie id="team-lijst" titel={t("team.lijst")}>
        <StatusTellingen
          tellingen={d.tellingen}
          actief={d.filters.status}
          label={t("team.lijst")}
          href={(s) => filterUrl({ status: s })}
        />
        <Form method="get" className="afs-filter" aria-label={t("filter.titel")}>
          {d.teams.length > 1 ? <input type="hidden" name="team" value={d.team.id} /> : null}
          <Keuzelijst
            id="eigenaar"
            label={t("filter.medewerker")}
            defaultValue={d.filters.eigenaar ?? ""}
            opties={[
              { value: "", label: t("filter.alle") },
              ...d.overzicht.leden.map((l) => ({ value: l.id, label: l.actief ? l.naam : `${l.naam} (${t("team.gedeactiveerd")})` })),
              { value: "geen", label: t("filter.zonderEigenaar") },
            ]}
          />
          <SoortStatusFilter
            filters={d.filters}
            soorten={d.soorten}
            wisLink={gefilterd ? (d.teams.length > 1 ? `/team?team=${d.team.id}` : "/team") : null}
          />
        </Form>
        <ExportKnoppen pad="/team/export" zoek={location.search} label="Teamlijst downloaden" />

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
        <Paginering
          volgende={d.volgende}
          heeftVorige={!!d.filters.na}
          href={(na) => zoekUrl("/team", params, { na }) + "#team-lijst"}
        />
      </Sectie>
    </>
  );
}
