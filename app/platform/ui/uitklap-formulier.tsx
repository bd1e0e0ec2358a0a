/**
 * One form of the learning pages that folds open (lesson: edit, link, new action; action: each step): a POST
 * form carrying its `intent` (and the `versie` it was loaded with), the refusal message of its last answer,
 * and its fields. It opens again when the answer was for this form.
 */
import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Melding } from "~/platform/ui/ui";

export function UitklapFormulier({
  samenvatting,
  intent,
  versie,
  open,
  className,
  melding,
  meldingTitel,
  children,
}: {
  samenvatting: string;
  intent: string;
  versie?: number | string;
  open: boolean;
  className?: string;
  melding: string | null | undefined;
  meldingTitel?: string;
  children: ReactNode;
}) {
  return (
    <details className={className} open={open || undefined}>
      <summary>{samenvatting}</summary>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value={intent} />
        {versie === undefined ? null : <input type="hidden" name="versie" value={versie} />}
        {melding ? (
          <Melding soort="fout" titel={meldingTitel}>
            <p className="utrecht-paragraph">{melding}</p>
          </Melding>
        ) : null}
        {children}
      </Form>
    </details>
  );
}
