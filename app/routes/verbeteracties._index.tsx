/**
 * Verbeteracties: overdue first. The regieteam sees all; an owner sees their own, a teamleider those of their
 * people. Filters in the URL (GET form, no JavaScript needed): status, afdeling, eigenaar, behoorlijkheidsnorm
 * (through the lesson's norms) and "te laat" — /verbeteracties?norm=7&afdeling=3 answers "what are we doing
 * about it" from the dashboards. Download as CSV or XLSX.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { Keuzelijst, Knop, PageTitle, StatusLabel } from "~/platform/ui/ui";
import { ExportKnoppen } from "~/platform/ui/export";
import { heeft, requireUser } from "~/platform/auth/permissions.server";
import { afdelingKeuzes, eigenaarKeuzes, leesActieFilter, VERBETERACTIE_STATUS_TEKST, zoekVerbeteracties } from "~/features/verbeteracties/verbeteracties.server";
import { BEHOORLIJKHEIDSNORMEN } from "~/features/klachten/recht";
import { formatDatum } from "~/domain/kalender/format";
import css from "~/styles/leerlogboek.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Verbeteracties – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const u = new URL(request.url).searchParams;
  const regieteam = heeft(user, "regieteam");
  const rijen = zoekVerbeteracties(user, leesActieFilter(u));
  return data(
    {
      rijen,
      regieteam,
      filter: Object.fromEntries(u.entries()) as Record<string, string>,
      afdelingen: afdelingKeuzes(),
      eigenaren: regieteam ? eigenaarKeuzes() : [],
      statussen: Object.entries(VERBETERACTIE_STATUS_TEKST),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function Verbeteracties() {
  const d = useLoaderData<typeof loader>();
  const f = d.filter;
  const { search } = useLocation();
  const teLaat = d.rijen.filter((r) => r.teLaat).length;
  return (
    <>
      <PageTitle
        intro={
          d.regieteam
            ? "Alle verbeteracties uit het leerlogboek, de te late bovenaan. Nieuwe acties maakt u aan op de pagina van een les."
            : "De verbeteracties waarvan u eigenaar bent, of die van uw medewerkers, de te late bovenaan."
        }
      >
        Verbeteracties
      </PageTitle>
      <p className="utrecht-paragraph"><Link to="/leerlogboek" className="utrecht-link">Naar het leerlogboek</Link></p>
      <Form method="get" className="ll-filters" role="search" aria-label="Verbeteracties filteren">
        <Keuzelijst id="status" label="Status" defaultValue={f.status ?? ""} opties={[{ value: "", label: "Alle" }, ...d.statussen.map(([v, l]) => ({ value: v, label: l }))]} />
        <Keuzelijst id="afdeling" label="Afdeling" defaultValue={f.afdeling ?? ""} opties={[{ value: "", label: "Alle" }, ...d.afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]} />
        {d.regieteam ? (
          <Keuzelijst id="eigenaar" label="Eigenaar" defaultValue={f.eigenaar ?? ""} opties={[{ value: "", label: "Alle" }, ...d.eigenaren.map((m) => ({ value: m.id, label: m.naam }))]} />
        ) : null}
        <Keuzelijst id="norm" label="Behoorlijkheidsnorm" defaultValue={f.norm ?? ""} opties={[{ value: "", label: "Alle" }, ...BEHOORLIJKHEIDSNORMEN.map((n) => ({ value: String(n.nr), label: `${n.nr}. ${n.naam}` }))]} />
        <Keuzelijst id="telaat" label="Termijn" defaultValue={f.telaat ?? ""} opties={[{ value: "", label: "Alle" }, { value: "ja", label: "Alleen te laat" }]} />
        <Knop soort="secundair">Filteren</Knop>
      </Form>
      <p className="utrecht-paragraph" role="status">
        {d.rijen.length === 1 ? "1 verbeteractie" : `${d.rijen.length} verbeteracties`}
        {teLaat ? `, waarvan ${teLaat} te laat` : ""}
      </p>
      <ExportKnoppen pad="/verbeteracties/export" zoek={search} label="Verbeteracties downloaden" />
      {d.rijen.length ? (
        <table className="ll-tabel">
          <caption className="afs-sr">Verbeteracties, te laat eerst, dan op uiterste datum</caption>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Titel</th>
              <th scope="col">Status</th>
              <th scope="col">Uiterlijk</th>
              <th scope="col">Eigenaar</th>
              <th scope="col">Afdeling</th>
              <th scope="col">Les</th>
            </tr>
          </thead>
          <tbody>
            {d.rijen.map((r) => (
              <tr key={r.id}>
                <td><Link to={`/verbeteracties/${r.id}`}>{r.nummer}</Link></td>
                <td>{r.titel}</td>
                <td>{r.statusTekst}{r.effect ? ` (${r.effect.toLowerCase()})` : ""}</td>
                <td>
                  {formatDatum(r.termijnOp)} <StatusLabel status={r.termijnStatus} />
                  {r.opTijd === false ? <span className="ll-zacht"> · te laat gerealiseerd</span> : null}
                </td>
                <td>{r.eigenaarNaam ?? "—"}</td>
                <td>{r.afdeling ?? "—"}</td>
                <td>{r.lesId ? <Link to={`/leerlogboek/${r.lesId}`}>{r.lesNummer}</Link> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="utrecht-paragraph">Geen verbeteracties gevonden met deze filters.</p>
      )}
    </>
  );
}
