/**
 * Regieteam: contact volumes per month and channel (department optional) — the denominator of "klachten over
 * bejegening per 1.000 contacten". Plain POST form (works without JavaScript), upsert with a stale-version check
 * and an audit line; list of the last 24 months with a "Wijzigen" link per row (?maand=…&kanaal=…&afdeling=…).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Keuzelijst, Knop, Melding, PageTitle, TekstVeld } from "~/platform/ui/ui";
import { KANAAL_TEKST, KLACHT_KANALEN } from "~/features/klachten/recht";
import { formatDatumTijd } from "~/domain/kalender/format";
import { now } from "~/platform/clock";
import { origin } from "~/platform/audit/audit.server";
import { requireUser } from "~/platform/auth/permissions.server";
import { afdelingenLijst } from "~/features/statistiek/basis.server";
import { bewaarContactvolume, contactvolume, contactvolumesLijst } from "~/features/statistiek/contactvolumes.server";
import { leesMaand, maandParam, maandVan, plusMaanden } from "~/features/statistiek/filter";
import dashboardCss from "~/styles/dashboard.css";
import grafiekCss from "~/styles/grafiek.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: grafiekCss },
  { rel: "stylesheet", href: dashboardCss },
];
export const meta: MetaFunction = () => [{ title: "Contactvolumes – Regieteam – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "regieteam");
  const u = new URL(request.url).searchParams;
  // "Wijzigen": prefill the form with an existing row and its version
  let bewerken: { maand: string; kanaal: string; afdeling: string; aantal: string; bekend: string } | null = null;
  const m = leesMaand(u.get("maand"));
  const kanaal = u.get("kanaal") ?? "";
  if (m && (KLACHT_KANALEN as readonly string[]).includes(kanaal)) {
    const afd = /^\d{1,9}$/.test(u.get("afdeling") ?? "") ? Number(u.get("afdeling")) : 0;
    const rij = contactvolume(m, kanaal, afd);
    if (rij) bewerken = { maand: maandParam(m), kanaal, afdeling: afd ? String(afd) : "", aantal: String(rij.aantal), bekend: String(rij.gewijzigdOp) };
  }
  return data(
    { lijst: contactvolumesLijst(24), afdelingen: afdelingenLijst(), bewerken, vorigeMaand: maandParam(plusMaanden(maandVan(now()), -1)) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "regieteam");
  const fd = await request.formData();
  const form: Record<string, string> = {};
  for (const k of ["maand", "kanaal", "afdeling", "aantal", "bekend"]) form[k] = String(fd.get(k) ?? "");
  const r = bewaarContactvolume(form, user, origin(context));
  if (!r.ok) return data({ ok: false as const, fouten: r.fouten, invoer: r.invoer }, { status: r.fouten.formulier?.startsWith("Iemand") ? 409 : 400 });
  return data({ ok: true as const, fouten: {}, invoer: null, melding: `${r.nieuw ? "Ingevoerd" : "Gewijzigd"}: ${r.aantal.toLocaleString("nl-NL")} contacten.` });
}

export default function Contactvolumes() {
  const { lijst, afdelingen, bewerken, vorigeMaand } = useLoaderData<typeof loader>();
  const ad = useActionData<typeof action>();
  const fouten: Partial<Record<string, string>> = ad && !ad.ok ? ad.fouten : {};
  const w = (ad && !ad.ok ? ad.invoer : null) ?? bewerken ?? { maand: vorigeMaand, kanaal: "telefoon", afdeling: "", aantal: "", bekend: "" };
  return (
    <>
      <PageTitle intro="Het aantal contacten per maand en kanaal (uit telefonie, balie, website …): de noemer van 'klachten over bejegening per 1.000 contacten' op het dashboard. Laat de afdeling leeg voor de hele organisatie.">
        Contactvolumes
      </PageTitle>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/regieteam/dashboard">Naar het dashboard klachten en leren</a>
      </p>
      {ad?.ok ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{ad.melding}</p>
        </Melding>
      ) : null}
      {fouten.formulier ? (
        <Melding soort="fout">
          <p className="utrecht-paragraph">{fouten.formulier}</p>
        </Melding>
      ) : null}
      <Form method="post" noValidate className="db-filters" aria-labelledby="cv-form-kop" key={w.bekend + w.maand + w.kanaal + w.afdeling}>
        <h2 id="cv-form-kop" className="utrecht-heading-2 afs-sr">{w.bekend ? "Contactvolume wijzigen" : "Contactvolume invoeren"}</h2>
        <TekstVeld id="maand" label="Maand" hint="JJJJ-MM" type="month" defaultValue={w.maand} fout={fouten.maand} required />
        <Keuzelijst id="kanaal" label="Kanaal" defaultValue={w.kanaal} fout={fouten.kanaal} opties={KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))} />
        <Keuzelijst
          id="afdeling"
          label="Afdeling"
          defaultValue={w.afdeling}
          fout={fouten.afdeling}
          opties={[{ value: "", label: "Hele organisatie" }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <TekstVeld id="aantal" label="Aantal contacten" inputMode="numeric" defaultValue={w.aantal} fout={fouten.aantal} required />
        <input type="hidden" name="bekend" value={w.bekend} />
        <Knop>{w.bekend ? "Wijziging opslaan" : "Opslaan"}</Knop>
      </Form>
      <h2 className="utrecht-heading-2">Laatste 24 maanden</h2>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen contactvolumes ingevoerd.</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="db-tabel">
            <caption className="afs-sr">Ingevoerde contactvolumes, nieuwste maand eerst</caption>
            <thead>
              <tr>
                <th scope="col">Maand</th>
                <th scope="col">Afdeling</th>
                <th scope="col">Kanaal</th>
                <th scope="col" className="gr-getal">Aantal</th>
                <th scope="col">Laatst gewijzigd</th>
                <th scope="col"><span className="afs-sr">Actie</span></th>
              </tr>
            </thead>
            <tbody>
              {lijst.map((r) => (
                <tr key={`${r.maand}-${r.kanaal}-${r.afdelingId}`}>
                  <th scope="row">{r.maandTekst}</th>
                  <td>{r.afdeling}</td>
                  <td>{r.kanaalTekst}</td>
                  <td className="gr-getal">{r.aantal.toLocaleString("nl-NL")}</td>
                  <td>{formatDatumTijd(r.gewijzigdOp)}{r.gewijzigdDoor ? `, ${r.gewijzigdDoor}` : ""}</td>
                  <td>
                    <a className="utrecht-link" href={`/regieteam/contactvolumes?maand=${maandParam(r.maand)}&kanaal=${encodeURIComponent(r.kanaal)}&afdeling=${r.afdelingId}`}>
                      Wijzigen<span className="afs-sr"> {r.maandTekst}, {r.afdeling}, {r.kanaalTekst}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
