/**
 * "Waar gaat deze les over?": the items a lesson is linked to (described without names), and for the regieteam
 * a remove button per link and the "Koppeling toevoegen" form (a klachtnummer or a pick from recent items).
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, TekstVeld } from "~/platform/ui/ui";
import type { KoppelingWeergave, KoppelKeuzes } from "../leerlogboek.server";
import { getypt, useLesAntwoord } from "./antwoord";
import { UitklapFormulier } from "../../../platform/ui/uitklap-formulier";

export function LesKoppelingen({ koppelingen, regieteam, koppelKeuzes }: { koppelingen: KoppelingWeergave[]; regieteam: boolean; koppelKeuzes: KoppelKeuzes | null }) {
  const { t } = useTranslation("leerlogboek");
  return (
    <section className="ll-blok" aria-labelledby="koppelingen-kop">
      <h2 id="koppelingen-kop" className="utrecht-heading-2">{t("detail.waarover")}</h2>
      {koppelingen.length ? (
        <ul className="ll-lijst">
          {koppelingen.map((k) => (
            <li key={`${k.soort}:${k.ref}`}>
              {k.href ? <Link to={k.href}>{k.omschrijving}</Link> : k.omschrijving}
              {k.detail ? <p className="ll-zacht">{k.detail}</p> : null}
              {regieteam ? (
                <Form method="post" className="ll-inline">
                  <input type="hidden" name="intent" value="ontkoppel" />
                  <input type="hidden" name="koppeling" value={`${k.soort}:${k.ref}`} />
                  <Knop soort="subtiel" aria-label={t("detail.verwijderLabel", { wat: k.omschrijving })}>{t("detail.verwijderen")}</Knop>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("detail.nietGekoppeld")}</p>
      )}
      {!regieteam ? (
        <p className="ll-zacht">{t("detail.geenNamen")}</p>
      ) : null}
      {regieteam && koppelKeuzes ? <KoppelingToevoegen keuzes={koppelKeuzes} /> : null}
    </section>
  );
}

function KoppelingToevoegen({ keuzes }: { keuzes: KoppelKeuzes }) {
  const koppel = useLesAntwoord("koppel");
  const { t } = useTranslation("leerlogboek");
  return (
    <UitklapFormulier samenvatting={t("detail.koppelingToevoegen")} intent="koppel" open={!!koppel} className="ll-acties" melding={koppel?.melding}>
      <TekstVeld id="klachtnummer" label={t("detail.klachtnummer")} hint={t("detail.klachtnummerHint")} defaultValue={getypt(koppel, "klachtnummer")} fout={koppel?.fouten.klachtnummer ?? koppel?.fouten.koppeling} />
      <div className="afs-veld utrecht-form-field">
        <label htmlFor="keuze" className="utrecht-form-label">{t("detail.ofKies")}</label>
        {koppel?.fouten.keuze ? <span id="keuze-fout" className="afs-veld__fout utrecht-form-field-error-message">{koppel.fouten.keuze[0]}</span> : null}
        <select id="keuze" name="keuze" className="utrecht-select utrecht-select--html-select" defaultValue={getypt(koppel, "keuze")} aria-describedby={koppel?.fouten.keuze ? "keuze-fout" : undefined} aria-invalid={koppel?.fouten.keuze ? true : undefined}>
          <option value="">{t("detail.kiesItem")}</option>
          <optgroup label={t("detail.afgehandeldeKlachten")}>
            {keuzes.klachten.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
          </optgroup>
          <optgroup label={t("detail.teLateAfspraken")}>
            {keuzes.afspraken.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
          </optgroup>
          <optgroup label={t("detail.complimenten")}>
            {keuzes.complimenten.map((o) => <option key={o.waarde} value={o.waarde}>{o.label}</option>)}
          </optgroup>
        </select>
      </div>
      <Knop soort="secundair">{t("detail.koppelingToevoegen")}</Knop>
    </UitklapFormulier>
  );
}
