/**
 * Form pieces shared by the public forms: the abuse-limit fields (honeypot, signed timestamp), a radio group, the
 * refusal message and the error summary. Field errors come from the server in Dutch; labels are translated.
 */
import { useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";

export type Fouten = Record<string, string[] | undefined>;

export interface Weigering {
  soort: string;
  melding: string;
}

/** The typed values (`waarden`) as defaultValue helper. */
export function waardeVan(waarden: Record<string, string> | undefined) {
  return (k: string, d = "") => waarden?.[k] ?? d;
}

/** Hidden from people (CSS + aria-hidden + tabindex), filled only by bots; and the fill-time stamp. */
export function Beveiligingsvelden({ stempel }: { stempel: string }) {
  const { t } = useTranslation("inwoner");
  return (
    <>
      <div className="inw-hp" aria-hidden="true">
        <label htmlFor="website">{t("veld.honingpot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name="formulierStempel" value={stempel} />
    </>
  );
}

export function Rondjes({
  naam,
  legend,
  opties,
  waarde,
  fout,
}: {
  naam: string;
  legend: string;
  opties: { value: string; label: string }[];
  waarde: string;
  fout?: string[];
}) {
  const f = fout?.[0];
  return (
    <fieldset
      className={`utrecht-form-fieldset afs-veld${f ? " afs-veld--fout" : ""}`}
      aria-describedby={f ? `${naam}-fout` : undefined}
      aria-invalid={f ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
      {f ? (
        <span id={`${naam}-fout`} className="afs-veld__fout utrecht-form-field-error-message">
          {f}
        </span>
      ) : null}
      {opties.map((o) => (
        <div key={o.value} className="utrecht-form-field utrecht-form-field--radio inw-keuze">
          <input
            type="radio"
            id={`${naam}-${o.value}`}
            name={naam}
            value={o.value}
            defaultChecked={waarde === o.value}
            className="utrecht-radio-button utrecht-radio-button--html-input"
          />
          <label htmlFor={`${naam}-${o.value}`} className="utrecht-form-label utrecht-form-label--radio">
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The refusal (honeypot, fill time, rate limit) or the error summary above a form. */
export function FormulierMeldingen({ weigering, fouten }: { weigering?: Weigering | null; fouten?: Fouten }) {
  const { t } = useTranslation("inwoner");
  const aantal = Object.keys(fouten ?? {}).length;
  return (
    <>
      {weigering ? (
        <Melding soort="fout" titel={t("fouten.niet_verstuurd")} role="alert">
          <p className="utrecht-paragraph">{weigering.melding}</p>
        </Melding>
      ) : null}
      {aantal ? (
        <Melding soort="fout" titel={t("fouten.titel")} role="alert">
          <p className="utrecht-paragraph">{t("fouten.aantal", { count: aantal })}</p>
        </Melding>
      ) : null}
    </>
  );
}
