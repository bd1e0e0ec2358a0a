/**
 * The attachments of a klacht: the table (a download link per file) and the upload form — a plain multipart
 * form that works without JavaScript, with the refusal at the field.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop } from "../../../platform/ui/ui";
import { useDatum } from "../../../platform/i18n/datum";
import type { BijlagenPagina } from "../bijlagen-pagina.server";

function grootte(n: number, taal: string): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} kB`;
  const mb = (n / 1024 / 1024).toFixed(1);
  return `${taal === "en" ? mb : mb.replace(".", ",")} MB`;
}

export function BijlagenTabel({ id, nummer, bijlagen }: Pick<BijlagenPagina, "id" | "nummer" | "bijlagen">) {
  const { t } = useTranslation("klachten");
  const d = useDatum();
  if (bijlagen.length === 0) return <p className="utrecht-paragraph">{t("bijlagen.geen")}</p>;
  return (
    <table className="kl-tabel">
      <caption className="afs-sr">{t("bijlagen.kop", { nummer })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("bijlagen.bestand")}</th>
          <th scope="col">{t("bijlagen.grootte")}</th>
          <th scope="col">{t("bijlagen.toegevoegdOp")}</th>
        </tr>
      </thead>
      <tbody>
        {bijlagen.map((b) => (
          <tr key={b.id}>
            <td>
              <a href={`/klachten/${id}/bijlagen/${b.id}`} className="utrecht-link" download>
                {b.naam}
              </a>
            </td>
            <td>{grootte(b.grootte, d.taal)}</td>
            <td>
              {d.datumTijd(b.op)}
              {b.doorNaam ? t("bijlagen.door", { naam: b.doorNaam }) : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BijlageToevoegen({ fout }: { fout: string | undefined }) {
  const { t } = useTranslation("klachten");
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="kl-blok">
      <h2 className="utrecht-heading-2">{t("bijlagen.toevoegen")}</h2>
      <div className={`afs-veld utrecht-form-field${fout ? " afs-veld--fout utrecht-form-field--invalid" : ""}`}>
        <label htmlFor="bestand" className="utrecht-form-label">
          {t("bijlagen.bestand")}
        </label>
        <span id="bestand-hint" className="afs-veld__hint utrecht-form-field-description">
          {t("bijlagen.hint")}
        </span>
        {fout ? (
          <span id="bestand-fout" className="afs-veld__fout utrecht-form-field-error-message">
            {fout}
          </span>
        ) : null}
        <input
          id="bestand"
          name="bestand"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,.docx,.txt"
          aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? "bestand-hint bestand-fout" : "bestand-hint"}
        />
      </div>
      <Knop>{t("bijlagen.toevoegen")}</Knop>
    </Form>
  );
}
