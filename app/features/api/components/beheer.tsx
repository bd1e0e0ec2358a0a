/** Beheer → API-clients: the client list, the new-client form, webhooks and failed deliveries. */
import { Form } from "@remix-run/react";
import { Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import type { ApiBeheerAntwoord, ApiBeheerPagina, ClientWeergave } from "../beheer.server";

function eerste(f: string[] | undefined): string | null {
  return f?.[0] ?? null;
}

export function Eenmalig({ antwoord }: { antwoord: ApiBeheerAntwoord | undefined }) {
  if (!antwoord) return null;
  if (!antwoord.ok) return antwoord.fouten._formulier ? <Melding soort="fout">{antwoord.fouten._formulier[0]}</Melding> : null;
  const geheim = antwoord.token ?? antwoord.geheim;
  return (
    <Melding soort="ok" titel={antwoord.ok}>
      {geheim ? (
        <p className="utrecht-paragraph">
          <label htmlFor="eenmalig-geheim" className="utrecht-form-label">
            {antwoord.token ? "API-token" : "Webhookgeheim"}
          </label>{" "}
          <input id="eenmalig-geheim" readOnly value={geheim} size={72} className="utrecht-textbox utrecht-textbox--html-input" />
        </p>
      ) : null}
    </Melding>
  );
}

export function NieuweClient({ teams, antwoord }: { teams: ApiBeheerPagina["teams"]; antwoord: ApiBeheerAntwoord | undefined }) {
  const a = antwoord?.intent === "nieuw" && !antwoord.ok ? antwoord : undefined;
  const gekozen = new Set(a?.teams ?? []);
  return (
    <section aria-labelledby="nieuwe-client">
      <h2 id="nieuwe-client" className="utrecht-heading-2">
        Nieuwe API-client
      </h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="nieuw" />
        <TekstVeld id="naam" label="Naam" hint="Het systeem dat de API gebruikt, bijvoorbeeld ‘Telefonie’." fout={eerste(a?.fouten.naam)} defaultValue={a?.invoer.naam ?? ""} />
        <fieldset className={`afs-veld utrecht-form-fieldset${a?.fouten.scopes ? " afs-veld--fout" : ""}`} aria-describedby={a?.fouten.scopes ? "scopes-fout" : undefined}>
          <legend className="utrecht-form-label">Wat mag de client?</legend>
          {a?.fouten.scopes ? (
            <span id="scopes-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {a.fouten.scopes[0]}
            </span>
          ) : null}
          <label className="utrecht-form-label utrecht-form-label--checkbox">
            <input type="checkbox" name="lezen" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.lezen : true} /> Lezen (afspraken:lezen): status en open werk
          </label>
          <label className="utrecht-form-label utrecht-form-label--checkbox">
            <input type="checkbox" name="schrijven" value="1" className="utrecht-checkbox" defaultChecked={!!a?.invoer.schrijven} /> Schrijven (afspraken:schrijven): afspraken vastleggen en belpogingen
          </label>
        </fieldset>
        <fieldset className={`afs-veld utrecht-form-fieldset${a?.fouten.teams ? " afs-veld--fout" : ""}`} aria-describedby={a?.fouten.teams ? "teams-fout" : undefined}>
          <legend className="utrecht-form-label">Voor welke teams (team:&lt;id&gt;)?</legend>
          {a?.fouten.teams ? (
            <span id="teams-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {a.fouten.teams[0]}
            </span>
          ) : null}
          {teams.map((t) => (
            <label key={t.id} className="utrecht-form-label utrecht-form-label--checkbox">
              <input type="checkbox" name="team" value={t.id} className="utrecht-checkbox" defaultChecked={gekozen.has(String(t.id))} /> {t.naam} (team:{t.id})
            </label>
          ))}
        </fieldset>
        <TekstVeld id="limiet" label="Limiet (verzoeken per minuut)" type="number" min={1} max={10000} fout={eerste(a?.fouten.limiet)} defaultValue={a?.invoer.limiet ?? "60"} />
        <Knop>Client aanmaken</Knop>
      </Form>
    </section>
  );
}

function ClientRij({ c, antwoord }: { c: ClientWeergave; antwoord: ApiBeheerAntwoord | undefined }) {
  const wh = antwoord?.intent === "webhook" && !antwoord.ok && antwoord.invoer.client === c.id ? antwoord : undefined;
  return (
    <li className="afs-beheer-kaart">
      <h3 className="utrecht-heading-3">{c.naam}</h3>
      <p className="utrecht-paragraph">
        {c.status}. Scopes: {c.scopes.join(", ")}. Limiet {c.limietPerMinuut}/min. Aangemaakt {c.aangemaakt}
        {c.laatstGebruikt ? `, laatst gebruikt ${c.laatstGebruikt}` : ", nog niet gebruikt"}.
      </p>
      {c.actief ? (
        <div className="afs-rij">
          <Form method="post">
            <input type="hidden" name="intent" value="roteer" />
            <input type="hidden" name="id" value={c.id} />
            <Knop soort="secundair">Geheim vernieuwen</Knop>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="intrekken" />
            <input type="hidden" name="id" value={c.id} />
            <Knop soort="secundair">Intrekken</Knop>
          </Form>
        </div>
      ) : null}
      {c.webhooks.length ? (
        <ul className="utrecht-unordered-list">
          {c.webhooks.map((w) => (
            <li key={w.id}>
              Webhook {w.url} — {w.actief ? "aan" : "uit"}
              {w.actief ? (
                <Form method="post" className="afs-inline">
                  <input type="hidden" name="intent" value="webhook_uit" />
                  <input type="hidden" name="id" value={w.id} />
                  <Knop soort="subtiel">Uitzetten</Knop>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {c.actief ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="webhook" />
          <input type="hidden" name="client" value={c.id} />
          <TekstVeld id={`url-${c.id}`} name="url" label="Nieuwe webhook (https-adres)" fout={eerste(wh?.fouten.url)} defaultValue={wh?.invoer.url ?? ""} />
          <Knop soort="secundair">Webhook toevoegen</Knop>
        </Form>
      ) : null}
    </li>
  );
}

export function ClientLijst({ pagina, antwoord }: { pagina: ApiBeheerPagina; antwoord: ApiBeheerAntwoord | undefined }) {
  return (
    <section aria-labelledby="clients">
      <h2 id="clients" className="utrecht-heading-2">
        Clients
      </h2>
      {pagina.clients.length ? (
        <ul className="afs-beheer-kaarten">
          {pagina.clients.map((c) => (
            <ClientRij key={c.id} c={c} antwoord={antwoord} />
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Er zijn nog geen API-clients.</p>
      )}
    </section>
  );
}

export function MisluktLeveringen({ problemen }: { problemen: ApiBeheerPagina["problemen"] }) {
  return (
    <section aria-labelledby="leveringen">
      <h2 id="leveringen" className="utrecht-heading-2">
        Webhookmeldingen die niet aankwamen
      </h2>
      {problemen.length ? (
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Adres</th>
              <th className="utrecht-table__header-cell" scope="col">Event</th>
              <th className="utrecht-table__header-cell" scope="col">Status</th>
              <th className="utrecht-table__header-cell" scope="col">Laatste fout</th>
              <th className="utrecht-table__header-cell" scope="col"><span className="afs-sr-only">Actie</span></th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {problemen.map((p) => (
              <tr key={p.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{p.url}</td>
                <td className="utrecht-table__cell">{p.eventId}</td>
                <td className="utrecht-table__cell">
                  {p.status === "opgegeven" ? `Opgegeven na ${p.pogingen} pogingen` : `Wacht (poging ${p.pogingen}, volgende ${p.volgendePoging})`}
                </td>
                <td className="utrecht-table__cell">{p.laatsteFout}</td>
                <td className="utrecht-table__cell">
                  {p.status === "opgegeven" ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="opnieuw" />
                      <input type="hidden" name="id" value={p.id} />
                      <Knop soort="secundair">Opnieuw versturen</Knop>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">Alle meldingen zijn aangekomen.</p>
      )}
    </section>
  );
}
