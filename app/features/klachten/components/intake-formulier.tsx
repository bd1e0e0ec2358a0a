/**
 * The intake form of a complaint from every channel, oral or written (Awb 9:1, 9:2, 9:4): a plain form that
 * works without JavaScript; after a refusal the errors stand at the fields and the typed input is kept.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { KanaalKeuze } from "./kanaal-keuze";
import type { IntakeAntwoord, intakeKeuzes } from "../registratie.server";

export function KlachtIntakeFormulier({
  afdelingen,
  medewerkers,
  vandaag,
  antwoord,
}: ReturnType<typeof intakeKeuzes> & { antwoord: IntakeAntwoord | undefined }) {
  const f = antwoord?.fouten ?? {};
  const v = antwoord?.invoer ?? {};
  const s = (k: string, d = "") => v[k] ?? d;
  const gekozen = new Set(antwoord?.beklaagden ?? []);
  const { t } = useTranslation("klachten");
  return (
    <Form method="post" noValidate>
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">{t("intake.ontvangst")}</legend>
        <TekstVeld id="ontvangenDatum" label={t("intake.ontvangenDatum")} type="date" defaultValue={s("ontvangenDatum", vandaag)} fout={f.ontvangenDatum} required />
        <KanaalKeuze defaultValue={s("kanaal")} fout={f.kanaal} />
        <fieldset className="kl-keuzes" aria-describedby={f.vorm ? "vorm-fout" : undefined}>
          <legend>{t("intake.vorm")}</legend>
          {f.vorm ? <span id="vorm-fout" className="afs-veld__fout">{f.vorm[0]}</span> : null}
          <label><input type="radio" name="vorm" value="schriftelijk" defaultChecked={s("vorm", "schriftelijk") === "schriftelijk"} /> {t("intake.schriftelijk")}</label>
          <label><input type="radio" name="vorm" value="mondeling" defaultChecked={s("vorm") === "mondeling"} /> {t("intake.mondeling")}</label>
        </fieldset>
        <TekstVeld id="dagtekening" label={t("intake.dagtekening")} type="date" defaultValue={s("dagtekening")} fout={f.dagtekening} />
      </fieldset>
  
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">{t("intake.klager")}</legend>
        <fieldset className="kl-keuzes">
          <legend>{t("intake.klagerIs")}</legend>
          {f.klagerSoort ? <span className="afs-veld__fout">{f.klagerSoort[0]}</span> : null}
          <label><input type="radio" name="klagerSoort" value="persoon" defaultChecked={s("klagerSoort", "persoon") === "persoon"} /> {t("intake.persoon")}</label>
          <label><input type="radio" name="klagerSoort" value="organisatie" defaultChecked={s("klagerSoort") === "organisatie"} /> {t("intake.organisatie")}</label>
        </fieldset>
        <TekstVeld id="klagerNaam" label={t("intake.naam")} defaultValue={s("klagerNaam")} fout={f.klagerNaam} autoComplete="off" />
        <TekstVeld id="klagerOrganisatie" label={t("intake.organisatieNaam")} defaultValue={s("klagerOrganisatie")} fout={f.klagerOrganisatie} />
        <TekstVeld id="klagerAdres" label={t("intake.adres")} defaultValue={s("klagerAdres")} fout={f.klagerAdres} />
        <TekstVeld id="klagerPostcode" label={t("intake.postcode")} defaultValue={s("klagerPostcode")} fout={f.klagerPostcode} />
        <TekstVeld id="klagerWoonplaats" label={t("intake.woonplaats")} defaultValue={s("klagerWoonplaats")} fout={f.klagerWoonplaats} />
        <TekstVeld id="klagerTelefoon" label={t("intake.telefoon")} type="tel" defaultValue={s("klagerTelefoon")} fout={f.klagerTelefoon} />
        <TekstVeld id="klagerEmail" label={t("intake.email")} type="email" defaultValue={s("klagerEmail")} fout={f.klagerEmail} />
        <Keuzelijst
          id="klagerVoorkeurKanaal"
          label={t("intake.voorkeur")}
          defaultValue={s("klagerVoorkeurKanaal", "post")}
          fout={f.klagerVoorkeurKanaal}
          opties={[
            { value: "post", label: t("intake.perPost") },
            { value: "e-mail", label: t("intake.perEmail") },
            { value: "telefoon", label: t("intake.perTelefoon") },
          ]}
        />
      </fieldset>
  
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">{t("intake.gedraging")}</legend>
        <TekstGebied id="omschrijving" label={t("intake.omschrijving")} hint={t("intake.omschrijvingHint")} defaultValue={s("omschrijving")} fout={f.omschrijving} rows={6} />
        <TekstVeld id="gedragingDatum" label={t("intake.gedragingDatum")} hint={t("intake.gedragingDatumHint")} type="date" defaultValue={s("gedragingDatum")} fout={f.gedragingDatum} />
        <Keuzelijst
          id="afdelingId"
          label={t("intake.afdeling")}
          defaultValue={s("afdelingId")}
          fout={f.afdelingId}
          opties={[{ value: "", label: t("intake.afdelingOnbekend") }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <fieldset className="kl-keuzes kl-keuzes--kolommen" aria-describedby={f.beklaagden ? "beklaagden-fout" : undefined}>
          <legend>{t("intake.beklaagden")}</legend>
          {f.beklaagden ? <span id="beklaagden-fout" className="afs-veld__fout">{f.beklaagden[0]}</span> : null}
          {medewerkers.map((m) => (
            <label key={m.id}>
              <input type="checkbox" name="beklaagden" value={m.id} defaultChecked={gekozen.has(m.id)} /> {m.naam}
            </label>
          ))}
        </fieldset>
        <label className="kl-keuzes">
          <input type="checkbox" name="beklaagdeOnbekend" value="ja" defaultChecked={s("beklaagdeOnbekend") === "ja"} /> {t("intake.beklaagdeOnbekend")}
        </label>
        <label className="kl-keuzes">
          <input type="checkbox" name="betreftBestuursorgaan" value="ja" defaultChecked={s("betreftBestuursorgaan") === "ja"} /> {t("intake.bestuursorgaan")}
        </label>
      </fieldset>
      <div className="kl-knoppen">
        <Knop>{t("intake.knop")}</Knop>
        <Link to="/klachten" className="utrecht-link">{t("intake.annuleren")}</Link>
      </div>
    </Form>
  );
}
