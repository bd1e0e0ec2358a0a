/** Beheer → Open Klant: connection state, settings, actor → team mapping. */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import type { OpenKlantAntwoord, OpenKlantPagina } from "../pagina.server";

const eerste = (f: string[] | undefined) => f?.[0] ?? null;

export function Toestand({ t, actief }: { t: OpenKlantPagina["toestand"]; actief: boolean }) {
  return (
    <section aria-labelledby="toestand">
      <h2 id="toestand" className="utrecht-heading-2">
        Toestand
      </h2>
      {!actief ? (
        <Melding soort="info">De koppeling staat uit.</Melding>
      ) : t.gezond ? (
        <Melding soort="ok">De koppeling werkt. Laatst gelukt: {t.laatsteSucces}.</Melding>
      ) : (
        <Melding soort="waarschuwing" titel="De koppeling heeft een probleem">
          <p className="utrecht-paragraph">
            {t.laatsteFout ?? "Nog niet verbonden."} {t.laatsteFoutOp ? `(${t.laatsteFoutOp})` : ""}
          </p>
          {t.volgendePoging ? (
            <p className="utrecht-paragraph">
              {t.foutenOpRij} keer achter elkaar mislukt; Afspraak probeert het opnieuw om {t.volgendePoging}. Er gaat niets verloren.
            </p>
          ) : null}
        </Melding>
      )}
      <dl className="afs-gegevens">
        <dt>Laatst gelukt</dt>
        <dd>{t.laatsteSucces ?? "nog nooit"}</dd>
        <dt>Laatste fout</dt>
        <dd>{t.laatsteFout ? `${t.laatsteFout} (${t.laatsteFoutOp})` : "geen"}</dd>
        <dt>Contactverzoeken overgenomen</dt>
        <dd>
          {t.overgenomen} (nog niet verwerkt in Open Klant: {t.openTaken})
        </dd>
        <dt>Achterstand terugschrijven</dt>
        <dd>{t.backlog ? `${t.backlog} (oudste van ${t.oudsteBacklog})` : "geen"}</dd>
      </dl>
      {t.problemen.length ? (
        <ul className="utrecht-unordered-list">
          {t.problemen.map((p) => (
            <li key={p.sleutel}>
              {p.soort === "klantcontact" ? "Klantcontact" : "Taak verwerkt"}: {p.laatsteFout} — poging {p.pogingen}, volgende {p.volgendePoging}
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="nu" />
        <Knop soort="secundair">Nu ophalen en terugschrijven</Knop>
      </Form>
    </section>
  );
}

export function Instellingen({ i, antwoord }: { i: OpenKlantPagina["instellingen"]; antwoord: OpenKlantAntwoord | undefined }) {
  const a = antwoord?.intent === "instellingen" && !antwoord.ok ? antwoord : undefined;
  return (
    <section aria-labelledby="instellingen">
      <h2 id="instellingen" className="utrecht-heading-2">
        Verbinding
      </h2>
      {a?.fouten._formulier ? <Melding soort="fout">{a.fouten._formulier[0]}</Melding> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="instellingen" />
        <input type="hidden" name="versie" value={i.versie} />
        <TekstVeld
          id="basisUrl"
          label="Adres van de Klantinteracties-API"
          hint="Inclusief het pad, bijvoorbeeld https://openklant.gemeente.nl/klantinteracties/api/v1"
          fout={eerste(a?.fouten.basisUrl)}
          defaultValue={a?.invoer.basisUrl ?? i.basisUrl}
        />
        <TekstVeld
          id="token"
          label="Token"
          type="password"
          autoComplete="off"
          hint={i.tokenIngesteld ? "Er is een token ingesteld. Laat leeg om het te houden." : "Het token dat Open Klant voor Afspraak maakte (Admin → API-tokens)."}
          fout={eerste(a?.fouten.token)}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" name="actief" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.actief : i.actief} /> Koppeling aan
        </label>
        <Knop>Bewaren</Knop>
      </Form>
    </section>
  );
}

export function Actoren({ actoren, teams, antwoord }: { actoren: OpenKlantPagina["actoren"]; teams: OpenKlantPagina["teams"]; antwoord: OpenKlantAntwoord | undefined }) {
  const a = antwoord?.intent === "actor" && !antwoord.ok ? antwoord : undefined;
  return (
    <section aria-labelledby="actoren">
      <h2 id="actoren" className="utrecht-heading-2">
        Actoren en teams
      </h2>
      <p className="utrecht-paragraph">Contactverzoeken die in KISS aan deze actoren worden toegewezen, komen als terugbelafspraak in de wachtrij van het team.</p>
      {actoren.length ? (
        <ul className="utrecht-unordered-list">
          {actoren.map((x) => (
            <li key={x.actorUuid}>
              {x.omschrijving || "Actor"} ({x.actorUuid}) → {x.teamNaam ?? `team ${x.teamId}`}
              <Form method="post" className="afs-inline">
                <input type="hidden" name="intent" value="actor_weg" />
                <input type="hidden" name="actorUuid" value={x.actorUuid} />
                <Knop soort="subtiel">Ontkoppelen</Knop>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Nog geen actoren gekoppeld.</p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="actor" />
        <TekstVeld id="actorUuid" label="Uuid van de actor in Open Klant" fout={eerste(a?.fouten.actorUuid)} defaultValue={a?.invoer.actorUuid ?? ""} />
        <TekstVeld id="omschrijving" label="Omschrijving (optioneel)" fout={eerste(a?.fouten.omschrijving)} defaultValue={a?.invoer.omschrijving ?? ""} />
        <Keuzelijst id="team" label="Team" fout={eerste(a?.fouten.team)} defaultValue={a?.invoer.team ?? ""} opties={[{ value: "", label: "Kies een team" }, ...teams.map((t) => ({ value: String(t.id), label: t.naam }))]} />
        <Knop soort="secundair">Koppelen</Knop>
      </Form>
    </section>
  );
}
