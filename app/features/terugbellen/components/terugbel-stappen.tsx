/**
 * "Wat kunt u nu doen?" on a callback promise: one small form per step that is possible now. Each form shows its
 * own errors and keeps what was typed (app/platform/ui/stapformulier.tsx).
 */
import { useNavigation } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";
import { afspraken } from "~/locales/nl/afspraken";
import type { TerugbelDetail } from "../terugbel.server";
import { CollegaTeamKiezer, RedenStap, type Keuze } from "./velden";

const UITKOMST_OPTIES = [{ value: "", label: "— kies de uitkomst —" }, ...Object.entries(afspraken.uitkomst).map(([value, label]) => ({ value, label }))];

interface StapProps {
  versie: number;
  bezig: boolean;
}

interface KeuzeProps extends StapProps {
  collegas: Keuze[];
  teams: Keuze[];
}

export function TerugbelStappen({ a, collegas, teams }: { a: TerugbelDetail; collegas: Keuze[]; teams: Keuze[] }) {
  const bezig = useNavigation().state === "submitting";
  const p = { versie: a.versie, bezig };
  const kan = (stap: string) => (a.acties as readonly string[]).includes(stap);
  return (
    <>
      {a.acties.length ? (
        <h2 className="utrecht-heading-2" id="acties-titel">
          Wat kunt u nu doen?
        </h2>
      ) : null}
      {kan("poging") ? <PogingStap {...p} /> : null}
      {kan("nummer") ? <NummerStap {...p} /> : null}
      {kan("niet_bereikbaar") ? (
        <RedenStap
          {...p}
          id="nb"
          titel="Inwoner niet bereikbaar"
          intent="niet_bereikbaar"
          uitleg={<p className="utrecht-paragraph">Is er geen juist nummer te vinden? Leg dat vast; de inwoner krijgt het terugvalbericht.</p>}
          veldId="nb-reden"
          label="Reden"
          knop="Niet bereikbaar vastleggen"
          soort="secundair"
        />
      ) : null}
      {kan("tijdstip") ? <TijdstipStap {...p} /> : null}
      {kan("toewijzen") ? <ToewijzenStap {...p} collegas={collegas} teams={teams} /> : null}
      {kan("overdracht") ? <OverdrachtStap {...p} collegas={collegas} teams={teams} /> : null}
      {kan("annuleren") ? (
        <RedenStap {...p} id="annuleren" titel="Annuleren" intent="annuleren" veldId="annuleren-reden" label="Reden van annuleren" knop="Terugbelafspraak annuleren" soort="subtiel" />
      ) : null}
    </>
  );
}

function PogingStap({ versie, bezig }: StapProps) {
  const f = useStapFormulier("poging");
  return (
    <StapSectie id="poging" titel="Belpoging vastleggen" intent="poging" versie={versie} melding={f.melding} noValidate>
      <Keuzelijst id="uitkomst" name="uitkomst" label="Uitkomst" defaultValue={f.invoer.uitkomst ?? ""} fout={f.fouten.uitkomst} opties={UITKOMST_OPTIES} />
      <TekstGebied id="poging-notitie" name="notitie" label="Notitie (niet verplicht)" rows={2} defaultValue={f.invoer.notitie ?? ""} fout={f.fouten.notitie} />
      <Knop disabled={bezig}>Poging vastleggen</Knop>
    </StapSectie>
  );
}

function NummerStap({ versie, bezig }: StapProps) {
  const f = useStapFormulier("nummer");
  const uitleg = <p className="utrecht-paragraph">Het nummer bleek onjuist. Een verkeerd nummer telt niet als poging zonder gehoor.</p>;
  return (
    <StapSectie id="nummer" titel="Telefoonnummer corrigeren" intent="nummer" versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <TekstVeld id="nummer-telefoon" name="telefoon" type="tel" label="Juiste telefoonnummer" defaultValue={f.invoer.telefoon ?? ""} fout={f.fouten.telefoon} />
      <Knop disabled={bezig}>Nummer opslaan</Knop>
    </StapSectie>
  );
}

function TijdstipStap({ versie, bezig }: StapProps) {
  const f = useStapFormulier("tijdstip");
  return (
    <StapSectie id="tijdstip" titel="Ander tijdstip op verzoek van de inwoner" intent="tijdstip" versie={versie} melding={f.melding} noValidate>
      <TekstVeld
        id="tijdstip-op"
        name="op"
        type="datetime-local"
        label="Nieuw tijdstip"
        hint="Datum en tijd, bijvoorbeeld 2026-11-24 10:00."
        defaultValue={f.invoer.op ?? ""}
        fout={f.fouten.op}
      />
      <TekstVeld id="tijdstip-reden" name="reden" label="Waarom vraagt de inwoner dit?" defaultValue={f.invoer.reden ?? ""} fout={f.fouten.reden} />
      <Knop soort="secundair" disabled={bezig}>
        Tijdstip vastleggen
      </Knop>
    </StapSectie>
  );
}

function ToewijzenStap({ versie, bezig, collegas, teams }: KeuzeProps) {
  const f = useStapFormulier("toewijzen");
  return (
    <StapSectie id="toewijzen" titel="Toewijzen aan een ander" intent="toewijzen" versie={versie} melding={f.melding} noValidate>
      <CollegaTeamKiezer
        zoekId="toewijzen-zoek"
        id="toewijzen-aan"
        name="aan"
        label="Collega of team"
        collegas={collegas}
        teams={teams}
        defaultValue={f.invoer.aan}
        fout={f.fouten.aan}
      />
      <Knop soort="secundair" disabled={bezig}>
        Toewijzen
      </Knop>
    </StapSectie>
  );
}

function OverdrachtStap({ versie, bezig, collegas, teams }: KeuzeProps) {
  const f = useStapFormulier("overdracht");
  const uitleg = <p className="utrecht-paragraph">Kan een collega de vraag beter beantwoorden? Draag hem warm over; de gegevens en de vraag gaan mee.</p>;
  return (
    <StapSectie id="overdracht" titel="Omzetten in een warme overdracht" intent="overdracht" versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <CollegaTeamKiezer
        zoekId="overdracht-zoek"
        id="overdracht-ontvanger"
        name="ontvanger"
        label="Overdragen aan"
        collegas={collegas}
        teams={teams}
        defaultValue={f.invoer.ontvanger}
        fout={f.fouten.ontvanger}
      />
      <TekstGebied id="overdracht-algedaan" name="alGedaan" label="Wat is al gezegd en gedaan?" rows={3} defaultValue={f.invoer.alGedaan ?? ""} fout={f.fouten.alGedaan} />
      <Knop soort="secundair" disabled={bezig}>
        Warm overdragen
      </Knop>
    </StapSectie>
  );
}
