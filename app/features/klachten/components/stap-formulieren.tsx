/**
 * The step forms of the klacht dossier: one fold-open form (the learning pages' UitklapFormulier) per step the
 * workflow allows now, each with the step's `intent` and the `versie` the page was loaded with. A refused form opens again with its own
 * errors, the law's reason and what was typed (the action answers a `DossierAntwoord`).
 */
import type { ReactNode } from "react";
import { useActionData } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";
import { formatDatumTijd } from "../../../domain/kalender/format";
import {
  BEHOORLIJKHEIDSNORMEN,
  GROND_TEKST,
  GRONDEN_9_8,
  HOREN_OVERSLAAN_REDENEN,
  HOREN_OVERSLAAN_TEKST,
  NORM_GROEPEN,
  OORDEEL_TEKST,
  OORDELEN,
} from "../recht";
import type { StapIntent } from "../formulieren.server";
import type { Dossier, DossierAntwoord } from "../dossier.server";

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
  return (
    <section className="kl-blok kl-acties kl-niet-printen" aria-labelledby="acties-kop">
      <h2 id="acties-kop" className="utrecht-heading-2">Wat kan nu</h2>
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
  const { hier, fouten: f, melding, invoer: v, normen } = useDossierAntwoord(intent);
  const s = (key: string, standaard = "") => (typeof v[key] === "string" ? v[key] : standaard);
  const c = d.context;
  const id = `actie-${intent.toLowerCase()}`;
  let velden: ReactNode = null;
  let knop = ACTIE_TITEL[intent];
  switch (intent) {
    case "ONTVANGST_BEVESTIGEN":
      velden = <p className="utrecht-paragraph">De ontvangstbevestiging wordt gemaakt uit het sjabloon en met de exacte tekst in het dossier bewaard.</p>;
      knop = "Ontvangst bevestigen en brief vastleggen";
      break;
    case "BEHANDELAAR_TOEWIJZEN":
      velden = (
        <>
          <Keuzelijst id={`${id}-behandelaar`} name="behandelaarId" label="Klachtbehandelaar" defaultValue={s("behandelaarId")} fout={f.behandelaarId}
            opties={[{ value: "", label: "Kies een collega" }, ...medewerkers.map((m) => ({ value: m.id, label: m.naam }))]} />
          {d.klacht.betreft_bestuursorgaan ? (
            <TekstVeld id={`${id}-uitzondering`} name="uitzondering" label="Uitzondering Awb 9:7 lid 2 (alleen als de behandelaar betrokken is)" defaultValue={s("uitzondering")} />
          ) : null}
        </>
      );
      knop = "Toewijzen";
      break;
    case "INFORMEEL_OPGELOST":
      velden = (
        <>
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label="Hoe is de klacht opgelost?" defaultValue={s("toelichting")} fout={f.informeelToelichting} rows={3} />
          <label className="kl-keuzes"><input type="checkbox" name="klagerTevreden" value="ja" defaultChecked={s("klagerTevreden") === "ja"} /> De klager heeft laten weten tevreden te zijn</label>
          <TekstVeld id={`${id}-via`} name="vastgelegdVia" label="Hoe en wanneer liet de klager dat weten?" defaultValue={s("vastgelegdVia")} />
        </>
      );
      knop = "Informeel afsluiten";
      break;
    case "NIET_IN_BEHANDELING":
      velden = (
        <>
          <p className="utrecht-paragraph">{d.eenJaar ? d.eenJaar.uitleg : "De datum van de gedraging is onbekend: grond b is niet te toetsen."}</p>
          <Keuzelijst id={`${id}-grond`} name="grond" label="Grond" defaultValue={s("grond")} fout={f.grond}
            opties={[{ value: "", label: "Kies een grond" }, ...GRONDEN_9_8.map((g) => ({ value: g, label: GROND_TEKST[g] }))]} />
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label="Motivering (komt in de brief aan de klager)" defaultValue={s("toelichting")} fout={f.grondToelichting} rows={3} />
        </>
      );
      knop = "Niet in behandeling nemen";
      break;
    case "BERICHT_9_8_VERSTUURD":
      velden = <p className="utrecht-paragraph">De brief met de grond en de motivering wordt gemaakt en met de exacte tekst bewaard (binnen 4 weken na ontvangst, Awb 9:8 lid 3).</p>;
      knop = "Brief vastleggen als verstuurd";
      break;
    case "KOPIE_BEKLAAGDE":
      velden = d.klacht.beklaagdenLijst.length ? (
        <p className="utrecht-paragraph">Leg vast dat {d.klacht.beklaagdenLijst.map((b) => b.naam).join(", ")} vandaag een afschrift van de klacht en de bijlagen kreeg.</p>
      ) : (
        <TekstVeld id={`${id}-reden`} name="nietMogelijkReden" label="Er is geen beklaagde bekend: waarom kan er geen afschrift?" defaultValue={s("nietMogelijkReden")} />
      );
      knop = "Afschrift vastleggen";
      break;
    case "HOORZITTING_PLANNEN":
      velden = <TekstVeld id={`${id}-moment`} name="moment" type="datetime-local" label="Datum en tijd van het hoorgesprek" defaultValue={s("moment")} fout={f.hoorMoment} />;
      knop = "Hoorgesprek plannen";
      break;
    case "HOORZITTING_GEHOUDEN":
      velden = <TekstGebied id={`${id}-verslag`} name="verslag" label="Verslag van het hoorgesprek" defaultValue={s("verslag")} fout={f.verslag} rows={4} />;
      knop = "Verslag vastleggen";
      break;
    case "HOREN_OVERSLAAN":
      velden = (
        <>
          <Keuzelijst id={`${id}-reden`} name="reden" label="Wettelijke reden" defaultValue={s("reden")} fout={f.horenReden}
            opties={[{ value: "", label: "Kies een reden" }, ...HOREN_OVERSLAAN_REDENEN.map((r) => ({ value: r, label: HOREN_OVERSLAAN_TEKST[r] }))]} />
          <TekstGebied id={`${id}-toelichting`} name="toelichting" label="Toelichting" defaultValue={s("toelichting")} fout={f.horenToelichting} rows={2} />
        </>
      );
      knop = "Horen achterwege laten";
      break;
    case "VERDAGINGSBERICHT":
      velden = (
        <Keuzelijst id={`${id}-aan`} name="aan" label="Aan wie ging het schriftelijke bericht?" defaultValue={s("aan")} fout={f.aan}
          opties={[{ value: "", label: "Kies" }, { value: "klager", label: "De klager" }, { value: "beklaagde", label: "De beklaagde" }]} />
      );
      knop = "Bericht vastleggen";
      break;
    case "VERDAGEN":
      velden = (
        <>
          <p className="utrecht-paragraph">
            Eerst beide berichten: klager {c.verdagingBerichtKlagerOp ? "✓ vastgelegd" : "nog niet"}, beklaagde {c.verdagingBerichtBeklaagdeOp ? "✓ vastgelegd" : "nog niet"}.
            {d.verdaging ? ` Uiterlijk mogelijk: ${formatDatumTijd(d.verdaging.maxOp)}.` : ""}
          </p>
          <Keuzelijst id={`${id}-weken`} name="weken" label="Aantal weken (ten hoogste 4)" defaultValue={s("weken", "4")} fout={f.weken}
            opties={[1, 2, 3, 4].map((n) => ({ value: String(n), label: `${n} ${n === 1 ? "week" : "weken"}` }))} />
        </>
      );
      knop = "Verdagen";
      break;
    case "UITSTEL_MET_INSTEMMING":
      velden = (
        <>
          <TekstVeld id={`${id}-datum`} name="nieuweDatum" type="date" label="Nieuwe uiterste datum" defaultValue={s("nieuweDatum")} fout={f.nieuweDatum} />
          <TekstVeld id={`${id}-instemming`} name="instemmingDatum" type="date" label="Datum van de schriftelijke instemming van de klager" defaultValue={s("instemmingDatum")} />
          <TekstVeld id={`${id}-toelichting`} name="toelichting" label="Welk stuk (brief, e-mail)?" defaultValue={s("toelichting")} />
        </>
      );
      knop = "Uitstel vastleggen";
      break;
    case "AFHANDELEN": {
      const gekozen = new Set(normen);
      velden = (
        <>
          <TekstGebied id={`${id}-bevindingen`} name="bevindingen" label="Bevindingen" defaultValue={s("bevindingen")} fout={f.bevindingen} rows={4} />
          <Keuzelijst id={`${id}-oordeel`} name="oordeel" label="Oordeel" defaultValue={s("oordeel")} fout={f.oordeel}
            opties={[{ value: "", label: "Kies het oordeel" }, ...OORDELEN.map((o) => ({ value: o, label: OORDEEL_TEKST[o] }))]} />
          <TekstVeld id={`${id}-reden`} name="oordeelReden" label="Reden (verplicht bij geen oordeel)" defaultValue={s("oordeelReden")} fout={f.oordeelReden} />
          <fieldset className="kl-keuzes kl-keuzes--kolommen" aria-describedby={f.normen ? `${id}-normen-fout` : undefined}>
            <legend>Geschonden behoorlijkheidsnormen</legend>
            {f.normen ? <span id={`${id}-normen-fout`} className="afs-veld__fout">{f.normen[0]}</span> : null}
            {NORM_GROEPEN.map((g) =>
              BEHOORLIJKHEIDSNORMEN.filter((n) => n.groep === g).map((n) => (
                <label key={n.nr}>
                  <input type="checkbox" name="normen" value={n.nr} defaultChecked={gekozen.has(String(n.nr))} /> {n.nr}. {n.naam} <span className="kl-tijdlijn__soort">({g})</span>
                </label>
              )),
            )}
          </fieldset>
          <TekstGebied id={`${id}-maatregelen`} name="maatregelen" label="Genomen maatregelen" defaultValue={s("maatregelen")} fout={f.maatregelen} rows={3} />
          <TekstVeld id={`${id}-ombudsman`} name="ombudsmanNaam" label="Ombudsman (Awb 9:12 lid 2)" defaultValue={s("ombudsmanNaam", ombudsman.naam)} fout={f.ombudsmanNaam} />
          <TekstVeld id={`${id}-ombudsmantermijn`} name="ombudsmanTermijnWeken" type="number" min={1} label="Termijn voor de ombudsman (weken)" defaultValue={s("ombudsmanTermijnWeken", String(ombudsman.termijnWeken))} fout={f.ombudsmanTermijnWeken} />
        </>
      );
      knop = "Afhandelen en conclusiebrief vastleggen";
      break;
    }
    case "LES_VASTLEGGEN":
      velden = <TekstGebied id={`${id}-les`} name="les" label="Les (concept voor het leerlogboek)" defaultValue={s("les")} fout={f.les} rows={3} />;
      knop = "Les vastleggen";
      break;
    case "LES_OVERSLAAN":
      velden = <TekstVeld id={`${id}-reden`} name="reden" label="Waarom geen les?" defaultValue={s("reden")} fout={f.lesReden} />;
      knop = "Bewust geen les";
      break;
    case "SLUITEN":
      knop = "Dossier sluiten";
      break;
    case "OMBUDSMAN_INGESCHAKELD":
      velden = <p className="utrecht-paragraph">De bewaartermijn wordt dan 10 jaar (Selectielijst).</p>;
      knop = "Vastleggen";
      break;
  }
  return (
    <UitklapFormulier samenvatting={ACTIE_TITEL[intent]} intent={intent} versie={d.versie} open={hier} melding={melding} meldingTitel="Dit kan (nog) niet">
      {velden}
      <Knop>{knop}</Knop>
    </UitklapFormulier>
  );
}
