/** Beheer → API-clients: the client list, the new-client form, webhooks and failed deliveries. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "../../../platform/i18n/datum";
import { Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import type { ApiBeheerAntwoord, ApiBeheerPagina, ClientWeergave } from "../beheer.server";

function eerste(f: string[] | undefined): string | null {
  return f?.[0] ?? null;
}

export function Eenmalig({ antwoord }: { antwoord: ApiBeheerAntwoord | undefined }) {
  const { t } = useTranslation("beheer");
  if (!antwoord) return null;
  if (!antwoord.ok) return antwoord.fouten._formulier ? <Melding soort="fout">{antwoord.fouten._formulier[0]}</Melding> : null;
  const geheim = antwoord.token ?? antwoord.geheim;
  return (
    <Melding soort="ok" titel={antwoord.ok}>
      {geheim ? (
        <p className="utrecht-paragraph">
          <label htmlFor="eenmalig-geheim" className="utrecht-form-label">
            {antwoord.token ? t("api.token") : t("api.webhookGeheim")}
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
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="nieuwe-client">
      <h2 id="nieuwe-client" className="utrecht-heading-2">
        {t("api.nieuw")}
      </h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="nieuw" />
        <TekstVeld id="naam" label={t("api.naam")} hint={t("api.naamHint")} fout={eerste(a?.fouten.naam)} defaultValue={a?.invoer.naam ?? ""} />
        <fieldset className={`afs-veld utrecht-form-fieldset${a?.fouten.scopes ? " afs-veld--fout" : ""}`} aria-describedby={a?.fouten.scopes ? "scopes-fout" : undefined}>
          <legend className="utrecht-form-label">{t("api.scopes")}</legend>
          {a?.fouten.scopes ? (
            <span id="scopes-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {a.fouten.scopes[0]}
            </span>
          ) : null}
          <label className="utrecht-form-label utrecht-form-label--checkbox">
            <input type="checkbox" name="lezen" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.lezen : true} /> {t("api.lezen")}
          </label>
          <label className="utrecht-form-label utrecht-form-label--checkbox">
            <input type="checkbox" name="schrijven" value="1" className="utrecht-checkbox" defaultChecked={!!a?.invoer.schrijven} /> {t("api.schrijven")}
          </label>
        </fieldset>
        <fieldset className={`afs-veld utrecht-form-fieldset${a?.fouten.teams ? " afs-veld--fout" : ""}`} aria-describedby={a?.fouten.teams ? "teams-fout" : undefined}>
          <legend className="utrecht-form-label">{t("api.teams")}</legend>
          {a?.fouten.teams ? (
            <span id="teams-fout" className="afs-veld__fout utrecht-form-field-error-message">
              {a.fouten.teams[0]}
            </span>
          ) : null}
          {teams.map((team) => (
            <label key={team.id} className="utrecht-form-label utrecht-form-label--checkbox">
              <input type="checkbox" name="team" value={team.id} className="utrecht-checkbox" defaultChecked={gekozen.has(String(team.id))} /> {team.naam} (team:{team.id})
            </label>
          ))}
        </fieldset>
        <TekstVeld id="limiet" label={t("api.limiet")} type="number" min={1} max={10000} fout={eerste(a?.fouten.limiet)} defaultValue={a?.invoer.limiet ?? "60"} />
        <Knop>{t("api.aanmaken")}</Knop>
      </Form>
    </section>
  );
}

function ClientRij({ c, antwoord }: { c: ClientWeergave; antwoord: ApiBeheerAntwoord | undefined }) {
  const wh = antwoord?.intent === "webhook" && !antwoord.ok && antwoord.invoer.client === c.id ? antwoord : undefined;
  const { t } = useTranslation("beheer");
  const f = useDatum();
  const status = c.ingetrokkenOp ? t("api.ingetrokkenOp", { op: f.datumTijd(c.ingetrokkenOp) }) : c.geroteerdOp ? t("api.actiefVernieuwd", { op: f.datumTijd(c.geroteerdOp) }) : t("actief");
  return (
    <li className="afs-beheer-kaart">
      <h3 className="utrecht-heading-3">{c.naam}</h3>
      <p className="utrecht-paragraph">
        {t("api.regel", { status, scopes: c.scopes.join(", "), limiet: c.limietPerMinuut, aangemaakt: f.datumTijd(c.aangemaaktOp) })}
        {c.laatstGebruiktOp ? t("api.laatstGebruikt", { op: f.datumTijd(c.laatstGebruiktOp) }) : t("api.nietGebruikt")}.
      </p>
      {c.actief ? (
        <div className="afs-rij">
          <Form method="post">
            <input type="hidden" name="intent" value="roteer" />
            <input type="hidden" name="id" value={c.id} />
            <Knop soort="secundair">{t("api.vernieuwen")}</Knop>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="intrekken" />
            <input type="hidden" name="id" value={c.id} />
            <Knop soort="secundair">{t("api.intrekken")}</Knop>
          </Form>
        </div>
      ) : null}
      {c.webhooks.length ? (
        <ul className="utrecht-unordered-list">
          {c.webhooks.map((w) => (
            <li key={w.id}>
              Webhook {w.url} — {w.actief ? t("api.aan") : t("api.uit")}
              {w.actief ? (
                <Form method="post" className="afs-inline">
                  <input type="hidden" name="intent" value="webhook_uit" />
                  <input type="hidden" name="id" value={w.id} />
                  <Knop soort="subtiel">{t("api.uitzetten")}</Knop>
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
          <TekstVeld id={`url-${c.id}`} name="url" label={t("api.nieuweWebhook")} fout={eerste(wh?.fouten.url)} defaultValue={wh?.invoer.url ?? ""} />
          <Knop soort="secundair">{t("api.webhookToevoegen")}</Knop>
        </Form>
      ) : null}
    </li>
  );
}

export function ClientLijst({ pagina, antwoord }: { pagina: ApiBeheerPagina; antwoord: ApiBeheerAntwoord | undefined }) {
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="clients">
      <h2 id="clients" className="utrecht-heading-2">
        {t("api.clients")}
      </h2>
      {pagina.clients.length ? (
        <ul className="afs-beheer-kaarten">
          {pagina.clients.map((c) => (
            <ClientRij key={c.id} c={c} antwoord={antwoord} />
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("api.geenClients")}</p>
      )}
    </section>
  );
}

export function MisluktLeveringen({ problemen }: { problemen: ApiBeheerPagina["problemen"] }) {
  const { t } = useTranslation("beheer");
  const f = useDatum();
  return (
    <section aria-labelledby="leveringen">
      <h2 id="leveringen" className="utrecht-heading-2">
        {t("api.mislukt")}
      </h2>
      {problemen.length ? (
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t("api.adres")}</th>
              <th className="utrecht-table__header-cell" scope="col">Event</th>
              <th className="utrecht-table__header-cell" scope="col">{t("api.status")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("api.laatsteFout")}</th>
              <th className="utrecht-table__header-cell" scope="col"><span className="afs-sr-only">{t("api.actie")}</span></th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {problemen.map((p) => (
              <tr key={p.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{p.url}</td>
                <td className="utrecht-table__cell">{p.eventId}</td>
                <td className="utrecht-table__cell">
                  {p.status === "opgegeven" ? t("api.opgegeven", { pogingen: p.pogingen }) : t("api.wacht", { pogingen: p.pogingen, volgende: f.datumTijd(p.volgendePogingOp) })}
                </td>
                <td className="utrecht-table__cell">{p.laatsteFout}</td>
                <td className="utrecht-table__cell">
                  {p.status === "opgegeven" ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="opnieuw" />
                      <input type="hidden" name="id" value={p.id} />
                      <Knop soort="secundair">{t("api.opnieuw")}</Knop>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">{t("api.alleAangekomen")}</p>
      )}
    </section>
  );
}
