/**
 * "Waar gaat deze les over?": the items a lesson is linked to (described without names), and for the regieteam
 * a remove button per link and the "Koppeling toevoegen" form (a klachtnummer or a pick from recent items).
 */
import { Form, Link } from "@remix-run/react";
import { Knop, TekstVeld } from "~/platform/ui/ui";
import type { KoppelingWeergave, KoppelKeuzes } from "../leerlogboek.server";
import { getypt, useLesAntwoord } from "./antwoord";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";

export function LesKoppelingen({ koppelingen, regieteam, koppelKeuzes }: { koppelingen: KoppelingWeergave[]; regieteam: boolean; koppelKeuzes: KoppelKeuzes | null }) {
  return (
    <section className="ll-blok" aria-labelledby="koppelingen-kop">
      <h2 id="koppelingen-kop" className="utrecht-heading-2">Waar gaat deze les over?</h2>
      {koppelingen.length ? (
        <ul className="ll-lijst">
          {koppelingen.map((k) => (
            <li key={`${k.soort}:${k.ref}`}>
              {k.href ? <Link to={k.href}>{k.omschrijving}</Link> : k.omschrijving}
              {k.detail ? <p className="ll-zacht">{k.detail}</p> : null}
              {regieteam ? (
                <Form method="post" className="ll-inline">
                  <input type="hidden" name="intent" value="ontkoppel" />
                  <input type="hidden" name="koppeling" value={`${k.soort}:${k.ref}`} />
                  <Knop soort="subtiel" aria-label={`Koppeling verwijderen: ${k.omschrijving}`}>Verwijderen</Knop>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Deze les is (nog) niet gekoppeld aan een klacht, afspraak of compliment.</p>
      )}
      {!regieteam ? (
        <p className="ll-zacht">Namen van medewerkers en inwoners worden in het leerlogboek niet getoond.</p>
      ) : null}
      {regieteam && koppelKeuzes ? <KoppelingToevoegen keuzes={koppelKeuzes} /> : null}
    </section>
  );
}

function KoppelingToevoegen({ keuzes }: { keuzes: KoppelKeuzes }) {
  const koppel = useLesAntwoord("koppel");
  return (
    <UitklapFormulier samenvatting="Koppeling toevoegen" intent="koppel" open={!!koppel} className="ll-acties" melding={koppel?.melding}>
      <TekstVeld id="klachtnummer" label="Klachtnummer" hint="Bijvoorbeeld KL-2026-0012" defaultValue={getypt(koppel, "klachtnummer")} fout={koppel?.fouten.klachtnummer ?? koppel?.fouten.koppeling} />
      <div className="afs-veld utrecht-form-field">
        <label htmlFor="keuze" className="utrecht-form-label">Of kies een recent item</label>
        {koppel?.fouten.keuze ? <span id="keuze-fout" className="afs-veld__fout utrecht-form-field-error-message">{koppel.fouten.keuze[0]}</span> : null}
        <select id="keuze" name="keuze" className="utrecht-select utrecht-select--html-select" defaultValue={getypt(koppel, "keuze")} aria-describedby={koppel?.fouten.keuze ? "keuze-fout" : undefined} aria-invalid={koppel?.fouten.keuze ? true : undefined}>
          <option value="">Kies een item</option>
          <optgroup label="Afgehandelde klachten">
            {keuzes.klachten.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
          </optgroup>
          <optgroup label="Te late afspraken">
            {keuzes.afspraken.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
          </optgroup>
          <optgroup label="Complimenten">
            {keuzes.complimenten.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
          </optgroup>
        </select>
      </div>
      <Knop soort="secundair">Koppeling toevoegen</Knop>
    </UitklapFormulier>
  );
}
