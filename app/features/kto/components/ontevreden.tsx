/** The teamleider's list of unhappy satisfaction answers, with the follow-up buttons (forms, no JavaScript needed). */
import { Form, Link } from "@remix-run/react";
import { formatKort } from "~/domain/kalender/format";

export interface OntevredenWeergave {
  id: number;
  afspraakId: string;
  soort: string;
  titel: string;
  teamNaam: string | null;
  score: number;
  opmerking: string | null;
  beantwoordOp: number;
  opvolging: string;
  opgevolgdOp: number | null;
  opgevolgdDoorNaam: string | null;
  opvolgingAfspraakId: string | null;
  versie: number;
  link: string;
}

export function OntevredenTabel({
  rijen,
  soortTekst,
  opvolgingTekst,
  metActies,
}: {
  rijen: OntevredenWeergave[];
  soortTekst: Record<string, string>;
  opvolgingTekst: Record<string, string>;
  metActies: boolean;
}) {
  return (
    <table className="utrecht-table afs-tabel">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">Beantwoord</th>
          <th className="utrecht-table__header-cell" scope="col">Cijfer</th>
          <th className="utrecht-table__header-cell" scope="col">Over</th>
          <th className="utrecht-table__header-cell" scope="col">Team</th>
          <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
          <th className="utrecht-table__header-cell" scope="col">{metActies ? "Opvolgen" : "Opvolging"}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rijen.map((r) => (
          <tr key={r.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{formatKort(r.beantwoordOp)}</td>
            <td className="utrecht-table__cell">
              <strong>{r.score}</strong> van 5
            </td>
            <td className="utrecht-table__cell">
              {soortTekst[r.soort] ?? r.soort}:{" "}
              <Link to={r.link} className="utrecht-link">
                {r.titel}
              </Link>
            </td>
            <td className="utrecht-table__cell">{r.teamNaam ?? "—"}</td>
            <td className="utrecht-table__cell">{r.opmerking ?? <span className="afs-stil">geen toelichting</span>}</td>
            <td className="utrecht-table__cell">
              {metActies ? (
                <Form method="post" className="afs-knoppenrij">
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="versie" value={r.versie} />
                  <button type="submit" name="actie" value="terugbellen" className="utrecht-button utrecht-button--primary-action">
                    Zelf terugbellen
                  </button>{" "}
                  <button type="submit" name="actie" value="heropenen" className="utrecht-button utrecht-button--secondary-action">
                    Opnieuw oppakken
                  </button>{" "}
                  <button type="submit" name="actie" value="signaal" className="utrecht-button utrecht-button--secondary-action">
                    Signaal voor leerlogboek
                  </button>{" "}
                  <button type="submit" name="actie" value="afgedaan" className="utrecht-button utrecht-button--subtle">
                    Afdoen
                  </button>
                </Form>
              ) : (
                <>
                  {opvolgingTekst[r.opvolging] ?? r.opvolging}
                  {r.opgevolgdDoorNaam ? ` door ${r.opgevolgdDoorNaam}` : ""}
                  {r.opgevolgdOp ? `, ${formatKort(r.opgevolgdOp)}` : ""}
                  {r.opvolgingAfspraakId ? (
                    <>
                      {" "}
                      (
                      <Link to={`/terugbelafspraken/${r.opvolgingAfspraakId}`} className="utrecht-link">
                        terugbelafspraak
                      </Link>
                      )
                    </>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
