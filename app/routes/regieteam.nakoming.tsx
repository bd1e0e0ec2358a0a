/**
 * Regieteam: nakoming van het kwaliteitshandvest. Per charter norm and per team: % of deadlines met on time
 * (against the target), median time to meet (≈, from a histogram) and — live — overdue right now. Every number
 * links to the deadlines behind it (/regieteam/termijnen).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DashboardFilter, Getal, PercentageBalken, TabelBijGrafiek, pctTekst } from "~/platform/ui/grafiek";
import { ExportKnoppen } from "~/platform/ui/export";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { formatDatumTijd } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import { requireUser } from "~/platform/auth/permissions.server";
import { afdelingenLijst, controleerOrganisatie, teamsLijst } from "~/features/statistiek/basis.server";
import { PERIODE_PRESETS, PRESET_TEKST, leesStatFilter, maandParam } from "~/features/statistiek/filter";
import { nakoming, type NakomingRij } from "~/features/statistiek/nakoming.server";
import grafiekCss from "~/styles/grafiek.css";
import dashboardCss from "~/styles/dashboard.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Nakoming handvest – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const url = new URL(request.url);
  const gelezen = leesStatFilter(url.searchParams, now());
  const { filter, fouten } = controleerOrganisatie(gelezen.filter, gelezen.fouten);
  return data(
    {
      n: nakoming(filter),
      filter,
      fouten,
      waarden: Object.fromEntries(url.searchParams) as Record<string, string>,
      zoek: url.search,
      keuzes: { afdelingen: afdelingenLijst(), teams: teamsLijst() },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function NakomingTabel({ titel, kop, rijen, periode, vorig }: { titel: string; kop: string; rijen: NakomingRij[]; periode: string; vorig: string }) {
  return (
    <table className="db-tabel">
      <caption>{titel}</caption>
      <thead>
        <tr>
          <th scope="col">{kop}</th>
          <th scope="col" className="gr-getal">Gehaald</th>
          <th scope="col" className="gr-getal">Op tijd</th>
          <th scope="col" className="gr-getal">Te laat gehaald</th>
          <th scope="col" className="gr-getal">% op tijd</th>
          <th scope="col" className="gr-getal">% periode ervoor</th>
          <th scope="col">Mediane tijd tot gehaald</th>
          <th scope="col" className="gr-getal">Nu te laat</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.sleutel}>
            <th scope="row">{r.label}</th>
            <td className="gr-getal"><Getal n={r.aantal} link={r.linkAantal} label={`gehaalde termijnen ${r.label}, ${periode}`} /></td>
            <td className="gr-getal"><Getal n={r.opTijd} link={r.linkOpTijd} label={`op tijd gehaald ${r.label}, ${periode}`} /></td>
            <td className="gr-getal"><Getal n={r.teLaatGehaald} link={r.linkTeLaat} label={`te laat gehaald ${r.label}, ${periode}`} /></td>
            <td className="gr-getal">{pctTekst(r.pct, 1)}</td>
            <td className="gr-getal">{pctTekst(r.pctVorig, 1)}</td>
            <td>{r.mediaanTekst}</td>
            <td className="gr-getal"><Getal n={r.teLaatNu} link={r.linkTeLaatNu} label={`nu te laat ${r.label}`} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Nakoming() {
  const { n, filter, fouten, waarden, zoek, keuzes } = useLoaderData<typeof loader>();
  const periode = n.periode.tekst;
  const vorig = n.vorigePeriode.tekst;
  const onder = (rijen: NakomingRij[]) => rijen.filter((r) => r.pct !== null && r.pct < n.streefwaarde);
  const slechtste = [...n.perNorm].filter((r) => r.pct !== null).sort((a, b) => (a.pct ?? 0) - (b.pct ?? 0))[0];
  return (
    <>
      <PageTitle intro="Houden we ons aan het kwaliteitshandvest? Per norm en per team het aandeel termijnen dat op tijd is gehaald, de mediane tijd tot gehaald en wat nú te laat is. Elk getal leidt naar de termijnen erachter.">
        Nakoming handvest
      </PageTitle>
      <DashboardFilter
        waarden={waarden}
        fouten={fouten}
        keuzes={keuzes}
        metIndeling={false}
        presets={[...PERIODE_PRESETS, "eigen" as const].map((p) => ({ value: p, label: PRESET_TEKST[p] }))}
        standaardVan={maandParam(filter.van)}
        standaardTot={maandParam(filter.tot)}
      />
      {Object.keys(fouten).length ? (
        <Melding soort="fout" titel="Niet alle filters konden worden toegepast">
          <p className="utrecht-paragraph">Zie de meldingen bij de velden; daar is de standaardwaarde gebruikt.</p>
        </Melding>
      ) : null}
      <p className="utrecht-paragraph">
        Gehaalde termijnen in <strong>{periode}</strong> (maand waarin gehaald), vergeleken met {vorig}. "Nu te laat" is live: lopende termijnen waarvan het uiterste moment is verstreken (peilmoment {formatDatumTijd(n.peilmoment)}).
      </p>
      <div className="db-knoppen">
        <ExportKnoppen pad="/regieteam/nakoming/export" zoek={zoek} label="Tabellen nakoming downloaden" />
        <a className="utrecht-link" href={`/regieteam/dashboard${zoek}`}>Dashboard klachten en leren</a>
      </div>
      <section className="db-samenvatting" aria-labelledby="nk-samenvatting">
        <h2 id="nk-samenvatting" className="utrecht-heading-2">In één minuut</h2>
        <ol>
          <li>
            {pctTekst(n.totaal.pct, 1)} van {n.totaal.aantal.toLocaleString("nl-NL")} gehaalde termijnen was op tijd (streefwaarde {pctTekst(n.streefwaarde)}).
          </li>
          <li>
            {onder(n.perNorm).length} {onder(n.perNorm).length === 1 ? "norm" : "normen"} en {onder(n.perTeam).length} {onder(n.perTeam).length === 1 ? "team" : "teams"} onder de streefwaarde
            {slechtste ? `; laagste: ${slechtste.label} (${pctTekst(slechtste.pct, 1)})` : ""}.
          </li>
          <li>
            <a className="utrecht-link" href={`/regieteam/termijnen?nu=te_laat${filter.afdelingId ? `&afdeling=${filter.afdelingId}` : ""}${filter.teamId ? `&team=${filter.teamId}` : ""}`}>
              Nu {n.totaal.teLaatNu.toLocaleString("nl-NL")} {n.totaal.teLaatNu === 1 ? "termijn" : "termijnen"} te laat
            </a>
            .
          </li>
        </ol>
      </section>
      <section className="db-sectie" aria-labelledby="nk-norm">
        <h2 id="nk-norm" className="utrecht-heading-2">Per handvestnorm</h2>
        <PercentageBalken
          id="pct-norm"
          titel="Percentage op tijd per handvestnorm"
          beschrijving={`${onder(n.perNorm).length} van ${n.perNorm.filter((r) => r.pct !== null).length} normen met gegevens onder de streefwaarde van ${pctTekst(n.streefwaarde)}.`}
          rijen={n.perNorm.map((r) => ({ label: r.label, pct: r.pct, aantal: r.aantal }))}
          streefwaarde={n.streefwaarde}
          tabel={
            <TabelBijGrafiek open>
              <NakomingTabel titel="Nakoming per handvestnorm" kop="Norm" rijen={n.perNorm} periode={periode} vorig={vorig} />
            </TabelBijGrafiek>
          }
        />
      </section>
      <section className="db-sectie" aria-labelledby="nk-team">
        <h2 id="nk-team" className="utrecht-heading-2">Per team</h2>
        <PercentageBalken
          id="pct-team"
          titel="Percentage op tijd per team"
          beschrijving={`${onder(n.perTeam).length} van ${n.perTeam.filter((r) => r.pct !== null).length} teams met gegevens onder de streefwaarde van ${pctTekst(n.streefwaarde)}.`}
          rijen={n.perTeam.slice(0, 30).map((r) => ({ label: r.label, pct: r.pct, aantal: r.aantal }))}
          streefwaarde={n.streefwaarde}
          tabel={
            <TabelBijGrafiek>
              <NakomingTabel titel="Nakoming per team" kop="Team" rijen={n.perTeam} periode={periode} vorig={vorig} />
            </TabelBijGrafiek>
          }
        />
      </section>
      <p className="utrecht-paragraph db-kpi__uitleg">
        De mediaan komt uit een histogram met klassen van ongeveer 9 % breed en wijkt hoogstens ongeveer 5 % af van de exacte mediaan; daarom "≈". Het team is het team van de afspraak op het moment dat de termijn werd gehaald.
      </p>
    </>
  );
}
