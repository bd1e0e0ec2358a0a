/** POST /api/v1/overdrachten — a warm handover through the API (app/features/api). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { alleenMethode, apiAanroep, apiMaakOverdracht } from "~/features/api/afspraken.server";

export const loader = (_: LoaderFunctionArgs) => alleenMethode("POST");

export const action = ({ request, context }: ActionFunctionArgs) =>
  request.method === "POST" ? apiAanroep(request, context, "overdracht.maken", (c, o) => apiMaakOverdracht(c, request, o)) : alleenMethode("POST");
