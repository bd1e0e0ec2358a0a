/** The calendar page's forms: each posts an `intent`; only the form that was sent shows its errors and input. */
import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding } from "~/platform/ui/ui";
import { useStapFormulier } from "~/platform/ui/stapformulier";
import type { KalenderIntent } from "../pagina.server";

/** Errors and typed input of the last submission of this form, with the value shown when nothing was typed. */
export function useKalenderFormulier(intent: KalenderIntent) {
  const { fouten, invoer } = useStapFormulier(intent);
  return {
    fout: (veld: string) => fouten[veld],
    inv: (veld: string, standaard: string) => invoer[veld] ?? standaard,
  };
}

/** The refusal of the form with this intent (a removal that failed is a warning, the rest an error). */
export function FoutMelding({ intent }: { intent: KalenderIntent }) {
  const { melding } = useStapFormulier(intent);
  if (!melding) return null;
  return (
    <Melding soort={intent === "verwijder" ? "waarschuwing" : "fout"} role="alert">
      <p className="utrecht-paragraph">{melding}</p>
    </Melding>
  );
}

/** The small form that removes one calendar day. */
export function VerwijderDag({ id, jaar, datumTekst }: { id: number; jaar: number; datumTekst: string }) {
  const { t } = useTranslation("handvest");
  const bezig = useNavigation().state === "submitting";
  return (
    <Form method="post" className="afs-handvest-inline">
      <input type="hidden" name="intent" value="verwijder" />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="jaar" value={jaar} />
      <Knop soort="secundair" aria-label={t("kalender.verwijderLabel", { datum: datumTekst })} disabled={bezig}>
        {t("kalender.verwijder")}
      </Knop>
    </Form>
  );
}

/**
 * One of the page's change forms: its refusal notice, then the form with the intent, the year in view (and the
 * fingerprint of what was shown, where the data has no version column), the fields and the submit button.
 */
export function KalenderFormulier({
  intent,
  jaar,
  stand,
  labelledby,
  noValidate = true,
  knop,
  children,
}: {
  intent: KalenderIntent;
  jaar: number;
  stand?: string;
  labelledby: string;
  noValidate?: boolean;
  knop: string;
  children: ReactNode;
}) {
  const bezig = useNavigation().state === "submitting";
  return (
    <>
      <FoutMelding intent={intent} />
      <Form method="post" noValidate={noValidate} aria-labelledby={labelledby}>
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="jaar" value={jaar} />
        {stand !== undefined ? <input type="hidden" name="stand" value={stand} /> : null}
        {children}
        <Knop disabled={bezig}>{knop}</Knop>
      </Form>
    </>
  );
}

/** A full-width section of the page: heading and intro, then its content. */
export function KalenderSectie({ id, titel, intro, children }: { id: string; titel: string; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="afs-handvest-sectie">
      <h2 id={id} className="utrecht-heading-2">
        {titel}
      </h2>
      <p className="utrecht-paragraph afs-intro">{intro}</p>
      {children}
    </section>
  );
}
