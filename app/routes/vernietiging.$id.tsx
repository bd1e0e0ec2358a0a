import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { leesInvoer } from "~/platform/web/formulier.server";
import { lijstActie, lijstPagina } from "~/features/bewaren/pagina.server";
import { GoedkeurFormulier, ItemsTabel } from "~/features/bewaren/components/vernietiging";
import css from "~/styles/beheer.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `Vernietigingslijst ${d?.lijst.nummer ?? ""} – Afspraak` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  const d = lijstPagina(params.id ?? "", new URL(request.url));
  if (!d) throw new Response("Deze vernietigingslijst bestaat niet.", { status: 404 });
  return data(d);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "archief");
  const r = lijstActie(params.id ?? "", user, await leesInvoer(request), context);
  if ("naar" in r) return redirect(r.naar);
  return data(r.antwoord, { status: r.status });
}

export default function VernietigingsLijst() {
  const d = useLoaderData<typeof loader>();
  const antwoord = useActionData<typeof action>();
  const l = d.lijst;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/vernietiging" className="utrecht-link">
          Terug naar Vernietiging
        </Link>
      </p>
      <PageTitle intro={`${l.aanleiding}, opgesteld ${l.opgesteld}. Alles waarvan de bewaartermijn op ${l.peildatum} verstreken was.`}>
        Vernietigingslijst {l.nummer}
      </PageTitle>
      {d.ok ? <Melding soort="ok">{d.ok}</Melding> : null}
      {d.wachtend ? <Melding soort="info">{d.wachtend}</Melding> : null}
      {antwoord?.melding ? <Melding soort="fout">{antwoord.melding}</Melding> : null}
      <p className="utrecht-paragraph">
        {d.totalen.voorgesteld} voorgesteld, {d.totalen.aangehouden} aangehouden, {d.totalen.vernietigd} vernietigd.
        {l.status === "uitgevoerd" ? (
          <>
            {" "}
            Goedgekeurd {l.goedgekeurd} door {l.goedgekeurdDoor}.{" "}
            <Link to={`/vernietiging/${l.id}/verklaring`} className="utrecht-link">
              Verklaring van vernietiging
            </Link>
          </>
        ) : null}
      </p>
      <ItemsTabel data={d} antwoord={antwoord} />
      {l.status === "ter_beoordeling" ? <GoedkeurFormulier data={d} antwoord={antwoord} /> : null}
    </>
  );
}
