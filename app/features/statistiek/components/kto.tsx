/** Satisfaction of citizens (KTO): KPI, tables per team / norm / channel / kind with drill-down links. */
import { Link } from "@remix-run/react";

export interface KtoRegelWeergave {
  sleutel: string;
  label: string;
  aantal: number;
  gemiddeld: number | null;
  ontevreden: number;
  tevreden: number;
  link: string;
}

export interface KtoWeergave {
  totaal: KtoRegelWeergave;
  uitgenodigd: number;
  per: Record<"team" | "norm" | "kanaal" | "soort", KtoRegelWeergave[]>;
  filter: { van: string; tot: string };
}

const TITEL = { team: "Per team", norm: "Per norm", kanaal: "Per kanaal", soort: "Per soort afspraak" } as const;

function cijfer(n: number | null): string {
  return n === null ? "—" : n.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function pct(deel: number, geheel: number): string {
  return geheel ? `${Math.round((deel / geheel) * 100)}%` : "—";
}

export function KtoKengetal({ kto, meerLink }: { kto: KtoWeergave; meerLink?: string }) {
  const t = kto.totaal;
  return (
    <p className="utrecht-paragraph">
      Tevredenheid van inwoners (tevredenheidsvraag na afloop): gemiddeld <strong>{cijfer(t.gemiddeld)}</strong> van 5 uit{" "}
      <Link to={t.link} className="utrecht-link">
        {t.aantal} {t.aantal === 1 ? "antwoord" : "antwoorden"}
      </Link>{" "}
      ({pct(t.aantal, kto.uitgenodigd)} van de {kto.uitgenodigd} gevraagde inwoners); {t.ontevreden} ontevreden (1–2), {t.tevreden} tevreden (4–5).
      {meerLink ? (
        <>
          {" "}
          <Link to={meerLink} className="utrecht-link">
            Tevredenheid per team, norm en kanaal
          </Link>
        </>
      ) : null}
    </p>
  );
}

export function KtoTabellen({ kto, dimensies = ["team", "norm", "kanaal", "soort"] }: { kto: KtoWeergave; dimensies?: ("team" | "norm" | "kanaal" | "soort")[] }) {
  return (
    <>
      {dimensies.map((d) => (
        <table key={d} className="utrecht-table afs-tabel">
          <caption className="utrecht-table__caption">{TITEL[d]}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{TITEL[d].replace("Per ", "")}</th>
              <th className="utrecht-table__header-cell" scope="col">Antwoorden</th>
              <th className="utrecht-table__header-cell" scope="col">Gemiddeld (1–5)</th>
              <th className="utrecht-table__header-cell" scope="col">Ontevreden (1–2)</th>
              <th className="utrecht-table__header-cell" scope="col">Tevreden (4–5)</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {kto.per[d].length === 0 ? (
              <tr className="utrecht-table__row">
                <td className="utrecht-table__cell" colSpan={5}>
                  Geen antwoorden in deze periode.
                </td>
              </tr>
            ) : (
              kto.per[d].map((r) => (
                <tr key={r.sleutel} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {r.label}
                  </th>
                  <td className="utrecht-table__cell">
                    <Link to={r.link} className="utrecht-link">
                      {r.aantal}
                    </Link>
                  </td>
                  <td className="utrecht-table__cell">{cijfer(r.gemiddeld)}</td>
                  <td className="utrecht-table__cell">
                    {r.ontevreden} ({pct(r.ontevreden, r.aantal)})
                  </td>
                  <td className="utrecht-table__cell">
                    {r.tevreden} ({pct(r.tevreden, r.aantal)})
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** The section for the annual report and the dashboard. */
export function KtoSectie({ kto, titel, meerLink }: { kto: KtoWeergave; titel: string; meerLink?: string }) {
  return (
    <section aria-labelledby="kto-kop" className="jv-sectie">
      <h2 id="kto-kop" className="utrecht-heading-2">
        {titel}
      </h2>
      <KtoKengetal kto={kto} meerLink={meerLink} />
      {kto.totaal.aantal ? <KtoTabellen kto={kto} dimensies={["team", "norm", "kanaal"]} /> : null}
    </section>
  );
}
