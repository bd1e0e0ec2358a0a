/**
 * The request id ("referentie") that error pages show, so a user can quote it and the logs can be searched.
 *
 * The server renders it from the request context (entry.server wraps the app in `ReferentieProvider`) into a
 * `<meta name="afspraak-request-id">` in the document head; this works also when the root loader's data is
 * absent, as when an error boundary renders after a failed action. In the browser the value is read back from
 * that meta element, so hydration sees the same text.
 */
import { createContext, useContext } from "react";

export const REFERENTIE_META = "afspraak-request-id";

const ReferentieContext = createContext<string | null>(null);
export const ReferentieProvider = ReferentieContext.Provider;

/** The request id of the document: from the server context, or in the browser from the document's meta. */
export function useReferentie(): string | null {
  const vanServer = useContext(ReferentieContext);
  if (vanServer) return vanServer;
  if (typeof document === "undefined") return null;
  return document.querySelector<HTMLMetaElement>(`meta[name="${REFERENTIE_META}"]`)?.content || null;
}
