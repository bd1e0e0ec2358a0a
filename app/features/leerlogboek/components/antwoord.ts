/** The action's answer on a lesson's page, for the form that sent it (another form's answer is not its business). */
import { useActionData } from "@remix-run/react";
import type { LesAntwoord } from "../les-pagina.server";

/** The last answer when it came from the form with this `intent` (or any form when omitted), else null. */
export function useLesAntwoord(intent?: string): LesAntwoord | null {
  const a = useActionData<LesAntwoord>();
  return a && (intent === undefined || a.intent === intent) ? a : null;
}

/** What was typed in field `k` of that form, or the standard value. */
export function getypt(a: LesAntwoord | null, k: string, standaard = ""): string {
  return a && typeof a.invoer[k] === "string" ? (a.invoer[k] as string) : standaard;
}
