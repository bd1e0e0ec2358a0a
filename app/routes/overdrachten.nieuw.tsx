/** "Nieuwe warme overdracht": hand a citizen's question to a colleague or team, with its context. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { biedOverdrachtAan, nieuweOverdrachtPagina } from "~/features/overdracht/pagina.server";
import { NieuweOverdrachtFormulier } from "~/features/overdracht/components/nieuwe-overdracht";
import css from "~/styles/afspraken.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe warme overdracht – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data(nieuweOverdrachtPagina(user), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const r = biedOverdrachtAan(await leesInvoer(request), user, origin(context));
  if (r.soort === "verder") return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function NieuweOverdracht() {
  const l = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const aantal = Object.values(a?.fouten ?? {}).filter(Boolean).length;
  return (
    <div className="afs-afspraak-form">
      <PageTitle intro="Een vraag is pas losgelaten als een collega hem heeft opgepakt en de inwoner weet wie de vraag behandelt en wat er gebeurt. Tot die tijd blijft hij op uw lijst ‘Nog niet losgelaten’.">
        Nieuwe warme overdracht
      </PageTitle>
      {aantal > 0 ? (
        <Melding soort="fout" titel="De overdracht is nog niet verstuurd">
          <p className="utrecht-paragraph">Controleer de gemarkeerde velden; wat u typte staat er nog.</p>
        </Melding>
      ) : null}
      {a?.melding ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{a.melding}</p>
        </Melding>
      ) : null}
      <NieuweOverdrachtFormulier l={l} a={a} />
    </div>
  );
}
