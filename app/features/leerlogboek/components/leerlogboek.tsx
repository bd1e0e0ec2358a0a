/**
 * The fields of a leerlogboek entry (new and edit), with errors at the field and what was typed kept.
 */
import { Keuzelijst, TekstGebied, TekstVeld } from "~/platform/ui/ui";

export type LesWaardenUi = {
  titel?: string;
  watGebeurde?: string;
  oorzaak?: string;
  les?: string;
  normen?: string[];
  processtap?: string;
  afdelingId?: string;
};

export function LesVelden({
  waarden,
  fouten,
  afdelingen,
  normen,
  processtappen,
}: {
  waarden: LesWaardenUi;
  fouten: Record<string, string[] | undefined>;
  afdelingen: { id: number; naam: string }[];
  normen: readonly { nr: number; naam: string; groep: string }[];
  processtappen: { value: string; label: string }[];
}) {
  const gekozen = new Set(waarden.normen ?? []);
  const groepen = [...new Set(normen.map((n) => n.groep))];
  return (
    <>
      <TekstVeld id="titel" label="Titel" hint="Kort: wat ging er mis, in procestermen." defaultValue={waarden.titel ?? ""} fout={fouten.titel} maxLength={200} />
      <TekstGebied id="watGebeurde" label="Wat gebeurde er?" hint="Beschrijf de gang van zaken. Noem geen namen van medewerkers of inwoners." defaultValue={waarden.watGebeurde ?? ""} fout={fouten.watGebeurde} rows={4} />
      <TekstGebied id="oorzaak" label="Oorzaak" hint="Welk proces, welk systeem of welke afspraak liet het gebeuren?" defaultValue={waarden.oorzaak ?? ""} fout={fouten.oorzaak} rows={3} />
      <fieldset className="ll-keuzes ll-keuzes--kolommen" aria-describedby={fouten.normen ? "normen-fout" : undefined}>
        <legend>Behoorlijkheidsnormen waar de oorzaak onder valt</legend>
        {fouten.normen ? (
          <span id="normen-fout" className="afs-veld__fout utrecht-form-field-error-message">
            {fouten.normen[0]}
          </span>
        ) : null}
        {groepen.map((g) =>
          normen
            .filter((n) => n.groep === g)
            .map((n) => (
              <label key={n.nr}>
                <input type="checkbox" name="normen" value={n.nr} defaultChecked={gekozen.has(String(n.nr))} /> {n.nr}. {n.naam}{" "}
                <span className="ll-zacht">({g})</span>
              </label>
            )),
        )}
      </fieldset>
      <Keuzelijst id="processtap" label="Processtap" defaultValue={waarden.processtap ?? ""} fout={fouten.processtap} opties={[{ value: "", label: "Kies de processtap" }, ...processtappen]} />
      <TekstGebied id="les" label="De les" hint="Wat doen we voortaan anders?" defaultValue={waarden.les ?? ""} fout={fouten.les} rows={3} />
      <Keuzelijst id="afdelingId" label="Afdeling (niet verplicht)" defaultValue={waarden.afdelingId ?? ""} fout={fouten.afdelingId} opties={[{ value: "", label: "Geen afdeling / organisatiebreed" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
    </>
  );
}
