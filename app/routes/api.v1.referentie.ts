/** GET /api/v1/referentie — the readable API reference, rendered from the same OpenAPI document. */
import { referentieHtml } from "~/features/api/referentie.server";

export const loader = () =>
  new Response(referentieHtml(), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
