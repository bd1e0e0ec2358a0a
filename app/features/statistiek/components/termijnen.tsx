/** The deadlines behind a compliance number: the filter values that could not be used, and the table (50 a page). */
import { Melding } from "~/platform/ui/ui";
import { formatKort } from "~/domain/kalender/format";
import type { TermijnLijstRij } from "../nakoming.server";

export function TermijnFilterFouten({ fouten }: { fouten: Partial<Record<string, string>> }) {
  return (
    <>
      {Object.keys(fouten).length ? (
        <Melding soort="fout" titel="Niet alle filters konden worden toegepast">
          <ul>
            {Object.entries(fouten).map(([k, v]) => (
              <li key={k}>{k}: {v}</li>
            ))}
          </ul>
        </Melding>
      ) : null}
    </>
  );
}

/** `nu`: the list of deadlines overdue right now (their "Op tijd" says they are still running). */
export function TermijnenTabel({ rijen, beschrijving, nu }: { rijen: TermijnLijstRij[]; beschrijving: string[]; nu: boolean }) {
  return (
    <>
      {rijen.length ? (
        <div className="afs-tabel-container">
          <table className="db-tabel">
            <caption className="afs-sr">Termijnen{beschrijving.length ? `: ${beschrijving.join(", ")}` : ""}</caption>
            <thead>
              <tr>
                <th scope="col">Afspraak</th>
                <th scope="col">Soort</th>
                <th scope="col">Team</th>
                <th scope="col">Eigenaar</th>
                <th scope="col">Norm</th>
                <th scope="col">Start</th>
                <th scope="col">Uiterlijk</th>
                <th scope="col">Gehaald</th>
                <th scope="col">Op tijd</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.termijnId}>
                  <td><a className="utrecht-link" href={r.link}>{r.titel}</a></td>
                  <td>{r.soortNaam}</td>
                  <td>{r.team ?? "—"}</td>
                  <td>{r.eigenaar ?? "—"}</td>
                  <td>{r.normCode} – {r.normTitel}</td>
                  <td>{formatKort(r.startOp)}</td>
                  <td>{formatKort(r.termijnOp)}</td>
                  <td>{r.gehaaldOp ? formatKort(r.gehaaldOp) : "nog niet"}</td>
                  <td>{r.opTijd === null ? (nu ? "■ Te laat (loopt nog)" : "—") : r.opTijd ? "✓ Op tijd" : "■ Te laat"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">Geen termijnen met deze filters.</p>
      )}
    </>
  );
}
