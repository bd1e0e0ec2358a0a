/** GET /api/v1/afspraken/:id — one commitment's public status (app/features/api). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { alleenMethode, apiAanroep, apiStatus } from "~/features/api/afspraken.server";

export const loader = ({ request, context, params }: LoaderFunctionArgs) =>
  apiAanroep(request, context, "afspraak.lezen", (c, o) => apiStatus(c, params.id ?? "", request, o));

export const action = (_: ActionFunctionArgs) => alleenMethode("GET");
