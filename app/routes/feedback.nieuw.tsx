/**
 * A compliment or a suggestion from a citizen. Works without JavaScript: a plain form, server-side validation,
 * errors at the field, the typed input kept. A compliment reaches the colleague (or team) and their manager via
 * the inbox; a suggestion goes to the regieteam's triage list (/feedback/suggesties).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { feedbackKeuzes, leesFeedback, registreerFeedback, type Fouten } from "~/features/feedback/feedback.server";
import { KANAAL_TEKST, KLACHT_KANALEN } from "~/features/klachten/recht";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Compliment of suggestie – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  const klaar = new URL(request.url).searchParams.get("klaar");
  return data({ ...feedbackKeuzes(), klaar: klaar === "compliment" || klaar === "suggestie" ? klaar : null });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const form = await request.formData();
  const invoer = Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k) ?? "")]));
  const r = leesFeedback(form);
  if (!r.ok) return data({ fouten: r.fouten, invoer }, { status: 400 });
  registreerFeedback({ id: user.id, naam: user.naam }, r.invoer, origin(context));
  return redirect(`/feedback/nieuw?klaar=${r.invoer.soort}`);
}

export default function FeedbackNieuw() {
  const { medewerkers, teams, klaar } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const f: Fouten = ad?.fouten ?? {};
  const v: Record<string, string> = ad?.invoer ?? {};
  const s = (k: string, d = "") => v[k] ?? d;
  const aantalFouten = Object.keys(f).length;
  return (
    <>
      <PageTitle intro="Geef een compliment of een suggestie van een inwoner door. Een compliment komt bij de collega of het team en hun leidinggevende; een suggestie komt bij het regieteam.">
        Compliment of suggestie
      </PageTitle>
      {klaar && !ad ? (
        <Melding soort="ok" titel={klaar === "compliment" ? "Het compliment is doorgegeven" : "De suggestie is doorgegeven aan het regieteam"}>
          <p className="utrecht-paragraph">
            {klaar === "compliment"
              ? "De collega of het team en de leidinggevende hebben een bericht in hun inbox."
              : "Het regieteam beoordeelt de suggestie."}
          </p>
        </Melding>
      ) : null}
      {aantalFouten ? (
        <Melding soort="fout" titel="Nog niet doorgegeven">
          <p className="utrecht-paragraph">Verbeter de {aantalFouten === 1 ? "melding" : `${aantalFouten} meldingen`} bij de velden hieronder.</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate>
        <fieldset className="kl-blok">
          <legend className="utrecht-heading-2">Wat kwam er binnen?</legend>
          <fieldset className="kl-keuzes" aria-describedby={f.soort ? "soort-fout" : undefined}>
            <legend>Soort</legend>
            {f.soort ? <span id="soort-fout" className="afs-veld__fout">{f.soort[0]}</span> : null}
            <label>
              <input type="radio" name="soort" value="compliment" defaultChecked={s("soort", "compliment") === "compliment"} /> Compliment
            </label>
            <label>
              <input type="radio" name="soort" value="suggestie" defaultChecked={s("soort") === "suggestie"} /> Suggestie
            </label>
          </fieldset>
          <Keuzelijst
            id="kanaal"
            label="Kanaal"
            defaultValue={s("kanaal")}
            fout={f.kanaal}
            opties={[{ value: "", label: "Kies een kanaal" }, ...KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))]}
          />
          <TekstGebied id="tekst" label="Wat zei of schreef de inwoner?" defaultValue={s("tekst")} fout={f.tekst} rows={5} />
          <Keuzelijst
            id="over"
            label="Voor wie is het compliment?"
            hint="Alleen bij een compliment: een collega of een team."
            defaultValue={s("over")}
            fout={f.over}
            opties={[
              { value: "", label: "Kies een collega of team" },
              ...medewerkers.map((m) => ({ value: `m:${m.id}`, label: m.naam })),
              ...teams.map((t) => ({ value: `t:${t.id}`, label: `Team ${t.naam} (${t.afdeling})` })),
            ]}
          />
        </fieldset>
        <fieldset className="kl-blok">
          <legend className="utrecht-heading-2">Inwoner (optioneel)</legend>
          <p className="utrecht-paragraph kl-uitleg">Vul alleen in wat nodig is. Een contactgegeven bewaren we alleen bij een suggestie, om de inwoner te laten weten wat ermee gebeurt.</p>
          <TekstVeld id="vanNaam" label="Naam van de inwoner" defaultValue={s("vanNaam")} fout={f.vanNaam} autoComplete="off" />
          <TekstVeld id="vanContact" label="Telefoonnummer of e-mailadres (alleen bij een suggestie)" defaultValue={s("vanContact")} fout={f.vanContact} autoComplete="off" />
        </fieldset>
        <div className="kl-knoppen">
          <Knop>Doorgeven</Knop>
          <Link to="/mijn-werk" className="utrecht-link">
            Annuleren
          </Link>
        </div>
      </Form>
    </>
  );
}
