/** One privacy request: its term, the package / rectification / restriction it calls for, and its steps. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { detailPagina, stap, type StapAntwoord } from "~/features/privacy/pagina.server";
import { VerzoekGegevens, VerzoekHistorie, VerzoekStappen } from "~/features/privacy/components/verzoek";
import css from "~/styles/privacy.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.d.soortTekst ?? "Privacyverzoek"} – Afspraak` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  return data(detailPagina(user, params.id ?? "", new URL(request.url), origin(context)));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "privacy");
  const r = stap(user, params.id ?? "", await leesFormulier(request), origin(context));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function Privacyverzoek() {
  const { d, vandaag, nieuw, gedaan, besluiten, velden } = useLoaderData<typeof loader>();
  const a = useActionData<StapAntwoord>() ?? null;
  return (
    <>
      <PageTitle intro={`${d.statusTekst} · uiterlijk ${d.uiterlijk}`}>
        {d.soortTekst}
        {d.burger ? `: ${d.burger.naam}` : ""}
      </PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/privacy" className="utrecht-link">Terug naar de privacyverzoeken</Link>
      </p>
      {nieuw ? (
        <Melding soort="ok" titel="Het verzoek is geregistreerd">
          <p className="utrecht-paragraph">Het antwoord is uiterlijk {d.uiterlijk} verschuldigd. U krijgt een waarschuwing vóór die tijd.</p>
        </Melding>
      ) : null}
      {gedaan ? <Melding soort="ok">{gedaan}</Melding> : null}
      {a && a.melding && !["verlengen", "afhandelen", "intrekken", "rectificeren", "beperken", "opheffen"].includes(a.intent) ? <Melding soort="fout">{a.melding}</Melding> : null}
      <div className="pv-raster">
        <div>
          <VerzoekGegevens d={d} />
          <VerzoekStappen d={d} a={a} vandaag={vandaag} besluiten={besluiten} velden={velden} />
        </div>
        <div>
          <VerzoekHistorie d={d} />
        </div>
      </div>
    </>
  );
}
