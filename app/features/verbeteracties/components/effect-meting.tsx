/**
 * The measured effect of a realised improvement action: complaints on the lesson's theme in the N months before
 * and after realisation, with the window picker (a GET form) and a month-by-month table.
 */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, Melding } from "~/platform/ui/ui";
import { normNaam } from "~/features/klachten/recht";
import { MAANDEN_KORT } from "~/domain/kalender/format";
import type { EffectMeting } from "../verbeteracties.server";

function maandTekst(yyyymm: number): string {
  return `${MAANDEN_KORT[yyyymm % 100]} ${Math.floor(yyyymm / 100)}`;
}
function getal(n: number): string {
  return n.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
}

export function EffectSectie({ meting, normen, venster, vensters }: { meting: EffectMeting; normen: number[]; venster: number; vensters: number[] }) {
  return (
    <section className="ll-blok" aria-labelledby="effect-kop">
      <h2 id="effect-kop" className="utrecht-heading-2">Effect: zijn de herhaalklachten gedaald?</h2>
      <Form method="get" className="ll-filters" aria-label="Meetvenster kiezen">
        <Keuzelijst id="venster" label="Meetvenster" defaultValue={String(venster)} opties={vensters.map((n) => ({ value: String(n), label: `${n} maanden vóór en na` }))} />
        <Knop soort="secundair">Tonen</Knop>
      </Form>
      <Meting m={meting} normen={normen} />
    </section>
  );
}

function Meting({ m, normen }: { m: EffectMeting; normen: number[] }) {
  const thema = `${normen.length ? normen.map((n) => `${n}. ${normNaam(n)}`).join(", ") : "(de les heeft geen normen)"}`;
  return (
    <>
      <p className="utrecht-paragraph">
        Klachten met {normen.length === 1 ? "de norm" : "een van de normen"} {thema}
        {m.afdelingId !== null ? " binnen de afdeling van de les" : ""}, naar maand van ontvangst. De maand van realisatie ({maandTekst(m.realisatieMaand)}) telt niet mee.
      </p>
      <dl className="ll-gegevens">
        <dt>Vóór ({maandTekst(m.voor.van)} – {maandTekst(m.voor.tot)})</dt>
        <dd>{m.voor.aantal} ({getal(m.perMaandVoor)} per maand)</dd>
        <dt>Na ({maandTekst(m.na.van)} – {maandTekst(m.na.tot)})</dt>
        <dd>
          {m.na.maandenCompleet === 0
            ? "Nog geen volledige maand na de realisatie."
            : `${m.na.aantal}${m.compleet ? "" : ` in ${m.na.maandenCompleet} ${m.na.maandenCompleet === 1 ? "maand" : "maanden"}`} (${getal(m.perMaandNa ?? 0)} per maand)`}
        </dd>
        <dt>Verandering</dt>
        <dd>
          {m.verandering === null
            ? "Niet te berekenen (geen klachten vóór de realisatie of nog geen volledige maand erna)."
            : `${m.verandering > 0 ? "+" : m.verandering < 0 ? "−" : ""}${getal(Math.abs(m.verandering))}% ${m.verandering < 0 ? "minder" : m.verandering > 0 ? "meer" : "gelijk"}${m.compleet ? "" : " (per maand vergeleken)"}`}
        </dd>
      </dl>
      {!m.compleet ? (
        <Melding soort="waarschuwing" titel="Het meetvenster na de realisatie is nog niet compleet">
          <p className="utrecht-paragraph">
            {m.na.maandenCompleet} van de {m.vensterMaanden} maanden na de realisatie zijn voorbij; daarom worden de gemiddelden per maand vergeleken.
          </p>
        </Melding>
      ) : null}
      <table className="ll-tabel">
        <caption className="afs-sr">Klachten per maand vóór en na de realisatie</caption>
        <thead>
          <tr>
            <th scope="col">Maand</th>
            <th scope="col">Venster</th>
            <th scope="col" className="ll-getal">Klachten</th>
          </tr>
        </thead>
        <tbody>
          {m.maanden.map((r) => (
            <tr key={r.maand}>
              <th scope="row">{maandTekst(r.maand)}</th>
              <td>{r.venster === "voor" ? "vóór" : "na"}</td>
              <td className="ll-getal">{r.aantal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ll-zacht">Bron: de maandtelling van klachten per behoorlijkheidsnorm; een klacht met twee van deze normen telt twee keer.</p>
    </>
  );
}
