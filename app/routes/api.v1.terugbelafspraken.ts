/** POST /api/v1/terugbelafspraken — a callback through the API (app/features/api). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { alleenMethode, apiAanroep, apiMaakTerugbel } from "~/features/api/afspraken.server";

export const loader = (_: LoaderFunctionArgs) => alleenMethode("POST");

export const action = ({ request, context }: ActionFunctionArgs) =>
  request.method === "POST" ? apiAanroep(request, context, "terugbelafspraak.maken", (c, o) => apiMaakTerugbel(c, request, o)) : alleenMethode("POST");
