/**
 * The sections of the complaints dashboard: the one-minute summary, the trend beside the previous year, the
 * distributions (norm, department, team, channel, oordeel, afloop), the recurring themes with their improvement
 * actions, and the KPIs of the four service principles. Every number links to the list behind it. The labels of
 * codes (norms, channels, periods, KPI names) come worded from the server in the page's language; the page's own
 * texts are keys in statistiek:dashboard.
 */
import { useTranslation } from "react-i18next";
import { GegroepeerdeStaven, Getal, HorizontaleBalken, TabelBijGrafiek, Verschil, pctTekst } from "~/platform/ui/grafiek";
import { maandParam, type StatFilter } from "../filter";
import type { Kpi, KlachtenDashboard, VerdelingRij } from "../klachten-dashboard.server";

type Props = { d: KlachtenDashboard; filter: StatFilter };

/** t of the dashboard's texts, with "1 x" / "n x" chosen by `n`. */
function useDb() {
  const { t, i18n } = useTranslation("statistiek");
  const k = (sleutel: string, w?: Record<string, string | number>) => t(`dashboard.${sleutel}`, w);
  const n = (sleutel: string, aantal: number, w?: Record<string, string | number>) => k(`${sleutel}${aantal === 1 ? "1" : "N"}`, { n: aantal, ...w });
  return { k, n, t, taal: i18n.language };
}

function VerdelingTabel({ titel, rijen, periode, vorig, kop }: { titel: string; rijen: VerdelingRij[]; periode: string; vorig: string; kop: string }) {
  const { k } = useDb();
  return (
    <TabelBijGrafiek>
      <table>
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            <th scope="col" className="gr-getal">{periode}</th>
            <th scope="col" className="gr-getal">{vorig}</th>
            <th scope="col">{k("kolom.verschil")}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.sleutel}>
              <th scope="row">{r.label}</th>
              <td className="gr-getal"><Getal n={r.nu} link={r.linkNu} label={k("aria.klachtenIn", { label: r.label, periode })} /></td>
              <td className="gr-getal"><Getal n={r.vorig} link={r.linkVorig} label={k("aria.klachtenIn", { label: r.label, periode: vorig })} /></td>
              <td><Verschil nu={r.nu} vorig={r.vorig} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelBijGrafiek>
  );
}

function kpiWaarde(k: Pick<Kpi, "soort">, w: number | null, geen: string | undefined, t: (s: string, w?: Record<string, string | number>) => string, taal: string): string {
  const locale = taal === "en" ? "en-GB" : "nl-NL";
  if (geen) return geen;
  if (w === null) return t("grafiek.geenGegevens");
  if (k.soort === "percentage") return pctTekst(w, 1, taal);
  if (k.soort === "per1000") return t("dashboard.per1000", { n: w.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  return w.toLocaleString(locale);
}

export function DashboardSamenvatting({ d, filter }: Props) {
  const { k, n } = useDb();
  const s = d.samenvatting;
  const nu = `${d.periode.tekst}`;
  const vj = `${d.vorigJaar.tekst}`;
  return (
      <section className="db-samenvatting" aria-labelledby="samenvatting-kop">
        <h2 id="samenvatting-kop" className="utrecht-heading-2">{k("minuut")}</h2>
        <ol>
          <li>
            {s.topNorm ? (
              <>
                {k("meestGeschonden")} <a className="utrecht-link" href={s.topNorm.link}>{s.topNorm.norm}. {s.topNorm.naam} ({n("klachten", s.topNorm.aantal)})</a>
                {s.topNormAfdeling ? (
                  <>
                    {k("vooralBij")} <a className="utrecht-link" href={s.topNormAfdeling.link}>{s.topNormAfdeling.naam} ({s.topNormAfdeling.aantal})</a>
                  </>
                ) : null}
                .{" "}
                {s.actiesLink ? (
                  <a className="utrecht-link" href={s.actiesLink}>
                    {s.lopendeActies === 0 ? k("actiesLopen0") : n("actiesLopen", s.lopendeActies)}
                  </a>
                ) : null}
                .
              </>
            ) : (
              <>{k("geenGeschonden", { periode: nu })}</>
            )}
          </li>
          <li>
            <a className="utrecht-link" href={`/klachten?van=${maandParam(d.periode.van)}&tot=${maandParam(d.periode.tot)}${filter.afdelingId ? `&afdeling=${filter.afdelingId}` : ""}${filter.teamId ? `&team=${filter.teamId}` : ""}`}>
              {n("ontvangen", s.totaal)}
            </a>{" "}
            ({vj}: {s.totaalVorigJaar}; <Verschil nu={s.totaal} vorig={s.totaalVorigJaar} />).
            {s.topAfdeling ? (
              <>
                {" "}{k("meesteAfdeling")} <a className="utrecht-link" href={s.topAfdeling.link}>{s.topAfdeling.naam} ({s.topAfdeling.aantal})</a>
              </>
            ) : null}
            {s.topKanaal ? (
              <>
                {s.topAfdeling ? ", " : " "}{k("meestVia")} <a className="utrecht-link" href={s.topKanaal.link}>{s.topKanaal.naam.toLowerCase()} ({s.topKanaal.aantal})</a>.
              </>
            ) : null}
          </li>
          <li>
            <a className="utrecht-link" href="#themas">
              {s.terugkerend === 0 ? k("themas0") : n("themas", s.terugkerend)}
            </a>{" "}
            {k("inVierKwartalen", { venster: d.themaVenster.tekst })}
          </li>
        </ol>
      </section>
  );
}

export function TrendSectie({ d, filter }: Props) {
  const { k } = useDb();
  const s = d.samenvatting;
  const nu = `${d.periode.tekst}`;
  const vj = `${d.vorigJaar.tekst}`;
  const per = k(filter.indeling === "kwartaal" ? "kwartaal" : "maand");
  return (
      <section className="db-sectie" aria-labelledby="sectie-trend">
        <h2 id="sectie-trend" className="utrecht-heading-2">{k("trend.kop")}</h2>
        <GegroepeerdeStaven
          id="trend"
          titel={k("trend.titel", { per })}
          beschrijving={k("trend.beschrijving", { n: s.totaal, nu, vorig: s.totaalVorigJaar, vj })}
          punten={d.trend}
          legendaNu={nu}
          legendaVorig={vj}
          tabel={
            <TabelBijGrafiek>
              <table>
                <caption>{k("trend.bijschrift", { per })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{k(filter.indeling === "kwartaal" ? "kolom.kwartaal" : "kolom.maand")}</th>
                    <th scope="col" className="gr-getal">{k("kolom.aantal")}</th>
                    <th scope="col" className="gr-getal">{k("kolom.jaarEerder")}</th>
                    <th scope="col">{k("kolom.verschil")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.trend.map((t) => (
                    <tr key={t.sleutel}>
                      <th scope="row">{t.labelLang}</th>
                      <td className="gr-getal"><Getal n={t.nu} link={t.linkNu} label={k("aria.klachten", { label: t.labelLang })} /></td>
                      <td className="gr-getal"><Getal n={t.vorig} link={t.linkVorig} label={k("aria.jaarEerder", { label: t.labelLang })} /></td>
                      <td><Verschil nu={t.nu} vorig={t.vorig} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TabelBijGrafiek>
          }
        />
      </section>
  );
}

/** The distributions, in order; their texts are statistiek:dashboard.verdeling.<id>.… */
const VERDELINGEN = [
  { id: "per-norm", sleutel: "norm", rijen: "perNorm", max: 22, extra: true, grafiek: false },
  { id: "per-afdeling", sleutel: "afdeling", rijen: "perAfdeling", grafiek: false },
  { id: "per-team", sleutel: "team", rijen: "perTeam", grafiek: true },
  { id: "per-kanaal", sleutel: "kanaal", rijen: "perKanaal", grafiek: false },
  { id: "per-oordeel", sleutel: "oordeel", rijen: "perOordeel", grafiek: false },
  { id: "per-afloop", sleutel: "afloop", rijen: "perAfloop", grafiek: true },
] as const;

export function VerdelingenSectie({ d }: Pick<Props, "d">) {
  const { k } = useDb();
  const nu = `${d.periode.tekst}`;
  const vj = `${d.vorigJaar.tekst}`;
  const groot = (rijen: VerdelingRij[], n = 12) => rijen.slice(0, n).map((r) => ({ label: r.label, nu: r.nu, vorig: r.vorig }));
  const beschrijf = (rijen: VerdelingRij[], wat: string) =>
    rijen[0] && rijen[0].nu > 0
      ? k("meesteKlachten", { wat, label: rijen[0].label, n: rijen[0].nu, rijen: k(rijen.length === 1 ? "rijen1" : "rijenN", { n: rijen.length }) })
      : k("geenKlachtenIn", { periode: nu });
  return (
      <section className="db-sectie" aria-labelledby="waar-kop">
        <h2 id="waar-kop" className="utrecht-heading-2">{k("waar")}</h2>
        {VERDELINGEN.map((v) => {
          const tekst = (s: string) => k(`verdeling.${v.sleutel}.${s}`);
          const rijen = d[v.rijen];
          return (
            <HorizontaleBalken
              key={v.id}
              id={v.id}
              titel={v.grafiek ? tekst("grafiek") : tekst("titel")}
              beschrijving={beschrijf(rijen, tekst("wat")) + ("extra" in v && v.extra ? tekst("extra") : "")}
              rijen={groot(rijen, "max" in v ? v.max : undefined)}
              legendaNu={nu}
              legendaVorig={vj}
              tabel={<VerdelingTabel titel={tekst("titel")} kop={tekst("kop")} rijen={rijen} periode={nu} vorig={vj} />}
            />
          );
        })}
      </section>
  );
}

export function ThemasSectie({ d }: Pick<Props, "d">) {
  const { k, n } = useDb();
  return (
      <section className="db-sectie" aria-labelledby="themas">
        <h2 id="themas" className="utrecht-heading-2">{k("themas.kop")}</h2>
        <p className="utrecht-paragraph">{k("themas.uitleg", { venster: d.themaVenster.tekst })}</p>
        {d.themas.length === 0 ? <p className="utrecht-paragraph">{k("themas.geen")}</p> : null}
        {d.themas.map((t) => (
          <article key={t.sleutel} className="db-thema" aria-labelledby={`thema-${t.sleutel}`}>
            <h3 id={`thema-${t.sleutel}`} className="utrecht-heading-3">
              {t.norm}. {t.normNaam}
              {t.afdelingNaam ? k("themas.bij", { afdeling: t.afdelingNaam }) : k("themas.alleAfdelingen")}
            </h3>
            <p className="utrecht-paragraph">
              {k("themas.inKwartalen", { klachten: n("klachten", t.totaal), aanwezig: t.aanwezig })}{" "}
              <strong>{k(`themas.trend.${t.trend}`)}</strong>.
            </p>
            <table className="db-tabel">
              <caption>{k("themas.bijschrift")}</caption>
              <thead>
                <tr>
                  {t.kwartalen.map((q) => (
                    <th key={q.kwartaal} scope="col" className="gr-getal">{q.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {t.kwartalen.map((q) => (
                    <td key={q.kwartaal} className="gr-getal"><Getal n={q.aantal} link={q.link} label={k("aria.klachten", { label: q.label })} /></td>
                  ))}
                </tr>
              </tbody>
            </table>
            <p className="utrecht-paragraph">
              <strong>{k("themas.acties")}</strong>{" "}
              {t.acties.length === 0 ? k("themas.geenActie") : k("themas.lopend", { n: t.lopendeActies })}
              <a className="utrecht-link" href={t.actiesLink}>{k("themas.bekijken")}</a>
            </p>
            {t.acties.length ? (
              <ul>
                {t.acties.map((a) => (
                  <li key={a.nummer}>
                    {a.nummer} {a.titel} — {k("themas.actie", { status: a.statusTekst, deadline: a.deadline })}
                    {a.teLaat ? k("themas.teLaat") : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </section>
  );
}

export function PrincipesSectie({ d }: Pick<Props, "d">) {
  const { k, t, taal } = useDb();
  const nu = `${d.periode.tekst}`;
  return (
      <section className="db-sectie" aria-labelledby="principes-kop">
        <h2 id="principes-kop" className="utrecht-heading-2">{k("principes.kop")}</h2>
        <p className="utrecht-paragraph">{k("principes.uitleg", { nu, vorige: d.vorigePeriode.tekst })}</p>
        <div className="db-principes">
          {d.principes.map((p) => (
            <section key={p.nr} className="db-principe" aria-labelledby={`principe-${p.nr}`}>
              <h3 id={`principe-${p.nr}`} className="utrecht-heading-3">
                {p.nr}. {p.naam}
              </h3>
              <dl>
                {p.kpis.map((x) => (
                  <div key={x.sleutel} className="db-kpi">
                    <dt>{x.naam}</dt>
                    <dd>
                      <span className="db-kpi__waarde">
                        {x.link && !x.geenWaarde && x.waarde !== null ? (
                          <a className="utrecht-link" href={x.link}>{kpiWaarde(x, x.waarde, undefined, t, taal)}</a>
                        ) : (
                          kpiWaarde(x, x.waarde, x.geenWaarde, t, taal)
                        )}
                      </span>
                      {x.noemer !== undefined && x.soort === "percentage" ? k("principes.vanDe", { teller: x.teller ?? 0, noemer: x.noemer }) : ""}
                    </dd>
                    <dd>{k("principes.ervoor")} {kpiWaarde(x, x.vorig, x.vorigGeenWaarde, t, taal)}</dd>
                    <dd className="db-kpi__uitleg">{x.toelichting}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </section>
  );
}
