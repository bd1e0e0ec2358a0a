/**
 * "Nieuwe terugbelafspraak": built for use during a phone call. Keyboard only, focus starts in the name field,
 * three required fields (naam or anoniem, telefoonnummer, vraag), everything else preselected. The due moment
 * is shown in plain Dutch before saving (computed on the server at page load; with JavaScript kept live).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useFetcher, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { afspraken } from "~/locales/nl/afspraken";
import {
  maakTerugbelafspraak,
  medewerkerInfo,
  normKeuzes,
  teamNaam,
  toewijzingsKeuzes,
  voorbeeldTermijn,
} from "~/features/terugbellen/terugbel.server";
import css from "~/styles/afspraken.css";
import { Typeahead } from "../features/terugbellen/components/velden";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Nieuwe terugbelafspraak – Afspraak" }];

const STANDAARD_NORM = "TERUGBELLEN";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const normen = normKeuzes("terugbellen");
  const standaard = normen.find((n) => n.code === STANDAARD_NORM)?.code ?? normen[0]?.code ?? STANDAARD_NORM;
  const ik = medewerkerInfo(user.id);
  const { collegas, teams } = toewijzingsKeuzes();
  return data(
    {
      normen,
      standaardNorm: standaard,
      voorbeeld: voorbeeldTermijn(standaard)?.tekst ?? null,
      mijnTeam: ik?.team_id != null ? teamNaam(ik.team_id) : null,
      collegas: collegas.filter((c) => c.value !== `m:${user.id}`),
      teams,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const form = Object.fromEntries(await request.formData());
  const invoer = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
  const r = maakTerugbelafspraak(invoer, user, origin(context));
  if (!r.ok) {
    const norm = typeof invoer.norm === "string" ? invoer.norm : STANDAARD_NORM;
    return data({ fouten: r.fouten, melding: r.melding ?? null, invoer, voorbeeld: voorbeeldTermijn(norm)?.tekst ?? null }, { status: 400 });
  }
  return redirect(`/terugbelafspraken/${r.id}?nieuw=1`);
}


export default function NieuweTerugbelafspraak() {
  const l = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const nav = useNavigation();
  const invoer = (a?.invoer ?? {}) as Record<string, string | undefined>;
  const fouten = (a?.fouten ?? {}) as Record<string, string[] | undefined>;
  const [norm, setNorm] = useState(invoer.norm ?? l.standaardNorm);
  const [toewijzing, setToewijzing] = useState(invoer.toewijzing ?? "ik");
  const [anoniem, setAnoniem] = useState(invoer.anoniem === "on");
  const voorbeeld = useFetcher<{ tekst: string | null }>();
  const [live, setLive] = useState<string | null>(null);
  const anderRef = useRef<HTMLSelectElement>(null);
  const aantalFouten = Object.values(fouten).filter(Boolean).length;

  // With JS: refresh the preview when the norm changes and every minute (time moves on during a call).
  useEffect(() => {
    voorbeeld.load(`/api/termijn-voorbeeld?norm=${encodeURIComponent(norm)}`);
    const timer = window.setInterval(() => voorbeeld.load(`/api/termijn-voorbeeld?norm=${encodeURIComponent(norm)}`), 60_000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [norm]);
  useEffect(() => {
    if (voorbeeld.data && voorbeeld.state === "idle") setLive(voorbeeld.data.tekst);
  }, [voorbeeld.data, voorbeeld.state]);

  const termijnTekst = live ?? a?.voorbeeld ?? l.voorbeeld;
  const normTitel = l.normen.find((n) => n.code === norm)?.titel;

  return (
    <div className="afs-afspraak-form">
      <PageTitle intro="Leg de belofte vast terwijl u de inwoner nog aan de lijn heeft. Verplicht: naam (of anoniem), telefoonnummer en de vraag.">
        Nieuwe terugbelafspraak
      </PageTitle>
      {aantalFouten > 0 ? (
        <Melding soort="fout" titel="De terugbelafspraak is nog niet vastgelegd">
          <p className="utrecht-paragraph">Controleer de {aantalFouten === 1 ? "gemarkeerde invoer" : `${aantalFouten} gemarkeerde velden`}; wat u typte staat er nog.</p>
        </Melding>
      ) : null}
      {a?.melding ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{a.melding}</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate aria-label="Nieuwe terugbelafspraak">
        <TekstVeld
          id="naam"
          label="Naam van de inwoner"
          autoComplete="off"
          autoFocus
          defaultValue={invoer.naam ?? ""}
          fout={fouten.naam}
          disabled={anoniem}
        />
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
            Anoniem (de inwoner wil zijn naam niet geven)
          </label>
        </div>
        <TekstVeld
          id="telefoon"
          label="Telefoonnummer"
          hint="Bijvoorbeeld 06-12345678 of 020 123 4567; een buitenlands nummer met + en landcode."
          type="tel"
          autoComplete="off"
          required
          defaultValue={invoer.telefoon ?? ""}
          fout={fouten.telefoon}
        />
        <TekstGebied id="vraag" label="Vraag van de inwoner" rows={3} required defaultValue={invoer.vraag ?? ""} fout={fouten.vraag} />
        <TekstVeld
          id="email"
          label="E-mailadres (niet verplicht)"
          type="email"
          autoComplete="off"
          defaultValue={invoer.email ?? ""}
          fout={fouten.email}
        />
        <Keuzelijst
          id="kanaal"
          label="Kanaal"
          defaultValue={invoer.kanaal ?? "telefoon"}
          fout={fouten.kanaal}
          opties={Object.entries(afspraken.kanaal).map(([value, label]) => ({ value, label }))}
        />
        <fieldset className="afs-keuzegroep" aria-describedby={fouten.toewijzing ? "toewijzing-fout" : undefined}>
          <legend>Wie belt terug?</legend>
          {fouten.toewijzing ? (
            <span id="toewijzing-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {fouten.toewijzing[0]}
            </span>
          ) : null}
          <div className="afs-keuze">
            <input
              type="radio"
              id="toewijzing-ik"
              name="toewijzing"
              value="ik"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={toewijzing === "ik"}
              onChange={() => setToewijzing("ik")}
            />
            <label htmlFor="toewijzing-ik">Ikzelf</label>
          </div>
          {l.mijnTeam ? (
            <div className="afs-keuze">
              <input
                type="radio"
                id="toewijzing-team"
                name="toewijzing"
                value="team"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                checked={toewijzing === "team"}
                onChange={() => setToewijzing("team")}
              />
              <label htmlFor="toewijzing-team">Mijn team ({l.mijnTeam})</label>
            </div>
          ) : null}
          <div className="afs-keuze">
            <input
              type="radio"
              id="toewijzing-ander"
              name="toewijzing"
              value="ander"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={toewijzing === "ander"}
              onChange={() => setToewijzing("ander")}
            />
            <label htmlFor="toewijzing-ander">Een collega of een ander team</label>
          </div>
        </fieldset>
        <Typeahead doel={anderRef} label="Zoek een collega of team" id="ander-zoek" onGekozen={() => setToewijzing("ander")} />
        <label htmlFor="ander" className="utrecht-form-label">
          Collega of team
        </label>
        {fouten.ander ? (
          <span id="ander-fout" className="afs-veld__fout utrecht-form-field-error-message">
            {fouten.ander[0]}
          </span>
        ) : null}
        <div className="afs-veld">
          <select
            id="ander"
            name="ander"
            ref={anderRef}
            className="utrecht-select utrecht-select--html-select"
            defaultValue={invoer.ander ?? ""}
            aria-invalid={fouten.ander ? true : undefined}
            aria-describedby={fouten.ander ? "ander-fout" : undefined}
            onChange={(e) => {
              if (e.currentTarget.value) setToewijzing("ander");
            }}
          >
            <option value="">— alleen nodig bij ‘een collega of een ander team’ —</option>
            <optgroup label="Collega's">
              {l.collegas.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Teams">
              {l.teams.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <Keuzelijst
          id="norm"
          label="Norm uit het kwaliteitshandvest"
          value={norm}
          onChange={(e) => setNorm(e.currentTarget.value)}
          fout={fouten.norm}
          opties={l.normen.map((n) => ({ value: n.code, label: n.titel }))}
        />
        <div className="afs-termijnvoorbeeld" aria-live="polite" id="termijn-voorbeeld">
          {termijnTekst ? (
            <p className="utrecht-paragraph">
              Termijn{normTitel ? ` (${normTitel})` : ""}: <strong>{termijnTekst}</strong>
            </p>
          ) : (
            <p className="utrecht-paragraph">Voor deze norm kan nu geen termijn worden berekend.</p>
          )}
        </div>
        <div className="afs-knoppen">
          <Knop disabled={nav.state === "submitting"}>Terugbelafspraak vastleggen</Knop>
        </div>
      </Form>
    </div>
  );
}
