/** Beheer → Single sign-on: active connection, connection form, local passwords and MFA, group mapping. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import type { SsoAntwoord, SsoPagina } from "../pagina.server";

const eerste = (f: string[] | undefined) => f?.[0] ?? null;

export function Toestand({ p }: { p: SsoPagina }) {
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="sso-toestand">
      <h2 id="sso-toestand" className="utrecht-heading-2">
        {t("sso.toestand")}
      </h2>
      {p.actief ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">
            {t("sso.aanMet", { naam: p.actief.naam, issuer: p.actief.issuer })} <strong>{p.bron === "omgeving" ? t("sso.bronOmgeving") : t("sso.bronBeheer")}</strong>.
          </p>
        </Melding>
      ) : (
        <Melding soort="info">{t("sso.uit")}</Melding>
      )}
      <dl className="afs-gegevens">
        <dt>{t("sso.redirectUri")}</dt>
        <dd>
          <code>{p.redirectUri}</code>
        </dd>
        <dt>{t("sso.naUitloggenUri")}</dt>
        <dd>
          <code>{p.naUitloggenUri}</code>
        </dd>
        <dt>{t("sso.gekoppeld")}</dt>
        <dd>{p.aantalGekoppeld}</dd>
      </dl>
      <Form method="post">
        <input type="hidden" name="intent" value="testen" />
        <Knop soort="secundair">{t("sso.testen")}</Knop>
      </Form>
    </section>
  );
}

export function Verbinding({ p, antwoord }: { p: SsoPagina; antwoord: SsoAntwoord | undefined }) {
  const a = antwoord?.intent === "verbinding" && !antwoord.ok ? antwoord : undefined;
  const omgeving = p.bron === "omgeving";
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="sso-verbinding">
      <h2 id="sso-verbinding" className="utrecht-heading-2">
        {t("sso.verbinding")}
      </h2>
      {omgeving ? (
        <Melding soort="info">{t("sso.omgevingWint")}</Melding>
      ) : null}
      {a?.fouten._formulier ? <Melding soort="fout">{a.fouten._formulier[0]}</Melding> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="verbinding" />
        <input type="hidden" name="versie" value={p.versie} />
        <TekstVeld
          id="issuer"
          label={t("sso.issuer")}
          hint={t("sso.issuerHint")}
          fout={eerste(a?.fouten.issuer)}
          defaultValue={a?.invoer.issuer ?? p.beheer.issuer}
        />
        <TekstVeld id="clientId" label={t("sso.clientId")} hint={t("sso.clientIdHint")} fout={eerste(a?.fouten.clientId)} defaultValue={a?.invoer.clientId ?? p.beheer.clientId} />
        <TekstVeld
          id="clientSecret"
          label={t("sso.clientSecret")}
          type="password"
          autoComplete="off"
          hint={p.beheer.secretIngesteld ? t("sso.secretIngesteld") : t("sso.secretNieuw")}
          fout={eerste(a?.fouten.clientSecret)}
        />
        <TekstVeld
          id="groepenClaim"
          label={t("sso.groepenClaim")}
          hint={t("sso.groepenClaimHint")}
          fout={eerste(a?.fouten.groepenClaim)}
          defaultValue={a?.invoer.groepenClaim ?? p.beheer.groepenClaim}
        />
        <TekstVeld id="naam" label={t("sso.naam")} hint={t("sso.naamHint")} fout={eerste(a?.fouten.naam)} defaultValue={a?.invoer.naam ?? p.beheer.naam} />
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" name="actief" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.actief : p.beheer.actief} /> {t("sso.aan")}
        </label>
        <Knop>{t("sso.verbindingBewaren")}</Knop>
      </Form>
    </section>
  );
}

export function Beleid({ p, antwoord }: { p: SsoPagina; antwoord: SsoAntwoord | undefined }) {
  const a = antwoord?.intent === "beleid" && !antwoord.ok ? antwoord : undefined;
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="sso-beleid">
      <h2 id="sso-beleid" className="utrecht-heading-2">
        {t("sso.beleid")}
      </h2>
      {a?.fouten._formulier ? <Melding soort="fout">{a.fouten._formulier[0]}</Melding> : null}
      <p className="utrecht-paragraph">{t("sso.mfaVerplicht", { rollen: p.mfaRollen.length ? p.mfaRollen.map((r) => t(`common:rol.${r}`, { defaultValue: r })).join(", ") : t("sso.geenRol") })}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="beleid" />
        <input type="hidden" name="versie" value={p.versie} />
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" name="wachtwoordenUit" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.wachtwoordenUit : p.wachtwoordenUit} />{" "}
          {t("sso.wachtwoordenUit")}
        </label>
        {a?.fouten.wachtwoordenUit ? <Melding soort="fout">{a.fouten.wachtwoordenUit[0]}</Melding> : null}
        <Keuzelijst
          id="noodBeheerderId"
          label={t("sso.nood")}
          hint={t("sso.noodHint")}
          fout={eerste(a?.fouten.noodBeheerderId)}
          defaultValue={a?.invoer.noodBeheerderId ?? p.noodBeheerderId ?? ""}
          opties={[{ value: "", label: t("sso.geen") }, ...p.beheerders.map((b) => ({ value: b.id, label: `${b.naam} (${b.email})` }))]}
        />
        <TekstVeld
          id="mfaAcr"
          label={t("sso.acr")}
          hint={t("sso.acrHint")}
          fout={eerste(a?.fouten.mfaAcr)}
          defaultValue={a?.invoer.mfaAcr ?? p.mfaAcr}
        />
        <Knop>{t("sso.bewaren")}</Knop>
      </Form>
    </section>
  );
}

export function Groepen({ p, antwoord }: { p: SsoPagina; antwoord: SsoAntwoord | undefined }) {
  const a = antwoord?.intent === "groep" && !antwoord.ok ? antwoord : undefined;
  const { t } = useTranslation("beheer");
  const rolNaam = (r: string) => t(`common:rol.${r}`, { defaultValue: r });
  return (
    <section aria-labelledby="sso-groepen">
      <h2 id="sso-groepen" className="utrecht-heading-2">
        {t("sso.groepen")}
      </h2>
      <p className="utrecht-paragraph">{t("sso.groepenUitleg")}</p>
      {p.groepen.length ? (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption className="afs-sr">{t("sso.gekoppeldeGroepen")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sso.groep")}</th>
                <th scope="col">{t("sso.geeft")}</th>
                <th scope="col">
                  <span className="afs-sr">{t("sso.handeling")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.groepen.map((g) => (
                <tr key={g.id}>
                  <td>
                    <code>{g.groep}</code>
                  </td>
                  <td>
                    {[g.rol ? t("sso.rolX", { rol: rolNaam(g.rol) }) : null, g.teamId ? t("sso.teamX", { team: g.teamNaam ?? String(g.teamId) }) : null]
                      .filter(Boolean)
                      .join(` ${t("sso.en")} `)}
                  </td>
                  <td>
                    <Form method="post" className="afs-inline">
                      <input type="hidden" name="intent" value="groep_weg" />
                      <input type="hidden" name="id" value={g.id} />
                      <Knop soort="subtiel">{t("sso.verwijderen")}</Knop>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("sso.geenGroepen")}</p>
      )}
      {/* keyed on the list, so a successful add starts with an empty form (the selects are uncontrolled) */}
      <Form method="post" noValidate key={p.groepen.map((g) => g.id).join(",")}>
        <input type="hidden" name="intent" value="groep" />
        <TekstVeld
          id="groep"
          label={t("sso.groep")}
          hint={t("sso.groepHint")}
          fout={eerste(a?.fouten.groep)}
          defaultValue={a?.invoer.groep ?? ""}
        />
        <Keuzelijst
          id="rol"
          label={t("sso.rol")}
          fout={eerste(a?.fouten.rol)}
          defaultValue={a?.invoer.rol ?? ""}
          opties={[{ value: "", label: t("sso.geenRol") }, ...p.rollen.map((r) => ({ value: r, label: rolNaam(r) }))]}
        />
        <Keuzelijst
          id="team"
          label={t("sso.team")}
          fout={eerste(a?.fouten.team)}
          defaultValue={a?.invoer.team ?? ""}
          opties={[{ value: "", label: t("sso.geenTeam") }, ...p.teams.map((t) => ({ value: String(t.id), label: t.naam }))]}
        />
        <Knop soort="secundair">{t("sso.koppelen")}</Knop>
      </Form>
    </section>
  );
}
