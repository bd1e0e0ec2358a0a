/**
 * "Wat kunt u nu doen?" on a warm handover: one small form per step open to this user now (pick up / decline,
 * offer again, inform the citizen, close, withdraw). Each form shows its own errors and keeps what was typed.
 */
import { useNavigation } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { StapSectie, useStapFormulier } from "~/platform/ui/stapformulier";
import { afspraken } from "~/locales/nl/afspraken";
import { CollegaTeamKiezer, RedenStap, type Keuze } from "~/features/terugbellen/components/velden";
import type { OverdrachtDetail } from "../overdracht.server";

const HOE_OPTIES = Object.entries(afspraken.hoe).map(([value, label]) => ({ value, label }));

interface StapProps {
  versie: number;
  bezig: boolean;
}

export function OverdrachtStappen({ o, collegas, teams, nuInvoer }: { o: OverdrachtDetail; collegas: Keuze[]; teams: Keuze[]; nuInvoer: string }) {
  const bezig = useNavigation().state === "submitting";
  const p = { versie: o.versie, bezig };
  return (
    <>
      {o.acties.length ? (
        <h2 className="utrecht-heading-2" id="acties-titel">
          Wat kunt u nu doen?
        </h2>
      ) : (
        <p className="utrecht-paragraph">{o.open ? "Er is nu geen stap voor u te zetten." : "Deze overdracht is afgesloten."}</p>
      )}
      {o.acties.includes("oppakken") ? (
        <BevestigStap {...p} intent="oppakken" titel="Oppakken" uitleg="U wordt de behandelaar en informeert de inwoner." knop="Overdracht oppakken" />
      ) : null}
      {o.acties.includes("weigeren") ? (
        <RedenStap
          {...p}
          id="weigeren"
          titel="Weigeren"
          intent="weigeren"
          veldId="weigeren-reden"
          label="Reden van weigeren"
          hint="Bijvoorbeeld: hoort bij een ander team."
          knop="Overdracht weigeren"
          soort="secundair"
        />
      ) : null}
      {o.acties.includes("opnieuw") ? <OpnieuwStap {...p} collegas={collegas} teams={teams} /> : null}
      {o.acties.includes("geinformeerd") ? <GeinformeerdStap {...p} nuInvoer={nuInvoer} behandelaar={o.behandelaar} /> : null}
      {o.acties.includes("afronden") ? (
        <BevestigStap
          {...p}
          intent="afronden"
          titel="Afronden"
          uitleg="De inwoner weet wie de vraag behandelt en wat er gebeurt. Rond de overdracht af om hem los te laten."
          knop="Overdracht afronden"
        />
      ) : null}
      {o.acties.includes("intrekken") ? (
        <RedenStap {...p} id="intrekken" titel="Intrekken" intent="intrekken" veldId="intrekken-reden" label="Reden van intrekken" knop="Overdracht intrekken" soort="subtiel" />
      ) : null}
    </>
  );
}

/** A step that needs nothing but a confirmation: pick up, close. */
function BevestigStap({ versie, bezig, intent, titel, uitleg, knop }: StapProps & { intent: "oppakken" | "afronden"; titel: string; uitleg: string; knop: string }) {
  const f = useStapFormulier(intent);
  return (
    <StapSectie id={intent} titel={titel} intent={intent} versie={versie} melding={f.melding} uitleg={<p className="utrecht-paragraph">{uitleg}</p>}>
      <Knop disabled={bezig}>{knop}</Knop>
    </StapSectie>
  );
}

function OpnieuwStap({ versie, bezig, collegas, teams }: StapProps & { collegas: Keuze[]; teams: Keuze[] }) {
  const f = useStapFormulier("opnieuw");
  return (
    <StapSectie id="opnieuw" titel="Opnieuw aanbieden" intent="opnieuw" versie={versie} melding={f.melding} noValidate>
      <CollegaTeamKiezer
        zoekId="opnieuw-zoek"
        id="opnieuw-ontvanger"
        name="ontvanger"
        label="Aanbieden aan"
        collegas={collegas}
        teams={teams}
        defaultValue={f.invoer.ontvanger}
        fout={f.fouten.ontvanger}
      />
      <TekstGebied
        id="opnieuw-toelichting"
        name="toelichting"
        label="Aanvulling op wat al is gezegd en gedaan (niet verplicht)"
        rows={2}
        defaultValue={f.invoer.toelichting ?? ""}
      />
      <Knop disabled={bezig}>Opnieuw aanbieden</Knop>
    </StapSectie>
  );
}

function GeinformeerdStap({ versie, bezig, nuInvoer, behandelaar }: StapProps & { nuInvoer: string; behandelaar: string | null }) {
  const f = useStapFormulier("geinformeerd");
  const uitleg = <p className="utrecht-paragraph">Leg vast hoe en wanneer de inwoner hoorde wie de vraag behandelt en wat de vervolgstap is.</p>;
  return (
    <StapSectie id="geinformeerd" titel="Inwoner geïnformeerd" intent="geinformeerd" versie={versie} melding={f.melding} noValidate uitleg={uitleg}>
      <Keuzelijst id="geinformeerd-hoe" name="hoe" label="Hoe" defaultValue={f.invoer.hoe ?? "telefoon"} fout={f.fouten.hoe} opties={HOE_OPTIES} />
      <TekstVeld id="geinformeerd-op" name="op" type="datetime-local" label="Wanneer" defaultValue={f.invoer.op ?? nuInvoer} fout={f.fouten.op} />
      <TekstVeld
        id="geinformeerd-contactpersoon"
        name="contactpersoon"
        label="Contactpersoon van de inwoner"
        defaultValue={f.invoer.contactpersoon ?? behandelaar ?? ""}
        fout={f.fouten.contactpersoon}
      />
      <TekstGebied id="geinformeerd-vervolgstap" name="vervolgstap" label="Vervolgstap" rows={2} defaultValue={f.invoer.vervolgstap ?? ""} fout={f.fouten.vervolgstap} />
      <Knop disabled={bezig}>Vastleggen</Knop>
    </StapSectie>
  );
}

