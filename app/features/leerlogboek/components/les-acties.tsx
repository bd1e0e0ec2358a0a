/** The improvement actions of a lesson and, for the regieteam, the form that creates one with an owner and a date. */
import { Link } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { formatDatum } from "~/domain/kalender/format";
import type { lesPagina } from "../les-pagina.server";
import { getypt, useLesAntwoord } from "./antwoord";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";

type Pagina = NonNullable<ReturnType<typeof lesPagina>>;

export function LesActies({ acties, regieteam, eigenaren, vandaag }: Pick<Pagina, "acties" | "regieteam" | "eigenaren" | "vandaag">) {
  return (
    <section className="ll-blok" aria-labelledby="acties-kop">
      <h2 id="acties-kop" className="utrecht-heading-2">Verbeteracties</h2>
      {acties.length ? (
        <ul className="ll-lijst">
          {acties.map((a) => (
            <li key={a.id}>
              {a.magOpenen ? <Link to={`/verbeteracties/${a.id}`}>{a.nummer}</Link> : a.nummer}: {a.titel} — {a.statusTekst}
              {a.teLaat ? <span className="ll-status"> te laat</span> : null}
              <span className="ll-zacht"> · uiterlijk {formatDatum(a.deadline)}{a.eigenaarNaam ? ` · eigenaar ${a.eigenaarNaam}` : ""}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Er zijn nog geen verbeteracties bij deze les.</p>
      )}
      {regieteam ? <NieuweActie eigenaren={eigenaren} vandaag={vandaag} /> : null}
    </section>
  );
}

function NieuweActie({ eigenaren, vandaag }: Pick<Pagina, "eigenaren" | "vandaag">) {
  const actie = useLesAntwoord("actie");
  return (
    <UitklapFormulier samenvatting="Verbeteractie aanmaken" intent="actie" open={!!actie} className="ll-acties" melding={actie?.melding} meldingTitel="De verbeteractie is niet aangemaakt">
      <TekstVeld id="actie-titel" name="titel" label="Titel van de verbeteractie" defaultValue={getypt(actie, "titel")} fout={actie?.fouten.titel} />
      <TekstGebied id="actie-omschrijving" name="omschrijving" label="Wat gaat er veranderen?" defaultValue={getypt(actie, "omschrijving")} fout={actie?.fouten.omschrijving} rows={3} />
      <Keuzelijst
        id="actie-eigenaar"
        name="eigenaarId"
        label="Eigenaar"
        defaultValue={getypt(actie, "eigenaarId")}
        fout={actie?.fouten.eigenaarId}
        opties={[{ value: "", label: "Kies de eigenaar" }, ...eigenaren.map((m) => ({ value: m.id, label: m.naam }))]}
      />
      <TekstVeld
        id="actie-deadline"
        name="deadline"
        type="date"
        label="Gerealiseerd uiterlijk op"
        hint="Een datum in de toekomst; de termijn loopt tot de sluitingstijd van die dag."
        min={vandaag}
        defaultValue={getypt(actie, "deadline")}
        fout={actie?.fouten.deadline}
      />
      <Knop>Verbeteractie aanmaken</Knop>
    </UitklapFormulier>
  );
}
