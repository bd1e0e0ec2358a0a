/**
 * The form of "Nieuwe terugbelafspraak", built for use during a phone call: keyboard only, focus starts in the
 * name field, everything but naam (or anoniem), telefoonnummer and vraag preselected. The due moment of the
 * chosen norm is shown before saving: computed on the server at page load, with JavaScript kept live.
 */
import { Form, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { afspraken } from "~/locales/nl/afspraken";
import type { NieuweTerugbelAntwoord, NieuweTerugbelPaginaData } from "../pagina.server";
import { AnoniemKeuze, CollegaTeamOpties, Typeahead } from "./velden";

const KANAAL_OPTIES = Object.entries(afspraken.kanaal).map(([value, label]) => ({ value, label }));

export function NieuweTerugbelFormulier({ l, a }: { l: NieuweTerugbelPaginaData; a: NieuweTerugbelAntwoord | undefined }) {
  const nav = useNavigation();
  const invoer = (a?.invoer ?? {}) as Record<string, string | undefined>;
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  const [norm, setNorm] = useState(invoer.norm ?? l.standaardNorm);
  const [toewijzing, setToewijzing] = useState(invoer.toewijzing ?? "ik");
  const [anoniem, setAnoniem] = useState(invoer.anoniem === "on");
  const anderRef = useRef<HTMLSelectElement>(null);
  return (
    <Form method="post" noValidate aria-label="Nieuwe terugbelafspraak">
      <TekstVeld id="naam" label="Naam van de inwoner" autoComplete="off" autoFocus defaultValue={invoer.naam ?? ""} fout={fouten.naam} disabled={anoniem} />
      <AnoniemKeuze label="Anoniem (de inwoner wil zijn naam niet geven)" defaultChecked={anoniem} onChange={setAnoniem} />
      <TekstVeld
        id="telefoon"
        label="Telefoonnummer"
        hint="Bijvoorbeeld 06-12345678 of 020 123 4567; een buitenlands nummer met + en landcode."
        type="tel"
        autoComplete="off"
        required
        defaultValue={invoer.telefoon ?? ""}
        fout={fouten.telefoon}
      />
      <TekstGebied id="vraag" label="Vraag van de inwoner" rows={3} required defaultValue={invoer.vraag ?? ""} fout={fouten.vraag} />
      <TekstVeld id="email" label="E-mailadres (niet verplicht)" type="email" autoComplete="off" defaultValue={invoer.email ?? ""} fout={fouten.email} />
      <Keuzelijst id="kanaal" label="Kanaal" defaultValue={invoer.kanaal ?? "telefoon"} fout={fouten.kanaal} opties={KANAAL_OPTIES} />
      <fieldset className="afs-keuzegroep" aria-describedby={fouten.toewijzing ? "toewijzing-fout" : undefined}>
        <legend>Wie belt terug?</legend>
        {fouten.toewijzing ? (
          <span id="toewijzing-fout" className="afs-veld__fout utrecht-form-field-error-message">
            {fouten.toewijzing[0]}
          </span>
        ) : null}
        <Toewijzing waarde="ik" gekozen={toewijzing} kies={setToewijzing} label="Ikzelf" />
        {l.mijnTeam ? <Toewijzing waarde="team" gekozen={toewijzing} kies={setToewijzing} label={`Mijn team (${l.mijnTeam})`} /> : null}
        <Toewijzing waarde="ander" gekozen={toewijzing} kies={setToewijzing} label="Een collega of een ander team" />
      </fieldset>
      <Typeahead doel={anderRef} label="Zoek een collega of team" id="ander-zoek" onGekozen={() => setToewijzing("ander")} />
      <label htmlFor="ander" className="utrecht-form-label">
        Collega of team
      </label>
      {fouten.ander ? (
        <span id="ander-fout" className="afs-veld__fout utrecht-form-field-error-message">
          {fouten.ander[0]}
        </span>
      ) : null}
      <div className="afs-veld">
        <select
          id="ander"
          name="ander"
          ref={anderRef}
          className="utrecht-select utrecht-select--html-select"
          defaultValue={invoer.ander ?? ""}
          aria-invalid={fouten.ander ? true : undefined}
          aria-describedby={fouten.ander ? "ander-fout" : undefined}
          onChange={(e) => {
            if (e.currentTarget.value) setToewijzing("ander");
          }}
        >
          <option value="">— alleen nodig bij ‘een collega of een ander team’ —</option>
          <CollegaTeamOpties collegas={l.collegas} teams={l.teams} />
        </select>
      </div>
      <Keuzelijst
        id="norm"
        label="Norm uit het kwaliteitshandvest"
        value={norm}
        onChange={(e) => setNorm(e.currentTarget.value)}
        fout={fouten.norm}
        opties={l.normen.map((n) => ({ value: n.code, label: n.titel }))}
      />
      <TermijnVoorbeeld norm={norm} normTitel={l.normen.find((n) => n.code === norm)?.titel} beginTekst={a?.voorbeeld ?? l.voorbeeld} />
      <div className="afs-knoppen">
        <Knop disabled={nav.state === "submitting"}>Terugbelafspraak vastleggen</Knop>
      </div>
    </Form>
  );
}

/** One choice of "Wie belt terug?". */
function Toewijzing({ waarde, gekozen, kies, label }: { waarde: string; gekozen: string; kies: (w: string) => void; label: string }) {
  return (
    <div className="afs-keuze">
      <input
        type="radio"
        id={`toewijzing-${waarde}`}
        name="toewijzing"
        value={waarde}
        className="utrecht-radio-button utrecht-radio-button--html-input"
        checked={gekozen === waarde}
        onChange={() => kies(waarde)}
      />
      <label htmlFor={`toewijzing-${waarde}`}>{label}</label>
    </div>
  );
}

/**
 * The due moment of `norm` if the promise were made now. Without JavaScript `beginTekst` (from the server);
 * with it, refreshed when the norm changes and every minute, since time moves on during a call.
 */
function TermijnVoorbeeld({ norm, normTitel, beginTekst }: { norm: string; normTitel: string | undefined; beginTekst: string | null }) {
  const voorbeeld = useFetcher<{ tekst: string | null }>();
  const [live, setLive] = useState<string | null>(null);
  useEffect(() => {
    voorbeeld.load(`/api/termijn-voorbeeld?norm=${encodeURIComponent(norm)}`);
    const timer = window.setInterval(() => voorbeeld.load(`/api/termijn-voorbeeld?norm=${encodeURIComponent(norm)}`), 60_000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [norm]);
  useEffect(() => {
    if (voorbeeld.data && voorbeeld.state === "idle") setLive(voorbeeld.data.tekst);
  }, [voorbeeld.data, voorbeeld.state]);
  const termijnTekst = live ?? beginTekst;
  return (
    <div className="afs-termijnvoorbeeld" aria-live="polite" id="termijn-voorbeeld">
      {termijnTekst ? (
        <p className="utrecht-paragraph">
          Termijn{normTitel ? ` (${normTitel})` : ""}: <strong>{termijnTekst}</strong>
        </p>
      ) : (
        <p className="utrecht-paragraph">Voor deze norm kan nu geen termijn worden berekend.</p>
      )}
    </div>
  );
}
