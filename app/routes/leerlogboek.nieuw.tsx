/**
 * A new lesson (regieteam). Entry points: /leerlogboek/nieuw?klacht=<id> (prefills the afdeling and the violated
 * norms of a decided complaint), ?afspraak=<id> (an overdue commitment), ?compliment=<feedbackId>. A plain POST
 * form: works without JavaScript; errors at the field with the input kept; employee names are refused.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { LesVelden } from "~/features/leerlogboek/components/leerlogboek";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { bewaarNieuweLes, nieuweLesPagina } from "~/features/leerlogboek/nieuwe-les.server";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe les – Leerlogboek – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  return data(nieuweLesPagina(user, new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const r = bewaarNieuweLes(user, await leesFormulier(request), origin(context));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function NieuweLes() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const waarden = ad?.waarden ?? d.waarden;
  const fouten = ad?.fouten ?? {};
  return (
    <>
      <PageTitle intro="Leg vast wat er gebeurde, waarom, en wat de organisatie ervan leert. Noem processen, geen personen.">
        Nieuwe les vastleggen
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">Terug naar het leerlogboek</Link></p>
      {d.fout ? <Melding soort="waarschuwing" titel="Dit item kan niet worden gekoppeld">{d.fout}</Melding> : null}
      {ad?.melding ? <Melding soort="fout" titel="De les is niet opgeslagen"><p className="utrecht-paragraph">{ad.melding}</p></Melding> : null}
      {ad && !ad.melding && Object.keys(fouten).length ? (
        <Melding soort="fout" titel="De les is niet opgeslagen">
          <p className="utrecht-paragraph">Verbeter de velden met een foutmelding; uw tekst staat er nog.</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate>
        {d.koppeling ? (
          <section className="ll-blok" aria-labelledby="koppeling-kop">
            <h2 id="koppeling-kop" className="utrecht-heading-2">Gekoppeld aan</h2>
            <p className="utrecht-paragraph">{d.koppeling.omschrijving}</p>
            <input type="hidden" name="koppeling" value={`${d.koppeling.soort}:${d.koppeling.ref}`} />
          </section>
        ) : ad?.koppeling ? (
          <input type="hidden" name="koppeling" value={ad.koppeling} />
        ) : null}
        <LesVelden waarden={waarden} fouten={fouten} afdelingen={d.afdelingen} normen={d.normen} processtappen={d.processtappen} />
        {!d.koppeling ? (
          <TekstVeld
            id="klachtnummer"
            label="Klachtnummer om te koppelen (niet verplicht)"
            hint="Bijvoorbeeld KL-2026-0012. Andere koppelingen voegt u toe op de pagina van de les."
            defaultValue={ad?.klachtnummer ?? ""}
            fout={fouten.klachtnummer ?? fouten.koppeling}
          />
        ) : null}
        <Knop>Les opslaan</Knop>
      </Form>
    </>
  );
}
