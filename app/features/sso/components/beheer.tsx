/** Beheer → Single sign-on: active connection, connection form, local passwords and MFA, group mapping. */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import type { SsoAntwoord, SsoPagina } from "../pagina.server";

const eerste = (f: string[] | undefined) => f?.[0] ?? null;
const ROLNAMEN: Record<string, string> = { medewerker: "medewerker", teamleider: "teamleider", regieteam: "regieteam", beheerder: "beheerder" };

export function Toestand({ p }: { p: SsoPagina }) {
  return (
    <section aria-labelledby="sso-toestand">
      <h2 id="sso-toestand" className="utrecht-heading-2">
        Toestand
      </h2>
      {p.actief ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">
            Single sign-on staat aan met {p.actief.naam} ({p.actief.issuer}). Actief: de instellingen uit{" "}
            <strong>{p.bron === "omgeving" ? "omgevingsvariabelen (AFSPRAAK_OIDC_*)" : "deze beheerpagina"}</strong>.
          </p>
        </Melding>
      ) : (
        <Melding soort="info">Single sign-on staat uit. Medewerkers loggen in met hun e-mailadres en wachtwoord.</Melding>
      )}
      <dl className="afs-gegevens">
        <dt>Redirect-URI (registreer bij de provider)</dt>
        <dd>
          <code>{p.redirectUri}</code>
        </dd>
        <dt>Post-logout redirect-URI</dt>
        <dd>
          <code>{p.naUitloggenUri}</code>
        </dd>
        <dt>Medewerkers gekoppeld via single sign-on</dt>
        <dd>{p.aantalGekoppeld}</dd>
      </dl>
      <Form method="post">
        <input type="hidden" name="intent" value="testen" />
        <Knop soort="secundair">Verbinding testen</Knop>
      </Form>
    </section>
  );
}

export function Verbinding({ p, antwoord }: { p: SsoPagina; antwoord: SsoAntwoord | undefined }) {
  const a = antwoord?.intent === "verbinding" && !antwoord.ok ? antwoord : undefined;
  const omgeving = p.bron === "omgeving";
  return (
    <section aria-labelledby="sso-verbinding">
      <h2 id="sso-verbinding" className="utrecht-heading-2">
        Verbinding met de identity provider
      </h2>
      {omgeving ? (
        <Melding soort="info">
          De verbinding komt uit omgevingsvariabelen en gaat voor op wat hier staat. Wat u hier bewaart, geldt pas als AFSPRAAK_OIDC_ISSUER niet meer is gezet.
        </Melding>
      ) : null}
      {a?.fouten._formulier ? <Melding soort="fout">{a.fouten._formulier[0]}</Melding> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="verbinding" />
        <input type="hidden" name="versie" value={p.versie} />
        <TekstVeld
          id="issuer"
          label="Issuer"
          hint="Entra ID: https://login.microsoftonline.com/<tenant-id>/v2.0 — Keycloak: https://<host>/realms/<realm>"
          fout={eerste(a?.fouten.issuer)}
          defaultValue={a?.invoer.issuer ?? p.beheer.issuer}
        />
        <TekstVeld id="clientId" label="Client-id" hint="Entra ID: de Application (client) ID" fout={eerste(a?.fouten.clientId)} defaultValue={a?.invoer.clientId ?? p.beheer.clientId} />
        <TekstVeld
          id="clientSecret"
          label="Client-secret"
          type="password"
          autoComplete="off"
          hint={p.beheer.secretIngesteld ? "Er is een secret ingesteld. Laat leeg om het te houden." : "Het secret dat de provider voor Afspraak maakte."}
          fout={eerste(a?.fouten.clientSecret)}
        />
        <TekstVeld
          id="groepenClaim"
          label="Claim met de groepen"
          hint="Meestal groups (Entra ID en de Keycloak-groepmapper)."
          fout={eerste(a?.fouten.groepenClaim)}
          defaultValue={a?.invoer.groepenClaim ?? p.beheer.groepenClaim}
        />
        <TekstVeld id="naam" label="Naam van de organisatie" hint="Op de knop: Inloggen met …" fout={eerste(a?.fouten.naam)} defaultValue={a?.invoer.naam ?? p.beheer.naam} />
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" name="actief" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.actief : p.beheer.actief} /> Single sign-on aan
        </label>
        <Knop>Verbinding bewaren</Knop>
      </Form>
    </section>
  );
}

export function Beleid({ p, antwoord }: { p: SsoPagina; antwoord: SsoAntwoord | undefined }) {
  const a = antwoord?.intent === "beleid" && !antwoord.ok ? antwoord : undefined;
  return (
    <section aria-labelledby="sso-beleid">
      <h2 id="sso-beleid" className="utrecht-heading-2">
        Wachtwoorden en tweestapsverificatie
      </h2>
      {a?.fouten._formulier ? <Melding soort="fout">{a.fouten._formulier[0]}</Melding> : null}
      <p className="utrecht-paragraph">
        Tweestapsverificatie is verplicht voor: <strong>{p.mfaRollen.length ? p.mfaRollen.join(", ") : "geen rol"}</strong> (instelbaar bij de sessie-instellingen). Wie via
        single sign-on inlogt, doet de tweede stap bij de provider: Afspraak weigert de aanmelding als de provider in het token (amr/acr) geen tweede factor meldt.
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="beleid" />
        <input type="hidden" name="versie" value={p.versie} />
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" name="wachtwoordenUit" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.wachtwoordenUit : p.wachtwoordenUit} /> Lokale
          wachtwoorden uitschakelen (iedereen logt in via single sign-on, behalve het noodaccount)
        </label>
        {a?.fouten.wachtwoordenUit ? <Melding soort="fout">{a.fouten.wachtwoordenUit[0]}</Melding> : null}
        <Keuzelijst
          id="noodBeheerderId"
          label="Noodaccount (break-glass)"
          hint="Eén beheerder die met een wachtwoord blijft inloggen, voor als de provider niet werkt."
          fout={eerste(a?.fouten.noodBeheerderId)}
          defaultValue={a?.invoer.noodBeheerderId ?? p.noodBeheerderId ?? ""}
          opties={[{ value: "", label: "Geen" }, ...p.beheerders.map((b) => ({ value: b.id, label: `${b.naam} (${b.email})` }))]}
        />
        <TekstVeld
          id="mfaAcr"
          label="acr-waarden die als tweestapsverificatie tellen (optioneel)"
          hint="Gescheiden door spaties. amr-waarden als mfa, otp, hwk en fido tellen altijd; Keycloak meldt bijvoorbeeld acr 2 na een tweede factor (step-up)."
          fout={eerste(a?.fouten.mfaAcr)}
          defaultValue={a?.invoer.mfaAcr ?? p.mfaAcr}
        />
        <Knop>Bewaren</Knop>
      </Form>
    </section>
  );
}

export function Groepen({ p, antwoord }: { p: SsoPagina; antwoord: SsoAntwoord | undefined }) {
  const a = antwoord?.intent === "groep" && !antwoord.ok ? antwoord : undefined;
  return (
    <section aria-labelledby="sso-groepen">
      <h2 id="sso-groepen" className="utrecht-heading-2">
        Groepen, rollen en teams
      </h2>
      <p className="utrecht-paragraph">
        Bij elke aanmelding krijgt een medewerker de rollen en het team van zijn groepen. Wie geen groep met een rol heeft, komt er niet in; zijn openstaande werk staat bij de
        teamleider als &quot;eigenaar heeft geen toegang meer&quot;.
      </p>
      {p.groepen.length ? (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption className="afs-sr">Gekoppelde groepen</caption>
            <thead>
              <tr>
                <th scope="col">Groep</th>
                <th scope="col">Geeft</th>
                <th scope="col">
                  <span className="afs-sr">Handeling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.groepen.map((g) => (
                <tr key={g.id}>
                  <td>
                    <code>{g.groep}</code>
                  </td>
                  <td>{[g.rol ? `rol ${ROLNAMEN[g.rol]}` : null, g.teamId ? `team ${g.teamNaam ?? g.teamId}` : null].filter(Boolean).join(" en ")}</td>
                  <td>
                    <Form method="post" className="afs-inline">
                      <input type="hidden" name="intent" value="groep_weg" />
                      <input type="hidden" name="id" value={g.id} />
                      <Knop soort="subtiel">Verwijderen</Knop>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">Nog geen groepen gekoppeld: zonder koppeling komt niemand via single sign-on binnen.</p>
      )}
      {/* keyed on the list, so a successful add starts with an empty form (the selects are uncontrolled) */}
      <Form method="post" noValidate key={p.groepen.map((g) => g.id).join(",")}>
        <input type="hidden" name="intent" value="groep" />
        <TekstVeld
          id="groep"
          label="Groep"
          hint="De waarde in de groups-claim: in Entra ID de object-id van de groep, in Keycloak het groepspad (bijvoorbeeld /afspraak/medewerkers)."
          fout={eerste(a?.fouten.groep)}
          defaultValue={a?.invoer.groep ?? ""}
        />
        <Keuzelijst
          id="rol"
          label="Rol"
          fout={eerste(a?.fouten.rol)}
          defaultValue={a?.invoer.rol ?? ""}
          opties={[{ value: "", label: "Geen rol" }, ...p.rollen.map((r) => ({ value: r, label: ROLNAMEN[r] ?? r }))]}
        />
        <Keuzelijst
          id="team"
          label="Team"
          fout={eerste(a?.fouten.team)}
          defaultValue={a?.invoer.team ?? ""}
          opties={[{ value: "", label: "Geen team" }, ...p.teams.map((t) => ({ value: String(t.id), label: t.naam }))]}
        />
        <Knop soort="secundair">Groep koppelen</Knop>
      </Form>
    </section>
  );
}
