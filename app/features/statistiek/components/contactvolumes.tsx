/**
 * The contact-volume form (new, or "Wijzigen" of an existing row with its version in `bekend`) and the list of
 * the last 24 months with a "Wijzigen" link per row.
 */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import { KANAAL_TEKST, KLACHT_KANALEN } from "~/features/klachten/recht";
import { formatDatumTijd } from "~/domain/kalender/format";
import { maandParam } from "../filter";
import type { ContactvolumeFouten, ContactvolumeRij, ContactvolumeWaarden } from "../contactvolumes.server";

export function ContactvolumeFormulier({ w, fouten, afdelingen }: { w: ContactvolumeWaarden; fouten: ContactvolumeFouten; afdelingen: { id: number; naam: string }[] }) {
  return (
      <Form method="post" noValidate className="db-filters" aria-labelledby="cv-form-kop" key={w.bekend + w.maand + w.kanaal + w.afdeling}>
        <h2 id="cv-form-kop" className="utrecht-heading-2 afs-sr">{w.bekend ? "Contactvolume wijzigen" : "Contactvolume invoeren"}</h2>
        <TekstVeld id="maand" label="Maand" hint="JJJJ-MM" type="month" defaultValue={w.maand} fout={fouten.maand} required />
        <Keuzelijst id="kanaal" label="Kanaal" defaultValue={w.kanaal} fout={fouten.kanaal} opties={KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))} />
        <Keuzelijst
          id="afdeling"
          label="Afdeling"
          defaultValue={w.afdeling}
          fout={fouten.afdeling}
          opties={[{ value: "", label: "Hele organisatie" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <TekstVeld id="aantal" label="Aantal contacten" inputMode="numeric" defaultValue={w.aantal} fout={fouten.aantal} required />
        <input type="hidden" name="bekend" value={w.bekend} />
        <Knop>{w.bekend ? "Wijziging opslaan" : "Opslaan"}</Knop>
      </Form>
  );
}

export function ContactvolumesLijst({ lijst }: { lijst: ContactvolumeRij[] }) {
  return (
    <>
      <h2 className="utrecht-heading-2">Laatste 24 maanden</h2>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen contactvolumes ingevoerd.</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="db-tabel">
            <caption className="afs-sr">Ingevoerde contactvolumes, nieuwste maand eerst</caption>
            <thead>
              <tr>
                <th scope="col">Maand</th>
                <th scope="col">Afdeling</th>
                <th scope="col">Kanaal</th>
                <th scope="col" className="gr-getal">Aantal</th>
                <th scope="col">Laatst gewijzigd</th>
                <th scope="col"><span className="afs-sr">Actie</span></th>
              </tr>
            </thead>
            <tbody>
              {lijst.map((r) => (
                <tr key={`${r.maand}-${r.kanaal}-${r.afdelingId}`}>
                  <th scope="row">{r.maandTekst}</th>
                  <td>{r.afdeling}</td>
                  <td>{r.kanaalTekst}</td>
                  <td className="gr-getal">{r.aantal.toLocaleString("nl-NL")}</td>
                  <td>{formatDatumTijd(r.gewijzigdOp)}{r.gewijzigdDoor ? `, ${r.gewijzigdDoor}` : ""}</td>
                  <td>
                    <a className="utrecht-link" href={`/regieteam/contactvolumes?maand=${maandParam(r.maand)}&kanaal=${encodeURIComponent(r.kanaal)}&afdeling=${r.afdelingId}`}>
                      Wijzigen<span className="afs-sr"> {r.maandTekst}, {r.afdeling}, {r.kanaalTekst}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
