/**
 * Intake of a complaint from every channel, oral or written (Awb 9:1, 9:2, 9:4). Works without JavaScript:
 * a plain form, server-side validation, errors at the field, the typed input kept.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { keuzelijsten, registreerKlacht } from "~/features/klachten/klachten.server";
import { leesIntake, type Fouten } from "~/features/klachten/formulieren.server";
import { KANAAL_TEKST, KLACHT_KANALEN } from "~/features/klachten/recht";
import { isoDatum } from "~/domain/kalender/tijd";
import { now } from "~/platform/clock";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Klacht registreren – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "werk");
  const k = keuzelijsten();
  return data({ afdelingen: k.afdelingen, medewerkers: k.medewerkers, vandaag: isoDatum(now()) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const form = await request.formData();
  const r = leesIntake(form);
  const invoer: Record<string, string | string[]> = Object.fromEntries([...form.keys()].map((k) => [k, k === "beklaagden" ? form.getAll(k).map(String) : String(form.get(k))]));
  if (!r.ok) return data({ fouten: r.fouten, invoer }, { status: 400 });
  const { id } = registreerKlacht(r.invoer, { id: user.id, naam: user.naam }, origin(context));
  return redirect(`/klachten/${id}?nieuw=1`);
}

export default function KlachtNieuw() {
  const { afdelingen, medewerkers, vandaag } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const f: Fouten = ad?.fouten ?? {};
  const v = (ad?.invoer ?? {}) as Record<string, string | string[] | undefined>;
  const s = (k: string, d = "") => (typeof v[k] === "string" ? (v[k] as string) : d);
  const gekozen = new Set(Array.isArray(v.beklaagden) ? v.beklaagden : []);
  const aantalFouten = Object.keys(f).length;
  return (
    <>
      <PageTitle intro="Registreer elke klacht, mondeling of schriftelijk, uit elk kanaal. De termijnen (ontvangstbevestiging en afhandeling binnen 6 weken, Awb 9:11) gaan direct lopen vanaf de datum van ontvangst.">
        Klacht registreren
      </PageTitle>
      {aantalFouten ? (
        <Melding soort="fout" titel="De klacht is nog niet geregistreerd">
          <p className="utrecht-paragraph">Verbeter de {aantalFouten === 1 ? "melding" : `${aantalFouten} meldingen`} bij de velden hieronder.</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate>
        <fieldset className="kl-blok">
          <legend className="utrecht-heading-2">Ontvangst</legend>
          <TekstVeld id="ontvangenDatum" label="Datum van ontvangst" type="date" defaultValue={s("ontvangenDatum", vandaag)} fout={f.ontvangenDatum} required />
          <Keuzelijst
            id="kanaal"
            label="Kanaal"
            defaultValue={s("kanaal")}
            fout={f.kanaal}
            opties={[{ value: "", label: "Kies een kanaal" }, ...KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))]}
          />
          <fieldset className="kl-keuzes" aria-describedby={f.vorm ? "vorm-fout" : undefined}>
            <legend>Vorm van de klacht</legend>
            {f.vorm ? <span id="vorm-fout" className="afs-veld__fout">{f.vorm[0]}</span> : null}
            <label><input type="radio" name="vorm" value="schriftelijk" defaultChecked={s("vorm", "schriftelijk") === "schriftelijk"} /> Schriftelijk (brief, e-mail, formulier)</label>
            <label><input type="radio" name="vorm" value="mondeling" defaultChecked={s("vorm") === "mondeling"} /> Mondeling (telefoon, balie)</label>
          </fieldset>
          <TekstVeld id="dagtekening" label="Dagtekening van de brief (optioneel)" type="date" defaultValue={s("dagtekening")} fout={f.dagtekening} />
        </fieldset>

        <fieldset className="kl-blok">
          <legend className="utrecht-heading-2">Klager</legend>
          <fieldset className="kl-keuzes">
            <legend>De klager is</legend>
            {f.klagerSoort ? <span className="afs-veld__fout">{f.klagerSoort[0]}</span> : null}
            <label><input type="radio" name="klagerSoort" value="persoon" defaultChecked={s("klagerSoort", "persoon") === "persoon"} /> Een persoon</label>
            <label><input type="radio" name="klagerSoort" value="organisatie" defaultChecked={s("klagerSoort") === "organisatie"} /> Een organisatie</label>
          </fieldset>
          <TekstVeld id="klagerNaam" label="Naam (bij een organisatie: de contactpersoon)" defaultValue={s("klagerNaam")} fout={f.klagerNaam} autoComplete="off" />
          <TekstVeld id="klagerOrganisatie" label="Naam van de organisatie (alleen bij een organisatie)" defaultValue={s("klagerOrganisatie")} fout={f.klagerOrganisatie} />
          <TekstVeld id="klagerAdres" label="Adres" defaultValue={s("klagerAdres")} fout={f.klagerAdres} />
          <TekstVeld id="klagerPostcode" label="Postcode" defaultValue={s("klagerPostcode")} fout={f.klagerPostcode} />
          <TekstVeld id="klagerWoonplaats" label="Woonplaats" defaultValue={s("klagerWoonplaats")} fout={f.klagerWoonplaats} />
          <TekstVeld id="klagerTelefoon" label="Telefoonnummer" type="tel" defaultValue={s("klagerTelefoon")} fout={f.klagerTelefoon} />
          <TekstVeld id="klagerEmail" label="E-mailadres" type="email" defaultValue={s("klagerEmail")} fout={f.klagerEmail} />
          <Keuzelijst
            id="klagerVoorkeurKanaal"
            label="Hoe wil de klager bericht krijgen?"
            defaultValue={s("klagerVoorkeurKanaal", "post")}
            fout={f.klagerVoorkeurKanaal}
            opties={[
              { value: "post", label: "Per post" },
              { value: "e-mail", label: "Per e-mail" },
              { value: "telefoon", label: "Per telefoon" },
            ]}
          />
        </fieldset>

        <fieldset className="kl-blok">
          <legend className="utrecht-heading-2">De gedraging</legend>
          <TekstGebied id="omschrijving" label="Waarover klaagt de klager?" hint="Beschrijf de gedraging zoals de klager die vertelt of schrijft." defaultValue={s("omschrijving")} fout={f.omschrijving} rows={6} />
          <TekstVeld id="gedragingDatum" label="Datum van de gedraging" hint="Nodig voor de eenjaarstoets van Awb 9:8 lid 1 b. Laat leeg als die onbekend is." type="date" defaultValue={s("gedragingDatum")} fout={f.gedragingDatum} />
          <Keuzelijst
            id="afdelingId"
            label="Afdeling"
            defaultValue={s("afdelingId")}
            fout={f.afdelingId}
            opties={[{ value: "", label: "Onbekend / niet van toepassing" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
          />
          <fieldset className="kl-keuzes kl-keuzes--kolommen" aria-describedby={f.beklaagden ? "beklaagden-fout" : undefined}>
            <legend>Over wie wordt geklaagd? (beklaagde)</legend>
            {f.beklaagden ? <span id="beklaagden-fout" className="afs-veld__fout">{f.beklaagden[0]}</span> : null}
            {medewerkers.map((m) => (
              <label key={m.id}>
                <input type="checkbox" name="beklaagden" value={m.id} defaultChecked={gekozen.has(m.id)} /> {m.naam}
              </label>
            ))}
          </fieldset>
          <label className="kl-keuzes">
            <input type="checkbox" name="beklaagdeOnbekend" value="ja" defaultChecked={s("beklaagdeOnbekend") === "ja"} /> Onbekend wie de klager bedoelt
          </label>
          <label className="kl-keuzes">
            <input type="checkbox" name="betreftBestuursorgaan" value="ja" defaultChecked={s("betreftBestuursorgaan") === "ja"} /> De klacht gaat over het bestuursorgaan zelf, de voorzitter of een lid (Awb 9:7 lid 2)
          </label>
        </fieldset>
        <div className="kl-knoppen">
          <Knop>Klacht registreren</Knop>
          <Link to="/klachten" className="utrecht-link">Annuleren</Link>
        </div>
      </Form>
    </>
  );
}
