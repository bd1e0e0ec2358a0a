/**
 * The citizen's status page: what was asked, when received, who helps (first name + team), the next promised
 * moment, the public steps, every letter and message sent (exact text), and the actions the citizen may take.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { Beveiligingsvelden, FormulierMeldingen, waardeVan, type Fouten, type Weigering } from "./velden";

export interface StatusData {
  soort: string;
  nummer: string | null;
  vraag: string;
  ontvangenTekst: string;
  statusSleutel: string;
  open: boolean;
  behandelaar: { voornaam: string | null; team: string | null };
  volgendMoment: string | null;
  stappen: { op: number; opTekst: string; sleutel: string }[];
  berichten: { soort: string; kanaal: string; onderwerp: string; tekst: string; op: number; opTekst: string }[];
  kan: { aanvullen: boolean; nieuwTijdstip: boolean; intrekken: boolean };
  stempel: string;
}

export interface StatusActieData {
  intent?: string;
  ok?: boolean;
  melding?: string | null;
  fouten?: Fouten;
  waarden?: Record<string, string>;
  weigering?: Weigering | null;
}

export function StatusPagina({ p, nieuw, actie }: { p: StatusData; nieuw: boolean; actie?: StatusActieData }) {
  const { t } = useTranslation("inwoner");
  const titel =
    p.soort === "klacht" ? t("status.titelKlacht", { nummer: p.nummer ?? "" }) : p.soort === "terugbelafspraak" ? t("status.titelTerugbel") : t("status.titel");
  const wie = p.behandelaar.voornaam
    ? t("status.wieNaam", { naam: p.behandelaar.voornaam, team: p.behandelaar.team ?? "" })
    : p.behandelaar.team
      ? t("status.wieTeam", { team: p.behandelaar.team })
      : t("status.wieOnbekend");
  return (
    <div className="inw-pagina inw-status">
      <h1 className="utrecht-heading-1">{titel}</h1>
      {nieuw ? (
        <Melding soort="ok" titel={p.soort === "klacht" ? t("status.ontvangenKlacht") : t("status.ontvangenTerugbel")}>
          {p.soort === "terugbelafspraak" && p.volgendMoment ? <p className="utrecht-paragraph inw-groot">{t("status.belMoment", { moment: p.volgendMoment })}</p> : null}
          <p className="utrecht-paragraph">{t("status.ontvangenUitleg")}</p>
        </Melding>
      ) : null}
      {actie?.ok && actie.melding ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{actie.melding}</p>
        </Melding>
      ) : null}
      <dl className="inw-feiten">
        <dt>{t("status.stand")}</dt>
        <dd>{t(`stand.${p.statusSleutel}`, { defaultValue: "" })}</dd>
        <dt>{t("status.wie")}</dt>
        <dd data-testid="behandelaar">{wie}</dd>
        {p.volgendMoment ? (
          <>
            <dt>{t("status.volgende")}</dt>
            <dd data-testid="volgend-moment">{p.volgendMoment}</dd>
          </>
        ) : null}
        <dt>{t("status.ontvangen")}</dt>
        <dd>{p.ontvangenTekst}</dd>
      </dl>
      <h2 className="utrecht-heading-2">{t("status.wat")}</h2>
      <blockquote className="inw-citaat">
        {p.vraag.split("\n").map((r, i) => (
          <p key={i} className="utrecht-paragraph">
            {r}
          </p>
        ))}
      </blockquote>
      <h2 className="utrecht-heading-2">{t("status.stappen")}</h2>
      <ol className="inw-stappen">
        {p.stappen.map((s, i) => (
          <li key={i}>
            <span className="inw-stappen__op">{s.opTekst}</span> {t(`stap.${s.sleutel}`)}
          </li>
        ))}
      </ol>
      <h2 className="utrecht-heading-2">{t("status.berichten")}</h2>
      {p.berichten.length ? (
        p.berichten.map((b, i) => (
          <details key={i} className="inw-bericht" open={i === p.berichten.length - 1}>
            <summary>
              {t(`status.kanaal.${b.kanaal}`, { defaultValue: b.kanaal })} · {b.opTekst} · {b.onderwerp}
            </summary>
            <pre className="inw-bericht__tekst">{b.tekst}</pre>
          </details>
        ))
      ) : (
        <p className="utrecht-paragraph">{t("status.geenBerichten")}</p>
      )}
      {p.open ? <StatusActies p={p} actie={actie} /> : <p className="utrecht-paragraph">{t("status.afgerond")}</p>}
    </div>
  );
}

function StatusActies({ p, actie }: { p: StatusData; actie?: StatusActieData }) {
  const { t } = useTranslation("inwoner");
  const fout = (intent: string) => (actie && !actie.ok && actie.intent === intent ? actie : undefined);
  const vA = waardeVan(fout("aanvullen")?.waarden);
  const vT = waardeVan(fout("tijdstip")?.waarden);
  const vI = waardeVan(fout("intrekken")?.waarden);
  const melding = (intent: string) => {
    const f = fout(intent);
    if (!f) return null;
    return (
      <>
        <FormulierMeldingen weigering={f.weigering} fouten={f.fouten} />
        {f.melding ? (
          <Melding soort="fout" role="alert">
            <p className="utrecht-paragraph">{f.melding}</p>
          </Melding>
        ) : null}
      </>
    );
  };
  return (
    <>
      {p.kan.aanvullen ? (
        <section aria-labelledby="aanvullen-kop" className="inw-actie">
          <h2 id="aanvullen-kop" className="utrecht-heading-2">
            {t("status.aanvullen")}
          </h2>
          <p className="utrecht-paragraph">{t("status.aanvullenUitleg")}</p>
          {melding("aanvullen")}
          <Form method="post" noValidate>
            <Beveiligingsvelden stempel={p.stempel} />
            <input type="hidden" name="intent" value="aanvullen" />
            <TekstGebied id="tekst" label={t("status.aanvullenVeld")} rows={4} defaultValue={vA("tekst")} fout={fout("aanvullen")?.fouten?.tekst} />
            <Knop soort="secundair">{t("status.aanvullenKnop")}</Knop>
          </Form>
        </section>
      ) : null}
      {p.kan.nieuwTijdstip ? (
        <section aria-labelledby="tijdstip-kop" className="inw-actie">
          <h2 id="tijdstip-kop" className="utrecht-heading-2">
            {t("status.tijdstip")}
          </h2>
          <p className="utrecht-paragraph">{t("status.tijdstipUitleg")}</p>
          {melding("tijdstip")}
          <Form method="post" noValidate>
            <Beveiligingsvelden stempel={p.stempel} />
            <input type="hidden" name="intent" value="tijdstip" />
            <div className="inw-rij">
              <TekstVeld id="datum" type="date" label={t("status.datum")} defaultValue={vT("datum")} fout={fout("tijdstip")?.fouten?.datum} />
              <TekstVeld id="tijd" type="time" label={t("status.tijd")} defaultValue={vT("tijd", "10:00")} fout={fout("tijdstip")?.fouten?.tijd} />
            </div>
            <TekstVeld id="reden" label={`${t("status.reden")} ${t("veld.optioneel")}`} defaultValue={vT("reden")} />
            <Knop soort="secundair">{t("status.tijdstipKnop")}</Knop>
          </Form>
        </section>
      ) : null}
      {p.kan.intrekken ? (
        <section aria-labelledby="intrekken-kop" className="inw-actie">
          <h2 id="intrekken-kop" className="utrecht-heading-2">
            {t("status.intrekken")}
          </h2>
          <p className="utrecht-paragraph">{t("status.intrekkenUitleg")}</p>
          {melding("intrekken")}
          <Form method="post" noValidate>
            <Beveiligingsvelden stempel={p.stempel} />
            <input type="hidden" name="intent" value="intrekken" />
            <TekstVeld id="intrekReden" name="reden" label={`${t("status.intrekkenReden")} ${t("veld.optioneel")}`} defaultValue={vI("reden")} />
            <div className={`utrecht-form-field utrecht-form-field--checkbox afs-veld${fout("intrekken")?.fouten?.bevestig ? " afs-veld--fout" : ""}`}>
              {fout("intrekken")?.fouten?.bevestig ? (
                <span id="bevestig-fout" className="afs-veld__fout utrecht-form-field-error-message">
                  {fout("intrekken")?.fouten?.bevestig?.[0]}
                </span>
              ) : null}
              <input
                type="checkbox"
                id="bevestig"
                name="bevestig"
                value="ja"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                aria-describedby={fout("intrekken")?.fouten?.bevestig ? "bevestig-fout" : undefined}
              />
              <label htmlFor="bevestig" className="utrecht-form-label utrecht-form-label--checkbox">
                {t("status.intrekkenBevestig")}
              </label>
            </div>
            <Knop soort="secundair">{t("status.intrekkenKnop")}</Knop>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function StatusNietGevonden() {
  const { t } = useTranslation("inwoner");
  return (
    <div className="inw-pagina">
      <h1 className="utrecht-heading-1">{t("status.nietGevondenTitel")}</h1>
      <p className="utrecht-paragraph">{t("status.nietGevondenTekst")}</p>
      <p className="utrecht-paragraph">
        <Link to="/inwoner/link" className="utrecht-link">
          {t("status.nietGevondenLink")}
        </Link>
      </p>
    </div>
  );
}
