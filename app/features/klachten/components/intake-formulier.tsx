/**
 * The intake form of a complaint from every channel, oral or written (Awb 9:1, 9:2, 9:4): a plain form that
 * works without JavaScript; after a refusal the errors stand at the fields and the typed input is kept.
 */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { KanaalKeuze } from "./kanaal-keuze";
import type { IntakeAntwoord, intakeKeuzes } from "../registratie.server";

export function KlachtIntakeFormulier({
  afdelingen,
  medewerkers,
  vandaag,
  antwoord,
}: ReturnType<typeof intakeKeuzes> & { antwoord: IntakeAntwoord | undefined }) {
  const f = antwoord?.fouten ?? {};
  const v = antwoord?.invoer ?? {};
  const s = (k: string, d = "") => v[k] ?? d;
  const gekozen = new Set(antwoord?.beklaagden ?? []);
  return (
    <Form method="post" noValidate>
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">Ontvangst</legend>
        <TekstVeld id="ontvangenDatum" label="Datum van ontvangst" type="date" defaultValue={s("ontvangenDatum", vandaag)} fout={f.ontvangenDatum} required />
        <KanaalKeuze defaultValue={s("kanaal")} fout={f.kanaal} />
        <fieldset className="kl-keuzes" aria-describedby={f.vorm ? "vorm-fout" : undefined}>
          <legend>Vorm van de klacht</legend>
          {f.vorm ? <span id="vorm-fout" className="afs-veld__fout">{f.vorm[0]}</span> : null}
          <label><input type="radio" name="vorm" value="schriftelijk" defaultChecked={s("vorm", "schriftelijk") === "schriftelijk"} /> Schriftelijk (brief, e-mail, formulier)</label>
          <label><input type="radio" name="vorm" value="mondeling" defaultChecked={s("vorm") === "mondeling"} /> Mondeling (telefoon, balie)</label>
        </fieldset>
        <TekstVeld id="dagtekening" label="Dagtekening van de brief (optioneel)" type="date" defaultValue={s("dagtekening")} fout={f.dagtekening} />
      </fieldset>
  
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">Klager</legend>
        <fieldset className="kl-keuzes">
          <legend>De klager is</legend>
          {f.klagerSoort ? <span className="afs-veld__fout">{f.klagerSoort[0]}</span> : null}
          <label><input type="radio" name="klagerSoort" value="persoon" defaultChecked={s("klagerSoort", "persoon") === "persoon"} /> Een persoon</label>
          <label><input type="radio" name="klagerSoort" value="organisatie" defaultChecked={s("klagerSoort") === "organisatie"} /> Een organisatie</label>
        </fieldset>
        <TekstVeld id="klagerNaam" label="Naam (bij een organisatie: de contactpersoon)" defaultValue={s("klagerNaam")} fout={f.klagerNaam} autoComplete="off" />
        <TekstVeld id="klagerOrganisatie" label="Naam van de organisatie (alleen bij een organisatie)" defaultValue={s("klagerOrganisatie")} fout={f.klagerOrganisatie} />
        <TekstVeld id="klagerAdres" label="Adres" defaultValue={s("klagerAdres")} fout={f.klagerAdres} />
        <TekstVeld id="klagerPostcode" label="Postcode" defaultValue={s("klagerPostcode")} fout={f.klagerPostcode} />
        <TekstVeld id="klagerWoonplaats" label="Woonplaats" defaultValue={s("klagerWoonplaats")} fout={f.klagerWoonplaats} />
        <TekstVeld id="klagerTelefoon" label="Telefoonnummer" type="tel" defaultValue={s("klagerTelefoon")} fout={f.klagerTelefoon} />
        <TekstVeld id="klagerEmail" label="E-mailadres" type="email" defaultValue={s("klagerEmail")} fout={f.klagerEmail} />
        <Keuzelijst
          id="klagerVoorkeurKanaal"
          label="Hoe wil de klager bericht krijgen?"
          defaultValue={s("klagerVoorkeurKanaal", "post")}
          fout={f.klagerVoorkeurKanaal}
          opties={[
            { value: "post", label: "Per post" },
            { value: "e-mail", label: "Per e-mail" },
            { value: "telefoon", label: "Per telefoon" },
          ]}
        />
      </fieldset>
  
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">De gedraging</legend>
        <TekstGebied id="omschrijving" label="Waarover klaagt de klager?" hint="Beschrijf de gedraging zoals de klager die vertelt of schrijft." defaultValue={s("omschrijving")} fout={f.omschrijving} rows={6} />
        <TekstVeld id="gedragingDatum" label="Datum van de gedraging" hint="Nodig voor de eenjaarstoets van Awb 9:8 lid 1 b. Laat leeg als die onbekend is." type="date" defaultValue={s("gedragingDatum")} fout={f.gedragingDatum} />
        <Keuzelijst
          id="afdelingId"
          label="Afdeling"
          defaultValue={s("afdelingId")}
          fout={f.afdelingId}
          opties={[{ value: "", label: "Onbekend / niet van toepassing" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <fieldset className="kl-keuzes kl-keuzes--kolommen" aria-describedby={f.beklaagden ? "beklaagden-fout" : undefined}>
          <legend>Over wie wordt geklaagd? (beklaagde)</legend>
          {f.beklaagden ? <span id="beklaagden-fout" className="afs-veld__fout">{f.beklaagden[0]}</span> : null}
          {medewerkers.map((m) => (
            <label key={m.id}>
              <input type="checkbox" name="beklaagden" value={m.id} defaultChecked={gekozen.has(m.id)} /> {m.naam}
            </label>
          ))}
        </fieldset>
        <label className="kl-keuzes">
          <input type="checkbox" name="beklaagdeOnbekend" value="ja" defaultChecked={s("beklaagdeOnbekend") === "ja"} /> Onbekend wie de klager bedoelt
        </label>
        <label className="kl-keuzes">
          <input type="checkbox" name="betreftBestuursorgaan" value="ja" defaultChecked={s("betreftBestuursorgaan") === "ja"} /> De klacht gaat over het bestuursorgaan zelf, de voorzitter of een lid (Awb 9:7 lid 2)
        </label>
      </fieldset>
      <div className="kl-knoppen">
        <Knop>Klacht registreren</Knop>
        <Link to="/klachten" className="utrecht-link">Annuleren</Link>
      </div>
    </Form>
  );
}
