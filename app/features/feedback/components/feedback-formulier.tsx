/**
 * The form for a compliment or a suggestion from a citizen: a plain form that works without JavaScript; after
 * a refusal the errors stand at the fields and the typed input is kept.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "../../../platform/ui/ui";
import { KanaalKeuze } from "../../klachten/components/kanaal-keuze";
import type { FeedbackAntwoord, feedbackPagina } from "../pagina.server";

export function FeedbackFormulier({
  medewerkers,
  teams,
  antwoord,
}: Pick<ReturnType<typeof feedbackPagina>, "medewerkers" | "teams"> & { antwoord: FeedbackAntwoord | undefined }) {
  const f = antwoord?.fouten ?? {};
  const v: Record<string, string> = antwoord?.invoer ?? {};
  const s = (k: string, d = "") => v[k] ?? d;
  const { t } = useTranslation("werk");
  return (
    <Form method="post" noValidate>
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">{t("feedback.watKwamBinnen")}</legend>
        <fieldset className="kl-keuzes" aria-describedby={f.soort ? "soort-fout" : undefined}>
          <legend>{t("feedback.soort")}</legend>
          {f.soort ? <span id="soort-fout" className="afs-veld__fout">{f.soort[0]}</span> : null}
          <label>
            <input type="radio" name="soort" value="compliment" defaultChecked={s("soort", "compliment") === "compliment"} /> {t("feedback.compliment")}
          </label>
          <label>
            <input type="radio" name="soort" value="suggestie" defaultChecked={s("soort") === "suggestie"} /> {t("feedback.suggestie")}
          </label>
        </fieldset>
        <KanaalKeuze defaultValue={s("kanaal")} fout={f.kanaal} />
        <TekstGebied id="tekst" label={t("feedback.tekst")} defaultValue={s("tekst")} fout={f.tekst} rows={5} />
        <Keuzelijst
          id="over"
          label={t("feedback.over")}
          hint={t("feedback.overHint")}
          defaultValue={s("over")}
          fout={f.over}
          opties={[
            { value: "", label: t("feedback.kiesOver") },
            ...medewerkers.map((m) => ({ value: `m:${m.id}`, label: m.naam })),
            ...teams.map((x) => ({ value: `t:${x.id}`, label: t("feedback.team", { naam: x.naam, afdeling: x.afdeling }) })),
          ]}
        />
      </fieldset>
      <fieldset className="kl-blok">
        <legend className="utrecht-heading-2">{t("feedback.inwoner")}</legend>
        <p className="utrecht-paragraph kl-uitleg">{t("feedback.inwonerUitleg")}</p>
        <TekstVeld id="vanNaam" label={t("feedback.vanNaam")} defaultValue={s("vanNaam")} fout={f.vanNaam} autoComplete="off" />
        <TekstVeld id="vanContact" label={t("feedback.vanContact")} defaultValue={s("vanContact")} fout={f.vanContact} autoComplete="off" />
      </fieldset>
      <div className="kl-knoppen">
        <Knop>{t("feedback.knop")}</Knop>
        <Link to="/mijn-werk" className="utrecht-link">
          {t("feedback.annuleren")}
        </Link>
      </div>
    </Form>
  );
}
