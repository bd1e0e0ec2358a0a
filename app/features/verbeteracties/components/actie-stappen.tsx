/**
 * "Wat kan nu": one small POST form per step the workflow allows this user now, each carrying `intent` and
 * `versie`. The form that was sent opens again with its own errors, message and what was typed.
 */
import type { ReactNode } from "react";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { UitklapFormulier } from "~/platform/ui/uitklap-formulier";
import type { Fouten } from "~/platform/web/formulier.server";
import type { StapAntwoord } from "../detail.server";
import type { ActieDetail, StapIntent } from "../verbeteracties.server";

type Keuze = { value: string; label: string };

export function ActieStappen({ d, venster, eigenaren, effecten, vandaag }: { d: ActieDetail; venster: number; eigenaren: { id: string; naam: string }[]; effecten: Keuze[]; vandaag: string }) {
  const ad = useActionData<StapAntwoord>();
  const { t } = useTranslation("leerlogboek");
  const fd = useDatum();
  const a = d.actie;
  const s = (intent: string, k: string, standaard = "") => (ad?.intent === intent && typeof ad.invoer[k] === "string" ? ad.invoer[k]! : standaard);
  const f = (intent: string): Fouten => (ad?.intent === intent ? ad.fouten : {});
  const velden = (intent: StapIntent): ReactNode => {
    switch (intent) {
      case "STARTEN":
        return <p className="utrecht-paragraph">{t("actie.startUitleg", { op: fd.datumTijd(a.termijnOp) })}</p>;
      case "REALISEREN":
        return <TekstGebied id="realiseren-toelichting" name="toelichting" label={t("actie.watGerealiseerd")} rows={3} defaultValue={s(intent, "toelichting")} fout={f(intent).toelichting} />;
      case "AFWIJZEN":
        return <TekstGebied id="afwijzen-reden" name="reden" label={t("actie.afwijsReden")} rows={2} defaultValue={s(intent, "reden")} fout={f(intent).reden} />;
      case "WIJZIGEN":
        return (
          <>
            <Keuzelijst id="wijzigen-eigenaar" name="eigenaarId" label={t("actie.eigenaar")} defaultValue={s(intent, "eigenaarId", a.eigenaarId ?? "")} fout={f(intent).eigenaarId} opties={eigenaren.map((m) => ({ value: m.id, label: m.naam }))} />
            <TekstVeld id="wijzigen-deadline" name="deadline" type="date" min={vandaag} label={t("actie.deadlineLabel")} hint={t("actie.deadlineHint")} defaultValue={s(intent, "deadline", a.deadline)} fout={f(intent).deadline} />
          </>
        );
      case "EVALUEREN":
        return (
          <>
            <p className="utrecht-paragraph">{t("actie.evaluatieUitleg", { venster })}</p>
            <input type="hidden" name="venster" value={venster} />
            <Keuzelijst id="evalueren-effect" name="effect" label={t("actie.effectief")} defaultValue={s(intent, "effect")} fout={f(intent).effect ?? f(intent).venster} opties={[{ value: "", label: t("actie.kies") }, ...effecten.map((e) => ({ value: e.value, label: t(`actie.effectNaam.${e.value}`, { defaultValue: e.label }) }))]} />
            <TekstGebied id="evalueren-toelichting" name="toelichting" label={t("actie.oordeel")} rows={3} defaultValue={s(intent, "toelichting")} fout={f(intent).toelichting} />
          </>
        );
    }
  };
  if (!d.stappen.length) return null;
  return (
    <section className="ll-blok ll-acties" aria-labelledby="stappen-kop">
      <h2 id="stappen-kop" className="utrecht-heading-2">{t("actie.watKanNu")}</h2>
      {d.stappen.map((intent) => (
        <UitklapFormulier key={intent} samenvatting={t(`actie.stap.${intent}`)} intent={intent} versie={a.versie} open={ad?.intent === intent} melding={ad?.intent === intent ? ad.melding : null} meldingTitel={t("actie.kanNiet")}>
          {velden(intent)}
          <Knop>{t(`actie.stap.${intent}`)}</Knop>
        </UitklapFormulier>
      ))}
    </section>
  );
}
