/** GET /api/v1/referentie — the readable API reference, rendered from the same OpenAPI document. */
import { referentieHtml } from "~/features/api/referentie.server";
import { alleenMethode } from "~/features/api/afspraken.server";

export const loader = () =>
  new Response(referentieHtml(), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });

/** Anything but GET: a problem answer that says so (not Remix's bare "Unexpected Server Error"). */
export const action = () => alleenMethode("GET");
