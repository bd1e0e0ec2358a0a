/** GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas (app/features/api/contract.server.ts). */
import { apiDocument } from "~/features/api/contract.server";
import { json } from "~/features/api/probleem.server";
import { alleenMethode } from "~/features/api/afspraken.server";

export const loader = () => json(apiDocument());

/** Anything but GET: a problem answer that says so (not Remix's bare "Unexpected Server Error"). */
export const action = () => alleenMethode("GET");
