/**
 * Pieces of the "one small form per workflow step" pattern on detail pages: each form posts its `intent` and the
 * `versie` it was loaded with; the action answers { intent, fouten, melding, invoer } so the form that was sent
 * shows its own errors and keeps what was typed.
 */
import type { ReactNode } from "react";
import { Form, useActionData } from "@remix-run/react";
import { Melding } from "./ui";

export interface StapAntwoord {
  intent?: string;
  fouten?: Record<string, string[] | undefined>;
  melding?: string | null;
  invoer?: Record<string, string | undefined>;
}

/** Errors, message and typed input of the last submission — only when it was this step's form. */
export function useStapFormulier(intent: string) {
  const a = useActionData<StapAntwoord>();
  const eigen = a && a.intent === intent ? a : null;
  return {
    fouten: (eigen?.fouten ?? {}) as Record<string, string[] | undefined>,
    melding: eigen?.melding ?? null,
    invoer: (eigen?.invoer ?? {}) as Record<string, string | undefined>,
  };
}

/** The hidden fields every step form carries. */
export function StapVelden({ intent, versie }: { intent: string; versie: number }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="versie" value={versie} />
    </>
  );
}

/** The form-level refusal message (e.g. a stale version or a step not allowed now). */
export function FormMelding({ melding }: { melding: string | null }) {
  return melding ? (
    <Melding soort="fout" role="alert">
      <p className="utrecht-paragraph">{melding}</p>
    </Melding>
  ) : null;
}

/**
 * One workflow step on a detail page: a titled section with the step's refusal message and a POST form carrying
 * the intent and version. The form is keyed by the version, so after a step every form starts fresh.
 */
export function StapSectie({
  id,
  titel,
  intent,
  versie,
  melding,
  uitleg,
  noValidate,
  children,
}: {
  id: string;
  titel: string;
  intent: string;
  versie: number;
  melding: string | null;
  uitleg?: ReactNode;
  noValidate?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="afs-blok" aria-labelledby={`${id}-titel`}>
      <h3 id={`${id}-titel`} className="utrecht-heading-3">
        {titel}
      </h3>
      {uitleg}
      <FormMelding melding={melding} />
      <Form method="post" key={`${intent}-${versie}`} noValidate={noValidate}>
        <StapVelden intent={intent} versie={versie} />
        {children}
      </Form>
    </section>
  );
}
