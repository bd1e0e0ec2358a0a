/**
 * The sections of the charter-compliance dashboard: the one-minute summary and, per charter norm and per team,
 * the share of deadlines met on time against the target, with the table behind the chart.
 */
import { Getal, PercentageBalken, TabelBijGrafiek, pctTekst } from "~/platform/ui/grafiek";
import type { StatFilter } from "../filter";
import type { Nakoming, NakomingRij } from "../nakoming.server";

function onderStreef(n: Nakoming, rijen: NakomingRij[]): NakomingRij[] {
  return rijen.filter((r) => r.pct !== null && r.pct < n.streefwaarde);
}

function NakomingTabel({ titel, kop, rijen, periode }: { titel: string; kop: string; rijen: NakomingRij[]; periode: string }) {
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

export function NakomingSamenvatting({ n, filter }: { n: Nakoming; filter: StatFilter }) {
  const onder = (rijen: NakomingRij[]) => onderStreef(n, rijen);
  const slechtste = [...n.perNorm].filter((r) => r.pct !== null).sort((a, b) => (a.pct ?? 0) - (b.pct ?? 0))[0];
  return (
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
  );
}

const PER = {
  norm: { kop: "Per handvestnorm", meervoud: "normen", tabel: "Nakoming per handvestnorm", kolom: "Norm", open: true, max: Infinity },
  team: { kop: "Per team", meervoud: "teams", tabel: "Nakoming per team", kolom: "Team", open: false, max: 30 },
} as const;

/** Per charter norm (all, table open) or per team (the first 30 in the chart, all in the table). */
export function NakomingSectie({ n, per }: { n: Nakoming; per: keyof typeof PER }) {
  const v = PER[per];
  const rijen = per === "norm" ? n.perNorm : n.perTeam;
  return (
    <section className="db-sectie" aria-labelledby={`nk-${per}`}>
      <h2 id={`nk-${per}`} className="utrecht-heading-2">{v.kop}</h2>
      <PercentageBalken
        id={`pct-${per}`}
        titel={`Percentage op tijd per ${per === "norm" ? "handvestnorm" : "team"}`}
        beschrijving={`${onderStreef(n, rijen).length} van ${rijen.filter((r) => r.pct !== null).length} ${v.meervoud} met gegevens onder de streefwaarde van ${pctTekst(n.streefwaarde)}.`}
        rijen={rijen.slice(0, v.max).map((r) => ({ label: r.label, pct: r.pct, aantal: r.aantal }))}
        streefwaarde={n.streefwaarde}
        tabel={
          <TabelBijGrafiek open={v.open || undefined}>
            <NakomingTabel titel={v.tabel} kop={v.kolom} rijen={rijen} periode={n.periode.tekst} />
          </TabelBijGrafiek>
        }
      />
    </section>
  );
}
