/**
 * What the detail page of one callback promise shows about it: the confirmation right after it was made, the
 * citizen and the question, the deadline, and the call attempts with how it ended.
 */
import { Link } from "@remix-run/react";
import { Melding } from "~/platform/ui/ui";
import type { TerugbelDetail } from "../terugbel.server";
import { KlantbeeldLink, TermijnSectie } from "./velden";

/** Shown once after "Terugbelafspraak vastleggen": when and by whom the citizen is called back. */
export function VastgelegdMelding({ a }: { a: TerugbelDetail }) {
  const termijn = a.termijnen[0];
  return (
    <Melding soort="ok" titel="Terugbelafspraak vastgelegd">
      <p className="utrecht-paragraph">
        {termijn ? (
          <>
            De inwoner wordt <strong>{termijn.tekst}</strong> teruggebeld
            {a.eigenaar ? ` door ${a.eigenaar}` : a.team ? ` door team ${a.team}` : ""}.
          </>
        ) : (
          "De terugbelafspraak is vastgelegd."
        )}
      </p>
    </Melding>
  );
}

export function InwonerEnVraag({ a, naam }: { a: TerugbelDetail; naam: string }) {
  return (
    <section className="afs-blok" aria-labelledby="gegevens-titel">
      <h2 id="gegevens-titel" className="utrecht-heading-2">
        Inwoner en vraag
      </h2>
      <dl className="afs-gegevens">
        <dt>Naam</dt>
        <dd>{naam}</dd>
        <dt>Telefoon</dt>
        <dd>
          <a className="utrecht-link" href={`tel:${a.burger.telefoonE164}`}>
            {a.burger.telefoon}
          </a>
          {a.oudeNummers.length ? <> (eerder onjuist: {a.oudeNummers.join(", ")})</> : null}
        </dd>
        <dt>E-mail</dt>
        <dd>{a.burger.email ?? "niet opgegeven"}</dd>
        <dt>Vraag</dt>
        <dd>{a.vraag}</dd>
        <dt>Kanaal</dt>
        <dd>{a.kanaal}</dd>
        <dt>Belt terug</dt>
        <dd>{a.eigenaar ?? (a.team ? `Team ${a.team}` : "niemand")}</dd>
        <dt>Vastgelegd</dt>
        <dd>
          {a.aangemaaktOp}
          {a.aangemaaktDoor ? ` door ${a.aangemaaktDoor}` : ""}
        </dd>
      </dl>
      <KlantbeeldLink burgerId={a.burger.burgerId} naam={naam} />
    </section>
  );
}

export function TerugbelTermijn({ a }: { a: TerugbelDetail }) {
  return (
    <TermijnSectie titelId="termijn-titel" titel="Termijn" termijnen={a.termijnen}>
      {a.afgesproken ? (
        <p className="utrecht-paragraph">
          Op verzoek van de inwoner: bellen op {a.afgesproken.op}
          {a.afgesproken.reden ? ` (${a.afgesproken.reden})` : ""}.
        </p>
      ) : null}
    </TermijnSectie>
  );
}

/** The attempts so far, and how the promise ended when it ended without a call (unreachable, cancelled, handed over). */
export function Belpogingen({ a }: { a: TerugbelDetail }) {
  return (
    <section className="afs-blok" aria-labelledby="pogingen-titel">
      <h2 id="pogingen-titel" className="utrecht-heading-2">
        Belpogingen ({a.mislukt} van {a.maxPogingen} zonder gehoor)
      </h2>
      {a.pogingen.length ? (
        <table className="afs-tabel">
          <caption className="afs-sr">Belpogingen</caption>
          <thead>
            <tr>
              <th scope="col">Wanneer</th>
              <th scope="col">Wie</th>
              <th scope="col">Uitkomst</th>
              <th scope="col">Notitie</th>
            </tr>
          </thead>
          <tbody>
            {a.pogingen.map((p, i) => (
              <tr key={i}>
                <td>{p.op}</td>
                <td>{p.door}</td>
                <td>{p.uitkomst}</td>
                <td>{p.notitie}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">Nog geen pogingen.</p>
      )}
      {a.status === "niet_bereikbaar" ? (
        <>
          <h3 className="utrecht-heading-3">Terugvalbericht aan de inwoner</h3>
          <p className="utrecht-paragraph">Reden: {a.nietBereikbaarReden}</p>
          <p className="utrecht-paragraph afs-pre">{a.terugvalBericht}</p>
        </>
      ) : null}
      {a.annuleerReden ? <p className="utrecht-paragraph">Geannuleerd. Reden: {a.annuleerReden}</p> : null}
      {a.overdrachtId ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/overdrachten/${a.overdrachtId}`}>
            Bekijk de warme overdracht
          </Link>
        </p>
      ) : null}
    </section>
  );
}
