/**
 * The regieteam's triage list: one card per suggestion with its details and, while a decision is still open,
 * a plain form (works without JavaScript) for the next step with a note. A refused form shows its errors
 * at its own fields and keeps what was typed.
 */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied } from "../../../platform/ui/ui";
import { formatDatumTijd } from "../../../domain/kalender/format";
import type { SuggestieRegel, TriageAntwoord } from "../pagina.server";

export function SuggestieKaart({ sg, antwoord }: { sg: SuggestieRegel; antwoord: TriageAntwoord | undefined }) {
  const volgende = sg.volgende;
  const eigen = antwoord && !antwoord.ok && antwoord.id === sg.id ? antwoord : null;
  const f = eigen?.fouten ?? {};
  return (
    <article aria-labelledby={`sg-${sg.id}`} className="kl-blok">
      <h2 className="utrecht-heading-3" id={`sg-${sg.id}`}>
        Suggestie {sg.id} — status: {sg.statusTekst}
      </h2>
      <p className="kl-tijdlijn__tekst">{sg.tekst}</p>
      <dl className="kl-gegevens">
        <dt>Binnengekomen</dt>
        <dd>
          {formatDatumTijd(sg.aangemaaktOp)} via {sg.kanaalTekst}
          {sg.doorNaam ? `, doorgegeven door ${sg.doorNaam}` : ""}
        </dd>
        {sg.vanNaam || sg.vanContact ? (
          <>
            <dt>Inwoner</dt>
            <dd>{[sg.vanNaam, sg.vanContact].filter(Boolean).join(" — ")}</dd>
          </>
        ) : null}
        {sg.triageNotitie ? (
          <>
            <dt>Notitie</dt>
            <dd>{sg.triageNotitie}</dd>
          </>
        ) : null}
      </dl>
      {volgende.length ? (
        <Form method="post" noValidate className="kl-acties">
          <input type="hidden" name="id" value={sg.id} />
          <input type="hidden" name="versie" value={sg.versie} />
          <Keuzelijst
            id={`status-${sg.id}`}
            name="status"
            label="Volgende stap"
            defaultValue={eigen?.invoer.status ?? volgende[0]?.value}
            fout={f.status}
            opties={volgende}
          />
          <TekstGebied
            id={`notitie-${sg.id}`}
            name="notitie"
            label="Notitie"
            hint={sg.status === "in_behandeling" ? "Verplicht: licht het besluit toe." : "Optioneel."}
            defaultValue={eigen?.invoer.notitie ?? ""}
            fout={f.notitie}
            rows={3}
          />
          <Knop soort="secundair">Opslaan (suggestie {sg.id})</Knop>
        </Form>
      ) : null}
    </article>
  );
}
