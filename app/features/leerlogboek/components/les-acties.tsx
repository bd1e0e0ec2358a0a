/** The improvement actions of a lesson and, for the regieteam, the form that creates one with an owner and a date. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import type { lesPagina } from "../les-pagina.server";
import { getypt, useLesAntwoord } from "./antwoord";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";

type Pagina = NonNullable<ReturnType<typeof lesPagina>>;

export function LesActies({ acties, regieteam, eigenaren, vandaag }: Pick<Pagina, "acties" | "regieteam" | "eigenaren" | "vandaag">) {
  const { t } = useTranslation("leerlogboek");
  const d = useDatum();
  return (
    <section className="ll-blok" aria-labelledby="acties-kop">
      <h2 id="acties-kop" className="utrecht-heading-2">{t("verbetering.titel")}</h2>
      {acties.length ? (
        <ul className="ll-lijst">
          {acties.map((a) => (
            <li key={a.id}>
              {a.magOpenen ? <Link to={`/verbeteracties/${a.id}`}>{a.nummer}</Link> : a.nummer}: {a.titel} — {t(`verbetering.toestand.${a.status}`, { defaultValue: a.statusTekst })}
              {a.teLaat ? <span className="ll-status">{t("detail.teLaat")}</span> : null}
              <span className="ll-zacht">
                {t("detail.uiterlijk", { datum: d.datum(a.deadline) })}
                {a.eigenaarNaam ? t("detail.eigenaar", { naam: a.eigenaarNaam }) : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("detail.geenActies")}</p>
      )}
      {regieteam ? <NieuweActie eigenaren={eigenaren} vandaag={vandaag} /> : null}
    </section>
  );
}

function NieuweActie({ eigenaren, vandaag }: Pick<Pagina, "eigenaren" | "vandaag">) {
  const actie = useLesAntwoord("actie");
  const { t } = useTranslation("leerlogboek");
  return (
    <UitklapFormulier samenvatting={t("detail.actieAanmaken")} intent="actie" open={!!actie} className="ll-acties" melding={actie?.melding} meldingTitel={t("detail.actieNiet")}>
      <TekstVeld id="actie-titel" name="titel" label={t("detail.actieTitel")} defaultValue={getypt(actie, "titel")} fout={actie?.fouten.titel} />
      <TekstGebied id="actie-omschrijving" name="omschrijving" label={t("detail.actieWat")} defaultValue={getypt(actie, "omschrijving")} fout={actie?.fouten.omschrijving} rows={3} />
      <Keuzelijst
        id="actie-eigenaar"
        name="eigenaarId"
        label={t("detail.eigenaarLabel")}
        defaultValue={getypt(actie, "eigenaarId")}
        fout={actie?.fouten.eigenaarId}
        opties={[{ value: "", label: t("detail.kiesEigenaar") }, ...eigenaren.map((m) => ({ value: m.id, label: m.naam }))]}
      />
      <TekstVeld
        id="actie-deadline"
        name="deadline"
        type="date"
        label={t("detail.deadline")}
        hint={t("detail.deadlineHint")}
        min={vandaag}
        defaultValue={getypt(actie, "deadline")}
        fout={actie?.fouten.deadline}
      />
      <Knop>{t("detail.actieAanmaken")}</Knop>
    </UitklapFormulier>
  );
}
