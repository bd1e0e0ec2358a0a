/** GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas (app/features/api/contract.server.ts). */
import { apiDocument } from "~/features/api/contract.server";
import { json } from "~/features/api/probleem.server";

export const loader = () => json(apiDocument());
