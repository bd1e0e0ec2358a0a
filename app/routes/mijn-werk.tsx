import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, PageTitle, StatusLabel } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { requireUser } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import {
  bekendeSoorten,
  mijnAfspraken,
  mijnTellingen,
  teamVanMedewerker,
  voorMijnTeam,
  WERK_STATUSSEN,
  type WerkItem,
  type WerkStatus,
  type Tellingen,
} from "~/features/werklijsten/werklijsten.server";
import { nogNietLosgelaten } from "~/features/overdracht/overdracht.server";
import { formatRelatief } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Mijn werk – Afspraak" }];

// ------------------------------------------------------------------------------------------------ shared helpers
// (also used by the Team pages)

export interface WerkRij {
  id: string;
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
  versie: number;
}

/** Server side: the row as the page shows it, with the due moment in plain Dutch relative to now. */
export function naarRij(i: WerkItem, nu: number): WerkRij {
  return {
    id: i.id,
    soortNaam: i.soortNaam,
    link: i.link,
    titel: i.titel,
    burgerNaam: i.burgerNaam,
    burgerId: i.burgerId,
    eigenaarNaam: i.eigenaarNaam,
    teamNaam: i.teamNaam,
    kanaal: i.kanaal,
    termijnStatus: i.termijnStatus,
    termijnTekst: i.termijnOp != null ? formatRelatief(i.termijnOp, nu) : null,
    versie: i.versie,
  };
}

export function leesFilters(url: URL): { soort: string | null; status: WerkStatus | null; na: string | null } {
  const soort = url.searchParams.get("soort");
  const status = url.searchParams.get("status");
  const na = url.searchParams.get("na");
  return {
    soort: soort && /^[a-z_]{1,40}$/.test(soort) ? soort : null,
    status: status && (WERK_STATUSSEN as readonly string[]).includes(status) ? (status as WerkStatus) : null,
    na: na && na.length < 300 ? na : null,
  };
}

export function Termijn({ status, tekst }: { status: WerkStatus | null; tekst: string | null }) {
  const { t } = useTranslation("werk");
  if (!status || !tekst) return <span className="afs-zacht">{t("geenTermijn")}</span>;
  return (
    <span className="afs-termijn">
      <StatusLabel status={status} />
      <span className="afs-termijn__tekst">{tekst}</span>
    </span>
  );
}

/** The commitments table. `selecteer` adds a first column with checkboxes (name="item", value="id:versie"). */
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
              <td>
                <Termijn status={r.termijnStatus} tekst={r.termijnTekst} />
              </td>
              <td>{r.soortNaam}</td>
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
              {toonEigenaar ? <td>{r.eigenaarNaam ?? (r.teamNaam ? `${r.teamNaam} (team)` : "—")}</td> : null}
              <td>{r.kanaal ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Status counts as filter links (text + number; the active one marked with aria-current). */
export function StatusTellingen({
  tellingen,
  actief,
  href,
  label,
}: {
  tellingen: Tellingen;
  actief: WerkStatus | null;
  href: (status: WerkStatus | null) => string;
  label: string;
}) {
  const { t } = useTranslation("werk");
  const opties: { s: WerkStatus | null; n: number; naam: string }[] = [
    { s: null, n: tellingen.totaal, naam: t("status.alle") },
    { s: "te_laat", n: tellingen.te_laat, naam: t("status.te_laat") },
    { s: "bijna", n: tellingen.bijna, naam: t("status.bijna") },
    { s: "op_tijd", n: tellingen.op_tijd, naam: t("status.op_tijd") },
  ];
  return (
    <nav aria-label={label}>
      <ul className="afs-tellingen">
        {opties.map((o) => (
          <li key={o.s ?? "alle"}>
            <Link to={href(o.s)} aria-current={o.s === actief ? "true" : undefined}>
              {o.naam}
              <span className="afs-telling__n">{o.n}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Paginering({ volgende, href, heeftVorige }: { volgende: string | null; href: (na: string | null) => string; heeftVorige: boolean }) {
  const { t } = useTranslation("werk");
  if (!volgende && !heeftVorige) return null;
  return (
    <nav aria-label={t("pagina.label")} className="afs-paginering">
      {heeftVorige ? (
        <Link to={href(null)} className="utrecht-link">
          {t("pagina.eerste")}
        </Link>
      ) : null}
      {volgende ? (
        <Link to={href(volgende)} className="utrecht-link" rel="next">
          {t("pagina.volgende")}
        </Link>
      ) : null}
    </nav>
  );
}

/** The soort and status filter fields and the buttons of a worklist's GET filter form (Mijn werk, Team). */
export function SoortStatusFilter({
  filters,
  soorten,
  wisLink,
}: {
  filters: { soort: string | null; status: string | null };
  soorten: { value: string; label: string }[];
  wisLink: string | null;
}) {
  const { t } = useTranslation("werk");
  return (
    <>
      <Keuzelijst
        id="soort"
        label={t("filter.soort")}
        defaultValue={filters.soort ?? ""}
        opties={[{ value: "", label: t("filter.alle") }, ...soorten]}
      />
      <Keuzelijst
        id="status"
        label={t("filter.status")}
        defaultValue={filters.status ?? ""}
        opties={[
          { value: "", label: t("filter.alle") },
          { value: "te_laat", label: t("status.te_laat") },
          { value: "bijna", label: t("status.bijna") },
          { value: "op_tijd", label: t("status.op_tijd") },
        ]}
      />
      <div className="afs-filter__knoppen">
        <Knop soort="secundair">{t("filter.knop")}</Knop>
        {wisLink ? (
          <Link to={wisLink} className="utrecht-link">
            {t("filter.wis")}
          </Link>
        ) : null}
      </div>
    </>
  );
}

export function zoekUrl(pad: string, huidig: URLSearchParams, wijzig: Record<string, string | null>): string {
  const p = new URLSearchParams(huidig);
  for (const [k, v] of Object.entries(wijzig)) {
    if (v == null || v === "") p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString();
  return q ? `${pad}?${q}` : pad;
}

export function Sectie({ id, titel, uitleg, children }: { id: string; titel: string; uitleg?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="afs-werk-sectie">
      <h2 id={id} className="utrecht-heading-2">
        {titel}
      </h2>
      {uitleg ? <p className="utrecht-paragraph afs-werk-uitleg">{uitleg}</p> : null}
      {children}
    </section>
  );
}

// ------------------------------------------------------------------------------------------------ route

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const f = leesFilters(url);
  const nu = now();
  const pagina = mijnAfspraken(user.id, { soort: f.soort, status: f.status }, f.na);
  const tellingen = mijnTellingen(user.id, f.soort);
  const teamId = teamVanMedewerker(user.id);
  const team = voorMijnTeam(teamId, {}, null);
  const losgelaten = nogNietLosgelaten(user.id);
  const burgerIds = [...new Set([...pagina.items, ...team.items].map((i) => i.burgerId).filter(Boolean))];
  if (burgerIds.length) {
    audit({
      actor: { id: user.id, naam: user.naam },
      actie: "werklijst.mijn_werk",
      objectType: "burger",
      resultaat: "ok",
      oorsprong: origin(context),
      details: { burgerIds },
    });
  }
  return data({
    naam: user.naam,
    filters: f,
    rijen: pagina.items.map((i) => naarRij(i, nu)),
    volgende: pagina.volgende,
    tellingen,
    teamNaam: team.items[0]?.teamNaam ?? null,
    teamRijen: team.items.map((i) => naarRij(i, nu)),
    teamMeer: team.volgende != null,
    losgelaten: losgelaten.map((l) => ({
      id: l.id,
      titel: l.titel,
      statusTekst: l.statusTekst,
      ontvanger: l.ontvanger,
      termijnStatus: l.termijnOp != null && l.termijnOp <= nu ? ("te_laat" as const) : l.termijnStatus,
      termijnTekst: l.termijnOp != null ? formatRelatief(l.termijnOp, nu) : null,
    })),
    soorten: bekendeSoorten(),
  });
}

export default function MijnWerk() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("werk");
  const { t: tc } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const gefilterd = !!(d.filters.soort || d.filters.status);
  const helemaalLeeg = d.tellingen.totaal === 0 && !d.filters.soort && d.teamRijen.length === 0 && d.losgelaten.length === 0;

  return (
    <>
      <PageTitle intro={tc("mijnWerk.welkom", { naam: d.naam })}>{tc("mijnWerk.titel")}</PageTitle>
      <nav aria-label={t("mijn.acties")}>
        <ul className="afs-werk-acties">
          <li>
            <Link to="/terugbelafspraken/nieuw" className="utrecht-button utrecht-button--primary-action">
              {t("mijn.nieuweTerugbel")}
            </Link>
          </li>
          <li><Link to="/feedback/nieuw" className="utrecht-button utrecht-button--secondary-action">Compliment of suggestie</Link></li>
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

      {helemaalLeeg ? (
        <section aria-labelledby="leeg-titel" className="afs-melding">
          <h2 id="leeg-titel" className="utrecht-heading-2">
            {tc("mijnWerk.leeg")}
          </h2>
          <p className="utrecht-paragraph">{tc("mijnWerk.leegUitleg")}</p>
        </section>
      ) : (
        <>
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
            <ExportKnoppen pad="/mijn-werk/export" zoek={location.search} label="Mijn werk downloaden" />
            {d.rijen.length ? (
              <WerkTabel rijen={d.rijen} caption={t("mijn.lijst")} />
            ) : (
              <p className="utrecht-paragraph">{gefilterd ? t("mijn.geenMetFilter") : tc("mijnWerk.leeg")}</p>
            )}
            <Paginering
              volgende={d.volgende}
              heeftVorige={!!d.filters.na}
              href={(na) => zoekUrl("/mijn-werk", params, { na })}
            />
          </Sectie>

          <Sectie
            id="team-lijst"
            titel={t("mijn.team")}
            uitleg={d.teamNaam ? t("mijn.teamUitleg", { team: d.teamNaam }) : undefined}
          >
            {d.teamRijen.length ? (
              <WerkTabel rijen={d.teamRijen} caption={t("mijn.team")} />
            ) : (
              <p className="utrecht-paragraph">{t("mijn.teamLeeg")}</p>
            )}
          </Sectie>

          <Sectie id="losgelaten" titel={t("mijn.losgelaten")} uitleg={t("mijn.losgelatenUitleg")}>
            {d.losgelaten.length ? (
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
                    {d.losgelaten.map((l) => (
                      <tr key={l.id}>
                        <td>
                          <Termijn status={l.termijnStatus} tekst={l.termijnTekst} />
                        </td>
                        <td>
                          <Link to={`/overdrachten/${l.id}`} className="utrecht-link">
                            {l.titel}
                          </Link>
                        </td>
                        <td>{l.ontvanger}</td>
                        <td>{l.statusTekst}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="utrecht-paragraph">{t("mijn.losgelatenLeeg")}</p>
            )}
          </Sectie>
        </>
      )}
    </>
  );
}
