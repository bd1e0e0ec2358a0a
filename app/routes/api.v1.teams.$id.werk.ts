/** GET /api/v1/teams/:id/werk — a team's open work (app/features/api). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { alleenMethode, apiAanroep, apiTeamWerk } from "~/features/api/afspraken.server";

export const loader = ({ request, context, params }: LoaderFunctionArgs) =>
  apiAanroep(request, context, "team.werk", (c, o) => apiTeamWerk(c, params.id ?? "", request, o));

export const action = (_: ActionFunctionArgs) => alleenMethode("GET");
