/**
 * One lesson. Every member of staff reads it; linked items are described without any employee or citizen names.
 * The regieteam also sees the links to the dossiers, edits the lesson (optimistic `versie`), adds and removes
 * links ("Koppeling toevoegen": a klachtnummer or a pick from recent items — works without JavaScript) and
 * starts improvement actions with an owner and a due date.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { leesFormulier } from "~/platform/web/formulier.server";
import { lesPagina, voerLesFormulierUit } from "~/features/leerlogboek/les-pagina.server";
import { GEDAAN } from "~/features/leerlogboek/teksten";
import { useLesAntwoord } from "~/features/leerlogboek/components/antwoord";
import { LesGegevens } from "~/features/leerlogboek/components/les-gegevens";
import { LesActies } from "~/features/leerlogboek/components/les-acties";
import { LesBewerken } from "~/features/leerlogboek/components/les-bewerken";
import { LesKoppelingen } from "~/features/leerlogboek/components/les-koppelingen";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.les.nummer ?? "Les"} – Leerlogboek – Afspraak` }];

function lesId(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id < 1) throw new Response("Niet gevonden", { status: 404 });
  return id;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const d = lesPagina(user, lesId(params), new URL(request.url).searchParams, origin(context));
  if (!d) throw new Response("Niet gevonden", { status: 404 });
  return data(d, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const r = voerLesFormulierUit(user, lesId(params), await leesFormulier(request), origin(context));
  return r.ok ? redirect(r.naar) : data(r.antwoord, { status: r.status });
}

export default function LesPagina() {
  const d = useLoaderData<typeof loader>();
  const ad = useLesAntwoord();
  const l = d.les;
  return (
    <>
      <PageTitle intro={`${l.processtapTekst} · ${l.afdeling ?? "organisatiebreed"} · vastgelegd ${l.datum}`}>
        {l.nummer}: {l.titel}
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">Terug naar het leerlogboek</Link></p>
      {d.nieuw ? <Melding soort="ok" titel="De les is vastgelegd">Maak zo nodig een verbeteractie aan met een eigenaar en een datum.</Melding> : null}
      {d.gedaan ? <Melding soort="ok">{GEDAAN[d.gedaan] ?? "Opgeslagen."}</Melding> : null}
      {d.klachtenVerder.length ? (
        <Melding soort="ok" titel="Klachtdossier bijgewerkt">
          <p className="utrecht-paragraph">De les is ook in het dossier van {d.klachtenVerder.join(", ")} vastgelegd; het dossier kan nu worden gesloten.</p>
        </Melding>
      ) : null}
      {ad?.melding && !["actie", "koppel", "bewerken"].includes(ad.intent) ? <Melding soort="fout">{ad.melding}</Melding> : null}
      <div className="ll-raster">
        <div>
          <LesGegevens les={l} />
          <LesActies acties={d.acties} regieteam={d.regieteam} eigenaren={d.eigenaren} vandaag={d.vandaag} />
          {d.regieteam && d.keuzes ? <LesBewerken les={l} keuzes={d.keuzes} /> : null}
        </div>
        <div>
          <LesKoppelingen koppelingen={l.koppelingen} regieteam={d.regieteam} koppelKeuzes={d.koppelKeuzes} />
        </div>
      </div>
    </>
  );
}
