/**
 * The form for a compliment or a suggestion from a citizen: a plain form that works without JavaScript; after
 * a refusal the errors stand at the fields and the typed input is kept.
 */
import { Form, Link } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { KanaalKeuze } from "../../klachten/components/kanaal-keuze";
import type { FeedbackAntwoord, feedbackPagina } from "../pagina.server";

export function FeedbackFormulier({
  medewerkers,
  teams,
  antwoord,
}: Pick<ReturnType<typeof feedbackPagina>, "medewerkers" | "teams"> & { antwoord: FeedbackAntwoord | undefined }) {
  const f = antwoord?.fouten ?? {};
  const v: Record<string, string> = antwoord?.invoer ?? {};
  const s = (k: string, d = "") => v[k] ?? d;
  return (
    <Form method="post" noValidate>
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">Wat kwam er binnen?</legend>
        <fieldset className="kl-keuzes" aria-describedby={f.soort ? "soort-fout" : undefined}>
          <legend>Soort</legend>
          {f.soort ? <span id="soort-fout" className="afs-veld__fout">{f.soort[0]}</span> : null}
          <label>
            <input type="radio" name="soort" value="compliment" defaultChecked={s("soort", "compliment") === "compliment"} /> Compliment
          </label>
          <label>
            <input type="radio" name="soort" value="suggestie" defaultChecked={s("soort") === "suggestie"} /> Suggestie
          </label>
        </fieldset>
        <KanaalKeuze defaultValue={s("kanaal")} fout={f.kanaal} />
        <TekstGebied id="tekst" label="Wat zei of schreef de inwoner?" defaultValue={s("tekst")} fout={f.tekst} rows={5} />
        <Keuzelijst
          id="over"
          label="Voor wie is het compliment?"
          hint="Alleen bij een compliment: een collega of een team."
          defaultValue={s("over")}
          fout={f.over}
          opties={[
            { value: "", label: "Kies een collega of team" },
            ...medewerkers.map((m) => ({ value: `m:${m.id}`, label: m.naam })),
            ...teams.map((t) => ({ value: `t:${t.id}`, label: `Team ${t.naam} (${t.afdeling})` })),
          ]}
        />
      </fieldset>
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">Inwoner (optioneel)</legend>
        <p className="utrecht-paragraph kl-uitleg">Vul alleen in wat nodig is. Een contactgegeven bewaren we alleen bij een suggestie, om de inwoner te laten weten wat ermee gebeurt.</p>
        <TekstVeld id="vanNaam" label="Naam van de inwoner" defaultValue={s("vanNaam")} fout={f.vanNaam} autoComplete="off" />
        <TekstVeld id="vanContact" label="Telefoonnummer of e-mailadres (alleen bij een suggestie)" defaultValue={s("vanContact")} fout={f.vanContact} autoComplete="off" />
      </fieldset>
      <div className="kl-knoppen">
        <Knop>Doorgeven</Knop>
        <Link to="/mijn-werk" className="utrecht-link">
          Annuleren
        </Link>
      </div>
    </Form>
  );
}
