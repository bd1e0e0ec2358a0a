/**
 * The fields of a leerlogboek entry (new and edit), with errors at the field and what was typed kept.
 */
import { useTranslation } from "react-i18next";
import { Keuzelijst, TekstGebied, TekstVeld } from "~/platform/ui/ui";

/** The key of a standards group (its Dutch name as the Nationale ombudsman words it). */
const GROEP: Record<string, string> = { "Open en duidelijk": "open", Respectvol: "respectvol", "Betrokken en oplossingsgericht": "betrokken", "Eerlijk en betrouwbaar": "eerlijk" };

export type LesWaardenUi = {
  titel?: string;
  watGebeurde?: string;
  oorzaak?: string;
  les?: string;
  normen?: string[];
  processtap?: string;
  afdelingId?: string;
};

export function LesVelden({
  waarden,
  fouten,
  afdelingen,
  normen,
  processtappen,
}: {
  waarden: LesWaardenUi;
  fouten: Record<string, string[] | undefined>;
  afdelingen: { id: number; naam: string }[];
  normen: readonly { nr: number; naam: string; groep: string }[];
  processtappen: { value: string; label: string }[];
}) {
  const { t } = useTranslation("leerlogboek");
  const { t: tk } = useTranslation("klachten");
  const gekozen = new Set(waarden.normen ?? []);
  const groepen = [...new Set(normen.map((n) => n.groep))];
  return (
    <>
      <TekstVeld id="titel" label={t("velden.titel")} hint={t("velden.titelHint")} defaultValue={waarden.titel ?? ""} fout={fouten.titel} maxLength={200} />
      <TekstGebied id="watGebeurde" label={t("velden.watGebeurde")} hint={t("velden.watGebeurdeHint")} defaultValue={waarden.watGebeurde ?? ""} fout={fouten.watGebeurde} rows={4} />
      <TekstGebied id="oorzaak" label={t("velden.oorzaak")} hint={t("velden.oorzaakHint")} defaultValue={waarden.oorzaak ?? ""} fout={fouten.oorzaak} rows={3} />
      <fieldset className="ll-keuzes ll-keuzes--kolommen" aria-describedby={fouten.normen ? "normen-fout" : undefined}>
        <legend>{t("velden.normen")}</legend>
        {fouten.normen ? (
          <span id="normen-fout" className="afs-veld__fout utrecht-form-field-error-message">
            {fouten.normen[0]}
          </span>
        ) : null}
        {groepen.map((g) =>
          normen
            .filter((n) => n.groep === g)
            .map((n) => (
              <label key={n.nr}>
                <input type="checkbox" name="normen" value={n.nr} defaultChecked={gekozen.has(String(n.nr))} /> {n.nr}. {tk(`norm.${n.nr}`, { defaultValue: n.naam })}{" "}
                <span className="ll-zacht">({GROEP[g] ? t(`groep.${GROEP[g]}`) : g})</span>
              </label>
            )),
        )}
      </fieldset>
      <Keuzelijst id="processtap" label={t("velden.processtap")} defaultValue={waarden.processtap ?? ""} fout={fouten.processtap} opties={[{ value: "", label: t("velden.kiesStap") }, ...processtappen.map((p) => ({ value: p.value, label: t(`stap.${p.value}`, { defaultValue: p.label }) }))]} />
      <TekstGebied id="les" label={t("velden.les")} hint={t("velden.lesHint")} defaultValue={waarden.les ?? ""} fout={fouten.les} rows={3} />
      <Keuzelijst id="afdelingId" label={t("velden.afdeling")} defaultValue={waarden.afdelingId ?? ""} fout={fouten.afdelingId} opties={[{ value: "", label: t("velden.geenAfdeling") }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
    </>
  );
}
