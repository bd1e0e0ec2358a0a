/** The privacy officer's list of requests and the registration form (works without JavaScript). */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, TekstGebied, TekstVeld } from "~/platform/ui/ui";

type Fouten = Record<string, string[] | undefined>;

export interface LijstRij {
  id: string;
  soortTekst: string;
  burgerNaam: string;
  statusTekst: string;
  ontvangen: string;
  uiterlijk: string | null;
  termijnStatus: string | null;
  verlengd: boolean;
}

const STATUS_TEKST: Record<string, string> = { op_tijd: "op tijd", bijna: "bijna verlopen", te_laat: "te laat" };

export function VerzoekenTabel({ verzoeken }: { verzoeken: LijstRij[] }) {
  if (!verzoeken.length) return <p className="utrecht-paragraph">Er zijn nog geen privacyverzoeken. Zoek de inwoner in het klantbeeld en kies daar ‘Privacyverzoek registreren’.</p>;
  return (
    <table className="utrecht-table afs-tabel">
      <caption className="utrecht-table__caption">Privacyverzoeken, openstaande eerst op uiterste moment</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">Verzoek</th>
          <th className="utrecht-table__header-cell" scope="col">Inwoner</th>
          <th className="utrecht-table__header-cell" scope="col">Ontvangen</th>
          <th className="utrecht-table__header-cell" scope="col">Uiterlijk</th>
          <th className="utrecht-table__header-cell" scope="col">Status</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {verzoeken.map((v) => (
          <tr className="utrecht-table__row" key={v.id}>
            <td className="utrecht-table__cell">
              <Link to={`/privacy/${v.id}`} className="utrecht-link">
                {v.soortTekst}
              </Link>
            </td>
            <td className="utrecht-table__cell">{v.burgerNaam}</td>
            <td className="utrecht-table__cell">{v.ontvangen}</td>
            <td className="utrecht-table__cell">
              {v.uiterlijk ?? "–"}
              {v.verlengd ? " (verlengd)" : ""}
            </td>
            <td className="utrecht-table__cell">
              {v.statusTekst}
              {v.termijnStatus ? `, ${STATUS_TEKST[v.termijnStatus] ?? v.termijnStatus}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface NieuwData {
  burger: { id: string; naam: string; telefoon: string | null; email: string | null } | null;
  vandaag: string;
  soorten: { value: string; label: string }[];
  kanalen: { value: string; label: string }[];
  voorbeeld: { uiterlijk: string; uitleg: string };
}

export function NieuwVerzoekFormulier({ d, fouten = {}, invoer = {}, melding }: { d: NieuwData; fouten?: Fouten; invoer?: Record<string, string>; melding?: string | null }) {
  if (!d.burger)
    return (
      <Melding soort="waarschuwing" titel="Kies eerst de inwoner">
        <p className="utrecht-paragraph">
          Een privacyverzoek hoort bij een inwoner. Zoek de inwoner in het <Link to="/klantbeeld" className="utrecht-link">klantbeeld</Link> en kies daar ‘Privacyverzoek registreren’.
        </p>
      </Melding>
    );
  return (
    <Form method="post" className="afs-formulier" noValidate>
      {melding ? <Melding soort="fout">{melding}</Melding> : null}
      <input type="hidden" name="burgerId" value={d.burger.id} />
      <p className="utrecht-paragraph">
        Inwoner: <strong>{d.burger.naam}</strong>
        {d.burger.telefoon ? ` · ${d.burger.telefoon}` : ""}
        {d.burger.email ? ` · ${d.burger.email}` : ""}
      </p>
      <Keuzelijst id="soort" label="Soort verzoek" opties={d.soorten} defaultValue={invoer.soort ?? "inzage"} fout={fouten.soort} />
      <TekstVeld
        id="ontvangenDatum"
        label="Ontvangen op"
        type="date"
        max={d.vandaag}
        defaultValue={invoer.ontvangenDatum ?? d.vandaag}
        hint="De termijn van één maand (AVG art. 12 lid 3) loopt vanaf de ontvangst."
        fout={fouten.ontvangenDatum}
      />
      <Keuzelijst id="kanaal" label="Binnengekomen via" opties={d.kanalen} defaultValue={invoer.kanaal ?? "brief"} fout={fouten.kanaal} />
      <TekstGebied id="omschrijving" label="Wat vraagt de inwoner?" defaultValue={invoer.omschrijving ?? ""} fout={fouten.omschrijving} />
      <p className="utrecht-paragraph" data-testid="voorbeeld-termijn">
        Ontvangen vandaag? Dan is het antwoord uiterlijk <strong>{d.voorbeeld.uiterlijk}</strong> verschuldigd ({d.voorbeeld.uitleg}).
      </p>
      <Knop>Verzoek registreren</Knop>
    </Form>
  );
}
