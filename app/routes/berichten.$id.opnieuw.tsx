/** "Opnieuw versturen" of a failed or uncertain message to a citizen (a form on the dossier; action only). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { verstuurOpnieuw } from "~/features/berichten/berichten.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  throw new Response("Niet gevonden", { status: 404 });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const invoer = await leesInvoer(request);
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw new Response("Dit bericht bestaat niet.", { status: 404 });
  const r = verstuurOpnieuw(user, id, origin(context));
  if (!r.ok) return data({ melding: r.melding }, { status: r.status });
  const terug = invoer.terug && invoer.terug.startsWith("/") && !invoer.terug.startsWith("//") ? invoer.terug : `/afspraken/${r.afspraakId}`;
  return redirect(`${terug}${terug.includes("?") ? "&" : "?"}bericht=opnieuw#berichten-inwoner-kop`);
}

export default function Opnieuw() {
  const ad = useActionData<typeof action>();
  return (
    <div className="afs-melding afs-melding--fout" role="alert">
      <p className="utrecht-paragraph">{ad?.melding ?? "Dit bericht kon niet opnieuw worden verstuurd."} Ga terug naar het dossier.</p>
    </div>
  );
}
