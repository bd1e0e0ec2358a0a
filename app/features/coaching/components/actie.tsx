/** The outcome of a profile form: the message above the page, and per form its field errors and typed input. */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Knop, Melding } from "../../../platform/ui/ui";
import type { ProfielActieData } from "../formulieren.server";

/** Field errors of `veld` when the last post was this form (`doel`: which of several forms of one intent). */
export function fout(actie: ProfielActieData | undefined, intent: string, veld: string, doel?: string) {
  if (!actie || actie.ok || actie.intent !== intent || (doel !== undefined && actie.doel !== doel)) return null;
  return actie.fouten[veld] ?? null;
}

/** What was typed into `veld` when the last post of this form failed. */
export function waarde(actie: ProfielActieData | undefined, intent: string, veld: string, doel?: string): string | undefined {
  if (!actie || actie.ok || actie.intent !== intent || (doel !== undefined && actie.doel !== doel)) return undefined;
  return actie.velden[veld];
}

export function Actiemelding({ actie }: { actie: ProfielActieData | undefined }) {
  if (!actie) return null;
  if (actie.ok)
    return (
      <Melding soort="ok">
        <p className="utrecht-paragraph">{actie.melding}</p>
      </Melding>
    );
  if (actie.melding)
    return (
      <Melding soort="fout">
        <p className="utrecht-paragraph">{actie.melding}</p>
      </Melding>
    );
  return null;
}

/** A manager's POST form for something new on the profile (a note, an agreement): h3 heading, intent, fields, button. */
export function NieuwFormulier({ id, titel, intent, knop, children }: { id: string; titel: string; intent: string; knop: string; children: ReactNode }) {
  return (
    <Form method="post" className="coaching-formulier" aria-labelledby={id}>
      <h3 id={id} className="utrecht-heading-3">
        {titel}
      </h3>
      <input type="hidden" name="intent" value={intent} />
      {children}
      <Knop>{knop}</Knop>
    </Form>
  );
}
