/**
 * The sections of the complaints dashboard: the one-minute summary, the trend beside the previous year, the
 * distributions (norm, department, team, channel, oordeel, afloop), the recurring themes with their improvement
 * actions, and the KPIs of the four service principles. Every number links to the list behind it.
 */
import { GegroepeerdeStaven, Getal, HorizontaleBalken, TabelBijGrafiek, Verschil, pctTekst } from "~/platform/ui/grafiek";
import { maandParam, type StatFilter } from "../filter";
import type { Kpi, KlachtenDashboard, VerdelingRij } from "../klachten-dashboard.server";

type Props = { d: KlachtenDashboard; filter: StatFilter };

function VerdelingTabel({ titel, rijen, periode, vorig, kop }: { titel: string; rijen: VerdelingRij[]; periode: string; vorig: string; kop: string }) {
  return (
    <TabelBijGrafiek>
      <table>
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            <th scope="col" className="gr-getal">{periode}</th>
            <th scope="col" className="gr-getal">{vorig}</th>
            <th scope="col">Verschil</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.sleutel}>
              <th scope="row">{r.label}</th>
              <td className="gr-getal"><Getal n={r.nu} link={r.linkNu} label={`klachten ${r.label}, ${periode}`} /></td>
              <td className="gr-getal"><Getal n={r.vorig} link={r.linkVorig} label={`klachten ${r.label}, ${vorig}`} /></td>
              <td><Verschil nu={r.nu} vorig={r.vorig} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelBijGrafiek>
  );
}

function kpiWaarde(k: Pick<Kpi, "soort">, w: number | null, geen?: string): string {
  if (geen) return geen;
  if (w === null) return "geen gegevens";
  if (k.soort === "percentage") return pctTekst(w, 1);
  if (k.soort === "per1000") return `${w.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} per 1.000 contacten`;
  return w.toLocaleString("nl-NL");
}

export function DashboardSamenvatting({ d, filter }: Props) {
  const s = d.samenvatting;
  const nu = `${d.periode.tekst}`;
  const vj = `${d.vorigJaar.tekst}`;
  return (
      <section className="db-samenvatting" aria-labelledby="samenvatting-kop">
        <h2 id="samenvatting-kop" className="utrecht-heading-2">In één minuut</h2>
        <ol>
          <li>
            {s.topNorm ? (
              <>
                Meest geschonden norm: <a className="utrecht-link" href={s.topNorm.link}>{s.topNorm.norm}. {s.topNorm.naam} ({s.topNorm.aantal} {s.topNorm.aantal === 1 ? "klacht" : "klachten"})</a>
                {s.topNormAfdeling ? (
                  <>
                    , vooral bij afdeling <a className="utrecht-link" href={s.topNormAfdeling.link}>{s.topNormAfdeling.naam} ({s.topNormAfdeling.aantal})</a>
                  </>
                ) : null}
                .{" "}
                {s.actiesLink ? (
                  <a className="utrecht-link" href={s.actiesLink}>
                    {s.lopendeActies === 0 ? "Er loopt nog geen verbeteractie op dit thema" : s.lopendeActies === 1 ? "1 verbeteractie loopt op dit thema" : `${s.lopendeActies} verbeteracties lopen op dit thema`}
                  </a>
                ) : null}
                .
              </>
            ) : (
              <>Geen geschonden behoorlijkheidsnormen vastgesteld bij klachten ontvangen in {nu}.</>
            )}
          </li>
          <li>
            <a className="utrecht-link" href={`/klachten?van=${maandParam(d.periode.van)}&tot=${maandParam(d.periode.tot)}${filter.afdelingId ? `&afdeling=${filter.afdelingId}` : ""}${filter.teamId ? `&team=${filter.teamId}` : ""}`}>
              {s.totaal} {s.totaal === 1 ? "klacht" : "klachten"} ontvangen
            </a>{" "}
            ({vj}: {s.totaalVorigJaar}; <Verschil nu={s.totaal} vorig={s.totaalVorigJaar} />).
            {s.topAfdeling ? (
              <>
                {" "}Meeste klachten over afdeling <a className="utrecht-link" href={s.topAfdeling.link}>{s.topAfdeling.naam} ({s.topAfdeling.aantal})</a>
              </>
            ) : null}
            {s.topKanaal ? (
              <>
                {s.topAfdeling ? ", " : " "}meest via <a className="utrecht-link" href={s.topKanaal.link}>{s.topKanaal.naam.toLowerCase()} ({s.topKanaal.aantal})</a>.
              </>
            ) : null}
          </li>
          <li>
            <a className="utrecht-link" href="#themas">
              {s.terugkerend === 0 ? "Geen terugkerende thema's" : s.terugkerend === 1 ? "1 terugkerend thema" : `${s.terugkerend} terugkerende thema's`}
            </a>{" "}
            in de laatste vier kwartalen ({d.themaVenster.tekst}).
          </li>
        </ol>
      </section>
  );
}

export function TrendSectie({ d, filter }: Props) {
  const s = d.samenvatting;
  const nu = `${d.periode.tekst}`;
  const vj = `${d.vorigJaar.tekst}`;
  return (
      <section className="db-sectie" aria-labelledby="sectie-trend">
        <h2 id="sectie-trend" className="utrecht-heading-2">Trend</h2>
        <GegroepeerdeStaven
          id="trend"
          titel={`Klachten per ${filter.indeling === "kwartaal" ? "kwartaal" : "maand"}, met dezelfde periode vorig jaar`}
          beschrijving={`${s.totaal} klachten in ${nu} tegen ${s.totaalVorigJaar} in ${vj}.`}
          punten={d.trend}
          legendaNu={nu}
          legendaVorig={vj}
          tabel={
            <TabelBijGrafiek>
              <table>
                <caption>Klachten per {filter.indeling === "kwartaal" ? "kwartaal" : "maand"}</caption>
                <thead>
                  <tr>
                    <th scope="col">{filter.indeling === "kwartaal" ? "Kwartaal" : "Maand"}</th>
                    <th scope="col" className="gr-getal">Aantal</th>
                    <th scope="col" className="gr-getal">Een jaar eerder</th>
                    <th scope="col">Verschil</th>
                  </tr>
                </thead>
                <tbody>
                  {d.trend.map((t) => (
                    <tr key={t.sleutel}>
                      <th scope="row">{t.labelLang}</th>
                      <td className="gr-getal"><Getal n={t.nu} link={t.linkNu} label={`klachten ${t.labelLang}`} /></td>
                      <td className="gr-getal"><Getal n={t.vorig} link={t.linkVorig} label={`klachten een jaar eerder dan ${t.labelLang}`} /></td>
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

export function VerdelingenSectie({ d }: Pick<Props, "d">) {
  const nu = `${d.periode.tekst}`;
  const vj = `${d.vorigJaar.tekst}`;
  const groot = (rijen: VerdelingRij[], n = 12) => rijen.slice(0, n).map((r) => ({ label: r.label, nu: r.nu, vorig: r.vorig }));
  const beschrijf = (rijen: VerdelingRij[], wat: string) =>
    rijen[0] && rijen[0].nu > 0 ? `Meeste klachten ${wat}: ${rijen[0].label} (${rijen[0].nu}). ${rijen.length} ${rijen.length === 1 ? "rij" : "rijen"}.` : `Geen klachten in ${nu}.`;
  return (
      <section className="db-sectie" aria-labelledby="waar-kop">
        <h2 id="waar-kop" className="utrecht-heading-2">Waarover en waar</h2>
        {[
          { id: "per-norm", titel: "Geschonden behoorlijkheidsnormen", kop: "Norm", rijen: d.perNorm, wat: "over norm", max: 22,
            extra: " Alleen klachten met een conclusie hebben geschonden normen." },
          { id: "per-afdeling", titel: "Klachten per afdeling", kop: "Afdeling", rijen: d.perAfdeling, wat: "over afdeling" },
          { id: "per-team", titel: "Klachten per team", kop: "Team", rijen: d.perTeam, wat: "over team",
            grafiekTitel: "Klachten per team (de 12 met de meeste klachten; alle in de tabel)" },
          { id: "per-kanaal", titel: "Klachten per kanaal", kop: "Kanaal", rijen: d.perKanaal, wat: "via" },
          { id: "per-oordeel", titel: "Klachten per oordeel", kop: "Oordeel", rijen: d.perOordeel, wat: "met oordeel" },
          { id: "per-afloop", titel: "Klachten per afloop", kop: "Afloop", rijen: d.perAfloop, wat: "met afloop",
            grafiekTitel: "Afloop: informeel, 9:8, afgehandeld of open" },
        ].map((v) => (
          <HorizontaleBalken
            key={v.id}
            id={v.id}
            titel={v.grafiekTitel ?? v.titel}
            beschrijving={beschrijf(v.rijen, v.wat) + (v.extra ?? "")}
            rijen={groot(v.rijen, v.max)}
            legendaNu={nu}
            legendaVorig={vj}
            tabel={<VerdelingTabel titel={v.titel} kop={v.kop} rijen={v.rijen} periode={nu} vorig={vj} />}
          />
        ))}
      </section>
  );
}

export function ThemasSectie({ d }: Pick<Props, "d">) {
  return (
      <section className="db-sectie" aria-labelledby="themas">
        <h2 id="themas" className="utrecht-heading-2">Terugkerende thema's</h2>
        <p className="utrecht-paragraph">
          Een norm (of een norm binnen één afdeling) die in minstens 3 van de laatste 4 kwartalen ({d.themaVenster.tekst}) terugkwam, gerangschikt op aantal en trend, met de verbeteracties op dat thema.
        </p>
        {d.themas.length === 0 ? <p className="utrecht-paragraph">Geen terugkerende thema's.</p> : null}
        {d.themas.map((t) => (
          <article key={t.sleutel} className="db-thema" aria-labelledby={`thema-${t.sleutel}`}>
            <h3 id={`thema-${t.sleutel}`} className="utrecht-heading-3">
              {t.norm}. {t.normNaam}
              {t.afdelingNaam ? ` bij ${t.afdelingNaam}` : " (alle afdelingen)"}
            </h3>
            <p className="utrecht-paragraph">
              {t.totaal} {t.totaal === 1 ? "klacht" : "klachten"} in {t.aanwezig} van 4 kwartalen; trend laatste kwartaal:{" "}
              <strong>{t.trend === "stijgend" ? "▲ stijgend" : t.trend === "dalend" ? "▼ dalend" : "gelijk"}</strong>.
            </p>
            <table className="db-tabel">
              <caption>Klachten per kwartaal op dit thema</caption>
              <thead>
                <tr>
                  {t.kwartalen.map((k) => (
                    <th key={k.kwartaal} scope="col" className="gr-getal">{k.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {t.kwartalen.map((k) => (
                    <td key={k.kwartaal} className="gr-getal"><Getal n={k.aantal} link={k.link} label={`klachten ${k.label}`} /></td>
                  ))}
                </tr>
              </tbody>
            </table>
            <p className="utrecht-paragraph">
              <strong>Verbeteracties:</strong>{" "}
              {t.acties.length === 0 ? "nog geen verbeteractie op dit thema. " : `${t.lopendeActies} lopend. `}
              <a className="utrecht-link" href={t.actiesLink}>Verbeteracties op dit thema bekijken</a>
            </p>
            {t.acties.length ? (
              <ul>
                {t.acties.map((a) => (
                  <li key={a.nummer}>
                    {a.nummer} {a.titel} — {a.statusTekst}, uiterlijk {a.deadline}
                    {a.teLaat ? " (te laat)" : ""}
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
  const nu = `${d.periode.tekst}`;
  return (
      <section className="db-sectie" aria-labelledby="principes-kop">
        <h2 id="principes-kop" className="utrecht-heading-2">Kengetallen van de vier dienstverleningsprincipes</h2>
        <p className="utrecht-paragraph">{nu}, tussen haakjes de periode ervoor ({d.vorigePeriode.tekst}).</p>
        <div className="db-principes">
          {d.principes.map((p) => (
            <section key={p.nr} className="db-principe" aria-labelledby={`principe-${p.nr}`}>
              <h3 id={`principe-${p.nr}`} className="utrecht-heading-3">
                {p.nr}. {p.naam}
              </h3>
              <dl>
                {p.kpis.map((k) => (
                  <div key={k.sleutel} className="db-kpi">
                    <dt>{k.naam}</dt>
                    <dd>
                      <span className="db-kpi__waarde">
                        {k.link && !k.geenWaarde && k.waarde !== null ? <a className="utrecht-link" href={k.link}>{kpiWaarde(k, k.waarde)}</a> : kpiWaarde(k, k.waarde, k.geenWaarde)}
                      </span>
                      {k.noemer !== undefined && k.soort === "percentage" ? ` (${k.teller} van ${k.noemer})` : ""}
                    </dd>
                    <dd>Periode ervoor: {kpiWaarde(k, k.vorig, k.vorigGeenWaarde)}</dd>
                    <dd className="db-kpi__uitleg">{k.toelichting}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </section>
  );
}
