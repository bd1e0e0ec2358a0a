/**
 * "Wat kan nu": one small POST form per step the workflow allows this user now, each carrying `intent` and
 * `versie`. The form that was sent opens again with its own errors, message and what was typed.
 */
import type { ReactNode } from "react";
import { useActionData } from "@remix-run/react";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { UitklapFormulier } from "~/platform/ui/uitklap-formulier";
import { formatDatumTijd } from "~/domain/kalender/format";
import type { Fouten } from "~/platform/web/formulier.server";
import type { StapAntwoord } from "../detail.server";
import type { ActieDetail, StapIntent } from "../verbeteracties.server";
import { STAP_TITEL } from "../teksten";

type Keuze = { value: string; label: string };

export function ActieStappen({ d, venster, eigenaren, effecten, vandaag }: { d: ActieDetail; venster: number; eigenaren: { id: string; naam: string }[]; effecten: Keuze[]; vandaag: string }) {
  const ad = useActionData<StapAntwoord>();
  const a = d.actie;
  const s = (intent: string, k: string, standaard = "") => (ad?.intent === intent && typeof ad.invoer[k] === "string" ? ad.invoer[k]! : standaard);
  const f = (intent: string): Fouten => (ad?.intent === intent ? ad.fouten : {});
  const velden = (intent: StapIntent): ReactNode => {
    switch (intent) {
      case "STARTEN":
        return <p className="utrecht-paragraph">De eigenaar gaat aan de slag; de deadline blijft {formatDatumTijd(a.termijnOp)}.</p>;
      case "REALISEREN":
        return <TekstGebied id="realiseren-toelichting" name="toelichting" label="Wat is er gerealiseerd?" rows={3} defaultValue={s(intent, "toelichting")} fout={f(intent).toelichting} />;
      case "AFWIJZEN":
        return <TekstGebied id="afwijzen-reden" name="reden" label="Reden van afwijzing" rows={2} defaultValue={s(intent, "reden")} fout={f(intent).reden} />;
      case "WIJZIGEN":
        return (
          <>
            <Keuzelijst id="wijzigen-eigenaar" name="eigenaarId" label="Eigenaar" defaultValue={s(intent, "eigenaarId", a.eigenaarId ?? "")} fout={f(intent).eigenaarId} opties={eigenaren.map((m) => ({ value: m.id, label: m.naam }))} />
            <TekstVeld id="wijzigen-deadline" name="deadline" type="date" min={vandaag} label="Gerealiseerd uiterlijk op" hint="Een nieuwe datum verzet de termijn." defaultValue={s(intent, "deadline", a.deadline)} fout={f(intent).deadline} />
          </>
        );
      case "EVALUEREN":
        return (
          <>
            <p className="utrecht-paragraph">De evaluatie slaat de hierboven getoonde aantallen op (meetvenster {venster} maanden).</p>
            <input type="hidden" name="venster" value={venster} />
            <Keuzelijst id="evalueren-effect" name="effect" label="Was de verbeteractie effectief?" defaultValue={s(intent, "effect")} fout={f(intent).effect ?? f(intent).venster} opties={[{ value: "", label: "Kies" }, ...effecten]} />
            <TekstGebied id="evalueren-toelichting" name="toelichting" label="Toelichting op het oordeel" rows={3} defaultValue={s(intent, "toelichting")} fout={f(intent).toelichting} />
          </>
        );
    }
  };
  if (!d.stappen.length) return null;
  return (
    <section className="ll-blok ll-acties" aria-labelledby="stappen-kop">
      <h2 id="stappen-kop" className="utrecht-heading-2">Wat kan nu</h2>
      {d.stappen.map((intent) => (
        <UitklapFormulier key={intent} samenvatting={STAP_TITEL[intent]} intent={intent} versie={a.versie} open={ad?.intent === intent} melding={ad?.intent === intent ? ad.melding : null} meldingTitel="Dit kan (nog) niet">
          {velden(intent)}
          <Knop>{STAP_TITEL[intent]}</Knop>
        </UitklapFormulier>
      ))}
    </section>
  );
}
