/**
 * The fields of a norm version, shared by "nieuwe norm" and "nieuwe versie". Not a route: this folder has
 * no route module, so Remix ignores it (colocated component).
 */
import { useTranslation } from "react-i18next";
import { Keuzelijst, TekstGebied, TekstVeld } from "~/platform/ui/ui";

export interface Optie {
  value: string;
  label: string;
}
export type NormInvoer = Record<string, string | boolean>;
export type Fouten = Record<string, string[] | undefined>;

function Vinkje({ id, label, hint, fout, checked }: { id: string; label: string; hint?: string; fout?: string[]; checked: boolean }) {
  const f = fout?.[0];
  const desc = [hint ? `${id}-hint` : null, f ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`afs-handvest-vink${f ? " afs-handvest-vink--fout" : ""}`}>
      <input
        type="checkbox"
        id={id}
        name={id}
        defaultChecked={checked}
        className="utrecht-checkbox utrecht-checkbox--html-input"
        aria-invalid={f ? true : undefined}
        aria-describedby={desc}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <span id={`${id}-hint`} className="afs-veld__hint">
            {hint}
          </span>
        ) : null}
        {f ? (
          <span id={`${id}-fout`} className="afs-veld__fout">
            {f}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function NormVelden({
  invoer,
  fouten,
  opties,
  metCode,
}: {
  invoer: NormInvoer;
  fouten: Fouten;
  opties: { mijlpalen: Optie[]; eenheden: Optie[]; kalenders: Optie[] };
  metCode: boolean;
}) {
  const { t } = useTranslation("handvest");
  const s = (k: string) => (typeof invoer[k] === "string" ? (invoer[k] as string) : "");
  const b = (k: string) => invoer[k] === true;
  return (
    <>
      {metCode ? (
        <TekstVeld id="code" label={t("veld.code")} hint={t("veld.codeHint")} defaultValue={s("code")} fout={fouten.code} required maxLength={40} autoComplete="off" />
      ) : null}
      <TekstVeld id="titel" label={t("veld.titel")} defaultValue={s("titel")} fout={fouten.titel} required maxLength={200} />
      <Keuzelijst
        id="mijlpaal"
        label={t("veld.mijlpaal")}
        defaultValue={s("mijlpaal")}
        fout={fouten.mijlpaal}
        opties={[{ value: "", label: t("veld.mijlpaalKies") }, ...opties.mijlpalen.map((o) => ({ ...o, label: t(`mijlpaal.${o.value}`, { defaultValue: o.label }) }))]}
        required
      />
      <TekstVeld
        id="duur"
        label={t("veld.duur")}
        hint={t("veld.duurHint")}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        defaultValue={s("duur")}
        fout={fouten.duur}
        required
      />
      <Keuzelijst id="eenheid" label={t("veld.eenheid")} defaultValue={s("eenheid")} fout={fouten.eenheid} opties={opties.eenheden.map((o) => ({ ...o, label: t(`termijnTekst.${o.value}`, { defaultValue: o.label }) }))} required />
      <Keuzelijst
        id="kalender"
        label={t("veld.kalender")}
        hint={t("veld.kalenderHint")}
        defaultValue={s("kalender")}
        fout={fouten.kalender}
        opties={opties.kalenders.map((o) => ({ ...o, label: t(`beheer:normKalender.${o.value}`, { defaultValue: o.label }) }))}
        required
      />
      <TekstGebied id="belofte" label={t("veld.belofte")} hint={t("veld.belofteHint")} defaultValue={s("belofte")} fout={fouten.belofte} required maxLength={1000} rows={3} />
      <fieldset>
        <legend>{t("veld.opties")}</legend>
        <TekstVeld
          id="waarschuwingPct"
          label={t("veld.waarschuwingPct")}
          hint={t("veld.waarschuwingPctHint")}
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          step={1}
          defaultValue={s("waarschuwingPct")}
          fout={fouten.waarschuwingPct}
          required
        />
        <Vinkje id="escalatieTeamleider" label={t("veld.escalatieTeamleider")} checked={b("escalatieTeamleider")} fout={fouten.escalatieTeamleider} />
        <TekstVeld
          id="escalatieRegieteamNaWerkdagen"
          label={t("veld.escalatieRegieteam")}
          hint={t("veld.escalatieRegieteamHint")}
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          step={1}
          defaultValue={s("escalatieRegieteamNaWerkdagen")}
          fout={fouten.escalatieRegieteamNaWerkdagen}
        />
        <Vinkje id="pauzeerbaar" label={t("veld.pauzeerbaar")} checked={b("pauzeerbaar")} fout={fouten.pauzeerbaar} />
        <Vinkje id="actief" label={t("veld.actief")} checked={b("actief")} fout={fouten.actief} />
      </fieldset>
      <TekstVeld
        id="geldigVanaf"
        label={t("veld.geldigVanaf")}
        hint={t("veld.geldigVanafHint")}
        type="datetime-local"
        defaultValue={s("geldigVanaf")}
        fout={fouten.geldigVanaf}
      />
    </>
  );
}
