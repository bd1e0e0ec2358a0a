/** "Nieuwe warme overdracht": hand a citizen's question to a colleague or team, with its context. */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useRef, useState } from "react";
import { Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { toewijzingsKeuzes, voorbeeldTermijn } from "~/features/terugbellen/terugbel.server";
import { maakOverdracht } from "~/features/overdracht/overdracht.server";
import css from "~/styles/afspraken.css";
import { CollegaTeamSelect, Typeahead } from "../features/terugbellen/components/velden";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe warme overdracht – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const { collegas, teams } = toewijzingsKeuzes();
  return data(
    {
      collegas: collegas.filter((c) => c.value !== `m:${user.id}`),
      teams,
      oppakken: voorbeeldTermijn("OVERDRACHT-OPGEPAKT")?.tekst ?? null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const form = Object.fromEntries(await request.formData());
  const invoer = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
  const r = maakOverdracht(invoer, user, origin(context));
  if (!r.ok) return data({ fouten: r.fouten, melding: r.melding ?? null, invoer }, { status: 400 });
  return redirect(`/overdrachten/${r.id}?nieuw=1`);
}

export default function NieuweOverdracht() {
  const l = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const nav = useNavigation();
  const invoer = (a?.invoer ?? {}) as Record<string, string | undefined>;
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  const [anoniem, setAnoniem] = useState(invoer.anoniem === "on");
  const ontvangerRef = useRef<HTMLSelectElement>(null);
  const aantal = Object.values(fouten).filter(Boolean).length;
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
      <Form method="post" noValidate aria-label="Nieuwe warme overdracht">
        <TekstVeld id="naam" label="Naam van de inwoner" autoComplete="off" autoFocus defaultValue={invoer.naam ?? ""} fout={fouten.naam} disabled={anoniem} />
        <div className="afs-keuze">
          <input
            type="checkbox"
            id="anoniem"
            name="anoniem"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            defaultChecked={anoniem}
            onChange={(e) => setAnoniem(e.currentTarget.checked)}
          />
          <label htmlFor="anoniem" className="utrecht-form-label">
            Anoniem
          </label>
        </div>
        <TekstVeld id="telefoon" label="Telefoonnummer" type="tel" autoComplete="off" hint="Telefoon of e-mail is nodig, zodat de collega de inwoner kan informeren." defaultValue={invoer.telefoon ?? ""} fout={fouten.telefoon} />
        <TekstVeld id="email" label="E-mailadres" type="email" autoComplete="off" defaultValue={invoer.email ?? ""} fout={fouten.email} />
        <TekstGebied id="vraag" label="Vraag van de inwoner" rows={3} defaultValue={invoer.vraag ?? ""} fout={fouten.vraag} />
        <TekstGebied id="alGedaan" label="Wat is al gezegd en gedaan?" hint="Zodat de inwoner niets opnieuw hoeft uit te leggen." rows={4} defaultValue={invoer.alGedaan ?? ""} fout={fouten.alGedaan} />
        <Typeahead doel={ontvangerRef} id="ontvanger-zoek" label="Zoek een collega of team" />
        <CollegaTeamSelect id="ontvanger" name="ontvanger" label="Overdragen aan" collegas={l.collegas} teams={l.teams} selectRef={ontvangerRef} defaultValue={invoer.ontvanger} fout={fouten.ontvanger} />
        {l.oppakken ? (
          <div className="afs-termijnvoorbeeld">
            <p className="utrecht-paragraph">
              De ontvanger pakt de vraag op: <strong>{l.oppakken}</strong>
            </p>
          </div>
        ) : null}
        <div className="afs-knoppen">
          <Knop disabled={nav.state === "submitting"}>Overdracht aanbieden</Knop>
        </div>
      </Form>
    </div>
  );
}
