/**
 * Attachments of a klacht dossier: the list (anyone who may read the dossier) and an upload form (handler and
 * regieteam, as for the dossier's steps). A plain multipart form that works without JavaScript; at most 10 MB;
 * only pdf, jpg, png, docx and txt (extension and content checked on the server). Errors at the field.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, MaxPartSizeExceededError, redirect, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Knop, Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import { klachtDossier, toegangVoorId } from "~/features/klachten/klachten.server";
import { BIJLAGE_MAX_BYTES, bewaarBijlage, bijlagenVan } from "~/features/klachten/bijlagen.server";
import { formatDatumTijd } from "~/domain/kalender/format";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Bijlagen bij de klacht – Afspraak" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const toegang = toegangVoorId(user, id);
  if (toegang === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (!toegang) weiger(user, context, "klacht.bijlagen", id, "U heeft geen toegang tot dit klachtdossier.");
  const d = klachtDossier(id, user, origin(context));
  if (!d || !d.toegang) throw new Response("Niet gevonden", { status: 404 });
  const bijlagen = bijlagenVan(id);
  audit({ actor: user, actie: "klacht.bijlagen.bekeken", objectType: "klacht", objectId: id, resultaat: "ok", oorsprong: origin(context), details: { aantal: bijlagen.length } });
  return data(
    {
      id,
      nummer: d.klacht.nummer,
      magToevoegen: toegang === "beheer" || toegang === "behandelaar",
      bijlagen,
      toegevoegd: new URL(request.url).searchParams.has("toegevoegd"),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  const toegang = toegangVoorId(user, id);
  if (toegang === undefined) throw new Response("Niet gevonden", { status: 404 });
  if (toegang !== "beheer" && toegang !== "behandelaar") weiger(user, context, "klacht.bijlage", id, "U mag dit klachtdossier niet wijzigen.");
  const lengte = Number(request.headers.get("content-length") ?? "0");
  if (lengte > BIJLAGE_MAX_BYTES + 64 * 1024) return data({ fout: "Het bestand is groter dan 10 MB." }, { status: 413 });
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    return data({ fout: "Kies een bestand om toe te voegen." }, { status: 400 });
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: BIJLAGE_MAX_BYTES, filter: ({ name }) => name === "bestand" }),
    );
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) return data({ fout: "Het bestand is groter dan 10 MB." }, { status: 413 });
    return data({ fout: "Het bestand kon niet worden gelezen. Probeer het opnieuw." }, { status: 400 });
  }
  const bestand = form.get("bestand");
  if (!bestand || typeof bestand === "string") return data({ fout: "Kies een bestand om toe te voegen." }, { status: 400 });
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  const r = bewaarBijlage(id, { naam: bestand.name, bytes }, { id: user.id, naam: user.naam }, origin(context));
  if (!r.ok) return data({ fout: r.fout }, { status: 400 });
  return redirect(`/klachten/${id}/bijlagen?toegevoegd=1`);
}

function grootte(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} kB`;
  return `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

export default function KlachtBijlagen() {
  const d = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  return (
    <>
      <PageTitle intro="Documenten bij deze klacht, zoals de klaagbrief, foto's of correspondentie. Ze staan alleen in het dossier en zijn te zien voor wie het dossier mag inzien.">
        Bijlagen bij klacht {d.nummer}
      </PageTitle>
      <p className="utrecht-paragraph">
        <Link to={`/klachten/${d.id}`} className="utrecht-link">
          Terug naar het klachtdossier
        </Link>
      </p>
      {d.toegevoegd && !ad ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">De bijlage is toegevoegd.</p>
        </Melding>
      ) : null}
      <h2 className="utrecht-heading-2">Bijlagen</h2>
      {d.bijlagen.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen bijlagen.</p>
      ) : (
        <table className="kl-tabel">
          <caption className="afs-sr">Bijlagen bij klacht {d.nummer}</caption>
          <thead>
            <tr>
              <th scope="col">Bestand</th>
              <th scope="col">Grootte</th>
              <th scope="col">Toegevoegd</th>
            </tr>
          </thead>
          <tbody>
            {d.bijlagen.map((b) => (
              <tr key={b.id}>
                <td>
                  <a href={`/klachten/${d.id}/bijlagen/${b.id}`} className="utrecht-link" download>
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
      )}
      {d.magToevoegen ? (
        <Form method="post" encType="multipart/form-data" noValidate className="kl-blok">
          <h2 className="utrecht-heading-2">Bijlage toevoegen</h2>
          <div className={`afs-veld utrecht-form-field${ad?.fout ? " afs-veld--fout utrecht-form-field--invalid" : ""}`}>
            <label htmlFor="bestand" className="utrecht-form-label">
              Bestand
            </label>
            <span id="bestand-hint" className="afs-veld__hint utrecht-form-field-description">
              Pdf, jpg, png, docx of txt; hoogstens 10 MB.
            </span>
            {ad?.fout ? (
              <span id="bestand-fout" className="afs-veld__fout utrecht-form-field-error-message">
                {ad.fout}
              </span>
            ) : null}
            <input
              id="bestand"
              name="bestand"
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,.docx,.txt"
              aria-invalid={ad?.fout ? true : undefined}
              aria-describedby={ad?.fout ? "bestand-hint bestand-fout" : "bestand-hint"}
            />
          </div>
          <Knop>Bijlage toevoegen</Knop>
        </Form>
      ) : null}
    </>
  );
}
