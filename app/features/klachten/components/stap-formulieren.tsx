/**
 * The step forms of the klacht dossier: one fold-open form (the learning pages' UitklapFormulier) per step the
 * workflow allows now, each with the step's `intent` and the `versie` the page was loaded with. A refused form opens again with its own
 * errors, the law's reason and what was typed (the action answers a `DossierAntwoord`).
 */
import type { ReactNode } from "react";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum, type DatumFormat } from "../../../platform/i18n/datum";
import { dagVanIso } from "../../../domain/kalender/tijd";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";
import {
  BEHOORLIJKHEIDSNORMEN,
  GROND_TEKST,
  GRONDEN_9_8,
  HOREN_OVERSLAAN_REDENEN,
  HOREN_OVERSLAAN_TEKST,
  NORM_GROEPEN,
  OORDEEL_TEKST,
  OORDELEN,
  isIsoDatum,
  nlDatum,
} from "../recht";
import type { StapIntent } from "../formulieren.server";
import type { Dossier, DossierAntwoord } from "../dossier.server";

/** The Dutch step titles (the dictionary's klachten:actie.* has them in every language). */
export const ACTIE_TITEL: Record<StapIntent, string> = {
  ONTVANGST_BEVESTIGEN: "Ontvangst bevestigen (Awb 9:6)",
  BEHANDELAAR_TOEWIJZEN: "Klachtbehandelaar toewijzen (Awb 9:7)",
  INFORMEEL_OPGELOST: "Informeel opgelost (Awb 9:5)",
  NIET_IN_BEHANDELING: "Niet in behandeling nemen (Awb 9:8)",
  BERICHT_9_8_VERSTUURD: "Bericht aan de klager versturen (Awb 9:8 lid 3)",
  KOPIE_BEKLAAGDE: "Afschrift aan de beklaagde (Awb 9:9)",
  HOORZITTING_PLANNEN: "Hoorgesprek plannen (Awb 9:10)",
  HOORZITTING_GEHOUDEN: "Hoorgesprek gehouden: verslag (Awb 9:10)",
  HOREN_OVERSLAAN: "Horen achterwege laten (Awb 9:10 lid 2)",
  VERDAGINGSBERICHT: "Verdagingsbericht vastleggen (Awb 9:11 lid 2)",
  VERDAGEN: "Afhandeling verdagen (Awb 9:11 lid 2)",
  UITSTEL_MET_INSTEMMING: "Verder uitstel met instemming (Awb 9:11 lid 3)",
  AFHANDELEN: "Klacht afhandelen (Awb 9:12)",
  LES_VASTLEGGEN: "Les vastleggen",
  LES_OVERSLAAN: "Bewust geen les vastleggen",
  SLUITEN: "Dossier sluiten",
  OMBUDSMAN_INGESCHAKELD: "Klager heeft de ombudsman ingeschakeld",
};

/** A calendar date (YYYY-MM-DD) as "3 maart 2026" / "3 March 2026". */
export function kalenderDatum(f: DatumFormat, iso: string): string {
  if (f.taal === "nl" || !isIsoDatum(iso)) return nlDatum(iso);
  return f.dagLang(dagVanIso(iso)).replace(/^\S+ /, "");
}

/** The one-year test (Awb 9:8 lid 1 b) in the page's language; null when the date of the conduct is unknown. */
export function eenJaarUitleg(d: Dossier, f: DatumFormat, t: (sleutel: string, waarden?: Record<string, string>) => string): string | null {
  if (!d.eenJaar) return null;
  if (f.taal === "nl") return d.eenJaar.uitleg;
  return t(d.eenJaar.verstreken ? "dossier.eenJaarVerstreken" : "dossier.eenJaarBinnen", {
    gedraging: kalenderDatum(f, d.context.gedragingDatum ?? ""),
    ontvangen: kalenderDatum(f, d.context.ontvangenDatum),
    grens: kalenderDatum(f, d.eenJaar.grens),
  });
}

/** The answer to the last submission, only when it came from the form with this `intent`. */
export function useDossierAntwoord(intent: string) {
  const ad = useActionData<DossierAntwoord>();
  const hier = ad?.intent === intent;
  return {
    hier,
    fouten: hier ? ad!.fouten : {},
    melding: hier ? ad!.melding : null,
    invoer: hier ? ad!.invoer : ({} as Record<string, string>),
    normen: hier ? ad!.normen : [],
  };
}

/** "Wat kan nu": the forms of the steps allowed now. */
export function StapFormulieren({ d, medewerkers, ombudsman }: { d: Dossier; medewerkers: { id: string; naam: string }[]; ombudsman: { naam: string; termijnWeken: number } }) {
  const { t } = useTranslation("klachten");
  return (
    <section className="kl-blok kl-acties kl-niet-printen" aria-labelledby="acties-kop">
      <h2 id="acties-kop" className="utrecht-heading-2">{t("stap.watKanNu")}</h2>
      {d.acties.map((a) => (
        <StapFormulier key={a} intent={a} d={d} medewerkers={medewerkers} ombudsman={ombudsman} />
      ))}
    </section>
  );
}

function StapFormulier({
  intent,
  d,
  medewerkers,
  ombudsman,
}: {
  intent: StapIntent;
  d: Dossier;
  medewerkers: { id: string; naam: string }[];
  ombudsman: { naam: string; termijnWeken: number };
}) {
  const { t } = useTranslation("klachten");
  const datum = useDatum();
  const { hier, fouten: f, melding, invoer: v, normen } = useDossierAntwoord(intent);
  const s = (key: string, standaard = "") => (typeof v[key] === "string" ? v[key] : standaard);
  const c = d.context;
  const id = `actie-${intent.toLowerCase()}`;
  const eenJaar = eenJaarUitleg(d, datum, t);
  let velden: ReactNode = null;
  const titel = t(`actie.${intent}`, { defaultValue: ACTIE_TITEL[intent] });
  let knop = titel;
  switch (intent) {
    case "ONTVANGST_BEVESTIGEN":
      velden = <p className="utrecht-paragraph">{t("stap.ontvangstUitleg")}</p>;
      knop = t("stap.ontvangstKnop");
      break;
    case "BEHANDELAAR_TOEWIJZEN":
      velden = (
        <>
          <Keuzelijst id={`${id}-behandelaar`} name="behandelaarId" label={t("stap.behandelaar")} defaultValue={s("behandelaarId")} fout={f.behandelaarId}
            opties={[{ value: "", label: t("stap.kiesCollega") }, ...medewerkers.map((m) => ({ value: m.id, label: m.naam }))]} />
          {d.klacht.betreft_bestuursorgaan ? (
            <TekstVeld id={`${id}-uitzondering`} name="uitzondering" label={t("stap.uitzondering")} defaultValue={s("uitzondering")} />
          ) : null}
        </>
      );
      knop = t("stap.toewijzenKnop");
      break;
    case "INFORMEEL_OPGELOST":
      velden = (
        <>
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label={t("stap.informeelHoe")} defaultValue={s("toelichting")} fout={f.informeelToelichting} rows={3} />
          <label className="kl-keuzes"><input type="checkbox" name="klagerTevreden" value="ja" defaultChecked={s("klagerTevreden") === "ja"} /> {t("stap.klagerTevreden")}</label>
          <TekstVeld id={`${id}-via`} name="vastgelegdVia" label={t("stap.informeelVia")} defaultValue={s("vastgelegdVia")} />
        </>
      );
      knop = t("stap.informeelKnop");
      break;
    case "NIET_IN_BEHANDELING":
      velden = (
        <>
          <p className="utrecht-paragraph">{eenJaar ?? t("stap.grondOnbekend")}</p>
          <Keuzelijst id={`${id}-grond`} name="grond" label={t("stap.grond")} defaultValue={s("grond")} fout={f.grond}
            opties={[{ value: "", label: t("stap.kiesGrond") }, ...GRONDEN_9_8.map((g) => ({ value: g, label: t(`grond.${g}`, { defaultValue: GROND_TEKST[g] }) }))]} />
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label={t("stap.motivering")} defaultValue={s("toelichting")} fout={f.grondToelichting} rows={3} />
        </>
      );
      knop = t("stap.nietInBehandelingKnop");
      break;
    case "BERICHT_9_8_VERSTUURD":
      velden = <p className="utrecht-paragraph">{t("stap.bericht98Uitleg")}</p>;
      knop = t("stap.bericht98Knop");
      break;
    case "KOPIE_BEKLAAGDE":
      velden = d.klacht.beklaagdenLijst.length ? (
        <p className="utrecht-paragraph">{t("stap.afschriftUitleg", { namen: d.klacht.beklaagdenLijst.map((b) => b.naam).join(", ") })}</p>
      ) : (
        <TekstVeld id={`${id}-reden`} name="nietMogelijkReden" label={t("stap.afschriftReden")} defaultValue={s("nietMogelijkReden")} />
      );
      knop = t("stap.afschriftKnop");
      break;
    case "HOORZITTING_PLANNEN":
      velden = <TekstVeld id={`${id}-moment`} name="moment" type="datetime-local" label={t("stap.hoorMoment")} defaultValue={s("moment")} fout={f.hoorMoment} />;
      knop = t("stap.hoorKnop");
      break;
    case "HOORZITTING_GEHOUDEN":
      velden = <TekstGebied id={`${id}-verslag`} name="verslag" label={t("stap.verslag")} defaultValue={s("verslag")} fout={f.verslag} rows={4} />;
      knop = t("stap.verslagKnop");
      break;
    case "HOREN_OVERSLAAN":
      velden = (
        <>
          <Keuzelijst id={`${id}-reden`} name="reden" label={t("stap.wettelijkeReden")} defaultValue={s("reden")} fout={f.horenReden}
            opties={[{ value: "", label: t("stap.kiesReden") }, ...HOREN_OVERSLAAN_REDENEN.map((r) => ({ value: r, label: t(`horen.${r}`, { defaultValue: HOREN_OVERSLAAN_TEKST[r] }) }))]} />
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label={t("stap.toelichting")} defaultValue={s("toelichting")} fout={f.horenToelichting} rows={2} />
        </>
      );
      knop = t("stap.horenKnop");
      break;
    case "VERDAGINGSBERICHT":
      velden = (
        <Keuzelijst id={`${id}-aan`} name="aan" label={t("stap.aanWie")} defaultValue={s("aan")} fout={f.aan}
          opties={[{ value: "", label: t("stap.kies") }, { value: "klager", label: t("stap.deKlager") }, { value: "beklaagde", label: t("stap.deBeklaagde") }]} />
      );
      knop = t("stap.berichtKnop");
      break;
    case "VERDAGEN":
      velden = (
        <>
          <p className="utrecht-paragraph">
            {t("stap.beideBerichten", {
              klager: c.verdagingBerichtKlagerOp ? t("stap.vastgelegd") : t("stap.nogNiet"),
              beklaagde: c.verdagingBerichtBeklaagdeOp ? t("stap.vastgelegd") : t("stap.nogNiet"),
            })}
            {d.verdaging ? t("stap.uiterlijkMogelijk", { op: datum.datumTijd(d.verdaging.maxOp) }) : ""}
          </p>
          <Keuzelijst id={`${id}-weken`} name="weken" label={t("stap.aantalWeken")} defaultValue={s("weken", "4")} fout={f.weken}
            opties={[1, 2, 3, 4].map((n) => ({ value: String(n), label: n === 1 ? t("weken.een") : t("weken.meer", { n }) }))} />
        </>
      );
      knop = t("stap.verdagenKnop");
      break;
    case "UITSTEL_MET_INSTEMMING":
      velden = (
        <>
          <TekstVeld id={`${id}-datum`} name="nieuweDatum" type="date" label={t("stap.nieuweDatum")} defaultValue={s("nieuweDatum")} fout={f.nieuweDatum} />
          <TekstVeld id={`${id}-instemming`} name="instemmingDatum" type="date" label={t("stap.instemmingDatum")} defaultValue={s("instemmingDatum")} />
          <TekstVeld id={`${id}-toelichting`} name="toelichting" label={t("stap.welkStuk")} defaultValue={s("toelichting")} />
        </>
      );
      knop = t("stap.uitstelKnop");
      break;
    case "AFHANDELEN": {
      const gekozen = new Set(normen);
      velden = (
        <>
          <TekstGebied id={`${id}-bevindingen`} name="bevindingen" label={t("stap.bevindingen")} defaultValue={s("bevindingen")} fout={f.bevindingen} rows={4} />
          <Keuzelijst id={`${id}-oordeel`} name="oordeel" label={t("stap.oordeel")} defaultValue={s("oordeel")} fout={f.oordeel}
            opties={[{ value: "", label: t("stap.kiesOordeel") }, ...OORDELEN.map((o) => ({ value: o, label: t(`oordeel.${o}`, { defaultValue: OORDEEL_TEKST[o] }) }))]} />
          <TekstVeld id={`${id}-reden`} name="oordeelReden" label={t("stap.oordeelReden")} defaultValue={s("oordeelReden")} fout={f.oordeelReden} />
          <fieldset className="kl-keuzes kl-keuzes--kolommen" aria-describedby={f.normen ? `${id}-normen-fout` : undefined}>
            <legend>{t("stap.geschondenNormen")}</legend>
            {f.normen ? <span id={`${id}-normen-fout`} className="afs-veld__fout">{f.normen[0]}</span> : null}
            {NORM_GROEPEN.map((g) =>
              BEHOORLIJKHEIDSNORMEN.filter((n) => n.groep === g).map((n) => (
                <label key={n.nr}>
                  <input type="checkbox" name="normen" value={n.nr} defaultChecked={gekozen.has(String(n.nr))} /> {n.nr}. {t(`norm.${n.nr}`, { defaultValue: n.naam })}{" "}
                  <span className="kl-tijdlijn__soort">({t(`normGroep.${g}`, { defaultValue: g })})</span>
                </label>
              )),
            )}
          </fieldset>
          <TekstGebied id={`${id}-maatregelen`} name="maatregelen" label={t("stap.maatregelen")} defaultValue={s("maatregelen")} fout={f.maatregelen} rows={3} />
          <TekstVeld id={`${id}-ombudsman`} name="ombudsmanNaam" label={t("stap.ombudsman")} defaultValue={s("ombudsmanNaam", ombudsman.naam)} fout={f.ombudsmanNaam} />
          <TekstVeld id={`${id}-ombudsmantermijn`} name="ombudsmanTermijnWeken" type="number" min={1} label={t("stap.ombudsmanTermijn")} defaultValue={s("ombudsmanTermijnWeken", String(ombudsman.termijnWeken))} fout={f.ombudsmanTermijnWeken} />
        </>
      );
      knop = t("stap.afhandelenKnop");
      break;
    }
    case "LES_VASTLEGGEN":
      velden = <TekstGebied id={`${id}-les`} name="les" label={t("stap.les")} defaultValue={s("les")} fout={f.les} rows={3} />;
      knop = t("stap.lesKnop");
      break;
    case "LES_OVERSLAAN":
      velden = <TekstVeld id={`${id}-reden`} name="reden" label={t("stap.waaromGeenLes")} defaultValue={s("reden")} fout={f.lesReden} />;
      knop = t("stap.geenLesKnop");
      break;
    case "SLUITEN":
      knop = t("stap.sluitenKnop");
      break;
    case "OMBUDSMAN_INGESCHAKELD":
      velden = <p className="utrecht-paragraph">{t("stap.ombudsmanUitleg")}</p>;
      knop = t("stap.ombudsmanKnop");
      break;
  }
  return (
    <UitklapFormulier samenvatting={titel} intent={intent} versie={d.versie} open={hier} melding={melding} meldingTitel={t("stap.kanNiet")}>
      {velden}
      <Knop>{knop}</Knop>
    </UitklapFormulier>
  );
}
