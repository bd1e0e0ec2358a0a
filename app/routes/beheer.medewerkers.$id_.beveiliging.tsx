import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { taalVan } from "~/platform/i18n/taal.server";
import { verwerkMedewerkerBeveiliging } from "~/features/tweestaps/pagina.server";

/** The medewerker page's "end all sessions" (lost laptop) and "set up MFA again" (lost phone); the form is there. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  return redirect(`/beheer/medewerkers/${encodeURIComponent(params.id ?? "")}`);
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "beheer");
  const r = await verwerkMedewerkerBeveiliging(user, params.id ?? "", context, await leesInvoer(request), taalVan(request));
  if ("naar" in r) return redirect(r.naar);
  throw new Response(r.antwoord.fout, { status: r.status });
}
