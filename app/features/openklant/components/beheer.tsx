/** Beheer → Open Klant: connection state, settings, actor → team mapping. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, Melding, TekstVeld } from "../../../platform/ui/ui";
import type { OpenKlantAntwoord, OpenKlantPagina } from "../pagina.server";

const eerste = (f: string[] | undefined) => f?.[0] ?? null;

export function Toestand({ t: s, actief }: { t: OpenKlantPagina["toestand"]; actief: boolean }) {
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="toestand">
      <h2 id="toestand" className="utrecht-heading-2">
        {t("openklant.toestand")}
      </h2>
      {!actief ? (
        <Melding soort="info">{t("openklant.staatUit")}</Melding>
      ) : s.gezond ? (
        <Melding soort="ok">{t("openklant.werkt", { op: s.laatsteSucces })}</Melding>
      ) : (
        <Melding soort="waarschuwing" titel={t("openklant.probleem")}>
          <p className="utrecht-paragraph">
            {s.laatsteFout ?? t("openklant.nietVerbonden")} {s.laatsteFoutOp ? `(${s.laatsteFoutOp})` : ""}
          </p>
          {s.volgendePoging ? (
            <p className="utrecht-paragraph">{t("openklant.mislukt", { aantal: s.foutenOpRij, volgende: s.volgendePoging })}</p>
          ) : null}
        </Melding>
      )}
      <dl className="afs-gegevens">
        <dt>{t("openklant.laatstGelukt")}</dt>
        <dd>{s.laatsteSucces ?? t("openklant.nogNooit")}</dd>
        <dt>{t("openklant.laatsteFout")}</dt>
        <dd>{s.laatsteFout ? `${s.laatsteFout} (${s.laatsteFoutOp})` : t("openklant.geen")}</dd>
        <dt>{t("openklant.overgenomen")}</dt>
        <dd>{t("openklant.overgenomenAantal", { aantal: s.overgenomen, open: s.openTaken })}</dd>
        <dt>{t("openklant.backlog")}</dt>
        <dd>{s.backlog ? t("openklant.backlogAantal", { aantal: s.backlog, oudste: s.oudsteBacklog }) : t("openklant.geen")}</dd>
      </dl>
      {s.problemen.length ? (
        <ul className="utrecht-unordered-list">
          {s.problemen.map((p) => (
            <li key={p.sleutel}>
              {p.soort === "klantcontact" ? t("openklant.klantcontact") : t("openklant.taakVerwerkt")}: {p.laatsteFout} — {t("openklant.poging", { pogingen: p.pogingen, volgende: p.volgendePoging })}
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="nu" />
        <Knop soort="secundair">{t("openklant.nu")}</Knop>
      </Form>
    </section>
  );
}

export function Instellingen({ i, antwoord }: { i: OpenKlantPagina["instellingen"]; antwoord: OpenKlantAntwoord | undefined }) {
  const a = antwoord?.intent === "instellingen" && !antwoord.ok ? antwoord : undefined;
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="instellingen">
      <h2 id="instellingen" className="utrecht-heading-2">
        {t("openklant.verbinding")}
      </h2>
      {a?.fouten._formulier ? <Melding soort="fout">{a.fouten._formulier[0]}</Melding> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="instellingen" />
        <input type="hidden" name="versie" value={i.versie} />
        <TekstVeld
          id="basisUrl"
          label={t("openklant.adres")}
          hint={t("openklant.adresHint")}
          fout={eerste(a?.fouten.basisUrl)}
          defaultValue={a?.invoer.basisUrl ?? i.basisUrl}
        />
        <TekstVeld
          id="token"
          label={t("openklant.token")}
          type="password"
          autoComplete="off"
          hint={i.tokenIngesteld ? t("openklant.tokenIngesteld") : t("openklant.tokenNieuw")}
          fout={eerste(a?.fouten.token)}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" name="actief" value="1" className="utrecht-checkbox" defaultChecked={a ? !!a.invoer.actief : i.actief} /> {t("openklant.aan")}
        </label>
        <Knop>{t("openklant.bewaren")}</Knop>
      </Form>
    </section>
  );
}

export function Actoren({ actoren, teams, antwoord }: { actoren: OpenKlantPagina["actoren"]; teams: OpenKlantPagina["teams"]; antwoord: OpenKlantAntwoord | undefined }) {
  const a = antwoord?.intent === "actor" && !antwoord.ok ? antwoord : undefined;
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="actoren">
      <h2 id="actoren" className="utrecht-heading-2">
        {t("openklant.actoren")}
      </h2>
      <p className="utrecht-paragraph">{t("openklant.actorenUitleg")}</p>
      {actoren.length ? (
        <ul className="utrecht-unordered-list">
          {actoren.map((x) => (
            <li key={x.actorUuid}>
              {x.omschrijving || t("openklant.actor")} ({x.actorUuid}) → {x.teamNaam ?? t("openklant.teamX", { id: x.teamId })}
              <Form method="post" className="afs-inline">
                <input type="hidden" name="intent" value="actor_weg" />
                <input type="hidden" name="actorUuid" value={x.actorUuid} />
                <Knop soort="subtiel">{t("openklant.ontkoppelen")}</Knop>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("openklant.geenActoren")}</p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="actor" />
        <TekstVeld id="actorUuid" label={t("openklant.uuid")} fout={eerste(a?.fouten.actorUuid)} defaultValue={a?.invoer.actorUuid ?? ""} />
        <TekstVeld id="omschrijving" label={t("openklant.omschrijving")} fout={eerste(a?.fouten.omschrijving)} defaultValue={a?.invoer.omschrijving ?? ""} />
        <Keuzelijst id="team" label={t("openklant.team")} fout={eerste(a?.fouten.team)} defaultValue={a?.invoer.team ?? ""} opties={[{ value: "", label: t("openklant.kiesTeam") }, ...teams.map((team) => ({ value: String(team.id), label: team.naam }))]} />
        <Knop soort="secundair">{t("openklant.koppelen")}</Knop>
      </Form>
    </section>
  );
}
