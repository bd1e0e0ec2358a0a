/**
 * The attachments of a klacht: the table (a download link per file) and the upload form — a plain multipart
 * form that works without JavaScript, with the refusal at the field.
 */
import { Form } from "@remix-run/react";
import { Knop } from "../../../platform/ui/ui";
import { formatDatumTijd } from "../../../domain/kalender/format";
import type { BijlagenPagina } from "../bijlagen-pagina.server";

function grootte(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} kB`;
  return `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

export function BijlagenTabel({ id, nummer, bijlagen }: Pick<BijlagenPagina, "id" | "nummer" | "bijlagen">) {
  if (bijlagen.length === 0) return <p className="utrecht-paragraph">Er zijn nog geen bijlagen.</p>;
  return (
    <table className="kl-tabel">
      <caption className="afs-sr">Bijlagen bij klacht {nummer}</caption>
      <thead>
        <tr>
          <th scope="col">Bestand</th>
          <th scope="col">Grootte</th>
          <th scope="col">Toegevoegd</th>
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
            <td>{grootte(b.grootte)}</td>
            <td>
              {formatDatumTijd(b.op)}
              {b.doorNaam ? ` door ${b.doorNaam}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BijlageToevoegen({ fout }: { fout: string | undefined }) {
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="kl-blok">
      <h2 className="utrecht-heading-2">Bijlage toevoegen</h2>
      <div className={`afs-veld utrecht-form-field${fout ? " afs-veld--fout utrecht-form-field--invalid" : ""}`}>
        <label htmlFor="bestand" className="utrecht-form-label">
          Bestand
        </label>
        <span id="bestand-hint" className="afs-veld__hint utrecht-form-field-description">
          Pdf, jpg, png, docx of txt; hoogstens 10 MB.
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
      <Knop>Bijlage toevoegen</Knop>
    </Form>
  );
}
