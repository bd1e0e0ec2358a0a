/** POST /api/v1/terugbelafspraken/:id/pogingen — record a callback attempt (app/features/api). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { alleenMethode, apiAanroep, apiPoging } from "~/features/api/afspraken.server";

export const loader = (_: LoaderFunctionArgs) => alleenMethode("POST");

export const action = ({ request, context, params }: ActionFunctionArgs) =>
  request.method === "POST" ? apiAanroep(request, context, "poging.vastleggen", (c, o) => apiPoging(c, params.id ?? "", request, o)) : alleenMethode("POST");
