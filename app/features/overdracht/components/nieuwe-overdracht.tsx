/**
 * The form of "Nieuwe warme overdracht": the citizen (or anoniem), how to reach them, the question, what was
 * already said and done, and the colleague or team it goes to — with the pick-up deadline it will get.
 */
import { Form, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { AnoniemKeuze, CollegaTeamKiezer } from "~/features/terugbellen/components/velden";
import type { NieuweOverdrachtAntwoord, NieuweOverdrachtPaginaData } from "../pagina.server";

export function NieuweOverdrachtFormulier({ l, a }: { l: NieuweOverdrachtPaginaData; a: NieuweOverdrachtAntwoord | undefined }) {
  const nav = useNavigation();
  const invoer = (a?.invoer ?? {}) as Record<string, string | undefined>;
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  const [anoniem, setAnoniem] = useState(invoer.anoniem === "on");
  return (
    <Form method="post" noValidate aria-label="Nieuwe warme overdracht">
      <TekstVeld id="naam" label="Naam van de inwoner" autoComplete="off" autoFocus defaultValue={invoer.naam ?? ""} fout={fouten.naam} disabled={anoniem} />
      <AnoniemKeuze label="Anoniem" defaultChecked={anoniem} onChange={setAnoniem} />
      <TekstVeld
        id="telefoon"
        label="Telefoonnummer"
        type="tel"
        autoComplete="off"
        hint="Telefoon of e-mail is nodig, zodat de collega de inwoner kan informeren."
        defaultValue={invoer.telefoon ?? ""}
        fout={fouten.telefoon}
      />
      <TekstVeld id="email" label="E-mailadres" type="email" autoComplete="off" defaultValue={invoer.email ?? ""} fout={fouten.email} />
      <TekstGebied id="vraag" label="Vraag van de inwoner" rows={3} defaultValue={invoer.vraag ?? ""} fout={fouten.vraag} />
      <TekstGebied
        id="alGedaan"
        label="Wat is al gezegd en gedaan?"
        hint="Zodat de inwoner niets opnieuw hoeft uit te leggen."
        rows={4}
        defaultValue={invoer.alGedaan ?? ""}
        fout={fouten.alGedaan}
      />
      <CollegaTeamKiezer
        zoekId="ontvanger-zoek"
        id="ontvanger"
        name="ontvanger"
        label="Overdragen aan"
        collegas={l.collegas}
        teams={l.teams}
        defaultValue={invoer.ontvanger}
        fout={fouten.ontvanger}
      />
      {l.oppakken ? (
        <div className="afs-termijnvoorbeeld">
          <p className="utrecht-paragraph">
            De ontvanger pakt de vraag op: <strong>{l.oppakken}</strong>
          </p>
        </div>
      ) : null}
      <div className="afs-knoppen">
        <Knop disabled={nav.state === "submitting"}>Overdracht aanbieden</Knop>
      </div>
    </Form>
  );
}
