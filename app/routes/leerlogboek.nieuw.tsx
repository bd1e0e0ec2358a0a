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
import { keuzes, klachtOpNummer, leesKoppeling, leesLes, lesWaarden, maakLes, voorinvulling, type Fouten, type Koppeling } from "~/features/leerlogboek/leerlogboek.server";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe les – Leerlogboek – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const u = new URL(request.url).searchParams;
  const v = voorinvulling(user, { klacht: u.get("klacht"), afspraak: u.get("afspraak"), compliment: u.get("compliment") });
  return data({ ...keuzes(), ...v }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const form = await request.formData();
  const waarden = lesWaarden(form);
  const koppelingWaarde = String(form.get("koppeling") ?? "");
  const klachtnummer = String(form.get("klachtnummer") ?? "").trim();
  const terug = { waarden, koppeling: koppelingWaarde, klachtnummer };
  const fouten: Fouten = {};
  const koppelingen: Koppeling[] = [];
  if (koppelingWaarde) {
    const k = leesKoppeling(koppelingWaarde);
    if (k) koppelingen.push(k);
  }
  if (klachtnummer) {
    const k = klachtOpNummer(klachtnummer);
    if (k) koppelingen.push({ soort: "klacht", ref: k.id });
    else fouten.klachtnummer = ["Er is geen klacht met dit nummer (bijvoorbeeld KL-2026-0012)."];
  }
  const p = leesLes(waarden);
  if (!p.ok || Object.keys(fouten).length) {
    return data({ ...terug, fouten: { ...(p.ok ? {} : p.fouten), ...fouten }, melding: null as string | null }, { status: 400 });
  }
  const r = maakLes(user, p.invoer, koppelingen, origin(context));
  if (!r.ok) {
    return data({ ...terug, fouten: r.fouten ?? {}, melding: r.melding }, { status: r.reden === "geweigerd" ? 403 : 400 });
  }
  const q = new URLSearchParams({ nieuw: "1" });
  if (r.klachtenVerder.length) q.set("klachten", r.klachtenVerder.join(","));
  return redirect(`/leerlogboek/${r.id}?${q.toString()}`);
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
